/** Weight and water. */
export function BodyScreen() {
  return (
    <main className="body-log">
      <h1>Body</h1>
    </main>
  );
}

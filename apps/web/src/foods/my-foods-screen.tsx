/** Your custom foods and favourites. */
export function MyFoodsScreen() {
  return (
    <main className="my-foods">
      <h1>My foods</h1>
    </main>
  );
}

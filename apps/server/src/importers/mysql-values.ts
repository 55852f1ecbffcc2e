/**
 * Reads the tuple of a MySQL `VALUES (...)` line: quoted strings with MySQL escapes
 * (`\'`, `\\`, `\n`, `''`), bare numbers and NULL. Returns undefined when the text is not
 * one well-formed tuple.
 */
export function parseValuesTuple(text: string): (string | null)[] | undefined {
  let i = text.indexOf('(');
  if (i < 0) return undefined;
  i += 1;
  const values: (string | null)[] = [];
  const n = text.length;
  for (;;) {
    while (i < n && (text[i] === ' ' || text[i] === '\t')) i++;
    if (i >= n) return undefined;
    if (text[i] === "'") {
      i++;
      let value = '';
      let segmentStart = i;
      for (;;) {
        if (i >= n) return undefined;
        const ch = text[i];
        if (ch === '\\') {
          value += text.slice(segmentStart, i);
          const next = text[i + 1];
          if (next === undefined) return undefined;
          value += ESCAPES[next] ?? next;
          i += 2;
          segmentStart = i;
        } else if (ch === "'") {
          if (text[i + 1] === "'") {
            value += text.slice(segmentStart, i) + "'";
            i += 2;
            segmentStart = i;
          } else {
            value += text.slice(segmentStart, i);
            i++;
            break;
          }
        } else {
          i++;
        }
      }
      values.push(value);
    } else {
      const start = i;
      while (i < n && text[i] !== ',' && text[i] !== ')') i++;
      const bare = text.slice(start, i).trim();
      if (bare === '') return undefined;
      values.push(/^null$/i.test(bare) ? null : bare);
    }
    while (i < n && (text[i] === ' ' || text[i] === '\t')) i++;
    if (text[i] === ',') { i++; continue; }
    if (text[i] === ')') return values;
    return undefined;
  }
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '0': '\0', Z: '\x1a', b: '\b' };

/** The column names of `INSERT INTO table (a, b, c)`; undefined if the line is not such a statement. */
export function parseInsertColumns(line: string): { table: string; columns: string[] } | undefined {
  const match = /^\s*INSERT\s+(?:IGNORE\s+)?INTO\s+`?(\w+)`?\s*\(([^)]*)\)/i.exec(line);
  if (!match?.[1] || match[2] === undefined) return undefined;
  return { table: match[1], columns: match[2].split(',').map((c) => c.trim().replace(/`/g, '')) };
}

/**
 * Splits one CSV line into fields (RFC 4180 quoting; a field cannot hold a line break here).
 *
 * @param line - One line without its line ending.
 * @returns The fields, or `null` when a quote is not closed.
 * @example
 * parseCsvLine('c1,"2024-01-01",x') //=> ['c1', '2024-01-01', 'x']
 */
export function parseCsvLine(line: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let v = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) return null;
        v += line.slice(i, q);
        if (line[q + 1] === '"') {
          v += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.push(v);
      if (i < line.length && line[i] !== ',') return null;
    } else {
      const c = line.indexOf(',', i);
      out.push((c < 0 ? line.slice(i) : line.slice(i, c)).trim());
      i = c < 0 ? line.length : c;
    }
    if (i >= line.length) return out;
    i++; // the comma
  }
}

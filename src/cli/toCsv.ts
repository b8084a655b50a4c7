/** Quotes one CSV field when it holds a comma, quote or line break (RFC 4180). */
const field = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * Writes rows as CSV (RFC 4180): a header row, then one row per record, lines ending in `\n`.
 *
 * @param header - Column names.
 * @param rows - Records, as many fields as columns.
 * @returns CSV text.
 * @example
 * toCsv(['a', 'b'], [['1', 'x,y']]) //=> 'a,b\n1,"x,y"\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((r) => `${r.map(field).join(',')}\n`).join('');
}

import { listItems } from './listItems.js';

/**
 * Readable text of a list result (`listObligations`, `listRemedies`): one line per item with its
 * id, label (in the locale the input asked for) and legal basis ids.
 *
 * @param result - The array the library returned.
 * @returns Text, one item per line.
 * @example
 * listText(listObligations({ party: 'employee' }), 'nl') //=> 'meewerken-plan-van-aanpak  …  BW 7:660a\n…'
 */
export function listText(result: unknown): string {
  const rows = listItems(result);
  const w = Math.max(0, ...rows.map((r) => r.id.length));
  return rows.map((r) => `${r.id.padEnd(w)}  ${r.label}  (${r.legalBasis.map((b) => b.id).join('; ')})\n`).join('');
}

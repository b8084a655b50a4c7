import type { LegalRef } from '../legal/LegalRef.js';
import { toCsv } from './csv.js';

interface ListItem { readonly id: string; readonly label: string; readonly legalBasis: readonly LegalRef[] }

const items = (result: unknown): readonly ListItem[] => (Array.isArray(result) ? (result as ListItem[]) : []);

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
  const rows = items(result);
  const w = Math.max(0, ...rows.map((r) => r.id.length));
  return rows.map((r) => `${r.id.padEnd(w)}  ${r.label}  (${r.legalBasis.map((b) => b.id).join('; ')})\n`).join('');
}

/**
 * CSV of a list result: `id,label,legalBasis` with one row per item (RFC 4180 quoting).
 *
 * @param result - The array the library returned.
 * @returns CSV text with a header row.
 * @example
 * listCsv(listRemedies({ asOf: '2024-01-01' }), 'en').split('\n')[0] //=> 'id,label,legalBasis'
 */
export function listCsv(result: unknown): string {
  return toCsv(['id', 'label', 'legalBasis'], items(result).map((r) => [r.id, r.label, r.legalBasis.map((b) => b.id).join('; ')]));
}

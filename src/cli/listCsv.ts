import { listItems } from './listItems.js';
import { toCsv } from './toCsv.js';

/**
 * CSV of a list result: `id,label,legalBasis` with one row per item (RFC 4180 quoting).
 *
 * @param result - The array the library returned.
 * @returns CSV text with a header row.
 * @example
 * listCsv(listRemedies({ asOf: '2024-01-01' }), 'en').split('\n')[0] //=> 'id,label,legalBasis'
 */
export function listCsv(result: unknown): string {
  return toCsv(['id', 'label', 'legalBasis'], listItems(result).map((r) => [r.id, r.label, r.legalBasis.map((b) => b.id).join('; ')]));
}

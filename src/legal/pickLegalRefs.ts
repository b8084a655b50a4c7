import { LEGAL_CATALOGUE, type CatalogueRef, type LegalProvisionKey } from './catalogue.js';

/**
 * Builds a module's table of references as a view on {@link LEGAL_CATALOGUE}: each entry is the
 * catalogue's own object (`===`), so a provision has one id and one title wherever it is cited.
 *
 * @param keys - Catalogue keys, used as the table's keys.
 * @param aliases - Extra table keys naming a catalogue entry under another name (e.g. a module's
 *   historical key), `{ tableKey: catalogueKey }`.
 * @returns A frozen table.
 * @example
 * pickLegalRefs(['WIA_25_9'], { RPE_6: 'RPE_6_1' }).RPE_6 === LEGAL_CATALOGUE.RPE_6_1 //=> true
 * @see https://wetten.overheid.nl/
 * @internal
 */
export function pickLegalRefs<K extends LegalProvisionKey, A extends Record<string, LegalProvisionKey> = Record<never, LegalProvisionKey>>(
  keys: readonly K[],
  aliases?: A,
): Readonly<{ [P in K]: (typeof LEGAL_CATALOGUE)[P] } & { [P in keyof A]: CatalogueRef }> {
  const table: Record<string, CatalogueRef> = {};
  for (const k of keys) table[k] = LEGAL_CATALOGUE[k];
  for (const [k, target] of Object.entries(aliases ?? {})) table[k] = LEGAL_CATALOGUE[target];
  return Object.freeze(table) as Readonly<{ [P in K]: (typeof LEGAL_CATALOGUE)[P] } & { [P in keyof A]: CatalogueRef }>;
}

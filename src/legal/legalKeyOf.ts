import { LEGAL_CATALOGUE, type LegalProvisionKey } from './catalogue.js';
import type { LegalRef } from './LegalRef.js';

/** Catalogue object → key, and id → key: constant tables built once from the catalogue. */
const BY_REF: ReadonlyMap<LegalRef, LegalProvisionKey> = new Map(
  (Object.keys(LEGAL_CATALOGUE) as LegalProvisionKey[]).map((k) => [LEGAL_CATALOGUE[k], k] as const),
);
const BY_ID: ReadonlyMap<string, LegalProvisionKey> = new Map(
  (Object.keys(LEGAL_CATALOGUE) as LegalProvisionKey[]).map((k) => [LEGAL_CATALOGUE[k].id, k] as const),
);

/**
 * The key of a provision in {@link LEGAL_CATALOGUE} (e.g. `'WIA_64_3'`), found from the catalogue's
 * own object or from its `id` (`'WIA art 64 lid 3'`): trace steps cite provisions by this key.
 *
 * @param ref - A reference from the catalogue (or one with the same `id`).
 * @returns The catalogue key, or the reference's `id` when it is not in the catalogue (an ad-hoc ref).
 * @example
 * legalKeyOf(LEGAL_CATALOGUE.WIA_64_3) //=> 'WIA_64_3'
 * @internal
 */
export function legalKeyOf(ref: LegalRef): string {
  return BY_REF.get(ref) ?? BY_ID.get(ref.id) ?? ref.id;
}

/** The catalogue keys of a list of references, in order ({@link legalKeyOf}). @internal */
export function legalKeysOf(refs: readonly LegalRef[]): string[] {
  return refs.map(legalKeyOf);
}

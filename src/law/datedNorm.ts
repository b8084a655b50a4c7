/**
 * One shape of dated norm for every domain (issue 10): a number (or value) of the law or of practice,
 * with its unit, the period it is in force, the provisions it comes from (keys of the legal
 * catalogue), how binding it is and where it was read. Each domain keeps one table of these
 * (`END_OF_WACHTTIJD_NORMS`, `SPOOR2_NORMS`, `PASSEND_WERK_NORMS`, the obligations norms, …).
 *
 * @module
 */
import type { NormKind } from './types.js';

/** Units a dated norm may have. @category Law */
export type NormUnit =
  | 'days' | 'weeks' | 'months' | 'years' | 'counted-sick-days'
  | 'ratio' | 'fraction' | 'percent' | 'minutes-per-day' | 'euro' | 'flag';

/**
 * How binding a norm is: the four {@link NormKind}s of the law and practice, and `product-decision`
 * where the sources are silent and the library had to choose (documented in docs/).
 *
 * @category Law
 */
export type DatedNormKind = NormKind | 'product-decision';

/**
 * A dated norm: value, unit, validity, references, kind and source — the one shape every norm table uses.
 *
 * @example
 * const n: DatedNorm = {
 *   id: 'loonsanctieMaxWeeks', value: 52, unit: 'weeks', validFrom: '2006-01-01', validTo: null,
 *   refs: ['WIA_25_9'], normKind: 'statutory', source: 'WIA art 25 lid 9',
 * };
 * @category Law
 */
export interface DatedNorm<T = number> {
  /** Stable id, the key of the norm in its table. */
  readonly id: string;
  /** The value. */
  readonly value: T;
  /** Unit of `value`. */
  readonly unit: NormUnit;
  /** First day in force ('YYYY-MM-DD'), as far as verified. */
  readonly validFrom: string;
  /** Last day in force, or `null` while in force. */
  readonly validTo: string | null;
  /** The provisions it comes from: keys of the legal catalogue (may be empty for pure practice). */
  readonly refs: readonly string[];
  /** How binding. */
  readonly normKind: DatedNormKind;
  /** Where the number was read, in words. */
  readonly source: string;
  /** A remark: an unverified date, an earlier value, the reason for a product decision. */
  readonly note?: string;
}

/**
 * Builds one frozen dated norm (fields in a fixed order).
 *
 * @internal
 */
export function datedNorm<T>(
  id: string, value: T, unit: NormUnit, validFrom: string, validTo: string | null,
  refs: readonly string[], normKind: DatedNormKind, source: string, note?: string,
): DatedNorm<T> {
  return Object.freeze({
    id, value, unit, validFrom, validTo, refs: Object.freeze(refs.slice()), normKind, source,
    ...(note === undefined ? {} : { note }),
  });
}

/**
 * The norm of a series in force on a day ('YYYY-MM-DD' strings compare in date order), or `undefined`.
 *
 * @internal
 */
export function normOn<T>(series: readonly DatedNorm<T>[], day: string): DatedNorm<T> | undefined {
  for (const n of series) if (n.validFrom <= day && (n.validTo === null || day <= n.validTo)) return n;
  return undefined;
}

import { fromDayNumber, toDayNumber } from '../calendar/dayNumber.js';
import { PASSEND_WERK_REFS as R } from './legalRefs.js';
import type { PassendWerkNorm } from './types.js';

/**
 * The norms of the passend-werk check as data, each with its validity (by offer date), where it
 * comes from and its source. Frozen. A change of a norm is a new row with a new `validFrom`.
 *
 * - 182 counted sick days: product decision (docs/sources.md §12 item 2) for the "zes maanden" of the
 *   Besluit passende arbeid art 4 lid 1.
 * - 70% of the old wage and 2 hours of travel a day: Besluit passende arbeid WW en ZW art 4 lid 1
 *   sub b and c (Stb. 2014, 525, in force 1 July 2015) — written for WW/ZW benefits, applied here by
 *   analogy. The "100% of the old wage in the first half year" of popular sources (popular HR and reintegration websites) has no legal basis.
 * - 3 hours of travel a day: a flag after the first half year, from a secondary source
 *   (rendement.nl, 18 October 2023: "kan redelijk zijn"); practice, not a norm of law.
 * - 65% wage value: UWV Beleidsregels beoordelingskader poortwachter §3 (bevredigend resultaat).
 * - counted sick day 365: product decision (`'product-decision'`, not a policy norm). BBP §3 places
 *   the 65% branch "tegen het einde van de verplichte loondoorbetalingsperiode", and UWV tests the
 *   result at the WIA application (WIA art 65). No source names a first day; the library reports the
 *   test from the first day of the second year of sickness, after the eerstejaarsevaluatie (Regeling
 *   procesgang art 4 lid 2 sub b, end of week 52), as a forward-looking check of the result the offer
 *   would give at the end of the wachttijd. The condition that really opens the 65% branch is a fact,
 *   not a date: that work matching the remaining capacity cannot be achieved (`matchingWorkAchievable`).
 *
 * @example
 * PASSEND_WERK_NORMS.find((n) => n.id === 'minimum-loon-eerste-halfjaar')
 * //=> { id: 'minimum-loon-eerste-halfjaar', value: 0.7, unit: 'ratio', validFrom: '2015-07-01', validTo: null, normSource: 'analogy', … }
 * @see {@link https://wetten.overheid.nl/BWBR0036081 | Besluit passende arbeid WW en ZW}
 */
export const PASSEND_WERK_NORMS: readonly PassendWerkNorm[] = Object.freeze([
  Object.freeze({
    id: 'eerste-halfjaar-ziektedagen',
    value: 182,
    unit: 'counted-sick-days',
    validFrom: '2015-07-01',
    validTo: null,
    normSource: 'analogy',
    source: 'Besluit passende arbeid WW en ZW art 4 lid 1 ("zes maanden"), as 26 weeks of counted sickness (docs/sources.md §12 item 2)',
    legalBasis: Object.freeze([R.BPA_4_1, R.BW_629_10]),
  }),
  Object.freeze({
    id: 'minimum-loon-eerste-halfjaar',
    value: 0.7,
    unit: 'ratio',
    validFrom: '2015-07-01',
    validTo: null,
    normSource: 'analogy',
    source: 'Besluit passende arbeid WW en ZW art 4 lid 1 sub b (Stb. 2014, 525)',
    legalBasis: Object.freeze([R.BPA_4_1B]),
  }),
  Object.freeze({
    id: 'maximale-reistijd-eerste-halfjaar',
    value: 120,
    unit: 'minutes-per-day',
    validFrom: '2015-07-01',
    validTo: null,
    normSource: 'analogy',
    source: 'Besluit passende arbeid WW en ZW art 4 lid 1 sub c (Stb. 2014, 525)',
    legalBasis: Object.freeze([R.BPA_4_1C]),
  }),
  Object.freeze({
    id: 'reistijd-signaal-na-halfjaar',
    value: 180,
    unit: 'minutes-per-day',
    validFrom: '2015-07-01',
    validTo: null,
    normSource: 'practice',
    source: 'Secondary source: rendement.nl, 18 October 2023 (travel up to 3 hours a day "kan redelijk zijn" for 7:658a); docs/sources.md §5.2, §12 item 4',
    legalBasis: Object.freeze([R.BBP_8, R.BW_658A_4]),
  }),
  Object.freeze({
    id: 'bevredigend-resultaat-loonwaarde',
    value: 0.65,
    unit: 'ratio',
    validFrom: '2006-11-18',
    validTo: null,
    normSource: 'policy',
    source: 'Beleidsregels beoordelingskader poortwachter §3 (UWV, 3 December 2002; version in force since 18 November 2006)',
    legalBasis: Object.freeze([R.BBP_3]),
  }),
  Object.freeze({
    id: 'bevredigend-resultaat-vanaf-ziektedag',
    value: 365,
    unit: 'counted-sick-days',
    validFrom: '2015-07-01',
    validTo: null,
    normSource: 'product-decision',
    source: 'Product decision: reported from counted sick day 365 (second year of sickness, after the eerstejaarsevaluatie, Regeling procesgang art 4 lid 2 sub b); BBP §3 itself speaks of the end of the wage period, tested at the WIA application (WIA art 65)',
    legalBasis: Object.freeze([R.BBP_3, R.RPE_4_2B, R.WIA_65]),
  }),
] as PassendWerkNorm[]);

/**
 * The minimum wage value of the bevredigend resultaat's second branch (BBP §3) in force on `date`
 * (ISO), from the one row `bevredigend-resultaat-loonwaarde` of {@link PASSEND_WERK_NORMS}, or
 * `undefined` before that row starts. Shared with spoor 2 so the 65% exists once.
 *
 * @internal
 */
export function bevredigendWageRatioOn(date: string): number | undefined {
  return PASSEND_WERK_NORMS.find((n) => n.id === 'bevredigend-resultaat-loonwaarde' && n.validFrom <= date && (n.validTo === null || date <= n.validTo))?.value;
}

/** Tolerance when a wage ratio is compared with a norm (floating point: 2100 / 3000 is 0.7). @internal */
export const WAGE_RATIO_EPSILON = 1e-9;

/** First offer date the check decides (the Besluit passende arbeid took effect on 1 July 2015). */
export const PASSEND_WERK_FIRST_OFFER_DATE = '2015-07-01';

/** The norm values in force on a date. @internal */
export interface NormValues {
  readonly halfYearDays: number;
  readonly minWageRatio: number;
  readonly maxTravelMinutes: number;
  readonly travelFlagMinutes: number;
  readonly bevredigendWageRatio: number;
  readonly bevredigendFromDay: number;
  readonly rows: readonly PassendWerkNorm[];
}

/**
 * The norms in force on `date` (an ISO date ≥ {@link PASSEND_WERK_FIRST_OFFER_DATE}), or
 * `undefined` when one is missing (the caller reports the date as out of scope).
 *
 * @internal
 */
export function selectNorms(date: string): NormValues | undefined {
  const rows = PASSEND_WERK_NORMS.filter((n) => n.validFrom <= date && (n.validTo === null || date <= n.validTo));
  const get = (id: PassendWerkNorm['id']): number | undefined => rows.find((r) => r.id === id)?.value;
  const halfYearDays = get('eerste-halfjaar-ziektedagen');
  const minWageRatio = get('minimum-loon-eerste-halfjaar');
  const maxTravelMinutes = get('maximale-reistijd-eerste-halfjaar');
  const travelFlagMinutes = get('reistijd-signaal-na-halfjaar');
  const bevredigendWageRatio = get('bevredigend-resultaat-loonwaarde');
  const bevredigendFromDay = get('bevredigend-resultaat-vanaf-ziektedag');
  if (halfYearDays === undefined || minWageRatio === undefined || maxTravelMinutes === undefined ||
    travelFlagMinutes === undefined || bevredigendWageRatio === undefined || bevredigendFromDay === undefined) return undefined;
  return { halfYearDays, minWageRatio, maxTravelMinutes, travelFlagMinutes, bevredigendWageRatio, bevredigendFromDay, rows: Object.freeze(rows) };
}

/**
 * The norms for an offer whose date is not known but lies on or after `from`: the norms in force on
 * `from`, provided no norm changes after it (every later `validFrom`/`validTo` boundary selects the
 * same values); `undefined` otherwise (the caller then needs the offer date).
 *
 * @internal
 */
export function selectNormsFrom(from: string): NormValues | undefined {
  const start = from < PASSEND_WERK_FIRST_OFFER_DATE ? PASSEND_WERK_FIRST_OFFER_DATE : from;
  const base = selectNorms(start);
  if (base === undefined) return undefined;
  const same = (a: NormValues, b: NormValues): boolean =>
    a.halfYearDays === b.halfYearDays && a.minWageRatio === b.minWageRatio && a.maxTravelMinutes === b.maxTravelMinutes &&
    a.travelFlagMinutes === b.travelFlagMinutes && a.bevredigendWageRatio === b.bevredigendWageRatio && a.bevredigendFromDay === b.bevredigendFromDay;
  for (const n of PASSEND_WERK_NORMS) {
    // The first day of each later row, and the day after each row ends (ISO dates compare as strings).
    const candidates = [n.validFrom, ...(n.validTo === null ? [] : [nextIsoDay(n.validTo)])];
    for (const d of candidates) {
      if (d <= start) continue;
      const other = selectNorms(d);
      if (other === undefined || !same(base, other)) return undefined;
    }
  }
  return base;
}

function nextIsoDay(iso: string): string {
  return fromDayNumber(toDayNumber(iso) + 1);
}

import { fromDayNumber, toDayNumber } from '../calendar/dayNumber.js';
import { normOn, type DatedNorm, type DatedNormKind } from '../law/datedNorm.js';
import type { LegalRef } from '../legal/LegalRef.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import { PASSEND_WERK_REFS as R } from './legalRefs.js';
import type { NormSource, PassendWerkNorm } from './types.js';

/** First offer date the check decides (the Besluit passende arbeid took effect on 1 July 2015). */
export const PASSEND_WERK_FIRST_OFFER_DATE = '2015-07-01';

/**
 * One frozen row of {@link PASSEND_WERK_NORMS}: the fields of 0.1.0 in their order, then the
 * {@link DatedNorm} fields `refs` (catalogue keys of `legalBasis`) and `normKind`. (No `note`: the
 * `source` says it, and the analogy is in `normSource`.)
 */
function norm(
  id: PassendWerkNorm['id'], value: number, unit: PassendWerkNorm['unit'], normSource: NormSource, normKind: DatedNormKind,
  source: string, legalBasis: readonly LegalRef[], validFrom = PASSEND_WERK_FIRST_OFFER_DATE,
): PassendWerkNorm {
  return Object.freeze({
    id, value, unit, validFrom, validTo: null, normSource, source, legalBasis: Object.freeze([...legalBasis]),
    refs: Object.freeze(legalKeysOf(legalBasis)), normKind,
  });
}

/**
 * The norms of the passend-werk check as data, each with its validity (by offer date), where it
 * comes from and its source, in the one shape of dated norm ({@link DatedNorm}: `refs` are keys of
 * `LEGAL_CATALOGUE`, `normKind` says how binding). Frozen. A change of a norm is a new row with a
 * new `validFrom`.
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
 * //=> { id: 'minimum-loon-eerste-halfjaar', value: 0.7, unit: 'ratio', validFrom: '2015-07-01', validTo: null, normSource: 'analogy', …, refs: ['BPA_4_1B'], normKind: 'regulation', … }
 * @see {@link https://wetten.overheid.nl/BWBR0036081 | Besluit passende arbeid WW en ZW}
 */
export const PASSEND_WERK_NORMS: readonly PassendWerkNorm[] = Object.freeze([
  norm('eerste-halfjaar-ziektedagen', 182, 'counted-sick-days', 'analogy', 'product-decision',
    'Besluit passende arbeid WW en ZW art 4 lid 1 ("zes maanden"), as 26 weeks of counted sickness (docs/sources.md §12 item 2)',
    [R.BPA_4_1, R.BW_629_10]),
  norm('minimum-loon-eerste-halfjaar', 0.7, 'ratio', 'analogy', 'regulation',
    'Besluit passende arbeid WW en ZW art 4 lid 1 sub b (Stb. 2014, 525)', [R.BPA_4_1B]),
  norm('maximale-reistijd-eerste-halfjaar', 120, 'minutes-per-day', 'analogy', 'regulation',
    'Besluit passende arbeid WW en ZW art 4 lid 1 sub c (Stb. 2014, 525)', [R.BPA_4_1C]),
  norm('reistijd-signaal-na-halfjaar', 180, 'minutes-per-day', 'practice', 'practice',
    'Secondary source: rendement.nl, 18 October 2023 (travel up to 3 hours a day "kan redelijk zijn" for 7:658a); docs/sources.md §5.2, §12 item 4',
    [R.BBP_8, R.BW_658A_4]),
  norm('bevredigend-resultaat-loonwaarde', 0.65, 'ratio', 'policy', 'policy',
    'Beleidsregels beoordelingskader poortwachter §3 (UWV, 3 December 2002; version in force since 18 November 2006)',
    [R.BBP_3], '2006-11-18'),
  norm('bevredigend-resultaat-vanaf-ziektedag', 365, 'counted-sick-days', 'product-decision', 'product-decision',
    'Product decision: reported from counted sick day 365 (second year of sickness, after the eerstejaarsevaluatie, Regeling procesgang art 4 lid 2 sub b); BBP §3 itself speaks of the end of the wage period, tested at the WIA application (WIA art 65)',
    [R.BBP_3, R.RPE_4_2B, R.WIA_65]),
]);

/**
 * The minimum wage value of the bevredigend resultaat's second branch (BBP §3) in force on `date`
 * (ISO), from the one row `bevredigend-resultaat-loonwaarde` of {@link PASSEND_WERK_NORMS}, or
 * `undefined` before that row starts. Shared with spoor 2 so the 65% exists once.
 *
 * @internal
 */
export function bevredigendWageRatioOn(date: string): number | undefined {
  return normOn(PASSEND_WERK_NORMS.filter((n) => n.id === 'bevredigend-resultaat-loonwaarde'), date)?.value;
}

/** Tolerance when a wage ratio is compared with a norm (floating point: 2100 / 3000 is 0.7). @internal */
export const WAGE_RATIO_EPSILON = 1e-9;

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

/** The ids of the norm values, in the order of {@link NormValues}. */
const VALUE_IDS = [
  ['halfYearDays', 'eerste-halfjaar-ziektedagen'],
  ['minWageRatio', 'minimum-loon-eerste-halfjaar'],
  ['maxTravelMinutes', 'maximale-reistijd-eerste-halfjaar'],
  ['travelFlagMinutes', 'reistijd-signaal-na-halfjaar'],
  ['bevredigendWageRatio', 'bevredigend-resultaat-loonwaarde'],
  ['bevredigendFromDay', 'bevredigend-resultaat-vanaf-ziektedag'],
] as const satisfies readonly (readonly [Exclude<keyof NormValues, 'rows'>, PassendWerkNorm['id']])[];

/**
 * The norms in force on `date` (an ISO date ≥ {@link PASSEND_WERK_FIRST_OFFER_DATE}), or
 * `undefined` when one is missing (the caller reports the date as out of scope).
 *
 * @param date - The offer date (ISO).
 * @param table - The norm table. @defaultValue {@link PASSEND_WERK_NORMS}
 * @internal
 */
export function selectNorms(date: string, table: readonly PassendWerkNorm[] = PASSEND_WERK_NORMS): NormValues | undefined {
  const rows = table.filter((n) => n.validFrom <= date && (n.validTo === null || date <= n.validTo));
  const values = { rows: Object.freeze(rows) } as { -readonly [K in keyof NormValues]: NormValues[K] };
  for (const [key, id] of VALUE_IDS) {
    const row = rows.find((r) => r.id === id);
    if (row === undefined) return undefined;
    values[key] = row.value;
  }
  return values;
}

/** Whether two sets of norm values are the same (the rows aside). */
function sameValues(a: NormValues, b: NormValues): boolean {
  return VALUE_IDS.every(([key]) => a[key] === b[key]);
}

/**
 * The norms for an offer whose date is not known but lies on or after `from`: the norms in force on
 * `from`, provided no norm changes after it (every later `validFrom`/`validTo` boundary selects the
 * same values); `undefined` otherwise (the caller then needs the offer date).
 *
 * @param from - The first day the offer can be on (ISO), e.g. day 1 of the sickness.
 * @param table - The norm table. @defaultValue {@link PASSEND_WERK_NORMS}
 * @internal
 */
export function selectNormsFrom(from: string, table: readonly PassendWerkNorm[] = PASSEND_WERK_NORMS): NormValues | undefined {
  const start = from < PASSEND_WERK_FIRST_OFFER_DATE ? PASSEND_WERK_FIRST_OFFER_DATE : from;
  const base = selectNorms(start, table);
  if (base === undefined) return undefined;
  for (const n of table) {
    // The first day of each later row, and the day after each row ends (ISO dates compare as strings).
    const candidates = [n.validFrom, ...(n.validTo === null ? [] : [nextIsoDay(n.validTo)])];
    for (const d of candidates) {
      if (d <= start) continue;
      const other = selectNorms(d, table);
      if (other === undefined || !sameValues(base, other)) return undefined;
    }
  }
  return base;
}

function nextIsoDay(iso: string): string {
  return fromDayNumber(toDayNumber(iso) + 1);
}

import type { LegalRef } from '../legal/LegalRef.js';
import type { Localized } from '../i18n/types.js';
import type { CauseExceptionScope, SickPeriod, WazoLeave } from '../sickness/types.js';
import type { NormKind } from '../law/types.js';
import type { Answer } from '../vocabulary/index.js';

/**
 * A three-valued answer: yes, no, or not settled by the input (see `missingFacts`).
 *
 * @deprecated Since 0.2.0: use `Answer` (`'yes' | 'no' | 'unknown'`) from the vocabulary. The old
 * values `'ja' | 'nee' | 'onbekend'` are gone: `'ja'` → `'yes'`, `'nee'` → `'no'`, `'onbekend'` → `'unknown'`.
 */
export type Tristate = Answer;

/**
 * The sick case the end-of-wachttijd functions work on: day 1, or the sick periods (samentelling
 * applies, gaps are not counted), with optional WAZO leave (not counted; WIA 23 lid 5).
 */
export type WachttijdCase = (
  | { readonly firstSickDay: string; readonly sickPeriods?: undefined }
  | { readonly sickPeriods: readonly SickPeriod[]; readonly firstSickDay?: undefined }
) & {
  /** Zwangerschaps- en bevallingsverlof (WAZO 3:1): not counted; also starts / interrupts a loonsanctie. */
  readonly wazoLeave?: readonly WazoLeave[] | undefined;
  /** Scope of the same-cause exception of samentelling. @defaultValue `'wazo-only'` */
  readonly causeExceptionScope?: CauseExceptionScope | undefined;
};

/** One date with where it comes from. */
export interface LegalDate {
  /** Stable kebab-case id of the date, e.g. `'loonsanctie-beschikking-uiterlijk'` (0.1.0: `code`). */
  readonly id: string;
  /** `'YYYY-MM-DD'`. */
  readonly date: string;
  /** Dutch and English label. */
  readonly labels: Localized;
  /** Articles (never empty). */
  readonly legalBasis: readonly LegalRef[];
  /** How binding. */
  readonly normKind: NormKind;
  /** How the date was derived. */
  readonly explanation: Localized;
}

/**
 * One finding (a criterion or a consequence) with a three-valued status. The status is an
 * {@link Answer} (not an `Outcome`) because one list holds both criteria ("is it met?") and
 * consequences ("does it apply?").
 */
export interface EndOfWachttijdFinding {
  /** Stable kebab-case code. */
  readonly code: string;
  /** `'yes'` = the criterion is met / the consequence applies; `'unknown'` = the input does not settle it. */
  readonly status: Answer;
  /** Articles (never empty). */
  readonly legalBasis: readonly LegalRef[];
  /** How binding. */
  readonly normKind: NormKind;
  /** Explanation in Dutch and English. */
  readonly explanation: Localized;
}

/**
 * The parts every end-of-wachttijd result shares: its dates, findings, missing facts, articles,
 * summary and remarks.
 */
export interface EndOfWachttijdReport {
  /** Every date with its legal basis, sorted by date. */
  readonly dates: readonly LegalDate[];
  /** Findings: criteria and consequences with a three-valued status. */
  readonly findings: readonly EndOfWachttijdFinding[];
  /** Facts the input did not give that the outcome depends on. */
  readonly missingFacts: readonly string[];
  /** Articles applied. */
  readonly legalBasis: readonly LegalRef[];
  /** Summary in Dutch and English. */
  readonly explanation: Localized;
  /** Readings chosen where the text allows more than one, and other remarks. */
  readonly notices: readonly Localized[];
}

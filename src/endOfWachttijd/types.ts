import type { LegalRef } from '../legal/LegalRef.js';
import type { Localized } from '../i18n/types.js';
import type { CauseExceptionScope, SickPeriod, WazoLeave } from '../sickness/types.js';
import type { NormKind } from '../timeline/types.js';

/** A three-valued answer: yes, no, or not settled by the input (see `missingFacts`). */
export type Tristate = 'ja' | 'nee' | 'onbekend';

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
  /** Stable kebab-case code, e.g. `'loonsanctie-beschikking-uiterlijk'`. */
  readonly code: string;
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

/** One finding (a criterion or a consequence) with a three-valued status. */
export interface EndOfWachttijdFinding {
  /** Stable kebab-case code. */
  readonly code: string;
  /** `'ja'` = the criterion is met / the consequence applies. */
  readonly status: Tristate;
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

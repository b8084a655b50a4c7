/**
 * One uninterrupted period of sickness (ongeschiktheid wegens ziekte). `to` is inclusive; leave it
 * out for the period that is still running.
 */
export interface SickPeriod {
  /** First sick day of the period, `'YYYY-MM-DD'`. */
  readonly from: string;
  /** Last sick day (inclusive); absent while still sick. */
  readonly to?: string | undefined;
  /**
   * Free-form cause code (e.g. `'rug'`, `'burn-out'`). Two adjacent periods whose causes are both
   * given and differ do not join across WAZO leave (BW 7:629 lid 10, "tenzij … niet … uit dezelfde
   * oorzaak").
   */
  readonly cause?: string | undefined;
  /** Sickness caused by pregnancy or childbirth (matters for the opzegverbod of BW 7:670 lid 1). */
  readonly pregnancyRelated?: boolean | undefined;
}

/** A period of zwangerschaps- en bevallingsverlof (WAZO 3:1) with benefit: not counted as sickness. */
export interface WazoLeave {
  /** First day of leave. */
  readonly from: string;
  /** Last day of leave (inclusive). */
  readonly to: string;
}

/**
 * ISO weekdays the employee normally works: 1 = Monday … 7 = Sunday. Default `[1, 2, 3, 4, 5]`.
 * Inputs may also use day names (`'monday'`, `'ma'`, …), 0 for Sunday, or `{ monday: true, … }`;
 * they are normalised to this form.
 */
export type WorkPattern = readonly (1 | 2 | 3 | 4 | 5 | 6 | 7)[];

/**
 * Scope of the "same cause" exception in BW 7:629 lid 10 / WIA 23 lid 3.
 * - `'wazo-only'` (default): only periods linked through WAZO leave need the same cause; a gap of
 *   less than four weeks joins periods whatever their cause (UWV and rviregister reading).
 * - `'all'`: a different cause also breaks a link of less than four weeks.
 */
export type CauseExceptionScope = 'wazo-only' | 'all';

/** Options of {@link combineSickPeriods}. */
export interface CombineSickPeriodsOptions {
  /** Today; the open period is counted through this day. */
  readonly asOf?: string | undefined;
  /** Periods of WAZO leave: neither sick days nor gap days. */
  readonly wazoLeave?: readonly WazoLeave[] | undefined;
  /** See {@link CauseExceptionScope}. @defaultValue `'wazo-only'` */
  readonly causeExceptionScope?: CauseExceptionScope | undefined;
  /** When given, a period that starts on a non-working day starts on the next working day (WIA 23 lid 2). */
  readonly workPattern?: WorkPattern | undefined;
}

/** A stretch of days between two counted sick periods of one wachttijd, not counted. */
export interface SamentellingGap {
  /** First day not counted. */
  readonly from: string;
  /** Last day not counted. */
  readonly to: string;
  /** Calendar days in the gap. */
  readonly days: number;
  /** Of which WAZO leave days (neither sick nor recovered). */
  readonly leaveDays: number;
  /** Recovered days that count toward the four weeks (`days − leaveDays`). */
  readonly recoveredDays: number;
}

/** A wachttijd that ended before the current one started, and no longer counts. */
export interface EarlierWachttijd {
  /** Its day 1. */
  readonly firstSickDay: string;
  /** Its last sick day. */
  readonly lastSickDay: string;
  /** Counted sick days in it. */
  readonly countedSickDays: number;
  /** Why the next period did not join it. */
  readonly endedBy: 'gap-of-four-weeks-or-more' | 'different-cause';
  /** Recovered days between it and the next period. */
  readonly recoveredDaysAfter: number;
}

/** A samentelling: the result of {@link combineSickPeriods} (which adds its `trace`), and `samentelling` of a timeline. */
export interface Samentelling {
  /** Day 1 of the current wachttijd (the latest chain of joined periods). */
  readonly firstSickDay: string;
  /** The periods of the current wachttijd, sorted, after the work-pattern move. */
  readonly periods: readonly SickPeriod[];
  /** Whether the latest period is still running. */
  readonly open: boolean;
  /** Last sick day of the current wachttijd, or `null` while open. */
  readonly lastSickDay: string | null;
  /**
   * Counted sick days of the current wachttijd: all days of its closed periods, plus the open
   * period through `asOf` (0 for the open period when `asOf` is not given), minus WAZO leave days.
   */
  readonly countedSickDays: number;
  /** The last day included in `countedSickDays`, or `null` when none. */
  readonly countedThrough: string | null;
  /** The gaps inside the current wachttijd, left out of the count. */
  readonly gaps: readonly SamentellingGap[];
  /** WAZO leave days inside the sick periods, left out of the count. */
  readonly leaveDaysInsidePeriods: number;
  /** Earlier wachttijden that no longer count, oldest first. */
  readonly earlierWachttijden: readonly EarlierWachttijd[];
  /** Articles applied. */
  readonly legalBasis: readonly import('../legal/LegalRef.js').LegalRef[];
  /** What was done, in Dutch and English. */
  readonly explanation: import('../i18n/types.js').Localized;
  /** Remarks (e.g. periods moved or dropped by the work pattern). */
  readonly notices: readonly import('../i18n/types.js').Localized[];
}

/**
 * Result of {@link combineSickPeriods}: the {@link Samentelling} and the trace of the rule applied.
 * (The samentelling inside a timeline has no trace of its own: the timeline's trace covers it.)
 */
export interface SamentellingResult extends Samentelling {
  /**
   * The rules applied, in order, as plain data: one `'sickness.samentelling'` step (BW 7:629 lid 10,
   * WIA 23 lid 3, with WAZO leave lid 5) whose `message` and `params` render `explanation`.
   */
  readonly trace: readonly import('../engine/trace.js').TraceStep[];
}

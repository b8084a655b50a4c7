import { toDayNumber, weekdayOf } from '../calendar/dayNumber.js';
import { toIsoDateInRange } from '../calendar/dateRange.js';
import { parseInput } from '../input/zodIssues.js';
import { LEGAL_REFS } from '../legal/references.js';
import type { LegalRef } from '../legal/LegalRef.js';
import type { Localized } from '../i18n/types.js';
import { nextPatternDay } from './sickClock.js';
import { sickReportInputSchema as schema } from './sicknessSchemas.js';
import type { WorkPattern } from './types.js';
import type { SicknessMessageKey } from './messages.js';
import { traceStep, type TraceStep } from '../engine/trace.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import { renderSicknessStep, type FirstSickDayParams } from './renderStep.js';

/** Input of {@link determineFirstSickDay}. */
export interface SickReport {
  /** The day the employee fell ill / reported sick, `'YYYY-MM-DD'`. */
  readonly reportDate: string;
  /**
   * How much was worked that day: `'none'` (default), `'part'` (stopped during the shift — that
   * day is day 1) or `'full'` (fell ill after the working day — the next working day is day 1).
   */
  readonly workedOnReportDate?: 'none' | 'part' | 'full' | undefined;
  /** Working days, 1 = Monday … 7 = Sunday. @defaultValue `[1, 2, 3, 4, 5]` */
  readonly workPattern?: WorkPattern | undefined;
}

/** Result of {@link determineFirstSickDay}. */
export interface FirstSickDay {
  /** Day 1 of the wachttijd, `'YYYY-MM-DD'`. */
  readonly firstSickDay: string;
  /** Calendar days between the report date and day 1. */
  readonly movedByDays: number;
  /** WIA 23 lid 2 (and ZW 29 lid 3, same definition). */
  readonly legalBasis: readonly LegalRef[];
  /** Why, in Dutch and English (rendered from the trace step). */
  readonly explanation: Localized;
  /**
   * The rules applied, in order, as plain data: one `'sickness.first-sick-day'` step (WIA 23 lid 2)
   * whose `message` and `params` render `explanation`.
   */
  readonly trace: readonly TraceStep[];
}


/**
 * Day 1 from a sick report: "de eerste werkdag … waarop de verzekerde wegens ziekte niet heeft
 * gewerkt dan wel het werken tijdens de werktijd heeft gestaakt". A report on a non-working day
 * moves to the next working day of the work pattern; a report after part of a shift was worked is
 * that day; a report after a full working day is the next working day.
 *
 * @param report - The report date, how much was worked that day, and the work pattern.
 * @returns Day 1 with the explanation and the `trace` of the rule applied.
 * @throws {@link PoortwachterError} for an invalid date, value or pattern, or when day 1 would fall after 2999-12-31.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=23&lid=2 | WIA art 23 lid 2}
 * @example
 * determineFirstSickDay({ reportDate: '2025-03-15' }).firstSickDay //=> '2025-03-17' (Saturday → Monday)
 * determineFirstSickDay({ reportDate: '2025-03-18', workedOnReportDate: 'part' }).firstSickDay //=> '2025-03-18'
 */
export function determineFirstSickDay(report: SickReport): FirstSickDay {
  const r = parseInput(schema, report, 'determineFirstSickDay', ['report']);
  const pattern = r.workPattern ?? [1, 2, 3, 4, 5];
  const worked = r.workedOnReportDate ?? 'none';
  const report0 = toDayNumber(r.reportDate);
  const weekday = weekdayOf(report0);
  let day: number;
  let reason: SicknessMessageKey;
  if (worked === 'part') {
    day = report0;
    reason = 'workStoppedDuringWorkingTimeThat';
  } else if (worked === 'full') {
    day = nextPatternDay(report0 + 1, pattern);
    reason = 'theFullWorkingDayWasWorked';
  } else if (pattern.includes(weekday as 1)) {
    day = report0;
    reason = 'theReportDateIsAWorking';
  } else {
    day = nextPatternDay(report0, pattern);
    reason = 'isNotAWorkingDayIn';
  }
  const fsd = toIsoDateInRange(day, 'determineFirstSickDay', ['report', 'reportDate'], 'the first sick day');
  const legalBasis = Object.freeze([LEGAL_REFS.WIA_23_2]);
  const params: FirstSickDayParams = { reportDate: r.reportDate, reason, weekday, firstSickDay: fsd };
  const step = traceStep({
    rule: 'sickness.first-sick-day',
    refs: legalKeysOf(legalBasis),
    outcome: 'computed',
    inputs: { reportDate: r.reportDate, workedOnReportDate: worked, workPattern: pattern },
    outputs: { firstSickDay: fsd, movedByDays: day - report0 },
    message: 'sickReportOnWia232',
    params: { ...params },
  });
  return Object.freeze({
    firstSickDay: fsd,
    movedByDays: day - report0,
    legalBasis,
    explanation: Object.freeze(renderSicknessStep(step)),
    trace: Object.freeze([step]),
  });
}

import { PLAIN_DAYS, toDayNumber, type DayFormat } from '../calendar/dayNumber.js';
import { PoortwachterError, type InputIssue } from '../errors/PoortwachterError.js';
import { isoDateSchema, parseInput } from '../input/zodIssues.js';
import type { LegalRef } from '../legal/LegalRef.js';
import { LEGAL_REFS } from '../legal/references.js';
import { sickDayToDayNumber } from '../sickness/sickClock.js';
import { buildSickModel } from '../sickness/validateSickInput.js';
import { wachttijdEndedSchema } from './wachttijdEndedSchema.js';
import type { SickPeriod, WazoLeave } from '../sickness/types.js';

/** Recovery days that end a wachttijd: a gap of four weeks or more is not counted together (BW 7:629 lid 10; ZW art 29). */
export const RECOVERY_DAYS_THAT_END = 28;

/** Whether a wachttijd has ended on `asOf`, and on which day; computed by the internal rule `wachttijdEnded` (BW 7:629 lid 10). */
export interface WachttijdEnd {
  /** `true` when the wachttijd is over on `asOf`. */
  readonly ended: boolean;
  /**
   * Why: `'recovered'` — the employee recovered before the 104 weeks were complete and stayed well for
   * four weeks or more up to `asOf`: a new sickness starts a new wachttijd; `'completed'` — the 104
   * weeks (counted sick days 1–728) were complete before `asOf`; `null` while it runs.
   */
  readonly reason: 'recovered' | 'completed' | null;
  /** The last day of the wachttijd: the last sick day (`'recovered'`) or the last of the 104 weeks (`'completed'`); `null` while it runs. */
  readonly endedOn: string | null;
  /** `'recovered'`: the day from which a new sickness no longer counts together (last sick day + 28); otherwise `null`. */
  readonly finalFrom: string | null;
  /** The articles. */
  readonly legalBasis: readonly LegalRef[];
}

/** The day-number core of {@link wachttijdEnded}. @internal */
export interface WachttijdEndDays {
  readonly reason: 'recovered' | 'completed' | null;
  /** Day number of the last day of the wachttijd, or `null`. */
  readonly endedOn: number | null;
}

/**
 * The day-number core, shared by {@link wachttijdEnded} and computeTimeline (one rule).
 *
 * @param lastSickDay - Day number of the last known sick day of the wachttijd, `Infinity` while still sick.
 * @param wachttijdLastDay - Day number of counted sick day 728 (the sickness projected to continue).
 * @param asOf - Day number of today.
 * @returns Reason and last day, both `null` while the wachttijd runs.
 * @internal
 */
export function wachttijdEndDays(lastSickDay: number, wachttijdLastDay: number, asOf: number): WachttijdEndDays {
  if (lastSickDay < wachttijdLastDay && asOf - lastSickDay >= RECOVERY_DAYS_THAT_END) return { reason: 'recovered', endedOn: lastSickDay };
  if (lastSickDay >= wachttijdLastDay && asOf > wachttijdLastDay) return { reason: 'completed', endedOn: wachttijdLastDay };
  return { reason: null, endedOn: null };
}

/**
 * The other side of the same rule: the employee has recovered, but less than four weeks before
 * `asOf` and before the 104 weeks were complete, so the wachttijd has not ended — a relapse counts
 * together and moves every later date by the gap (counted sick days). A step due after the last sick
 * day is then not due yet: open, never overdue or missing.
 *
 * @param lastSickDay - Day number of the last known sick day of the wachttijd, `Infinity` while still sick.
 * @param wachttijdLastDay - Day number of counted sick day 728 (the sickness projected to continue).
 * @param asOf - Day number of today.
 * @returns The last sick day, after which steps are pending; `null` while sick, or once ended.
 * @internal
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=629 | BW 7:629 lid 10}
 * @example
 * pendingAfterDay(100, 828, 110) //=> 100
 */
export function pendingAfterDay(lastSickDay: number, wachttijdLastDay: number, asOf: number): number | null {
  if (!Number.isFinite(lastSickDay) || lastSickDay >= asOf) return null;
  return wachttijdEndDays(lastSickDay, wachttijdLastDay, asOf).reason === null ? lastSickDay : null;
}

/**
 * The public shape of a {@link WachttijdEndDays}.
 *
 * @param r - The day-number answer.
 * @param lastSickDay - Day number of the last known sick day.
 * @param days - How day numbers become dates (computeTimeline passes its formatter for the call; the same strings).
 * @returns A frozen {@link WachttijdEnd}.
 * @internal
 */
export function toWachttijdEnd(r: WachttijdEndDays, lastSickDay: number, days: DayFormat = PLAIN_DAYS): WachttijdEnd {
  return Object.freeze({
    ended: r.reason !== null,
    reason: r.reason,
    endedOn: r.endedOn === null ? null : days.format(r.endedOn),
    finalFrom: r.reason === 'recovered' ? days.format(lastSickDay + RECOVERY_DAYS_THAT_END) : null,
    legalBasis: r.reason === 'completed' ? COMPLETED_REFS : RECOVERED_REFS,
  });
}

/** The legal basis of each reason: immutable constants, shared by every result. */
const COMPLETED_REFS = Object.freeze([LEGAL_REFS.WIA_23_1, LEGAL_REFS.BW_629_1]);
const RECOVERED_REFS = Object.freeze([LEGAL_REFS.BW_629_10]);

const FN = 'wachttijdEnded';

/**
 * Has the wachttijd of a sick case ended on `asOf`, and on which day? Sick periods with a gap of less
 * than four weeks count together; a recovery of four weeks or more ends the wachttijd (BW 7:629 lid
 * 10, ZW art 29 — samentelling), and the 104 weeks end it when complete (WIA 23 lid 1). Steps of an
 * ended wachttijd that were not yet due never fall due. One concept for the timeline, spoor 2 and the
 * audit.
 *
 * @remarks
 * The wachttijd is that of the latest sick period (as in computeTimeline). "Four weeks or more" is
 * read as 28 days of recovery through `asOf`: a sickness from the next day on cannot count together.
 * A case that recovered only after the 104 weeks were complete is `'completed'`.
 *
 * @param sick - `{ firstSickDay }` or `{ sickPeriods }` (the latest may be open), optional `wazoLeave`.
 * @param asOf - Today, `'YYYY-MM-DD'`.
 * @returns Whether it ended, why, its last day and the basis.
 * @throws {@link PoortwachterError} for invalid periods or dates, or periods after `asOf`.
 * @internal Exported for spoor2 and the audit; not (yet) part of the package's public API.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=629 | BW 7:629 lid 10}
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0001888&artikel=29 | ZW art 29}
 * @example
 * wachttijdEnded({ sickPeriods: [{ from: '2025-01-06', to: '2025-01-20' }] }, '2025-03-01')
 * //=> { ended: true, reason: 'recovered', endedOn: '2025-01-20', finalFrom: '2025-02-17', … }
 */
export function wachttijdEnded(sick: { readonly firstSickDay?: string | undefined; readonly sickPeriods?: readonly SickPeriod[] | undefined; readonly wazoLeave?: readonly WazoLeave[] | undefined }, asOf: string): WachttijdEnd {
  const p = parseInput(wachttijdEndedSchema, sick, FN);
  const day = parseInput(isoDateSchema, asOf, FN, ['asOf']);
  const issues: InputIssue[] = [];
  if ((p.firstSickDay === undefined) === (p.sickPeriods === undefined)) {
    throw PoortwachterError.single(FN, ['sickPeriods'], p.firstSickDay === undefined ? 'missing' : 'invalid_value', "give exactly one of 'firstSickDay' or 'sickPeriods'");
  }
  const periods: readonly SickPeriod[] = p.sickPeriods ?? [{ from: p.firstSickDay! }];
  const a = toDayNumber(day);
  const model = buildSickModel(periods, p.wazoLeave ?? [], p.sickPeriods === undefined ? ['firstSickDay'] : ['sickPeriods'], ['wazoLeave'], a, 'wazo-only', undefined, issues);
  if (model === undefined || issues.length > 0) throw new PoortwachterError(FN, issues);
  const spans = model.chains[model.chains.length - 1]!.spans;
  const last = spans[spans.length - 1]!.end;
  return toWachttijdEnd(wachttijdEndDays(last, sickDayToDayNumber(spans, 727), a), last);
}

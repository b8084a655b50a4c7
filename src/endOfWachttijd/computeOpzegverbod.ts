import { opzegverbodInputSchema } from './opzegverbodSchema.js';
import { dayNumberOf } from '../calendar/dayNumber.js';
import type { Localized } from '../i18n/types.js';
import type { LegalRef } from '../legal/LegalRef.js';
import type { Span } from '../sickness/sickClock.js';
import { EOW_REFS as R } from '../law/endOfWachttijdRefs.js';
import { clockFromModel, dn, iso, openCase, sortedDates, type Clock } from './internal.js';
import { Tracer, type TraceStep, type TraceValue } from '../engine/trace.js';
import { datedStep, summaryStep } from './evaluateEffect.js';
import { nested } from './renderStep.js';
import { AOW_DISMISSAL_RULES, END_OF_WACHTTIJD_NORMS as N } from '../law/endOfWachttijdNorms.js';
import type { LegalDate, WachttijdCase } from './types.js';
import { phrase } from './messages.js';

/** Extensions of the two years under BW 7:670 lid 11, in calendar days. */
export interface OpzegverbodExtensions {
  /** Delay of a late WIA application (lid 11 a; see `computeLateWiaAanvraag`). */
  readonly lateWiaAanvraagDays?: number | undefined;
  /** Length of a vrijwillige verlenging (WIA 24; see `computeVrijwilligeVerlenging`). */
  readonly vrijwilligeVerlengingDays?: number | undefined;
  /** Length of a loonsanctie (WIA 25 lid 9; see `computeLoonsanctie`). */
  readonly loonsanctieDays?: number | undefined;
}

/** Input of {@link computeOpzegverbod}. Mark pregnancy-related sick periods with `pregnancyRelated: true`. */
export type OpzegverbodInput = WachttijdCase & {
  /** Date the employee reaches AOW age (BW 7:670 lid 1 a; 7:669 lid 3 b, c). */
  readonly aowDate?: string | undefined;
  /** Date UWV received the request for a dismissal permit (BW 7:670 lid 1 b). */
  readonly dismissalRequestReceived?: string | undefined;
  /** Extensions under lid 11. */
  readonly extensions?: OpzegverbodExtensions | undefined;
};

/** Result of {@link computeOpzegverbod}. */
export interface OpzegverbodResult {
  /** Outcome code. */
  readonly code: 'twee-jaren' | 'aow-leeftijd' | 'geen-opzegverbod-ziekte-na-ontslagaanvraag' | 'onbekend-zwangerschap-loopt';
  /** Whether the sickness opzegverbod applies at all. */
  readonly applies: boolean;
  /** Day 1 of the sickness. */
  readonly firstSickDay: string;
  /** Last day of the opzegverbod before the lid 11 extensions, or `null` when not applicable or not yet determinable. */
  readonly baseLastDay: string | null;
  /** Last day of the opzegverbod, or `null`. */
  readonly lastDay: string | null;
  /** First day on which notice may be given on the ground of sickness alone, or `null`. */
  readonly noticeFrom: string | null;
  /** Counted days needed: the length of two calendar years from day 1 (730 or 731), or the AOW weeks. */
  readonly countedDaysNeeded: number;
  /** Pregnancy-related sick days before the leave, not counted. */
  readonly excludedPregnancyDays: number;
  /** Extensions applied (lid 11). */
  readonly extensionDays: { readonly lateWiaAanvraag: number; readonly vrijwilligeVerlenging: number; readonly loonsanctie: number; readonly total: number };
  /** Last day of the (unextended) wachttijd, for comparison. */
  readonly wachttijdLastDay: string;
  /** `baseLastDay − wachttijdLastDay` in days (positive: the opzegverbod runs longer), or `null`. */
  readonly differenceDays: number | null;
  /** AOW details, or `null`. */
  readonly aow: { readonly aowDate: string; readonly weeks: number; readonly source: string } | null;
  /** Period of 7:669 lid 3 b and c: 26 weeks, or 6 (13 under transitional law) at AOW age. */
  readonly ontslaggrondWeeks: number;
  /** Dates with their basis. */
  readonly dates: readonly LegalDate[];
  /** Articles. */
  readonly legalBasis: readonly LegalRef[];
  /** Summary. */
  readonly explanation: Localized;
  /** Remarks (readings, 7:670a, …). */
  readonly notices: readonly Localized[];
  /**
   * The rules applied, in order, as plain data (issue 10): each date (`opzegverbod.<date id>`) and the
   * summary (`opzegverbod.result`); the explanations are rendered from these steps.
   */
  readonly trace: readonly TraceStep[];
}

const FN = 'computeOpzegverbod';
const M = 'opzegverbod';

/** Two calendar years from day 1, in days; 29 February runs to 1 March (the protective reading). */
function twoYearsDays(first: number): number {
  const s = iso(first);
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  const target = m === 2 && d === 29 ? dayNumberOf(y + 2, 3, 1) : dayNumberOf(y + 2, m, d);
  return target - first;
}

/**
 * Removes pregnancy-related sick days before the leave (BW 7:670 lid 1) from the counted spans.
 *
 * @internal
 */
export function opzegverbodSpans(clock: Clock): { spans: Span[]; excluded: number; openExcluded: boolean } {
  const completedLeaveEnds = clock.leave.map((l) => l.end);
  const excl: { start: number; end: number }[] = [];
  for (const p of clock.periods) {
    if (!p.pregnancyRelated) continue;
    // A pregnancy-related day counts only after a leave period has ended before it.
    const firstAfterLeave = Math.min(...completedLeaveEnds.filter((e) => e >= p.start && e < p.end).map((e) => e + 1), Infinity);
    const before = completedLeaveEnds.some((e) => e < p.start);
    if (before) continue;
    excl.push({ start: p.start, end: Math.min(p.end, firstAfterLeave - 1) });
  }
  const spans: Span[] = [];
  let excluded = 0;
  let openExcluded = false;
  for (const s of clock.spans) {
    let pieces: Span[] = [s];
    for (const e of excl) {
      const next: Span[] = [];
      for (const q of pieces) {
        if (e.end < q.start || e.start > q.end) { next.push(q); continue; }
        const a = Math.max(q.start, e.start);
        const b = Math.min(q.end, e.end);
        if (b === Infinity) openExcluded = true;
        else excluded += b - a + 1;
        if (q.start < a) next.push({ ...q, end: a - 1 });
        if (b < q.end) next.push({ ...q, start: b + 1 });
      }
      pieces = next;
    }
    spans.push(...pieces);
  }
  return { spans, excluded, openExcluded };
}

/**
 * The opzegverbod tijdens ziekte (BW 7:670 lid 1): the employer cannot give notice while the
 * employee is sick, unless the sickness has lasted at least two years — or six weeks at AOW age —
 * with the extensions of lid 11. Its own clock, next to the end of the wachttijd.
 *
 * @remarks
 * - "Twee jaren" are calendar years, not 104 weeks: 730 or 731 counted days from day 1, so the
 *   opzegverbod normally ends two or three days after the wachttijd. Periods join as in samentelling
 *   (< 4 weeks, or around WAZO leave); pregnancy-related sickness **before** the leave and sickness
 *   **during** the leave are not counted — unlike BW 7:629, so the two clocks can diverge.
 * - AOW age (lid 1 a): six weeks (13 for sickness that began 2016-01-01 … 2023-06-30, art VIIIa Wet
 *   werken na de AOW-gerechtigde leeftijd); when sickness began before the AOW date, six weeks from
 *   that date, within the two years. The 26 weeks of 7:669 lid 3 b and c become six (13) weeks too.
 * - Lid 1 b: no opzegverbod when the sickness began after UWV received the permit request.
 * - Lid 11: extended by the delay of a late WIA application, a vrijwillige verlenging and a loonsanctie.
 * - Readings: 29 February + two years = 1 March; a pregnancy-related day counts once a leave period
 *   ended before it. The opzegverbod also lapses under 7:670a lid 1 (loonstop or written warning).
 *
 * @param input - The sick case (with `pregnancyRelated` periods and `wazoLeave`), optional AOW date, permit request and extensions.
 * @returns The last day of the opzegverbod, when notice is possible, and the comparison with the wachttijd.
 * @throws {@link PoortwachterError} for invalid input.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=670 | BW 7:670}
 * @example
 * computeOpzegverbod({ firstSickDay: '2024-01-01' })
 * //=> { lastDay: '2025-12-31', noticeFrom: '2026-01-01', wachttijdLastDay: '2025-12-28', differenceDays: 3, … }
 */
export function computeOpzegverbod(input: OpzegverbodInput): OpzegverbodResult {
  const { p, clock } = openCase(opzegverbodInputSchema, input, FN);
  const first = clock.firstDay;
  const t = new Tracer();
  const notices: Localized[] = [];
  const dates: LegalDate[] = [];
  const ext = extensionDays(p.extensions);
  const wLast = clock.wachttijdLastDay;
  const rule = AOW_DISMISSAL_RULES.find((r) => dn(r.validFrom) <= first && (r.validTo === null || first <= dn(r.validTo)));
  const base = {
    firstSickDay: iso(first), wachttijdLastDay: iso(wLast), extensionDays: Object.freeze(ext),
  };

  if (p.dismissalRequestReceived !== undefined && first > dn(p.dismissalRequestReceived)) {
    return Object.freeze({
      ...base, code: 'geen-opzegverbod-ziekte-na-ontslagaanvraag', applies: false, baseLastDay: null, lastDay: null, noticeFrom: null,
      countedDaysNeeded: 0, excludedPregnancyDays: 0, differenceDays: null, aow: null, ontslaggrondWeeks: N.ontslaggrondWeeks.value,
      dates: Object.freeze([]), legalBasis: Object.freeze([R.BW_670_1B]),
      explanation: summaryStep(t, M, [R.BW_670_1B], 'theSicknessBeganAfterUwvReceived', { first: iso(first), dismissalRequestReceived: p.dismissalRequestReceived }, { applies: false }),
      notices: Object.freeze(notices),
      trace: t.done(),
    } satisfies OpzegverbodResult);
  }

  const { spans, excluded, openExcluded } = opzegverbodSpans(clock);
  const need2y = twoYearsDays(first);
  let needed = need2y;
  let aow: OpzegverbodResult['aow'] = null;
  let ontslaggrondWeeks = N.ontslaggrondWeeks.value;
  let code: OpzegverbodResult['code'] = 'twee-jaren';
  if (excluded > 0 || openExcluded) {
    notices.push(phrase('theyDoNotCountForThe', { excluded: openExcluded ? phrase('pregnancySicknessStillRunning') : phrase('pregnancySicknessDays', { days: excluded }) }));
  }
  let baseLast: number | null = null;
  if (spans.length === 0 || openExcluded) {
    code = 'onbekend-zwangerschap-loopt';
  } else {
    const oc = clockFromModel(spans, clock.periods, clock.leave);
    baseLast = oc.dayOf(need2y);
    if (p.aowDate !== undefined) {
      const aowDay = dn(p.aowDate);
      if (rule === undefined) {
        notices.push(phrase('before2016Bw7670Had'));
      } else if (aowDay <= baseLast) {
        const k0 = aowDay <= first ? 0 : oc.countedThrough(aowDay - 1);
        const aowLast = oc.dayOf(k0 + rule.weeks * 7);
        aow = Object.freeze({ aowDate: p.aowDate, weeks: rule.weeks, source: rule.source });
        ontslaggrondWeeks = rule.weeks;
        if (aowLast < baseLast) {
          baseLast = aowLast;
          needed = k0 + rule.weeks * 7;
          code = 'aow-leeftijd';
        }
      }
    }
  }
  const lastDay = baseLast === null ? null : baseLast + ext.total;
  if (lastDay !== null) {
    endDates(t, { first, lastDay, needed, extension: ext.total, aow, ontslaggrondWeeks,
      basis: code === 'aow-leeftijd' ? nested('weeksAfterAowAge', { weeks: String(aow?.weeks) }) : nested('twoCalendarYears', { need2y }) }, dates);
  }
  dates.push(datedStep(t, M, { id: 'einde-wachttijd', day: wLast, refs: [R.WIA_23_1, R.BW_629_1], message: 'forComparisonTheLastDayOf' }));
  notices.push(phrase('theBanAlsoLapsesAfterA'));

  const legalBasis = [R.BW_670_1, R.BW_670_1A, ...(ext.total > 0 ? [R.BW_670_11] : []), ...(aow === null ? [] : [R.BW_669_3B, R.BW_669_3C])];
  const explanation = lastDay === null
    ? summaryStep(t, M, legalBasis, 'theEndOfTheBanCannot', {}, { lastDay: null })
    : summaryStep(t, M, legalBasis, 'banOnDismissalDuringSicknessThrough', { lastDay: iso(lastDay), wLast: iso(wLast), sign: baseLast! - wLast >= 0 ? '+' : '', difference: baseLast! - wLast },
      { lastDay: iso(lastDay), code });
  return Object.freeze({
    ...base, code, applies: true, baseLastDay: baseLast === null ? null : iso(baseLast), lastDay: lastDay === null ? null : iso(lastDay),
    noticeFrom: lastDay === null ? null : iso(lastDay + 1), countedDaysNeeded: needed, excludedPregnancyDays: excluded,
    differenceDays: baseLast === null ? null : baseLast - wLast, aow, ontslaggrondWeeks,
    dates: sortedDates(dates),
    legalBasis: Object.freeze(legalBasis),
    explanation,
    notices: Object.freeze(notices),
    trace: t.done(),
  });
}

/** The end of the opzegverbod (lid 1 a, extended under lid 11) and the first day notice may be given. */
function endDates(
  t: Tracer, d: { first: number; lastDay: number; needed: number; extension: number; aow: OpzegverbodResult['aow']; ontslaggrondWeeks: number; basis: TraceValue },
  dates: LegalDate[],
): void {
  dates.push(datedStep(t, M, { id: 'einde-opzegverbod', day: d.lastDay, refs: [R.BW_670_1A, ...(d.extension > 0 ? [R.BW_670_11] : [])], message: 'opzegverbodEnd',
    inputs: { firstSickDay: iso(d.first), countedDaysNeeded: d.needed, extensionDays: d.extension, ...(d.aow === null ? {} : { aowDate: d.aow.aowDate }) },
    params: { basis: d.basis, extension: d.extension > 0 ? nested('extendedByDaysLid11', { days: d.extension }) : '' } }));
  dates.push(datedStep(t, M, { id: 'opzeggen-vanaf', day: d.lastDay + 1, refs: [R.BW_670_1A, R.BW_669_3B], message: 'noticeForLongTermSicknessAlso',
    params: { ontslaggrondWeeks: d.ontslaggrondWeeks } }));
}

/**
 * BW 7:670 lid 11: the days the ban on dismissal is extended by (late WIA application, vrijwillige
 * verlenging, loonsanctie), and their total.
 *
 * @param e - The extensions given in the input.
 * @returns The days per cause and the total.
 */
function extensionDays(e: { readonly lateWiaAanvraagDays?: number | undefined; readonly vrijwilligeVerlengingDays?: number | undefined; readonly loonsanctieDays?: number | undefined } | undefined) {
  const ext = {
    lateWiaAanvraag: e?.lateWiaAanvraagDays ?? 0,
    vrijwilligeVerlenging: e?.vrijwilligeVerlengingDays ?? 0,
    loonsanctie: e?.loonsanctieDays ?? 0,
    total: 0,
  };
  ext.total = ext.lateWiaAanvraag + ext.vrijwilligeVerlenging + ext.loonsanctie;
  return ext;
}

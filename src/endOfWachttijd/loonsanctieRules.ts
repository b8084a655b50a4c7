/**
 * The loonsanctie rules that more than one public function answers: the period of at most 52 weeks
 * with WAZO leave (WIA 25 lid 9) and the day before which the 42-week melding must be made for the
 * safe harbour of WIA 64 lid 6. {@link computeLoonsanctie}, {@link computeLateWiaAanvraag} and
 * `auditReIntegratieverslag` call these; none keeps its own copy. (UWV's decision deadline, WIA 25
 * lid 10, is `loonsanctieDecisionDue` in `internal.ts`.)
 *
 * @internal
 * @module
 */
import type { Clock } from './internal.js';
import { WEEK } from './internal.js';
import { END_OF_WACHTTIJD_NORMS as N } from '../law/endOfWachttijdNorms.js';

/** The period of a loonsanctie before any shortening. @internal */
export interface LoonsanctieSpan {
  /** Day number of the first day: the day after `ref`, or after WAZO leave running then. */
  readonly start: number;
  /** Day number of the last day of the full 52 weeks, after interruptions by new leave. */
  readonly maxLast: number;
  /** New leave that interrupted the 52 weeks (day numbers, inclusive). */
  readonly interruptions: readonly { readonly start: number; readonly end: number }[];
}

/**
 * The loonsanctie of at most 52 weeks after the wage period that ends on `ref` (WIA 25 lid 9):
 * it starts the day after `ref`, or "met ingang van de dag waarop dat verlof eindigt" when WAZO
 * leave runs then (third sentence), and new leave interrupts it (fourth sentence).
 *
 * @param ref - Day number of the last day of the wachttijd, or of the period extended under WIA 24 or BW 7:629 lid 11 a.
 * @param leave - WAZO leave periods (day numbers, inclusive).
 * @returns Start, last day of the full 52 weeks and the interruptions.
 * @internal
 */
export function loonsanctieSpan(ref: number, leave: readonly { readonly start: number; readonly end: number }[]): LoonsanctieSpan {
  const sorted = [...leave].sort((a, b) => a.start - b.start);
  let start = ref + 1;
  for (const l of sorted) if (l.start <= start && l.end >= start) start = l.end + 1;
  let remaining = N.loonsanctieMaxWeeks.value * WEEK;
  let cur = start;
  const interruptions: { start: number; end: number }[] = [];
  for (const l of sorted) {
    if (l.end < cur) continue;
    if (l.start > cur) {
      const avail = l.start - cur;
      if (remaining <= avail) break;
      remaining -= avail;
    }
    interruptions.push({ start: Math.max(l.start, cur), end: l.end });
    cur = l.end + 1;
  }
  return { start, maxLast: cur + remaining - 1, interruptions };
}

/**
 * The day on which the wachttijd has lasted 81 weeks (79 before 1 July 2013): the 42-week melding
 * must be made *before* it for the safe harbour of WIA 64 lid 6 ("niet heeft gedaan voor de dag
 * waarop de wachttijd 81 weken heeft geduurd"). Counted sick days, so samentelling and leave apply.
 *
 * @param clock - The sick clock of the case.
 * @returns Day number of that day.
 * @internal
 */
export function ziekmeldingSafeHarbourDay(clock: Clock): number {
  return clock.dayOf(clock.ruleSet.parameters.ziekmeldingSafeHarbourWeek * WEEK);
}

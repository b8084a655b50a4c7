import { fromDayNumber, toDayNumber } from '../calendar/dayNumber.js';
import { traceStep, type TraceStep } from '../engine/trace.js';
import type { Spoor2Facts } from './facts.js';
import { msg, type Spoor2Msg } from './renderStep.js';
import { dayOrNull } from './traceValues.js';

/** The anchor of the 42 days and the dates that follow from it. @internal */
export interface Spoor2Anchor {
  /** The earlier of the date held and the due date; undefined when unknown. */
  readonly anchor: number | undefined;
  /** Date the eerstejaarsevaluatie was held, if given. */
  readonly heldDay: number | undefined;
  /** The evaluation is not held yet and its due date is still to come (or `asOf` is unknown). */
  readonly provisional: boolean;
  /** Anchor + 42 days. */
  readonly regular: number | undefined;
  /** Due date + 42 days. */
  readonly latest: number | undefined;
  /** The step `spoor2.deadline.anchor`. */
  readonly step: TraceStep;
}

/**
 * The message naming the anchor: the `which` part of the deadline text, or the whole text when
 * there is no anchor.
 */
function anchorMsg(f: Spoor2Facts, anchor: number | undefined, held: number | undefined, provisional: boolean, n: number): Spoor2Msg {
  if (f.ejeDue === undefined) return msg('assess.without-the-first-sick-day');
  const due = fromDayNumber(f.ejeDue);
  if (anchor === undefined) return msg('assess.the-first-year-evaluation-was', { due, n: fromDayNumber(f.ejeDue + n), n2: n, rs: f.ruleSet.id });
  if (held === undefined) return msg('assess.the-due-date-of-the', { due, part: msg(provisional ? 'assess.due-provisional-part' : 'assess.due-not-held-part') });
  return held <= f.ejeDue
    ? msg('assess.the-date-the-first-year', { held: fromDayNumber(held), due })
    : msg('assess.the-due-date-of-the-2', { due, held: fromDayNumber(held) });
}

/**
 * The anchor of the spoor-2 term: the earlier of the date the eerstejaarsevaluatie was held and its
 * due date (counted sick day 364) — a late evaluation buys no time (docs/sources.md §12 item 1).
 * Not held: the due date, provisional while it is still to come. Nothing said: unknown.
 *
 * @param f - The spoor-2 facts.
 * @returns The anchor, the regular and latest required-by days, and its trace step.
 * @internal
 */
export function assessAnchor(f: Spoor2Facts): Spoor2Anchor {
  const n = f.ruleSet.parameters.spoor2DaysAfterEerstejaarsevaluatie;
  const eje = f.input.eerstejaarsevaluatie;
  const heldDay = eje?.held === true && eje.date !== undefined ? toDayNumber(eje.date) : undefined;
  const missing: string[] = [];
  let anchor: number | undefined;
  let provisional = false;
  if (f.ejeDue === undefined) missing.push('firstSickDay');
  else if (heldDay !== undefined) anchor = Math.min(heldDay, f.ejeDue);
  else if (eje?.held === false) {
    anchor = f.ejeDue;
    provisional = f.asOf === undefined || f.asOf < f.ejeDue;
  } else missing.push(eje === undefined ? 'eerstejaarsevaluatie' : 'eerstejaarsevaluatie.date');
  const regular = anchor === undefined ? undefined : anchor + n;
  const latest = f.ejeDue === undefined ? undefined : f.ejeDue + n;
  const step = traceStep({
    rule: 'spoor2.deadline.anchor', refs: ['WWP_SPOOR2', 'RPE_4_2B'], outcome: anchor === undefined ? 'unknown' : 'computed',
    inputs: { eerstejaarsevaluatieDue: dayOrNull(f.ejeDue), held: eje?.held ?? null, heldOn: dayOrNull(heldDay) },
    outputs: { anchor: dayOrNull(anchor), provisional }, missingFacts: missing,
    ...anchorMsg(f, anchor, heldDay, provisional, n),
  });
  return { anchor, heldDay, provisional, regular, latest, step };
}

/**
 * The message of the deadline's explanation: the regular required-by date and its anchor, and how
 * an exception moved it.
 *
 * @internal
 */
export function deadlineMsg(f: Spoor2Facts, a: Spoor2Anchor, effective: number | undefined): Spoor2Msg {
  const n = f.ruleSet.parameters.spoor2DaysAfterEerstejaarsevaluatie;
  if (a.regular === undefined) return { message: a.step.message as Spoor2Msg['message'], params: a.step.params };
  const ext = effective === undefined || effective === a.regular ? msg('assess.text')
    : Number.isFinite(effective) ? msg('assess.an-exception-that-held-on', { effective: fromDayNumber(effective), n })
      : msg('assess.an-open-ended-exception-holds');
  const which = { message: a.step.message, params: a.step.params };
  return msg('assess.track-2-must-start-by', { regular: fromDayNumber(a.regular), n, which, rs: f.ruleSet.id, ext });
}

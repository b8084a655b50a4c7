import { toDayNumber } from '../calendar/dayNumber.js';
import { traceStep, type TraceStep } from '../engine/trace.js';
import type { Answer } from '../vocabulary/index.js';
import { addCalendarMonths } from './calendarMonths.js';
import type { Spoor2Facts } from './facts.js';
import { OPEN_CONDITION_TEXTS } from './messages.js';
import { msg, type Spoor2Msg } from './renderStep.js';
import { outcomeOf } from './traceValues.js';

/** The two conditions of BW 7:658a lid 1 on `asOf`. @internal */
export interface Spoor2DutyConditions {
  /** It is settled that the employee cannot do his own work any more. */
  readonly ownWorkLost: Answer;
  /** There is no other passend werk in the own organisation. */
  readonly noPassendWerkOwnOrganisation: Answer;
  /** Both hold (`yes`), one fails (`no`), or not settled (`unknown`). */
  readonly duty: Answer;
  /** Facts that would settle an `unknown` own-work condition. */
  readonly ownMissing: readonly string[];
  /** Facts that would settle an `unknown` passend-werk condition. */
  readonly otherMissing: readonly string[];
  /** A concrete structural perspective given before the eerstejaarsevaluatie (the passend-werk condition fails). */
  readonly earlyPerspective: boolean;
  /** The message of the passend-werk condition. */
  readonly otherMsg: Spoor2Msg;
  /** The message that explains the duty (rendered in the status text). */
  readonly msg: Spoor2Msg;
}

/** Own work (or adapted own work: 'partly') still possible, or recovery expected: not settled that it is lost. */
function ownWorkLost(f: Spoor2Facts, statement: boolean): Answer {
  const ba = f.input.bedrijfsarts;
  const ad = f.input.arbeidsdeskundige;
  if (ad?.ownWorkPossible === 'yes' || ad?.ownWorkPossible === 'partly' || ba?.ownWorkPossible === 'yes' || ba?.ownWorkPossible === 'partly' || ba?.prognosis === 'recovery') return 'no';
  if (ad?.ownWorkPossible === 'no' || (ba?.ownWorkPossible === 'no' && ba.prognosis === 'no-improvement') || statement) return 'yes';
  return 'unknown';
}

/** A concrete structural perspective, given before the anchor, of return within the months of the rule set (and not yet past). */
function earlyPerspectiveOf(f: Spoor2Facts, anchor: number | undefined): boolean {
  const p = f.input.perspective;
  const months = f.ruleSet.parameters.spoor2PerspectiveMonths;
  return p !== undefined && p.realisedOn === undefined && p.concrete === true && p.structural === true &&
    p.assessedOn !== undefined && p.expectedReturnDate !== undefined && anchor !== undefined && toDayNumber(p.assessedOn) < anchor &&
    toDayNumber(p.expectedReturnDate) <= addCalendarMonths(toDayNumber(p.assessedOn), months) &&
    (f.asOf === undefined || f.asOf <= toDayNumber(p.expectedReturnDate));
}

function otherMsgOf(f: Spoor2Facts, other: Answer, early: boolean): Spoor2Msg {
  if (other === 'yes') return msg('step.no-passend-werk-met');
  if (other === 'unknown') return msg('step.no-passend-werk-unknown');
  return early ? msg('duty.early-perspective', { date: f.input.perspective!.expectedReturnDate! }) : msg('duty.passend-werk-available');
}

function dutyMsg(own: Answer, other: Answer, otherMsg: Spoor2Msg): Spoor2Msg {
  if (own === 'no') return msg('duty.own-work-not-lost');
  if (other === 'no') return otherMsg;
  if (own === 'yes' && other === 'yes') return msg('duty.conditions-hold');
  const open = (l: 'nl' | 'en'): string => [own === 'unknown' ? OPEN_CONDITION_TEXTS[l].own : '', other === 'unknown' ? OPEN_CONDITION_TEXTS[l].other : '']
    .filter((x) => x !== '').join(OPEN_CONDITION_TEXTS[l].and);
  return msg('duty.conditions-open', { text: { nl: open('nl'), en: open('en') } });
}

/**
 * BW 7:658a lid 1: the duty to promote passende arbeid with another employer arises only when it is
 * settled that the own work can no longer be done AND there is no other passende arbeid in the own
 * organisation. A recorded statement that spoor 1 is not possible settles both; a condition that
 * clearly fails (recovery in the own work expected; passend werk in the own organisation available,
 * or a concrete structural perspective given before the eerstejaarsevaluatie) means no duty.
 *
 * @param f - The spoor-2 facts.
 * @param anchor - The anchor of the term, if known.
 * @returns Both conditions, the duty, the facts that would settle them and the message that explains it.
 * @internal
 */
export function assessDutyConditions(f: Spoor2Facts, anchor: number | undefined): Spoor2DutyConditions {
  const ba = f.input.bedrijfsarts;
  const ad = f.input.arbeidsdeskundige;
  const statement = f.input.activities?.spoor1NotPossibleStatementOn !== undefined;
  const own = ownWorkLost(f, statement);
  const early = earlyPerspectiveOf(f, anchor);
  const other: Answer = ad?.passendWerkOwnOrganisation === 'available' || early ? 'no'
    : ad?.passendWerkOwnOrganisation === 'not-available' || statement ? 'yes' : 'unknown';
  const ownMissing: string[] = [];
  if (own === 'unknown') {
    if (ba?.ownWorkPossible === undefined) ownMissing.push('bedrijfsarts.ownWorkPossible');
    if (ba?.prognosis === undefined) ownMissing.push('bedrijfsarts.prognosis');
    // Any answer of the arbeidsdeskundige settles the condition, so here it is always missing.
    ownMissing.push('arbeidsdeskundige.ownWorkPossible');
  }
  const otherMissing = other === 'unknown' ? ['arbeidsdeskundige.passendWerkOwnOrganisation'] : [];
  const duty: Answer = own === 'no' || other === 'no' ? 'no' : own === 'yes' && other === 'yes' ? 'yes' : 'unknown';
  const otherMsg = otherMsgOf(f, other, early);
  const m = dutyMsg(own, other, otherMsg);
  return { ownWorkLost: own, noPassendWerkOwnOrganisation: other, duty, ownMissing, otherMissing, earlyPerspective: early, otherMsg, msg: m };
}

/**
 * The steps of BW 7:658a lid 1: each condition, then the duty. A condition's missing facts count
 * only where the status turns on the conditions (`unknown` because they are not settled).
 *
 * @internal
 */
export function dutyConditionSteps(c: Spoor2DutyConditions, missingCounts: boolean): TraceStep[] {
  const refs = ['BW_658A_1'];
  return [
    traceStep({
      rule: 'spoor2.condition.own-work-lost', refs, outcome: outcomeOf(c.ownWorkLost), outputs: { answer: c.ownWorkLost },
      missingFacts: missingCounts ? c.ownMissing : [],
      ...msg(c.ownWorkLost === 'yes' ? 'step.own-work-lost-met' : c.ownWorkLost === 'no' ? 'duty.own-work-not-lost' : 'step.own-work-lost-unknown'),
    }),
    traceStep({
      rule: 'spoor2.condition.no-passend-werk-own-organisation', refs, outcome: outcomeOf(c.noPassendWerkOwnOrganisation),
      outputs: { answer: c.noPassendWerkOwnOrganisation, earlyPerspective: c.earlyPerspective },
      missingFacts: missingCounts ? c.otherMissing : [],
      ...c.otherMsg,
    }),
    traceStep({ rule: 'spoor2.condition.duty', refs, outcome: outcomeOf(c.duty), outputs: { duty: c.duty }, ...c.msg }),
  ];
}

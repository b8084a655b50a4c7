import { fromDayNumber } from '../calendar/dayNumber.js';
import { missingFactsOf, traceStep, type TraceStep } from '../engine/trace.js';
import type { Localized } from '../i18n/types.js';
import { localize } from '../i18n/types.js';
import type { LegalRef } from '../legal/LegalRef.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import type { Answer } from '../vocabulary/index.js';
import { assessAnchor, deadlineMsg, type Spoor2Anchor } from './anchor.js';
import { assessDutyConditions, dutyConditionSteps, type Spoor2DutyConditions } from './dutyConditions.js';
import { assessEarlyStart, earlyStartStep } from './earlyStart.js';
import { exceptionResults, requiredByAfterExceptions } from './exceptionResults.js';
import { evaluateExceptions, type RawException } from './exceptions.js';
import type { Spoor2Facts } from './facts.js';
import { ASSESS_TEXTS } from './messages.js';
import { renderMsg, renderStep } from './renderStep.js';
import { assessStart } from './start.js';
import { DEADLINE_BASIS, decideStatus, type Spoor2StatusDecision } from './status.js';
import { dayOrNull } from './traceValues.js';
import type { Spoor2Activities, Spoor2Deadline, Spoor2EarlyStart, Spoor2ExceptionResult, Spoor2Status } from './types.js';

export type { Spoor2DutyConditions } from './dutyConditions.js';

/** The core of the check: deadline, exceptions, start, early start and status. @internal */
export interface Spoor2Assessment {
  readonly deadline: Spoor2Deadline;
  readonly anchor: number | undefined;
  /** Effective required-by day; `Infinity` while an open-ended exception covers it; undefined when unknown. */
  readonly requiredBy: number | undefined;
  /** The latest possible required-by day (from the due date, after exceptions), for when the anchor is unknown. */
  readonly upper: number | undefined;
  readonly exceptions: readonly Spoor2ExceptionResult[];
  readonly rawExceptions: readonly RawException[];
  readonly started: Answer;
  readonly startDay: number | undefined;
  readonly startBasis: keyof Spoor2Activities | null;
  readonly onTime: Answer;
  readonly earlyStart: Spoor2EarlyStart;
  readonly status: Spoor2Status;
  readonly statusExplanation: Localized;
  readonly legalBasis: readonly LegalRef[];
  /** The facts still needed: {@link missingFactsOf} the trace. */
  readonly missingFacts: readonly string[];
  readonly notices: readonly Localized[];
  /** The two conditions of BW 7:658a lid 1. */
  readonly conditions: Spoor2DutyConditions;
  /** The steps applied, in order: anchor, exceptions, start, early start, conditions, status, required-by date. */
  readonly trace: readonly TraceStep[];
}

/** The deadline as published, and the step `spoor2.deadline.required-by` its explanation is rendered from. */
function buildDeadline(f: Spoor2Facts, a: Spoor2Anchor, requiredBy: number | undefined, upper: number | undefined,
  d: Spoor2StatusDecision): { deadline: Spoor2Deadline; step: TraceStep } {
  const held = d.status === 'exempt' || d.status === 'postponed';
  const regularRequiredBy = a.regular === undefined ? (d.earlyProvisional ? dayOrNull(a.latest) : null) : fromDayNumber(a.regular);
  // An exception is not a deadline: while one holds there is none (its lapse carries the date).
  const req = held ? null : d.earlyProvisional ? dayOrNull(upper) : dayOrNull(requiredBy);
  const provisional = a.provisional || d.earlyProvisional;
  const step = traceStep({
    rule: 'spoor2.deadline.required-by', refs: legalKeysOf(DEADLINE_BASIS), outcome: req === null ? 'unknown' : 'computed',
    inputs: { anchor: dayOrNull(a.anchor) },
    outputs: { regularRequiredBy, latestRequiredBy: dayOrNull(a.latest), requiredBy: req, provisional },
    ...deadlineMsg(f, a, requiredBy),
  });
  const deadline: Spoor2Deadline = Object.freeze({
    eerstejaarsevaluatieDue: dayOrNull(f.ejeDue),
    eerstejaarsevaluatieHeld: dayOrNull(a.heldDay),
    anchor: dayOrNull(a.anchor),
    regularRequiredBy,
    latestRequiredBy: dayOrNull(a.latest),
    provisional,
    requiredBy: req,
    normKind: 'practice',
    legalBasis: DEADLINE_BASIS,
    explanation: renderStep(step),
  });
  return { deadline, step };
}

/** The step `spoor2.status`. */
function statusStep(d: Spoor2StatusDecision): TraceStep {
  return traceStep({
    rule: 'spoor2.status', refs: legalKeysOf(d.legalBasis), outcome: d.status === 'unknown' ? 'unknown' : 'computed',
    outputs: { status: d.status }, missingFacts: d.missing, ...d.msg,
  });
}

/**
 * Runs the core assessment: the anchor of the 42 days, the exceptions and the required-by date
 * after them, the start, the early start, the conditions of BW 7:658a lid 1 and the status. Each
 * rule records its step; the missing facts are those of the steps.
 *
 * @param f - The spoor-2 facts.
 * @returns The assessment with its trace.
 * @internal
 */
export function assessSpoor2(f: Spoor2Facts): Spoor2Assessment {
  const N = f.ruleSet.parameters.spoor2DaysAfterEerstejaarsevaluatie;
  const a = assessAnchor(f);
  const raw = evaluateExceptions(f, a.anchor);
  const requiredBy = a.anchor === undefined ? undefined : requiredByAfterExceptions(raw, a.anchor, N);
  const upper = f.ejeDue === undefined ? undefined : requiredByAfterExceptions(raw, f.ejeDue, N);
  const ex = exceptionResults(raw, a.anchor, requiredBy, f.asOf);
  const start = assessStart(f, a.anchor, a.regular, requiredBy, upper);
  const early = assessEarlyStart(f);
  const cond = assessDutyConditions(f, a.anchor);
  const d = decideStatus({ f, a, requiredBy, upper, start, early, cond, exceptions: ex.results, exceptionMsgs: ex.msgs });
  const { deadline, step: deadlineStep } = buildDeadline(f, a, requiredBy, upper, d);
  const status = statusStep(d);
  const trace = Object.freeze([
    a.step, ...ex.steps, start.step, earlyStartStep(early, d.earlyMissing), ...dutyConditionSteps(cond, d.conditionsMissing),
    status, deadlineStep,
  ]);
  const notices: Localized[] = [];
  if (f.input.exceptions === undefined && f.input.perspective === undefined) notices.push(localize(ASSESS_TEXTS, 'no-exception-reported-no-capacity'));
  if (d.notice !== undefined) notices.push(renderMsg(d.notice));
  return {
    deadline, anchor: a.anchor, requiredBy, upper, exceptions: ex.results, rawExceptions: raw,
    started: start.started, startDay: start.day, startBasis: start.basis, onTime: start.onTime,
    earlyStart: Object.freeze({ allowed: true, expected: early.expected, indications: early.indications, legalBasis: early.legalBasis }),
    status: d.status, statusExplanation: renderStep(status), legalBasis: d.legalBasis, missingFacts: missingFactsOf(trace), notices,
    conditions: cond, trace,
  };
}

/**
 * The trace of a timeline (issue 10): one step per rule applied — the samentelling, the rule set, one
 * step per milestone (`timeline.<id>`, in the milestones' order), WIA 64 lid 6, the AOW age and
 * whether the wachttijd has ended. Built only when `timeline.trace` is read or serialised.
 *
 * @internal
 * @packageDocumentation
 */
import { fromDayNumber } from '../calendar/dayNumber.js';
import { traceStep, type TraceOutcome, type TraceStep } from '../engine/trace.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import { LEGAL_REFS } from '../legal/references.js';
import type { RuleSet } from '../law/ruleSets.js';
import type { Samentelling } from '../sickness/types.js';
import type { Note } from './draft.js';
import { LazyExplanation } from './explanation.js';
import type { AowOutcome, Milestone, Timeline } from './types.js';
import type { WachttijdEnd } from './wachttijdEnded.js';

/** What WIA 64 lid 6 came to, when the employee received UWV's letter (events['wia-brief-uwv']). @internal */
export interface Wia64Lid6Outcome {
  readonly outcome: TraceOutcome;
  readonly brief: string;
  readonly briefDue: string;
  readonly ziekmeldingDone: string | null;
  readonly harbour: string | null;
  readonly note: Note;
}

/** The AOW age as applied: the note of its explanation or notice. @internal */
export interface AowApplied {
  readonly aowDate: string;
  readonly outcome: AowOutcome | null;
  readonly note: Note;
}

/** What the trace is built from: values computeTimeline already has. @internal */
export interface TimelineTraceSource {
  readonly samentelling: Samentelling;
  readonly sickPeriods: number;
  readonly ruleSet: RuleSet;
  readonly wachttijdLast: number;
  readonly milestones: readonly Milestone[];
  readonly wia64Lid6: Wia64Lid6Outcome | null;
  readonly aow: AowApplied | null;
  readonly asOf: string | null;
  readonly wachttijdEnded: WachttijdEnd | null;
}

const TRANSITION_2013 = '2013-07-01';
const AOW_REFS = Object.freeze(legalKeysOf([LEGAL_REFS.BW_629_2B, LEGAL_REFS.WIA_43G]));
const WIA_64_6_REFS = Object.freeze(legalKeysOf([LEGAL_REFS.WIA_64_6]));

/**
 * The steps of a timeline, in the order computeTimeline applies its rules.
 *
 * @param s - The values the steps are made of.
 * @returns The frozen trace.
 * @example
 * computeTimeline({ firstSickDay: '2024-01-01' }).trace.map((s) => s.rule)
 * //=> ['timeline.samentelling', 'timeline.rule-set', 'timeline.probleemanalyse', …, 'timeline.wia-ingang']
 * @internal
 */
export function timelineTrace(s: TimelineTraceSource): readonly TraceStep[] {
  const steps: TraceStep[] = [samentellingStep(s), ruleSetStep(s)];
  for (const m of s.milestones) if (m.explanation instanceof LazyExplanation) steps.push(m.explanation.step());
  if (s.wia64Lid6 !== null) steps.push(wia64Lid6Step(s.wia64Lid6));
  if (s.aow !== null) steps.push(aowStep(s.aow));
  if (s.asOf !== null && s.wachttijdEnded !== null) steps.push(wachttijdEndedStep(s.asOf, s.wachttijdEnded, s.samentelling));
  return Object.freeze(steps);
}

function samentellingStep(s: TimelineTraceSource): TraceStep {
  const t = s.samentelling;
  return traceStep({
    rule: 'timeline.samentelling', refs: legalKeysOf(t.legalBasis), outcome: 'computed',
    inputs: { sickPeriods: s.sickPeriods },
    outputs: { firstSickDay: t.firstSickDay, periods: t.periods.length, lastSickDay: t.lastSickDay },
    message: 'trace-samentelling', params: { firstSickDay: t.firstSickDay, periods: t.periods.length },
  });
}

function ruleSetStep(s: TimelineTraceSource): TraceStep {
  const last = fromDayNumber(s.wachttijdLast);
  return traceStep({
    rule: 'timeline.rule-set', refs: legalKeysOf(s.ruleSet.legalBasis), outcome: 'computed',
    inputs: { wachttijdLastDay: last, transitionDate: TRANSITION_2013 },
    outputs: { ruleSet: s.ruleSet.id },
    message: 'trace-rule-set', params: { ruleSet: s.ruleSet.id, wachttijdLastDay: last },
  });
}

function wia64Lid6Step(w: Wia64Lid6Outcome): TraceStep {
  return traceStep({
    rule: 'timeline.wia-64-6', refs: WIA_64_6_REFS, outcome: w.outcome,
    inputs: { brief: w.brief, briefDue: w.briefDue, ziekmeldingDone: w.ziekmeldingDone },
    outputs: { harbour: w.harbour },
    missingFacts: w.outcome === 'unknown' ? ['events.ziekmelding-uwv'] : [],
    message: w.note.key, params: w.note.params,
  });
}

function aowStep(a: AowApplied): TraceStep {
  const o = a.outcome;
  return traceStep({
    rule: 'timeline.aow-age', refs: AOW_REFS, outcome: o === null ? 'not-met' : 'met',
    inputs: { aowDate: a.aowDate },
    outputs: o === null ? { wiaPossible: true } : { wageWeeks: o.wageWeeks, wageLastDay: o.wageLastDay, wiaPossible: o.wiaPossible },
    message: a.note.key, params: a.note.params,
  });
}

function wachttijdEndedStep(asOf: string, w: WachttijdEnd, t: Samentelling): TraceStep {
  return traceStep({
    rule: 'timeline.wachttijd-ended', refs: legalKeysOf(w.legalBasis), outcome: w.ended ? 'met' : 'not-met',
    inputs: { asOf, lastSickDay: t.lastSickDay },
    outputs: { ended: w.ended, reason: w.reason, endedOn: w.endedOn, finalFrom: w.finalFrom },
    message: w.ended ? 'trace-wachttijd-ended' : 'trace-wachttijd-running',
    params: w.ended ? { endedOn: w.endedOn!, reason: w.reason! } : { asOf },
  });
}

/**
 * A timeline with steps appended to its trace, every other field as it was (for
 * applyEndOfWachttijdEvents, which returns a timeline too: its rules add their steps after
 * computeTimeline's). A spread leaves a library timeline's lazy trace out, so pass the trace to
 * continue as `before` when `timeline` is already a copy: `withTraceSteps({ ...t, milestones }, steps, t.trace)`.
 * A timeline without a trace (hand-made, deserialised) gets only these steps.
 *
 * @param timeline - A timeline (a library timeline or a plain object).
 * @param steps - The steps to append.
 * @param before - The trace to append to; default `timeline.trace`.
 * @returns A new plain timeline (spread, `trace` last); `timeline` is not changed.
 * @example
 * withTraceSteps(timeline, [traceStep({ rule: 'timeline.loonsanctie', refs: ['WIA_25_9'], outcome: 'computed', message: '…' })])
 * @internal
 */
export function withTraceSteps<T extends Timeline>(timeline: T, steps: readonly TraceStep[], before: readonly TraceStep[] | undefined = timeline.trace): T {
  const { trace: _, ...fields } = timeline as T & { readonly trace?: unknown };
  return { ...fields, trace: Object.freeze([...(Array.isArray(before) ? before : []), ...steps]) } as unknown as T;
}

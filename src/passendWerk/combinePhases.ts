import { missingFactsOf, traceStep, type TraceOutcome, type TraceStep, type TraceValue } from '../engine/trace.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import type { AssessedCriterion } from './assessCriteria.js';
import { PASSEND_WERK_REFS as R } from './legalRefs.js';
import { join, type PassendWerkMessageKey } from './messages.js';
import { renderMessage, type MessageRef } from './renderStep.js';
import type { PassendWerkCriterionResult, PassendWerkPhaseId, PassendWerkResult, PassendWerkVerdict } from './types.js';

/** The verdict of one phase's criteria, with what decides it. @internal */
export interface PhaseVerdict {
  readonly verdict: PassendWerkVerdict;
  /** Knock-outs not met. */
  readonly failed: readonly PassendWerkCriterionResult[];
  /** Knock-outs unknown. */
  readonly unknown: readonly PassendWerkCriterionResult[];
  /** Missing facts of the unknown knock-outs (empty unless the verdict is `'unknown'`). */
  readonly missingFacts: readonly string[];
  /** Factors to weigh that are not met. */
  readonly weighingFlags: readonly PassendWerkCriterionResult['criterion'][];
  /** The step of the verdict: the combination of the knock-outs; its `missingFacts` are {@link missingFacts}. */
  readonly step: TraceStep;
}

/** The provisions behind the verdict on the knock-outs. */
const VERDICT_REFS = legalKeysOf([R.BW_658A_4, R.BW_658A_1]);

/** Trace outcome of a verdict: `met` for passend, `not-met` for niet passend. @internal */
export function verdictOutcome(v: PassendWerkVerdict): TraceOutcome {
  return v === 'passend' ? 'met' : v === 'niet-passend' ? 'not-met' : 'unknown';
}

/** The parts of a verdict step; the message key is the verdict reason's (or `verdict-fase-onbekend`). @internal */
export interface VerdictStepInit {
  readonly rule: string;
  readonly verdict: PassendWerkVerdict;
  readonly reason: PassendWerkResult['verdictReason'];
  readonly inputs: { readonly [name: string]: TraceValue };
  readonly missingFacts: readonly string[];
  readonly params: { readonly [name: string]: TraceValue };
}

/** A step of the combination of the knock-outs into a verdict. @internal */
export function verdictStep(init: VerdictStepInit): TraceStep {
  const message: PassendWerkMessageKey = init.reason === 'fase-onbekend' ? 'verdict-fase-onbekend' : init.reason;
  return traceStep({
    rule: init.rule, refs: VERDICT_REFS, outcome: verdictOutcome(init.verdict), inputs: init.inputs,
    outputs: { verdict: init.verdict, verdictReason: init.reason }, missingFacts: init.missingFacts, message, params: init.params,
  });
}

/** The reason of a one-phase verdict. @internal */
export function reasonOf(verdict: PassendWerkVerdict): Exclude<PassendWerkResult['verdictReason'], 'fase-onbekend'> {
  return verdict === 'niet-passend' ? 'knock-out-niet-voldaan' : verdict === 'unknown' ? 'knock-out-onbekend' : 'alle-knock-outs-voldaan';
}

/**
 * The verdict from one phase's criteria: `'niet-passend'` when a knock-out is not met, else
 * `'unknown'` when a knock-out is unknown, else `'passend'`. Its missing facts are those of the
 * unknown knock-outs' steps ({@link missingFactsOf}).
 *
 * @param criteria - The phase's assessed criteria.
 * @param phase - The phase they were assessed for.
 * @param rule - Rule id of the verdict step (`'passendWerk.verdict'`, or per phase when the phase is unknown).
 * @internal
 */
export function verdictOf(criteria: readonly AssessedCriterion[], phase: PassendWerkPhaseId, rule = 'passendWerk.verdict'): PhaseVerdict {
  const knockOuts = criteria.filter((c) => c.result.knockOut);
  const failed = knockOuts.filter((c) => c.result.status === 'not-met');
  const unknown = knockOuts.filter((c) => c.result.status === 'unknown');
  const verdict: PassendWerkVerdict = failed.length > 0 ? 'niet-passend' : unknown.length > 0 ? 'unknown' : 'passend';
  const missingFacts = verdict === 'unknown' ? missingFactsOf(unknown.map((c) => c.steps[0]!)) : [];
  const reason = reasonOf(verdict);
  const params = verdict === 'niet-passend' ? { criteria: failed.map((c) => c.result.criterion) }
    : verdict === 'unknown' ? { criteria: unknown.map((c) => c.result.criterion), facts: missingFacts } : {};
  return {
    verdict,
    failed: failed.map((c) => c.result),
    unknown: unknown.map((c) => c.result),
    missingFacts,
    weighingFlags: criteria.filter((c) => !c.result.knockOut && c.result.status === 'not-met').map((c) => c.result.criterion),
    step: verdictStep({ rule, verdict, reason, inputs: { phase }, missingFacts, params }),
  };
}

/** The step of the factors to weigh that are not met (`weegpunten`), or none. @internal */
export function weighingSteps(flags: readonly PassendWerkCriterionResult['criterion'][]): TraceStep[] {
  if (flags.length === 0) return [];
  return [traceStep({
    rule: 'passendWerk.weighing', refs: legalKeysOf([R.BBP_8]), outcome: 'computed',
    outputs: { weighingFlags: [...flags] }, message: 'weegpunten', params: { criteria: [...flags] },
  })];
}

/** Verdict words for texts, as a message of the catalogue. @internal */
export function verdictLabel(v: PassendWerkVerdict): MessageRef {
  return { message: v === 'passend' ? 'oordeel-passend' : v === 'niet-passend' ? 'oordeel-niet-passend' : 'oordeel-onbekend', params: {} };
}

/** A step as a message reference (its message and params), for use inside another step's params. */
const refOf = (s: TraceStep): MessageRef => ({ message: s.message, params: s.params });

/**
 * One criterion with the phase unknown, from its assessment in the first half year (`first`) and
 * after it (`after`). A criterion with the same role in both phases (functional capacity, personal
 * reasons, work experience) is reported as assessed. A criterion that is a knock-out only in the
 * first half year is reported as no knock-out (it cannot decide on its own while the phase is
 * unknown), with the status both phases agree on, or `'unknown'` (reason `'hangt-af-van-fase'`,
 * missing the phase facts) when they differ; its norm is the first half year's (the stricter).
 *
 * @returns The merged result and the steps of the merge (none when the roles agree).
 * @internal
 */
export function mergeCriterion(first: AssessedCriterion, after: AssessedCriterion, phaseFacts: readonly string[]): AssessedCriterion {
  const f = first.result;
  const a = after.result;
  if (f.knockOut === a.knockOut) return { result: f, steps: [] };
  const agree = f.status === a.status;
  const rule = `passendWerk.criterion.${f.criterion}.phase-unknown`;
  const perPhase = traceStep({
    rule, refs: first.steps[0]!.refs, outcome: agree ? f.status : 'unknown', inputs: { first: f.status, after: a.status },
    outputs: { status: agree ? f.status : 'unknown' }, missingFacts: missingFactsOf([first.steps[0]!, after.steps[0]!]),
    message: 'criterium-per-fase', params: { first: first.steps.map(refOf), after: after.steps.map(refOf) },
  });
  const steps = agree ? [perPhase] : [traceStep({
    rule: `${rule}.depends`, refs: [], outcome: 'unknown', inputs: { first: f.status, after: a.status },
    missingFacts: phaseFacts, message: 'hangt-af-van-fase',
  }), perPhase];
  const legalBasis = [...f.legalBasis];
  for (const ref of a.legalBasis) if (!legalBasis.some((r) => r.id === ref.id)) legalBasis.push(ref);
  const result: PassendWerkCriterionResult = Object.freeze({
    criterion: f.criterion,
    status: agree ? f.status : 'unknown',
    reason: agree ? f.reason : 'hangt-af-van-fase',
    legalBasis: Object.freeze(legalBasis),
    normSource: f.normSource,
    knockOut: false,
    knockOutPhases: f.knockOutPhases,
    norm: f.norm,
    observed: f.observed ?? a.observed,
    missingFacts: Object.freeze(missingFactsOf(steps)),
    // The per-phase texts are the phases' criterion explanations, already rendered from their steps.
    explanation: join(...steps.map((st) => renderMessage(st, { first: f.explanation, after: a.explanation }))),
  });
  return { result, steps };
}

/**
 * One trace, the same in every module (issue 10): a result records each rule it applied as a
 * {@link TraceStep} — plain data, no prose — the way helse-spleis records a `Subsumsjon` and
 * OpenFisca's tracer records each computation. Explanations are rendered from steps, and a result's
 * `missingFacts` is {@link missingFactsOf} its trace (publicodes' `missingVariables`): nobody lists
 * missing facts by hand.
 *
 * @module
 */
import type { LegalProvisionKey } from '../legal/catalogue.js';

/**
 * The outcome of one rule: `computed` for a rule that yields a value (a date, a number), `met` /
 * `not-met` for a condition or criterion, `unknown` when the facts given do not settle it.
 *
 * @category Trace
 */
export type TraceOutcome = 'computed' | 'met' | 'not-met' | 'unknown';

/** The values of {@link TraceOutcome}, in a stable order. @category Trace */
export const TRACE_OUTCOMES: readonly TraceOutcome[] = Object.freeze(['computed', 'met', 'not-met', 'unknown'] as const);

/** A value a trace step records: plain JSON data. @category Trace */
export type TraceValue = string | number | boolean | null | readonly TraceValue[] | { readonly [key: string]: TraceValue };

/**
 * One rule applied: which rule, on which articles, with what outcome, from which facts to which result.
 *
 * @example
 * const step: TraceStep = {
 *   rule: 'timeline.plan-van-aanpak', refs: ['RPE_4_1'], outcome: 'computed',
 *   inputs: { probleemanalyse: '2025-03-03' }, outputs: { due: '2025-03-17' },
 *   missingFacts: [], message: 'explain-anchored', params: { days: 14 },
 * };
 * @category Trace
 */
export interface TraceStep {
  /** Stable id of the rule, `<module>.<rule>` (e.g. `'timeline.plan-van-aanpak'`, `'spoor2.condition.duty'`). */
  readonly rule: string;
  /** The provisions applied: keys of the legal catalogue (`LEGAL_CATALOGUE`). */
  readonly refs: readonly string[];
  /** What the rule came to. */
  readonly outcome: TraceOutcome;
  /** The facts the rule read, by name. */
  readonly inputs: { readonly [name: string]: TraceValue };
  /** What the rule produced, by name. */
  readonly outputs: { readonly [name: string]: TraceValue };
  /** Facts the rule needed and did not get (paths in the input, e.g. `'events.eerstejaarsevaluatie'`). */
  readonly missingFacts: readonly string[];
  /** Key of the message (in the module's catalogue) that renders this step. */
  readonly message: string;
  /** Values for the message's placeholders. */
  readonly params: { readonly [name: string]: TraceValue };
}

const NONE: readonly string[] = Object.freeze([]);
const EMPTY: { readonly [name: string]: TraceValue } = Object.freeze({});

/** The parts of a step; `missingFacts`, `inputs`, `outputs` and `params` default to empty. */
export interface TraceStepInit {
  readonly rule: string;
  readonly refs: readonly (LegalProvisionKey | string)[];
  readonly outcome: TraceOutcome;
  readonly inputs?: { readonly [name: string]: TraceValue };
  readonly outputs?: { readonly [name: string]: TraceValue };
  readonly missingFacts?: readonly string[];
  readonly message: string;
  readonly params?: { readonly [name: string]: TraceValue };
}

/**
 * Builds one frozen trace step (the fields in a fixed order, so JSON output is stable).
 *
 * @param init - The rule, refs, outcome and message; inputs, outputs, missing facts and params default to empty.
 * @returns The frozen {@link TraceStep}.
 * @internal
 */
export function traceStep(init: TraceStepInit): TraceStep {
  return Object.freeze({
    rule: init.rule,
    refs: init.refs.length === 0 ? NONE : Object.freeze(init.refs.slice()),
    outcome: init.outcome,
    inputs: init.inputs ?? EMPTY,
    outputs: init.outputs ?? EMPTY,
    missingFacts: init.missingFacts === undefined || init.missingFacts.length === 0 ? NONE : Object.freeze(init.missingFacts.slice()),
    message: init.message,
    params: init.params ?? EMPTY,
  });
}

/**
 * The facts a result still needs: every step's `missingFacts`, in the order the rules were applied,
 * each once. This is how every result's `missingFacts` is made.
 *
 * @param trace - The steps of a result.
 * @returns The missing facts, each once, in first-seen order.
 * @example
 * missingFactsOf([
 *   { rule: 'a', refs: [], outcome: 'unknown', inputs: {}, outputs: {}, missingFacts: ['x', 'y'], message: 'm', params: {} },
 *   { rule: 'b', refs: [], outcome: 'unknown', inputs: {}, outputs: {}, missingFacts: ['y', 'z'], message: 'm', params: {} },
 * ]) //=> ['x', 'y', 'z']
 * @category Trace
 */
export function missingFactsOf(trace: readonly TraceStep[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const step of trace) for (const f of step.missingFacts) if (!seen.has(f)) { seen.add(f); out.push(f); }
  return out;
}

/**
 * A collector for one evaluation: each rule records its step; `steps` is the trace of the result.
 * One per call — never shared between calls (no global state).
 *
 * @internal
 */
export class Tracer {
  readonly steps: TraceStep[] = [];

  /** Records a step and returns it. */
  record(init: TraceStepInit): TraceStep {
    const s = traceStep(init);
    this.steps.push(s);
    return s;
  }

  /** The missing facts of the steps so far ({@link missingFactsOf}). */
  missingFacts(): string[] {
    return missingFactsOf(this.steps);
  }

  /** The trace as a frozen array. */
  done(): readonly TraceStep[] {
    return Object.freeze(this.steps.slice());
  }
}

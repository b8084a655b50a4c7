/**
 * Trace steps of `checkVervroegdeIva` and `computeLateWiaAanvraag` and their texts: a step names a
 * message of the end-of-wachttijd catalogue (messages.ts) (checked by the compiler through {@link eowStep}) and
 * {@link renderStep} turns it into the `{ nl, en }` the result shows — explanations have no other
 * code path.
 *
 * @internal
 * @module
 */
import { traceStep, type TraceOutcome, type TraceStep, type TraceStepInit, type TraceValue } from '../engine/trace.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import type { LegalRef } from '../legal/LegalRef.js';
import type { Answer } from '../vocabulary/index.js';
import type { NormKind } from '../law/types.js';
import { iso, legalDate } from './internal.js';
import { renderStep } from './renderStep.js';
import { dateLabel, type EndOfWachttijdDateId, type EndOfWachttijdMessageKey } from './messages.js';
import type { EndOfWachttijdFinding, LegalDate } from './types.js';

/** A placeholder value that is itself a message: `{ message, params? }`, rendered in each language. @internal */
export interface EowNestedMessage {
  readonly [name: string]: TraceValue;
  readonly message: EndOfWachttijdMessageKey;
}

/** The parts of an end-of-wachttijd step: as {@link TraceStepInit}, with `LegalRef`s and a typed message key. @internal */
export interface EowStepInit extends Omit<TraceStepInit, 'refs' | 'message'> {
  readonly refs: readonly LegalRef[];
  readonly message: EndOfWachttijdMessageKey;
}

/**
 * Builds one frozen trace step whose message is a key of the end-of-wachttijd catalogue.
 *
 * @param init - The step, citing `LegalRef`s (stored as catalogue keys).
 * @returns The {@link TraceStep}.
 * @internal
 */
export function eowStep(init: EowStepInit): TraceStep {
  // Fields named one by one (no object spread): these helpers run for every step of every call.
  return traceStep({
    rule: init.rule, refs: legalKeysOf(init.refs), outcome: init.outcome, inputs: init.inputs ?? NO_VALUES, outputs: init.outputs ?? NO_VALUES,
    missingFacts: init.missingFacts ?? NO_FACTS, message: init.message, params: init.params ?? NO_VALUES,
  });
}

const NO_VALUES: { readonly [name: string]: TraceValue } = Object.freeze({});
const NO_FACTS: readonly string[] = Object.freeze([]);

/** A nested message for a placeholder. @internal */
export function nested(message: EndOfWachttijdMessageKey): EowNestedMessage {
  return { message };
}

/** The trace outcome of a three-valued criterion: `'yes'` → `'met'`, `'no'` → `'not-met'`. @internal */
export function outcomeOf(status: Answer): TraceOutcome {
  return status === 'yes' ? 'met' : status === 'no' ? 'not-met' : 'unknown';
}

/**
 * The text of a step — the one renderer of the end-of-wachttijd catalogue (renderStep.ts), re-exported
 * for the rules of this file.
 */
export { renderStep };

/** A date rule: the step and the {@link LegalDate} whose explanation is rendered from it. @internal */
export interface DatedStep {
  readonly step: TraceStep;
  readonly date: LegalDate;
}

/**
 * A rule that computes a date: its step (outputs `{ [id]: 'YYYY-MM-DD' }` unless given) and the
 * {@link LegalDate} with the label of `id` and the explanation rendered from the step.
 *
 * @param init - The step, plus the date's id, day number and norm kind.
 * @returns The step and the date.
 * @internal
 */
export function datedStep(init: Omit<EowStepInit, 'outcome'> & { readonly id: EndOfWachttijdDateId; readonly day: number; readonly normKind: NormKind }): DatedStep {
  const step = eowStep({
    rule: init.rule, refs: init.refs, outcome: 'computed', inputs: init.inputs ?? NO_VALUES, outputs: init.outputs ?? { [init.id]: iso(init.day) },
    missingFacts: init.missingFacts ?? NO_FACTS, message: init.message, params: init.params ?? NO_VALUES,
  });
  return { step, date: legalDate(init.id, init.day, dateLabel(init.id), init.refs, init.normKind, renderStep(step)) };
}

/** A criterion or consequence: the step and the finding whose explanation is rendered from it. @internal */
export interface FindingStep {
  readonly step: TraceStep;
  readonly finding: EndOfWachttijdFinding;
}

/**
 * A rule with a three-valued status: its step (outcome from the status, outputs `{ status }` unless
 * given) and the {@link EndOfWachttijdFinding} whose explanation is rendered from it.
 *
 * @param init - The step, plus the finding's code, status and norm kind.
 * @returns The step and the finding.
 * @internal
 */
export function findingStep(init: Omit<EowStepInit, 'outcome'> & { readonly code: string; readonly status: Answer; readonly normKind: NormKind }): FindingStep {
  const status = init.status;
  const step = eowStep({
    rule: init.rule, refs: init.refs, outcome: outcomeOf(status), inputs: init.inputs ?? NO_VALUES, outputs: init.outputs ?? { status },
    missingFacts: init.missingFacts ?? NO_FACTS, message: init.message, params: init.params ?? NO_VALUES,
  });
  return { step, finding: Object.freeze({ code: init.code, status, legalBasis: Object.freeze(init.refs.slice()), normKind: init.normKind, explanation: renderStep(step) }) };
}

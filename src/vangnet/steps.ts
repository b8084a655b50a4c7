/**
 * Trace steps of `computeVangnetMelding` and their texts: a step names a message of the vangnet
 * catalogue (checked by the compiler through {@link vangnetStep}) and {@link renderStep} turns it into
 * the `{ nl, en }` the result shows — explanations have no other code path.
 *
 * @internal
 * @module
 */
import type { TemplateValue } from '../i18n/fill.js';
import type { Localized } from '../i18n/types.js';
import { traceStep, type TraceStep, type TraceStepInit, type TraceValue } from '../engine/trace.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import type { LegalRef } from '../legal/LegalRef.js';
import type { NormKind } from '../law/types.js';
import { iso, legalDate } from '../endOfWachttijd/internal.js';
import { dateLabel, type EndOfWachttijdDateId } from '../endOfWachttijd/messages.js';
import type { EndOfWachttijdFinding, LegalDate } from '../endOfWachttijd/types.js';
import type { Answer } from '../vocabulary/index.js';
import { phrase, type VangnetMessageKey } from './messages.js';

/** Placeholder values of a step: plain data; a `{ message, params }` value is a nested message. @internal */
export type VangnetParams = { readonly [name: string]: TraceValue };

/** A placeholder value that is itself a message of the vangnet catalogue. @internal */
export interface VangnetNestedMessage {
  readonly [name: string]: TraceValue;
  readonly message: VangnetMessageKey;
  readonly params: VangnetParams;
}

/** The parts of a vangnet step: as {@link TraceStepInit}, with `LegalRef`s and a typed message key. @internal */
export interface VangnetStepInit extends Omit<TraceStepInit, 'refs' | 'message'> {
  readonly refs: readonly LegalRef[];
  readonly message: VangnetMessageKey;
}

/** Builds one frozen trace step citing catalogue keys. @internal */
export function vangnetStep(init: VangnetStepInit): TraceStep {
  // Fields named one by one (no object spread): these helpers run for every step of every call.
  return traceStep({
    rule: init.rule, refs: legalKeysOf(init.refs), outcome: init.outcome, inputs: init.inputs ?? NO_VALUES, outputs: init.outputs ?? NO_VALUES,
    missingFacts: init.missingFacts ?? NO_FACTS, message: init.message, params: init.params ?? NO_VALUES,
  });
}

const NO_VALUES: VangnetParams = Object.freeze({});
const NO_FACTS: readonly string[] = Object.freeze([]);

/** A nested message for a placeholder. @internal */
export function nested(message: VangnetMessageKey, params: VangnetParams = {}): VangnetNestedMessage {
  return { message, params };
}

function fill(message: VangnetMessageKey, params: VangnetParams): Localized {
  const values: Record<string, TemplateValue> = {};
  for (const k in params) {
    const v = params[k]!;
    values[k] = v !== null && typeof v === 'object' ? fill((v as VangnetNestedMessage).message, (v as VangnetNestedMessage).params) : String(v);
  }
  return phrase(message, values);
}

/**
 * The text of a step: its message filled with its params (a nested `{ message, params }` is rendered first).
 *
 * @param step - A step made by {@link vangnetStep}.
 * @returns The frozen `{ nl, en }`.
 * @example
 * renderStep(vangnetStep({ rule: 'x', refs: [], outcome: 'computed', message: 'aLateReportCanLeadTo' })).en
 * @internal
 */
export function renderStep(step: TraceStep): Localized {
  return fill(step.message as VangnetMessageKey, step.params);
}

/** A date rule: its step and the {@link LegalDate} rendered from it. @internal */
export interface VangnetDatedStep {
  readonly step: TraceStep;
  readonly date: LegalDate;
}

/** A rule that computes a date (outputs `{ [id]: 'YYYY-MM-DD' }` unless given), with its date. @internal */
export function datedStep(init: Omit<VangnetStepInit, 'outcome'> & { readonly id: EndOfWachttijdDateId; readonly day: number; readonly normKind: NormKind }): VangnetDatedStep {
  const step = vangnetStep({
    rule: init.rule, refs: init.refs, outcome: 'computed', inputs: init.inputs ?? NO_VALUES, outputs: init.outputs ?? { [init.id]: iso(init.day) },
    missingFacts: init.missingFacts ?? NO_FACTS, message: init.message, params: init.params ?? NO_VALUES,
  });
  return { step, date: legalDate(init.id, init.day, dateLabel(init.id), init.refs, init.normKind, renderStep(step)) };
}

/** A finding: its step and the {@link EndOfWachttijdFinding} rendered from it. @internal */
export interface VangnetFindingStep {
  readonly step: TraceStep;
  readonly finding: EndOfWachttijdFinding;
}

/** A rule with a three-valued status (`'yes'` → `'met'`, `'no'` → `'not-met'`), with its finding. @internal */
export function findingStep(init: Omit<VangnetStepInit, 'outcome'> & { readonly code: string; readonly status: Answer; readonly normKind: NormKind }): VangnetFindingStep {
  const status = init.status;
  const step = vangnetStep({
    rule: init.rule, refs: init.refs, outcome: status === 'yes' ? 'met' : status === 'no' ? 'not-met' : 'unknown', inputs: init.inputs ?? NO_VALUES,
    outputs: init.outputs ?? { status }, missingFacts: init.missingFacts ?? NO_FACTS, message: init.message, params: init.params ?? NO_VALUES,
  });
  return { step, finding: Object.freeze({ code: init.code, status, legalBasis: Object.freeze(init.refs.slice()), normKind: init.normKind, explanation: renderStep(step) }) };
}

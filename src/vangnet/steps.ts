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
  return traceStep({ ...init, refs: legalKeysOf(init.refs) });
}

/** A nested message for a placeholder. @internal */
export function nested(message: VangnetMessageKey, params: VangnetParams = {}): VangnetNestedMessage {
  return { message, params };
}

function fill(message: VangnetMessageKey, params: VangnetParams): Localized {
  const values: Record<string, TemplateValue> = {};
  for (const [k, v] of Object.entries(params)) {
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
  const { id, day, normKind, ...rest } = init;
  const step = vangnetStep({ ...rest, outcome: 'computed', outputs: rest.outputs ?? { [id]: iso(day) } });
  return { step, date: legalDate(id, day, dateLabel(id), init.refs, normKind, renderStep(step)) };
}

/** A finding: its step and the {@link EndOfWachttijdFinding} rendered from it. @internal */
export interface VangnetFindingStep {
  readonly step: TraceStep;
  readonly finding: EndOfWachttijdFinding;
}

/** A rule with a three-valued status (`'yes'` → `'met'`, `'no'` → `'not-met'`), with its finding. @internal */
export function findingStep(init: Omit<VangnetStepInit, 'outcome'> & { readonly code: string; readonly status: Answer; readonly normKind: NormKind }): VangnetFindingStep {
  const { code, status, normKind, ...rest } = init;
  const outcome = status === 'yes' ? 'met' : status === 'no' ? 'not-met' : 'unknown';
  const step = vangnetStep({ ...rest, outcome, outputs: rest.outputs ?? { status } });
  return { step, finding: Object.freeze({ code, status, legalBasis: Object.freeze([...init.refs]), normKind, explanation: renderStep(step) }) };
}

/**
 * Renders an end-of-wachttijd trace step: its `message` (a key of {@link END_OF_WACHTTIJD_TEXTS})
 * filled with its `params`. Every explanation text of the end-of-wachttijd results is made here, from
 * the step that records the rule — there is no second path to the texts.
 *
 * @internal
 * @module
 */
import type { TemplateValue } from '../i18n/fill.js';
import type { Localized } from '../i18n/types.js';
import type { TraceStep, TraceValue } from '../engine/trace.js';
import { phrase, type EndOfWachttijdMessageKey } from './messages.js';

/** The params of a step, by placeholder name. @internal */
export type StepParams = { readonly [name: string]: TraceValue };

/**
 * A message inside a message (a clause filled into a placeholder) as plain data: its key and params.
 * {@link renderStep} renders it in the language of the outer message.
 *
 * @internal
 */
export function nested(message: EndOfWachttijdMessageKey, params: StepParams = {}): TraceValue {
  return Object.freeze({ message, params });
}

const isNested = (v: TraceValue): v is { readonly message: string; readonly params: StepParams } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { message?: unknown }).message === 'string';

function templateValues(params: StepParams): Record<string, TemplateValue> {
  const out: Record<string, TemplateValue> = {};
  for (const [k, v] of Object.entries(params)) {
    out[k] = isNested(v) ? renderStep(v) : typeof v === 'number' ? v : String(v);
  }
  return out;
}

/**
 * The text of a step in both languages: its message with its params (nested messages rendered too).
 *
 * @param step - A step (or a nested message) of an end-of-wachttijd trace.
 * @returns The frozen `{ nl, en }`.
 * @example
 * renderStep({ message: 'uwvDecidedDaySLateThe', params: { delay: 3 } }).en
 * @internal
 */
export function renderStep(step: Pick<TraceStep, 'message' | 'params'>): Localized {
  // A nested message may come without params (`{ message }`).
  return phrase(step.message as EndOfWachttijdMessageKey, templateValues(step.params ?? {}));
}

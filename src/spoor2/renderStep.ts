import type { TraceStep, TraceValue } from '../engine/trace.js';
import { fillTemplate } from '../i18n/fill.js';
import type { Locale, Localized } from '../i18n/types.js';
import {
  ASSESS_TEXTS, DUTY_TEXTS, EXCEPTION_LABELS, EXCEPTION_TEXTS, FINDING_TEXTS, FINDING_TITLES, LOONSANCTIE_STEP_LABELS, LOONSANCTIE_TEXTS,
  STEP_TEXTS, TRAJECTORY_LABELS,
  type AssessTextKey, type DutyTextKey, type ExceptionTextKey, type LoonsanctieTextKey, type MsgParams, type StepTextKey,
} from './messages.js';
import type { Spoor2ExceptionCode, Spoor2FindingCode, Spoor2LoonsanctieStepId, Spoor2TrajectoryStepId } from './types.js';

/**
 * Key of a message in the spoor-2 catalogue: `<table>.<key>`, checked by the compiler against the
 * keys of each table in messages.ts (every key exists in both locales there).
 *
 * @internal
 */
export type Spoor2MessageKey =
  | `assess.${AssessTextKey}` | `duty.${DutyTextKey}` | `exception.${ExceptionTextKey}` | `exceptionLabel.${Spoor2ExceptionCode}`
  | `finding.${Spoor2FindingCode}` | `loonsanctie.${LoonsanctieTextKey}` | `review.${Spoor2LoonsanctieStepId}`
  | `trajectory.${Spoor2TrajectoryStepId}` | `step.${StepTextKey}` | `findingTitle.${Spoor2FindingCode}`;

/** Placeholder values of a message: plain data; a nested {@link Spoor2Msg} or `{ nl, en }` renders per locale. @internal */
export type Spoor2MsgParams = { readonly [name: string]: TraceValue };

/** A message with its placeholder values: what a trace step's `message` and `params` hold. @internal */
export type Spoor2Msg = {
  readonly message: Spoor2MessageKey;
  readonly params: Spoor2MsgParams;
};

/**
 * A message of the spoor-2 catalogue with its placeholder values.
 *
 * @param message - The catalogue key.
 * @param params - Placeholder values (default none).
 * @returns The message as data, to put in a trace step or a parameter of another message.
 * @internal
 */
export function msg(message: Spoor2MessageKey, params: Spoor2MsgParams = {}): Spoor2Msg {
  return { message, params };
}

/** A rendered text as a message parameter (for texts already joined from several messages). @internal */
export function textParam(t: Localized): TraceValue {
  return { nl: t.nl, en: t.en };
}

type Templates = { readonly [L in Locale]: { readonly [key: string]: (p: MsgParams) => string } };
type Strings = { readonly [L in Locale]: { readonly [key: string]: string } };

/** Tables whose entries are functions of the parameters. */
const TEMPLATE_TABLES: Readonly<Record<string, Templates>> = { duty: DUTY_TEXTS, finding: FINDING_TEXTS };
/** Tables whose entries are strings with `{name}` placeholders. */
const STRING_TABLES: Readonly<Record<string, Strings>> = {
  assess: ASSESS_TEXTS, exception: EXCEPTION_TEXTS, exceptionLabel: EXCEPTION_LABELS, loonsanctie: LOONSANCTIE_TEXTS,
  review: LOONSANCTIE_STEP_LABELS, trajectory: TRAJECTORY_LABELS, step: STEP_TEXTS, findingTitle: FINDING_TITLES,
};

function valueIn(v: TraceValue, l: Locale): string | number {
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as { readonly [k: string]: TraceValue };
    if (typeof o['message'] === 'string') return renderIn(o['message'], o['params'] as Spoor2MsgParams, l);
    const t = o[l];
    if (typeof t === 'string') return t;
  }
  return String(v);
}

function renderIn(message: string, params: Spoor2MsgParams, l: Locale): string {
  const dot = message.indexOf('.');
  const table = message.slice(0, dot);
  const key = message.slice(dot + 1);
  const p: Record<string, string | number> = {};
  for (const name of Object.keys(params)) p[name] = valueIn(params[name]!, l);
  const fn = TEMPLATE_TABLES[table]?.[l][key];
  if (fn !== undefined) return fn(p as MsgParams);
  const text = STRING_TABLES[table]?.[l][key];
  if (text === undefined) throw new Error(`spoor2: no message ${message}`);
  return fillTemplate(text, p, l);
}

/**
 * Renders a message parameter in both languages: a nested message, a `{ nl, en }` text, or a plain value.
 *
 * @param v - The value (e.g. one of a review step's `params.reasons`).
 * @returns `{ nl, en }`.
 * @internal
 */
export function renderValue(v: TraceValue): Localized {
  return { nl: String(valueIn(v, 'nl')), en: String(valueIn(v, 'en')) };
}

/**
 * Renders a message of the spoor-2 catalogue in both languages.
 *
 * @param m - The message and its parameters (a {@link Spoor2Msg} or a trace step).
 * @returns `{ nl, en }`.
 * @internal
 */
export function renderMsg(m: { readonly message: string; readonly params: Spoor2MsgParams }): Localized {
  return { nl: renderIn(m.message, m.params, 'nl'), en: renderIn(m.message, m.params, 'en') };
}

/**
 * Renders a spoor-2 trace step: its `message` with its `params`, in both languages. Every
 * explanation of {@link checkSpoor2Readiness} (status, deadline, exceptions, findings, loonsanctie
 * risk, trajectory labels) is made this way.
 *
 * @param step - A step of `Spoor2Readiness.trace`.
 * @returns The text of the step, `{ nl, en }`.
 * @example
 * const r = checkSpoor2Readiness({ firstSickDay: '2024-01-01', asOf: '2025-01-20' });
 * renderStep(r.trace.find((s) => s.rule === 'spoor2.status')!) //=> r.statusExplanation
 * @internal
 */
export function renderStep(step: TraceStep): Localized {
  return renderMsg(step);
}

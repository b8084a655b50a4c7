import type { TraceStep } from '../engine/trace.js';
import { fillLocalized, type TemplateValue } from '../i18n/fill.js';
import { localize, type Localized } from '../i18n/types.js';
import { CONDITION_TEXTS, MEASURE_EXPLANATIONS, MEASURE_NOT_FOR_KIND, RISK_TEXTS, type ConditionKey } from './nonCooperationMessages.js';
import type { EmployerRisk, MeasureId } from './types.js';

/**
 * Keys of the messages that render a trace step of `checkNonCooperation`: a condition
 * (`condition.<ConditionKey>`), a measure (`measure.<id>`, or `measure-not-for-kind.<id>` when it does
 * not fit the kind), or the employer's risk (`risk.<code>`).
 *
 * @internal
 */
export type NonCooperationMessageKey =
  | `condition.${ConditionKey}` | `measure.${MeasureId}` | `measure-not-for-kind.${MeasureId}` | `risk.${EmployerRisk['code']}`;

/**
 * Renders one trace step of `checkNonCooperation` in Dutch and English: its `message` from the
 * module's catalogue, filled with its `params`. Every explanation of the result is made here.
 *
 * @param step - A step of the result's trace.
 * @returns The text in Dutch and English.
 * @example
 * renderNonCooperationStep(r.trace.find((s) => s.rule === 'nonCooperation.risk')!) //=> r.employerRisk.explanation
 * @internal
 */
export function renderNonCooperationStep(step: TraceStep): Localized {
  const dot = step.message.indexOf('.');
  const family = step.message.slice(0, dot);
  const key = step.message.slice(dot + 1);
  switch (family) {
    case 'measure':
      return localize(MEASURE_EXPLANATIONS, key as MeasureId);
    case 'measure-not-for-kind':
      return localize(MEASURE_NOT_FOR_KIND, key as MeasureId);
    case 'risk':
      return localize(RISK_TEXTS, key as EmployerRisk['code']);
    default: {
      const values: Record<string, TemplateValue> = {};
      for (const [k, v] of Object.entries(step.params)) if (typeof v === 'string' || typeof v === 'number') values[k] = v;
      return fillLocalized(localize(CONDITION_TEXTS, key as ConditionKey), values);
    }
  }
}

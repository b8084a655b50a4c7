import type { TraceStep } from '../engine/trace.js';
import { fillLocalized, type TemplateValue } from '../i18n/fill.js';
import { localize, type Localized } from '../i18n/types.js';
import { OBLIGATION_TRACE_TEXTS } from './obligationMessages.js';
import { REMEDY_TRACE_TEXTS } from './remedyMessages.js';

/**
 * Renders a trace step of a `listObligations` or `listRemedies` item in Dutch and English: its
 * `message` (`obligation.<key>` or `remedy.<key>`) filled with its `params`.
 *
 * @param step - A step of an item's trace.
 * @returns The text in Dutch and English.
 * @internal
 */
export function renderListStep(step: TraceStep): Localized {
  const dot = step.message.indexOf('.');
  const key = step.message.slice(dot + 1);
  const values: Record<string, TemplateValue> = {};
  for (const [k, v] of Object.entries(step.params)) if (typeof v === 'string' || typeof v === 'number') values[k] = v;
  return step.message.startsWith('obligation.')
    ? fillLocalized(localize(OBLIGATION_TRACE_TEXTS, key as 'listed'), values)
    : fillLocalized(localize(REMEDY_TRACE_TEXTS, key as 'fee'), values);
}

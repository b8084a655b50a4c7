/**
 * Renders a step of a timeline's trace with the timeline's message catalogue (issue 10: texts are
 * rendered from steps, so an explanation and its trace step cannot disagree).
 *
 * @internal
 * @packageDocumentation
 */
import type { TraceStep, TraceValue } from '../engine/trace.js';
import type { TemplateValue } from '../i18n/fill.js';
import { localize, type Localized } from '../i18n/types.js';
import { MILESTONE_RULES } from './labels.js';
import { joinTexts, timelineText, type TimelineMessageKey } from './messages.js';
import type { MilestoneId } from './types.js';

/**
 * The text of a step in Dutch and English: its `message` filled with its `params`. Two params have
 * a meaning of their own: `rule` names a milestone, whose rule in words (`MILESTONE_RULES`) is filled
 * in; `note` (with `noteParams`) is a second message, appended after a space.
 *
 * @param step - A step of `Timeline.trace` (or a milestone's step).
 * @returns `{ nl, en }`.
 * @example
 * renderStep(computeTimeline({ firstSickDay: '2024-01-01' }).trace[2]!).en
 * //=> 'Rule: within six weeks of the first sick day (end of week 6). Sick day 42 counted from day 1 (2024-01-01) = 2024-02-11.'
 * @internal
 */
export function renderStep(step: TraceStep): Localized {
  const values: Record<string, TemplateValue> = {};
  const p = step.params;
  for (const key in p) {
    if (key === 'note' || key === 'noteParams') continue;
    const v = p[key]!;
    values[key] = key === 'rule' && typeof v === 'string' ? localize(MILESTONE_RULES, v as MilestoneId) : templateValue(v);
  }
  const text = timelineText(step.message as TimelineMessageKey, values);
  const note = p['note'];
  if (typeof note !== 'string') return text;
  const noteParams = p['noteParams'];
  const noteValues: Record<string, TemplateValue> = {};
  if (typeof noteParams === 'object' && noteParams !== null && !Array.isArray(noteParams)) {
    for (const key in noteParams) noteValues[key] = templateValue((noteParams as { readonly [k: string]: TraceValue })[key]!);
  }
  return joinTexts(text, timelineText(note as TimelineMessageKey, noteValues));
}

function templateValue(v: TraceValue): TemplateValue {
  return typeof v === 'string' || typeof v === 'number' ? v : JSON.stringify(v);
}

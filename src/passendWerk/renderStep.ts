import type { TraceStep, TraceValue } from '../engine/trace.js';
import type { TemplateValue } from '../i18n/fill.js';
import { localize, type Localized } from '../i18n/types.js';
import {
  CHECK_TEXTS, CRITERIA_TEXTS, PASSEND_WERK_MESSAGES, REFUSAL_TEXTS, join, percent, text,
  type CheckTextKey, type CriteriaTextKey, type PassendWerkMessageKey, type RefusalTextKey,
} from './messages.js';
import type { DeugdelijkeGrondId, PassendWerkCriterionId } from './types.js';

/** Criterion id → key of its label in {@link CHECK_TEXTS}. */
const CRITERION_LABEL_KEYS: Readonly<Record<PassendWerkCriterionId, CheckTextKey>> = Object.freeze({
  'functionele-mogelijkheden': 'functional-capacity',
  'persoonlijke-bezwaren': 'physical-mental-or-social-reasons',
  opleidingsniveau: 'education-level',
  werkervaring: 'work-experience',
  loon: 'wage',
  reistijd: 'travel-time',
  werkpatroon: 'work-pattern',
});

/** Deugdelijke grond id → key of its label in {@link REFUSAL_TEXTS}. */
const GROUND_LABEL_KEYS: Readonly<Record<DeugdelijkeGrondId, RefusalTextKey>> = Object.freeze({
  'in-strijd-met-cao': 'conflicts-with-the-cao',
  'in-strijd-met-veiligheidsvoorschriften': 'conflicts-with-safety-rules',
  'in-strijd-met-medisch-advies': 'conflicts-with-the-medical-advice',
});

/** Joins localized labels per language. */
function joinLabels(labels: readonly Localized[], sep: string): Localized {
  return { nl: labels.map((l) => l.nl).join(sep), en: labels.map((l) => l.en).join(sep) };
}

const strings = (v: TraceValue): string[] => (Array.isArray(v) ? (v as TraceValue[]).map(String) : [String(v)]);

/**
 * How a parameter of a step becomes text, by name: ratios as percentages, lists of ids as their
 * labels, lists of facts comma-separated. Other strings and numbers are used as they are.
 */
const FORMAT: Readonly<Record<string, (v: TraceValue) => TemplateValue>> = Object.freeze({
  ratio: (v) => (typeof v === 'number' ? percent(v) : '?'),
  minRatio: (v) => percent(v as number),
  criteria: (v) => joinLabels(strings(v).map((id) => localize(CHECK_TEXTS, CRITERION_LABEL_KEYS[id as PassendWerkCriterionId])), ', '),
  reasons: (v) => joinLabels(strings(v).map((k) => localize(CRITERIA_TEXTS, k as CriteriaTextKey)), ', '),
  grounds: (v) => joinLabels(strings(v).map((id) => localize(REFUSAL_TEXTS, GROUND_LABEL_KEYS[id as DeugdelijkeGrondId])), '; '),
  facts: (v) => strings(v).join(', '),
  what: (v) => strings(v).join(', '),
});

/** A message with its parameters, as a step (or a parameter of a step) records it. */
export type MessageRef = {
  readonly message: string;
  readonly params: { readonly [name: string]: TraceValue };
};

function isMessageRef(v: TraceValue): v is MessageRef & { readonly [name: string]: TraceValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { message?: unknown }).message === 'string';
}

function isMessageKey(key: string): key is PassendWerkMessageKey {
  return Object.prototype.hasOwnProperty.call(PASSEND_WERK_MESSAGES.nl, key);
}

/**
 * Renders a message of the passend-werk catalogue with its parameters: a parameter that is itself a
 * {@link MessageRef} is rendered first (e.g. the phase convention, a verdict word), and a list of
 * them is rendered and joined with a space (e.g. a criterion's text per phase).
 *
 * @param ref - The message key and its parameters (plain data).
 * @returns The text in Dutch and English.
 * @internal
 */
export function renderMessage(ref: MessageRef): Localized {
  if (!isMessageKey(ref.message)) throw new Error(`passendWerk: unknown message key '${ref.message}'`);
  const values: Record<string, TemplateValue> = {};
  for (const [name, v] of Object.entries(ref.params)) {
    const format = FORMAT[name];
    if (isMessageRef(v)) values[name] = renderMessage(v);
    else if (Array.isArray(v) && v.length > 0 && v.every(isMessageRef)) values[name] = join(...v.map(renderMessage));
    else values[name] = format !== undefined ? format(v) : typeof v === 'number' ? v : String(v);
  }
  return text(ref.message, values);
}

/**
 * The text of one trace step of the passend-werk check: its `message` with its `params`.
 *
 * @param step - A step of `checkPassendWerk`'s trace.
 * @returns The text in Dutch and English.
 * @example
 * renderStep({ rule: 'passendWerk.criterion.reistijd', refs: ['BPA_4_1C'], outcome: 'not-met', inputs: {}, outputs: {},
 *   missingFacts: [], message: 'reistijd-boven-norm', params: { minutes: 150, norm: 120 } }).en
 * //=> 'Travel takes 150 minutes a day, more than 120 minutes.'
 * @internal
 */
export function renderStep(step: TraceStep): Localized {
  return renderMessage(step);
}

/**
 * The text of several steps, joined with a space per language (e.g. a criterion's assessment and
 * its role, or the verdict and the points to weigh).
 *
 * @internal
 */
export function renderSteps(steps: readonly TraceStep[]): Localized {
  return join(...steps.map(renderStep));
}

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

/**
 * Every message rendered without parameters, built once (a constant table): most steps of a result
 * (a criterion's role, a verdict word) have none, and this spares filling their templates per call.
 */
const PLAIN: Readonly<Record<string, Localized>> = Object.freeze(Object.fromEntries(
  (Object.keys(PASSEND_WERK_MESSAGES.nl) as PassendWerkMessageKey[]).map((k) => [k, Object.freeze(text(k))]),
));

function isMessageKey(key: string): key is PassendWerkMessageKey {
  return Object.prototype.hasOwnProperty.call(PASSEND_WERK_MESSAGES.nl, key);
}

/**
 * Renders a message of the passend-werk catalogue with its parameters: a parameter that is itself a
 * {@link MessageRef} is rendered first (e.g. the phase convention, a verdict word), and a list of
 * them is rendered and joined with a space (e.g. a criterion's text per phase).
 *
 * @param ref - The message key and its parameters (plain data).
 * @param rendered - Parameters already rendered by the caller (the same text as rendering the
 *   parameter's message references, which a test checks), so a nested text is not rendered twice.
 * @returns The text in Dutch and English.
 * @internal
 */
export function renderMessage(ref: MessageRef, rendered: Readonly<Record<string, Localized>> = {}): Localized {
  if (!isMessageKey(ref.message)) throw new Error(`passendWerk: unknown message key '${ref.message}'`);
  const names = Object.keys(ref.params);
  if (names.length === 0) return PLAIN[ref.message]!;
  const values: Record<string, TemplateValue> = {};
  for (const name of names) {
    const v = ref.params[name]!;
    const format = FORMAT[name];
    const done = rendered[name];
    if (done !== undefined) values[name] = done;
    else if (isMessageRef(v)) values[name] = renderMessage(v);
    else if (Array.isArray(v) && v.length > 0 && v.every(isMessageRef)) values[name] = join(...v.map((r) => renderMessage(r)));
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

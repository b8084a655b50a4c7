import { ANSWERS, OUTCOMES, RISKS, SEVERITIES } from '../../src/vocabulary/index.js';

/**
 * Walks a result object and reports every value that is not in the 0.2.0 vocabulary (issue 10):
 * - a field named in `fields.answer` / `.outcome` / `.risk` / `.severity` (at any depth) must hold
 *   a value of `Answer` / `Outcome` / `Risk` / `Severity` (or `null` where the field is nullable);
 * - no string anywhere outside a text (a `{ nl, en }` pair, a label) may be a 0.1.0 word
 *   (`'ja'`, `'nee'`, `'onbekend'`, `'voldaan'`, …);
 * - no key anywhere may be a 0.1.0 field name that was renamed (`until`, `assumptions`).
 *
 * Returns the violations as `path: value` strings (empty: all good).
 */
export interface VocabularyFields {
  readonly answer?: readonly string[];
  readonly outcome?: readonly string[];
  readonly risk?: readonly string[];
  readonly severity?: readonly string[];
}

/** The 0.1.0 words that 0.2.0 replaced (values). */
export const OLD_WORDS: ReadonlySet<string> = new Set([
  'ja', 'nee', 'onbekend', 'voldaan', 'niet-voldaan', 'hoog', 'middel', 'laag', 'error', 'risico', 'niet-beoordeeld',
]);
/** The 0.1.0 field names that 0.2.0 renamed in the results. */
export const OLD_KEYS: ReadonlySet<string> = new Set(['until', 'assumptions']);

/** Keys whose string values are free text (labels), not vocabulary. */
const TEXT_KEYS = new Set(['label', 'nl', 'en', 'url', 'title', 'source', 'text', 'convention', 'eventUsed']);

export function vocabularyViolations(result: unknown, fields: VocabularyFields): string[] {
  const out: string[] = [];
  const sets: [readonly string[] | undefined, readonly string[]][] = [
    [fields.answer, ANSWERS], [fields.outcome, OUTCOMES], [fields.risk, RISKS], [fields.severity, SEVERITIES],
  ];
  const seen = new Set<unknown>();
  const walk = (v: unknown, path: string, key: string): void => {
    for (const [names, allowed] of sets) {
      if (names?.includes(key) === true && v !== null && !(typeof v === 'string' && allowed.includes(v))) out.push(`${path}: ${JSON.stringify(v)}`);
    }
    if (typeof v === 'string') {
      if (!TEXT_KEYS.has(key) && OLD_WORDS.has(v)) out.push(`${path}: ${JSON.stringify(v)} (0.1.0 word)`);
      return;
    }
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      v.forEach((x, n) => walk(x, `${path}[${n}]`, key));
      return;
    }
    for (const [k, x] of Object.entries(v)) {
      if (OLD_KEYS.has(k)) out.push(`${path}.${k} (0.1.0 field name)`);
      walk(x, `${path}.${k}`, k);
    }
  };
  walk(result, '$', '');
  return out;
}

import { ANSWERS, OUTCOMES, RISKS, SEVERITIES } from '../../src/vocabulary/index.js';

/**
 * Test helper (issue 10, "Vocabulary, once"): walks a result object and checks that every
 * answer / outcome / risk / severity field holds only values of src/vocabulary, and that no string
 * anywhere in the result (outside the texts) is a value of the 0.1.0 vocabulary.
 *
 * Rules are keyed by the path of a field with array indexes written `[]`, e.g.
 * `criteria[].status` or `loonsanctieRisk.review[].status`.
 */
export type VocabularyRules = Readonly<Record<string, readonly string[]>>;

/** The 0.1.0 values that 0.2.0 replaced; none may appear as a whole value in an output. */
export const LEGACY_VALUES: readonly string[] = Object.freeze([
  'ja', 'nee', 'onbekend', 'voldaan', 'niet-voldaan', 'hoog', 'middel', 'laag', 'error',
  'risico', 'niet-beoordeeld', 'nog-niet-beoordeelbaar', 'na-actie',
]);

export { ANSWERS, OUTCOMES, RISKS, SEVERITIES };

/** A text in Dutch and English: its strings are prose, not vocabulary values. */
function isLocalized(v: object): boolean {
  const keys = Object.keys(v);
  return keys.length === 2 && keys.includes('nl') && keys.includes('en');
}

/** Calls `visit` with the normalised path (`a.b[].c`) of every string leaf outside texts. */
export function walkStrings(value: unknown, visit: (path: string, value: string) => void, path = ''): void {
  if (typeof value === 'string') {
    visit(path, value);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) walkStrings(item, visit, `${path}[]`);
    return;
  }
  if (value !== null && typeof value === 'object') {
    if (isLocalized(value)) return;
    for (const [k, v] of Object.entries(value)) {
      if (k === 'explanation' || k === 'label' || k === 'labels' || k === 'legalBasis' || k === 'source') continue;
      walkStrings(v, visit, path === '' ? k : `${path}.${k}`);
    }
  }
}

/**
 * The violations in `result`: a ruled field with a value outside its rule, or any string leaf that
 * is a 0.1.0 vocabulary value. Also returns which ruled paths were seen, so a test can make sure
 * the rules are not silently dead.
 */
export function vocabularyViolations(result: unknown, rules: VocabularyRules): { readonly violations: string[]; readonly seen: Set<string> } {
  const violations: string[] = [];
  const seen = new Set<string>();
  walkStrings(result, (path, value) => {
    const allowed = rules[path];
    if (allowed !== undefined) {
      seen.add(path);
      if (!allowed.includes(value)) violations.push(`${path} = '${value}' (allowed: ${allowed.join(', ')})`);
    }
    if (LEGACY_VALUES.includes(value)) violations.push(`${path} = '${value}' (a 0.1.0 value)`);
  });
  return { violations, seen };
}

/**
 * The matching rule of the conformance vectors (conformance/conformance.json, docs/conformance.md).
 *
 * `expected` is a PART of the result:
 * 1. A primitive or `null` in `expected` matches only the same value (`===`).
 * 2. An object in `expected` matches an object in which every key of `expected` is present and
 *    matches recursively; keys of the actual object that `expected` leaves out are not checked.
 * 3. An array in `expected` whose elements are all primitives (or empty) matches only an array of
 *    the same length with the same elements in the same order (exact).
 * 4. An array in `expected` whose elements are objects matches when EVERY expected element matches
 *    SOME element of the actual array (rules 1–3), in any position. An expected element that
 *    carries `id` is compared only with actual elements of the same `id`; lacking `id`, one that
 *    carries `code` only with actual elements of the same `code` (milestones, findings, issues…).
 *
 * A vector whose `expected` is `{ error: … }` expects the call to throw a PoortwachterError; the
 * object `{ issues: error.issues }` is matched against `expected.error` by the same rules.
 */

/** One point where the actual value does not match: a path like `milestones[id=wia-aanvraag].due`. */
export interface Mismatch {
  readonly path: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Compares `actual` with the part `expected` and lists every mismatch (empty: it matches).
 *
 * @param actual - The function's result (plain JSON: pass it through `JSON.parse(JSON.stringify(…))`).
 * @param expected - The vector's `expected`.
 * @param path - Path prefix for the report.
 * @returns The mismatches; `[]` when `actual` matches.
 * @example
 * matchExpected({ a: 1, b: [{ id: 'x', due: '2024-01-01' }] }, { b: [{ id: 'x', due: '2024-01-01' }] }) //=> []
 */
export function matchExpected(actual: unknown, expected: unknown, path = '$'): Mismatch[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [{ path, expected, actual }];
    if (expected.every((e) => !isObject(e) && !Array.isArray(e))) {
      return expected.length === actual.length && expected.every((e, i) => e === actual[i]) ? [] : [{ path, expected, actual }];
    }
    const out: Mismatch[] = [];
    expected.forEach((e, i) => {
      const key = isObject(e) ? ('id' in e ? 'id' : 'code' in e ? 'code' : null) : null;
      const label = key === null ? `${path}[${i}]` : `${path}[${key}=${String((e as Record<string, unknown>)[key])}]`;
      const candidates = key === null ? actual : actual.filter((a) => isObject(a) && a[key] === (e as Record<string, unknown>)[key]);
      if (candidates.length === 0) {
        out.push({ path: label, expected: e, actual: undefined });
        return;
      }
      let best: Mismatch[] | null = null;
      for (const c of candidates) {
        const m = matchExpected(c, e, label);
        if (m.length === 0) return;
        if (best === null || m.length < best.length) best = m;
      }
      out.push(...best!);
    });
    return out;
  }
  if (isObject(expected)) {
    if (!isObject(actual)) return [{ path, expected, actual }];
    return Object.entries(expected).flatMap(([k, v]) => (k in actual ? matchExpected(actual[k], v, `${path}.${k}`) : [{ path: `${path}.${k}`, expected: v, actual: undefined }]));
  }
  return actual === expected ? [] : [{ path, expected, actual }];
}

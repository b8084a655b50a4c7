import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_SPECS, renderGolden } from './harness.js';

/**
 * Behaviour frozen (issue 10): every public function recomputed over the golden corpus and compared
 * byte for byte with test/golden/data/<function>.jsonl. In UTC every case; in the other zones every
 * 7th (the suite runs in four zones; the full corpus once is enough, a sample per zone catches a
 * time-zone dependence). A failure means an outcome changed: read test/golden/README.md.
 */
const stride = process.env['TZ'] === 'UTC' ? 1 : 7;

describe.each(GOLDEN_SPECS.map((s) => [s.name, s] as const))('golden %s', (name, spec) => {
  it(`matches test/golden/data/${name}.jsonl (every ${stride === 1 ? '' : `${stride}th `}case)`, () => {
    const text = readFileSync(new URL(`./data/${name}.jsonl`, import.meta.url), 'utf8');
    // Every line ends with '\n'; the sample joins the chosen lines without it.
    const want = stride === 1 ? text : text.split('\n').slice(0, -1).filter((_, i) => i % stride === 0).join('\n');
    const got = renderGolden(spec, stride);
    if (got !== want) {
      const g = got.split('\n');
      const w = want.split('\n');
      const i = g.findIndex((line, k) => line !== w[k]);
      // The first differing case, in full, so the change can be read from the failure.
      expect({ case: i * stride + 1, line: g[i] }).toEqual({ case: i * stride + 1, line: w[i] });
    }
    expect(got.length).toBe(want.length);
  }, 120_000);
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';

/**
 * Every `$ poortwachter …` example in a ```text block of docs/cli.md is run through runCli and its
 * printed lines (blank lines aside) compared with what the docs show: in order, each shown line must be an output line;
 * a line that is only `…` skips lines, a line ending in `…` is a prefix. So the docs cannot drift
 * from the program (a changed label, column or message fails here).
 */
const docs = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');

interface Example { readonly argv: string[]; readonly shown: string[] }

function examples(): Example[] {
  const out: Example[] = [];
  for (const block of docs.matchAll(/```text\n([\s\S]*?)```/g)) {
    let cur: { argv: string[]; shown: string[] } | null = null;
    for (const line of block[1]!.split('\n')) {
      const cmd = /^\$ poortwachter (.*)$/.exec(line);
      if (cmd !== null) {
        cur = { argv: cmd[1]!.trim().split(/\s+/), shown: [] };
        out.push(cur);
      } else if (cur !== null && line !== '') {
        cur.shown.push(line);
      }
    }
  }
  return out;
}

/** Whether `shown` is an in-order match of `actual` under the `…` rules above. */
function matches(shown: readonly string[], actual: readonly string[]): string | null {
  let i = 0;
  let skipping = false;
  for (const want of shown) {
    if (want === '…') {
      skipping = true;
      continue;
    }
    const ok = (got: string): boolean => (want.endsWith('…') ? got.startsWith(want.slice(0, -1).trimEnd()) : got === want);
    if (skipping) {
      while (i < actual.length && !ok(actual[i]!)) i++;
    }
    if (i >= actual.length || !ok(actual[i]!)) return want;
    i++;
    skipping = false;
  }
  return null;
}

describe('docs/cli.md examples are what the program prints', () => {
  const all = examples();
  it('has examples', () => {
    expect(all.length).toBeGreaterThanOrEqual(6);
  });
  it.each(all.map((e) => [e.argv.join(' '), e] as const))('poortwachter %s', (_name, e) => {
    const r = runCli(e.argv, { version: '0.0.0', readInput: (p) => readFileSync(fileURLToPath(new URL(`../../${p}`, import.meta.url)), 'utf8') });
    const actual = `${r.stdout}${r.stderr}`.split('\n').map((l) => l.trimEnd()).filter((l) => l !== '');
    expect(matches(e.shown, actual), `first line not printed:\n${actual.join('\n')}`).toBeNull();
  });
});

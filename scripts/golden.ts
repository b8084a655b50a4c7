/**
 * Regenerates the golden outputs: `npm run golden:update` (tsx scripts/golden.ts [name…]).
 * Writes test/golden/data/<function>.jsonl from the CURRENT code. Read test/golden/README.md
 * first: a golden may only change in a commit that names the rule changed and why.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { GOLDEN_SPECS, renderGolden } from '../test/golden/harness.js';

const only = process.argv.slice(2);
const dir = new URL('../test/golden/data/', import.meta.url);
mkdirSync(dir, { recursive: true });
let total = 0;
for (const spec of GOLDEN_SPECS) {
  if (only.length > 0 && !only.includes(spec.name)) continue;
  const t0 = performance.now();
  const text = renderGolden(spec);
  writeFileSync(new URL(`${spec.name}.jsonl`, dir), text);
  total += text.length;
  const lines = text.split('\n').length - 1;
  console.log(`${spec.name.padEnd(30)} ${String(lines).padStart(5)} cases ${(text.length / 1024).toFixed(0).padStart(6)} KiB ${(performance.now() - t0).toFixed(0)} ms`);
}
console.log(`total ${(total / 1024 / 1024).toFixed(2)} MiB`);

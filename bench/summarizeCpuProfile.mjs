// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time per function and per package/folder.
// Usage: node bench/summarizeCpuProfile.mjs [--top=N] bench/.prof/*.cpuprofile
// (tsx writes one profile per thread; the one with the most samples is the benchmark.)
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
const top = Number(argv.find((a) => a.startsWith('--top='))?.slice(6) ?? 25);
const files = argv.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  console.error('usage: node bench/summarizeCpuProfile.mjs [--top=N] <file.cpuprofile>…');
  process.exit(2);
}
const profiles = files.map((f) => ({ f, p: JSON.parse(readFileSync(f, 'utf8')) }));
profiles.sort((x, y) => y.p.samples.length - x.p.samples.length);
const { f: file, p: prof } = profiles[0];
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = prof.timeDeltas;
for (let i = 0; i < prof.samples.length; i++) {
  const id = prof.samples[i];
  self.set(id, (self.get(id) ?? 0) + (dt[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const fnTotals = new Map();
const groupTotals = new Map();
for (const [id, t] of self) {
  const { callFrame: cf } = byId.get(id);
  const url = cf.url.replace(/^file:\/\//, '');
  const where = url.includes('node_modules/')
    ? url.replace(/.*node_modules\/((?:@[^/]+\/)?[^/]+).*/, '$1')
    : url.includes('/src/') ? `src/${url.replace(/.*\/src\//, '').replace(/\/[^/]*$/, '')}` : url === '' ? `(${cf.functionName || 'vm'})` : url.replace(/.*\//, '');
  const key = `${cf.functionName || '(anonymous)'}  ${where}:${cf.lineNumber + 1}`;
  fnTotals.set(key, (fnTotals.get(key) ?? 0) + t);
  groupTotals.set(where, (groupTotals.get(where) ?? 0) + t);
}
const show = (title, map, n) => {
  console.log(`\n${title}`);
  for (const [k, t] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${((t / total) * 100).toFixed(1).padStart(6)}%  ${k}`);
};
console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled`);
show('Self time by package / source folder', groupTotals, 15);
show('Self time by function', fnTotals, top);

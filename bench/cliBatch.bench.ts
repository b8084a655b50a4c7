/**
 * Throughput of the batch command: `poortwachter timeline --ndjson --compact --jobs N`, end to end
 * (bundled command, worker threads, reading and writing files), in timelines per second.
 *
 *   npx tsx bench/cliBatch.bench.ts                  # 200,000 cases, --jobs 2
 *   npx tsx bench/cliBatch.bench.ts --cases=50000 --jobs=1 --full
 *
 * The target of issue 12 is ≥ 40,000 timelines/s with compact output on two cores. The load
 * average is printed with the result: on a shared machine the number says little. Timings never
 * go into tests.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { fromDayNumber } from '../src/calendar/dayNumber.js';
import { buildCli } from '../test/cli/buildCli.js';

const arg = (name: string, dflt: string): string => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const cases = Number(arg('cases', '200000'));
const jobs = Number(arg('jobs', '2'));
const compact = !process.argv.includes('--full');

const dir = mkdtempSync(join(tmpdir(), 'poortwachter-bench-'));
const file = join(dir, 'cases.ndjson');
const out = createWriteStream(file);
for (let i = 0; i < cases; i++) {
  // A mix: uninterrupted cases, samentelling, events, every status.
  const d = 16000 + (i % 2500);
  const line = i % 3 === 0
    ? { caseId: `c${i}`, sickPeriods: [{ from: fromDayNumber(d), to: fromDayNumber(d + 20) }, { from: fromDayNumber(d + 40) }], asOf: '2024-06-01' }
    : i % 3 === 1
      ? { caseId: `c${i}`, firstSickDay: fromDayNumber(d), asOf: '2024-06-01', events: { probleemanalyse: fromDayNumber(d + 30) } }
      : { caseId: `c${i}`, firstSickDay: fromDayNumber(d), asOf: '2024-06-01' };
  if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');

const cli = await buildCli();
const started = performance.now();
// bash's `times` gives the CPU time of the command (all threads): on a shared, loaded machine the
// wall-clock rate says little, timelines per CPU-second x cores says what an idle machine would do.
const args = ['timeline', '--ndjson', ...(compact ? ['--compact'] : []), '--jobs', String(jobs), '--input', file, '--locale', 'en'].map((a) => JSON.stringify(a)).join(' ');
const r = spawnSync('bash', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} ${args} > /dev/null; rc=$?; times >&2; exit $rc`], { encoding: 'utf8' });
const secs = (performance.now() - started) / 1000;
if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`);
const lines = r.stderr.trim().split('\n');
const cpu = (lines.at(-1) ?? '').split(/\s+/).map((t) => {
  const m = /^(\d+)m([\d.]+)s$/.exec(t);
  return m === null ? 0 : Number(m[1]) * 60 + Number(m[2]);
}).reduce((a, b) => a + b, 0);
console.log(lines[0]);
console.log(`${cases} cases (${(statSync(file).size / 1e6).toFixed(1)} MB), --jobs ${jobs}${compact ? ' --compact' : ''}, load average ${loadavg()[0]!.toFixed(1)}:`);
console.log(`  ${Math.round(cases / secs)} timelines/s wall clock, including start-up`);
if (cpu > 0) console.log(`  ${Math.round(cases / cpu)} timelines per CPU-second; on ${jobs} idle cores about ${Math.round((cases / cpu) * jobs)} timelines/s`);

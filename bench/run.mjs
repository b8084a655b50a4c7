// npm run bench: every benchmark, one after the other (issue 11). Ratios are against baselines
// measured in the same run; read docs/performance.md for the method. Pass --quick for rougher, faster runs.
//   floorRatio.bench.ts       — issue 11: computeTimeline / integer floor on random single-period inputs and a mix, interleaved
//   computeTimeline.bench.ts  — computeTimeline vs the integer-arithmetic floor (same 11 ISO dates), zod
//                               parse alone, a mix with periods/events/asOf, toICalendar
//   samentelling.bench.ts     — combineSickPeriods 1,000 vs 10,000 periods
//   functions.bench.ts        — every other public function per call, growth by input size
//   coldStart.mjs             — fresh processes importing dist (ESM and CJS) vs bare node (builds first if dist is missing)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const extra = process.argv.slice(2);
const run = (cmd, args) => {
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exitCode = 1;
};
const tsx = ['--import', 'tsx'];
run(process.execPath, [...tsx, 'bench/floorRatio.bench.ts', ...extra]);
run(process.execPath, [...tsx, 'bench/computeTimeline.bench.ts', ...extra]);
run(process.execPath, [...tsx, 'bench/samentelling.bench.ts']);
run(process.execPath, [...tsx, 'bench/functions.bench.ts', ...extra]);
if (!existsSync('dist/index.js') || !existsSync('dist/index.cjs')) run('npm', ['run', 'build']);
run(process.execPath, ['bench/coldStart.mjs', ...(extra.includes('--quick') ? ['--runs=7'] : [])]);

// Runs Stryker through its programmatic API with stryker.config.mjs.
// Why not `npx stryker run`: Stryker 10 declares Node >= 22 and refuses to load on older versions,
// while this project supports and is developed on Node 20. On Node 20 this script lets Stryker's
// version check pass (nothing else is changed) and says so; on Node 22+ it changes nothing.
// If a Stryker update starts to need Node 22 for real, run this on Node 22.
//
//   node scripts/mutation.mjs                         # every folder of stryker.config.mjs
//   node scripts/mutation.mjs 'src/calendar/**/*.ts'  # only these files
//   node scripts/mutation.mjs 'src/calendar/**/*.ts' --tests 'test/calendar/**,test/boundaries/calendar.test.ts'
//                                                     # judged by these tests only (much faster dry run)
//   options: --static (also test static mutants: module-level tables; slow), --name <run> (report file names),
//            --timeout <ms> (timeoutMS; raise it on a loaded machine, where a slow run is reported as a kill)
if (Number(process.versions.node.split('.')[0]) < 22) {
  console.warn(`mutation: Node ${process.version}; Stryker asks for >= 22, running anyway`);
  Object.defineProperty(process, 'version', { value: 'v22.0.0' });
}
const { Stryker } = await import('@stryker-mutator/core');
import config from '../stryker.config.mjs';

const args = process.argv.slice(2);
const t = args.indexOf('--tests');
if (t >= 0) { process.env.STRYKER_TESTS = args[t + 1] ?? ''; args.splice(t, 2); }
const s = args.indexOf('--static');
if (s >= 0) args.splice(s, 1);
const n = args.indexOf('--name');
const name = n >= 0 ? args[n + 1] ?? 'mutation' : 'mutation';
if (n >= 0) args.splice(n, 2);
const tm = args.indexOf('--timeout');
const timeoutMS = tm >= 0 ? Number(args[tm + 1]) : undefined;
if (tm >= 0) args.splice(tm, 2);
const globs = args;
const options = {
  ...config,
  ...(globs.length > 0 ? { mutate: [...globs, '!src/**/index.ts', '!src/**/messages.ts'] } : {}),
  ...(s >= 0 ? { ignoreStatic: false } : {}),
  ...(timeoutMS !== undefined && Number.isFinite(timeoutMS) ? { timeoutMS } : {}),
  // --name <run>: reports/mutation/<run>.json and .html, so that runs of several folders are kept.
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
};
const started = Date.now();
const results = await new Stryker(options).runMutationTest();
const killed = results.filter((m) => m.status === 'Killed' || m.status === 'Timeout').length;
const counted = results.filter((m) => m.status !== 'CompileError' && m.status !== 'RuntimeError' && m.status !== 'Ignored').length;
const count = (st) => results.filter((m) => m.status === st).length;
console.log(`mutation run ${name}: ${((Date.now() - started) / 60000).toFixed(1)} min; killed ${count('Killed')}, timeout ${count('Timeout')}, survived ${count('Survived')}, no coverage ${count('NoCoverage')}, ignored ${count('Ignored')}, compile/runtime errors ${count('CompileError') + count('RuntimeError')}`);
console.log(`mutation score: ${counted === 0 ? 'n/a' : ((100 * killed) / counted).toFixed(2)}% (${killed}/${counted})`);

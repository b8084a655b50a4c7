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
if (Number(process.versions.node.split('.')[0]) < 22) {
  console.warn(`mutation: Node ${process.version}; Stryker asks for >= 22, running anyway`);
  Object.defineProperty(process, 'version', { value: 'v22.0.0' });
}
const { Stryker } = await import('@stryker-mutator/core');
import config from '../stryker.config.mjs';

const args = process.argv.slice(2);
const t = args.indexOf('--tests');
if (t >= 0) { process.env.STRYKER_TESTS = args[t + 1] ?? ''; args.splice(t, 2); }
const globs = args;
const options = { ...config, ...(globs.length > 0 ? { mutate: [...globs, '!src/**/index.ts'] } : {}) };
const results = await new Stryker(options).runMutationTest();
const killed = results.filter((m) => m.status === 'Killed' || m.status === 'Timeout').length;
const counted = results.filter((m) => m.status !== 'CompileError' && m.status !== 'RuntimeError' && m.status !== 'Ignored').length;
console.log(`mutation score: ${counted === 0 ? 'n/a' : ((100 * killed) / counted).toFixed(2)}% (${killed}/${counted})`);

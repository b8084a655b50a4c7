/**
 * The `poortwachter` command-line program (package `bin`, bundled to dist/cli.js). The only code in
 * the package that touches the outside world: it reads `process.argv`, the clock (for a default
 * "today" when `--as-of` is absent) and writes stdout/stderr and the exit code. Everything else is
 * in the pure {@link runCli}.
 *
 * @packageDocumentation
 */
import pkg from '../../package.json' with { type: 'json' };
import { runCli } from './runCli.js';

/** Today's date in the user's own time zone: the calendar day the user means by "today". */
function localToday(): string {
  const now = new Date();
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

// A closed pipe (`poortwachter … | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
}

try {
  const result = runCli(process.argv.slice(2), { version: pkg.version, today: localToday });
  if (result.stdout !== '') process.stdout.write(result.stdout);
  if (result.stderr !== '') process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
} catch (e) {
  process.stderr.write(`poortwachter: internal error — ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\nPlease report this with the command line you used.\n`);
  process.exitCode = 1;
}

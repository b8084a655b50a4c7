/**
 * The `poortwachter` command-line program (package `bin`, bundled to dist/cli.js). The only code in
 * the package that touches the outside world: it reads `process.argv`, the clock (for a default
 * "today" when `--as-of` is absent), `--input` files and stdin, and writes stdout/stderr and the
 * exit code. Everything else is in the pure {@link runCli} and `processLine`.
 *
 * The same file is the worker of a batch (`--ndjson --jobs N`): in a worker thread it handles
 * chunks of lines and sends the output lines back.
 *
 * @packageDocumentation
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import pkg from '../../package.json' with { type: 'json' };
import type { LinePlan } from './batchLine.js';
import { cliText } from './cliMessages.js';
import { checkCsvHeader } from './checkCsvHeader.js';
import { runCli } from './runCli.js';
import { runBatch } from './runBatch.js';
import { runChunk } from './runChunk.js';

/** Today's date in the user's own time zone: the calendar day the user means by "today". */
function localToday(): string {
  const now = new Date();
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

const workerPlan = (workerData as { poortwachterBatch?: LinePlan } | null)?.poortwachterBatch;

if (!isMainThread && parentPort !== null && workerPlan !== undefined) {
  const port = parentPort;
  port.on('message', (chunk: Parameters<typeof runChunk>[0]) => port.postMessage(runChunk(chunk, workerPlan)));
} else {
  void main();
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const locale = argv.includes('en') && argv.some((a, i) => a === '--locale=en' || (a === '--locale' && argv[i + 1] === 'en')) ? 'en' : 'nl';
  // A write failure (a closed pipe, a full disk) is one line on stderr and exit code 4 — no stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    try {
      process.stderr.write(`${cliText(locale).writeFailed(err.code ?? err.message)}\n`);
    } catch {
      // stderr is gone too: nothing left to tell.
    }
    process.exit(4);
  });
  process.stderr.on('error', () => process.exit(4));

  try {
    const result = runCli(argv, {
      version: pkg.version,
      today: localToday,
      readInput: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
    });
    if (result.batch !== undefined) {
      const b = result.batch;
      let totalBytes: number | undefined;
      try {
        totalBytes = b.inputPath === '-' ? undefined : statSync(b.inputPath).size;
      } catch (e) {
        process.stderr.write(`poortwachter: --input: ${cliText(b.locale).cannotRead(b.inputPath, e instanceof Error ? e.message : String(e))}\n`);
        process.exitCode = 2;
        return;
      }
      const input = b.inputPath === '-' ? process.stdin : createReadStream(b.inputPath);
      process.exitCode = await runBatch({
        input,
        output: process.stdout,
        stderr: process.stderr,
        progress: process.stderr.isTTY === true,
        totalBytes,
        jobs: b.jobs ?? availableParallelism(),
        workerUrl: new URL(import.meta.url),
        locale: b.locale,
        plan: b.plan,
        csv: b.csv,
        checkCsvHeader: (h) => checkCsvHeader(h, b.locale),
      });
      return;
    }
    if (result.stdout !== '') process.stdout.write(result.stdout);
    if (result.stderr !== '') process.stderr.write(result.stderr);
    process.exitCode = result.exitCode;
  } catch (e) {
    process.stderr.write(`poortwachter: internal error — ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\nPlease report this with the command line you used.\n`);
    process.exitCode = 1;
  }
}

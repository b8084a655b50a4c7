import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { LinePlan } from './batchLine.js';
import { runChunk, type Done } from './runChunk.js';
import { cliText, type CliLocale } from './cliMessages.js';

/** Lines per message to a worker: large enough that messaging costs little, small enough to stream. */
const CHUNK_LINES = 512;

/** How {@link runBatch} runs. */
export interface BatchOptions {
  /** The lines to process (a file or stdin). */
  readonly input: Readable;
  /** Where the NDJSON goes. */
  readonly output: Writable;
  /** Progress and summary. */
  readonly stderr: Writable;
  /** Write a progress line to `stderr` (only when it is a terminal). */
  readonly progress: boolean;
  /** Least time between two progress lines, in ms. @defaultValue 250 */
  readonly progressIntervalMs?: number | undefined;
  /** Size of the input in bytes, when known, for the time left. */
  readonly totalBytes?: number | undefined;
  /** Worker threads; 1 = in this thread. */
  readonly jobs: number;
  /** The script that runs as a worker (dist/cli.js itself). */
  readonly workerUrl?: URL | undefined;
  /** Language of progress and summary. */
  readonly locale: CliLocale;
  /** The plan; `csvHeader` is filled from the first line with `csv`. */
  readonly plan: LinePlan;
  /** `--csv`: the first line is a header. */
  readonly csv: boolean;
  /** Checks the CSV header; returns a message for a bad one. */
  readonly checkCsvHeader?: ((header: readonly string[]) => string | null) | undefined;
}

/** A chunk of lines with their 1-based numbers. */
interface Chunk { readonly seq: number; readonly numbers: number[]; readonly lines: string[] }

/**
 * Runs a batch: reads lines (NDJSON, or CSV with a header), hands them in chunks to `jobs` worker
 * threads (a bounded window of chunks in flight, so memory stays constant however long the input),
 * writes the results in input order with back-pressure, shows progress on a terminal and a summary
 * at the end.
 *
 * @param o - Streams, plan, jobs.
 * @returns Exit code: 0 every line ok, 3 some not, 2 a bad CSV header.
 * @example
 * await runBatch({ input: createReadStream('cases.ndjson'), output: process.stdout, stderr: process.stderr, jobs: 2, … }) //=> 0
 */
export async function runBatch(o: BatchOptions): Promise<0 | 2 | 3> {
  const t = cliText(o.locale);
  const started = performance.now();
  let plan = o.plan;
  let lines = 0;
  let failed = 0;
  let bytes = 0;
  let nextSeq = 0;
  let nextWrite = 0;
  const ready = new Map<number, Done>();
  const window = Math.max(2, o.jobs * 3);
  let inFlight = 0;
  let wake: (() => void) | null = null;
  let writeError: Error | null = null;

  const workers: Worker[] = [];
  const idle: Worker[] = [];
  const queue: Chunk[] = [];

  const flush = async (): Promise<void> => {
    while (ready.has(nextWrite)) {
      const d = ready.get(nextWrite)!;
      ready.delete(nextWrite);
      nextWrite++;
      failed += d.failed;
      if (!o.output.write(d.out)) await new Promise<void>((res) => o.output.once('drain', res));
    }
  };
  const finished = (d: Done): void => {
    ready.set(d.seq, d);
    inFlight--;
    wake?.();
  };
  const dispatch = (): void => {
    while (idle.length > 0 && queue.length > 0) {
      const w = idle.pop()!;
      w.postMessage(queue.shift()!);
    }
  };
  const submit = (chunk: Chunk): void => {
    inFlight++;
    if (workers.length === 0) {
      finished(runChunk(chunk, plan));
    } else {
      queue.push(chunk);
      dispatch();
    }
  };
  const startWorkers = (): void => {
    if (o.jobs <= 1 || o.workerUrl === undefined) return;
    for (let i = 0; i < o.jobs; i++) {
      const w = new Worker(o.workerUrl, { workerData: { poortwachterBatch: plan } });
      w.on('message', (d: Done) => {
        idle.push(w);
        finished(d);
        dispatch();
      });
      w.on('error', (e) => {
        writeError = e;
        wake?.();
      });
      workers.push(w);
      idle.push(w);
    }
  };

  let lastProgress = -Infinity;
  const progress = (): void => {
    const now = performance.now();
    if (!o.progress || now - lastProgress < (o.progressIntervalMs ?? 250)) return;
    lastProgress = now;
    const secs = (now - started) / 1000;
    const rate = lines / Math.max(secs, 1e-3);
    const left = o.totalBytes !== undefined && bytes > 0 ? (secs * (o.totalBytes - bytes)) / bytes : null;
    o.stderr.write(`\r${t.progress(lines, Math.round(rate), left)}\x1b[K`);
  };

  const rl = createInterface({ input: o.input, crlfDelay: Infinity });
  let header = o.csv;
  let chunk: Chunk = { seq: nextSeq, numbers: [], lines: [] };
  let lineNo = 0;
  let badHeader: string | null = null;
  let workersStarted = false;
  try {
    for await (const text of rl) {
      lineNo++;
      bytes += text.length + 1;
      if (header) {
        header = false;
        const cols = text.split(',').map((c) => c.trim());
        badHeader = o.checkCsvHeader?.(cols) ?? null;
        if (badHeader !== null) break;
        plan = { ...plan, csvHeader: cols };
        continue;
      }
      if (text.trim() === '') continue;
      chunk.numbers.push(lineNo);
      chunk.lines.push(text);
      lines++;
      if (chunk.lines.length >= CHUNK_LINES) {
        // Workers start with the first full chunk: a small input is done in this thread before a worker would be up.
        if (!workersStarted) {
          workersStarted = true;
          startWorkers();
        }
        submit(chunk);
        chunk = { seq: ++nextSeq, numbers: [], lines: [] };
        await flush();
        while (inFlight >= window && writeError === null) {
          await new Promise<void>((res) => { wake = res; });
          wake = null;
          await flush();
        }
        if (writeError !== null) throw writeError;
        progress();
      }
    }
    if (badHeader === null) {
      if (chunk.lines.length > 0) submit(chunk);
      else nextSeq--;
      while (nextWrite <= nextSeq && writeError === null) {
        await flush();
        if (nextWrite > nextSeq) break;
        await new Promise<void>((res) => { wake = res; });
        wake = null;
      }
      if (writeError !== null) throw writeError;
    }
  } finally {
    rl.close();
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (badHeader !== null) {
    o.stderr.write(`${badHeader}\n`);
    return 2;
  }
  const secs = (performance.now() - started) / 1000;
  if (o.progress) o.stderr.write('\r\x1b[K');
  o.stderr.write(`${t.summary(lines, lines - failed, failed, secs, Math.round(lines / Math.max(secs, 1e-3)))}\n`);
  return failed === 0 ? 0 : 3;
}

import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { LinePlan } from './batchLine.js';
import { ChunkPipeline, type Chunk } from './chunkPipeline.js';
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
  const started = performance.now();
  const pipeline = new ChunkPipeline(o.output, o.jobs);
  let read: ReadResult;
  try {
    read = await readChunks(o, pipeline, progressReporter(o, started));
  } finally {
    await pipeline.close();
  }
  if (read.badHeader !== null) {
    o.stderr.write(`${read.badHeader}\n`);
    return 2;
  }
  const secs = (performance.now() - started) / 1000;
  const { lines } = read;
  const { failed } = pipeline;
  if (o.progress) o.stderr.write('\r\x1b[K');
  o.stderr.write(`${cliText(o.locale).summary(lines, lines - failed, failed, secs, Math.round(lines / Math.max(secs, 1e-3)))}\n`);
  return failed === 0 ? 0 : 3;
}

/** What {@link readChunks} read: the lines handled, or the message of a bad CSV header. */
interface ReadResult { readonly lines: number; readonly badHeader: string | null }

/** Writes a progress line (lines, rate, time left) at most every `progressIntervalMs`, on a terminal only. */
type Progress = (lines: number, bytes: number) => void;

function progressReporter(o: BatchOptions, started: number): Progress {
  const t = cliText(o.locale);
  let lastProgress = -Infinity;
  return (lines, bytes) => {
    const now = performance.now();
    if (!o.progress || now - lastProgress < (o.progressIntervalMs ?? 250)) return;
    lastProgress = now;
    const secs = (now - started) / 1000;
    const rate = lines / Math.max(secs, 1e-3);
    const left = o.totalBytes !== undefined && bytes > 0 ? (secs * (o.totalBytes - bytes)) / bytes : null;
    o.stderr.write(`\r${t.progress(lines, Math.round(rate), left)}\x1b[K`);
  };
}

/**
 * Reads the input line by line (the CSV header first), submits full chunks to the pipeline, then
 * the last one, and waits until every chunk is written. Blank lines are skipped but keep their number.
 */
async function readChunks(o: BatchOptions, pipeline: ChunkPipeline, progress: Progress): Promise<ReadResult> {
  const rl = createInterface({ input: o.input, crlfDelay: Infinity });
  let plan = o.plan;
  let header = o.csv;
  let chunk: Chunk = { seq: 0, numbers: [], lines: [] };
  let lines = 0;
  let bytes = 0;
  let lineNo = 0;
  let workersStarted = false;
  try {
    for await (const text of rl) {
      lineNo++;
      bytes += text.length + 1;
      if (header) {
        header = false;
        const cols = text.split(',').map((c) => c.trim());
        const badHeader = o.checkCsvHeader?.(cols) ?? null;
        if (badHeader !== null) return { lines, badHeader };
        plan = { ...plan, csvHeader: cols };
        continue;
      }
      if (text.trim() === '') continue;
      chunk.numbers.push(lineNo);
      chunk.lines.push(text);
      lines++;
      if (chunk.lines.length < CHUNK_LINES) continue;
      // Workers start with the first full chunk: a small input is done in this thread before a worker would be up.
      if (!workersStarted) {
        workersStarted = true;
        pipeline.startWorkers(o.jobs, o.workerUrl, plan);
      }
      pipeline.submit(chunk, plan);
      chunk = { seq: chunk.seq + 1, numbers: [], lines: [] };
      await pipeline.waitForRoom();
      progress(lines, bytes);
    }
    if (chunk.lines.length > 0) pipeline.submit(chunk, plan);
    await pipeline.drain(chunk.lines.length > 0 ? chunk.seq : chunk.seq - 1);
    return { lines, badHeader: null };
  } finally {
    rl.close();
  }
}

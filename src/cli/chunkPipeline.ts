import type { Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { LinePlan } from './batchLine.js';
import { runChunk, type Done } from './runChunk.js';

/** A chunk of lines with their 1-based numbers. @internal */
export interface Chunk { readonly seq: number; readonly numbers: number[]; readonly lines: string[] }

/**
 * The chunks of one batch on their way: handed to worker threads (or run in this thread before
 * any worker is started), with a bounded window of chunks in flight, and written in input order
 * with back-pressure. One per {@link runBatch} call.
 *
 * @internal
 */
export class ChunkPipeline {
  /** Lines not ok in the chunks written so far. */
  failed = 0;
  readonly #output: Writable;
  readonly #window: number;
  readonly #ready = new Map<number, Done>();
  readonly #workers: Worker[] = [];
  readonly #idle: Worker[] = [];
  readonly #queue: Chunk[] = [];
  #nextWrite = 0;
  #inFlight = 0;
  #wake: (() => void) | null = null;
  #error: Error | null = null;

  /**
   * @param output - Where the output lines go.
   * @param jobs - Worker threads (the window is three chunks per worker, at least two).
   */
  constructor(output: Writable, jobs: number) {
    this.#output = output;
    this.#window = Math.max(2, jobs * 3);
  }

  /**
   * Starts `jobs` worker threads running `workerUrl` with `plan` (none for one job or without a URL).
   *
   * @param jobs - Worker threads.
   * @param workerUrl - The script that runs as a worker.
   * @param plan - The plan every worker applies.
   */
  startWorkers(jobs: number, workerUrl: URL | undefined, plan: LinePlan): void {
    if (jobs <= 1 || workerUrl === undefined) return;
    for (let i = 0; i < jobs; i++) {
      const w = new Worker(workerUrl, { workerData: { poortwachterBatch: plan } });
      w.on('message', (d: Done) => {
        this.#idle.push(w);
        this.#finished(d);
        this.#dispatch();
      });
      w.on('error', (e) => {
        this.#error = e;
        this.#wake?.();
      });
      this.#workers.push(w);
      this.#idle.push(w);
    }
  }

  /**
   * Hands a chunk to a worker, or runs it here when no worker was started.
   *
   * @param chunk - The chunk.
   * @param plan - The plan (used in this thread only).
   */
  submit(chunk: Chunk, plan: LinePlan): void {
    this.#inFlight++;
    if (this.#workers.length === 0) {
      this.#finished(runChunk(chunk, plan));
    } else {
      this.#queue.push(chunk);
      this.#dispatch();
    }
  }

  /** Writes what is ready, then waits while the window is full; throws a worker's error. */
  async waitForRoom(): Promise<void> {
    await this.#flush();
    while (this.#inFlight >= this.#window && this.#error === null) {
      await this.#sleep();
      await this.#flush();
    }
    if (this.#error !== null) throw this.#error;
  }

  /**
   * Writes every chunk up to `lastSeq` as it becomes ready; throws a worker's error.
   *
   * @param lastSeq - The number of the last chunk submitted (-1 for none).
   */
  async drain(lastSeq: number): Promise<void> {
    while (this.#nextWrite <= lastSeq && this.#error === null) {
      await this.#flush();
      if (this.#nextWrite > lastSeq) break;
      await this.#sleep();
    }
    if (this.#error !== null) throw this.#error;
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }

  async #flush(): Promise<void> {
    while (this.#ready.has(this.#nextWrite)) {
      const d = this.#ready.get(this.#nextWrite)!;
      this.#ready.delete(this.#nextWrite);
      this.#nextWrite++;
      this.failed += d.failed;
      if (!this.#output.write(d.out)) await new Promise<void>((res) => this.#output.once('drain', res));
    }
  }

  async #sleep(): Promise<void> {
    await new Promise<void>((res) => { this.#wake = res; });
    this.#wake = null;
  }

  #finished(d: Done): void {
    this.#ready.set(d.seq, d);
    this.#inFlight--;
    this.#wake?.();
  }

  #dispatch(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const w = this.#idle.pop()!;
      w.postMessage(this.#queue.shift()!);
    }
  }
}

import { processLine, type LinePlan } from './batchLine.js';

/** What a worker sends back for a chunk. */
export interface Done { readonly seq: number; readonly out: string; readonly failed: number }

/**
 * Handles one chunk in this thread (also what each worker runs).
 *
 * @param chunk - Lines and their numbers.
 * @param plan - Command and options.
 * @returns The output lines (each ending in `\n`) and how many were not ok.
 * @example
 * runChunk({ seq: 0, numbers: [1], lines: ['{}'] }, plan).failed //=> 1
 */
export function runChunk(chunk: { readonly seq: number; readonly numbers: readonly number[]; readonly lines: readonly string[] }, plan: LinePlan): Done {
  let out = '';
  let failed = 0;
  for (let i = 0; i < chunk.lines.length; i++) {
    const o = processLine(chunk.lines[i]!, chunk.numbers[i]!, plan);
    if (o.charCodeAt(o.indexOf('"ok":') + 5) === 102 /* f */) failed++;
    out += `${o}\n`;
  }
  return { seq: chunk.seq, out, failed };
}

import { isPoortwachterError, type InputIssue } from '../errors/PoortwachterError.js';
import type { Timeline, TimelineOptions } from '../timeline/types.js';
import { COMMANDS, type CommandName } from './commands.js';
import { compactTimelineJson } from './compactTimelineJson.js';
import { parseCsvLine } from './parseCsvLine.js';
import { cutQuoted, quote } from './quote.js';

/** How every line of a batch is handled; plain data, so that it can go to a worker thread. */
export interface LinePlan {
  /** The command of {@link COMMANDS}. */
  readonly command: CommandName;
  /** Timeline flags (`--locale`, conventions). */
  readonly timelineOptions: TimelineOptions;
  /** `--compact`: the compact timeline instead of the full one. */
  readonly compact: boolean;
  /** `--csv`: the header row's column names; lines are CSV rows instead of JSON. */
  readonly csvHeader?: readonly string[] | undefined;
}

/** The columns `--csv` knows (timeline input), in the order the docs list them. */
export const CSV_COLUMNS = ['caseId', 'firstSickDay', 'periods', 'asOf', 'aowDate', 'workPattern', 'events'] as const;

/** An issue of a batch line (the library's, or the reader's own: `invalid_json`, `internal_error`). */
export interface LineIssue { readonly path: readonly (string | number)[]; readonly code: string; readonly message: string }

/** A CSV row → the timeline input (`null` fields left out). */
function csvToInput(header: readonly string[], line: string): { input?: Record<string, unknown>; issue?: LineIssue } {
  const f = parseCsvLine(line);
  if (f === null) return { issue: { path: [], code: 'invalid_csv', message: 'a quoted field is not closed' } };
  if (f.length !== header.length) return { issue: { path: [], code: 'invalid_csv', message: `expected ${header.length} fields as in the header, got ${f.length}` } };
  const o: Record<string, unknown> = {};
  header.forEach((h, i) => {
    const v = f[i]!;
    if (v === '') return;
    if (h === 'periods') {
      o.sickPeriods = v.split(';').map((p) => {
        const [from, to] = p.trim().split(':');
        return to === undefined || to === '' ? { from } : { from, to };
      });
    } else if (h === 'workPattern') {
      o.workPattern = v.split(/[;\s]+/).filter((d) => d !== '').map((d) => (/^[1-7]$/.test(d) ? Number(d) : d));
    } else if (h === 'events') {
      const events: Record<string, string | string[]> = {};
      for (const e of v.split(';')) {
        const [k = '', d = ''] = e.split('=').map((s) => s.trim());
        if (k === 'evaluatie' || k === 'evaluaties') events.evaluaties = [...((events.evaluaties as string[] | undefined) ?? []), d];
        else events[k] = d;
      }
      o.events = events;
    } else {
      o[h] = v;
    }
  });
  return { input: o };
}

const errorLine = (line: number, caseId: unknown, issues: readonly LineIssue[]): string =>
  JSON.stringify({ line, caseId, ok: false, issues: issues.map((i) => ({ path: i.path, code: i.code, message: cutQuoted(i.message) })) });

/**
 * Handles one line of a batch: parses it (JSON, or a CSV row with `plan.csvHeader`), runs the
 * command and returns the output line `{"line", "caseId", "ok": true, "result"}` or
 * `{"line", "caseId", "ok": false, "issues": [{path, code, message}]}` — never throws, so one bad
 * line cannot stop a run.
 *
 * @param text - The line, without its line ending.
 * @param line - Its 1-based line number in the input.
 * @param plan - Command and options.
 * @returns One JSON line (no line ending).
 * @example
 * processLine('{"caseId":"a","firstSickDay":"2024-01-01"}', 1, { command: 'timeline', timelineOptions: {}, compact: true })
 * //=> '{"line":1,"caseId":"a","ok":true,"result":{"firstSickDay":"2024-01-01",…}}'
 */
export function processLine(text: string, line: number, plan: LinePlan): string {
  return runLine(text, line, plan).json;
}

/** The output of one batch line and whether it is ok (so that nobody has to search the text for it). */
export interface LineOutcome { readonly ok: boolean; readonly json: string }

/**
 * {@link processLine}, also saying whether the line is ok.
 *
 * @param text - The line, without its line ending.
 * @param line - Its 1-based line number in the input.
 * @param plan - Command and options.
 * @returns The output line (no line ending) and `ok`.
 * @example
 * runLine('not json', 1, plan).ok //=> false
 */
export function runLine(text: string, line: number, plan: LinePlan): LineOutcome {
  let raw: unknown;
  if (plan.csvHeader !== undefined) {
    const r = csvToInput(plan.csvHeader, text);
    if (r.issue !== undefined) return failed(line, null, [r.issue]);
    raw = r.input;
  } else {
    try {
      raw = JSON.parse(text);
    } catch (e) {
      return failed(line, null, [{ path: [], code: 'invalid_json', message: `not valid JSON (${e instanceof Error ? e.message : String(e)}): ${quote(text)}` }]);
    }
  }
  let caseId: unknown = null;
  let input = raw;
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && 'caseId' in raw) {
    const { caseId: id, ...rest } = raw as Record<string, unknown>;
    caseId = id === undefined ? null : id;
    input = rest;
  }
  try {
    const result = COMMANDS[plan.command].run(input, plan.timelineOptions);
    if (plan.compact && plan.command === 'timeline') {
      // The hot path of a large batch: the same text as JSON.stringify of the compact timeline.
      return { ok: true, json: `{"line":${line},"caseId":${JSON.stringify(caseId)},"ok":true,"result":${compactTimelineJson(result as Timeline)}}` };
    }
    return { ok: true, json: JSON.stringify({ line, caseId, ok: true, result }) };
  } catch (e) {
    if (isPoortwachterError(e)) return failed(line, caseId, e.issues as readonly InputIssue[]);
    return failed(line, caseId, [{ path: [], code: 'internal_error', message: `internal error (a bug, please report it): ${e instanceof Error ? e.message : String(e)}` }]);
  }
}

const failed = (line: number, caseId: unknown, issues: readonly LineIssue[]): LineOutcome => ({ ok: false, json: errorLine(line, caseId, issues) });

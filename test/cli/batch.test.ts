import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { Readable, Writable } from 'node:stream';
import { computeTimeline } from '../../src/index.js';
import { processLine, type LinePlan } from '../../src/cli/batchLine.js';
import { compactTimeline } from '../../src/timeline/compactTimeline.js';
import { compactTimelineJson } from '../../src/cli/compactTimelineJson.js';
import { parseCsvLine } from '../../src/cli/parseCsvLine.js';
import { toCsv } from '../../src/cli/toCsv.js';
import { runBatch } from '../../src/cli/runBatch.js';
import { runCli } from '../../src/cli/runCli.js';
import { checkCsvHeader } from '../../src/cli/checkCsvHeader.js';
import { fromDayNumber } from '../../src/calendar/dayNumber.js';
import { dayNumberArb } from '../helpers/arbitraries.js';

const plan: LinePlan = { command: 'timeline', timelineOptions: {}, compact: false };

/** Runs a batch in this thread over in-memory streams. */
async function batch(text: string, p: Partial<LinePlan> & { csv?: boolean } = {}): Promise<{ code: number; out: string[]; err: string }> {
  let out = '';
  let err = '';
  const sink = (f: (s: string) => void) => new Writable({ write(chunk, _enc, cb) { f(String(chunk)); cb(); } });
  const code = await runBatch({
    input: Readable.from([text]),
    output: sink((s) => { out += s; }),
    stderr: sink((s) => { err += s; }),
    progress: false,
    jobs: 1,
    locale: 'en',
    plan: { ...plan, ...p },
    csv: p.csv ?? false,
    checkCsvHeader: (h) => checkCsvHeader(h, 'en'),
  });
  return { code, out: out.split('\n').filter((l) => l !== ''), err };
}

describe('processLine: one input line → one output line, never a throw', () => {
  it('ok line: the result and the caseId; error line: the issues with path, code, message', () => {
    const ok = JSON.parse(processLine('{"caseId":"k1","firstSickDay":"2024-01-01","asOf":"2024-03-01"}', 7, plan));
    expect(ok).toEqual({ line: 7, caseId: 'k1', ok: true, result: JSON.parse(JSON.stringify(computeTimeline({ firstSickDay: '2024-01-01', asOf: '2024-03-01' }))) });
    const bad = JSON.parse(processLine('{"caseId":"k2","firstSickDay":"2023-02-29"}', 8, plan));
    expect(bad).toMatchObject({ line: 8, caseId: 'k2', ok: false, issues: [{ path: ['firstSickDay'], code: 'invalid_date' }] });
    expect(JSON.parse(processLine('not json', 9, plan))).toMatchObject({ line: 9, caseId: null, ok: false, issues: [{ path: [], code: 'invalid_json' }] });
    expect(JSON.parse(processLine('{"firstSickDay":"2024-01-01"}', 10, plan)).caseId).toBeNull();
  });

  test.prop([fc.string({ maxLength: 80 }), fc.integer({ min: 1, max: 1e6 })], { numRuns: 200 })('any line gives one JSON line with its number', (s, n) => {
    const o = processLine(s, n, plan);
    expect(o).not.toContain('\n');
    const v = JSON.parse(o) as { line: number; ok: boolean };
    expect(v.line).toBe(n);
    expect(typeof v.ok).toBe('boolean');
  });

  test.prop([dayNumberArb, fc.integer({ min: 0, max: 800 })], { numRuns: 40 })('a batch line and the single command agree (same facts, same result)', (d, k) => {
    const input = { firstSickDay: fromDayNumber(d), asOf: fromDayNumber(d + k) };
    const single = runCli(['timeline', '--input', 'x', '--format', 'json'], { version: 'x', readInput: () => JSON.stringify(input) });
    const line = JSON.parse(processLine(JSON.stringify({ caseId: 'c', ...input }), 1, plan)) as { result: unknown };
    expect(line.result).toEqual(JSON.parse(single.stdout));
    const compact = JSON.parse(processLine(JSON.stringify(input), 1, { ...plan, compact: true })) as { result: unknown };
    expect(compact.result).toEqual(JSON.parse(JSON.stringify(compactTimeline(computeTimeline(input)))));
  });

  test.prop([dayNumberArb, fc.integer({ min: 0, max: 3000 })], { numRuns: 60 })('a compact timeline is under 2 kB and keeps every milestone id, date and status', (d, k) => {
    const t = computeTimeline({ firstSickDay: fromDayNumber(d), asOf: fromDayNumber(d + k) }, { includeOpzegverbod: true });
    const c = compactTimeline(t);
    expect(JSON.stringify(c).length).toBeLessThan(2048);
    expect(c.milestones.map((m) => [m.id, m.due, m.status])).toEqual(t.milestones.map((m) => [m.id, m.due, m.status]));
  });

  test.prop([dayNumberArb, fc.integer({ min: 0, max: 3000 }), fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }), fc.boolean()], { numRuns: 80 })(
    'compactTimelineJson is exactly JSON.stringify(compactTimeline(t)) for the same facts',
    (d, k, pa, opz) => {
      const asOf = fromDayNumber(d + k);
      const events = pa === undefined || pa > k ? undefined : { probleemanalyse: fromDayNumber(d + pa) };
      const t = computeTimeline({ firstSickDay: fromDayNumber(d), asOf, ...(events === undefined ? {} : { events }) }, { includeOpzegverbod: opz });
      expect(compactTimelineJson(t)).toBe(JSON.stringify(compactTimeline(t)));
      const noAsOf = computeTimeline({ firstSickDay: fromDayNumber(d) });
      expect(compactTimelineJson(noAsOf)).toBe(JSON.stringify(compactTimeline(noAsOf)));
    },
  );
});

describe('CSV', () => {
  test.prop([fc.array(fc.array(fc.string({ maxLength: 12 }).filter((s) => !/[\r\n]/.test(s)), { minLength: 2, maxLength: 2 }), { maxLength: 5 })])('toCsv and parseCsvLine round-trip (fields without line breaks)', (rows) => {
    const lines = toCsv(['a', 'b'], rows).split('\n').slice(1, -1);
    expect(lines.map((l) => parseCsvLine(l)?.map((f) => f.trim()))).toEqual(rows.map((r) => r.map((f) => f.trim())));
  });

  it('--csv rows become timeline inputs; the header is line 1', async () => {
    const r = await batch('caseId,firstSickDay,periods,asOf,events\na,2024-01-01,,2024-03-01,probleemanalyse=2024-02-05\nb,,2024-01-08:2024-02-02;2024-02-19:,2024-06-01,\nc,2024-13-01,,,\n', { csv: true });
    expect(r.code).toBe(3);
    const lines = r.out.map((l) => JSON.parse(l) as { line: number; caseId: string; ok: boolean; result: { firstSickDay: string; milestones: { id: string; done: string | null }[] } });
    expect(lines.map((l) => [l.line, l.caseId, l.ok])).toEqual([[2, 'a', true], [3, 'b', true], [4, 'c', false]]);
    expect(lines[0]!.result.milestones.find((m) => m.id === 'probleemanalyse')!.done).toBe('2024-02-05');
    expect(lines[1]!.result).toEqual(JSON.parse(JSON.stringify(computeTimeline({ sickPeriods: [{ from: '2024-01-08', to: '2024-02-02' }, { from: '2024-02-19' }], asOf: '2024-06-01' }))));
  });

  it('an unknown CSV column stops the run with exit 2', async () => {
    const r = await batch('caseId,firstSickday\na,2024-01-01\n', { csv: true });
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toContain('unknown CSV column(s) "firstSickday"');
  });
});

describe('runBatch (in this thread)', { timeout: 30_000 }, () => {
  it('a bad line in the middle: every line number once, in order, caseIds passed through, exit 3, a summary', async () => {
    const input = Array.from({ length: 1500 }, (_, i) => (i === 700 ? '{broken' : i === 701 ? '' : JSON.stringify({ caseId: `c${i}`, firstSickDay: fromDayNumber(19000 + i) })));
    const r = await batch(`${input.join('\n')}\n`, { compact: true });
    expect(r.code).toBe(3);
    const lines = r.out.map((l) => JSON.parse(l) as { line: number; caseId: string | null; ok: boolean });
    const expectedNumbers = input.map((_, i) => i + 1).filter((n) => n !== 702);
    expect(lines.map((l) => l.line)).toEqual(expectedNumbers);
    expect(lines.filter((l) => !l.ok).map((l) => l.line)).toEqual([701]);
    for (const l of lines) if (l.ok) expect(l.caseId).toBe(`c${l.line - 1}`);
    expect(r.err).toMatch(/^poortwachter: 1499 lines: 1498 ok, 1 with errors/);
  });

  it('progress (only when asked, i.e. stderr is a terminal): lines done, rate, time left; then cleared before the summary', async () => {
    const text = `${Array.from({ length: 1100 }, () => '{"firstSickDay":"2024-01-01"}').join('\n')}\n`;
    let err = '';
    await runBatch({
      input: Readable.from([text]),
      output: new Writable({ write(_c, _e, cb) { cb(); } }),
      stderr: new Writable({ write(c, _e, cb) { err += String(c); cb(); } }),
      progress: true,
      progressIntervalMs: 0,
      totalBytes: text.length,
      jobs: 1,
      locale: 'nl',
      plan,
      csv: false,
    });
    expect(err).toMatch(/\r512 regels, \d+\/s, nog ~\d+ s/);
    expect(err).toMatch(/\r1024 regels, /);
    expect(err).toMatch(/\r\x1b\[Kpoortwachter: 1100 regels: 1100 goed, 0 met fouten/);
  });

  it('every line ok: exit 0; empty input: no output, exit 0', async () => {
    expect((await batch('{"firstSickDay":"2024-01-01"}\n')).code).toBe(0);
    const empty = await batch('');
    expect(empty).toMatchObject({ code: 0, out: [] });
    expect(empty.err).toMatch(/0 lines/);
  });

  it('other commands run in a batch too', async () => {
    const r = await batch('{"caseId":1,"periods":[{"from":"2024-01-01","to":"2024-01-10"}]}\n[]\n', { command: 'samentelling' });
    const lines = r.out.map((l) => JSON.parse(l) as { caseId: unknown; ok: boolean });
    expect(lines.map((l) => [l.caseId, l.ok])).toEqual([[1, true], [null, false]]);
  });
});

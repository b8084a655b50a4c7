import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { computeTimeline } from '../../src/index.js';
import { runLine, processLine, type LinePlan } from '../../src/cli/batchLine.js';
import { compactTimelineJson } from '../../src/cli/compactTimelineJson.js';
import { runChunk } from '../../src/cli/runChunk.js';
import type { Timeline } from '../../src/timeline/types.js';

const plan: LinePlan = { command: 'timeline', timelineOptions: {}, compact: true };

/** What compactTimelineJson must equal, for any object of the timeline's shape (also ones compactTimeline would reject). */
function reference(t: Timeline): string {
  return JSON.stringify({
    firstSickDay: t.firstSickDay,
    wachttijdLastDay: t.wachttijdLastDay,
    asOf: t.asOf,
    weekAsOf: t.weekAsOf,
    ruleSet: t.ruleSet.id,
    milestones: t.milestones.map((m) => ({ id: m.id, due: m.due, status: m.status, ...(m.done === null ? {} : { done: m.done }), basis: m.legalBasis.map((r) => r.id) })),
    evaluations: t.evaluations.map((e) => [e.due, e.status]),
  });
}

const base = computeTimeline({ firstSickDay: '2024-01-01', asOf: '2024-06-01', events: { probleemanalyse: '2024-02-01' } });
// Strings that need escaping, 10-character look-alikes of a date among them.
const oddString = fc.oneof(fc.string({ minLength: 10, maxLength: 10 }), fc.constantFrom('2024-01-0"', '2024\\01-01', '2024-01-0\n', '2024-01-0\ud800', '１２３４-01-01'), fc.string());

describe('compactTimelineJson fast paths', () => {
  test.prop([oddString, oddString, oddString], { numRuns: 200 })('equals JSON.stringify for any strings in the date, status and basis fields', (a, b, c) => {
    const ms = base.milestones.map((m, i) => ({ ...m, due: i === 0 ? a : m.due, done: i === 1 ? b : m.done, status: i === 2 ? c : m.status, legalBasis: i === 3 ? [{ id: c, url: 'https://x' }] : m.legalBasis }));
    const t = { ...base, firstSickDay: a, asOf: b, milestones: ms, evaluations: base.evaluations.map((e, i) => (i === 0 ? { ...e, due: c } : e)) } as unknown as Timeline;
    expect(compactTimelineJson(t)).toBe(reference(t));
  });

  it('a shared frozen basis list gives the same text every time; an unfrozen one is not kept', () => {
    expect(compactTimelineJson(base)).toBe(reference(base));
    expect(compactTimelineJson(base)).toBe(reference(base));
    const refs = [{ id: 'a', url: 'https://x' }];
    const t = { ...base, milestones: base.milestones.map((m) => ({ ...m, legalBasis: refs })) } as unknown as Timeline;
    expect(compactTimelineJson(t)).toBe(reference(t));
    refs[0]!.id = 'b';
    expect(compactTimelineJson(t)).toBe(reference(t));
  });
});

describe('runLine and runChunk', () => {
  it('a case id object with an "ok" key does not make an ok line count as failed', () => {
    const line = JSON.stringify({ caseId: { ok: false }, firstSickDay: '2024-01-01' });
    expect(runLine(line, 1, plan).ok).toBe(true);
    expect(runChunk({ seq: 0, numbers: [1, 2], lines: [line, 'not json'] }, plan).failed).toBe(1);
  });

  test.prop([fc.array(fc.oneof(fc.constant('{"firstSickDay":"2024-01-01"}'), fc.constant('{"firstSickDay":"2023-02-29"}'), fc.string()), { maxLength: 8 })], { numRuns: 50 })(
    'runChunk is processLine per line, one line each, and counts the lines that are not ok',
    (lines) => {
      const numbers = lines.map((_, i) => i + 1);
      const done = runChunk({ seq: 3, numbers, lines }, plan);
      const outs = lines.map((l, i) => processLine(l, i + 1, plan));
      expect(done.out).toBe(outs.map((o) => `${o}\n`).join(''));
      expect(done.failed).toBe(outs.filter((o) => (JSON.parse(o) as { ok: boolean }).ok === false).length);
      expect(done.seq).toBe(3);
    },
  );
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { combineSickPeriods, determineFirstSickDay } from '../../src/index.js';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { renderSicknessStep, samentellingExplanation } from '../../src/sickness/renderStep.js';
import { text } from '../../src/sickness/messages.js';
import { missingFactsOf } from '../../src/engine/trace.js';

const BASE = toDayNumber('2020-01-01');

/** 1–5 sick periods in order, gaps 1–60 days (some joining, some not), the last one sometimes open. */
const periodsArb = fc.record({
  parts: fc.array(fc.record({ gap: fc.integer({ min: 1, max: 60 }), len: fc.integer({ min: 1, max: 90 }) }), { minLength: 1, maxLength: 5 }),
  open: fc.boolean(),
  start: fc.integer({ min: 0, max: 3000 }),
  cause: fc.constantFrom(undefined, 'rug', 'griep'),
}).map(({ parts, open, start, cause }) => {
  let at = BASE + start;
  return parts.map(({ gap, len }, i) => {
    const from = at;
    at = from + len + gap;
    const last = i === parts.length - 1;
    return { from: fromDayNumber(from), ...(last && open ? {} : { to: fromDayNumber(from + len - 1) }), ...(cause === undefined ? {} : { cause }) };
  });
});
const asOfArb = fc.option(fc.integer({ min: 0, max: 4000 }), { nil: undefined });

describe('sickness trace (issue 10)', () => {
  test.prop([periodsArb, asOfArb])('combineSickPeriods: one samentelling step, last field; the explanation is the step rendered', (periods, asOfOffset) => {
    const asOf = asOfOffset === undefined ? undefined : fromDayNumber(toDayNumber(periods[periods.length - 1]!.from) + asOfOffset);
    const r = combineSickPeriods(periods, asOf === undefined ? {} : { asOf });
    expect(Object.keys(r).at(-1)).toBe('trace');
    expect(r.trace.map((s) => s.rule)).toEqual(['sickness.samentelling']);
    expect(r.trace[0]!.refs).toEqual(['BW_629_10', 'WIA_23_3']);
    expect(r.explanation).toEqual(renderSicknessStep(r.trace[0]!));
    expect(r.trace[0]!.outputs).toMatchObject({ firstSickDay: r.firstSickDay, countedSickDays: r.countedSickDays });
    expect(missingFactsOf(r.trace)).toEqual([]);
    expect(JSON.parse(JSON.stringify(r.trace))).toEqual(r.trace);
  });

  test.prop([periodsArb.map((p) => p.slice(0, 1)), asOfArb])('one period: the fast path gives what the general path gives', (periods, asOfOffset) => {
    const asOf = asOfOffset === undefined ? undefined : fromDayNumber(toDayNumber(periods[0]!.from) + asOfOffset);
    const opts = asOf === undefined ? {} : { asOf };
    const { trace: _fast, ...fast } = combineSickPeriods(periods, opts);
    // A work pattern of every day moves nothing, and takes the general path.
    const { trace: _general, ...general } = combineSickPeriods(periods, { ...opts, workPattern: [1, 2, 3, 4, 5, 6, 7] });
    expect(JSON.stringify(fast)).toBe(JSON.stringify(general));
  });

  test.prop([fc.integer({ min: 0, max: 3000 }), fc.constantFrom('none', 'part', 'full'), fc.constantFrom<(readonly (1 | 2 | 3 | 4 | 5 | 6 | 7)[] | undefined)>(undefined, [1, 2, 3, 4, 5], [2, 4], [6, 7])])(
    'determineFirstSickDay: one step, last field; the explanation is the step rendered',
    (offset, worked, workPattern) => {
      const reportDate = fromDayNumber(BASE + offset);
      const r = determineFirstSickDay({ reportDate, workedOnReportDate: worked as 'none', ...(workPattern === undefined ? {} : { workPattern }) });
      expect(Object.keys(r).at(-1)).toBe('trace');
      expect(r.trace.map((s) => s.rule)).toEqual(['sickness.first-sick-day']);
      expect(r.trace[0]!.refs).toEqual(['WIA_23_2']);
      expect(r.explanation).toEqual(renderSicknessStep(r.trace[0]!));
      expect(r.trace[0]!.outputs).toEqual({ firstSickDay: r.firstSickDay, movedByDays: r.movedByDays });
    },
  );

  it('renders the samentelling of joined periods, with a gap and an earlier wachttijd (BW 7:629 lid 10)', () => {
    const r = combineSickPeriods([
      { from: '2024-01-01', to: '2024-01-10' },
      { from: '2024-03-01', to: '2024-03-10' },
      { from: '2024-03-20' },
    ], { asOf: '2024-03-31' });
    expect(r.trace[0]!.params).toEqual({ firstSickDay: '2024-03-01', periods: 2, gaps: 1, gapDays: 9, earlier: 1 });
    expect(r.explanation.nl).toBe('Eerste ziektedag van de lopende wachttijd: 2024-03-01. 2 ziekteperiodes samengeteld; de onderbreking van samen 9 dagen telt niet mee. Een eerdere wachttijd telt niet meer (onderbreking van vier weken of meer).');
    expect(r.explanation.en).toBe('Day 1 of the current wachttijd: 2024-03-01. 2 sick periods combined; the gap of 9 days in all is not counted. An earlier wachttijd no longer counts (a gap of four weeks or more).');
  });

  test.prop([fc.integer({ min: -25567, max: 376199 })])('one period: the pre-split text is the catalogue text filled', (day) => {
    const firstSickDay = fromDayNumber(day);
    expect(samentellingExplanation({ firstSickDay, periods: 1, gaps: 0, gapDays: 0, earlier: 0 }))
      .toEqual(text('samentelling', { firstSickDay, joined: text('samentellingOnePeriod'), earlier: text('samentellingEarlierNone') }));
  });

  it('a step of another module is not rendered', () => {
    expect(() => renderSicknessStep({ rule: 'x.y', refs: [], outcome: 'computed', inputs: {}, outputs: {}, missingFacts: [], message: 'nope', params: {} })).toThrow(/no text/);
  });
});

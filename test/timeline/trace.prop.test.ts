import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { computeTimeline, type SickPeriod, type Timeline, type TimelineInput, type TimelineOptions } from '../../src/index.js';
import { fromDayNumber } from '../../src/calendar/dayNumber.js';
import { missingFactsOf } from '../../src/engine/trace.js';
import { legalKeysOf } from '../../src/legal/legalKeyOf.js';
import { DEADLINE_ROWS, type DeadlineRow } from '../../src/law/milestoneRules.js';
import { RULE_SETS } from '../../src/law/ruleSets.js';
import { compileRows, evaluateRows, type RowContext } from '../../src/timeline/evaluateRows.js';
import { renderStep } from '../../src/timeline/renderStep.js';
import { withTraceSteps } from '../../src/timeline/timelineTrace.js';
import { dayNumberArb, sickChainArb } from '../helpers/arbitraries.js';

/** Issue 10: the timeline's trace — one step per milestone, and every explanation text is the render of its step. */

function chainPeriods(c: { start: number; parts: { len: number; gap: number }[] }): SickPeriod[] {
  const out: SickPeriod[] = [];
  let cur = c.start;
  for (const p of c.parts) {
    out.push({ from: fromDayNumber(cur), to: fromDayNumber(cur + p.len - 1) });
    cur += p.len + p.gap;
  }
  out.push({ from: fromDayNumber(cur) });
  return out;
}

const optionsArb: fc.Arbitrary<TimelineOptions> = fc.record({
  locale: fc.constantFrom('nl' as const, 'en' as const),
  ziekmeldingConvention: fc.constantFrom('statutory' as const, 'uwv-first-working-day' as const),
  probleemanalyseConvention: fc.constantFrom('end-of-week-6' as const, 'six-weeks-after' as const),
}, { requiredKeys: [] });

/** Events relative to day 1 (days after it), all on or before asOf. */
const extrasArb = fc.record({
  asOfAfter: fc.integer({ min: 0, max: 900 }),
  pa: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  eje: fc.option(fc.integer({ min: 300, max: 420 }), { nil: undefined }),
  zm: fc.option(fc.integer({ min: 200, max: 600 }), { nil: undefined }),
  brief: fc.option(fc.integer({ min: 600, max: 700 }), { nil: undefined }),
  aowAfter: fc.option(fc.integer({ min: -30, max: 900 }), { nil: undefined }),
});

type ExtrasOf = typeof extrasArb extends fc.Arbitrary<infer T> ? T : never;

function withExtras(base: { firstSickDay: string } | { sickPeriods: SickPeriod[] }, day1: number, x: ExtrasOf): TimelineInput {
  const asOf = day1 + x.asOfAfter;
  const events: Record<string, string> = {};
  for (const [key, after] of [['probleemanalyse', x.pa], ['eerstejaarsevaluatie', x.eje], ['ziekmelding-uwv', x.zm], ['wia-brief-uwv', x.brief]] as const) {
    if (after !== undefined && day1 + after <= asOf) events[key] = fromDayNumber(day1 + after);
  }
  return {
    ...base, asOf: fromDayNumber(asOf), events,
    ...(x.aowAfter === undefined ? {} : { aowDate: fromDayNumber(day1 + x.aowAfter) }),
  } as TimelineInput;
}

function checkTrace(t: Timeline): void {
  const steps = t.trace.filter((s) => t.milestones.some((m) => s.rule === `timeline.${m.id}`));
  expect(steps.map((s) => s.rule)).toEqual(t.milestones.map((m) => `timeline.${m.id}`));
  t.milestones.forEach((m, i) => {
    const step = steps[i]!;
    expect(m.explanation.text).toEqual(renderStep(step));
    expect(step.outputs['due']).toBe(m.due);
    expect(step.refs).toEqual(legalKeysOf(m.legalBasis));
    expect(step.inputs['anchorDate']).toBe(m.explanation.anchorDate);
  });
  // Plain data: JSON keeps it, last, after the same fields in the same order as before. A spread or a
  // structuredClone copies the data fields and leaves the lazily built trace out (as the explanation texts).
  const json = JSON.parse(JSON.stringify(t)) as Record<string, unknown>;
  expect(Object.keys(json)).toEqual([...Object.keys(t), 'trace']);
  expect(json['trace']).toEqual(t.trace);
  expect(Object.keys(structuredClone(t))).toEqual(Object.keys(t));
}

describe('Timeline.trace', () => {
  test.prop([dayNumberArb, optionsArb, extrasArb])('single period: one step per milestone; each explanation text is the render of its step', (d, options, x) => {
    checkTrace(computeTimeline(withExtras({ firstSickDay: fromDayNumber(d) }, d, x), options));
  });

  test.prop([sickChainArb, optionsArb])('several periods (samentelling): one step per milestone; each explanation text is the render of its step', (c, options) => {
    checkTrace(computeTimeline({ sickPeriods: chainPeriods(c) }, options));
  });

  it('the steps around the milestones: samentelling and rule set first; WIA 64 lid 6 without the ziekmelding date is unknown and names the missing fact', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', asOf: '2025-09-20', events: { 'wia-brief-uwv': '2025-09-18' } });
    expect(t.trace.slice(0, 2).map((s) => s.rule)).toEqual(['timeline.samentelling', 'timeline.rule-set']);
    const wia = t.trace.find((s) => s.rule === 'timeline.wia-64-6')!;
    expect(wia.outcome).toBe('unknown');
    expect(missingFactsOf(t.trace)).toEqual(['events.ziekmelding-uwv']);
    expect(renderStep(wia)).toEqual(t.notices.at(-1));
    expect(t.trace.at(-1)!.rule).toBe('timeline.wachttijd-ended');
  });

  it('withTraceSteps appends steps and keeps every other field', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01' });
    const step = t.trace[0]!;
    const u = withTraceSteps(t, [step]);
    expect(u.trace).toEqual([...t.trace, step]);
    expect(u.milestones).toBe(t.milestones);
    expect(Object.keys(u)).toEqual([...Object.keys(t), 'trace']);
    expect(JSON.parse(JSON.stringify(u))).toEqual(JSON.parse(JSON.stringify(t)).trace === undefined ? null : { ...JSON.parse(JSON.stringify(t)), trace: [...t.trace, step] });
  });
});

describe('DEADLINE_ROWS drive the dates (the engine takes the table as a parameter)', () => {
  const D = 10_000;
  const ctx = (): RowContext => ({
    spans: [{ start: D, end: Infinity, cause: undefined, index: 0 }], D, wachttijdLast: D + 727, ruleSet: RULE_SETS[1]!,
    transitionDay: 0, events: new Map(), options: {}, notices: [],
  });
  const dueOf = (rows: readonly DeadlineRow[], id: string): number => evaluateRows(compileRows(rows, RULE_SETS), ctx()).find((d) => d.id === id)!.due;

  it('the table as it is gives the contract offsets', () => {
    expect(dueOf(DEADLINE_ROWS, 'plan-van-aanpak') - D).toBe(55);
    expect(dueOf(DEADLINE_ROWS, 'wia-ingang') - D).toBe(728);
  });

  it('a modified copy of a row changes the date', () => {
    const rows = DEADLINE_ROWS.map((r) => (r.id === 'plan-van-aanpak' ? { ...r, offset: { endOfWeek: 'probleemanalyseWeeks' as const } } : r.id === 'wia-ingang' ? { ...r, offset: { daysAfter: 3 } } : r));
    expect(dueOf(rows, 'plan-van-aanpak') - D).toBe(41);
    expect(dueOf(rows, 'wia-ingang') - D).toBe(730);
  });

  it('a row counted from an earlier row follows that row', () => {
    const rows = DEADLINE_ROWS.map((r) => (r.id === 'eerstejaarsevaluatie' ? { ...r, offset: { endOfWeek: 'ziekmeldingWeeks' as const } } : r));
    expect(dueOf(rows, 'spoor-2-start') - D).toBe(7 * 42 - 1 + 42);
  });

  it('a row the engine cannot read is refused when the table is read', () => {
    const rows = DEADLINE_ROWS.map((r) => (r.id === 'wia-aanvraag' ? { ...r, offset: { endOfWeek: 'wachttijdWeeks' as const } } : r));
    expect(() => compileRows(rows, RULE_SETS)).toThrow(/wia-aanvraag/);
  });
});

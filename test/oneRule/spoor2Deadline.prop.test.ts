import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { auditReIntegratieverslag } from '../../src/audit/auditReIntegratieverslag.js';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { checkSpoor2Readiness } from '../../src/spoor2/checkSpoor2Readiness.js';
import { computeTimeline } from '../../src/timeline/computeTimeline.js';

// One rule, one answer (issue 9): the eerstejaarsevaluatie due date (Regeling procesgang art 4 lid 2
// sub b, counted sick day 364) and the spoor-2 start deadline that follows from the evaluation held
// (42 days after it, or after its due date when it was late — Werkwijzer §4.3, BBP §5), from
// computeTimeline (events), checkSpoor2Readiness and auditReIntegratieverslag (documents), fed the same
// random sick periods, WAZO leave and evaluation date.
const caseArb = fc.record({
  start: fc.integer({ min: toDayNumber('2014-01-01'), max: toDayNumber('2030-12-31') }),
  parts: fc.array(fc.record({ len: fc.integer({ min: 1, max: 150 }), gap: fc.integer({ min: 1, max: 27 }) }), { maxLength: 2 }),
  leave: fc.option(fc.record({ at: fc.integer({ min: 0, max: 300 }), len: fc.integer({ min: 1, max: 140 }) }), { nil: undefined }),
  held: fc.option(fc.integer({ min: 250, max: 560 }), { nil: undefined }),
  after: fc.integer({ min: 0, max: 200 }),
  workPattern: fc.option(fc.subarray([1, 2, 3, 4, 5, 6, 7] as const, { minLength: 1 }), { nil: undefined }),
});

test.prop([caseArb], { numRuns: 60 })('timeline, spoor 2 and audit give one eerstejaarsevaluatie and spoor-2 deadline', ({ start, parts, leave, held, after, workPattern }) => {
  const sickPeriods: { from: string; to?: string }[] = [];
  let d = start;
  for (const p of parts) {
    sickPeriods.push({ from: fromDayNumber(d), to: fromDayNumber(d + p.len - 1) });
    d += p.len + p.gap;
  }
  sickPeriods.push({ from: fromDayNumber(d) });
  const wazoLeave = leave === undefined ? undefined : [{ from: fromDayNumber(d + leave.at), to: fromDayNumber(d + leave.at + leave.len - 1) }];
  const wl = { ...(wazoLeave === undefined ? {} : { wazoLeave }), ...(workPattern === undefined ? {} : { workPattern: [...workPattern] }) };
  const day1 = toDayNumber(computeTimeline({ sickPeriods, ...wl }).firstSickDay); // day 1 of the latest wachttijd
  const heldOn = held === undefined ? undefined : fromDayNumber(day1 + held);
  const asOf = fromDayNumber(Math.max(d, day1 + (held ?? 0)) + after);
  const t = computeTimeline({ sickPeriods, ...wl, asOf, ...(heldOn === undefined ? {} : { events: { eerstejaarsevaluatie: heldOn } }) });
  const due = (id: string): string | undefined => t.milestones.find((m) => m.id === id)?.due;
  const sp = checkSpoor2Readiness({ sickPeriods, ...wl, asOf, ...(heldOn === undefined ? {} : { eerstejaarsevaluatie: { held: true, date: heldOn } }) });
  const a = auditReIntegratieverslag({ sickPeriods, ...wl, asOf, documents: heldOn === undefined ? [] : [{ type: 'eerstejaarsevaluatie', date: heldOn }] });
  const step = (id: string): string | undefined => a.steps.find((s) => s.id === id)?.due;

  expect(sp.deadline.eerstejaarsevaluatieDue).toBe(due('eerstejaarsevaluatie'));
  expect(step('eerstejaarsevaluatie')).toBe(due('eerstejaarsevaluatie'));
  expect(step('spoor-2-start')).toBe(due('spoor-2-start'));
  expect(heldOn === undefined ? sp.deadline.latestRequiredBy : sp.deadline.regularRequiredBy).toBe(due('spoor-2-start'));
}, 20_000);

import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { applyEndOfWachttijdEvents } from '../../src/timeline/applyEndOfWachttijdEvents.js';
import { checkVervroegdeIva } from '../../src/endOfWachttijd/checkVervroegdeIva.js';
import { computeVrijwilligeVerlenging } from '../../src/endOfWachttijd/computeVrijwilligeVerlenging.js';
import { checkSpoor2Readiness } from '../../src/spoor2/checkSpoor2Readiness.js';
import { computeTimeline } from '../../src/timeline/computeTimeline.js';

// One rule, one answer (issue 9): the dates of the wachttijd that several public functions answer,
// fed the same random sick periods (samentelling, BW 7:629 lid 10 / WIA 23 lid 3) and WAZO leave
// (not counted, WIA 23 lid 5):
// - the last day of the wachttijd (WIA 23 lid 1; counted sick day 728): computeTimeline,
//   checkSpoor2Readiness, computeVrijwilligeVerlenging, applyEndOfWachttijdEvents;
// - the last day to apply for a vervroegde IVA (WIA 23 lid 6, 66): the timeline's milestone and
//   checkVervroegdeIva's window;
// - the eerstejaarsevaluatie due date (Regeling procesgang art 4 lid 2 b; counted sick day 364) and the
//   latest spoor-2 start (42 days later, Werkwijzer): the timeline and checkSpoor2Readiness.
const caseArb = fc.record({
  start: fc.integer({ min: toDayNumber('2014-01-01'), max: toDayNumber('2030-12-31') }),
  parts: fc.array(fc.record({ len: fc.integer({ min: 1, max: 200 }), gap: fc.integer({ min: 1, max: 40 }) }), { minLength: 0, maxLength: 3 }),
  leave: fc.option(fc.record({ at: fc.integer({ min: 0, max: 500 }), len: fc.integer({ min: 1, max: 140 }) }), { nil: undefined }),
  after: fc.integer({ min: 0, max: 900 }),
});

test.prop([caseArb], { numRuns: 80 })('the wachttijd dates are one answer in every function', ({ start, parts, leave, after }) => {
  const sickPeriods: { from: string; to?: string }[] = [];
  let d = start;
  for (const p of parts) {
    sickPeriods.push({ from: fromDayNumber(d), to: fromDayNumber(d + p.len - 1) });
    d += p.len + p.gap;
  }
  sickPeriods.push({ from: fromDayNumber(d) }); // the latest period is open
  const wazoLeave = leave === undefined ? undefined : [{ from: fromDayNumber(d + leave.at), to: fromDayNumber(d + leave.at + leave.len - 1) }];
  const asOf = fromDayNumber(d + (leave === undefined ? 0 : leave.at + leave.len) + after);
  const sick = { sickPeriods, ...(wazoLeave === undefined ? {} : { wazoLeave }) };

  const t = computeTimeline({ ...sick, asOf });
  const due = (id: string): string | undefined => t.milestones.find((m) => m.id === id)?.due;
  const sp = checkSpoor2Readiness({ ...sick, asOf });
  expect(sp.firstSickDay).toBe(t.firstSickDay);
  expect(sp.wachttijdLastDay).toBe(t.wachttijdLastDay);
  expect(sp.deadline.eerstejaarsevaluatieDue).toBe(due('eerstejaarsevaluatie'));
  expect(sp.deadline.latestRequiredBy).toBe(due('spoor-2-start'));

  const vv = computeVrijwilligeVerlenging({ ...sick, extendedLastDay: fromDayNumber(toDayNumber(t.wachttijdLastDay!) + 100) });
  expect(vv.firstSickDay).toBe(t.firstSickDay);
  expect(vv.wachttijdLastDay).toBe(t.wachttijdLastDay);

  const iva = checkVervroegdeIva(sick);
  expect(iva.firstSickDay).toBe(t.firstSickDay);
  expect(iva.window.to).toBe(due('vervroegde-iva-uiterlijk'));

  const applied = applyEndOfWachttijdEvents(t, {}, wazoLeave === undefined ? {} : { wazoLeave });
  expect(applied.wachttijdLastDay).toBe(t.wachttijdLastDay);
  expect(applied.milestones.find((m) => m.id === 'einde-wachttijd')?.due).toBe(due('einde-wachttijd'));
}, 20_000);

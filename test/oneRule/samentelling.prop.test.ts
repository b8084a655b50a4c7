import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { combineSickPeriods } from '../../src/sickness/combineSickPeriods.js';
import { computeTimeline } from '../../src/timeline/computeTimeline.js';
import { wachttijdEnded } from '../../src/timeline/wachttijdEnded.js';

// One rule, one answer (issue 9): the samentelling (BW 7:629 lid 10, WIA 23 lid 3) and the counted sick
// days with WAZO leave left out (WIA 23 lid 5): combineSickPeriods and computeTimeline's `samentelling`,
// fed the same random periods, leave and asOf; wachttijdEnded's last day is the samentelling's last sick day.
const caseArb = fc.record({
  start: fc.integer({ min: toDayNumber('2014-01-01'), max: toDayNumber('2030-12-31') }),
  parts: fc.array(fc.record({ len: fc.integer({ min: 1, max: 200 }), gap: fc.integer({ min: 1, max: 60 }) }), { maxLength: 4 }),
  open: fc.boolean(),
  leave: fc.option(fc.record({ at: fc.integer({ min: 0, max: 150 }), len: fc.integer({ min: 1, max: 140 }) }), { nil: undefined }),
  after: fc.integer({ min: 0, max: 400 }),
});

test.prop([caseArb], { numRuns: 80 })('combineSickPeriods and computeTimeline give one samentelling', ({ start, parts, open, leave, after }) => {
  const sickPeriods: { from: string; to?: string }[] = [];
  let d = start;
  parts.forEach((p) => {
    sickPeriods.push({ from: fromDayNumber(d), to: fromDayNumber(d + p.len - 1) });
    d += p.len + p.gap;
  });
  sickPeriods.push(open ? { from: fromDayNumber(d) } : { from: fromDayNumber(d), to: fromDayNumber(d + 200) });
  const wazoLeave = leave === undefined ? undefined : [{ from: fromDayNumber(d + leave.at), to: fromDayNumber(d + leave.at + leave.len - 1) }];
  const wl = wazoLeave === undefined ? {} : { wazoLeave };
  const asOf = fromDayNumber(d + 200 + after);
  // combineSickPeriods adds its trace (issue 10); the timeline's samentelling has none (the timeline's trace covers it).
  const { trace: _trace, ...s } = combineSickPeriods(sickPeriods, { ...wl, asOf });
  const t = computeTimeline({ sickPeriods, ...wl, asOf });
  expect(t.samentelling).toEqual(s);
  expect(t.firstSickDay).toBe(s.firstSickDay);
  const w = wachttijdEnded({ sickPeriods, ...wl }, asOf);
  expect(t.wachttijdEnded).toEqual(w);
  if (w.reason === 'recovered') expect(w.endedOn).toBe(s.lastSickDay);
}, 20_000);

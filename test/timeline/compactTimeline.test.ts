import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { compactTimeline, computeTimeline } from '../../src/index.js';
import { isoDateArb } from '../helpers/arbitraries.js';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';

describe('compactTimeline (exported from src/timeline, issue 11)', () => {
  it('keeps ids, dates, statuses and legal refs by key', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01' });
    const c = compactTimeline(t);
    expect(c.milestones[0]).toEqual({ id: 'probleemanalyse', due: '2024-02-11', status: null, basis: ['Regeling procesgang art 2 lid 2'] });
    expect(c.milestones.map((m) => m.due)).toEqual(t.milestones.map((m) => m.due));
    expect(c.evaluations).toEqual(t.evaluations.map((e) => [e.due, e.status]));
    expect(c.ruleSet).toBe(t.ruleSet.id);
  });
  test.prop([isoDateArb, fc.integer({ min: 0, max: 900 }), fc.boolean()])('is under 2 kB of JSON per case, with asOf and events', (d, asOfOffset, withEvents) => {
    const day1 = toDayNumber(d);
    const t = computeTimeline({
      firstSickDay: d,
      asOf: fromDayNumber(day1 + asOfOffset),
      ...(withEvents && asOfOffset >= 40 ? { events: { probleemanalyse: fromDayNumber(day1 + 30), evaluaties: [fromDayNumber(day1 + 40)] } } : {}),
    });
    const json = JSON.stringify(compactTimeline(t));
    expect(json.length).toBeLessThan(2048);
    expect(JSON.stringify(t).length).toBeGreaterThan(json.length * 10);
  });
});

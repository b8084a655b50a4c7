import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { computeTimeline, renderTimelineSvg } from '../../src/index.js';
import { fromDayNumber } from '../../src/calendar/dayNumber.js';
import { dayNumberArb, sickChainArb } from '../helpers/arbitraries.js';
import { parseSvg, titleOf } from '../helpers/svg.js';

describe('renderTimelineSvg properties', () => {
  test.prop([sickChainArb, fc.integer({ min: 0, max: 900 }), fc.constantFrom('nl' as const, 'en' as const), fc.boolean()], { numRuns: 40 })(
    'any valid timeline renders well-formed XML with exactly one mark per milestone, each dated in its title',
    ({ start, parts }, asOfOffset, locale, withAsOf) => {
      let d = start;
      const sickPeriods = parts.map(({ len, gap }) => {
        const p = { from: fromDayNumber(d), to: fromDayNumber(d + len - 1) };
        d += len + gap;
        return p;
      });
      sickPeriods.push({ from: fromDayNumber(d), to: undefined as unknown as string });
      const periods = sickPeriods.map((p) => (p.to === undefined ? { from: p.from } : p));
      const t = computeTimeline({ sickPeriods: periods, ...(withAsOf ? { asOf: fromDayNumber(d + asOfOffset) } : {}) });
      const svg = renderTimelineSvg(t, { locale });
      const { marks } = parseSvg(svg);
      expect(marks).toHaveLength(t.milestones.length);
      marks.forEach((m, i) => {
        expect(m['@data-id']).toBe(t.milestones[i]!.id);
        expect(titleOf(m)).toContain(` — ${t.milestones[i]!.due} (`);
      });
      expect(svg).toBe(renderTimelineSvg(t, { locale }));
    },
    30_000,
  );

  test.prop([dayNumberArb], { numRuns: 20 })('day 1 alone: as many marks as milestones', (day) => {
    const t = computeTimeline({ firstSickDay: fromDayNumber(day) });
    expect(parseSvg(renderTimelineSvg(t)).marks).toHaveLength(t.milestones.length);
  });
});

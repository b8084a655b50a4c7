import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { computeVangnetMelding } from '../../src/index.js';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { VANGNET_GROUPS } from '../../src/law/vangnetGroups.js';

describe('issue 9.3 — a late vangnet report: ziekengeld back at most one year (ZW 38a lid 9)', () => {
  it('a report more than a year late: ziekengeld from one year before the report, with the basis', () => {
    const r = computeVangnetMelding({ group: 'no-riskpolis', firstSickDay: '2024-01-08', reportedOn: '2025-05-10' });
    expect(r.reportedOnTime).toBe('no');
    expect(r.retroactiveFrom).toBe('2024-05-10');
    const f = r.findings.find((x) => x.code === 'ziekengeld-terugwerkend-ten-hoogste-een-jaar')!;
    expect(f.status).toBe('yes');
    expect(f.legalBasis.map((l) => l.id)).toContain('ZW art 38a lid 9');
    expect(f.explanation.nl).toContain('2024-05-10');
    expect(r.legalBasis.map((l) => l.id)).toContain('ZW art 38a lid 9');
  });
  it('late by less than a year: back to the first sick day; a leap day is handled', () => {
    expect(computeVangnetMelding({ group: 'no-riskpolis', firstSickDay: '2024-01-08', reportedOn: '2024-03-01' }).retroactiveFrom).toBe('2024-01-08');
    expect(computeVangnetMelding({ group: 'no-riskpolis', firstSickDay: '2022-01-03', reportedOn: '2024-02-29' }).retroactiveFrom).toBe('2023-03-01');
  });
  it('on time, or no report date: no such finding', () => {
    const r = computeVangnetMelding({ group: 'no-riskpolis', firstSickDay: '2024-01-08', reportedOn: '2024-01-20' });
    expect(r.retroactiveFrom).toBeNull();
    expect(r.findings.some((x) => x.code === 'ziekengeld-terugwerkend-ten-hoogste-een-jaar')).toBe(false);
    expect(computeVangnetMelding({ group: 'no-riskpolis', firstSickDay: '2024-01-08' }).retroactiveFrom).toBeNull();
  });
  test.prop([fc.constantFrom(...VANGNET_GROUPS.filter((g) => g !== 'ziek-uit-dienst' && g !== 'flexibiliseringsperiode')), fc.integer({ min: toDayNumber('2010-01-01'), max: toDayNumber('2060-01-01') }), fc.integer({ min: 0, max: 1200 })])(
    'late ⇔ a retroactive start, which lies within one year before the report and never before day 1',
    (group, d, off) => {
      const r = computeVangnetMelding({ group, firstSickDay: fromDayNumber(d), reportedOn: fromDayNumber(d + off) });
      expect(r.retroactiveFrom !== null).toBe(r.reportedOnTime === 'no');
      if (r.retroactiveFrom !== null) {
        const from = toDayNumber(r.retroactiveFrom);
        expect(from).toBeGreaterThanOrEqual(d);
        expect(d + off - from).toBeLessThanOrEqual(366);
        expect(from).toBeLessThanOrEqual(d + off);
      }
    },
  );
});

import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { applyAlgemeneTermijnenwet, computeVangnetMelding, PoortwachterError } from '../../src/index.js';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { atwTermEnd, isAtwNonWorkingDay, nextAtwWorkingDay } from '../../src/calendar/workingDays.js';
import { dayNumberArb } from '../helpers/arbitraries.js';

const workingIn = (a: number, b: number): number => {
  let n = 0;
  for (let d = a; d <= b; d++) if (!isAtwNonWorkingDay(d)) n++;
  return n;
};

describe('Algemene termijnenwet art 2: at least two working days in a term of three days or more', () => {
  it('a four-day term over Easter (Goede Vrijdag … tweede Paasdag) runs to Wednesday, not Tuesday', () => {
    // 2026-04-03 Goede Vrijdag, 04 Sat, 05 Sun, 06 tweede Paasdag: art 1 gives Tue 07 (one working day), art 2 Wed 08.
    expect(applyAlgemeneTermijnenwet('2026-04-06')).toBe('2026-04-07');
    expect(applyAlgemeneTermijnenwet('2026-04-06', { termStart: '2026-04-03' })).toBe('2026-04-08');
  });
  it('a term of two days is not extended by art 2', () => {
    expect(applyAlgemeneTermijnenwet('2026-04-06', { termStart: '2026-04-05' })).toBe('2026-04-07');
  });
  it('a term that already holds two working days is only moved by art 1', () => {
    expect(applyAlgemeneTermijnenwet('2026-12-27', { termStart: '2026-12-24' })).toBe('2026-12-28');
  });
  it('rejects an invalid termStart, or one after the date', () => {
    expect(() => applyAlgemeneTermijnenwet('2026-04-06', { termStart: '2026-02-30' })).toThrow(PoortwachterError);
    expect(() => applyAlgemeneTermijnenwet('2026-04-06', { termStart: '2026-04-07' })).toThrow(/termStart/);
  });
  it('the vangnet four-day report (ZW 38a lid 2 a) over Easter ends on the Wednesday (Atw art 2)', () => {
    const r = computeVangnetMelding({ group: 'ziek-na-bevallingsverlof', firstSickDay: '2026-04-03' });
    expect(r.deadlineBeforeAtw).toBe('2026-04-06');
    expect(r.deadline).toBe('2026-04-08');
    expect(r.legalBasis.map((l) => l.id)).toContain('Atw art 2');
  });
  it('the vangnet report four days after the claim became clear (ZW 38b lid 2) counts two working days', () => {
    const r = computeVangnetMelding({ group: 'no-riskpolis', firstSickDay: '2026-01-05', claimClearFrom: '2026-04-02' });
    // term 2026-04-03 … 04-06 → art 1: 04-07, art 2: 04-08
    expect(r.lateDiscoveryDeadline).toBe('2026-04-08');
  });
});

const termArb = fc.record({ start: dayNumberArb, len: fc.integer({ min: 1, max: 120 }) });

describe('Atw art 1 + 2 properties', () => {
  test.prop([termArb])('a term of ≥ 3 days holds ≥ 2 working days after the shift, and ends on a working day', ({ start, len }) => {
    const end = start + len - 1;
    const e = atwTermEnd(start, end);
    expect(isAtwNonWorkingDay(e)).toBe(false);
    if (len >= 3) expect(workingIn(start, e)).toBeGreaterThanOrEqual(2);
  });
  test.prop([termArb])('never earlier than art 1 alone; minimal (one day less would break art 1 or 2)', ({ start, len }) => {
    const end = start + len - 1;
    const e = atwTermEnd(start, end);
    const art1 = nextAtwWorkingDay(end);
    expect(e).toBeGreaterThanOrEqual(art1);
    if (e > art1) expect(workingIn(start, e - 1)).toBeLessThan(2);
  });
  test.prop([termArb])('idempotent: shifting the shifted end again changes nothing', ({ start, len }) => {
    const e = atwTermEnd(start, start + len - 1);
    // A term of one or two days is not an art 2 term, however far art 1 moved its end.
    expect(len >= 3 ? atwTermEnd(start, e) : nextAtwWorkingDay(e)).toBe(e);
  });
  it('a seven-day term can still need art 2 (Koningsdag, Hemelvaart, decree day and Bevrijdingsdag 2008)', () => {
    const s = toDayNumber('2008-04-30');
    expect(atwTermEnd(s, s + 6)).toBeGreaterThan(nextAtwWorkingDay(s + 6));
  });
  test.prop([termArb.filter(({ len }) => len >= 8)])('art 2 is inert for terms of more than a week (only art 1 moves them; checked exhaustively 1950–2100)', ({ start, len }) => {
    expect(atwTermEnd(start, start + len - 1)).toBe(nextAtwWorkingDay(start + len - 1));
  });
  test.prop([termArb])('the public function agrees with the day-number rule', ({ start, len }) => {
    const end = start + len - 1;
    expect(applyAlgemeneTermijnenwet(fromDayNumber(end), { termStart: fromDayNumber(start) })).toBe(fromDayNumber(atwTermEnd(start, end)));
    expect(toDayNumber(applyAlgemeneTermijnenwet(fromDayNumber(end)))).toBe(nextAtwWorkingDay(end));
  });
});

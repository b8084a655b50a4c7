import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { isAtwWorkingDay } from '../../src/calendar/index.js';
import { computeVangnetMelding, VANGNET_GROUPS } from '../../src/vangnet/index.js';

const dayArb = fc.integer({ min: toDayNumber('2014-01-01'), max: toDayNumber('2028-12-31') });

describe('computeVangnetMelding properties', () => {
  test.prop([fc.constantFrom(...VANGNET_GROUPS), dayArb, fc.integer({ min: 0, max: 200 }), fc.boolean()])(
    'the deadline is never before the unmoved date; where the Atw applies it is an Atw working day, at most a few days later',
    (group, d, extra, erd) => {
      const input = {
        group, firstSickDay: fromDayNumber(d),
        ...(group === 'ziek-uit-dienst' ? { employmentEnds: fromDayNumber(d + extra), eigenrisicodragerZw: erd } : {}),
        ...(group === 'flexibiliseringsperiode' ? { leaveEntitlementFrom: fromDayNumber(d + (extra % 20)) } : {}),
      };
      const r = computeVangnetMelding(input);
      expect(r.deadline >= r.deadlineBeforeAtw).toBe(true);
      expect(toDayNumber(r.deadline) - toDayNumber(r.deadlineBeforeAtw)).toBeLessThanOrEqual(5);
      if (r.atwApplies) expect(isAtwWorkingDay(r.deadline)).toBe(true);
      else expect(r.deadline).toBe(r.deadlineBeforeAtw);
      expect(r.movedByAtw).toBe(r.deadline !== r.deadlineBeforeAtw);
      expect(r.reintegration.legalBasis.length).toBeGreaterThan(0);
      // Never before the first sick day; the Atw only for terms of at most twelve weeks (not 29d, Atw art 4 a).
      expect(r.deadline >= fromDayNumber(d)).toBe(true);
      if (group === 'compensatieregeling-oudere-ww') expect(r.atwApplies).toBe(false);
    },
  );
});

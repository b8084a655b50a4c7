import { test, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkPassendWerk } from '../../src/passendWerk/index.js';
import { checkSpoor2Readiness } from '../../src/spoor2/index.js';

/**
 * One rule, one answer (BBP §3): spoor 2's satisfactory-result step and checkPassendWerk's
 * bevredigendResultaat come from the same rule, so the same facts give the same answer.
 */
const D = '2024-01-01';
const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined });
const factsArb = fc.record({
  structural: maybe(fc.boolean()),
  matchesRemainingCapacity: maybe(fc.boolean()),
  matchingWorkAchievable: maybe(fc.boolean()),
  wageValuePercent: maybe(fc.oneof(fc.integer({ min: 0, max: 150 }), fc.constantFrom(64, 65, 66))),
  employeeAgrees: maybe(fc.boolean()),
});
const MAP = { met: 'yes', 'not-met': 'no', unknown: 'unknown' } as const;

function both(o: Readonly<Record<string, boolean | number | undefined>>, asOf: string): [string | null | undefined, string] {
  const s = checkSpoor2Readiness({
    firstSickDay: D, asOf, eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, activities: {},
    arbeidsdeskundige: { ownWorkPossible: 'no', passendWerkOwnOrganisation: 'not-available' },
    outcome: o as never,
  });
  const p = checkPassendWerk({
    firstSickDay: D, offerDate: asOf,
    offer: { structural: o['structural'] as boolean | undefined, matchesRemainingCapacity: o['matchesRemainingCapacity'] as boolean | undefined, wage: o['wageValuePercent'] as number | undefined },
    employee: { previousWage: 100, agreesWithOffer: o['employeeAgrees'] as boolean | undefined },
    matchingWorkAchievable: o['matchingWorkAchievable'] as boolean | undefined,
  });
  return [s.loonsanctieRisk.steps.find((x) => x.id === 'satisfactory-result')!.answer, MAP[p.bevredigendResultaat!.status]];
}

describe('bevredigend resultaat: spoor 2 and checkPassendWerk agree', () => {
  test.prop([factsArb, fc.integer({ min: 0, max: 300 })])('same facts, same answer', (facts, n) => {
    const asOf = new Date(Date.UTC(2025, 0, 20 + n)).toISOString().slice(0, 10);
    const [spoor2, passend] = both(facts, asOf);
    expect(spoor2).toBe(passend);
  });

  it('65% with agreement but the matching branch not ruled out: unknown in both (was "yes" in spoor 2)', () => {
    expect(both({ wageValuePercent: 70, employeeAgrees: true }, '2025-03-01')).toEqual(['unknown', 'unknown']);
    expect(both({ structural: true, matchesRemainingCapacity: false, matchingWorkAchievable: false, wageValuePercent: 70, employeeAgrees: true }, '2025-03-01')).toEqual(['yes', 'yes']);
  });
});

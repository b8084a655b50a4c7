import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { checkPassendWerk, safeCheckPassendWerk } from '../../src/passendWerk/index.js';
import type { EducationLevel, PassendWerkInput, Shift } from '../../src/passendWerk/types.js';
import { ANSWERS, OUTCOMES, vocabularyViolations, type VocabularyRules } from '../helpers/vocabulary-vocab-a.js';

// Issue 10 ("Vocabulary, once"): every answer / outcome field of checkPassendWerk holds only
// values of src/vocabulary; the verdict keeps its Dutch terms with 'unknown' beside them.
const RULES: VocabularyRules = {
  verdict: ['passend', 'niet-passend', 'unknown'],
  'criteria[].status': OUTCOMES,
  'bevredigendResultaat.status': OUTCOMES,
  'refusal.mayRefuse': ANSWERS,
  'refusal.reason': ['werk-niet-passend', 'deugdelijke-grond', 'geen-deugdelijke-grond', 'unknown'],
  'phase.id': ['eerste-halfjaar', 'na-eerste-halfjaar', 'unknown'],
};

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const levels: EducationLevel[] = ['hoger-onderwijs', 'mbo-havo-vwo', 'vmbo-mavo', 'lager-of-geen'];
const shifts: Shift[] = ['dag', 'avond', 'nacht', 'ploegen', 'onregelmatig'];
const days = fc.uniqueArray(fc.constantFrom(1, 2, 3, 4, 5, 6, 7) as fc.Arbitrary<1 | 2 | 3 | 4 | 5 | 6 | 7>, { minLength: 1, maxLength: 7 });

/** Random valid inputs: with or without the sickness and the offer date, any facts. */
const passendWerkInputArb: fc.Arbitrary<PassendWerkInput> = fc.record({
  first: opt(fc.integer({ min: toDayNumber('2015-07-01'), max: toDayNumber('2030-12-31') })),
  offerAfter: opt(fc.integer({ min: 0, max: 800 })),
  offer: fc.record({
    withinFunctionalCapacity: opt(fc.boolean()), hoursPerWeek: opt(fc.integer({ min: 0, max: 40 })),
    educationLevel: opt(fc.constantFrom(...levels)), matchesWorkExperience: opt(fc.boolean()),
    wage: opt(fc.integer({ min: 0, max: 6000 })), travelMinutesPerDay: opt(fc.integer({ min: 0, max: 300 })),
    shift: opt(fc.constantFrom(...shifts)), workDays: opt(days), structural: opt(fc.boolean()),
    matchesRemainingCapacity: opt(fc.boolean()), conflictsWithCao: opt(fc.boolean()),
    conflictsWithSafetyRules: opt(fc.boolean()), conflictsWithMedicalAdvice: opt(fc.boolean()),
  }, { requiredKeys: [] }),
  employee: fc.record({
    maxHoursPerWeek: opt(fc.integer({ min: 0, max: 40 })), educationLevel: opt(fc.constantFrom(...levels)),
    previousWage: opt(fc.integer({ min: 1000, max: 6000 })), previousHoursPerWeek: opt(fc.integer({ min: 0, max: 40 })),
    previousShift: opt(fc.constantFrom(...shifts)), previousWorkDays: opt(days),
    reasonsAgainstAcceptance: opt(fc.record({ physical: opt(fc.boolean()), mental: opt(fc.boolean()), social: opt(fc.boolean()) }, { requiredKeys: [] })),
    agreesWithOffer: opt(fc.boolean()),
  }, { requiredKeys: [] }),
  matchingWorkAchievable: opt(fc.boolean()),
  convention: opt(fc.constantFrom('counted-days', 'calendar-months') as fc.Arbitrary<'counted-days' | 'calendar-months'>),
}).map(({ first, offerAfter, offer, employee, matchingWorkAchievable, convention }) => {
  const base = first === undefined ? toDayNumber('2025-01-06') : first;
  return {
    ...(first === undefined ? {} : { firstSickDay: fromDayNumber(first) }),
    ...(offerAfter === undefined ? {} : { offerDate: fromDayNumber(base + offerAfter) }),
    offer, employee,
    ...(matchingWorkAchievable === undefined ? {} : { matchingWorkAchievable }),
    ...(convention === undefined ? {} : { options: { phaseConvention: convention } }),
  } as PassendWerkInput;
});

describe('checkPassendWerk — one vocabulary (issue 10)', () => {
  test.prop([passendWerkInputArb], { numRuns: 150 })('every answer and outcome field holds a vocabulary value; no 0.1.0 value anywhere', (input) => {
    const r = safeCheckPassendWerk(input);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(vocabularyViolations(r.data, RULES).violations).toEqual([]);
  });

  it('the rules are exercised (each ruled field occurs)', () => {
    const r = checkPassendWerk({ firstSickDay: '2025-01-06', offerDate: '2026-02-01', offer: { withinFunctionalCapacity: true }, employee: {} });
    const { violations, seen } = vocabularyViolations(r, RULES);
    expect(violations).toEqual([]);
    expect([...seen].sort()).toEqual(Object.keys(RULES).sort());
  });
});

import { describe, expect, it } from 'vitest';
import { checkPassendWerk, safeCheckPassendWerk } from '../../src/passendWerk/index.js';

// The worked examples of docs/passend-werk.md, run against the code. Keep the two in step.
const employee = {
  maxHoursPerWeek: 24, educationLevel: 'mbo-havo-vwo', previousWage: 3000, previousHoursPerWeek: 36,
  previousShift: 'dag', previousWorkDays: [1, 2, 3, 4, 5],
  reasonsAgainstAcceptance: { physical: false, mental: false, social: false },
} as const;
const offer = {
  withinFunctionalCapacity: true, hoursPerWeek: 24, educationLevel: 'vmbo-mavo', matchesWorkExperience: true,
  wage: 2000, travelMinutesPerDay: 150, shift: 'dag', workDays: [1, 2, 3],
  conflictsWithCao: false, conflictsWithSafetyRules: false, conflictsWithMedicalAdvice: false,
} as const;
const failed = (r: ReturnType<typeof checkPassendWerk>) =>
  r.criteria.filter((c) => c.status === 'not-met').map((c) => [c.criterion, c.reason, c.knockOut, c.normSource]);

describe('docs/passend-werk.md worked examples', () => {
  it('1. first half year', () => {
    const r = checkPassendWerk({ firstSickDay: '2025-01-06', offerDate: '2025-04-01', offer, employee });
    expect([r.verdict, r.phase.id, r.phase.countedSickDayOfOffer, r.phase.firstDayAfterHalfYear]).toEqual(['niet-passend', 'eerste-halfjaar', 86, '2025-07-07']);
    expect(failed(r)).toEqual([
      ['opleidingsniveau', 'niveau-lager', true, 'analogy'],
      ['loon', 'loon-onder-norm', true, 'analogy'],
      ['reistijd', 'reistijd-boven-norm', true, 'analogy'],
    ]);
    expect([r.refusal.mayRefuse, r.refusal.reason]).toEqual(['yes', 'werk-niet-passend']);
    expect(r.explanation.nl).toBe('Niet passend: niet voldaan aan opleidingsniveau, loon, reistijd.');
  });

  it('2. the same offer on counted day 183', () => {
    const r = checkPassendWerk({ firstSickDay: '2025-01-06', offerDate: '2025-07-07', offer, employee });
    expect([r.verdict, r.phase.id, r.phase.countedSickDayOfOffer]).toEqual(['passend', 'na-eerste-halfjaar', 183]);
    expect(r.weighingFlags).toEqual(['opleidingsniveau', 'loon']);
    const travel = r.criteria.find((c) => c.criterion === 'reistijd')!;
    expect([travel.status, travel.reason, travel.knockOut, travel.normSource]).toEqual(['met', 'reistijd-binnen-signaalgrens', false, 'practice']);
    expect([r.refusal.mayRefuse, r.refusal.reason, r.refusal.consequencesWithoutGround.length]).toEqual(['no', 'geen-deugdelijke-grond', 4]);
    expect(r.explanation.en).toBe('Passend: every knock-out criterion of this phase is met. Points to weigh: education level, wage (not a knock-out in this phase).');
  });

  it('3. samentelling', () => {
    const r = checkPassendWerk({ sickPeriods: [{ from: '2025-01-06', to: '2025-01-15' }, { from: '2025-02-05' }], offerDate: '2025-07-07', offer, employee });
    expect([r.verdict, r.phase.id, r.phase.countedSickDayOfOffer, r.phase.firstDayAfterHalfYear]).toEqual(['niet-passend', 'eerste-halfjaar', 163, '2025-07-27']);
  });

  it('4. facts missing', () => {
    const r = checkPassendWerk({ firstSickDay: '2025-01-06', offerDate: '2025-03-03', offer: { withinFunctionalCapacity: true, travelMinutesPerDay: 45 } });
    expect([r.verdict, r.verdictReason]).toEqual(['unknown', 'knock-out-onbekend']);
    expect(r.missingFacts).toEqual([
      'employee.reasonsAgainstAcceptance.physical', 'employee.reasonsAgainstAcceptance.mental', 'employee.reasonsAgainstAcceptance.social',
      'offer.educationLevel', 'employee.educationLevel', 'offer.wage', 'employee.previousWage',
      'offer.shift', 'employee.previousShift', 'offer.workDays', 'employee.previousWorkDays', 'offer.hoursPerWeek', 'employee.previousHoursPerWeek',
    ]);
  });

  it('5. second year, 65% branch', () => {
    const r = checkPassendWerk({
      firstSickDay: '2025-01-06', offerDate: '2026-09-01',
      offer: { ...offer, structural: true, matchesRemainingCapacity: false, wage: 1980 },
      employee: { ...employee, agreesWithOffer: true }, matchingWorkAchievable: false,
    });
    expect([r.verdict, r.weighingFlags, r.phase.countedSickDayOfOffer]).toEqual(['passend', ['opleidingsniveau', 'loon'], 604]);
    expect([r.bevredigendResultaat!.status, r.bevredigendResultaat!.branch, r.bevredigendResultaat!.wageRatio]).toEqual(['met', 'loonwaarde-ten-minste-65-procent', 0.66]);
  });

  it('7. no offer date: the phase decides', () => {
    const r = checkPassendWerk({ firstSickDay: '2025-01-06', offer, employee });
    expect([r.verdict, r.verdictReason, r.phase.id, r.phase.missingFacts, r.phase.firstDayAfterHalfYear]).toEqual(['unknown', 'fase-onbekend', 'unknown', ['offerDate'], '2025-07-07']);
    expect(r.missingFacts).toEqual(['offerDate']);
    const travel = r.criteria.find((c) => c.criterion === 'reistijd')!;
    expect([travel.status, travel.reason, travel.knockOutPhases]).toEqual(['unknown', 'hangt-af-van-fase', ['eerste-halfjaar']]);
    expect([r.refusal.mayRefuse, r.bevredigendResultaat!.status, r.bevredigendResultaat!.reason]).toEqual(['unknown', 'unknown', 'br-fase-onbekend']);
    expect(r.explanation.en).toBe('Unknown: the verdict depends on the phase — in the first half year not passend, after it passend. Missing facts: offerDate. Points to weigh: education level, wage (not a knock-out in this phase).');
  });

  it('8. no offer date, work beyond the capacity', () => {
    const r = checkPassendWerk({ firstSickDay: '2025-01-06', offer: { withinFunctionalCapacity: false } });
    expect([r.verdict, r.verdictReason, r.missingFacts, r.refusal.mayRefuse, r.refusal.reason]).toEqual(['niet-passend', 'knock-out-niet-voldaan', [], 'yes', 'werk-niet-passend']);
  });

  it('6. invalid input', () => {
    const r = safeCheckPassendWerk({ firstSickDay: '2025-01-06', offerDate: '2025-03-03', offer: { wage: -10, travelMinutesPerDay: 1500 }, employee: { educationLevel: 'hbo' as never } });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.message).toBe("safeCheckPassendWerk: invalid input — offer.wage: a wage cannot be negative; "
        + 'offer.travelMinutesPerDay: travel time of more than 24 hours (1440 minutes) a day is impossible; '
        + "employee.educationLevel: unknown education level; expected one of 'hoger-onderwijs', 'mbo-havo-vwo', 'vmbo-mavo', 'lager-of-geen' (Besluit passende arbeid art 3)");
    }
  });
});

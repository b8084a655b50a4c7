import { describe, expect, it } from 'vitest';
import { checkPassendWerk, type PassendWerkInput, type PassendWerkVerdict } from '../../src/passendWerk/index.js';
import { AFTER_HALF_YEAR, D, FIRST_HALF_YEAR, GOOD_EMPLOYEE, GOOD_OFFER } from './fixtures.js';

const criterion = (r: ReturnType<typeof checkPassendWerk>, id: string) => r.criteria.find((c) => c.criterion === id)!;

/**
 * Without the offer date or the sickness the phase is unknown. A criterion that is a knock-out in
 * every phase still decides (BW 7:658a lid 4); one that is a knock-out only in the first half year
 * (Besluit passende arbeid art 4 lid 1, by analogy; BBP §8) decides nothing on its own.
 */
describe('checkPassendWerk — phase unknown (no offerDate or no sickness)', () => {
  it.each<[string, PassendWerkInput, PassendWerkVerdict, string, readonly string[]]>([
    // label, input, verdict, verdictReason, missingFacts (of the verdict)
    ['work beyond the functional capacity, no offer date (BW 7:658a lid 4)',
      { firstSickDay: D, offer: { withinFunctionalCapacity: false } }, 'niet-passend', 'knock-out-niet-voldaan', []],
    ['more hours than the bedrijfsarts allows, no sickness (BW 7:658a lid 4)',
      { offerDate: FIRST_HALF_YEAR, offer: { hoursPerWeek: 32 }, employee: { maxHoursPerWeek: 20 } }, 'niet-passend', 'knock-out-niet-voldaan', []],
    ['a social reason against it, neither date nor sickness (BW 7:658a lid 4)',
      { employee: { reasonsAgainstAcceptance: { social: true } } }, 'niet-passend', 'knock-out-niet-voldaan', []],
    ['every knock-out of every phase met, no offer date',
      { firstSickDay: D, offer: GOOD_OFFER, employee: GOOD_EMPLOYEE }, 'passend', 'alle-knock-outs-voldaan', []],
    ['150 minutes of travel: a knock-out in the first half year only (Besluit passende arbeid art 4 lid 1 sub c)',
      { firstSickDay: D, offer: { ...GOOD_OFFER, travelMinutesPerDay: 150 }, employee: GOOD_EMPLOYEE }, 'unknown', 'fase-onbekend', ['offerDate']],
    ['60% of the old wage and the capacity unknown (art 4 lid 1 sub b decides nothing while the phase is unknown)',
      { offerDate: AFTER_HALF_YEAR, offer: { wage: 1800 }, employee: { previousWage: 3000 } }, 'unknown', 'fase-onbekend',
      ['firstSickDay', 'offer.withinFunctionalCapacity', 'employee.reasonsAgainstAcceptance.physical', 'employee.reasonsAgainstAcceptance.mental', 'employee.reasonsAgainstAcceptance.social']],
    ['nothing given',
      {}, 'unknown', 'knock-out-onbekend', ['offerDate', 'firstSickDay']],
  ])('%s', (_label, input, verdict, reason, missing) => {
    const r = checkPassendWerk(input);
    expect(r.phase.id).toBe('unknown');
    expect(r.verdict).toBe(verdict);
    expect(r.verdictReason).toBe(reason);
    for (const f of missing) expect(r.missingFacts).toContain(f);
    if (verdict !== 'unknown') expect(r.missingFacts).toEqual([]);
  });

  it('agrees with the known phases where they agree, and is unknown where they differ', () => {
    const travel = { offer: { ...GOOD_OFFER, travelMinutesPerDay: 150 }, employee: GOOD_EMPLOYEE };
    expect(checkPassendWerk({ firstSickDay: D, offerDate: FIRST_HALF_YEAR, ...travel }).verdict).toBe('niet-passend');
    expect(checkPassendWerk({ firstSickDay: D, offerDate: AFTER_HALF_YEAR, ...travel }).verdict).toBe('passend');
    const r = checkPassendWerk({ firstSickDay: D, ...travel });
    expect(r.verdict).toBe('unknown');
    expect(r.explanation.en).toContain('in the first half year not passend, after it passend');
    const reistijd = criterion(r, 'reistijd');
    expect(reistijd.status).toBe('unknown');
    expect(reistijd.reason).toBe('hangt-af-van-fase');
    expect(reistijd.knockOut).toBe(false);
    expect(reistijd.knockOutPhases).toEqual(['eerste-halfjaar']);
    expect(reistijd.missingFacts).toEqual(['offerDate']);
    expect(criterion(r, 'functionele-mogelijkheden').knockOut).toBe(true);
  });

  it('reports the phase with what the sickness alone tells', () => {
    const r = checkPassendWerk({ firstSickDay: D });
    expect(r.phase).toMatchObject({
      id: 'unknown', firstSickDay: D, countedSickDaysBeforeOffer: null, sickOnOfferDate: null,
      halfYearSickDays: 182, firstDayAfterHalfYear: '2025-07-07', missingFacts: ['offerDate'],
    });
    const s = checkPassendWerk({ offerDate: FIRST_HALF_YEAR });
    expect(s.phase).toMatchObject({ id: 'unknown', firstSickDay: null, firstDayAfterHalfYear: null, missingFacts: ['firstSickDay'] });
    expect(s.notices[0]!.en).toContain('phase is unknown');
  });

  it('refusal: a deugdelijke grond or "not passend in every phase" still settles it; otherwise unknown', () => {
    const travel = { offer: { ...GOOD_OFFER, travelMinutesPerDay: 150 }, employee: GOOD_EMPLOYEE };
    expect(checkPassendWerk({ firstSickDay: D, ...travel }).refusal).toMatchObject({ mayRefuse: 'unknown', missingFacts: ['offerDate'] });
    expect(checkPassendWerk({ firstSickDay: D, ...travel, offer: { ...travel.offer, conflictsWithCao: true } }).refusal.mayRefuse).toBe('yes');
    expect(checkPassendWerk({ firstSickDay: D, offer: { withinFunctionalCapacity: false } }).refusal).toMatchObject({ mayRefuse: 'yes', reason: 'werk-niet-passend' });
    expect(checkPassendWerk({ firstSickDay: D, offer: GOOD_OFFER, employee: GOOD_EMPLOYEE }).refusal).toMatchObject({ mayRefuse: 'no', reason: 'geen-deugdelijke-grond' });
  });

  it('bevredigend resultaat: unknown, since whether it is assessed depends on the date (from counted sick day 365)', () => {
    const r = checkPassendWerk({ firstSickDay: D, offer: GOOD_OFFER, employee: GOOD_EMPLOYEE });
    expect(r.bevredigendResultaat).toMatchObject({ status: 'unknown', reason: 'br-fase-onbekend', branch: null, missingFacts: ['offerDate'] });
    expect(r.bevredigendResultaat!.explanation.en).toContain('If it is: Bevredigend resultaat: structural work that matches the remaining capacity.');
  });
});

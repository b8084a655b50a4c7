import { describe, expect, it } from 'vitest';
import {
  checkPassendWerk, PASSEND_WERK_NORMS,
  type EmployeeFacts, type OfferedWork, type PassendWerkCriterionId, type PassendWerkVerdict,
} from '../../src/passendWerk/index.js';
import { AFTER_HALF_YEAR, D, FIRST_HALF_YEAR, GOOD_EMPLOYEE, GOOD_OFFER, SECOND_YEAR, day, input } from './fixtures.js';

const criterion = (r: ReturnType<typeof checkPassendWerk>, id: PassendWerkCriterionId) => r.criteria.find((c) => c.criterion === id)!;

describe('checkPassendWerk — the all-good case', () => {
  it.each([
    ['eerste-halfjaar', FIRST_HALF_YEAR],
    ['na-eerste-halfjaar', AFTER_HALF_YEAR],
    ['na-eerste-halfjaar', SECOND_YEAR],
  ] as const)('is passend in phase %s (%s)', (phase, offerDate) => {
    const r = checkPassendWerk(input(offerDate));
    expect(r.phase.id).toBe(phase);
    expect(r.verdict).toBe('passend');
    expect(r.verdictReason).toBe('alle-knock-outs-voldaan');
    expect(r.missingFacts).toEqual([]);
    expect(r.weighingFlags).toEqual([]);
    expect(r.criteria.map((c) => c.status)).toEqual(Array(7).fill('met'));
    expect(r.criteria.map((c) => c.criterion)).toEqual([
      'functionele-mogelijkheden', 'persoonlijke-bezwaren', 'opleidingsniveau', 'werkervaring', 'loon', 'reistijd', 'werkpatroon',
    ]);
  });

  it('cites a legal basis, a norm source and both languages for every criterion and the verdict', () => {
    for (const offerDate of [FIRST_HALF_YEAR, AFTER_HALF_YEAR]) {
      const r = checkPassendWerk(input(offerDate, { wage: 1000 }, { educationLevel: 'hoger-onderwijs' }));
      for (const c of r.criteria) {
        expect(c.legalBasis.length).toBeGreaterThan(0);
        expect(['statutory', 'policy', 'analogy', 'practice', 'product-decision']).toContain(c.normSource);
        expect(c.reason).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(c.explanation.nl.length).toBeGreaterThan(10);
        expect(c.explanation.en.length).toBeGreaterThan(10);
        expect(c.explanation.nl).not.toMatch(/\{\w+\}/);
        expect(c.explanation.en).not.toMatch(/\{\w+\}/);
      }
      expect(r.legalBasis.map((l) => l.id)).toContain('BW 7:658a lid 4');
      expect(r.explanation.nl).not.toBe(r.explanation.en);
    }
  });
});

/**
 * Scenario table: each criterion in each phase. `knockOut` is the criterion's role in that phase;
 * `verdict` follows from it (every other fact is good).
 */
interface Row {
  name: string;
  offer?: Partial<OfferedWork>;
  employee?: Partial<EmployeeFacts>;
  criterion: PassendWerkCriterionId;
  status: 'met' | 'not-met' | 'unknown';
  reason: string;
  first: { knockOut: boolean; normSource: string; verdict: PassendWerkVerdict };
  after: { knockOut: boolean; normSource: string; verdict: PassendWerkVerdict };
  basis: string; // a legal basis id the criterion cites in the first half year
}

const ROWS: Row[] = [
  // functionele mogelijkheden — BW 7:658a lid 4, always a knock-out
  { name: 'work outside the functional capacity', offer: { withinFunctionalCapacity: false }, criterion: 'functionele-mogelijkheden', status: 'not-met', reason: 'buiten-belastbaarheid',
    first: { knockOut: true, normSource: 'statutory', verdict: 'niet-passend' }, after: { knockOut: true, normSource: 'statutory', verdict: 'niet-passend' }, basis: 'BW 7:658a lid 4' },
  { name: 'more hours than the bedrijfsarts allows', offer: { hoursPerWeek: 32 }, employee: { maxHoursPerWeek: 24, previousHoursPerWeek: 36 }, criterion: 'functionele-mogelijkheden', status: 'not-met', reason: 'uren-boven-belastbaarheid',
    first: { knockOut: true, normSource: 'statutory', verdict: 'niet-passend' }, after: { knockOut: true, normSource: 'statutory', verdict: 'niet-passend' }, basis: 'BW 7:658a lid 4' },
  { name: 'functional capacity not assessed', offer: { withinFunctionalCapacity: undefined }, criterion: 'functionele-mogelijkheden', status: 'unknown', reason: 'belastbaarheid-onbekend',
    first: { knockOut: true, normSource: 'statutory', verdict: 'unknown' }, after: { knockOut: true, normSource: 'statutory', verdict: 'unknown' }, basis: 'BW 7:658a lid 4' },
  // lichamelijke, geestelijke of sociale redenen — BW 7:658a lid 4 "tenzij", always a knock-out
  { name: 'a social reason (care duties)', employee: { reasonsAgainstAcceptance: { physical: false, mental: false, social: true } }, criterion: 'persoonlijke-bezwaren', status: 'not-met', reason: 'bezwaren-aanwezig',
    first: { knockOut: true, normSource: 'statutory', verdict: 'niet-passend' }, after: { knockOut: true, normSource: 'statutory', verdict: 'niet-passend' }, basis: 'BW 7:658a lid 4' },
  { name: 'mental reasons not known', employee: { reasonsAgainstAcceptance: { physical: false, social: false } }, criterion: 'persoonlijke-bezwaren', status: 'unknown', reason: 'bezwaren-onbekend',
    first: { knockOut: true, normSource: 'statutory', verdict: 'unknown' }, after: { knockOut: true, normSource: 'statutory', verdict: 'unknown' }, basis: 'BW 7:658a lid 4' },
  // opleidingsniveau — BPA art 4 lid 1 sub a by analogy; a factor after the first half year
  { name: 'one education level lower', offer: { educationLevel: 'vmbo-mavo' }, criterion: 'opleidingsniveau', status: 'not-met', reason: 'niveau-lager',
    first: { knockOut: true, normSource: 'analogy', verdict: 'niet-passend' }, after: { knockOut: false, normSource: 'policy', verdict: 'passend' }, basis: 'Besluit passende arbeid art 4 lid 1 sub a' },
  { name: 'a higher education level', offer: { educationLevel: 'hoger-onderwijs' }, criterion: 'opleidingsniveau', status: 'met', reason: 'niveau-gelijk-of-hoger',
    first: { knockOut: true, normSource: 'analogy', verdict: 'passend' }, after: { knockOut: false, normSource: 'policy', verdict: 'passend' }, basis: 'Besluit passende arbeid art 4 lid 1 sub a' },
  { name: 'education level of the own work unknown', employee: { educationLevel: undefined }, criterion: 'opleidingsniveau', status: 'unknown', reason: 'niveau-onbekend',
    first: { knockOut: true, normSource: 'analogy', verdict: 'unknown' }, after: { knockOut: false, normSource: 'policy', verdict: 'passend' }, basis: 'Besluit passende arbeid art 3' },
  // werkervaring — BBP §8 ("arbeidsverleden", a factor to weigh); not in BPA art 4 lid 1: a factor in every phase
  { name: 'work outside the work experience', offer: { matchesWorkExperience: false }, criterion: 'werkervaring', status: 'not-met', reason: 'sluit-niet-aan-bij-werkervaring',
    first: { knockOut: false, normSource: 'policy', verdict: 'passend' }, after: { knockOut: false, normSource: 'policy', verdict: 'passend' }, basis: 'Beoordelingskader poortwachter §8' },
  { name: 'work experience unknown', offer: { matchesWorkExperience: undefined }, criterion: 'werkervaring', status: 'unknown', reason: 'werkervaring-onbekend',
    first: { knockOut: false, normSource: 'policy', verdict: 'passend' }, after: { knockOut: false, normSource: 'policy', verdict: 'passend' }, basis: 'Beoordelingskader poortwachter §8' },
  // loon — BPA art 4 lid 1 sub b (70%) by analogy; a factor after the first half year
  { name: 'wage 66.7% of the old wage', offer: { wage: 2000 }, criterion: 'loon', status: 'not-met', reason: 'loon-onder-norm',
    first: { knockOut: true, normSource: 'analogy', verdict: 'niet-passend' }, after: { knockOut: false, normSource: 'policy', verdict: 'passend' }, basis: 'Besluit passende arbeid art 4 lid 1 sub b' },
  { name: 'wage exactly 70% of the old wage', offer: { wage: 2100 }, criterion: 'loon', status: 'met', reason: 'loon-op-of-boven-norm',
    first: { knockOut: true, normSource: 'analogy', verdict: 'passend' }, after: { knockOut: false, normSource: 'policy', verdict: 'passend' }, basis: 'Besluit passende arbeid art 4 lid 1 sub b' },
  { name: 'old wage unknown', employee: { previousWage: undefined }, criterion: 'loon', status: 'unknown', reason: 'loon-onbekend',
    first: { knockOut: true, normSource: 'analogy', verdict: 'unknown' }, after: { knockOut: false, normSource: 'policy', verdict: 'passend' }, basis: 'Besluit passende arbeid art 4 lid 1 sub b' },
  // reistijd — BPA art 4 lid 1 sub c (2 hours) by analogy; after: 3-hour flag (practice)
  { name: 'travel exactly 2 hours', offer: { travelMinutesPerDay: 120 }, criterion: 'reistijd', status: 'met', reason: 'reistijd-binnen-norm',
    first: { knockOut: true, normSource: 'analogy', verdict: 'passend' }, after: { knockOut: false, normSource: 'practice', verdict: 'passend' }, basis: 'Besluit passende arbeid art 4 lid 1 sub c' },
  { name: 'travel 4 hours', offer: { travelMinutesPerDay: 240 }, criterion: 'reistijd', status: 'not-met', reason: 'reistijd-boven-norm',
    first: { knockOut: true, normSource: 'analogy', verdict: 'niet-passend' }, after: { knockOut: false, normSource: 'practice', verdict: 'passend' }, basis: 'Besluit passende arbeid art 4 lid 1 sub c' },
  { name: 'travel unknown', offer: { travelMinutesPerDay: undefined }, criterion: 'reistijd', status: 'unknown', reason: 'reistijd-onbekend',
    first: { knockOut: true, normSource: 'analogy', verdict: 'unknown' }, after: { knockOut: false, normSource: 'practice', verdict: 'passend' }, basis: 'Besluit passende arbeid art 4 lid 1 sub c' },
  // werkpatroon — BBP §8; a factor after the first half year
  { name: 'night shifts after day work', offer: { shift: 'nacht' }, criterion: 'werkpatroon', status: 'not-met', reason: 'dienst-wijkt-af',
    first: { knockOut: true, normSource: 'policy', verdict: 'niet-passend' }, after: { knockOut: false, normSource: 'policy', verdict: 'passend' }, basis: 'Beoordelingskader poortwachter §8' },
  { name: 'Saturday work after a Monday–Friday pattern', offer: { workDays: [5, 6] }, criterion: 'werkpatroon', status: 'not-met', reason: 'werkdagen-wijken-af',
    first: { knockOut: true, normSource: 'policy', verdict: 'niet-passend' }, after: { knockOut: false, normSource: 'policy', verdict: 'passend' }, basis: 'Beoordelingskader poortwachter §8' },
  { name: 'more hours than before the sickness', offer: { hoursPerWeek: 40 }, employee: { maxHoursPerWeek: 40, previousHoursPerWeek: 36 }, criterion: 'werkpatroon', status: 'not-met', reason: 'meer-uren-dan-voorheen',
    first: { knockOut: true, normSource: 'policy', verdict: 'niet-passend' }, after: { knockOut: false, normSource: 'policy', verdict: 'passend' }, basis: 'Beoordelingskader poortwachter §8' },
  { name: 'previous work days unknown', employee: { previousWorkDays: undefined }, criterion: 'werkpatroon', status: 'unknown', reason: 'werkpatroon-onbekend',
    first: { knockOut: true, normSource: 'policy', verdict: 'unknown' }, after: { knockOut: false, normSource: 'policy', verdict: 'passend' }, basis: 'Beoordelingskader poortwachter §8' },
];

describe.each([
  ['first half year', FIRST_HALF_YEAR, 'first'],
  ['after the first half year', AFTER_HALF_YEAR, 'after'],
] as const)('checkPassendWerk — criteria %s', (_label, offerDate, phaseKey) => {
  it.each(ROWS)('$name → $criterion $status', (row) => {
    const r = checkPassendWerk(input(offerDate, row.offer, row.employee));
    const c = criterion(r, row.criterion);
    const expected = row[phaseKey];
    expect(c.status).toBe(row.status);
    expect(c.knockOut).toBe(expected.knockOut);
    expect(c.normSource).toBe(expected.normSource);
    expect(r.verdict).toBe(expected.verdict);
    if (phaseKey === 'first') expect(c.legalBasis.map((l) => l.id)).toContain(row.basis);
    // The reason code is stable; after the half year travel uses the 3-hour flag instead of the 2-hour norm.
    if (row.criterion !== 'reistijd' || phaseKey === 'first') expect(c.reason).toBe(row.reason);
    // Every other criterion is met.
    expect(r.criteria.filter((x) => x.criterion !== row.criterion).every((x) => x.status === 'met')).toBe(true);
    expect(r.weighingFlags).toEqual(!c.knockOut && c.status === 'not-met' ? [row.criterion] : []);
    if (r.verdict === 'unknown') expect(r.missingFacts).toEqual(c.missingFacts);
    else expect(r.missingFacts).toEqual([]);
    if (c.status === 'unknown') expect(c.missingFacts.length).toBeGreaterThan(0);
  });
});

describe('checkPassendWerk — travel after the first half year (3-hour flag, practice)', () => {
  it.each([
    [150, 'met', 'reistijd-binnen-signaalgrens', []],
    [180, 'met', 'reistijd-binnen-signaalgrens', []],
    [181, 'not-met', 'reistijd-boven-signaalgrens', ['reistijd']],
  ] as const)('%i minutes a day → %s (%s), still passend', (minutes, status, reason, flags) => {
    const r = checkPassendWerk(input(AFTER_HALF_YEAR, { travelMinutesPerDay: minutes }));
    const c = criterion(r, 'reistijd');
    expect([c.status, c.reason, c.knockOut, c.normSource]).toEqual([status, reason, false, 'practice']);
    expect(c.norm).toEqual({ parameter: 'reistijd-signaal-na-halfjaar', value: 180 });
    expect(r.verdict).toBe('passend');
    expect(r.weighingFlags).toEqual(flags);
  });

  it('says so in the explanation when a factor is not met', () => {
    const r = checkPassendWerk(input(AFTER_HALF_YEAR, { wage: 1500, educationLevel: 'vmbo-mavo' }));
    expect(r.verdict).toBe('passend');
    expect(r.weighingFlags).toEqual(['opleidingsniveau', 'loon']);
    expect(r.explanation.nl).toContain('Weegpunten: opleidingsniveau, loon');
    expect(r.explanation.en).toContain('Points to weigh: education level, wage');
    expect(criterion(r, 'loon').explanation.en).toContain('no longer a knock-out');
    expect(criterion(r, 'loon').observed).toBe(0.5);
  });
});

describe('checkPassendWerk — verdict from unknown facts', () => {
  it('with no facts at all the verdict is unknown in every phase, never passend', () => {
    for (const offerDate of [FIRST_HALF_YEAR, AFTER_HALF_YEAR, SECOND_YEAR]) {
      const r = checkPassendWerk({ firstSickDay: D, offerDate });
      expect(r.verdict).toBe('unknown');
      expect(r.missingFacts).toContain('offer.withinFunctionalCapacity');
      expect(r.missingFacts).toContain('employee.reasonsAgainstAcceptance.physical');
      expect(r.refusal.mayRefuse).toBe('unknown');
    }
  });

  it('lists the missing facts of the first half year knock-outs', () => {
    const r = checkPassendWerk({ firstSickDay: D, offerDate: FIRST_HALF_YEAR, offer: { withinFunctionalCapacity: true } });
    expect(r.verdict).toBe('unknown');
    expect(r.missingFacts).toEqual([
      'employee.reasonsAgainstAcceptance.physical', 'employee.reasonsAgainstAcceptance.mental', 'employee.reasonsAgainstAcceptance.social',
      'offer.educationLevel', 'employee.educationLevel', 'offer.wage', 'employee.previousWage',
      'offer.travelMinutesPerDay', 'offer.shift', 'employee.previousShift', 'offer.workDays', 'employee.previousWorkDays',
      'offer.hoursPerWeek', 'employee.previousHoursPerWeek',
    ]);
  });

  it('after the first half year only capacity and personal reasons are needed for a definite verdict', () => {
    const r = checkPassendWerk({
      firstSickDay: D, offerDate: AFTER_HALF_YEAR,
      offer: { withinFunctionalCapacity: true },
      employee: { reasonsAgainstAcceptance: { physical: false, mental: false, social: false } },
    });
    expect(r.verdict).toBe('passend');
    expect(r.criteria.filter((c) => !c.knockOut).every((c) => c.status === 'unknown')).toBe(true);
  });

  it('a knock-out that is not met decides even when other facts are missing', () => {
    const r = checkPassendWerk({ firstSickDay: D, offerDate: FIRST_HALF_YEAR, offer: { travelMinutesPerDay: 200 } });
    expect(r.verdict).toBe('niet-passend');
    expect(r.missingFacts).toEqual([]);
  });
});

describe('checkPassendWerk — phase boundary (wvp-rules.md §12 item 2)', () => {
  it('counted sick day 182 is the first half year, day 183 is after (uninterrupted: D+181, D+182)', () => {
    const a = checkPassendWerk(input(day(181)));
    const b = checkPassendWerk(input(day(182)));
    expect([a.phase.id, a.phase.countedSickDayOfOffer]).toEqual(['eerste-halfjaar', 182]);
    expect([b.phase.id, b.phase.countedSickDayOfOffer]).toEqual(['na-eerste-halfjaar', 183]);
    expect(a.phase.firstDayAfterHalfYear).toBe('2025-07-07');
    expect(b.phase.firstDayAfterHalfYear).toBe(day(182));
    expect(a.phase.halfYearSickDays).toBe(182);
    // Travel of 150 minutes: a knock-out on day 182, fine on day 183.
    expect(checkPassendWerk(input(day(181), { travelMinutesPerDay: 150 })).verdict).toBe('niet-passend');
    expect(checkPassendWerk(input(day(182), { travelMinutesPerDay: 150 })).verdict).toBe('passend');
  });

  it('samentelling: a gap of 20 days moves the boundary by 20 days (gaps are not counted)', () => {
    const sickPeriods = [{ from: D, to: day(9) }, { from: day(30) }];
    const before = checkPassendWerk({ sickPeriods, offerDate: day(201), offer: GOOD_OFFER, employee: GOOD_EMPLOYEE });
    const at = checkPassendWerk({ sickPeriods, offerDate: day(202), offer: GOOD_OFFER, employee: GOOD_EMPLOYEE });
    expect(before.phase.id).toBe('eerste-halfjaar');
    expect(before.phase.countedSickDayOfOffer).toBe(182);
    expect(at.phase.id).toBe('na-eerste-halfjaar');
    expect(at.phase.firstDayAfterHalfYear).toBe(day(202));
    expect(at.phase.firstSickDay).toBe(D);
    expect(at.notices.map((n) => n.en).join(' ')).toContain('20 days of interruption');
  });

  it('a gap of four weeks or more starts a new wachttijd: the phase counts from the new day 1', () => {
    const r = checkPassendWerk({ sickPeriods: [{ from: D, to: day(99) }, { from: day(128) }], offerDate: day(200), offer: GOOD_OFFER, employee: GOOD_EMPLOYEE });
    expect(r.phase.firstSickDay).toBe(day(128));
    expect(r.phase.countedSickDaysBeforeOffer).toBe(72);
    expect(r.phase.id).toBe('eerste-halfjaar');
  });

  it('WAZO leave is not counted', () => {
    const r = checkPassendWerk({ sickPeriods: [{ from: D }], wazoLeave: [{ from: day(10), to: day(19) }], offerDate: day(191), offer: GOOD_OFFER, employee: GOOD_EMPLOYEE });
    expect(r.phase.countedSickDaysBeforeOffer).toBe(181);
    expect(r.phase.id).toBe('eerste-halfjaar');
    expect(r.phase.firstDayAfterHalfYear).toBe(day(192));
  });

  it.each([
    // [day 1, last day of the first half year, first day after] — six calendar months via date-fns on UTCDate
    ['2025-01-06', '2025-07-05', '2025-07-06', 181],
    ['2024-08-31', '2025-02-27', '2025-02-28', 181], // 31 August + 6 months clamps to 28 February
    ['2023-08-31', '2024-02-28', '2024-02-29', 182], // leap year
    ['2025-03-01', '2025-08-31', '2025-09-01', 184],
  ])('calendar-months: day 1 %s → first half year through %s, after from %s', (first, lastIn, firstAfter, days) => {
    const options = { phaseConvention: 'calendar-months' } as const;
    const a = checkPassendWerk({ firstSickDay: first, offerDate: lastIn, options });
    const b = checkPassendWerk({ firstSickDay: first, offerDate: firstAfter, options });
    expect(a.phase.id).toBe('eerste-halfjaar');
    expect(b.phase.id).toBe('na-eerste-halfjaar');
    expect(b.phase.halfYearSickDays).toBe(days);
    expect(b.phase.convention).toBe('calendar-months');
    expect(b.phase.firstDayAfterHalfYear).toBe(firstAfter);
  });

  it('an offer after the last known sick day is counted through that day (periods after the offer date are not given)', () => {
    const inGap = checkPassendWerk({ sickPeriods: [{ from: D, to: day(199) }], offerDate: day(210) });
    expect(inGap.phase.sickOnOfferDate).toBe(false);
    expect(inGap.phase.countedSickDayOfOffer).toBeNull();
    expect(inGap.phase.countedSickDaysBeforeOffer).toBe(200);
    expect(inGap.phase.id).toBe('na-eerste-halfjaar');
    const after = checkPassendWerk({ sickPeriods: [{ from: D, to: day(99) }], offerDate: day(300) });
    expect(after.phase.countedSickDaysBeforeOffer).toBe(100);
    expect(after.phase.id).toBe('eerste-halfjaar');
    expect(after.notices.some((n) => n.en.includes('not sick'))).toBe(true);
  });

  it('notes an offer after 104 weeks of counted sickness, not before', () => {
    expect(checkPassendWerk(input(day(727))).notices.some((n) => n.en.includes('after the wachttijd'))).toBe(false);
    const r = checkPassendWerk(input(day(728)));
    expect(r.notices.some((n) => n.en.includes('after the wachttijd'))).toBe(true);
    expect(r.notices.some((n) => n.en.includes('voluntary extension'))).toBe(true);
  });
});

describe('checkPassendWerk — bevredigend resultaat (BBP §3)', () => {
  it('is assessed from counted sick day 365 (D+364), not before', () => {
    expect(checkPassendWerk(input(day(363))).bevredigendResultaat).toBeNull();
    const r = checkPassendWerk(input(day(364)));
    expect(r.bevredigendResultaat).not.toBeNull();
    expect(r.phase.bevredigendResultaatFrom).toBe(day(364));
    expect(r.phase.bevredigendResultaatFrom).toBe('2026-01-05');
  });

  it('the boundary moves with samentelling gaps', () => {
    const sickPeriods = [{ from: D, to: day(9) }, { from: day(30) }];
    expect(checkPassendWerk({ sickPeriods, offerDate: day(383) }).bevredigendResultaat).toBeNull();
    expect(checkPassendWerk({ sickPeriods, offerDate: day(384) }).bevredigendResultaat).not.toBeNull();
  });

  const rows: { name: string; offer: Partial<OfferedWork>; employee?: Partial<EmployeeFacts>; achievable?: boolean; status: string; branch: string | null; reason: string }[] = [
    { name: 'branch 1: structural, matches the remaining capacity — no wage threshold (30%)', offer: { matchesRemainingCapacity: true, structural: true, wage: 900 },
      status: 'met', branch: 'passend-bij-resterende-mogelijkheden', reason: 'br-passend-bij-resterende-mogelijkheden' },
    { name: 'temporary work is never a bevredigend resultaat', offer: { matchesRemainingCapacity: true, structural: false },
      status: 'not-met', branch: null, reason: 'br-niet-structureel' },
    { name: 'branch 2 not open while full use is achievable', offer: { matchesRemainingCapacity: false, wage: 2400 }, achievable: true,
      status: 'not-met', branch: null, reason: 'br-resterende-mogelijkheden-niet-benut' },
    { name: 'branch 2: 65% exactly, structural, agreed, full use not achievable', offer: { matchesRemainingCapacity: false, wage: 1950 }, achievable: false,
      status: 'met', branch: 'loonwaarde-ten-minste-65-procent', reason: 'br-loonwaarde-ten-minste-65-procent' },
    { name: 'branch 2: 64% is too little', offer: { matchesRemainingCapacity: false, wage: 1920 }, achievable: false,
      status: 'not-met', branch: null, reason: 'br-loonwaarde-te-laag' },
    { name: 'branch 2 needs the employee\'s agreement', offer: { matchesRemainingCapacity: false, wage: 2400 }, employee: { agreesWithOffer: false }, achievable: false,
      status: 'not-met', branch: null, reason: 'br-geen-instemming' },
    { name: 'branch 2 with agreement unknown', offer: { matchesRemainingCapacity: false, wage: 2400 }, employee: { agreesWithOffer: undefined }, achievable: false,
      status: 'unknown', branch: null, reason: 'br-onbekend' },
    { name: 'not known whether full use is achievable', offer: { matchesRemainingCapacity: false, wage: 2400 },
      status: 'unknown', branch: null, reason: 'br-onbekend' },
  ];
  it.each(rows)('$name', (row) => {
    const r = checkPassendWerk(input(SECOND_YEAR, row.offer, row.employee ?? {}, row.achievable === undefined ? {} : { matchingWorkAchievable: row.achievable }));
    const br = r.bevredigendResultaat!;
    expect([br.status, br.branch, br.reason]).toEqual([row.status, row.branch, row.reason]);
    expect(br.legalBasis.map((l) => l.id)).toContain('Beoordelingskader poortwachter §3');
    expect(br.normSource).toBe('policy');
    expect(br.minimumWageRatio).toBe(0.65);
    if (br.status === 'unknown') expect(br.missingFacts.length).toBeGreaterThan(0);
  });

  it('reports what is missing', () => {
    const r = checkPassendWerk({ firstSickDay: D, offerDate: SECOND_YEAR });
    expect(r.bevredigendResultaat!.status).toBe('unknown');
    expect(r.bevredigendResultaat!.missingFacts).toEqual([
      'offer.matchesRemainingCapacity', 'offer.structural', 'matchingWorkAchievable', 'offer.wage', 'employee.previousWage', 'employee.agreesWithOffer',
    ]);
  });

  it.each([
    ['a wage under 65%', { matchesRemainingCapacity: undefined, structural: true, wage: 1500 }, {}, ['offer.matchesRemainingCapacity']],
    ['no agreement', { matchesRemainingCapacity: undefined, structural: true, wage: 2400 }, { agreesWithOffer: false }, ['offer.matchesRemainingCapacity']],
    ['a wage under 65%, structural unknown', { matchesRemainingCapacity: undefined, structural: undefined, wage: 1500 }, {}, ['offer.matchesRemainingCapacity', 'offer.structural']],
  ] as const)('a failing 65%% branch is no definite "no" while branch 1 is unknown (%s)', (_name, offer, employee, missing) => {
    const r = checkPassendWerk(input(SECOND_YEAR, offer, employee));
    expect([r.bevredigendResultaat!.status, r.bevredigendResultaat!.reason]).toEqual(['unknown', 'br-onbekend']);
    expect(r.bevredigendResultaat!.missingFacts).toEqual(missing);
  });

  it('is reported from counted sick day 365 as a product decision, the 65% norm itself being UWV policy (BBP §3)', () => {
    const day365 = PASSEND_WERK_NORMS.find((n) => n.id === 'bevredigend-resultaat-vanaf-ziektedag')!;
    expect([day365.value, day365.normSource]).toEqual([365, 'product-decision']);
    expect(day365.legalBasis.map((l) => l.id)).toEqual(['Beoordelingskader poortwachter §3', 'Regeling procesgang art 4 lid 2 sub b', 'WIA art 65']);
    const pct = PASSEND_WERK_NORMS.find((n) => n.id === 'bevredigend-resultaat-loonwaarde')!;
    expect([pct.value, pct.normSource]).toEqual([0.65, 'policy']);
  });
});

describe('checkPassendWerk — refusal (BW 7:629 lid 3 sub c, 7:629a, 7:670a)', () => {
  it('passend work with no deugdelijke grond: refusing has consequences', () => {
    const r = checkPassendWerk(input(FIRST_HALF_YEAR));
    expect(r.refusal.mayRefuse).toBe('no');
    expect(r.refusal.reason).toBe('geen-deugdelijke-grond');
    expect(r.refusal.consequencesWithoutGround.map((c) => [c.id, c.legalBasis[0]!.id])).toEqual([
      ['geen-recht-op-loon', 'BW 7:629 lid 3 sub c'],
      ['onverwijld-mededelen', 'BW 7:629 lid 7'],
      ['schriftelijke-maning', 'BW 7:670a lid 1'],
      ['deskundigenoordeel', 'BW 7:629a lid 1'],
    ]);
    expect(r.refusal.legalBasis.map((l) => l.id)).toContain('BW 7:629 lid 3 sub c');
  });

  it.each([
    ['conflictsWithCao', 'in-strijd-met-cao'],
    ['conflictsWithSafetyRules', 'in-strijd-met-veiligheidsvoorschriften'],
    ['conflictsWithMedicalAdvice', 'in-strijd-met-medisch-advies'],
  ] as const)('%s is a deugdelijke grond', (field, ground) => {
    const r = checkPassendWerk(input(FIRST_HALF_YEAR, { [field]: true }));
    expect(r.verdict).toBe('passend');
    expect(r.refusal.mayRefuse).toBe('yes');
    expect(r.refusal.reason).toBe('deugdelijke-grond');
    expect(r.refusal.deugdelijkeGronden).toEqual([ground]);
  });

  it('work that is not passend may be refused', () => {
    const r = checkPassendWerk(input(FIRST_HALF_YEAR, { withinFunctionalCapacity: false }));
    expect([r.refusal.mayRefuse, r.refusal.reason]).toEqual(['yes', 'werk-niet-passend']);
  });

  it('unknown grounds or an unknown verdict give unknown with the missing facts', () => {
    const a = checkPassendWerk(input(FIRST_HALF_YEAR, { conflictsWithCao: undefined }));
    expect([a.refusal.mayRefuse, a.refusal.missingFacts]).toEqual(['unknown', ['offer.conflictsWithCao']]);
    const b = checkPassendWerk(input(FIRST_HALF_YEAR, { wage: undefined }));
    expect([b.refusal.mayRefuse, b.refusal.missingFacts]).toEqual(['unknown', ['offer.wage']]);
  });
});

describe('PASSEND_WERK_NORMS', () => {
  it('holds the norms with validity dates, sources and legal basis', () => {
    expect(Object.isFrozen(PASSEND_WERK_NORMS)).toBe(true);
    expect(Object.fromEntries(PASSEND_WERK_NORMS.map((n) => [n.id, [n.value, n.normSource]]))).toEqual({
      'eerste-halfjaar-ziektedagen': [182, 'analogy'],
      'minimum-loon-eerste-halfjaar': [0.7, 'analogy'],
      'maximale-reistijd-eerste-halfjaar': [120, 'analogy'],
      'reistijd-signaal-na-halfjaar': [180, 'practice'],
      'bevredigend-resultaat-loonwaarde': [0.65, 'policy'],
      'bevredigend-resultaat-vanaf-ziektedag': [365, 'product-decision'],
    });
    for (const n of PASSEND_WERK_NORMS) {
      expect(Object.isFrozen(n)).toBe(true);
      expect(n.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(n.legalBasis.length).toBeGreaterThan(0);
      expect(n.source.length).toBeGreaterThan(10);
    }
    expect(checkPassendWerk(input(FIRST_HALF_YEAR)).norms).toHaveLength(6);
  });
});

import { describe, expect, it } from 'vitest';
import { checkSpoor2Readiness, type Spoor2Input } from '../../src/spoor2/index.js';

/**
 * Legal outcomes on paths the other tests do not reach (issue 14: branch coverage of src/spoor2).
 * Day 1 = 2024-01-01: the eerstejaarsevaluatie is due 2024-12-29 (counted sick day 364), due + 42 =
 * 2025-02-09; held on 2024-12-16 the regular required-by date is 2025-01-27; the evaluation's window
 * opens in week 46 (2024-11-11); the wachttijd ends 2025-12-28.
 */
const day1 = { firstSickDay: '2024-01-01' } as const;
const held = { eerstejaarsevaluatie: { held: true, date: '2024-12-16' } } as const;
const bothSettled = { arbeidsdeskundige: { ownWorkPossible: 'no', passendWerkOwnOrganisation: 'not-available' } } as const satisfies Spoor2Input;
const codes = (r: ReturnType<typeof checkSpoor2Readiness>): string[] => r.findings.map((f) => f.code);
const ids = (r: ReturnType<typeof checkSpoor2Readiness>): string[] => r.exceptions.map((e) => e.id);

describe('BW 7:658a lid 1 (AOW age): an AOW date inside the term leaves no required-by date', () => {
  it('before the eerstejaarsevaluatie: may start; the date is unknown because the duty ends at AOW age', () => {
    const r = checkSpoor2Readiness({ ...day1, eerstejaarsevaluatie: { held: false }, ...bothSettled, asOf: '2024-12-01', aowAgeDate: '2025-01-10', activities: {} });
    expect(r.status).toBe('may-start');
    expect(r.deadline.requiredBy).toBeNull();
    expect(r.statusExplanation.nl).toContain('uiterlijk onbekend');
    expect(r.statusExplanation.en).toContain('by unknown');
  });

  it('after the evaluation, before AOW age, not started: unknown (the deadline depends on an open-ended exception)', () => {
    const r = checkSpoor2Readiness({ ...day1, ...held, ...bothSettled, asOf: '2024-12-20', aowAgeDate: '2025-01-10', activities: {} });
    expect(r.status).toBe('unknown');
    expect(r.statusExplanation.en).toBe('Unknown: the deadline depends on an exception without an end date.');
  });

  it('started before the regular date: on time, judged against the regular date', () => {
    const r = checkSpoor2Readiness({ ...day1, ...held, ...bothSettled, asOf: '2024-12-20', aowAgeDate: '2025-01-10', activities: { spoor2StartedOn: '2024-12-18' } });
    expect(r.status).toBe('started');
    expect(r.start.onTime).toBe('yes');
    expect(r.statusExplanation.en).toContain('required by 2025-01-27');
  });

  it('without the evaluation (held, no date) and an AOW date in the term: unknown, no latest date', () => {
    const r = checkSpoor2Readiness({ ...day1, eerstejaarsevaluatie: { held: true }, ...bothSettled, asOf: '2024-12-20', aowAgeDate: '2025-02-01', activities: {} });
    expect(r.status).toBe('unknown');
    expect(r.missingFacts).toContain('eerstejaarsevaluatie.date');
    expect(r.statusExplanation.en).toContain('by unknown at the latest');
  });
});

describe('Werkwijzer §4.3 / BBP §5: a concrete structural perspective and "not needed yet"', () => {
  const beyond = { perspective: { concrete: true, structural: true, assessedOn: '2024-10-01', expectedReturnDate: '2025-06-01' } } as const;
  it('before the evaluation, perspective beyond three months, bedrijfsarts judged: not needed yet', () => {
    const r = checkSpoor2Readiness({ ...day1, eerstejaarsevaluatie: { held: false }, ...beyond, bedrijfsarts: { ownWorkPossible: 'no', prognosis: 'partial' }, asOf: '2024-12-01', activities: {} });
    expect(r.status).toBe('not-needed-yet');
    expect(r.earlyStart.expected).toBe('no');
  });

  it('nothing said about the evaluation, before its window: may start, "not needed yet" not established without it', () => {
    const r = checkSpoor2Readiness({ ...day1, ...beyond, bedrijfsarts: { ownWorkPossible: 'no', prognosis: 'partial' }, asOf: '2024-11-01', activities: {} });
    expect(r.status).toBe('may-start');
    expect(r.statusExplanation.en).toContain('the first-year evaluation is not given');
    expect(r.missingFacts).toContain('eerstejaarsevaluatie');
  });

  it('same without the bedrijfsarts: may start, not all judgements known; they are missing facts', () => {
    const r = checkSpoor2Readiness({ ...day1, ...beyond, asOf: '2024-11-01', activities: {} });
    expect(r.status).toBe('may-start');
    expect(r.statusExplanation.en).toContain('not all are known');
    expect(r.missingFacts).toEqual(expect.arrayContaining(['bedrijfsarts.ownWorkPossible', 'bedrijfsarts.prognosis']));
  });

  it('a perspective after the evaluation with facts missing: the exception is unknown and names them', () => {
    const r = checkSpoor2Readiness({ ...day1, ...held, ...bothSettled, perspective: { assessedOn: '2024-12-20' }, asOf: '2025-01-10', activities: {} });
    const e = r.exceptions.find((x) => x.id === 'perspective-own-organisation')!;
    expect(e.holds).toBe('unknown');
    expect(e.missingFacts).toEqual(['perspective.concrete', 'perspective.structural', 'perspective.expectedReturnDate']);
    expect(r.status).toBe('unknown');
  });

  it('a perspective that is not concrete: no exception, and early start is expected with that as an indication', () => {
    const r = checkSpoor2Readiness({ ...day1, eerstejaarsevaluatie: { held: false }, ...bothSettled, perspective: { concrete: false }, asOf: '2024-12-01', activities: {} });
    expect(r.exceptions.find((x) => x.id === 'perspective-own-organisation')!.holds).toBe('no');
    expect(r.earlyStart.expected).toBe('yes');
    expect(r.earlyStart.indications.map((x) => x.en)).toContain('no concrete perspective of return in the own organisation');
  });

  it('BBP §3: a realised structural return is a satisfactory result — exempt, and the review counts it', () => {
    const r = checkSpoor2Readiness({ ...day1, ...held, ...bothSettled, perspective: { realisedOn: '2025-01-05' }, outcome: { wageValuePercent: 100, employeeAgrees: true }, asOf: '2025-02-01', activities: {} });
    expect(r.status).toBe('exempt');
    expect(ids(r)).toContain('structural-return-realised');
    const result = r.loonsanctieRisk.steps.find((s) => s.id === 'satisfactory-result')!;
    expect(result.answer).toBe('yes');
    expect(result.reasons[0]!.en).toBe('Structural return in the own organisation.');
  });
});

describe('Werkwijzer §5: AOW within a year after the wachttijd', () => {
  it('reported without the sickness: unknown, and the first sick day is a missing fact', () => {
    const r = checkSpoor2Readiness({ exceptions: { aow: { aowDate: '2026-06-01', bothAgree: true } } });
    expect(r.exceptions[0]).toMatchObject({ id: 'aow-within-year', holds: 'unknown' });
    expect(r.exceptions[0]!.missingFacts).toEqual(['firstSickDay']);
  });
});

describe('product decision (docs/spoor-2.md): an exception in the term restarts the 42 days', () => {
  it('a postponement in the term moves the deadline; a start after the regular date but before the moved one is on time', () => {
    const r = checkSpoor2Readiness({
      ...day1, ...held, ...bothSettled, exceptions: { postponement: { from: '2025-01-01', to: '2025-01-31' } },
      asOf: '2025-03-01', activities: { spoor2StartedOn: '2025-02-15', planVanAanpakAdjustedOn: '2025-02-15', reIntegratiebureauAssignedOn: '2025-02-15' },
    });
    expect(r.deadline.requiredBy).toBe('2025-03-15');
    expect(r.start.onTime).toBe('yes');
    expect(r.status).toBe('started');
  });

  it('a lapsed postponement and then AOW age in the moved term: whether a start after the regular date was on time is unknown', () => {
    const r = checkSpoor2Readiness({
      ...day1, ...held, ...bothSettled, exceptions: { postponement: { from: '2025-01-01', to: '2025-01-31' } }, aowAgeDate: '2025-03-10',
      asOf: '2025-03-01', activities: { spoor2StartedOn: '2025-02-15' },
    });
    expect(r.start.onTime).toBe('unknown');
    expect(r.status).toBe('started');
    expect(r.statusExplanation.en).toBe('Started on 2025-02-15. Whether that was on time is unknown: the deadline depends on an exception without an end date.');
  });
});

describe('Werkwijzer: a late start', () => {
  it('without the evaluation\'s date, started after the latest possible date: overdue, "started only on"', () => {
    const r = checkSpoor2Readiness({ ...day1, eerstejaarsevaluatie: { held: true }, ...bothSettled, asOf: '2025-04-01', activities: { spoor2StartedOn: '2025-03-01' } });
    expect(r.status).toBe('overdue');
    expect(r.statusExplanation.en).toContain('started only on 2025-03-01');
  });

  it('BW 7:658a lid 1: started late, then AOW age reached: exempt now, the late start stays a finding', () => {
    const r = checkSpoor2Readiness({ ...day1, ...held, ...bothSettled, aowAgeDate: '2025-03-15', asOf: '2025-04-01', activities: { spoor2StartedOn: '2025-03-01' } });
    expect(r.status).toBe('exempt');
    expect(codes(r)).toContain('spoor2-started-late');
  });
});

describe('Regeling procesgang art 4 lid 2 b: an evaluation not held yet', () => {
  it('before its due date the anchor is the due date, provisional, and the status text says "due by"', () => {
    const r = checkSpoor2Readiness({ ...day1, eerstejaarsevaluatie: { held: false }, ...bothSettled, asOf: '2024-12-01', activities: {} });
    expect(r.status).toBe('may-start');
    expect(r.deadline.provisional).toBe(true);
    expect(r.statusExplanation.en).toContain('due by 2024-12-29');
  });
});

describe('BBP §9: work in the own organisation during spoor 2', () => {
  it('half or more of the capacity (not all of it): spoor1-work-limits-spoor2 warning', () => {
    const r = checkSpoor2Readiness({
      ...day1, ...held, ...bothSettled, bedrijfsarts: { capacityHoursPerWeek: 20 }, ownOrganisationWork: { hoursPerWeek: 12, structuralPosition: false },
      asOf: '2025-01-20', activities: { spoor2StartedOn: '2025-01-10' },
    });
    expect(codes(r)).toContain('spoor1-work-limits-spoor2');
    expect(codes(r)).not.toContain('spoor1-work-exhausts-capacity');
  });
});

describe('BW 7:629 lid 10: recovered less than four weeks ago', () => {
  it('the deadline after the last sick day has not come in sick days: not needed yet, never overdue', () => {
    const r = checkSpoor2Readiness({ sickPeriods: [{ from: '2024-01-01', to: '2025-01-20' }], ...held, ...bothSettled, asOf: '2025-02-10', activities: {} });
    expect(r.deadline.requiredBy).toBe('2025-01-27');
    expect(r.status).toBe('not-needed-yet');
    expect(r.start.onTime).toBe('unknown');
    expect(r.statusExplanation.en).toContain('recovered after 2025-01-20');
  });
});

describe('exceptions reported with facts missing or not met', () => {
  it('BW 7:629 lid 10, WIA 23 lid 3: recovered four weeks or more ago — the wachttijd ended, no spoor-2 duty', () => {
    const r = checkSpoor2Readiness({ sickPeriods: [{ from: '2024-01-01', to: '2025-01-20' }], ...held, ...bothSettled, asOf: '2025-03-01', activities: {} });
    expect(r.status).toBe('exempt');
    expect(r.exceptions.find((e) => e.id === 'wachttijd-ended')).toMatchObject({ holds: 'yes', from: '2025-01-21', normKind: 'statutory' });
  });

  it('Werkwijzer §5: an AOW date more than twelve months after the wachttijd does not exempt', () => {
    const r = checkSpoor2Readiness({ ...day1, ...held, ...bothSettled, exceptions: { aow: { aowDate: '2027-06-01', bothAgree: true } }, asOf: '2025-01-20', activities: {} });
    expect(r.exceptions.find((e) => e.id === 'aow-within-year')!.holds).toBe('no');
    expect(r.status).toBe('must-start');
  });

  it('BBP §11: a temporary contract without costs and remaining wage — unknown, both named', () => {
    const r = checkSpoor2Readiness({ ...day1, ...held, ...bothSettled, exceptions: { temporaryContract: {} }, asOf: '2025-01-20', activities: {} });
    const e = r.exceptions.find((x) => x.id === 'temporary-contract-costs')!;
    expect(e.holds).toBe('unknown');
    expect(e.missingFacts).toEqual(['exceptions.temporaryContract.spoor2Costs', 'exceptions.temporaryContract.remainingWage']);
  });

  it('Werkwijzer §4.3: a perspective without an assessment date and without the evaluation — the date is a missing fact', () => {
    const r = checkSpoor2Readiness({ ...day1, eerstejaarsevaluatie: { held: true }, ...bothSettled, perspective: { concrete: true, structural: true, expectedReturnDate: '2025-03-01' }, asOf: '2025-01-20', activities: {} });
    expect(r.exceptions.find((x) => x.id === 'perspective-own-organisation')!.missingFacts).toEqual(['perspective.assessedOn']);
    expect(r.missingFacts).toContain('perspective.assessedOn');
  });
});

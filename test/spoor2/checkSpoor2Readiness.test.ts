import { describe, expect, it } from 'vitest';
import { checkSpoor2Readiness, safeCheckSpoor2Readiness, type Spoor2Input, type Spoor2Readiness } from '../../src/spoor2/index.js';
import { PoortwachterError } from '../../src/errors/index.js';
import { RULE_SETS } from '../../src/law/ruleSets.js';

/**
 * Scenario table for a domain expert. Day 1 = Monday 2024-01-01, so the eerstejaarsevaluatie is due
 * 2024-12-29 (counted sick day 364) and spoor 2 at the latest 2025-02-09 (42 days later).
 * Each row names the rule it rests on.
 */
const D = '2024-01-01';
/** Both conditions of BW 7:658a lid 1 settled (own work impossible, no other passend werk in the own organisation). */
const AD = { ownWorkPossible: 'no', passendWerkOwnOrganisation: 'not-available' } as const;
interface Row {
  readonly name: string;
  readonly basis: string;
  readonly input: Spoor2Input;
  readonly status: Spoor2Readiness['status'];
  readonly requiredBy?: string | null;
  /** Exactly these finding codes (any order). */
  readonly findings?: readonly string[];
  readonly missing?: readonly string[];
}

const rows: readonly Row[] = [
  {
    name: 'week 20, evaluation still to come, return in own organisation realistic',
    basis: 'BBP §5 (duty arises at the eerstejaarsevaluatie)',
    input: { firstSickDay: D, asOf: '2024-05-20', eerstejaarsevaluatie: { held: false }, bedrijfsarts: { ownWorkPossible: 'partly', prognosis: 'recovery' }, arbeidsdeskundige: { passendWerkOwnOrganisation: 'available' } },
    status: 'not-needed-yet', requiredBy: '2025-02-09', findings: [],
  },
  {
    name: 'week 20, bedrijfsarts expects recovery, no judgement on other work in the own organisation',
    basis: 'BW 7:658a lid 1: one condition clearly fails (recovery in the own work expected)',
    input: { firstSickDay: D, asOf: '2024-05-20', eerstejaarsevaluatie: { held: false }, bedrijfsarts: { ownWorkPossible: 'partly', prognosis: 'recovery' } },
    status: 'not-needed-yet', findings: [],
  },
  {
    name: 'week 20, labour expert: no passend werk in own organisation, own work impossible',
    basis: 'BBP §5, §8; BW 7:658a lid 2 (early start expected)',
    input: { firstSickDay: D, asOf: '2024-05-20', eerstejaarsevaluatie: { held: false }, arbeidsdeskundige: { ownWorkPossible: 'no', passendWerkOwnOrganisation: 'not-available' } },
    status: 'may-start', findings: ['early-start-expected'],
  },
  {
    name: 'week 20, no judgement on the own organisation',
    basis: 'missing facts never give "not needed"',
    input: { firstSickDay: D, asOf: '2024-05-20', eerstejaarsevaluatie: { held: false } },
    status: 'may-start', missing: ['arbeidsdeskundige.passendWerkOwnOrganisation', 'bedrijfsarts.ownWorkPossible'],
  },
  {
    name: 'week 20, nothing said about the evaluation: not required yet, may start by agreement',
    basis: 'BBP §5 (early start by agreement); wvp-rules.md §12 item 1 (due + 42 is the latest, provisional)',
    input: { firstSickDay: D, asOf: '2024-05-20' },
    status: 'may-start', requiredBy: '2025-02-09', missing: ['eerstejaarsevaluatie', 'arbeidsdeskundige.passendWerkOwnOrganisation', 'bedrijfsarts.ownWorkPossible', 'bedrijfsarts.prognosis'],
  },
  {
    name: 'week 9, nothing said about the evaluation, judgements point to return: not needed (the duty of 7:658a lid 1 has not arisen)',
    basis: 'BW 7:658a lid 1: both conditions fail',
    input: { firstSickDay: D, asOf: '2024-03-01', bedrijfsarts: { ownWorkPossible: 'partly', prognosis: 'recovery' }, arbeidsdeskundige: { passendWerkOwnOrganisation: 'available' } },
    status: 'not-needed-yet', requiredBy: '2025-02-09', missing: ['eerstejaarsevaluatie'],
  },
  {
    name: 'week 9, nothing said about the evaluation, no passend werk in the own organisation: may start and expected',
    basis: 'BBP §5, §8 (early start expected)',
    input: { firstSickDay: D, asOf: '2024-03-01', bedrijfsarts: { ownWorkPossible: 'no', prognosis: 'no-improvement' }, arbeidsdeskundige: { passendWerkOwnOrganisation: 'not-available', ownWorkPossible: 'no' }, activities: {} },
    status: 'may-start', requiredBy: '2025-02-09', findings: ['early-start-expected'], missing: ['eerstejaarsevaluatie'],
  },
  {
    name: 'after the due date, nothing said about the evaluation: unknown (it may have been held early)',
    basis: 'wvp-rules.md §12 item 1 (anchor = earlier of held and due)',
    input: { firstSickDay: D, asOf: '2025-01-06' },
    status: 'unknown', requiredBy: null, missing: ['eerstejaarsevaluatie'],
  },
  {
    name: 'evaluation held on 2024-12-16, five weeks later, nothing started',
    basis: 'Werkwijzer §4.3: 42 days after the evaluation (practice)',
    input: { arbeidsdeskundige: AD, firstSickDay: D, asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, activities: {} },
    status: 'must-start', requiredBy: '2025-01-27',
  },
  {
    name: 'evaluation held on 2024-12-16, 42 days passed, nothing started',
    basis: 'Werkwijzer §4.3; BW 7:658a lid 1',
    input: { arbeidsdeskundige: AD, firstSickDay: D, asOf: '2025-02-01', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, activities: {} },
    status: 'overdue', requiredBy: '2025-01-27', findings: ['spoor2-overdue'],
  },
  {
    name: 'evaluation held late (2025-01-15): no extra time',
    basis: 'wvp-rules.md §12 item 1',
    input: { arbeidsdeskundige: AD, firstSickDay: D, asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2025-01-15' }, activities: {} },
    status: 'must-start', requiredBy: '2025-02-09', findings: ['eje-held-late'],
  },
  {
    name: 'evaluation not held, due date passed',
    basis: 'Regeling procesgang art 4 lid 2 b, art 6 lid 1 h',
    input: { arbeidsdeskundige: AD, firstSickDay: D, asOf: '2025-01-10', eerstejaarsevaluatie: { held: false }, activities: {} },
    status: 'must-start', requiredBy: '2025-02-09', findings: ['eje-not-held'],
  },
  {
    name: 'started on time with a bureau, trajectplan, applications and reports',
    basis: 'BBP §9',
    input: {
      firstSickDay: D, asOf: '2025-04-01', eerstejaarsevaluatie: { held: true, date: '2024-12-16' },
      activities: {
        spoor1NotPossibleStatementOn: '2024-12-16', planVanAanpakAdjustedOn: '2024-12-20', reIntegratiebureauAssignedOn: '2025-01-10',
        trajectplanOn: '2025-01-24', applications: ['2025-02-10', '2025-03-03'], progressReports: ['2025-02-21', '2025-03-21'],
      },
    },
    status: 'started', requiredBy: '2025-01-27', findings: [],
  },
  {
    name: 'started late (2025-03-01)',
    basis: 'Werkwijzer §4.3',
    input: { firstSickDay: D, asOf: '2025-04-01', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, activities: { reIntegratiebureauAssignedOn: '2025-03-01', planVanAanpakAdjustedOn: '2025-03-01', trajectplanOn: '2025-03-10', spoor1NotPossibleStatementOn: '2024-12-16' } },
    status: 'overdue', findings: ['spoor2-overdue'],
  },
  {
    name: 'evaluation unknown, started 2025-03-01, after the latest possible deadline',
    basis: 'wvp-rules.md §12 item 1: the deadline is never later than 42 days after the due date',
    input: { firstSickDay: D, asOf: '2025-04-01', activities: { reIntegratiebureauAssignedOn: '2025-03-01', planVanAanpakAdjustedOn: '2025-03-01', spoor1NotPossibleStatementOn: '2025-03-01' } },
    status: 'overdue', requiredBy: null, findings: ['spoor2-overdue'], missing: ['eerstejaarsevaluatie'],
  },
  {
    name: 'evaluation unknown, started 2025-01-20: started, on time unknown',
    basis: 'missing fact → no verdict on timeliness',
    input: { firstSickDay: D, asOf: '2025-04-01', activities: { reIntegratiebureauAssignedOn: '2025-01-20', planVanAanpakAdjustedOn: '2025-01-20', spoor1NotPossibleStatementOn: '2025-01-20', trajectplanOn: '2025-02-01', applications: ['2025-03-01'], progressReports: ['2025-03-15'] } },
    status: 'started', requiredBy: null, findings: [], missing: ['eerstejaarsevaluatie'],
  },
  {
    name: 'geen benutbare mogelijkheden since 2024-11-01',
    basis: 'BBP §3',
    input: { firstSickDay: D, asOf: '2025-03-01', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, exceptions: { geenBenutbareMogelijkheden: { from: '2024-11-01' } }, activities: {} },
    status: 'exempt', requiredBy: null, findings: ['exception-checked-by-uwv'],
  },
  {
    name: 'postponement on bedrijfsarts advice through 2025-03-31, during',
    basis: 'Werkwijzer §5 (practice)',
    input: { arbeidsdeskundige: AD, firstSickDay: D, asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, exceptions: { postponement: { from: '2024-12-01', to: '2025-03-31' } }, activities: {} },
    status: 'postponed', requiredBy: null,
  },
  {
    name: 'postponement through 2025-03-31, after it ended',
    basis: 'product decision: 42 days after the exception ends',
    input: { arbeidsdeskundige: AD, firstSickDay: D, asOf: '2025-04-15', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, exceptions: { postponement: { from: '2024-12-01', to: '2025-03-31' } }, activities: {} },
    status: 'must-start', requiredBy: '2025-05-13',
  },
  {
    name: 'postponement 2024-12-01 through 2025-01-10 ends inside the 42-day term: 42 days restart after it',
    basis: 'product decision: an exception that held during the term restarts the 42 days (docs/spoor-2.md)',
    input: { arbeidsdeskundige: AD, firstSickDay: D, asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, exceptions: { postponement: { from: '2024-12-01', to: '2025-01-10' } }, activities: {} },
    status: 'must-start', requiredBy: '2025-02-22', findings: [],
  },
  {
    name: 'postponement that ended the day before the evaluation does not move the deadline',
    basis: 'product decision (docs/spoor-2.md)',
    input: { arbeidsdeskundige: AD, firstSickDay: D, asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, exceptions: { postponement: { from: '2024-12-01', to: '2024-12-15' } }, activities: {} },
    status: 'must-start', requiredBy: '2025-01-27', findings: [],
  },
  {
    name: 'early start by agreement in week 30: started, on time',
    basis: 'BBP §5 (early start allowed any time by agreement)',
    input: { firstSickDay: D, asOf: '2024-08-01', eerstejaarsevaluatie: { held: false }, activities: { reIntegratiebureauAssignedOn: '2024-07-22', planVanAanpakAdjustedOn: '2024-07-22', spoor1NotPossibleStatementOn: '2024-07-15' } },
    status: 'started', requiredBy: '2025-02-09', findings: [],
  },
  {
    name: 'concrete structural return expected 2025-02-15 (within 3 months of the evaluation)',
    basis: 'Werkwijzer §4.3; BBP §5',
    input: { firstSickDay: D, asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, perspective: { concrete: true, structural: true, expectedReturnDate: '2025-02-15' }, activities: {} },
    status: 'exempt', requiredBy: null,
  },
  {
    name: 'that return did not happen',
    basis: 'Werkwijzer §4.3',
    input: { arbeidsdeskundige: AD, firstSickDay: D, asOf: '2025-03-01', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, perspective: { concrete: true, structural: true, expectedReturnDate: '2025-02-15' }, activities: {} },
    status: 'must-start', requiredBy: '2025-03-30', findings: ['perspective-not-realised'],
  },
  {
    name: 'return expected after more than 3 months: run both tracks',
    basis: 'Werkwijzer §4.3 (smartgroup.nl)',
    input: { arbeidsdeskundige: AD, firstSickDay: D, asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, perspective: { concrete: true, structural: true, expectedReturnDate: '2025-06-01' }, activities: {} },
    status: 'must-start', requiredBy: '2025-01-27', findings: ['perspective-beyond-three-months'],
  },
  {
    name: 'AOW age within a year after the wachttijd, both agree',
    basis: 'Werkwijzer §5 (practice)',
    input: { firstSickDay: D, asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, exceptions: { aow: { aowDate: '2026-06-01', bothAgree: true } }, activities: {} },
    status: 'exempt', requiredBy: null,
  },
  {
    name: 'AOW age within a year, agreement unknown',
    basis: 'missing fact → unknown',
    input: { firstSickDay: D, asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, exceptions: { aow: { aowDate: '2026-06-01' } }, activities: {} },
    status: 'unknown', missing: ['exceptions.aow.bothAgree'],
  },
  {
    name: 'temporary contract, costs 5000 > 70% of remaining wage 6000',
    basis: 'BBP §11 (UWV rule of thumb)',
    input: { firstSickDay: D, asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, exceptions: { temporaryContract: { spoor2Costs: 5000, remainingWage: 6000 } }, activities: {} },
    status: 'exempt', requiredBy: null, findings: [],
  },
  {
    name: 'temporary contract, costs 3000 ≤ 70% of 6000',
    basis: 'BBP §11',
    input: { arbeidsdeskundige: AD, firstSickDay: D, asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, exceptions: { temporaryContract: { spoor2Costs: 3000, remainingWage: 6000 } }, activities: {} },
    status: 'must-start', requiredBy: '2025-01-27',
  },
  {
    name: 'samentelling: a 10-day recovery moves the evaluation and the deadline by 10 days',
    basis: 'BW 7:629 lid 10; WIA 23 lid 3',
    input: { arbeidsdeskundige: AD, sickPeriods: [{ from: D, to: '2024-03-31' }, { from: '2024-04-11' }], asOf: '2025-01-20', eerstejaarsevaluatie: { held: false }, activities: {} },
    status: 'must-start', requiredBy: '2025-02-19',
  },
];

describe('checkSpoor2Readiness — scenario table', () => {
  it.each(rows)('$name ($basis)', (row) => {
    const r = checkSpoor2Readiness(row.input);
    expect(r.status).toBe(row.status);
    if (row.requiredBy !== undefined) expect(r.deadline.requiredBy).toBe(row.requiredBy);
    if (row.findings !== undefined) expect([...r.findings.map((f) => f.code)].sort()).toEqual([...row.findings].sort());
    for (const m of row.missing ?? []) expect(r.missingFacts).toContain(m);
    expect(r.legalBasis.length).toBeGreaterThan(0);
    for (const f of r.findings) {
      expect(f.legalBasis.length).toBeGreaterThan(0);
      expect(f.explanation.nl.length).toBeGreaterThan(20);
      expect(f.explanation.en.length).toBeGreaterThan(20);
    }
  });
});

describe('checkSpoor2Readiness — details', () => {
  it('takes the 42 days from the rule set', () => {
    const r = checkSpoor2Readiness({ firstSickDay: D, eerstejaarsevaluatie: { held: false } });
    expect(r.ruleSetId).toBe('verzamelwet-szw-2013-07-01');
    const n = RULE_SETS.find((s) => s.id === r.ruleSetId)!.parameters.spoor2DaysAfterEerstejaarsevaluatie;
    expect(n).toBe(42);
    expect(r.deadline.eerstejaarsevaluatieDue).toBe('2024-12-29');
    expect(r.deadline.regularRequiredBy).toBe('2025-02-09');
    expect(r.deadline.provisional).toBe(true);
    expect(r.status).toBe('unknown');
    expect(r.missingFacts).toContain('asOf');
  });

  it('says why a status is overdue or started when the evaluation date is unknown', () => {
    const late = checkSpoor2Readiness({ firstSickDay: D, asOf: '2025-04-01', arbeidsdeskundige: AD, activities: { reIntegratiebureauAssignedOn: '2025-03-01' } });
    expect(late.statusExplanation.en).toBe('Overdue: the first-year evaluation was due by 2024-12-29, so track 2 had to start by 2025-02-09 at the latest, and started only on 2025-03-01.');
    expect(late.findings.find((x) => x.code === 'spoor2-overdue')!.explanation.en).toContain('Track 2 had to start by 2025-02-09 and has started only on 2025-03-01');
    expect(late.start.onTime).toBe('no');
    const open = checkSpoor2Readiness({ firstSickDay: D, asOf: '2025-04-01', activities: { reIntegratiebureauAssignedOn: '2025-01-20' } });
    expect(open.start.onTime).toBe('unknown');
    expect(open.statusExplanation.en).toContain('Whether that was on time is unknown');
  });

  it('three calendar months from 2024-11-30 end on 2025-02-28 (month end clamps)', () => {
    const at = (expectedReturnDate: string) => checkSpoor2Readiness({
      firstSickDay: D, asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-11-30' },
      perspective: { concrete: true, structural: true, assessedOn: '2024-11-30', expectedReturnDate }, activities: {},
    }).exceptions[0]!.holds;
    expect(at('2025-02-28')).toBe('yes');
    expect(at('2025-03-01')).toBe('no');
  });

  it('temporary contract: the explanation names the costs, the 70% and the contract end', () => {
    const r = checkSpoor2Readiness({ firstSickDay: D, asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, exceptions: { temporaryContract: { contractEndDate: '2025-06-30', spoor2Costs: 5000, remainingWage: 6000 } } });
    expect(r.exceptions[0]!.explanation.en).toBe('Temporary contract: costs out of proportion: costs € 5000 above 70% of the remaining wage € 6000 until the contract ends on 2025-06-30 (Beoordelingskader §11, UWV rule of thumb).');
    expect(r.exceptions[0]!.normKind).toBe('policy');
  });

  it('labels the deadline as a practice norm', () => {
    const r = checkSpoor2Readiness({ firstSickDay: D, asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-12-16' } });
    expect(r.deadline.normKind).toBe('practice');
    expect(r.deadline.legalBasis.map((l) => l.id)).toContain('Werkwijzer Poortwachter §4.3');
    expect(r.deadline.explanation.nl).toContain('praktijknorm');
  });

  it('says from when and by when after a postponement', () => {
    const r = checkSpoor2Readiness({ firstSickDay: D, asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, exceptions: { postponement: { from: '2024-12-01', to: '2025-03-31' } } });
    const e = r.exceptions.find((x) => x.id === 'postponement-bedrijfsarts')!;
    expect(e.holds).toBe('yes');
    expect(e.lapse).toEqual({ mustStartFrom: '2025-04-01', mustStartBy: '2025-05-13' });
    expect(e.normKind).toBe('practice');
  });

  it('a postponement without an end date is postponed with a warning and a missing fact', () => {
    const r = checkSpoor2Readiness({ firstSickDay: D, asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, exceptions: { postponement: { from: '2024-12-01' } } });
    expect(r.status).toBe('postponed');
    expect(r.deadline.requiredBy).toBeNull();
    expect(r.findings.map((f) => f.code)).toContain('postponement-without-end');
    expect(r.missingFacts).toContain('exceptions.postponement.to');
  });

  it('an exception that starts after the deadline does not cure lateness', () => {
    const base = { firstSickDay: D, arbeidsdeskundige: AD, eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, exceptions: { postponement: { from: '2025-03-01', to: '2025-04-30' } }, activities: {} } as const;
    expect(checkSpoor2Readiness({ ...base, asOf: '2025-03-15' }).status).toBe('postponed');
    const after = checkSpoor2Readiness({ ...base, asOf: '2025-05-15' });
    expect(after.status).toBe('overdue');
    expect(after.exceptions[0]!.lapse).toEqual({ mustStartFrom: '2025-05-01', mustStartBy: '2025-05-01' });
  });

  it('reports the early-start indications in both languages', () => {
    const r = checkSpoor2Readiness({ firstSickDay: D, asOf: '2024-05-20', eerstejaarsevaluatie: { held: false }, companySize: 8, bedrijfsarts: { ownWorkPossible: 'no', prognosis: 'no-improvement' } });
    expect(r.earlyStart.expected).toBe('yes');
    expect(r.earlyStart.indications.map((i) => i.en).join(' ')).toContain('no improvement expected');
    expect(r.earlyStart.indications.map((i) => i.nl).join(' ')).toContain('bedrijfsomvang 8');
    const f = r.findings.find((x) => x.code === 'early-start-expected')!;
    expect(f.normKind).toBe('policy');
    expect(f.explanation.en).toContain('Indications: company doctor');
  });

  it('flags a conflict without mediation as practice, and asks for the mediation fact when unknown', () => {
    const r = checkSpoor2Readiness({ firstSickDay: D, asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, conflict: { present: true, mediationTried: false } });
    const f = r.findings.find((x) => x.code === 'conflict-without-intervention')!;
    expect(f.normKind).toBe('practice');
    const u = checkSpoor2Readiness({ firstSickDay: D, asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, conflict: { present: true } });
    expect(u.missingFacts).toContain('conflict.mediationTried');
  });

  it('own-organisation work at full capacity: critical only when known not to be a structural position', () => {
    const base = { firstSickDay: D, asOf: '2025-01-20', arbeidsdeskundige: AD, eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, bedrijfsarts: { capacityHoursPerWeek: 20 }, activities: {} } as const;
    const known = checkSpoor2Readiness({ ...base, ownOrganisationWork: { hoursPerWeek: 20, structuralPosition: false } });
    expect(known.findings.find((x) => x.code === 'spoor1-work-exhausts-capacity')!.severity).toBe('critical');
    const open = checkSpoor2Readiness({ ...base, ownOrganisationWork: { hoursPerWeek: 20 } });
    expect(open.findings.find((x) => x.code === 'spoor1-work-exhausts-capacity')!.severity).toBe('warning');
    expect(open.missingFacts).toContain('ownOrganisationWork.structuralPosition');
    const structural = checkSpoor2Readiness({ ...base, ownOrganisationWork: { hoursPerWeek: 20, structuralPosition: true } });
    expect(structural.findings.map((x) => x.code)).not.toContain('spoor1-work-exhausts-capacity');
    const noCap = checkSpoor2Readiness({ ...base, bedrijfsarts: {}, ownOrganisationWork: { hoursPerWeek: 20, structuralPosition: false } });
    expect(noCap.missingFacts).toContain('bedrijfsarts.capacityHoursPerWeek');
    expect(noCap.findings.map((x) => x.code)).toEqual(['spoor1-work-not-structural']);
  });

  it('flags stalled progress without a deskundigenoordeel (BBP §10)', () => {
    const r = checkSpoor2Readiness({
      firstSickDay: D, asOf: '2025-06-01', eerstejaarsevaluatie: { held: true, date: '2024-12-16' },
      activities: { reIntegratiebureauAssignedOn: '2025-01-10', planVanAanpakAdjustedOn: '2025-01-10', trajectplanOn: '2025-01-20', applications: ['2025-02-01'], progressReports: ['2025-05-01'], progressStalled: true },
    });
    const f = r.findings.find((x) => x.code === 'stalled-without-deskundigenoordeel')!;
    expect(f.legalBasis.map((l) => l.id)).toContain('Beoordelingskader poortwachter §10');
  });

  it('flags no applications after 13 weeks and a missing trajectplan', () => {
    const r = checkSpoor2Readiness({
      firstSickDay: D, asOf: '2025-06-01', eerstejaarsevaluatie: { held: true, date: '2024-12-16' },
      activities: { reIntegratiebureauAssignedOn: '2025-01-10', planVanAanpakAdjustedOn: '2025-01-10', progressReports: ['2025-05-01'] },
    });
    const codes = r.findings.map((f) => f.code);
    expect(codes).toContain('no-applications');
    expect(codes).toContain('no-trajectplan');
    expect(codes).toContain('no-spoor1-statement');
  });

  it('validates the order of the trajectory', () => {
    const r = checkSpoor2Readiness({
      firstSickDay: D, asOf: '2025-06-01', eerstejaarsevaluatie: { held: true, date: '2024-12-16' },
      activities: { spoor1NotPossibleStatementOn: '2025-02-01', reIntegratiebureauAssignedOn: '2025-01-10', planVanAanpakAdjustedOn: '2025-01-05', trajectplanOn: '2025-01-20', applications: ['2025-02-10'], detacheringOn: '2025-01-15' },
    });
    const steps = Object.fromEntries(r.trajectory.map((s) => [s.id, s]));
    expect(steps['re-integratiebureau']!.inOrder).toBe(false);
    expect(steps['plan-van-aanpak-bijgesteld']!.inOrder).toBe(false);
    expect(steps['placement']!.inOrder).toBe(false);
    expect(steps['employment-contract']!.date).toBeNull();
    expect(r.trajectory.map((s) => s.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(r.findings.map((f) => f.code)).toContain('trajectory-out-of-order');
  });

  it('bureau and adjusted plan may come in either order', () => {
    const r = checkSpoor2Readiness({
      firstSickDay: D, asOf: '2025-06-01', eerstejaarsevaluatie: { held: true, date: '2024-12-16' },
      activities: { spoor1NotPossibleStatementOn: '2024-12-16', planVanAanpakAdjustedOn: '2025-01-20', reIntegratiebureauAssignedOn: '2025-01-10', trajectplanOn: '2025-01-24' },
    });
    expect(r.trajectory.every((s) => s.inOrder)).toBe(true);
  });

  it('a satisfactory result settles the loonsanctie review at step 2', () => {
    const r = checkSpoor2Readiness({
      firstSickDay: D, asOf: '2025-09-01', eerstejaarsevaluatie: { held: true, date: '2024-12-16' },
      activities: { reIntegratiebureauAssignedOn: '2025-01-10', planVanAanpakAdjustedOn: '2025-01-10', trajectplanOn: '2025-01-20', applications: ['2025-02-01'], progressReports: ['2025-08-01'], employmentContractOn: '2025-08-15' },
      outcome: { structuralWorkMatchingCapacity: true },
    });
    expect(r.loonsanctieRisk.level).toBe('low');
    expect(r.loonsanctieRisk.steps.map((s) => s.answer)).toEqual(['yes', 'yes', null, null, null]);
  });

  it('while the term runs and nothing has started, the efforts are not yet judged (not a "low" risk)', () => {
    const r = checkSpoor2Readiness({ firstSickDay: D, asOf: '2025-01-20', arbeidsdeskundige: AD, eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, activities: {} });
    expect(r.status).toBe('must-start');
    expect(r.loonsanctieRisk.steps.map((s) => s.answer)).toEqual(['yes', 'unknown', 'unknown', 'unknown', 'unknown']);
    expect(r.loonsanctieRisk.level).toBe('medium');
    expect(r.loonsanctieRisk.steps[2]!.reasons[0]!.en).toContain('by 2025-01-27');
  });

  it('a followed deskundigenoordeel is a deugdelijke grond', () => {
    const r = checkSpoor2Readiness({ firstSickDay: D, asOf: '2025-03-01', arbeidsdeskundige: AD, eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, activities: {}, deugdelijkeGrond: { followedDeskundigenoordeel: true } });
    expect(r.status).toBe('overdue');
    expect(r.loonsanctieRisk.steps.map((s) => [s.id, s.answer])).toEqual([
      ['documents-complete', 'yes'], ['satisfactory-result', 'unknown'], ['sufficient-efforts', 'no'], ['deugdelijke-grond', 'yes'], ['repairable', null],
    ]);
    expect(r.loonsanctieRisk.level).toBe('low');
  });

  it('without sickness: unknown, never a guess', () => {
    const r = checkSpoor2Readiness({ asOf: '2025-01-20' });
    expect(r.status).toBe('unknown');
    expect(r.missingFacts).toContain('firstSickDay');
    expect(r.deadline.requiredBy).toBeNull();
    expect(r.loonsanctieRisk.level).toBe('unknown');
  });

  it('returns frozen data', () => {
    const r = checkSpoor2Readiness({ firstSickDay: D, asOf: '2025-01-20', eerstejaarsevaluatie: { held: false } });
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.findings)).toBe(true);
  });
});

describe('checkSpoor2Readiness — invalid input', () => {
  const cases: readonly [string, unknown, readonly (string | number)[], string][] = [
    ['impossible date', { firstSickDay: '2024-02-30' }, ['firstSickDay'], 'invalid_date'],
    ['unknown key', { firstSickDay: D, eje: {} }, ['eje'], 'unrecognized_key'],
    ['unknown key in activities', { firstSickDay: D, activities: { bureau: '2025-01-01' } }, ['activities', 'bureau'], 'unrecognized_key'],
    ['activity after asOf', { firstSickDay: D, asOf: '2025-01-20', activities: { trajectplanOn: '2025-02-01' } }, ['activities', 'trajectplanOn'], 'inconsistent'],
    ['activity before day 1', { firstSickDay: D, activities: { applications: ['2023-12-01'] } }, ['activities', 'applications', 0], 'inconsistent'],
    ['evaluation held after asOf', { firstSickDay: D, asOf: '2024-12-01', eerstejaarsevaluatie: { held: true, date: '2024-12-16' } }, ['eerstejaarsevaluatie', 'date'], 'inconsistent'],
    ['date with held false', { firstSickDay: D, eerstejaarsevaluatie: { held: false, date: '2024-12-16' } }, ['eerstejaarsevaluatie', 'date'], 'inconsistent'],
    ['both sickness forms', { firstSickDay: D, sickPeriods: [{ from: D }] }, ['sickPeriods'], 'inconsistent'],
    ['postponement ends before it starts', { firstSickDay: D, exceptions: { postponement: { from: '2025-01-01', to: '2024-12-01' } } }, ['exceptions', 'postponement', 'to'], 'end_before_start'],
    ['negative hours', { firstSickDay: D, ownOrganisationWork: { hoursPerWeek: -1 } }, ['ownOrganisationWork', 'hoursPerWeek'], 'invalid_value'],
    ['Date object', { firstSickDay: new Date(0) }, ['firstSickDay'], 'invalid_type'],
    ['first sick day after asOf', { firstSickDay: '2025-02-01', asOf: '2025-01-20' }, ['firstSickDay'], 'inconsistent'],
    ['before 2004', { firstSickDay: '2003-06-01' }, ['firstSickDay'], 'out_of_scope'],
    ['overlapping periods', { sickPeriods: [{ from: D, to: '2024-02-01' }, { from: '2024-01-15' }] }, ['sickPeriods', 1], 'overlap'],
  ];
  it.each(cases)('%s → PoortwachterError naming the field', (_n, input, path, code) => {
    expect(() => checkSpoor2Readiness(input as Spoor2Input)).toThrow(PoortwachterError);
    try {
      checkSpoor2Readiness(input as Spoor2Input);
    } catch (e) {
      const err = e as PoortwachterError;
      expect(err.functionName).toBe('checkSpoor2Readiness');
      expect(err.issues.some((i) => JSON.stringify(i.path) === JSON.stringify(path) && i.code === code)).toBe(true);
      expect(err.message).toContain('checkSpoor2Readiness');
    }
  });

  it('safeCheckSpoor2Readiness returns the issues instead of throwing', () => {
    const bad = safeCheckSpoor2Readiness({ firstSickDay: '2024-02-30' });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.issues[0]!.path).toEqual(['firstSickDay']);
    const good = safeCheckSpoor2Readiness({ firstSickDay: D });
    expect(good.success).toBe(true);
  });
});

describe('checkSpoor2Readiness — nothing said about the eerstejaarsevaluatie, before its due date', () => {
  it('the example of the brief: may start, provisional required-by date, the evaluation still missing', () => {
    const r = checkSpoor2Readiness({ firstSickDay: '2024-01-01', asOf: '2024-03-01' });
    expect(r.status).toBe('may-start');
    expect(r.deadline).toMatchObject({
      eerstejaarsevaluatieDue: '2024-12-29', anchor: null, regularRequiredBy: '2025-02-09', latestRequiredBy: '2025-02-09',
      requiredBy: '2025-02-09', provisional: true,
    });
    expect(r.missingFacts).toContain('eerstejaarsevaluatie');
    expect(r.statusExplanation.en).toContain('provisional, earlier if it is or was held earlier');
    expect(r.notices.map((a) => a.en).join(' ')).toContain('not assumed to have been held');
  });

  it('the day before the window opens (week 46) may start; inside the window and on the due date it is unknown', () => {
    expect(checkSpoor2Readiness({ firstSickDay: D, asOf: '2024-11-10' }).status).toBe('may-start');
    expect(checkSpoor2Readiness({ firstSickDay: D, asOf: '2024-11-11' }).status).toBe('unknown');
    const onDue = checkSpoor2Readiness({ firstSickDay: D, asOf: '2024-12-29' });
    expect(onDue.status).toBe('unknown');
    expect(onDue.deadline.requiredBy).toBeNull();
    expect(onDue.deadline.latestRequiredBy).toBe('2025-02-09');
  });
});

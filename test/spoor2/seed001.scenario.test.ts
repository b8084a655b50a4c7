import { describe, expect, it } from 'vitest';
import { checkSpoor2Readiness, type Spoor2Input } from '../../src/spoor2/index.js';

/**
 * Seed 001, end to end: an employee drops out of his physically demanding own work. He keeps doing
 * odd jobs (hand- en spandiensten: quotes, reception, the shared mailbox) for his own employer,
 * about 20 hours a week — exactly the 4 hours a day / 20 hours a week the doctors say he can work.
 * After one year the arbeidsdeskundige finds no passend werk at the own employer; a spoor-2
 * trajectory starts with a re-integratiebureau, a trajectplan, applications and six-weekly
 * reports, while the odd jobs go on all of year two. The employer will not second him elsewhere.
 * No job is found. UWV imposes a loonsanctie: the odd jobs used his whole capacity, did not add to
 * his employability elsewhere, and kept alive the idea that there was a future at the own employer.
 *
 * Dates are chosen for the test (the seed gives none): day 1 = Monday 2023-03-06, so the
 * eerstejaarsevaluatie is due 2024-03-03 (counted sick day 364).
 */
const D = '2023-03-06';
const facts: Spoor2Input = {
  firstSickDay: D,
  bedrijfsarts: { date: '2023-09-04', ownWorkPossible: 'no', capacityHoursPerWeek: 20 },
  ownOrganisationWork: { hoursPerWeek: 20, structuralPosition: false, since: '2023-06-01' },
};
const afterEje: Spoor2Input = {
  ...facts,
  eerstejaarsevaluatie: { held: true, date: '2024-02-19' },
  arbeidsdeskundige: { date: '2024-02-12', ownWorkPossible: 'no', passendWerkOwnOrganisation: 'not-available' },
};
const trajectory = {
  spoor1NotPossibleStatementOn: '2024-02-19',
  planVanAanpakAdjustedOn: '2024-02-26',
  reIntegratiebureauAssignedOn: '2024-03-11',
  trajectplanOn: '2024-03-25',
  applications: ['2024-05-06', '2024-06-17', '2024-08-12', '2024-10-07'],
  progressReports: ['2024-04-22', '2024-06-03', '2024-07-15', '2024-08-26', '2024-10-07', '2024-11-18'],
  employerDeclinedPlacementElsewhere: true,
} as const;

describe('seed 001 — odd jobs for the own employer all through year two (loonsanctie)', () => {
  it('week 30: the odd jobs run, no judgement on the own organisation yet → may start, early start undecided', () => {
    const r = checkSpoor2Readiness({ ...facts, asOf: '2023-10-01', eerstejaarsevaluatie: { held: false }, activities: {} });
    expect(r.status).toBe('may-start');
    expect(r.earlyStart.expected).toBe('unknown');
    expect(r.missingFacts).toContain('arbeidsdeskundige.passendWerkOwnOrganisation');
    expect(r.deadline.eerstejaarsevaluatieDue).toBe('2024-03-03');
    expect(r.deadline.requiredBy).toBe('2024-04-14');
    expect(r.deadline.provisional).toBe(true);
    // Before spoor 2 is due, the odd jobs are not yet held against it.
    expect(r.findings.map((f) => f.code)).not.toContain('spoor1-work-exhausts-capacity');
  });

  it('at the eerstejaarsevaluatie (2024-02-19): no passend werk internally → must start by 2024-04-01', () => {
    const r = checkSpoor2Readiness({ ...afterEje, asOf: '2024-02-19', activities: { spoor1NotPossibleStatementOn: '2024-02-19' } });
    expect(r.status).toBe('must-start');
    expect(r.deadline.anchor).toBe('2024-02-19');
    expect(r.deadline.requiredBy).toBe('2024-04-01');
    expect(r.earlyStart.expected).toBe('yes');
    // The odd jobs already take all 20 hours: flagged the moment spoor 2 is due.
    const critical = r.findings.filter((f) => f.severity === 'critical').map((f) => f.code);
    expect(critical).toEqual(['spoor1-work-exhausts-capacity']);
  });

  it('spoor 2 starts on time (bureau 2024-03-11), but the odd jobs use the whole capacity', () => {
    const r = checkSpoor2Readiness({ ...afterEje, asOf: '2024-06-03', activities: { ...trajectory, applications: ['2024-05-06'], progressReports: ['2024-04-22', '2024-06-03'] } });
    expect(r.status).toBe('started');
    expect(r.statusLabel).toEqual({ nl: 'Gestart', en: 'Started' });
    expect(r.start).toEqual({ started: 'yes', date: '2024-03-11', basis: 'reIntegratiebureauAssignedOn', onTime: 'yes' });
    const codes = r.findings.map((f) => f.code);
    expect(codes[0]).toBe('spoor1-work-exhausts-capacity');
    expect(codes).toContain('spoor1-work-not-structural');
    expect(codes).toContain('placement-elsewhere-declined');
    expect(codes).not.toContain('no-re-integratiebureau');
    expect(codes).not.toContain('no-trajectplan');
    expect(codes).not.toContain('no-applications');
    const f = r.findings[0]!;
    expect(f.explanation.nl).toContain('20 uur per week');
    expect(f.explanation.en).toContain('secondment or work-experience placement');
    expect(f.normKind).toBe('practice');
    expect(f.legalBasis.map((l) => l.id)).toEqual(expect.arrayContaining(['Beoordelingskader poortwachter §9', 'BW 7:658a lid 1']));
  });

  it('at the WIA-aanvraag (2024-12-15): no job, no deugdelijke grond → high loonsanctie risk, in UWV order', () => {
    const r = checkSpoor2Readiness({
      ...afterEje, asOf: '2024-12-15',
      activities: { ...trajectory, wiaAanvraagOn: '2024-12-15' },
      outcome: { structural: false }, // the only work is odd jobs: not structural
      deugdelijkeGrond: {},
    });
    // Spoor 2 started on time, yet the loonsanctie risk is high: the status is about timing only.
    expect(r.status).toBe('started');
    expect(r.start.onTime).toBe('yes');
    expect(r.loonsanctieRisk.level).toBe('high');
    expect(r.loonsanctieRisk.steps.map((s) => [s.id, s.answer])).toEqual([
      ['documents-complete', 'yes'],
      ['satisfactory-result', 'no'],
      ['sufficient-efforts', 'no'],
      ['deugdelijke-grond', 'no'],
      ['repairable', 'yes'],
    ]);
    const efforts = r.loonsanctieRisk.steps[2]!;
    expect(efforts.reasons.map((x) => x.en)).toContain('Work for the own employer uses all of the work capacity');
    expect(r.loonsanctieRisk.steps[4]!.reasons[0]!.en).toContain('can be repaired');
    // The trajectory itself is in order; the WIA-aanvraag is its end.
    expect(r.trajectory.every((s) => s.inOrder)).toBe(true);
    expect(r.trajectory.find((s) => s.id === 'placement')!.date).toBeNull();
    expect(r.trajectory.find((s) => s.id === 'wia-aanvraag')!.date).toBe('2024-12-15');
  });

  it("the employer's own explanation is for UWV to weigh → medium, not low", () => {
    const r = checkSpoor2Readiness({
      ...afterEje, asOf: '2024-12-15',
      activities: { ...trajectory, wiaAanvraagOn: '2024-12-15' },
      outcome: { structural: false }, // the only work is odd jobs: not structural
      deugdelijkeGrond: { otherReason: 'The manager told him the odd jobs would not become a paid job, and he was free to leave for spoor-2 activities.' },
    });
    expect(r.loonsanctieRisk.level).toBe('medium');
    expect(r.loonsanctieRisk.steps[3]!.answer).toBe('unknown');
  });

  it("UWV's advice — build up the hours elsewhere (detachering / werkervaringsplaats), cut the odd jobs — clears the finding", () => {
    const r = checkSpoor2Readiness({
      ...afterEje, asOf: '2024-12-15',
      ownOrganisationWork: { hoursPerWeek: 4, structuralPosition: false, since: '2023-06-01' },
      activities: { ...trajectory, employerDeclinedPlacementElsewhere: false, werkervaringsplaatsOn: '2024-10-01' },
    });
    const codes = r.findings.map((f) => f.code);
    expect(codes).not.toContain('spoor1-work-exhausts-capacity');
    expect(codes).not.toContain('spoor1-work-limits-spoor2');
    expect(codes).not.toContain('placement-elsewhere-declined');
    expect(r.findings.filter((f) => f.severity === 'critical')).toEqual([]);
  });
});

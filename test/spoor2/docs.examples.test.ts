import { describe, expect, it } from 'vitest';
import { checkSpoor2Readiness, safeCheckSpoor2Readiness } from '../../src/spoor2/index.js';
import { PoortwachterError } from '../../src/errors/index.js';

/** Runs the worked examples of docs/spoor-2.md and checks the documented results. */
describe('docs/spoor-2.md worked examples', () => {
  it('1. evaluation held early', () => {
    const r = checkSpoor2Readiness({ firstSickDay: '2024-01-01', asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, arbeidsdeskundige: { ownWorkPossible: 'no', passendWerkOwnOrganisation: 'not-available' }, activities: {} });
    expect(r.status).toBe('must-start');
    expect([r.deadline.eerstejaarsevaluatieDue, r.deadline.anchor, r.deadline.requiredBy]).toEqual(['2024-12-29', '2024-12-16', '2025-01-27']);
    expect(r.statusExplanation.en).toBe('Must start by 2025-01-27: 42 days after the first-year evaluation (2024-12-16).');
  });

  it('2. evaluation held late', () => {
    const r = checkSpoor2Readiness({ firstSickDay: '2024-01-01', asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2025-01-15' }, arbeidsdeskundige: { ownWorkPossible: 'no', passendWerkOwnOrganisation: 'not-available' }, activities: {} });
    expect(r.status).toBe('must-start');
    expect([r.deadline.anchor, r.deadline.requiredBy]).toEqual(['2024-12-29', '2025-02-09']);
    expect(r.findings.map((f) => [f.code, f.severity, f.normKind])).toEqual([['eje-held-late', 'warning', 'regulation']]);
  });

  it('3. postponement', () => {
    const r = checkSpoor2Readiness({ firstSickDay: '2024-01-01', asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, exceptions: { postponement: { from: '2024-12-01', to: '2025-03-31' } }, arbeidsdeskundige: { ownWorkPossible: 'no', passendWerkOwnOrganisation: 'not-available' }, activities: {} });
    expect(r.status).toBe('postponed');
    expect(r.deadline.requiredBy).toBeNull();
    expect(r.exceptions[0]!.lapse).toEqual({ mustStartFrom: '2025-04-01', mustStartBy: '2025-05-13' });
  });

  it('3b. postponement ending inside the term', () => {
    const r = checkSpoor2Readiness({ firstSickDay: '2024-01-01', asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, exceptions: { postponement: { from: '2024-12-01', to: '2025-01-10' } }, arbeidsdeskundige: { ownWorkPossible: 'no', passendWerkOwnOrganisation: 'not-available' }, activities: {} });
    expect(r.status).toBe('must-start');
    expect([r.deadline.regularRequiredBy, r.deadline.requiredBy]).toEqual(['2025-01-27', '2025-02-22']);
    expect(r.exceptions[0]!.lapse).toEqual({ mustStartFrom: '2025-01-11', mustStartBy: '2025-02-22' });
  });

  it('4. missing facts', () => {
    const r = checkSpoor2Readiness({ firstSickDay: '2024-01-01', asOf: '2024-05-20' });
    expect(r.status).toBe('may-start');
    expect([r.deadline.requiredBy, r.deadline.provisional]).toEqual(['2025-02-09', true]);
    expect(r.missingFacts).toEqual(['eerstejaarsevaluatie', 'activities', 'arbeidsdeskundige.passendWerkOwnOrganisation', 'bedrijfsarts.ownWorkPossible', 'bedrijfsarts.prognosis']);
    const later = checkSpoor2Readiness({ firstSickDay: '2024-01-01', asOf: '2025-01-06' });
    expect(later.status).toBe('unknown');
    expect([later.deadline.requiredBy, later.deadline.latestRequiredBy]).toEqual([null, '2025-02-09']);
    expect(later.missingFacts).toEqual(['eerstejaarsevaluatie', 'activities']);
  });

  it('5. early start expected', () => {
    const r = checkSpoor2Readiness({ firstSickDay: '2024-01-01', asOf: '2024-05-20', eerstejaarsevaluatie: { held: false }, companySize: 8, bedrijfsarts: { ownWorkPossible: 'no', prognosis: 'no-improvement' } });
    expect(r.status).toBe('may-start');
    expect(r.earlyStart.expected).toBe('yes');
    expect(r.findings.map((f) => [f.code, f.severity, f.normKind])).toEqual([['early-start-expected', 'warning', 'policy']]);
  });

  it('6. odd jobs all of year two', () => {
    const r = checkSpoor2Readiness({
      firstSickDay: '2023-03-06', asOf: '2024-12-15',
      eerstejaarsevaluatie: { held: true, date: '2024-02-19' },
      bedrijfsarts: { ownWorkPossible: 'no', capacityHoursPerWeek: 20 },
      arbeidsdeskundige: { ownWorkPossible: 'no', passendWerkOwnOrganisation: 'not-available' },
      ownOrganisationWork: { hoursPerWeek: 20, structuralPosition: false },
      activities: {
        spoor1NotPossibleStatementOn: '2024-02-19', planVanAanpakAdjustedOn: '2024-02-26',
        reIntegratiebureauAssignedOn: '2024-03-11', trajectplanOn: '2024-03-25',
        applications: ['2024-05-06', '2024-08-12'], progressReports: ['2024-10-07', '2024-11-18'],
        employerDeclinedPlacementElsewhere: true, wiaAanvraagOn: '2024-12-15',
      },
      outcome: { structural: false }, // the only work is odd jobs: not structural
      deugdelijkeGrond: {},
    });
    expect(r.status).toBe('started');
    expect(r.deadline.requiredBy).toBe('2024-04-01');
    expect(r.start).toMatchObject({ started: 'yes', date: '2024-03-11', onTime: 'yes' });
    expect(r.findings.map((f) => [f.severity, f.code])).toEqual([
      ['critical', 'spoor1-work-exhausts-capacity'], ['warning', 'placement-elsewhere-declined'], ['warning', 'spoor1-work-not-structural'],
    ]);
    expect(r.loonsanctieRisk.level).toBe('high');
    expect(r.loonsanctieRisk.steps.map((s) => s.answer)).toEqual(['yes', 'no', 'no', 'no', 'yes']);
  });

  it('8. the conditions of BW 7:658a lid 1, and AOW age', () => {
    const open = checkSpoor2Readiness({ firstSickDay: '2024-01-01', asOf: '2025-03-01', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, activities: {} });
    expect(open.status).toBe('unknown');
    expect(open.findings.map((f) => f.code)).not.toContain('spoor2-overdue');
    expect(open.deadline.requiredBy).toBe('2025-01-27');
    expect(open.missingFacts).toEqual(expect.arrayContaining(['bedrijfsarts.ownWorkPossible', 'arbeidsdeskundige.passendWerkOwnOrganisation']));
    const recovery = checkSpoor2Readiness({ firstSickDay: '2024-01-01', asOf: '2025-03-01', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, bedrijfsarts: { ownWorkPossible: 'partly', prognosis: 'recovery' }, activities: {} });
    expect(recovery.status).toBe('not-needed-yet');
    const aow = checkSpoor2Readiness({ firstSickDay: '2024-01-01', asOf: '2025-03-01', aowAgeDate: '2025-02-15', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, arbeidsdeskundige: { ownWorkPossible: 'no', passendWerkOwnOrganisation: 'not-available' }, activities: {} });
    expect(aow.status).toBe('exempt');
    expect(aow.exceptions.map((e) => [e.id, e.normKind])).toEqual([['aow-age-reached', 'statutory']]);
    expect(aow.deadline.requiredBy).toBeNull();
  });

  it('7. invalid input', () => {
    expect(() => checkSpoor2Readiness({ firstSickDay: '2024-01-01', asOf: '2025-01-20', activities: { trajectplanOn: '2025-02-01' } }))
      .toThrow(new PoortwachterError('checkSpoor2Readiness', [{ path: ['activities', 'trajectplanOn'], code: 'inconsistent', message: 'records something done, but lies after asOf (2025-02-01 > 2025-01-20)' }]).message);
    const s = safeCheckSpoor2Readiness({ firstSickDay: '2024-02-30' });
    expect(s.success).toBe(false);
    if (!s.success) expect(s.issues[0]).toMatchObject({ path: ['firstSickDay'], code: 'invalid_date' });
  });
});

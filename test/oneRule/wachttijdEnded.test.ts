import { describe, expect, it } from 'vitest';
import { auditReIntegratieverslag } from '../../src/audit/auditReIntegratieverslag.js';
import { checkSpoor2Readiness } from '../../src/spoor2/checkSpoor2Readiness.js';
import { computeTimeline } from '../../src/timeline/computeTimeline.js';
import { wachttijdEnded } from '../../src/timeline/wachttijdEnded.js';

// Issue 9: a wachttijd ended by a recovery of four weeks or more (BW 7:629 lid 10, WIA 23 lid 3,
// ZW 29 lid 5): the timeline, spoor 2 and the audit give one answer (src/timeline/wachttijdEnded.ts).
const duty = { arbeidsdeskundige: { ownWorkPossible: 'no', passendWerkOwnOrganisation: 'not-available' }, activities: {} } as const;

describe('a case that has ended — checkSpoor2Readiness', () => {
  // Sick 2024-01-01 … 2024-12-20; the eerstejaarsevaluatie was held 2024-12-16, spoor 2 due 2025-01-27.
  const periods = [{ from: '2024-01-01', to: '2024-12-20' }];
  it('after four weeks of recovery spoor 2 is no longer required: exempt, exception wachttijd-ended', () => {
    const r = checkSpoor2Readiness({ sickPeriods: periods, asOf: '2025-03-01', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, ...duty });
    expect(r.status).toBe('exempt');
    expect(r.deadline.requiredBy).toBeNull();
    expect(r.findings.map((f) => f.code)).not.toContain('spoor2-overdue');
    const e = r.exceptions.find((x) => x.id === 'wachttijd-ended');
    expect(e).toMatchObject({ holds: 'yes', from: '2024-12-21', to: null, effect: 'exempt', normKind: 'statutory' });
    expect(e!.legalBasis.map((l) => l.id)).toEqual(['BW 7:629 lid 10', 'WIA art 23 lid 3', 'BW 7:658a lid 1']);
    expect(e!.explanation.nl).toContain('2024-12-20');
    expect(e!.explanation.en).toContain('2024-12-20');
    expect(r.legalBasis.map((l) => l.id)).toContain('BW 7:629 lid 10');
  });
  it('within four weeks of the recovery nothing changes (a relapse would count together)', () => {
    const r = checkSpoor2Readiness({ sickPeriods: periods, asOf: '2025-01-10', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, ...duty });
    expect(r.status).toBe('must-start');
    expect(r.exceptions.some((x) => x.id === 'wachttijd-ended')).toBe(false);
  });
  it('the same day as wachttijdEnded and computeTimeline', () => {
    const asOf = '2025-01-17';
    const w = wachttijdEnded({ sickPeriods: periods }, asOf);
    const r = checkSpoor2Readiness({ sickPeriods: periods, asOf, eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, ...duty });
    expect(w.ended).toBe(true);
    expect(computeTimeline({ sickPeriods: periods, asOf }).wachttijdEnded?.ended).toBe(true);
    expect(r.status).toBe('exempt');
    expect(checkSpoor2Readiness({ sickPeriods: periods, asOf: '2025-01-16', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, ...duty }).status).toBe('must-start');
  });
});

describe('a case that has ended — auditReIntegratieverslag', () => {
  it('steps that fell due after the wachttijd ended are lapsed, not missing; no finding', () => {
    // Sick 2025-01-06 … 2025-03-31; asOf 2025-06-15: the probleemanalyse (due 2025-02-16) was missed while sick.
    const a = auditReIntegratieverslag({ sickPeriods: [{ from: '2025-01-06', to: '2025-03-31' }], asOf: '2025-06-15', documents: [] });
    const st = (id: string): string | undefined => a.steps.find((s) => s.id === id)?.status;
    expect(st('probleemanalyse')).toBe('missing');
    expect(st('plan-van-aanpak')).toBe('missing'); // due 2025-03-02, still sick
    expect(st('eerstejaarsevaluatie')).toBe('lapsed');
    expect(st('ziekmelding-uwv')).toBe('lapsed');
    expect(st('wia-aanvraag')).toBe('lapsed');
    expect(a.findings.map((f) => f.code).sort()).toEqual(['plan-van-aanpak-missing', 'probleemanalyse-missing']);
    const t = computeTimeline({ sickPeriods: [{ from: '2025-01-06', to: '2025-03-31' }], asOf: '2025-06-15' });
    for (const s of a.steps) {
      const m = s.id === 'evaluatie' ? t.evaluations.find((e) => e.sequence === s.sequence) : t.milestones.find((x) => x.id === s.id);
      if (m !== undefined && s.id !== 'afschrift-werknemer') expect(s.status === 'lapsed').toBe(m.status === 'lapsed');
    }
  });
  it('a lapsed step carries the basis of the end and a notice says the wachttijd ended', () => {
    const a = auditReIntegratieverslag({ sickPeriods: [{ from: '2025-01-06', to: '2025-03-31' }], asOf: '2025-06-15', documents: [] });
    expect(a.notices.some((n) => n.nl.includes('BW 7:629 lid 10') && n.en.includes('BW 7:629'))).toBe(true);
    expect(a.items.every((i) => i.status !== 'missing')).toBe(true);
  });
});

describe('recovered less than four weeks before asOf — the wachttijd runs on', () => {
  // Sick 2025-01-06 … 2025-03-31; asOf 2025-04-20 (20 days of recovery). Under continued sickness an
  // evaluation would fall due 2025-04-13; a relapse moves it by the gap, without one it lapses.
  const sick = { sickPeriods: [{ from: '2025-01-06', to: '2025-03-31' }], asOf: '2025-04-20' };
  it('computeTimeline: a step due after the last sick day is open, not overdue; one due before stays overdue', () => {
    const t = computeTimeline(sick);
    expect(t.wachttijdEnded?.ended).toBe(false);
    const after = [...t.milestones, ...t.evaluations].filter((m) => m.due > '2025-03-31' && m.due < '2025-04-20');
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((m) => m.status === 'open')).toBe(true);
    expect(t.milestones.find((m) => m.id === 'probleemanalyse')?.status).toBe('overdue');
  });
  it('auditReIntegratieverslag: the same steps are open (was not-needed), no finding for them', () => {
    const a = auditReIntegratieverslag({ ...sick, documents: [] });
    const after = a.steps.filter((s) => s.due > '2025-03-31');
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((s) => s.status === 'open')).toBe(true);
    expect(a.findings.every((f) => !after.some((s) => f.subject === (s.sequence === null ? `step:${s.id}` : `step:${s.id}-${s.sequence}`)))).toBe(true);
  });
});

describe('recovered less than four weeks before asOf — spoor 2', () => {
  // Sick 2024-01-01 … 2025-01-20; evaluation held 2024-12-16, so spoor 2 was required by 2025-01-27,
  // after the last sick day. On 2025-02-05 (16 days of recovery) the deadline has not come in counted
  // sick days: a relapse moves it by the gap, without one the wachttijd ends.
  const input = { sickPeriods: [{ from: '2024-01-01', to: '2025-01-20' }], asOf: '2025-02-05', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, ...duty };
  it('is not overdue but not-needed-yet, with the reason; the timeline says open', () => {
    const r = checkSpoor2Readiness(input);
    expect(r.status).toBe('not-needed-yet');
    expect(r.start.onTime).toBe('unknown');
    expect(r.findings.map((f) => f.code)).not.toContain('spoor2-overdue');
    expect(r.statusExplanation.nl).toContain('2025-01-20');
    expect(r.legalBasis.map((l) => l.id)).toContain('BW 7:629 lid 10');
    const t = computeTimeline({ sickPeriods: input.sickPeriods, asOf: input.asOf, events: { eerstejaarsevaluatie: '2024-12-16' } });
    expect(t.milestones.find((m) => m.id === 'spoor-2-start')).toMatchObject({ due: '2025-01-27', status: 'open' });
  });
  it('a deadline before the last sick day stays overdue', () => {
    const r = checkSpoor2Readiness({ ...input, sickPeriods: [{ from: '2024-01-01', to: '2025-01-30' }], asOf: '2025-02-10' });
    expect(r.status).toBe('overdue');
  });
});

import { describe, expect, it } from 'vitest';
import { auditReIntegratieverslag } from '../../src/audit/auditReIntegratieverslag.js';
import { renderAuditStep } from '../../src/audit/renderAuditStep.js';

// The worked example of docs/audit.md and the TSDoc @example, run against the code. Keep them in step.
describe('docs/audit.md worked example', () => {
  const a = auditReIntegratieverslag({
    firstSickDay: '2024-01-01', asOf: '2025-09-01',
    documents: [
      { type: 'probleemanalyse', date: '2024-02-05' },
      { type: 'plan-van-aanpak', date: '2024-02-16', visie: true },
      { type: 'evaluatie', date: '2024-03-25', visie: true },
      { type: 'ziekmelding-uwv', date: '2024-10-28' },
      { type: 'eerstejaarsevaluatie', date: '2024-12-20', visie: false },
    ],
    facts: { ziekmeldingCulpable: false },
  });
  const step = (id: string) => a.steps.find((s) => s.id === id)!;

  it('the step table', () => {
    const rows = ['probleemanalyse', 'plan-van-aanpak', 'ziekmelding-uwv', 'eerstejaarsevaluatie', 'spoor-2-start', 're-integratieverslag', 'afschrift-werknemer', 'wia-aanvraag']
      .map((id) => [id, step(id).due, step(id).status]);
    expect(rows).toEqual([
      ['probleemanalyse', '2024-02-11', 'on-time'],
      ['plan-van-aanpak', '2024-02-19', 'on-time'],
      ['ziekmelding-uwv', '2024-10-21', 'late'],
      ['eerstejaarsevaluatie', '2024-12-29', 'on-time'],
      ['spoor-2-start', '2025-01-31', 'missing'],
      ['re-integratieverslag', '2025-09-28', 'open'],
      ['afschrift-werknemer', '2025-09-28', 'open'],
      ['wia-aanvraag', '2025-10-12', 'open'],
    ]);
    const zm = step('ziekmelding-uwv');
    expect(zm.daysLate).toBe(7);
    expect(zm.consequences.map((c) => [c.id, c.applies, c.amount])).toEqual([
      ['boete-alleen-bij-verwijtbaarheid', 'no', 455], ['boete-indicatie-secundair', 'no', 230], ['geen-loonsanctie-om-termijn-alleen', 'yes', null],
    ]);
    expect(a.findings.filter((f) => f.code === 'visie-missing').map((f) => f.subject)).toEqual(['document:4']);
  });
  it('risk, review order and repairs', () => {
    expect(a.loonsanctieRisk.level).toBe('high');
    expect(a.loonsanctieRisk.review.map((r) => [r.id, r.status])).toEqual([
      ['documenten-compleet', 'not-yet-assessable'], ['bevredigend-resultaat', 'unknown'], ['voldoende-inspanningen', 'risk'],
      ['deugdelijke-grond', 'unknown'], ['herstelbaar', 'ok'],
    ]);
    expect(a.loonsanctieRisk.repairs.map((r) => [r.id, r.to])).toEqual([['herstellen-voor-beslissing-uwv', '2025-11-16'], ['bekortingsverzoek', '2026-12-27'], ['bezwaar-loonsanctie', null]]);
    expect(a.missingFacts).toEqual(['facts.bevredigendResultaat', 'facts.deugdelijkeGrond']);
    // The evaluations after 2024-03-25: the eerstejaarsevaluatie counts as one (late), the rest missing (practice norm).
    expect(a.findings.filter((f) => f.code.startsWith('evaluatie-')).map((f) => [f.code, f.normKind])).toEqual([
      ...Array.from({ length: 6 }, () => ['evaluatie-missing', 'practice']), ['evaluatie-late', 'practice'],
    ]);
  });
  it('the trace step of the late 42-week melding (docs/audit.md, Trace)', () => {
    expect(a.trace.find((s) => s.rule === 'audit.step.ziekmelding-uwv')).toEqual({
      rule: 'audit.step.ziekmelding-uwv', refs: ['ZW_38_1'], outcome: 'not-met',
      inputs: { due: '2024-10-21', done: '2024-10-28', asOf: '2025-09-01', sequence: null },
      outputs: { status: 'late', daysLate: 7 }, missingFacts: [], message: 'finding.late',
      params: { step: 'ziekmelding-uwv', sequence: null, due: '2024-10-21', done: '2024-10-28', days: 7 },
    });
    expect(renderAuditStep(a.trace.find((s) => s.rule === 'audit.step.ziekmelding-uwv')!)).toEqual(a.findings.find((f) => f.code === 'ziekmelding-uwv-late')!.explanation);
  });
  it('TSDoc example', () => {
    const b = auditReIntegratieverslag({ firstSickDay: '2024-01-01', asOf: '2024-03-01', documents: [{ type: 'probleemanalyse', date: '2024-02-05' }] });
    expect(b.findings.map((f) => f.code)).toEqual(['plan-van-aanpak-missing']);
    expect(b.steps.find((s) => s.id === 'plan-van-aanpak')!.due).toBe('2024-02-19');
  });
});

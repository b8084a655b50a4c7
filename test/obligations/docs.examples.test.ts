import { describe, expect, it } from 'vitest';
import { checkNonCooperation } from '../../src/obligations/checkNonCooperation.js';
import { listRemedies } from '../../src/obligations/listRemedies.js';
import { checkPassendWerk } from '../../src/passendWerk/checkPassendWerk.js';

// The worked examples of docs/sanctions.md and the TSDoc @example lines, run against the code. Keep them in step.
const avail = (r: ReturnType<typeof checkNonCooperation>) => Object.fromEntries(r.measures.map((m) => [m.id, m.available]));

describe('docs/sanctions.md worked examples', () => {
  it('refusing passende arbeid, wage stopped and notified on the day', () => {
    const r = checkNonCooperation({
      kind: 'passend-werk-weigeren', since: '2025-03-03', asOf: '2025-03-10',
      deugdelijkeGrond: false, workIsPassend: true, ableToWork: true,
      employerActions: { notifiedOn: '2025-03-03', wageMeasureFrom: '2025-03-03' },
    });
    expect(avail(r)).toMatchObject({ loonstop: 'yes', 'opzegverbod-opgeheven': 'yes', 'ontbinding-669-3e': 'after-action' });
    const o = r.measures.find((m) => m.id === 'ontbinding-669-3e')!;
    expect(o.conditions.filter((c) => c.status !== 'met').map((c) => [c.id, c.status, c.actionable])).toEqual([['deskundigenverklaring', 'not-met', true]]);
    expect(r.employerRisk.code).toBe('geen-risico-werkgever-heeft-opgetreden');
  });
  it('the same refusal with the wage stopped but the notice five days late: the opzegverbod is not settled', () => {
    const r = checkNonCooperation({
      kind: 'passend-werk-weigeren', since: '2025-03-03', asOf: '2025-03-20',
      deugdelijkeGrond: false, workIsPassend: true, ableToWork: true,
      employerActions: { notifiedOn: '2025-03-08', wageMeasureFrom: '2025-03-08' },
    });
    expect(avail(r)).toMatchObject({ loonstop: 'unknown', 'opzegverbod-opgeheven': 'unknown', 'ontbinding-669-3e': 'unknown' });
    expect(r.missingFacts).toEqual([]);
  });
  it('the notice ten days late: not onverwijld; the loonstop covers only the time from the notice and does not count for 7:670a', () => {
    const r = checkNonCooperation({
      kind: 'passend-werk-weigeren', since: '2025-03-03', asOf: '2025-03-20',
      deugdelijkeGrond: false, workIsPassend: true, ableToWork: true,
      employerActions: { notifiedOn: '2025-03-13', wageMeasureFrom: '2025-03-13' },
    });
    expect(avail(r)).toMatchObject({ 'onverwijlde-mededeling': 'no', loonstop: 'yes', 'opzegverbod-opgeheven': 'after-action', 'ontbinding-669-3e': 'after-action' });
    expect(r.measures.find((m) => m.id === 'loonstop')!.period).toEqual({ from: '2025-03-13', to: null });
  });
  it('refusing work that checkPassendWerk finds not passend: none of the 7:660a consequences', () => {
    const passendWerk = checkPassendWerk({ firstSickDay: '2025-01-06', offerDate: '2025-03-03', offer: { withinFunctionalCapacity: false } });
    const r = checkNonCooperation({ kind: 'passend-werk-weigeren', since: '2025-03-03', asOf: '2025-03-10', passendWerk });
    expect(avail(r)).toMatchObject({ loonstop: 'no', 'opzegverbod-opgeheven': 'no', 'ontbinding-669-3e': 'no' });
    expect(r.employerRisk.code).toBe('geen-risico-weigering-toegestaan');
  });
  it('sickness caused on purpose (BW 7:629 lid 3 sub a): loonstop with notice, no dismissal route', () => {
    const r = checkNonCooperation({ kind: 'ziekte-door-opzet-of-valse-keuring', since: '2025-03-03', asOf: '2025-03-03', employerActions: { notifiedOn: '2025-03-03' } });
    expect(avail(r)).toMatchObject({ loonstop: 'yes', 'opzegverbod-opgeheven': 'no', 'ontbinding-669-3e': 'no' });
  });
  it('TSDoc example of checkNonCooperation', () => {
    const r = checkNonCooperation({
      kind: 'passend-werk-weigeren', since: '2025-03-03', asOf: '2025-03-05',
      deugdelijkeGrond: false, workIsPassend: true, ableToWork: true,
      employerActions: { notifiedOn: '2025-03-03' },
    });
    expect(avail(r)).toMatchObject({ loonstop: 'yes', 'ontbinding-669-3e': 'after-action' });
  });
  it('remedies: the employer pays nothing for a deskundigenoordeel needed for dismissal; bezwaar against a loonsanctie', () => {
    const r = listRemedies({ asOf: '2026-07-01', party: 'werkgever', forDismissal: true });
    expect(r.find((x) => x.id === 'deskundigenoordeel')?.fees?.werkgever?.amount).toBe(0);
    expect(r.map((x) => x.id)).toEqual(['deskundigenoordeel', 'bekortingsverzoek', 'bezwaar-loonsanctie']);
    const w = listRemedies({ asOf: '2026-07-01', party: 'werknemer' });
    expect(w.find((x) => x.id === 'deskundigenoordeel')?.fees?.werknemer?.amount).toBe(100);
    expect(w.find((x) => x.id === 'second-opinion')?.inForce).toBe(true);
  });
});

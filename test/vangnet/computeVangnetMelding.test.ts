import { describe, expect, it } from 'vitest';
import { computeVangnetMelding, safeComputeVangnetMelding, type VangnetMeldingInput } from '../../src/vangnet/index.js';

interface Row {
  readonly name: string;
  readonly basis: string;
  readonly input: VangnetMeldingInput;
  readonly deadline: string;
  readonly before: string;
  readonly by: 'werkgever' | 'uwv' | 'eigenrisicodrager';
}

const ROWS: readonly Row[] = [
  { name: 'no-riskpolis: D+42 is 5 mei → next working day', basis: 'ZW 38a lid 3; Atw 1, 3', input: { group: 'no-riskpolis', firstSickDay: '2026-03-24' },
    deadline: '2026-05-06', before: '2026-05-05', by: 'werkgever' },
  { name: 'orgaandonatie: D+42 on a Monday', basis: 'ZW 38a lid 3', input: { group: 'orgaandonatie', firstSickDay: '2026-03-02' },
    deadline: '2026-04-13', before: '2026-04-13', by: 'werkgever' },
  { name: 'pregnancy before the leave, employment ends within six weeks: its last day', basis: 'ZW 38a lid 3, second sentence',
    input: { group: 'zwangerschap-voor-verlof', firstSickDay: '2026-03-02', employmentEnds: '2026-03-22' }, deadline: '2026-03-22', before: '2026-03-22', by: 'werkgever' },
  { name: 'sick after the maternity leave: 4th day (Easter Sunday → Tuesday after Easter Monday)', basis: 'ZW 38a lid 2 a; Atw',
    input: { group: 'ziek-na-bevallingsverlof', firstSickDay: '2026-04-02' }, deadline: '2026-04-07', before: '2026-04-05', by: 'werkgever' },
  { name: 'flexibiliseringsperiode: 4th day from the leave entitlement (2nd Christmas day, Saturday)', basis: 'ZW 38a lid 2 b; Atw',
    input: { group: 'flexibiliseringsperiode', firstSickDay: '2026-12-21', leaveEntitlementFrom: '2026-12-23' }, deadline: '2026-12-28', before: '2026-12-26', by: 'werkgever' },
  { name: 'ZW 29d: 4th day after 13 weeks', basis: 'ZW 38b lid 3', input: { group: 'compensatieregeling-oudere-ww', firstSickDay: '2026-01-05' },
    deadline: '2026-04-09', before: '2026-04-09', by: 'werkgever' },
  { name: 'ZW 29d: D+94 on a Saturday stays (13 weeks and four days: more than twelve weeks, Atw art 4 a)', basis: 'ZW 38b lid 3; Atw 4 a',
    input: { group: 'compensatieregeling-oudere-ww', firstSickDay: '2026-01-07' }, deadline: '2026-04-11', before: '2026-04-11', by: 'werkgever' },
  { name: 'flexibiliseringsperiode, sick after the leave benefit could have started: 4th day of sickness', basis: 'ZW 38a lid 2 b (reading)',
    input: { group: 'flexibiliseringsperiode', firstSickDay: '2026-12-14', leaveEntitlementFrom: '2026-12-10' }, deadline: '2026-12-17', before: '2026-12-17', by: 'werkgever' },
  { name: 'ziek uit dienst: the last day of employment (a Sunday, not moved)', basis: 'ZW 38 lid 2', input: { group: 'ziek-uit-dienst', firstSickDay: '2026-01-05', employmentEnds: '2026-03-01' },
    deadline: '2026-03-01', before: '2026-03-01', by: 'uwv' },
  { name: 'ziek uit dienst at an eigenrisicodrager ZW: six weeks after the last day', basis: 'ZW 38aa; WIA 26 lid 2',
    input: { group: 'ziek-uit-dienst', firstSickDay: '2026-01-05', employmentEnds: '2026-03-01', eigenrisicodragerZw: true }, deadline: '2026-04-13', before: '2026-04-12', by: 'eigenrisicodrager' },
];

describe('computeVangnetMelding — deadlines per group', () => {
  it.each(ROWS)('$name ($basis)', (row) => {
    const r = computeVangnetMelding(row.input);
    expect(r.deadline).toBe(row.deadline);
    expect(r.deadlineBeforeAtw).toBe(row.before);
    expect(r.movedByAtw).toBe(row.deadline !== row.before);
    expect(r.reintegration.by).toBe(row.by);
    expect(r.legalBasis.length).toBeGreaterThan(0);
    for (const f of r.notApplicable) expect(f.legalBasis.length).toBeGreaterThan(0);
  });
});

describe('computeVangnetMelding — what does not apply', () => {
  it('employed vangnetters: no vrijwillige verlenging, no 42-week melding, no Besluit passende arbeid', () => {
    const r = computeVangnetMelding({ group: 'no-riskpolis', firstSickDay: '2026-03-02' });
    const codes = Object.fromEntries(r.notApplicable.map((f) => [f.code, f.status]));
    expect(codes).toEqual({ 'vrijwillige-verlenging': 'no', 'ziekmelding-42-weken': 'no', 'besluit-passende-arbeid': 'no' });
  });
  it('ziek uit dienst: no loonsanctie (UWV recovers ziekengeld, ZW 39a), no opzegverbod; RIV when six weeks sick', () => {
    const r = computeVangnetMelding({ group: 'ziek-uit-dienst', firstSickDay: '2026-01-05', employmentEnds: '2026-03-01' });
    expect(r.notApplicable.find((f) => f.code === 'loonsanctie')?.legalBasis.map((l) => l.id)).toContain('ZW art 39a lid 1');
    expect(r.notApplicable.find((f) => f.code === 'opzegverbod')?.status).toBe('no');
    expect(r.dates.find((d) => d.id === 'vangnet-re-integratieverslag')?.date).toBe('2026-03-01');
    const short = computeVangnetMelding({ group: 'ziek-uit-dienst', firstSickDay: '2026-02-01', employmentEnds: '2026-03-01' });
    expect(short.dates.find((d) => d.id === 'vangnet-re-integratieverslag')).toBeUndefined();
  });
  it('flexibiliseringsperiode: vrijwillige verlenging is uncertain', () => {
    const r = computeVangnetMelding({ group: 'flexibiliseringsperiode', firstSickDay: '2026-12-21', leaveEntitlementFrom: '2026-12-23' });
    expect(r.notApplicable.find((f) => f.code === 'vrijwillige-verlenging')?.status).toBe('unknown');
  });
});

describe('computeVangnetMelding — late discovery and report status', () => {
  it('ZW 38b lid 2: the fourth day after the claim became clear, moved by the Atw', () => {
    const r = computeVangnetMelding({ group: 'no-riskpolis', firstSickDay: '2026-01-05', claimClearFrom: '2026-05-01', reportedOn: '2026-05-06' });
    expect(r.lateDiscoveryDeadline).toBe('2026-05-06');
    expect(r.reportedOnTime).toBe('yes');
    expect(computeVangnetMelding({ group: 'no-riskpolis', firstSickDay: '2026-01-05', reportedOn: '2026-02-20' }).reportedOnTime).toBe('no');
  });
  it('rejects missing or inconsistent facts', () => {
    expect(safeComputeVangnetMelding({ group: 'ziek-uit-dienst', firstSickDay: '2026-01-05' }).success).toBe(false);
    expect(safeComputeVangnetMelding({ group: 'flexibiliseringsperiode', firstSickDay: '2026-01-05' }).success).toBe(false);
    expect(safeComputeVangnetMelding({ group: 'orgaandonatie', firstSickDay: '2026-01-05', eigenrisicodragerZw: true }).success).toBe(false);
    expect(safeComputeVangnetMelding({ group: 'orgaandonatie', firstSickDay: '2026-01-05', claimClearFrom: '2026-01-10' }).success).toBe(false);
    const r = safeComputeVangnetMelding({ group: 'nope', firstSickDay: '2026-01-05' } as unknown as VangnetMeldingInput);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.message).toContain('computeVangnetMelding');
  });
});

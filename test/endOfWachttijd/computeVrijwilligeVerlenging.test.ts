import { describe, expect, it } from 'vitest';
import { computeVrijwilligeVerlenging, safeComputeVrijwilligeVerlenging } from '../../src/endOfWachttijd/index.js';
import { computeVangnetMelding, VANGNET_GROUPS } from '../../src/vangnet/index.js';

const D = '2024-01-01'; // wachttijd ends 2025-12-28

describe('computeVrijwilligeVerlenging (WIA 24)', () => {
  it('moves the re-integratieverslag (13 weeks), WIA-aanvraag (11 weeks), decision and WIA start with the new end', () => {
    const r = computeVrijwilligeVerlenging({ firstSickDay: D, extendedLastDay: '2026-06-28', vangnet: 'none' });
    expect(r).toMatchObject({
      allowed: 'yes', wachttijdLastDay: '2025-12-28', extendedLastDay: '2026-06-28', extensionDays: 182,
      reIntegratieverslagDue: '2026-03-29', wiaAanvraagDue: '2026-04-12', loonsanctieDecisionDue: '2026-05-17', wiaIngang: '2026-06-29',
    });
    expect(r.legalBasis.map((l) => l.id)).toEqual(expect.arrayContaining(['WIA art 24 lid 1', 'WIA art 25 lid 4', 'WIA art 64 lid 3', 'BW 7:670 lid 11']));
  });

  it.each([
    ['orgaandonatie', 'no'], ['zwangerschap-voor-verlof', 'no'], ['ziek-na-bevallingsverlof', 'no'], ['no-riskpolis', 'no'],
    ['compensatieregeling-oudere-ww', 'no'], ['ziek-uit-dienst', 'no'], ['flexibiliseringsperiode', 'unknown'], ['none', 'yes'],
  ] as const)('vangnet group %s → allowed %s (WIA 24 lid 1 a)', (vangnet, allowed) => {
    const r = computeVrijwilligeVerlenging({ firstSickDay: D, extendedLastDay: '2026-06-28', vangnet });
    expect(r.allowed).toBe(allowed);
    expect(r.findings.find((f) => f.code === 'geen-vangnet')?.status).toBe(allowed);
  });

  it.each(VANGNET_GROUPS)('agrees with computeVangnetMelding on whether group %s can have a vrijwillige verlenging', (group) => {
    const v = computeVangnetMelding({ group, firstSickDay: '2026-01-05', employmentEnds: '2026-03-01', leaveEntitlementFrom: '2026-01-05',
      ...(group === 'ziek-uit-dienst' ? {} : { employmentEnds: undefined }) });
    const expected = v.notApplicable.find((f) => f.code === 'vrijwillige-verlenging')!.status;
    expect(computeVrijwilligeVerlenging({ firstSickDay: D, extendedLastDay: '2026-06-28', vangnet: group }).allowed).toBe(expected);
  });

  it('the loonsanctie decision date is a backward term: WIA 25 lid 10 and Atw art 1 lid 2', () => {
    const r = computeVrijwilligeVerlenging({ firstSickDay: D, extendedLastDay: '2026-06-28', vangnet: 'none' });
    expect(r.dates.find((d) => d.id === 'loonsanctie-beschikking-uiterlijk')?.legalBasis.map((l) => l.id)).toEqual(['WIA art 25 lid 10', 'Atw art 1 lid 2']);
  });

  it('is onbekend when the vangnet status is not given', () => {
    const r = computeVrijwilligeVerlenging({ firstSickDay: D, extendedLastDay: '2026-06-28' });
    expect(r.allowed).toBe('unknown');
    expect(r.missingFacts).toEqual(['vangnet']);
  });

  it('a shortening ends no earlier than 13 weeks after the request (WIA 24 lid 3; not moved by the Atw)', () => {
    const r = computeVrijwilligeVerlenging({ firstSickDay: D, extendedLastDay: '2026-06-28', vangnet: 'none',
      verkorting: { requestDate: '2026-01-05', requestedLastDay: '2026-02-01' } });
    expect(r.verkorting).toEqual({ earliestLastDay: '2026-04-06', requestedAllowed: false, effectiveLastDay: '2026-04-06' });
    expect(r.extendedLastDay).toBe('2026-04-06');
    expect(r.reIntegratieverslagDue).toBe('2026-01-05');
    expect(r.wiaAanvraagDue).toBe('2026-01-19');
  });

  it('…unless employment ends earlier', () => {
    const r = computeVrijwilligeVerlenging({ firstSickDay: D, extendedLastDay: '2026-06-28', vangnet: 'none',
      verkorting: { requestDate: '2026-01-05', requestedLastDay: '2026-02-01', employmentEnds: '2026-02-15' } });
    expect(r.verkorting?.effectiveLastDay).toBe('2026-02-15');
  });

  it('uses 13 weeks for the WIA-aanvraag under the rules before 1 July 2013', () => {
    const r = computeVrijwilligeVerlenging({ firstSickDay: '2010-01-04', extendedLastDay: '2012-03-31', vangnet: 'none' });
    expect(r.wachttijdLastDay).toBe('2012-01-01');
    expect(r.wiaAanvraagDue).toBe('2011-12-31');
  });

  it('notes that the request counts as the 42-week melding (ZW 38 lid 8)', () => {
    const r = computeVrijwilligeVerlenging({ firstSickDay: D, extendedLastDay: '2026-06-28', vangnet: 'none', ziekmeldingGedaan: false });
    expect(r.notices.some((n) => n.nl.includes('ZW 38 lid 8'))).toBe(true);
  });

  it('rejects an end that is not after the wachttijd', () => {
    const r = safeComputeVrijwilligeVerlenging({ firstSickDay: D, extendedLastDay: '2025-12-28' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]).toMatchObject({ path: ['extendedLastDay'], code: 'inconsistent' });
  });
});

import { describe, expect, it } from 'vitest';
import {
  applyEndOfWachttijdEvents, checkVervroegdeIva, computeLateWiaAanvraag, computeLoonsanctie, computeOpzegverbod, computeVrijwilligeVerlenging,
} from '../../src/index.js';
import { computeVangnetMelding } from '../../src/vangnet/index.js';
import { computeTimeline } from '../../src/timeline/computeTimeline.js';

/** Runs the examples of docs/end-of-wachttijd.md and checks the results the document shows. */
describe('docs/end-of-wachttijd.md examples', () => {
  it('loonsanctie with a late decision and a late bekorting decision', () => {
    const r = computeLoonsanctie({ firstSickDay: '2024-01-01', decisionDate: '2025-11-20',
      bekorting: { noticeDate: '2026-03-02', decisionDate: '2026-03-30', repaired: true } });
    expect([r.decisionDue, r.start, r.maxLastDay, r.bekorting?.endByRepair]).toEqual(['2025-11-16', '2025-12-29', '2026-12-27', '2026-05-11']);
    expect(r.shortening).toEqual({ lateDecisionDays: 4, lateBekortingDecisionDays: 7, byRepairDays: 230 });
    expect([r.lastDay, r.wageLastDay, r.wiaIngang]).toEqual(['2026-04-30', '2026-04-30', '2026-05-01']);
    const date = (code: string): string | undefined => r.dates.find((d) => d.id === code)?.date;
    expect([date('bezwaar-loonsanctie-uiterlijk'), date('bekorting-beschikking-uiterlijk'), date('wia-beschikking-na-herstel'), date('wia-hervatting-uiterlijk')])
      .toEqual(['2026-01-05', '2026-03-23', '2026-05-11', '2026-11-15']);
  });

  it('trace: the pending bekorting is the missing fact, from the step that needed it', () => {
    const r = computeLoonsanctie({ firstSickDay: '2024-01-01', decisionDate: '2025-11-16', bekorting: { noticeDate: '2026-03-02' } });
    expect(r.missingFacts).toEqual(['bekorting.decisionDate']);
    expect(r.trace.find((s) => s.missingFacts.includes('bekorting.decisionDate'))?.rule).toBe('loonsanctie.condition.herstel-vastgesteld');
  });

  it('late decision: 322 days on the last day of the wachttijd, none the day after', () => {
    expect(computeLoonsanctie({ firstSickDay: '2024-01-01', decisionDate: '2025-12-28' }).lengthDays).toBe(322);
    expect(computeLoonsanctie({ firstSickDay: '2024-01-01', decisionDate: '2025-12-29' }).imposed).toBe(false);
  });

  it('vrijwillige verlenging', () => {
    expect(computeVrijwilligeVerlenging({ firstSickDay: '2024-01-01', extendedLastDay: '2026-06-28', vangnet: 'none' })).toMatchObject({
      allowed: 'yes', extensionDays: 182, reIntegratieverslagDue: '2026-03-29', wiaAanvraagDue: '2026-04-12', loonsanctieDecisionDue: '2026-05-17', wiaIngang: '2026-06-29',
    });
  });

  it('vervroegde IVA', () => {
    const r = checkVervroegdeIva({ firstSickDay: '2024-01-01', applicationDate: '2024-06-03', earlierApplication: false, bedrijfsartsVerklaring: true });
    expect(r.verdict).toBe('mogelijk');
    expect(r.window).toEqual({ from: '2024-01-22', to: '2025-04-20' });
    expect(r.verkorteWachttijd).toEqual({ earliestLastDay: '2024-08-12', latestLastDay: '2025-06-29', earliestWiaIngang: '2024-08-13' });
  });

  it('late WIA-aanvraag, late and within the safe harbour', () => {
    expect(computeLateWiaAanvraag({ firstSickDay: '2024-01-01', applicationDate: '2025-10-26',
      wiaBriefReceived: '2025-09-10', ziekmeldingUwv: '2024-10-21', deugdelijkeGrond: false })).toMatchObject({
      timely: 'no', deadline: '2025-10-12', delayDays: 14, wageLastDay: '2026-01-11', wageForfeited: 'yes', opzegverbodExtensionDays: 14, wiaIngang: '2026-01-12',
    });
    expect(computeLateWiaAanvraag({ firstSickDay: '2024-01-01', applicationDate: '2025-10-26',
      wiaBriefReceived: '2025-10-01', ziekmeldingUwv: '2024-10-21' })).toMatchObject({
      timely: 'yes', code: 'tijdig-late-kennisgeving', safeHarbourDeadline: '2025-10-29',
    });
  });

  it('opzegverbod: plain, pregnancy-related sickness before the leave, AOW age', () => {
    expect(computeOpzegverbod({ firstSickDay: '2024-01-01' })).toMatchObject({ lastDay: '2025-12-31', noticeFrom: '2026-01-01', wachttijdLastDay: '2025-12-28', differenceDays: 3 });
    expect(computeOpzegverbod({ sickPeriods: [{ from: '2024-01-01', to: '2024-03-31', pregnancyRelated: true }, { from: '2024-06-24' }],
      wazoLeave: [{ from: '2024-04-01', to: '2024-06-23' }] })).toMatchObject({ lastDay: '2026-06-24', excludedPregnancyDays: 91, wachttijdLastDay: '2026-03-22', differenceDays: 94 });
    expect(computeOpzegverbod({ firstSickDay: '2024-01-01', aowDate: '2025-03-01' })).toMatchObject({ code: 'aow-leeftijd', lastDay: '2025-04-11', ontslaggrondWeeks: 6 });
  });

  it('vangnet report', () => {
    const r = computeVangnetMelding({ group: 'no-riskpolis', firstSickDay: '2026-03-24' });
    expect(r).toMatchObject({ deadline: '2026-05-06', deadlineBeforeAtw: '2026-05-05', movedByAtw: true });
    expect(r.reintegration.by).toBe('werkgever');
    expect(Object.fromEntries(r.notApplicable.map((f) => [f.code, f.status]))).toEqual({ 'vrijwillige-verlenging': 'no', 'ziekmelding-42-weken': 'no', 'besluit-passende-arbeid': 'no' });
  });

  it('on a timeline: the table of milestones', () => {
    const tl = applyEndOfWachttijdEvents(computeTimeline({ firstSickDay: '2024-01-01' }), { loonsanctie: { decisionDate: '2025-11-20' } });
    const ids = ['wia-aanvraag', 'loonsanctie-beschikking', 'einde-wachttijd', 'bezwaar-loonsanctie', 'einde-loonsanctie', 'einde-loondoorbetaling', 'wia-ingang', 'einde-opzegverbod'];
    const rows = ids.map((id) => {
      const m = tl.milestones.find((x) => String(x.id) === id)!;
      return [id, m.due, m.legalBasis.map((l) => l.id).join('; ')];
    });
    expect(rows).toEqual([
      ['wia-aanvraag', '2025-10-12', 'WIA art 64 lid 3; WIA art 65'],
      ['loonsanctie-beschikking', '2025-11-16', 'WIA art 25 lid 10; WIA art 25 lid 11; WIA art 25 lid 14'],
      ['einde-wachttijd', '2025-12-28', 'WIA art 23 lid 1; BW 7:629 lid 1'],
      ['bezwaar-loonsanctie', '2026-01-05', 'Awb art 6:7; Atw art 1 lid 1'],
      ['einde-loonsanctie', '2026-12-23', 'WIA art 25 lid 9; WIA art 25 lid 14'],
      ['einde-loondoorbetaling', '2026-12-23', 'BW 7:629 lid 1; WIA art 25 lid 9; BW 7:629 lid 11 sub b'],
      ['wia-ingang', '2026-12-24', 'WIA art 47 lid 2'],
      ['einde-opzegverbod', '2026-12-26', 'BW 7:670 lid 1 sub a; BW 7:670 lid 11'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { auditReIntegratieverslag } from '../../src/audit/auditReIntegratieverslag.js';
import { addDays } from '../../src/calendar/addDays.js';
import { computeLateWiaAanvraag } from '../../src/endOfWachttijd/computeLateWiaAanvraag.js';
import { computeLoonsanctie } from '../../src/endOfWachttijd/computeLoonsanctie.js';
import { computeTimeline } from '../../src/timeline/computeTimeline.js';
import type { DossierDocument, DossierDocumentType } from '../../src/audit/types.js';
import { timelyDossier } from './fixtures.js';

/** computeLateWiaAanvraag's answer in the 0.2.0 vocabulary, whichever spelling that module uses. */
const ans = (v: string): 'yes' | 'no' | 'unknown' => (v === 'ja' || v === 'yes' ? 'yes' : v === 'nee' || v === 'no' ? 'no' : 'unknown');

const D = '2024-01-01'; // Monday; wachttijd last day D+727 = 2025-12-28
const AFTER = addDays(D, 700);
const complete = timelyDossier(D, AFTER);
const without = (types: DossierDocumentType[], docs: readonly DossierDocument[] = complete): DossierDocument[] => docs.filter((d) => !types.includes(d.type));
const repair = (a: ReturnType<typeof auditReIntegratieverslag>, code: string) => a.loonsanctieRisk.repairs.find((r) => r.id === code);

describe('WIA 25 lid 10: one decision deadline for the audit and computeLoonsanctie', () => {
  it('the repair deadline is six weeks before the end, counted backwards: D+685, the day computeLoonsanctie gives', () => {
    const a = auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: without(['spoor-2-start']) });
    const ls = computeLoonsanctie({ firstSickDay: D, decisionDate: D });
    expect(ls.decisionDue).toBe(addDays(D, 685));
    expect(repair(a, 'herstellen-voor-beslissing-uwv')!.to).toBe(ls.decisionDue);
    expect(repair(a, 'herstellen-voor-beslissing-uwv')!.legalBasis.map((l) => l.id)).toContain('WIA art 25 lid 10');
  });
});

describe('WIA 25 lid 9: the latest end of the loonsanctie counts WAZO leave', () => {
  it('new leave during the 52 weeks moves the last day for a bekortingsverzoek, as in computeLoonsanctie', () => {
    const wazoLeave = [{ from: '2026-03-01', to: '2026-06-20' }];
    const asOf = '2026-07-01';
    const a = auditReIntegratieverslag({ firstSickDay: D, asOf, wazoLeave, documents: without(['spoor-2-start']) });
    const ls = computeLoonsanctie({ firstSickDay: D, decisionDate: D, wazoLeave });
    expect(ls.maxLastDay).toBe('2027-04-18');
    expect(repair(a, 'bekortingsverzoek')!.to).toBe(ls.maxLastDay);
  });
  it('leave running at the end of the wachttijd postpones the start and so the latest end', () => {
    const wazoLeave = [{ from: '2025-12-29', to: '2026-04-19' }];
    const a = auditReIntegratieverslag({ firstSickDay: D, asOf: '2026-05-01', wazoLeave, documents: without(['spoor-2-start']) });
    expect(repair(a, 'bekortingsverzoek')!.to).toBe(computeLoonsanctie({ firstSickDay: D, decisionDate: D, wazoLeave }).maxLastDay);
  });
});

describe('BW 7:629 lid 11 a: one delay for a late WIA-aanvraag (audit, computeLateWiaAanvraag, computeTimeline)', () => {
  // UWV letter late (D+640), 42-week melding on time, application at D+700: after the four weeks of
  // WIA 64 lid 6 (2025-10-30), so late — by the days after the statutory deadline D+650.
  const docs = [...complete.map((d) => (d.type === 'wia-aanvraag' ? { ...d, date: addDays(D, 700) } : d)), { type: 'wia-brief-uwv' as const, date: addDays(D, 640) }];
  const asOf = addDays(D, 720);
  it('the wage extension is the delay after the statutory deadline, not after the safe-harbour day', () => {
    const a = auditReIntegratieverslag({ firstSickDay: D, asOf, documents: docs, facts: { wiaAanvraagDeugdelijkeGrond: false } });
    const late = computeLateWiaAanvraag({ firstSickDay: D, applicationDate: addDays(D, 700), wiaBriefReceived: addDays(D, 640), ziekmeldingUwv: addDays(D, 290) });
    expect(late).toMatchObject({ delayDays: 50, wageLastDay: addDays(D, 777) });
    expect(ans(late.timely)).toBe('no');
    const step = a.steps.find((s) => s.id === 'wia-aanvraag')!;
    const ext = step.consequences.find((c) => c.id === 'loondoorbetaling-verlengd')!;
    expect(ext).toMatchObject({ applies: 'yes', date: late.wageLastDay });
    const tl = computeTimeline({ firstSickDay: D, asOf, events: { 'wia-aanvraag': addDays(D, 700), 'wia-brief-uwv': addDays(D, 640), 'ziekmelding-uwv': addDays(D, 290) } });
    expect(tl.milestones.find((m) => m.id === 'einde-loondoorbetaling')!.due).toBe(late.wageLastDay);
  });
  it('the UWV decision deadline is measured against the extended wage period (WIA 25 lid 10 with BW 7:629 lid 11 a)', () => {
    const noSpoor2 = without(['spoor-2-start'], docs);
    const a = auditReIntegratieverslag({ firstSickDay: D, asOf, documents: noSpoor2 });
    const ls = computeLoonsanctie({ firstSickDay: D, decisionDate: D, referenceLastDay: addDays(D, 777) });
    expect(repair(a, 'herstellen-voor-beslissing-uwv')!.to).toBe(ls.decisionDue);
    expect(repair(a, 'bekortingsverzoek')!.to).toBe(ls.maxLastDay);
  });
  it('without the UWV letter in the file, whether the application is late is not known: unknown, not a guess', () => {
    const noBrief = complete.map((d) => (d.type === 'wia-aanvraag' ? { ...d, date: addDays(D, 660) } : d));
    const a = auditReIntegratieverslag({ firstSickDay: D, asOf, documents: noBrief });
    const ext = a.steps.find((s) => s.id === 'wia-aanvraag')!.consequences.find((c) => c.id === 'loondoorbetaling-verlengd')!;
    expect(ext).toMatchObject({ applies: 'unknown', date: addDays(D, 737) });
    expect(a.missingFacts).toContain('facts.wiaBriefNotReceived');
    const told = auditReIntegratieverslag({ firstSickDay: D, asOf, documents: noBrief, facts: { wiaBriefNotReceived: false } });
    // A letter received on time (not in the file): no safe harbour, the application is late.
    expect(told.steps.find((s) => s.id === 'wia-aanvraag')!.consequences.find((c) => c.id === 'loondoorbetaling-verlengd')!.applies).toBe('unknown');
    const none = auditReIntegratieverslag({ firstSickDay: D, asOf, documents: noBrief, facts: { wiaBriefNotReceived: true } });
    // No letter at all: the application counts as timely (WIA 64 lid 6), no extension.
    expect(none.steps.find((s) => s.id === 'wia-aanvraag')!.consequences.find((c) => c.id === 'loondoorbetaling-verlengd')).toMatchObject({ applies: 'no', date: null });
  });
});

describe('RPE art 6 lid 1 / WIA 25 lid 9, 12–14: an incomplete verslag, and its repair', () => {
  const riv = (extra: Partial<DossierDocument>): DossierDocument[] =>
    complete.map((d) => (d.type === 're-integratieverslag' ? { ...d, ...extra } : d));
  it('the verslag can say an item is missing even when the file holds a document of that kind', () => {
    const a = auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: riv({ missingItems: ['h'] }) });
    const h = a.items.find((i) => i.item === 'h')!;
    expect(h.status).toBe('missing');
    expect(h.documents.length).toBeGreaterThan(0); // the eerstejaarsevaluatie exists, but is not in the verslag
    expect(a.findings.map((f) => f.code)).toEqual(['riv-item-h-missing']);
    expect(a.findings[0]!.explanation.en).toMatch(/not in the re-integratieverslag/);
  });
  it('an administrative loonsanctie can be shortened: the audit offers the bekortingsverzoek (WIA 25 lid 12–14)', () => {
    const a = auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: riv({ missingItems: ['h'] }) });
    const b = repair(a, 'bekortingsverzoek')!;
    expect(b.to).toBe(computeLoonsanctie({ firstSickDay: D, decisionDate: D }).maxLastDay);
    expect(b.legalBasis.map((l) => l.id)).toEqual(expect.arrayContaining(['WIA art 25 lid 9', 'WIA art 25 lid 12', 'WIA art 25 lid 14']));
    expect(a.loonsanctieRisk.repairs.filter((r) => r.id === 'bekortingsverzoek')).toHaveLength(1);
  });
  it('a later, completed verslag repairs the item; old inputs (items only) keep working', () => {
    const later = [...riv({ missingItems: ['h'] }), { type: 're-integratieverslag' as const, date: addDays(D, 690), items: ['h' as const] }];
    expect(auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: later }).findings).toEqual([]);
    expect(auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: riv({ items: ['a'] }) }).findings).toEqual([]);
  });
  it('rejects an item both listed and missing, and missingItems on another document', () => {
    expect(() => auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: riv({ items: ['h'], missingItems: ['h'] }) })).toThrow(/missingItems/);
    expect(() => auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: [{ type: 'evaluatie', date: D, missingItems: ['a'] }] })).toThrow(/missingItems/);
  });
});

import { describe, expect, it } from 'vitest';
import { auditReIntegratieverslag } from '../../src/audit/auditReIntegratieverslag.js';
import { safeAuditReIntegratieverslag } from '../../src/audit/safeAuditReIntegratieverslag.js';
import { addDays } from '../../src/calendar/addDays.js';
import { PoortwachterError } from '../../src/errors/PoortwachterError.js';
import type { DossierDocument, DossierDocumentType, RivItem } from '../../src/audit/types.js';
import { timelyDossier } from './fixtures.js';

const D = '2024-01-01'; // Monday; statutory offsets: PA D+41, PvA D+55, ZM D+294, EJE D+363, RIV D+636, WIA D+650
const AFTER = addDays(D, 700);
const complete = timelyDossier(D, AFTER);
const without = (types: DossierDocumentType[]): DossierDocument[] => complete.filter((d) => !types.includes(d.type));
const codes = (docs: DossierDocument[], asOf = AFTER, facts = {}): string[] =>
  auditReIntegratieverslag({ firstSickDay: D, asOf, documents: docs, facts }).findings.map((f) => f.code);

describe('auditReIntegratieverslag — completeness not settled', () => {
  it('a required visie not stated in the documents: no defect found, but risk unknown, not low', () => {
    const withoutVisie = complete.map(({ visie: _v, ...doc }) => doc);
    const a = auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: withoutVisie });
    expect(a.loonsanctieRisk.review[0]?.status).toBe('unknown');
    expect(a.loonsanctieRisk.level).toBe('unknown');
  });
});

describe('auditReIntegratieverslag — a complete, timely file', () => {
  it('has no findings, every item present, risk low', () => {
    const a = auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: complete });
    expect(a.findings).toEqual([]);
    expect(a.items.every((i) => i.status === 'present')).toBe(true);
    expect(a.loonsanctieRisk.level).toBe('low');
    expect(a.loonsanctieRisk.review.map((r) => r.status)).toEqual(['ok', 'unknown', 'ok', 'not-assessed', 'not-assessed']);
    expect(a.visieRequirement).toBe(true);
  });
});

/** Regeling procesgang art 6 lid 1: each item, the document that provides it. */
const ITEM_TABLE: readonly { item: RivItem; remove: DossierDocumentType }[] = [
  { item: 'a', remove: 'administratieve-gegevens' }, { item: 'b', remove: 'aard-bedrijf' }, { item: 'c', remove: 'functie-werknemer' },
  { item: 'd', remove: 'vaardigheden-werknemer' }, { item: 'e', remove: 'eerste-ziektedag' }, { item: 'f', remove: 'probleemanalyse' },
  { item: 'g', remove: 'plan-van-aanpak' }, { item: 'h', remove: 'eerstejaarsevaluatie' }, { item: 'i', remove: 'oordeel-arbeidsverhouding' },
  { item: 'j', remove: 'actueel-oordeel-bedrijfsarts' }, { item: 'k', remove: 'oordeel-passende-arbeid' }, { item: 'l', remove: 'mening-werknemer' },
];

describe('items of Regeling procesgang art 6 lid 1 (scenario table)', () => {
  for (const row of ITEM_TABLE) {
    it(`item ${row.item} missing without '${row.remove}' → riv-item-${row.item}-missing, administratieve loonsanctie risk`, () => {
      const a = auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: without([row.remove]) });
      const f = a.findings.find((x) => x.code === `riv-item-${row.item}-missing`)!;
      expect(f).toMatchObject({ severity: 'critical', subject: `item:${row.item}`, loonsanctieRelevant: true });
      expect(f.legalBasis.map((l) => l.id)).toContain('Regeling procesgang art 6 lid 1');
      expect(a.loonsanctieRisk.level).toBe('high');
      expect(a.loonsanctieRisk.review[0]!.status).toBe('risk');
    });
  }
  it('items listed on the verslag itself count', () => {
    const docs = [...without(['administratieve-gegevens', 'aard-bedrijf']).filter((d) => d.type !== 're-integratieverslag'),
      { type: 're-integratieverslag' as const, date: addDays(D, 630), items: ['a', 'b'] as RivItem[] }];
    expect(codes(docs)).toEqual([]);
  });
  it('items are not required before the verslag is due (end of week 91)', () => {
    const asOf = addDays(D, 636);
    const a = auditReIntegratieverslag({ firstSickDay: D, asOf, documents: timelyDossier(D, asOf).filter((d) => d.type !== 'mening-werknemer') });
    expect(a.items.find((i) => i.item === 'l')!.status).toBe('not-yet-due');
    expect(a.findings).toEqual([]);
  });
});

/** Each step: missing when its document is removed after the due date (severity per the norm's weight). */
const STEP_TABLE: readonly { remove: DossierDocumentType; code: string; severity: string; basis: string }[] = [
  { remove: 'probleemanalyse', code: 'probleemanalyse-missing', severity: 'critical', basis: 'Regeling procesgang art 2 lid 2' },
  { remove: 'plan-van-aanpak', code: 'plan-van-aanpak-missing', severity: 'critical', basis: 'Regeling procesgang art 4 lid 1' },
  { remove: 'ziekmelding-uwv', code: 'ziekmelding-uwv-missing', severity: 'critical', basis: 'ZW art 38 lid 1' },
  { remove: 'eerstejaarsevaluatie', code: 'eerstejaarsevaluatie-missing', severity: 'critical', basis: 'Regeling procesgang art 4 lid 2 sub b' },
  { remove: 'spoor-2-start', code: 'spoor-2-start-missing', severity: 'critical', basis: 'Beoordelingskader poortwachter §5' },
  { remove: 're-integratieverslag', code: 're-integratieverslag-missing', severity: 'critical', basis: 'WIA art 25 lid 3' },
  { remove: 'afschrift-werknemer', code: 'afschrift-werknemer-missing', severity: 'critical', basis: 'WIA art 25 lid 3' },
  { remove: 'wia-aanvraag', code: 'wia-aanvraag-missing', severity: 'critical', basis: 'WIA art 64 lid 3' },
];

describe('timeline steps (scenario table)', () => {
  for (const row of STEP_TABLE) {
    it(`without '${row.remove}': ${row.code} (${row.basis})`, () => {
      const a = auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: without([row.remove]) });
      const f = a.findings.find((x) => x.code === row.code)!;
      expect(f.severity).toBe(row.severity);
      expect(f.legalBasis.map((l) => l.id)).toContain(row.basis);
    });
  }
  it('a late plan van aanpak: 14 days after an early probleemanalyse (Regeling procesgang art 4 lid 1)', () => {
    const docs = complete.map((d) => (d.type === 'plan-van-aanpak' ? { ...d, date: addDays(D, 40) } : d));
    const a = auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: docs });
    const s = a.steps.find((x) => x.id === 'plan-van-aanpak')!;
    expect(s).toMatchObject({ due: addDays(D, 34), status: 'late', daysLate: 6 });
    expect(s.consequences.map((c) => c.id)).toEqual(['proces-ondergeschikt-motiveer-afwijking', 'loonsanctie-risico']);
    expect(a.loonsanctieRisk.level).toBe('medium');
  });
  it('spoor 2 not needed with a documented exception: no finding, a notice', () => {
    const a = auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: without(['spoor-2-start']), facts: { spoor2Exception: 'geen-benutbare-mogelijkheden' } });
    expect(a.steps.find((x) => x.id === 'spoor-2-start')!.status).toBe('not-needed');
    expect(a.findings).toEqual([]);
  });
  it('six-weekly evaluations are a practice norm: one skipped makes the next one late (info, risk low); none after a date is missing (warning, medium)', () => {
    const a = auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: complete.filter((d) => d.date !== addDays(D, 70)) });
    expect(a.findings.map((f) => [f.code, f.severity, f.normKind, f.subject])).toEqual([['evaluatie-late', 'info', 'practice', 'step:evaluatie-1']]);
    expect(a.loonsanctieRisk.level).toBe('low');
    const b = auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: complete.filter((d) => d.type !== 'evaluatie' || d.date < addDays(D, 400)) });
    const missing = b.findings.filter((f) => f.code === 'evaluatie-missing');
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((f) => f.severity === 'warning' && f.normKind === 'practice')).toBe(true);
    expect(b.loonsanctieRisk.level).toBe('medium');
  });
  it('steps after a wachttijd that ended by recovery have lapsed (BW 7:629 lid 10; was not-needed)', () => {
    const a = auditReIntegratieverslag({ sickPeriods: [{ from: D, to: addDays(D, 20) }], asOf: AFTER, documents: [] });
    expect(a.steps.every((s) => s.status === 'lapsed')).toBe(true);
    expect(a.findings).toEqual([]);
  });
});

describe('consequences of lateness', () => {
  it('42-week melding late: a fine only when culpable; bands are secondary (practice)', () => {
    const docs = complete.map((d) => (d.type === 'ziekmelding-uwv' ? { ...d, date: addDays(D, 304) } : d));
    const zm = (culpable: boolean | 'unknown') => auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: docs, facts: { ziekmeldingCulpable: culpable } }).steps.find((s) => s.id === 'ziekmelding-uwv')!;
    expect(zm(false).consequences.find((c) => c.id === 'boete-alleen-bij-verwijtbaarheid')!.applies).toBe('no');
    expect(zm(true).consequences.find((c) => c.id === 'boete-alleen-bij-verwijtbaarheid')!).toMatchObject({ applies: 'yes', amount: 455, normKind: 'statutory' });
    expect(zm(true).consequences.find((c) => c.id === 'boete-indicatie-secundair')!).toMatchObject({ amount: 230, normKind: 'practice' });
    expect(zm('unknown').consequences.find((c) => c.id === 'geen-loonsanctie-om-termijn-alleen')!.applies).toBe('yes');
    const a = auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: docs });
    expect(a.missingFacts).toContain('facts.ziekmeldingCulpable');
    expect(a.findings.find((f) => f.code === 'ziekmelding-uwv-late')!.loonsanctieRelevant).toBe(false);
    expect(a.loonsanctieRisk.level).toBe('low');
  });
  it('42-week melding not made before week 81 ends: WIA 64 lid 6 protection lost', () => {
    const a = auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: without(['ziekmelding-uwv']) });
    const c = a.steps.find((s) => s.id === 'ziekmelding-uwv')!.consequences.find((x) => x.id === 'wia-64-6-bescherming-vervalt')!;
    expect(c.date).toBe(addDays(D, 566));
  });
  it('late WIA-aanvraag extends wage payment and opzegverbod by the delay (BW 7:629 lid 11 a, 7:670 lid 11 a)', () => {
    // UWV's letter came on time (D+600), so WIA 64 lid 6 does not help: late by 10 days.
    const docs = [...complete.map((d) => (d.type === 'wia-aanvraag' ? { ...d, date: addDays(D, 660) } : d)), { type: 'wia-brief-uwv' as const, date: addDays(D, 600) }];
    const s = auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: docs, facts: { wiaAanvraagDeugdelijkeGrond: false } }).steps.find((x) => x.id === 'wia-aanvraag')!;
    expect(s.daysLate).toBe(10);
    expect(s.consequences.find((c) => c.id === 'loondoorbetaling-verlengd')!.date).toBe(addDays(D, 737));
    expect(s.consequences.find((c) => c.id === 'opzegverbod-verlengd')!.applies).toBe('yes');
    expect(s.consequences.find((c) => c.id === 'geen-loon-over-vertraging')!.applies).toBe('yes');
  });
  it('a late UWV WIA letter gives four weeks after receipt (WIA 64 lid 6), as computeTimeline sets the due date', () => {
    // Letter received 2025-10-02 (due week 89); four weeks later is Thursday 2025-10-30, a working day (Atw).
    const docs = [...complete.map((d) => (d.type === 'wia-aanvraag' ? { ...d, date: addDays(D, 660) } : d)), { type: 'wia-brief-uwv' as const, date: addDays(D, 640) }];
    const a = auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: docs });
    const s = a.steps.find((x) => x.id === 'wia-aanvraag')!;
    expect(s).toMatchObject({ due: '2025-10-30', status: 'on-time', daysLate: 0, consequences: [] });
    expect(a.notices.some((n) => n.en.includes('2025-10-02') && n.en.includes('2025-10-30'))).toBe(true);
  });
  it('no safe harbour when the 42-week melding was not made before week 81 (WIA 64 lid 6): the late letter does not help', () => {
    const docs = [...complete.map((d) => (d.type === 'wia-aanvraag' ? { ...d, date: addDays(D, 660) } : d.type === 'ziekmelding-uwv' ? { ...d, date: addDays(D, 570) } : d)),
      { type: 'wia-brief-uwv' as const, date: addDays(D, 640) }];
    const s = auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: docs }).steps.find((x) => x.id === 'wia-aanvraag')!;
    expect(s).toMatchObject({ due: addDays(D, 650), status: 'late', daysLate: 10 });
  });
  it('the eerstejaarsevaluatie is one evaluation in the six-week chain, not two', () => {
    const a = auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: complete });
    const done = a.steps.filter((x) => x.id === 'evaluatie').map((x) => x.done);
    expect(done).toContain(addDays(D, 350));
    expect(new Set(done).size).toBe(done.length);
  });
});

describe('visie requirement (Regeling procesgang art 4 lid 2, since 2023-07-01)', () => {
  it('a plan van aanpak without visie for a first sick day from 2023-07-01 is a finding', () => {
    const docs = complete.map((d) => (d.type === 'plan-van-aanpak' ? { ...d, visie: false } : d));
    const a = auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: docs });
    expect(a.findings.map((f) => f.code)).toEqual(['visie-missing']);
    expect(a.findings[0]!.legalBasis.map((l) => l.id)).toEqual(['Regeling procesgang art 4 lid 2 sub a']);
    expect(a.loonsanctieRisk.level).toBe('medium');
  });
  it('not required for a first sick day before 2023-07-01 (old text until 2025-07-01)', () => {
    const d1 = '2022-01-03';
    const docs = timelyDossier(d1, addDays(d1, 700)).map((d) => ({ ...d, ...(d.type === 'plan-van-aanpak' ? { visie: false } : {}) }));
    const a = auditReIntegratieverslag({ firstSickDay: d1, asOf: addDays(d1, 700), documents: docs });
    expect(a.visie.find((x) => x.type === 'plan-van-aanpak')!.status).toBe('not-required');
    expect(a.findings).toEqual([]);
  });
  it('visie not given: unknown and a missing fact, no finding — and the documents step of the review is unknown, not ok', () => {
    const docs = complete.map((d) => (d.type === 'plan-van-aanpak' ? { type: d.type, date: d.date } : d));
    const a = auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: docs });
    expect(a.findings).toEqual([]);
    expect(a.missingFacts).toContain('documents[1].visie');
    expect(a.loonsanctieRisk.review[0]).toMatchObject({ id: 'documenten-compleet', status: 'unknown' });
  });
});

describe('loonsanctie review order and repair', () => {
  it('spoor 2 missing: risk high, repair until UWV decides (6 weeks before the end) and then bekorting', () => {
    const a = auditReIntegratieverslag({ firstSickDay: D, asOf: addDays(D, 500), documents: without(['spoor-2-start']).filter((d) => d.date <= addDays(D, 500)) });
    expect(a.loonsanctieRisk.level).toBe('high');
    expect(a.loonsanctieRisk.review.map((r) => r.id)).toEqual(['documenten-compleet', 'bevredigend-resultaat', 'voldoende-inspanningen', 'deugdelijke-grond', 'herstelbaar']);
    expect(a.loonsanctieRisk.repairs.map((r) => [r.id, r.to, r.stillPossible])).toEqual([
      // WIA 25 lid 10: six weeks before the end, counted backwards = D+727 − 42 (as computeLoonsanctie).
      ['herstellen-voor-beslissing-uwv', addDays(D, 685), true],
      ['bekortingsverzoek', addDays(D, 1091), true],
      ['bezwaar-loonsanctie', null, null],
    ]);
    const bezwaar = a.loonsanctieRisk.repairs.find((r) => r.id === 'bezwaar-loonsanctie')!;
    expect(bezwaar.legalBasis.map((l) => l.id)).toEqual(['Awb art 6:7', 'Awb art 6:8', 'WIA art 25 lid 9']);
  });
  it('a bevredigend resultaat ends the review of efforts (Beoordelingskader §3)', () => {
    const a = auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: without(['spoor-2-start']), facts: { bevredigendResultaat: true } });
    expect(a.loonsanctieRisk.review[2]!.status).toBe('not-assessed');
    expect(a.loonsanctieRisk.level).toBe('low');
  });
  it('a deugdelijke grond settles a process error: low (one review order with checkSpoor2Readiness, src/review)', () => {
    const a = auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: without(['spoor-2-start']), facts: { deugdelijkeGrond: true } });
    expect(a.loonsanctieRisk.level).toBe('low');
  });
});

describe('invalid input', () => {
  it('throws PoortwachterError naming the function and field', () => {
    const bad = (docs: unknown[], extra = {}) => () => auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: docs as DossierDocument[], ...extra });
    expect(bad([{ type: 'probleemanalyse', date: addDays(AFTER, 1) }])).toThrow(/auditReIntegratieverslag.*documents\[0\]\.date/);
    expect(bad([{ type: 'probleemanalyse', date: '2023-12-01' }])).toThrow(/before day 1/);
    expect(bad([{ type: 'memo', date: D }])).toThrow(PoortwachterError);
    expect(bad([{ type: 'evaluatie', date: D, items: ['a'] }])).toThrow(/items/);
    expect(bad([{ type: 'ziekmelding-uwv', date: D, visie: true }])).toThrow(/visie/);
    expect(bad([], { firstSickDay: '2024-02-30' })).toThrow(/firstSickDay/);
    expect(() => auditReIntegratieverslag({ asOf: AFTER, documents: [] } as never)).toThrow(/firstSickDay/);
  });
  it('safe variant', () => {
    const r = safeAuditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: [], bogus: 1 } as never);
    expect(r.success).toBe(false);
  });
});

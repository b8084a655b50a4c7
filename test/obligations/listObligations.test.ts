import { describe, expect, it } from 'vitest';
import { listObligations } from '../../src/obligations/listObligations.js';
import { safeListObligations } from '../../src/obligations/safeListObligations.js';
import { listRemedies } from '../../src/obligations/listRemedies.js';
import { PoortwachterError } from '../../src/errors/PoortwachterError.js';

describe('listObligations', () => {
  it('lists employee duties of BW 7:660a a–c with their articles', () => {
    const w = listObligations({ party: 'werknemer' });
    const ids = (id: string): string[] => w.find((o) => o.id === id)!.legalBasis.map((l) => l.id);
    expect(ids('redelijke-voorschriften-opvolgen')).toContain('BW 7:660a sub a');
    expect(ids('meewerken-plan-van-aanpak')).toContain('BW 7:660a sub b');
    expect(ids('passende-arbeid-verrichten')).toContain('BW 7:660a sub c');
    expect(w.every((o) => o.party === 'werknemer')).toBe(true);
  });
  it('lists employer duties of BW 7:658a, WIA 25, Regeling procesgang and ZW 38', () => {
    const g = listObligations({ party: 'werkgever' });
    const all = g.flatMap((o) => o.legalBasis.map((l) => l.id));
    for (const id of ['BW 7:658a lid 1', 'WIA art 25 lid 2', 'WIA art 25 lid 3', 'Regeling procesgang art 6 lid 1', 'ZW art 38 lid 1']) expect(all).toContain(id);
  });
  it('the visie duty applies from 2023-07-01', () => {
    expect(listObligations({ asOf: '2023-06-30' }).some((o) => o.id === 'visie-in-plan-en-evaluaties')).toBe(false);
    expect(listObligations({ asOf: '2023-07-01' }).some((o) => o.id === 'visie-in-plan-en-evaluaties')).toBe(true);
  });
  it('every duty has labels and texts in both languages, a legal basis and a norm kind', () => {
    for (const o of listObligations({ locale: 'en' })) {
      expect(o.label).toBe(o.labels.en);
      expect(o.labels.nl.length * o.description.nl.length * o.description.en.length * o.consequence.en.length).toBeGreaterThan(0);
      expect(o.legalBasis.length).toBeGreaterThan(0);
    }
  });
  it('rejects unknown options', () => {
    expect(() => listObligations({ party: 'uwv' } as never)).toThrow(PoortwachterError);
    expect(safeListObligations({ foo: 1 } as never).success).toBe(false);
  });
});

/** Remedies by date in force (Beleidsregel kosten aanvraag deskundigenoordeel 2013 art 1, 1a; Arbowet second opinion 2017-07-01). */
const REMEDY_TABLE = [
  { asOf: '2012-06-01', forDismissal: false, werknemer: null, werkgever: null, secondOpinion: false, basis: 'before the 2013 Beleidsregel: fee not known from a primary source' },
  { asOf: '2014-01-01', forDismissal: true, werknemer: 100, werkgever: 400, secondOpinion: false, basis: 'BKD art 1; art 1a not yet (from 2015-07-01)' },
  { asOf: '2015-07-01', forDismissal: true, werknemer: 100, werkgever: 0, secondOpinion: false, basis: 'BKD art 1a: free for a 7:671b lid 4/5 dismissal' },
  { asOf: '2017-06-30', forDismissal: false, werknemer: 100, werkgever: 400, secondOpinion: false, basis: 'BKD art 1' },
  { asOf: '2017-07-01', forDismissal: false, werknemer: 100, werkgever: 400, secondOpinion: true, basis: 'second opinion since 2017-07-01' },
] as const;

describe('listRemedies (scenario table)', () => {
  for (const row of REMEDY_TABLE) {
    it(`${row.asOf}${row.forDismissal ? ' (for dismissal)' : ''}: employee ${String(row.werknemer)}, employer ${String(row.werkgever)} — ${row.basis}`, () => {
      const r = listRemedies({ asOf: row.asOf, forDismissal: row.forDismissal });
      const d = r.find((x) => x.id === 'deskundigenoordeel')!;
      expect(d.fees?.werknemer?.amount).toBe(row.werknemer);
      expect(d.fees?.werkgever?.amount).toBe(row.werkgever);
      expect(d.objectionPossible).toBe(false);
      expect(d.binding).toBe(false);
      expect(d.legalBasis[0]!.id).toBe('Wet SUWI art 32');
      expect(r.find((x) => x.id === 'second-opinion')!.inForce).toBe(row.secondOpinion);
    });
  }
  it('party filter', () => {
    expect(listRemedies({ asOf: '2026-07-01', party: 'werkgever' }).map((r) => r.id)).toEqual(['deskundigenoordeel', 'bekortingsverzoek', 'bezwaar-loonsanctie']);
    expect(listRemedies({ asOf: '2026-07-01', party: 'werknemer' }).map((r) => r.id)).toEqual(['deskundigenoordeel', 'second-opinion', 'bezwaar-advies-bedrijfsarts', 'ander-re-integratiebedrijf', 'loonvordering']);
  });
  it('bezwaar against the loonsanctie: employer, six weeks (Awb 6:7), next to the bekortingsverzoek', () => {
    const b = listRemedies({ asOf: '2026-07-01' }).find((x) => x.id === 'bezwaar-loonsanctie')!;
    expect(b).toMatchObject({ availableTo: ['werkgever'], inForce: true, normKind: 'statutory', topics: ['loonsanctie'] });
    expect(b.legalBasis.map((l) => l.id)).toEqual(['Awb art 6:7', 'Awb art 6:8', 'Awb art 7:1', 'WIA art 25 lid 9']);
    expect(b.duration!.nl).toContain('6 weken');
    expect(b.explanation.en).toContain('next to a request to shorten');
  });
  it('objection to advice is labelled practice, another bureau UWV policy', () => {
    const r = listRemedies({ asOf: '2026-07-01' });
    expect(r.find((x) => x.id === 'bezwaar-advies-bedrijfsarts')!.normKind).toBe('practice');
    expect(r.find((x) => x.id === 'ander-re-integratiebedrijf')!.normKind).toBe('policy');
  });
  it('rejects an invalid date', () => {
    expect(() => listRemedies({ asOf: '2026-02-29' })).toThrow(/asOf/);
  });
});

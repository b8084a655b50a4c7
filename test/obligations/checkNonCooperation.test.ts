import { describe, expect, it } from 'vitest';
import { checkNonCooperation } from '../../src/obligations/checkNonCooperation.js';
import { safeCheckNonCooperation } from '../../src/obligations/safeCheckNonCooperation.js';
import { PoortwachterError } from '../../src/errors/PoortwachterError.js';
import type { MeasureId, NonCooperationInput, NonCooperationKind } from '../../src/obligations/types.js';

const base = { since: '2025-03-03', asOf: '2025-03-03' } as const;
const avail = (input: NonCooperationInput, id: MeasureId): string => checkNonCooperation(input).measures.find((m) => m.id === id)!.available;

/**
 * Scenario table: for each kind of non-cooperation, the wage measure it opens and whether the
 * dismissal route of BW 7:671b lid 5 applies — with all facts settled, on the day the employer knew,
 * after notice on that day.
 */
const KIND_TABLE: readonly { kind: NonCooperationKind; loonopschorting: string; loonstop: string; ontbinding: string; ref: string; basis: string }[] = [
  { kind: 'controlevoorschriften', loonopschorting: 'yes', loonstop: 'no', ontbinding: 'no', ref: 'BW 7:629 lid 6', basis: 'lid 6: opschorten bij niet naleven schriftelijke controlevoorschriften' },
  { kind: 'passend-werk-weigeren', loonopschorting: 'no', loonstop: 'yes', ontbinding: 'after-action', ref: 'BW 7:629 lid 3 sub c', basis: '7:629 lid 3 c; 7:660a c; 7:671b lid 5' },
  { kind: 'plan-van-aanpak-weigeren', loonopschorting: 'no', loonstop: 'yes', ontbinding: 'after-action', ref: 'BW 7:629 lid 3 sub e', basis: '7:629 lid 3 e; 7:660a b' },
  { kind: 'niet-solliciteren', loonopschorting: 'no', loonstop: 'yes', ontbinding: 'after-action', ref: 'BW 7:629 lid 3 sub d', basis: '7:629 lid 3 d; 7:660a a' },
  { kind: 'scholing-weigeren', loonopschorting: 'no', loonstop: 'yes', ontbinding: 'after-action', ref: 'BW 7:629 lid 3 sub d', basis: '7:629 lid 3 d; 7:660a a' },
  { kind: 'herstel-belemmeren', loonopschorting: 'no', loonstop: 'yes', ontbinding: 'no', ref: 'BW 7:629 lid 3 sub b', basis: '7:629 lid 3 b (no 7:660a duty)' },
  { kind: 'wia-aanvraag-te-laat', loonopschorting: 'no', loonstop: 'yes', ontbinding: 'no', ref: 'BW 7:629 lid 3 sub f', basis: '7:629 lid 3 f' },
  { kind: 'bedrijfsarts-niet-bezoeken', loonopschorting: 'yes', loonstop: 'yes', ontbinding: 'after-action', ref: 'BW 7:629 lid 3 sub d', basis: 'lid 6 via controlevoorschriften; lid 3 d when aimed at passende arbeid' },
];

describe('checkNonCooperation — measures per kind (scenario table)', () => {
  for (const row of KIND_TABLE) {
    it(`${row.kind}: opschorting ${row.loonopschorting}, loonstop ${row.loonstop}, ontbinding ${row.ontbinding} (${row.basis})`, () => {
      const input: NonCooperationInput = {
        ...base, kind: row.kind, deugdelijkeGrond: false, controlRulesInWriting: true, workIsPassend: true, ableToWork: true,
        aimedAtPassendeArbeid: true, employerActions: { notifiedOn: '2025-03-03' },
      };
      const r = checkNonCooperation(input);
      expect(avail(input, 'loonopschorting')).toBe(row.loonopschorting);
      expect(avail(input, 'loonstop')).toBe(row.loonstop);
      expect(avail(input, 'ontbinding-669-3e')).toBe(row.ontbinding);
      const loonstop = r.measures.find((m) => m.id === 'loonstop')!;
      if (row.loonstop === 'yes') expect(loonstop.legalBasis.map((l) => l.id)).toContain(row.ref);
      for (const m of r.measures) expect(m.legalBasis.length).toBeGreaterThan(0);
      expect(r.missingFacts).toEqual([]);
    });
  }
});

describe('checkNonCooperation — conditions', () => {
  it('dismissal needs a written warning or wage stop and a deskundigenverklaring (BW 7:671b lid 5), ground 7:669 lid 3 sub e', () => {
    const r = checkNonCooperation({
      ...base, kind: 'passend-werk-weigeren', deugdelijkeGrond: false, workIsPassend: true, ableToWork: true, asOf: '2025-04-15',
      employerActions: { notifiedOn: '2025-03-03', wageMeasureFrom: '2025-03-03', deskundigenoordeelRequestedOn: '2025-03-10', deskundigenoordeelOutcome: 'werknemer-werkt-onvoldoende-mee' },
    });
    const o = r.measures.find((m) => m.id === 'ontbinding-669-3e')!;
    expect(o.available).toBe('yes');
    expect(o.legalBasis.map((l) => l.id)).toEqual(['BW 7:669 lid 3 sub e', 'BW 7:671b lid 5', 'BW 7:629a lid 1']);
    expect(r.measures.find((m) => m.id === 'opzegverbod-opgeheven')!.available).toBe('yes');
    expect(r.notices.some((n) => n.en.includes('not sub c'))).toBe(true);
    expect(r.employerRisk.code).toBe('geen-risico-werkgever-heeft-opgetreden');
  });

  it('a deskundigenoordeel that finds sufficient cooperation closes the dismissal route', () => {
    const r = checkNonCooperation({
      ...base, kind: 'plan-van-aanpak-weigeren', deugdelijkeGrond: false, asOf: '2025-04-15',
      employerActions: { writtenWarningOn: '2025-03-04', deskundigenoordeelRequestedOn: '2025-03-10', deskundigenoordeelOutcome: 'werknemer-werkt-voldoende-mee' },
    });
    expect(r.measures.find((m) => m.id === 'ontbinding-669-3e')!.available).toBe('no');
  });

  it('a deugdelijke grond rules out loonstop (BW 7:629 lid 3)', () => {
    expect(avail({ ...base, kind: 'scholing-weigeren', deugdelijkeGrond: true, employerActions: { notifiedOn: '2025-03-03' } }, 'loonstop')).toBe('no');
  });

  it('unwritten control rules rule out loonopschorting (BW 7:629 lid 6)', () => {
    expect(avail({ ...base, kind: 'controlevoorschriften', controlRulesInWriting: false, employerActions: { notifiedOn: '2025-03-03' } }, 'loonopschorting')).toBe('no');
  });

  it('unknown facts give unknown and missingFacts, never a guess', () => {
    const r = checkNonCooperation({ ...base, kind: 'passend-werk-weigeren', employerActions: { notifiedOn: '2025-03-03' } });
    expect(r.measures.find((m) => m.id === 'loonstop')!.available).toBe('unknown');
    expect(r.missingFacts).toEqual(['ableToWork', 'deugdelijkeGrond', 'workIsPassend']);
  });

  it('notice on the day of knowledge is met; without notice on that day the measure waits for the notice (BW 7:629 lid 7)', () => {
    const r = checkNonCooperation({ ...base, kind: 'herstel-belemmeren', deugdelijkeGrond: false });
    expect(r.measures.find((m) => m.id === 'loonstop')!.available).toBe('after-action');
    expect(r.measures.find((m) => m.id === 'onverwijlde-mededeling')!.available).toBe('after-action');
  });

  it('a notice days after knowledge (within onverwijldMaxDays) is for the court: unknown, with the delay', () => {
    const r = checkNonCooperation({ ...base, asOf: '2025-03-20', kind: 'herstel-belemmeren', deugdelijkeGrond: false, employerActions: { notifiedOn: '2025-03-08' } });
    const c = r.measures.find((m) => m.id === 'loonstop')!.conditions.find((x) => x.id === 'onverwijld-meegedeeld')!;
    expect(c.status).toBe('unknown');
    expect(c.explanation.en).toContain('5 day(s)');
  });

  it('a notice two weeks after knowledge is not onverwijld (issue 9; was "unknown" in 0.1.0): the loonstop covers only the time from the notice', () => {
    const r = checkNonCooperation({ ...base, asOf: '2025-03-20', kind: 'herstel-belemmeren', deugdelijkeGrond: false, employerActions: { notifiedOn: '2025-03-17' } });
    const c = r.measures.find((m) => m.id === 'onverwijlde-mededeling')!.conditions[0]!;
    expect(c.status).toBe('not-met');
    expect(c.explanation.en).toContain('14 day(s)');
    expect(r.measures.find((m) => m.id === 'loonstop')!.period).toEqual({ from: '2025-03-17', to: null });
  });

  it('doing nothing: loonsanctie risk for the employer (Beoordelingskader §9)', () => {
    const r = checkNonCooperation({ ...base, kind: 'niet-solliciteren', asOf: '2025-05-01' });
    expect(r.employerRisk).toMatchObject({ code: 'loonsanctie-risico-geen-actie', level: 'high', normKind: 'policy' });
    expect(r.employerRisk.legalBasis.map((l) => l.id)).toContain('Beoordelingskader poortwachter §9');
  });

  it('late WIA-aanvraag: wage and opzegverbod extended whatever the employer does (7:629 lid 11 a, 7:670 lid 11 a)', () => {
    for (const employerActions of [undefined, { notifiedOn: '2025-03-03', wageMeasureFrom: '2025-03-03' }]) {
      const r = checkNonCooperation({ ...base, kind: 'wia-aanvraag-te-laat', ...(employerActions ? { employerActions } : {}) });
      expect(r.employerRisk.code).toBe('verlenging-loondoorbetaling-wia-te-laat');
      expect(r.employerRisk.legalBasis.map((l) => l.id)).toEqual(['BW 7:629 lid 11 sub a', 'BW 7:670 lid 11 sub a', 'BW 7:629 lid 3 sub f']);
    }
  });

  it('recovery hindered (BW 7:629 lid 3 sub b) has no "zonder deugdelijke grond": no such condition, no missing fact', () => {
    const r = checkNonCooperation({ ...base, kind: 'herstel-belemmeren', employerActions: { notifiedOn: '2025-03-03' } });
    const loonstop = r.measures.find((m) => m.id === 'loonstop')!;
    expect(loonstop.available).toBe('yes');
    expect(loonstop.conditions.map((c) => c.id)).toEqual(['onverwijld-meegedeeld']);
    expect(r.missingFacts).toEqual([]);
  });

  it('no date of notice given after the day of knowledge: unknown, the fact asked, and the text does not claim a notice was made', () => {
    const r = checkNonCooperation({ ...base, asOf: '2025-03-10', kind: 'plan-van-aanpak-weigeren', deugdelijkeGrond: false });
    const c = r.measures.find((m) => m.id === 'onverwijlde-mededeling')!.conditions[0]!;
    expect(c.status).toBe('unknown');
    expect(c.explanation.en).toMatch(/^No date of notice given, 7 day\(s\)/);
    expect(r.missingFacts).toContain('employerActions.notifiedOn');
  });
});

/**
 * BW 7:670a lid 1 and 7:671b lid 5 sub a: "schriftelijk heeft gemaand tot nakoming … of om die reden,
 * met inachtneming van het bepaalde in artikel 629, lid 7, de betaling van het loon heeft gestaakt".
 * Scenario table for the condition 'waarschuwing-of-loonstop' (refusing passend werk, all else settled).
 */
const WARNING_TABLE: readonly { name: string; actions: NonNullable<NonCooperationInput['employerActions']>; kind?: NonCooperationKind; status: string; opzegverbod: string }[] = [
  { name: 'written summons', actions: { writtenWarningOn: '2025-03-05' }, status: 'met', opzegverbod: 'yes' },
  { name: 'loonstop with notice on the day of knowledge', actions: { notifiedOn: '2025-03-03', wageMeasureFrom: '2025-03-03' }, status: 'met', opzegverbod: 'yes' },
  { name: 'loonstop, notice 5 days later (onverwijld? for the court)', actions: { notifiedOn: '2025-03-08', wageMeasureFrom: '2025-03-08' }, status: 'unknown', opzegverbod: 'unknown' },
  { name: 'loonstop, notice 10 days later (not onverwijld: does not count)', actions: { notifiedOn: '2025-03-13', wageMeasureFrom: '2025-03-13' }, status: 'not-met', opzegverbod: 'after-action' },
  { name: 'loonstop, no notice date given', actions: { wageMeasureFrom: '2025-03-03' }, status: 'unknown', opzegverbod: 'unknown' },
  { name: 'nothing yet', actions: {}, status: 'not-met', opzegverbod: 'after-action' },
  { name: 'loonopschorting does not count (bedrijfsarts, aimed at reintegration)', kind: 'bedrijfsarts-niet-bezoeken', actions: { notifiedOn: '2025-03-03', wageMeasureFrom: '2025-03-03', wageMeasure: 'loonopschorting' }, status: 'not-met', opzegverbod: 'after-action' },
  { name: 'loonstop named for a kind where both fit', kind: 'bedrijfsarts-niet-bezoeken', actions: { notifiedOn: '2025-03-03', wageMeasureFrom: '2025-03-03', wageMeasure: 'loonstop' }, status: 'met', opzegverbod: 'yes' },
  { name: 'wage measure not named where both fit', kind: 'bedrijfsarts-niet-bezoeken', actions: { notifiedOn: '2025-03-03', wageMeasureFrom: '2025-03-03' }, status: 'unknown', opzegverbod: 'unknown' },
];

describe('checkNonCooperation — written summons or wage stop with notice (BW 7:670a lid 1, 7:671b lid 5 sub a)', () => {
  for (const row of WARNING_TABLE) {
    it(`${row.name}: ${row.status}, opzegverbod-opgeheven ${row.opzegverbod}`, () => {
      const r = checkNonCooperation({
        ...base, asOf: '2025-03-20', kind: row.kind ?? 'passend-werk-weigeren', deugdelijkeGrond: false, workIsPassend: true, ableToWork: true,
        controlRulesInWriting: true, aimedAtPassendeArbeid: true, employerActions: row.actions,
      });
      const m = r.measures.find((x) => x.id === 'opzegverbod-opgeheven')!;
      const c = m.conditions.find((x) => x.id === 'waarschuwing-of-loonstop')!;
      expect(c.status).toBe(row.status);
      expect(c.legalBasis.map((l) => l.id)).toEqual(['BW 7:671b lid 5', 'BW 7:670a lid 1', 'BW 7:629 lid 7']);
      expect(m.available).toBe(row.opzegverbod);
    });
  }
  it('the measure taken is shown on the right measure, and an unnamed one is asked for', () => {
    const r = checkNonCooperation({ ...base, kind: 'bedrijfsarts-niet-bezoeken', controlRulesInWriting: true, aimedAtPassendeArbeid: true, deugdelijkeGrond: false, employerActions: { notifiedOn: '2025-03-03', wageMeasureFrom: '2025-03-03' } });
    expect(r.missingFacts).toContain('employerActions.wageMeasure');
    expect(r.measures.find((m) => m.id === 'loonopschorting')!.takenOn).toBeNull();
    const s = checkNonCooperation({ ...base, kind: 'controlevoorschriften', controlRulesInWriting: true, employerActions: { notifiedOn: '2025-03-03', wageMeasureFrom: '2025-03-03' } });
    expect(s.measures.find((m) => m.id === 'loonopschorting')!.takenOn).toBe('2025-03-03');
    expect(s.missingFacts).toEqual([]);
  });

  it('the wage measure covers since … until', () => {
    const r = checkNonCooperation({ ...base, asOf: '2025-04-01', until: '2025-03-20', kind: 'plan-van-aanpak-weigeren', deugdelijkeGrond: false });
    expect(r.measures.find((m) => m.id === 'loonstop')!.period).toEqual({ from: '2025-03-03', to: '2025-03-20' });
  });

  it('before the WWZ (2015-07-01) the dismissal route is not assessed', () => {
    const r = checkNonCooperation({ kind: 'passend-werk-weigeren', since: '2014-03-03', asOf: '2014-03-03', deugdelijkeGrond: false, workIsPassend: true, ableToWork: true });
    expect(r.measures.find((m) => m.id === 'ontbinding-669-3e')!.available).toBe('unknown');
  });
});

describe('checkNonCooperation — invalid input', () => {
  it('throws PoortwachterError naming the field', () => {
    expect(() => checkNonCooperation({ ...base, kind: 'passend-werk-weigeren', since: '2025-02-30' })).toThrow(PoortwachterError);
    expect(() => checkNonCooperation({ ...base, kind: 'passend-werk-weigeren', until: '2025-03-01' })).toThrow(/until/);
    expect(() => checkNonCooperation({ ...base, kind: 'passend-werk-weigeren', employerActions: { notifiedOn: '2025-04-01' } })).toThrow(/employerActions\.notifiedOn/);
    expect(() => checkNonCooperation({ ...base, kind: 'weigeren' as NonCooperationKind })).toThrow(/kind/);
    expect(() => checkNonCooperation({ ...base, kind: 'passend-werk-weigeren', employerActions: { wageMeasureFrom: '2025-03-03', wageMeasure: 'loonopschorting' } })).toThrow(/employerActions\.wageMeasure.*does not fit/);
    expect(() => checkNonCooperation({ ...base, kind: 'passend-werk-weigeren', employerActions: { wageMeasure: 'loonstop' } })).toThrow(/employerActions\.wageMeasureFrom/);
    expect(() => checkNonCooperation({ ...base, kind: 'passend-werk-weigeren', extra: 1 } as unknown as NonCooperationInput)).toThrow(/extra/);
  });
  it('safe variant returns the issues', () => {
    const r = safeCheckNonCooperation({ ...base, kind: 'passend-werk-weigeren', since: '2025-04-01' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]!.path).toEqual(['since']);
  });
});

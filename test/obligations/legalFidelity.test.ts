import { describe, expect, it } from 'vitest';
import { checkNonCooperation } from '../../src/obligations/checkNonCooperation.js';
import { listObligations } from '../../src/obligations/listObligations.js';
import { listRemedies } from '../../src/obligations/listRemedies.js';
import { OBLIGATION_REFS } from '../../src/obligations/legalRefs.js';
import { LEGAL_REFS } from '../../src/legal/references.js';
import { checkPassendWerk } from '../../src/passendWerk/checkPassendWerk.js';
import { PoortwachterError } from '../../src/errors/PoortwachterError.js';
import type { LegalRef } from '../../src/legal/LegalRef.js';
import type { NonCooperationInput, NonCooperationResult } from '../../src/obligations/types.js';

const avail = (r: NonCooperationResult) => Object.fromEntries(r.measures.map((m) => [m.id, m.available]));
const measure = (r: NonCooperationResult, id: string) => r.measures.find((m) => m.id === id)!;
const base = { kind: 'passend-werk-weigeren', since: '2025-03-03', asOf: '2025-03-20' } as const;

/** Issue 9 item 1: refusing work that is not passend is no breach of BW 7:660a (sub c: "passende arbeid"). */
describe('refusing work that is not passend (BW 7:660a sub c, 7:670a lid 1, 7:671b lid 5)', () => {
  const settled: NonCooperationInput['employerActions'] = { writtenWarningOn: '2025-03-04', notifiedOn: '2025-03-03', wageMeasureFrom: '2025-03-03', deskundigenoordeelRequestedOn: '2025-03-05', deskundigenoordeelOutcome: 'werknemer-werkt-onvoldoende-mee' };

  it('workIsPassend false: no dismissal route, no lifting of the opzegverbod, no loonstop, no 7:660a breach', () => {
    const r = checkNonCooperation({ ...base, deugdelijkeGrond: false, workIsPassend: false, ableToWork: true, employerActions: settled });
    expect(avail(r)).toMatchObject({ loonstop: 'no', 'ontbinding-669-3e': 'no', 'opzegverbod-opgeheven': 'no', 'gesprek-en-schriftelijke-waarschuwing': 'no' });
    expect(measure(r, 'ontbinding-669-3e').conditions.find((c) => c.id === 'weigering-660a')?.status ?? 'not-met').toBe('not-met');
    expect(r.employerRisk.code).toBe('geen-risico-weigering-toegestaan');
    expect(r.employerRisk.legalBasis.map((l) => l.id)).toContain('BW 7:660a sub c');
  });

  it('workIsPassend unknown: the 7:660a consequences are conditional (unknown), never asserted', () => {
    const r = checkNonCooperation({ ...base, deugdelijkeGrond: false, ableToWork: true, employerActions: settled });
    expect(avail(r)).toMatchObject({ loonstop: 'unknown', 'ontbinding-669-3e': 'unknown', 'opzegverbod-opgeheven': 'unknown' });
    expect(r.missingFacts).toContain('workIsPassend');
  });

  it('accepts the result of checkPassendWerk: niet-passend closes the 7:660a route', () => {
    const pw = checkPassendWerk({ firstSickDay: '2025-01-06', offerDate: '2025-03-03', offer: { withinFunctionalCapacity: false } });
    expect(pw.verdict).toBe('niet-passend');
    const r = checkNonCooperation({ ...base, deugdelijkeGrond: false, passendWerk: pw, employerActions: settled });
    expect(avail(r)).toMatchObject({ loonstop: 'no', 'ontbinding-669-3e': 'no', 'opzegverbod-opgeheven': 'no' });
  });

  it('accepts the verdict alone', () => {
    const r = checkNonCooperation({ ...base, deugdelijkeGrond: false, ableToWork: true, passendWerk: 'passend', employerActions: settled });
    expect(avail(r)).toMatchObject({ loonstop: 'yes', 'ontbinding-669-3e': 'yes', 'opzegverbod-opgeheven': 'yes' });
    const u = checkNonCooperation({ ...base, deugdelijkeGrond: false, ableToWork: true, passendWerk: 'unknown', employerActions: settled });
    expect(avail(u)).toMatchObject({ loonstop: 'unknown', 'ontbinding-669-3e': 'unknown', 'opzegverbod-opgeheven': 'unknown' });
  });

  it('a deugdelijke grond found by checkPassendWerk (e.g. against medical advice) closes the route too', () => {
    const pw = checkPassendWerk({ firstSickDay: '2025-01-06', offerDate: '2025-03-03', offer: { conflictsWithMedicalAdvice: true } });
    expect(pw.refusal.mayRefuse).toBe('yes');
    const r = checkNonCooperation({ ...base, passendWerk: pw, employerActions: settled });
    expect(avail(r)).toMatchObject({ loonstop: 'no', 'ontbinding-669-3e': 'no', 'opzegverbod-opgeheven': 'no' });
  });

  it('a verdict that contradicts workIsPassend, or passendWerk for another kind, is rejected', () => {
    expect(() => checkNonCooperation({ ...base, workIsPassend: true, passendWerk: 'niet-passend' })).toThrow(PoortwachterError);
    expect(() => checkNonCooperation({ ...base, kind: 'plan-van-aanpak-weigeren', passendWerk: 'passend' })).toThrow(/passendWerk/);
  });
});

/** Issue 9 item 2: "onverwijld" (BW 7:629 lid 7) can fail. */
describe('onverwijld (BW 7:629 lid 7)', () => {
  const stop = { ...base, kind: 'plan-van-aanpak-weigeren', deugdelijkeGrond: false } as const;
  const onverwijld = (r: NonCooperationResult) => measure(r, 'onverwijlde-mededeling').conditions.find((c) => c.id === 'onverwijld-meegedeeld')!;

  it('a notice weeks after the employer knew is not onverwijld: not-met, and the wage measure starts at the notice', () => {
    const r = checkNonCooperation({ ...stop, asOf: '2025-04-15', employerActions: { notifiedOn: '2025-03-31', wageMeasureFrom: '2025-03-31' } });
    expect(onverwijld(r).status).toBe('not-met');
    expect(onverwijld(r).explanation.en).toContain('28 day(s)');
    expect(measure(r, 'loonstop').period).toEqual({ from: '2025-03-31', to: null });
    expect(measure(r, 'onverwijlde-mededeling').available).toBe('no');
  });

  it('a notice within the threshold may be argued: unknown, as before', () => {
    const r = checkNonCooperation({ ...stop, employerActions: { notifiedOn: '2025-03-08' } });
    expect(onverwijld(r).status).toBe('unknown');
    expect(measure(r, 'loonstop').period).toEqual({ from: '2025-03-03', to: null });
  });

  it('the threshold is an option (default 7 calendar days)', () => {
    const at = (n: number, max?: number) => onverwijld(checkNonCooperation({ ...stop, asOf: '2025-04-30', employerActions: { notifiedOn: `2025-03-${String(3 + n).padStart(2, '0')}` }, ...(max === undefined ? {} : { options: { onverwijldMaxDays: max } }) })).status;
    expect(at(7)).toBe('unknown');
    expect(at(8)).toBe('not-met');
    expect(at(8, 14)).toBe('unknown');
    expect(at(3, 2)).toBe('not-met');
    expect(at(0, 0)).toBe('met');
    expect(() => checkNonCooperation({ ...stop, options: { onverwijldMaxDays: -1 } })).toThrow(/onverwijldMaxDays/);
  });

  it('a late notice after the non-cooperation ended saves nothing: no wage measure at all', () => {
    const r = checkNonCooperation({ ...stop, asOf: '2025-05-01', until: '2025-03-20', employerActions: { notifiedOn: '2025-04-10' } });
    expect(measure(r, 'loonstop').available).toBe('no');
  });

  it('the input can say that no notice was given at all (notified: false)', () => {
    const r = checkNonCooperation({ ...stop, asOf: '2025-04-15', employerActions: { notified: false } });
    expect(onverwijld(r).status).toBe('not-met');
    expect(r.missingFacts).not.toContain('employerActions.notifiedOn');
    // Weeks late: the time before a notice now is lost; the measure can cover the time from the notice on.
    expect(measure(r, 'loonstop').period).toEqual({ from: '2025-04-15', to: null });
    expect(measure(r, 'loonstop').available).toBe('after-action');
    // Within the threshold: notify now, the whole period may still be covered.
    const s = checkNonCooperation({ ...stop, asOf: '2025-03-06', employerActions: { notified: false } });
    expect(measure(s, 'loonstop').period).toEqual({ from: '2025-03-03', to: null });
    expect(() => checkNonCooperation({ ...stop, employerActions: { notified: false, notifiedOn: '2025-03-03' } })).toThrow(/notified/);
  });

  it('old inputs still work: no date given is still "not known"', () => {
    const r = checkNonCooperation({ ...stop, asOf: '2025-04-15' });
    expect(onverwijld(r).status).toBe('unknown');
    expect(r.missingFacts).toContain('employerActions.notifiedOn');
  });

  it('a late notice does not make the wage stop count for 7:670a lid 1 / 7:671b lid 5 (only a stop "met inachtneming van 7:629 lid 7")', () => {
    const r = checkNonCooperation({ ...stop, asOf: '2025-04-15', employerActions: { notifiedOn: '2025-03-31', wageMeasureFrom: '2025-03-31' } });
    const c = measure(r, 'opzegverbod-opgeheven').conditions.find((x) => x.id === 'waarschuwing-of-loonstop')!;
    expect(c.status).toBe('not-met');
    expect(measure(r, 'opzegverbod-opgeheven').available).toBe('after-action');
  });
});

/** Issue 9 item 3: BW 7:629 lid 3 sub a. */
describe('sickness caused on purpose or false information at a pre-employment examination (BW 7:629 lid 3 sub a)', () => {
  const k = { kind: 'ziekte-door-opzet-of-valse-keuring', since: '2025-03-03', asOf: '2025-03-03' } as const;
  it('no wage for the time concerned (loonstop sub a, with notice), no deugdelijke-grond condition, no 7:660a route', () => {
    const r = checkNonCooperation({ ...k, employerActions: { notifiedOn: '2025-03-03' } });
    const stop = measure(r, 'loonstop');
    expect(stop.available).toBe('yes');
    expect(stop.legalBasis.map((l) => l.id)).toEqual(['BW 7:629 lid 3 sub a', 'BW 7:629 lid 7']);
    expect(stop.conditions.map((c) => c.id)).toEqual(['onverwijld-meegedeeld']);
    expect(avail(r)).toMatchObject({ loonopschorting: 'no', 'ontbinding-669-3e': 'no', 'opzegverbod-opgeheven': 'no' });
    expect(r.missingFacts).toEqual([]);
    expect(r.dutyLegalBasis.map((l) => l.id)).toContain('BW 7:629 lid 3 sub a');
    expect(r.employerRisk.code).toBe('geen-loonsanctie-risico-geen-re-integratieplicht');
  });
  it('is in the catalogue of duties', () => {
    const o = listObligations({ party: 'werknemer' }).find((x) => x.breachedBy.includes('ziekte-door-opzet-of-valse-keuring'))!;
    expect(o.legalBasis.map((l) => l.id)).toContain('BW 7:629 lid 3 sub a');
  });
  it('the wage claim remedy lists the sub-a loonstop topic', () => {
    const l = listRemedies({ asOf: '2026-07-01' }).find((x) => x.id === 'loonvordering')!;
    expect(l.topics).toContain('loonstop');
  });
});

/** Issue 9 item 4: one provision, one title. */
describe('legal references of src/obligations', () => {
  const central = new Map(Object.values(LEGAL_REFS).map((r) => [r.id, r]));
  it('reuse the central reference where one exists', () => {
    for (const r of Object.values(OBLIGATION_REFS)) {
      const c = central.get(r.id);
      if (c !== undefined) expect(r, r.id).toBe(c);
    }
  });
  it('every provision cited by the module carries one title', () => {
    const seen = new Map<string, string>();
    const add = (refs: readonly LegalRef[]) => {
      for (const r of refs) {
        const t = seen.get(r.id);
        if (t !== undefined) expect(r.title, r.id).toBe(t);
        seen.set(r.id, r.title);
      }
    };
    add(Object.values(OBLIGATION_REFS));
    for (const o of listObligations()) add(o.legalBasis);
    for (const x of listRemedies({ asOf: '2026-07-01' })) add(x.legalBasis);
    for (const kind of ['passend-werk-weigeren', 'wia-aanvraag-te-laat', 'niet-solliciteren'] as const) {
      const r = checkNonCooperation({ kind, since: '2025-03-03', asOf: '2025-04-01' });
      add(r.dutyLegalBasis);
      add(r.employerRisk.legalBasis);
      for (const m of r.measures) { add(m.legalBasis); for (const c of m.conditions) add(c.legalBasis); }
    }
  });
});

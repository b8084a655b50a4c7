import { describe, expect, it } from 'vitest';
import { checkNonCooperation } from '../../src/obligations/checkNonCooperation.js';
import { checkPassendWerk } from '../../src/passendWerk/checkPassendWerk.js';
import type { NonCooperationInput, NonCooperationResult } from '../../src/obligations/types.js';

// 0.2.0 vocabulary (issue 10): inputs accept booleans, 'yes' | 'no' | 'unknown', and the 0.1.0 values
// as deprecated aliases, normalised at the parsing boundary; outputs use the new values only.
const base = { kind: 'passend-werk-weigeren', since: '2025-03-03', asOf: '2025-03-20' } as const;
const acts: NonCooperationInput['employerActions'] = { writtenWarningOn: '2025-03-04', notifiedOn: '2025-03-03', wageMeasureFrom: '2025-03-03' };
const strip = (r: NonCooperationResult) => JSON.stringify(r);
/** Casts an input in the 0.1.0 vocabulary (still accepted at runtime). */
const legacy = (i: Record<string, unknown>) => i as unknown as NonCooperationInput;

describe('checkNonCooperation — input aliases', () => {
  it("'yes' / 'no' give the same result as true / false", () => {
    const a = checkNonCooperation({ ...base, deugdelijkeGrond: false, workIsPassend: true, ableToWork: true, employerActions: acts });
    const b = checkNonCooperation({ ...base, deugdelijkeGrond: 'no', workIsPassend: 'yes', ableToWork: 'yes', employerActions: acts });
    expect(strip(b)).toBe(strip(a));
    expect(a.measures.find((m) => m.id === 'loonstop')!.available).toBe('yes');
  });

  it("the 0.1.0 'onbekend' is read as 'unknown' (and as leaving the fact out)", () => {
    const a = checkNonCooperation({ ...base, deugdelijkeGrond: 'unknown', workIsPassend: true, ableToWork: true, employerActions: acts });
    const b = checkNonCooperation(legacy({ ...base, deugdelijkeGrond: 'onbekend', workIsPassend: true, ableToWork: true, employerActions: acts }));
    const c = checkNonCooperation({ ...base, workIsPassend: true, ableToWork: true, employerActions: acts });
    expect(strip(b)).toBe(strip(a));
    expect(strip(c)).toBe(strip(a));
    expect(a.missingFacts).toContain('deugdelijkeGrond');
    expect(a.measures.find((m) => m.id === 'loonstop')!.available).toBe('unknown');
  });

  it("deskundigenoordeelOutcome 'onbekend' is read as 'unknown'", () => {
    const a = checkNonCooperation({ ...base, deugdelijkeGrond: false, workIsPassend: true, ableToWork: true, employerActions: { ...acts, deskundigenoordeelOutcome: 'unknown' } });
    const b = checkNonCooperation(legacy({ ...base, deugdelijkeGrond: false, workIsPassend: true, ableToWork: true, employerActions: { ...acts, deskundigenoordeelOutcome: 'onbekend' } }));
    expect(strip(b)).toBe(strip(a));
  });

  it("a passendWerk verdict or result in the 0.1.0 vocabulary is read as its 0.2.0 counterpart", () => {
    const pw = checkPassendWerk({ offer: { withinFunctionalCapacity: true } });
    expect(pw.verdict).toBe('unknown');
    const old = {
      ...pw, verdict: 'onbekend',
      criteria: pw.criteria.map((c) => ({ ...c, status: ({ met: 'voldaan', 'not-met': 'niet-voldaan', unknown: 'onbekend' } as const)[c.status] })),
      refusal: { ...pw.refusal, mayRefuse: ({ yes: 'ja', no: 'nee', unknown: 'onbekend' } as const)[pw.refusal.mayRefuse] },
    };
    const a = checkNonCooperation({ ...base, passendWerk: pw, employerActions: acts });
    const b = checkNonCooperation(legacy({ ...base, passendWerk: old, employerActions: acts }));
    expect(strip(b)).toBe(strip(a));
    const v = checkNonCooperation(legacy({ ...base, passendWerk: 'onbekend', employerActions: acts }));
    expect(strip(v)).toBe(strip(checkNonCooperation({ ...base, passendWerk: 'unknown', employerActions: acts })));
  });

  it('rejects values outside both vocabularies', () => {
    expect(() => checkNonCooperation(legacy({ ...base, deugdelijkeGrond: 'misschien' }))).toThrow(/deugdelijkeGrond/);
    expect(() => checkNonCooperation(legacy({ ...base, passendWerk: 'maybe' }))).toThrow(/passendWerk/);
  });
});

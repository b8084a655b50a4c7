import { describe, expect, it } from 'vitest';
import { LEGAL_CATALOGUE } from '../../src/legal/catalogue.js';
import { OBLIGATION_NORMS, normOn } from '../../src/obligations/norms.js';

describe('OBLIGATION_NORMS (one shape of dated norm)', () => {
  const rows = Object.entries(OBLIGATION_NORMS).flatMap(([key, n]) => (Array.isArray(n) ? n.map((x) => [key, x] as const) : [[key, n] as const]));

  it('every norm has the id of its key, a unit, a validity, catalogue keys as refs, a kind and a source', () => {
    for (const [key, n] of rows) {
      expect(n.id).toBe(key);
      expect(n.unit).toBeTruthy();
      expect(n.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (n.validTo !== null) expect(n.validTo >= n.validFrom).toBe(true);
      for (const r of n.refs) expect(Object.keys(LEGAL_CATALOGUE)).toContain(r);
      expect(n.source.length).toBeGreaterThan(0);
      expect(Object.isFrozen(n)).toBe(true);
    }
  });

  it('the fee of a deskundigenoordeel is in force from 2013 and unknown before', () => {
    expect(normOn(OBLIGATION_NORMS.deskundigenoordeelFees, '2012-12-31')).toBeUndefined();
    expect(normOn(OBLIGATION_NORMS.deskundigenoordeelFees, '2026-07-01')?.value).toEqual({ werkgever: 400, werknemer: 100 });
  });

  it('the visie transition ends on 2025-06-30', () => {
    expect(OBLIGATION_NORMS.visieOldRules.validTo).toBe('2025-06-30');
    expect(OBLIGATION_NORMS.visieRequirement.validFrom).toBe('2023-07-01');
  });
});

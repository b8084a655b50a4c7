import { describe, expect, it } from 'vitest';
import { LEGAL_CATALOGUE } from '../../src/legal/catalogue.js';
import { SPOOR2_NORMS } from '../../src/spoor2/norms.js';

describe('SPOOR2_NORMS: one dated-norm shape (issue 10)', () => {
  it('every entry is a DatedNorm whose id is its key, with catalogue refs and a norm kind', () => {
    for (const [key, n] of Object.entries(SPOOR2_NORMS)) {
      expect(n.id).toBe(key);
      expect(Object.isFrozen(n)).toBe(true);
      expect(n.refs.length).toBeGreaterThan(0);
      for (const r of n.refs) expect(Object.keys(LEGAL_CATALOGUE)).toContain(r);
      expect(['statutory', 'regulation', 'policy', 'practice', 'product-decision']).toContain(n.normKind);
      expect(n.validTo).toBeNull();
      expect(n.source.length).toBeGreaterThan(0);
    }
  });

  it('BBP §11: the temporary-contract cost share is UWV policy (70%); the 13 weeks and the half are product decisions', () => {
    expect(SPOOR2_NORMS.temporaryContractCostShare).toMatchObject({ value: 0.7, unit: 'fraction', normKind: 'policy', refs: ['BBP_11'] });
    expect(SPOOR2_NORMS.aowWithinMonthsAfterWachttijd).toMatchObject({ value: 12, unit: 'months', normKind: 'practice' });
    expect(SPOOR2_NORMS.noApplicationsAfterDays.normKind).toBe('product-decision');
    expect(SPOOR2_NORMS.ownWorkShareWarning.normKind).toBe('product-decision');
  });
});

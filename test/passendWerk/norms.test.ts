import { describe, expect, it } from 'vitest';
import { normOn } from '../../src/law/datedNorm.js';
import { LEGAL_CATALOGUE } from '../../src/legal/catalogue.js';
import { legalKeysOf } from '../../src/legal/legalKeyOf.js';
import {
  PASSEND_WERK_FIRST_OFFER_DATE, PASSEND_WERK_NORMS, bevredigendWageRatioOn, selectNorms, selectNormsFrom,
} from '../../src/passendWerk/norms.js';
import type { PassendWerkNorm } from '../../src/passendWerk/types.js';

const row = (id: PassendWerkNorm['id']): PassendWerkNorm => PASSEND_WERK_NORMS.find((n) => n.id === id)!;

/** A copy of a row with another value and validity (a hypothetical change of the law). */
const variant = (id: PassendWerkNorm['id'], value: number, validFrom: string, validTo: string | null): PassendWerkNorm =>
  Object.freeze({ ...row(id), value, validFrom, validTo });

describe('PASSEND_WERK_NORMS in the one shape of dated norm (DatedNorm)', () => {
  it('every row cites its provisions as catalogue keys: refs are the keys of legalBasis', () => {
    for (const n of PASSEND_WERK_NORMS) {
      expect(n.refs).toEqual(legalKeysOf(n.legalBasis));
      for (const key of n.refs) expect(Object.keys(LEGAL_CATALOGUE)).toContain(key);
      expect(Object.isFrozen(n.refs)).toBe(true);
    }
    expect(row('minimum-loon-eerste-halfjaar').refs).toEqual(['BPA_4_1B']);
    expect(row('maximale-reistijd-eerste-halfjaar').refs).toEqual(['BPA_4_1C']);
    expect(row('bevredigend-resultaat-loonwaarde').refs).toEqual(['BBP_3']);
  });

  it('says how binding each norm is: the 70% and 2 hours are a regulation (Besluit passende arbeid art 4 lid 1 sub b, c), applied by analogy', () => {
    expect(Object.fromEntries(PASSEND_WERK_NORMS.map((n) => [n.id, [n.normKind, n.normSource]]))).toEqual({
      'eerste-halfjaar-ziektedagen': ['product-decision', 'analogy'],
      'minimum-loon-eerste-halfjaar': ['regulation', 'analogy'],
      'maximale-reistijd-eerste-halfjaar': ['regulation', 'analogy'],
      'reistijd-signaal-na-halfjaar': ['practice', 'practice'],
      'bevredigend-resultaat-loonwaarde': ['policy', 'policy'],
      'bevredigend-resultaat-vanaf-ziektedag': ['product-decision', 'product-decision'],
    });
  });

  it('keeps the fields of 0.1.0 first, in their order, and adds refs and normKind after them', () => {
    expect(Object.keys(row('minimum-loon-eerste-halfjaar'))).toEqual([
      'id', 'value', 'unit', 'validFrom', 'validTo', 'normSource', 'source', 'legalBasis', 'refs', 'normKind',
    ]);
  });

  it('works with normOn, the one lookup of a dated norm', () => {
    expect(normOn(PASSEND_WERK_NORMS.filter((n) => n.id === 'minimum-loon-eerste-halfjaar'), '2025-01-06')?.value).toBe(0.7);
    expect(normOn(PASSEND_WERK_NORMS.filter((n) => n.id === 'minimum-loon-eerste-halfjaar'), '2015-06-30')).toBeUndefined();
  });
});

describe('bevredigendWageRatioOn (BBP §3: 65% wage value)', () => {
  it('is 65% from 18 November 2006, the version of the Beleidsregels beoordelingskader poortwachter in force since then', () => {
    expect(bevredigendWageRatioOn('2006-11-18')).toBe(0.65);
    expect(bevredigendWageRatioOn('2030-01-01')).toBe(0.65);
  });

  it('has no value before that version', () => {
    expect(bevredigendWageRatioOn('2006-11-17')).toBeUndefined();
  });
});

describe('selectNorms', () => {
  it('selects the six norms in force on an offer date from 1 July 2015 (Besluit passende arbeid WW en ZW, Stb. 2014, 525)', () => {
    const n = selectNorms(PASSEND_WERK_FIRST_OFFER_DATE)!;
    expect([n.halfYearDays, n.minWageRatio, n.maxTravelMinutes, n.travelFlagMinutes, n.bevredigendWageRatio, n.bevredigendFromDay])
      .toEqual([182, 0.7, 120, 180, 0.65, 365]);
    expect(n.rows).toHaveLength(6);
  });

  it('selects nothing before 1 July 2015: only the 65% of BBP §3 was in force, the Besluit passende arbeid was not', () => {
    expect(selectNorms('2015-06-30')).toBeUndefined();
  });

  it('selects nothing when any one norm is missing from the table', () => {
    for (const n of PASSEND_WERK_NORMS) {
      expect(selectNorms('2025-01-06', PASSEND_WERK_NORMS.filter((m) => m !== n))).toBeUndefined();
    }
  });

  it('takes the row in force on the date when a norm changes (a hypothetical cut of travel to 90 minutes from 2031)', () => {
    const table = [
      ...PASSEND_WERK_NORMS.filter((n) => n.id !== 'maximale-reistijd-eerste-halfjaar'),
      variant('maximale-reistijd-eerste-halfjaar', 120, '2015-07-01', '2030-12-31'),
      variant('maximale-reistijd-eerste-halfjaar', 90, '2031-01-01', null),
    ];
    expect(selectNorms('2030-12-31', table)?.maxTravelMinutes).toBe(120);
    expect(selectNorms('2031-01-01', table)?.maxTravelMinutes).toBe(90);
  });
});

describe('selectNormsFrom (offer date unknown)', () => {
  const changing = [
    ...PASSEND_WERK_NORMS.filter((n) => n.id !== 'maximale-reistijd-eerste-halfjaar'),
    variant('maximale-reistijd-eerste-halfjaar', 120, '2015-07-01', '2030-12-31'),
    variant('maximale-reistijd-eerste-halfjaar', 90, '2031-01-01', null),
  ];

  it('gives the norms of the first possible offer date when no norm changes later (today\'s table)', () => {
    expect(selectNormsFrom('2025-01-06')?.maxTravelMinutes).toBe(120);
  });

  it('never looks before 1 July 2015: an earlier day 1 takes the norms from that date', () => {
    expect(selectNormsFrom('2010-03-01')).toEqual(selectNorms(PASSEND_WERK_FIRST_OFFER_DATE));
  });

  it('gives nothing when a norm changes after day 1 (the offer date must then be known)', () => {
    expect(selectNormsFrom('2025-01-06', changing)).toBeUndefined();
  });

  it('gives the new norm when day 1 lies after the change', () => {
    expect(selectNormsFrom('2031-02-01', changing)?.maxTravelMinutes).toBe(90);
  });

  it('accepts a row that is re-issued with the same value (a new source, no new norm)', () => {
    const reissued = [
      ...PASSEND_WERK_NORMS.filter((n) => n.id !== 'minimum-loon-eerste-halfjaar'),
      variant('minimum-loon-eerste-halfjaar', 0.7, '2015-07-01', '2029-12-31'),
      variant('minimum-loon-eerste-halfjaar', 0.7, '2030-01-01', null),
    ];
    expect(selectNormsFrom('2025-01-06', reissued)?.minWageRatio).toBe(0.7);
  });

  it('gives nothing when a norm lapses after day 1 without a successor', () => {
    const lapsing = [
      ...PASSEND_WERK_NORMS.filter((n) => n.id !== 'reistijd-signaal-na-halfjaar'),
      variant('reistijd-signaal-na-halfjaar', 180, '2015-07-01', '2035-06-30'),
    ];
    expect(selectNormsFrom('2025-01-06', lapsing)).toBeUndefined();
  });

  it('gives nothing when a norm is missing on day 1 itself', () => {
    expect(selectNormsFrom('2025-01-06', PASSEND_WERK_NORMS.slice(1))).toBeUndefined();
  });
});

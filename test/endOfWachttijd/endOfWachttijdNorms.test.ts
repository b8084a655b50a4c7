import { describe, expect, it } from 'vitest';
import { END_OF_WACHTTIJD_NORMS } from '../../src/law/endOfWachttijdNorms.js';
import { LEGAL_CATALOGUE } from '../../src/legal/catalogue.js';
import { normOn } from '../../src/law/datedNorm.js';

describe('END_OF_WACHTTIJD_NORMS: one DatedNorm shape', () => {
  const entries = Object.entries(END_OF_WACHTTIJD_NORMS);

  it('each norm has its key as id, a catalogue ref (or is practice), a kind and a source', () => {
    for (const [key, norm] of entries) {
      expect(norm.id).toBe(key);
      expect(Object.isFrozen(norm)).toBe(true);
      expect(norm.source.length).toBeGreaterThan(0);
      for (const r of norm.refs) expect(Object.keys(LEGAL_CATALOGUE)).toContain(r);
      if (norm.refs.length === 0) expect(norm.normKind).toBe('practice');
    }
  });

  it('keeps the 0.1.0 fields and values (WIA 25 lid 9: 52 weeks; Awb 6:7: six weeks)', () => {
    expect(END_OF_WACHTTIJD_NORMS.loonsanctieMaxWeeks).toMatchObject({ value: 52, unit: 'weeks', validFrom: '2006-01-01', validTo: null, source: 'WIA art 25 lid 9', refs: ['WIA_25_9'], normKind: 'statutory' });
    expect(END_OF_WACHTTIJD_NORMS.bezwaarWeeks).toMatchObject({ value: 6, refs: ['AWB_6_7', 'AWB_6_8'] });
    expect(END_OF_WACHTTIJD_NORMS.vervroegdeIvaUwvFromWeeks.normKind).toBe('practice');
  });

  it('normOn finds the norm in force on a day, and none before it', () => {
    const series = [END_OF_WACHTTIJD_NORMS.ontslaggrondWeeks];
    expect(normOn(series, '2024-01-01')?.value).toBe(26);
    expect(normOn(series, '2015-06-30')).toBeUndefined();
  });
});

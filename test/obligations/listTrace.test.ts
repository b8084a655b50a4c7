import { describe, expect, it } from 'vitest';
import { LEGAL_CATALOGUE } from '../../src/legal/catalogue.js';
import { listObligations } from '../../src/obligations/listObligations.js';
import { listRemedies } from '../../src/obligations/listRemedies.js';
import { renderListStep } from '../../src/obligations/renderListStep.js';

describe('list items carry the trace of the steps that selected them', () => {
  const items = [
    ...listObligations(), ...listObligations({ party: 'werkgever', asOf: '2024-01-01' }),
    ...listRemedies({ asOf: '2012-01-01' }), ...listRemedies({ asOf: '2026-07-01', forDismissal: true }),
  ];

  it('trace is the last field; refs are catalogue keys; every step renders in both languages', () => {
    for (const item of items) {
      expect(Object.keys(item).at(-1)).toBe('trace');
      expect(item.trace.length).toBeGreaterThan(0);
      for (const s of item.trace) {
        for (const k of s.refs) expect(Object.keys(LEGAL_CATALOGUE)).toContain(k);
        const t = renderListStep(s);
        expect(t.nl).not.toMatch(/\{\w+\}/);
        expect(t.en).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('the deskundigenoordeel fee step says what the fees say', () => {
    const d = listRemedies({ asOf: '2026-07-01', forDismissal: true }).find((r) => r.id === 'deskundigenoordeel')!;
    const fee = d.trace.find((s) => s.rule === 'remedies.deskundigenoordeel.fee')!;
    expect(fee.outputs).toEqual({ werkgever: d.fees?.werkgever?.amount, werknemer: d.fees?.werknemer?.amount });
    const old = listRemedies({ asOf: '2012-01-01' }).find((r) => r.id === 'deskundigenoordeel')!;
    expect(old.trace.find((s) => s.rule === 'remedies.deskundigenoordeel.fee')!.outcome).toBe('unknown');
  });

  it('a remedy not yet in force has a not-met in-force step', () => {
    const so = listRemedies({ asOf: '2016-01-01' }).find((r) => r.id === 'second-opinion')!;
    expect(so.inForce).toBe(false);
    expect(so.trace[0]!.outcome).toBe('not-met');
  });
});

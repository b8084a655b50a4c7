import { describe, expect, it } from 'vitest';
import { PoortwachterError } from '../../src/errors/PoortwachterError.js';
import { computeVangnetMelding, safeComputeVangnetMelding } from '../../src/vangnet/index.js';

describe('computeVangnetMelding: rules at the edges', () => {
  it('ZW 38b lid 2 over Easter: claim clear Thu 17 April 2025, the four days (Goede Vrijdag … Tweede Paasdag) hold no working day: Atw art 1 moves to Tue 22, art 2 extends to Wed 23', () => {
    const r = computeVangnetMelding({ group: 'no-riskpolis', firstSickDay: '2025-03-03', claimClearFrom: '2025-04-17' });
    expect(r.lateDiscoveryDeadline).toBe('2025-04-23');
    const d = r.dates.find((x) => x.id === 'vangnet-melding-na-duidelijkheid')!;
    expect(d.legalBasis.map((l) => l.id)).toEqual(['ZW art 38b lid 2', 'Atw art 1 lid 1', 'Atw art 2']);
    const step = r.trace.find((s) => s.rule === 'vangnet.melding-na-duidelijkheid')!;
    expect(step.refs).toEqual(['ZW_38B_2', 'ATW_1', 'ATW_2']);
    expect(step.outputs).toEqual({ 'vangnet-melding-na-duidelijkheid': '2025-04-23' });
  });

  it('an ordinary late-discovery term is moved by Atw art 1 only (claim clear Wed 2 July 2025 → Sun 6 July → Mon 7 July)', () => {
    const r = computeVangnetMelding({ group: 'zwangerschap-voor-verlof', firstSickDay: '2025-03-03', claimClearFrom: '2025-07-02' });
    expect(r.lateDiscoveryDeadline).toBe('2025-07-07');
    expect(r.dates.find((x) => x.id === 'vangnet-melding-na-duidelijkheid')!.legalBasis.map((l) => l.id)).toEqual(['ZW art 38b lid 2', 'Atw art 1 lid 1']);
  });

  it('employment cannot end before the first sick day (ZW 29 lid 2 c needs sickness during employment)', () => {
    const r = safeComputeVangnetMelding({ group: 'ziek-uit-dienst', firstSickDay: '2026-03-02', employmentEnds: '2026-02-27' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues).toEqual([expect.objectContaining({ path: ['employmentEnds'], code: 'inconsistent' })]);
    expect(() => computeVangnetMelding({ group: 'no-riskpolis', firstSickDay: '2026-03-02', employmentEnds: '2026-03-01' })).toThrow(PoortwachterError);
  });

  it('the trace names the rule of each group and what the Atw did', () => {
    const r = computeVangnetMelding({ group: 'no-riskpolis', firstSickDay: '2026-03-24' });
    const s = r.trace.find((x) => x.rule.startsWith('vangnet.melding.'))!;
    expect(s).toMatchObject({
      rule: 'vangnet.melding.zes-weken', refs: ['ZW_38A_3', 'ATW_1'], outcome: 'computed',
      outputs: { deadlineBeforeAtw: '2026-05-05', deadline: '2026-05-06', atwApplies: true, movedByAtw: true }, message: 'howMovedByAtw',
    });
    expect(r.trace.at(-1)!.rule).toBe('vangnet.samenvatting');
    expect(r.explanation.en).toBe('Safety-net report (no-riskpolis) due 2026-05-06; reintegration by the employer.');
  });
});

import { describe, expect, it } from 'vitest';
import { computeTimeline } from '../../src/index.js';

describe('README "Every answer traced"', () => {
  it('the plan van aanpak step: two weeks after the actual probleemanalyse (Regeling procesgang art 4 lid 1)', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', events: { probleemanalyse: '2024-02-01' } });
    expect(t.trace.find((s) => s.rule === 'timeline.plan-van-aanpak')).toMatchObject({
      rule: 'timeline.plan-van-aanpak', refs: ['RPE_4_1', 'BW_658A_3'], outcome: 'computed',
      inputs: { anchor: 'probleemanalyse', anchorDate: '2024-02-01', offsetDays: 14, eventUsed: 'probleemanalyse' },
      outputs: { due: '2024-02-15', windowFrom: null }, missingFacts: [], message: 'explain-anchored',
    });
    expect(t.milestones.find((m) => m.id === 'plan-van-aanpak')?.due).toBe('2024-02-15');
  });
});

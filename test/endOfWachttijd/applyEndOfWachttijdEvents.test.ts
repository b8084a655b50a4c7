import { describe, expect, it } from 'vitest';
import { applyEndOfWachttijdEvents, type EndOfWachttijdEvents } from '../../src/index.js';
import { computeTimeline } from '../../src/timeline/computeTimeline.js';
import { PoortwachterError } from '../../src/errors/index.js';
import type { Timeline } from '../../src/timeline/types.js';

const due = (tl: Timeline, id: string): string | undefined => tl.milestones.find((m) => m.id === id)?.due;

describe('applyEndOfWachttijdEvents on computeTimeline output (day 1 = 2024-01-01)', () => {
  const base = computeTimeline({ firstSickDay: '2024-01-01' });

  it('without events adds only the opzegverbod, next to the end of the wachttijd', () => {
    const tl = applyEndOfWachttijdEvents(base, {});
    expect(due(tl, 'einde-wachttijd')).toBe('2025-12-28');
    expect(due(tl, 'einde-opzegverbod')).toBe('2025-12-31');
    expect(tl.milestones.length).toBe(base.milestones.length + 1);
    expect(applyEndOfWachttijdEvents(base, {}, { opzegverbod: false }).milestones).toEqual(base.milestones);
  });

  it('loonsanctie: new end of wage payment, WIA start, decision and objection milestones', () => {
    const tl = applyEndOfWachttijdEvents(base, { loonsanctie: { decisionDate: '2025-11-20' } });
    expect(due(tl, 'loonsanctie-beschikking')).toBe('2025-11-16');
    expect(tl.milestones.find((m) => String(m.id) === 'loonsanctie-beschikking')?.done).toBe('2025-11-20');
    expect(due(tl, 'bezwaar-loonsanctie')).toBe('2026-01-05');
    expect(due(tl, 'einde-loonsanctie')).toBe('2026-12-23');
    expect(due(tl, 'einde-loondoorbetaling')).toBe('2026-12-23');
    expect(due(tl, 'wia-ingang')).toBe('2026-12-24');
    expect(due(tl, 'einde-wachttijd')).toBe('2025-12-28');
    expect(due(tl, 'einde-opzegverbod')).toBe('2026-12-26'); // 2025-12-31 + 360 days (7:670 lid 11)
    for (const m of tl.milestones) expect(m.legalBasis.length).toBeGreaterThan(0);
    const sorted = [...tl.milestones].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
    expect(tl.milestones.map((m) => m.due)).toEqual(sorted.map((m) => m.due));
  });

  it('vrijwillige verlenging moves einde-wachttijd, re-integratieverslag and wia-aanvraag', () => {
    const tl = applyEndOfWachttijdEvents(base, { vrijwilligeVerlenging: { extendedLastDay: '2026-06-28', vangnet: 'none' } });
    expect(due(tl, 're-integratieverslag')).toBe('2026-03-29');
    expect(due(tl, 'wia-aanvraag')).toBe('2026-04-12');
    expect(due(tl, 'einde-wachttijd')).toBe('2026-06-28');
    expect(due(tl, 'einde-loondoorbetaling')).toBe('2026-06-28');
    expect(due(tl, 'wia-ingang')).toBe('2026-06-29');
    expect(due(tl, 'einde-opzegverbod')).toBe('2026-07-01');
    expect(tl.wachttijdLastDay).toBe('2026-06-28');
  });

  it('verlenging + loonsanctie: the sanction runs after the extended period', () => {
    const tl = applyEndOfWachttijdEvents(base, {
      vrijwilligeVerlenging: { extendedLastDay: '2026-06-28', vangnet: 'none' },
      loonsanctie: { decisionDate: '2026-05-17' },
    });
    expect(due(tl, 'einde-loonsanctie')).toBe('2027-06-27');
    expect(due(tl, 'wia-ingang')).toBe('2027-06-28');
  });

  it('a late wia-aanvraag (events of the timeline) extends wage payment and the opzegverbod', () => {
    const t2 = computeTimeline({ firstSickDay: '2024-01-01', asOf: '2025-12-01', events: { 'wia-aanvraag': '2025-10-26', 'wia-brief-uwv': '2025-09-10', 'ziekmelding-uwv': '2024-10-21' } });
    const tl = applyEndOfWachttijdEvents(t2, {});
    expect(due(tl, 'einde-loondoorbetaling')).toBe('2026-01-11');
    expect(due(tl, 'wia-ingang')).toBe('2026-01-12');
    expect(due(tl, 'einde-opzegverbod')).toBe('2026-01-14');
    expect(tl.milestones.find((m) => m.id === 'einde-loondoorbetaling')?.status).toBe('upcoming');
  });

  it('a late notice makes the same application timely (WIA 64 lid 6): nothing moves', () => {
    const t2 = computeTimeline({ firstSickDay: '2024-01-01', events: { 'wia-aanvraag': '2025-10-26', 'wia-brief-uwv': '2025-10-01', 'ziekmelding-uwv': '2024-10-21' } });
    const tl = applyEndOfWachttijdEvents(t2, {});
    expect(due(tl, 'einde-loondoorbetaling')).toBeUndefined();
    expect(due(tl, 'wia-ingang')).toBe('2025-12-29');
  });

  it('vervroegde IVA with a set end moves einde-wachttijd and wia-ingang, not the wage payment', () => {
    const tl = applyEndOfWachttijdEvents(base, { vervroegdeIva: { applicationDate: '2024-06-03', setLastDay: '2024-09-01' } });
    expect(due(tl, 'einde-wachttijd')).toBe('2024-09-01');
    expect(due(tl, 'wia-ingang')).toBe('2024-09-02');
    expect(due(tl, 'einde-loondoorbetaling')).toBe('2025-12-28');
    expect(tl.milestones.find((m) => m.id === 'vervroegde-iva-uiterlijk')?.done).toBe('2024-06-03');
  });

  it('does not change its input', () => {
    const copy = JSON.parse(JSON.stringify(base)) as unknown;
    applyEndOfWachttijdEvents(base, { loonsanctie: { decisionDate: '2025-11-20' }, vrijwilligeVerlenging: { extendedLastDay: '2026-06-28' } });
    expect(JSON.parse(JSON.stringify(base))).toEqual(copy);
  });

  it('works with samentelling and WAZO leave when the leave is passed', () => {
    const wazoLeave = [{ from: '2024-05-01', to: '2024-08-20' }];
    const t3 = computeTimeline({ sickPeriods: [{ from: '2024-01-01', to: '2024-04-30' }, { from: '2024-08-21' }], wazoLeave });
    const tl = applyEndOfWachttijdEvents(t3, { loonsanctie: { decisionDate: t3.milestones.find((m) => m.id === 'einde-wachttijd')!.due } }, { wazoLeave });
    expect(due(tl, 'einde-loondoorbetaling')! > t3.wachttijdLastDay!).toBe(true);
    expect(() => applyEndOfWachttijdEvents(t3, {})).toThrow(/wazoLeave/);
  });

  it('reports invalid events with their path under events', () => {
    try {
      applyEndOfWachttijdEvents(base, { loonsanctie: { decisionDate: '2025-11-31' } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PoortwachterError);
      expect((e as PoortwachterError).issues[0]?.path).toEqual(['events', 'loonsanctie', 'decisionDate']);
    }
    expect(() => applyEndOfWachttijdEvents(base, { loonsanctie: { decisionDate: '2025-11-16' }, vervroegdeIva: { applicationDate: '2024-06-03', setLastDay: '2024-09-01' } })).toThrow(/WIA 66 lid 6/);
    expect(() => applyEndOfWachttijdEvents(base, { unknown: 1 } as unknown as EndOfWachttijdEvents)).toThrow(PoortwachterError);
  });
});

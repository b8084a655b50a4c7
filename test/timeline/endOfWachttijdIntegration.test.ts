import { describe, expect, it } from 'vitest';
import { applyEndOfWachttijdEvents, computeTimeline, PoortwachterError, safeComputeTimeline, type Timeline } from '../../src/index.js';

const due = (t: Timeline, id: string): string | undefined => t.milestones.find((m) => m.id === id)?.due;

describe('computeTimeline — end-of-wachttijd events (issue 6)', () => {
  it('a loonsanctie decided on time extends wage payment by 52 weeks and moves the WIA start', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', events: { loonsanctie: { decisionDate: '2025-11-16' } } });
    expect(due(t, 'einde-wachttijd')).toBe('2025-12-28');
    expect(due(t, 'einde-loonsanctie')).toBe('2026-12-27');
    expect(due(t, 'wia-ingang')).toBe('2026-12-28');
    expect(due(t, 'loonsanctie-beschikking')).toBe('2025-11-16');
    expect(t.milestones.find((m) => m.id === 'einde-loonsanctie')?.legalBasis.some((r) => r.id === 'WIA art 25 lid 9')).toBe(true);
  });
  it('a date is short for the decision date, the agreed last day, the application date', () => {
    const a = computeTimeline({ firstSickDay: '2024-01-01', events: { loonsanctie: '2025-11-16' } });
    expect(due(a, 'einde-loonsanctie')).toBe('2026-12-27');
    const b = computeTimeline({ firstSickDay: '2024-01-01', events: { vrijwilligeVerlenging: '2026-06-28' } });
    expect(due(b, 'einde-wachttijd')).toBe('2026-06-28');
    expect(() => computeTimeline({ firstSickDay: '2024-01-01', events: { loonsanctie: '2025-02-30' } })).toThrow(/events\.loonsanctie/);
    // The object form's own problems are reported, not just "no form matched".
    expect(() => computeTimeline({ firstSickDay: '2024-01-01', events: { loonsanctie: { decison: '2025-11-16' } as never } }))
      .toThrow('events.loonsanctie.decisionDate: required (expected string); events.loonsanctie.decison: unknown field or option "decison"');
  });
  it('equals applying the events to the plain timeline', () => {
    const events = { loonsanctie: { decisionDate: '2025-11-16' } };
    const a = computeTimeline({ firstSickDay: '2024-01-01', events });
    const b = applyEndOfWachttijdEvents(computeTimeline({ firstSickDay: '2024-01-01' }), events, { opzegverbod: false });
    expect(a.milestones.map((m) => [m.id, m.due])).toEqual(b.milestones.map((m) => [m.id, m.due]));
  });
  it('a vrijwillige verlenging moves the end, the re-integratieverslag (13 weeks before) and the WIA-aanvraag (11 weeks before)', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', events: { vrijwilligeVerlenging: { extendedLastDay: '2026-06-28', vangnet: 'none' } } });
    expect(due(t, 'einde-wachttijd')).toBe('2026-06-28');
    expect(due(t, 're-integratieverslag')).toBe('2026-03-29');
    expect(due(t, 'wia-aanvraag')).toBe('2026-04-12');
    expect(t.wachttijdLastDay).toBe('2026-06-28');
  });
  it('a late WIA-aanvraag without a late letter extends the wage period by the delay (BW 7:629 lid 11 a)', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', asOf: '2025-11-30', events: { 'wia-aanvraag': '2025-10-22', 'ziekmelding-uwv': '2024-10-10', 'wia-brief-uwv': '2025-09-01' } });
    expect(t.milestones.find((m) => m.id === 'wia-aanvraag')?.status).toBe('done-late');
    expect(due(t, 'einde-loondoorbetaling')).toBe('2026-01-07');
  });
  it('einde-opzegverbod only on request: two calendar years, not 104 weeks', () => {
    expect(due(computeTimeline({ firstSickDay: '2024-01-01' }), 'einde-opzegverbod')).toBeUndefined();
    const t = computeTimeline({ firstSickDay: '2024-01-01' }, { includeOpzegverbod: true });
    expect(due(t, 'einde-opzegverbod')).toBe('2025-12-31');
    expect(due(t, 'einde-wachttijd')).toBe('2025-12-28');
  });
  it('invalid end-of-wachttijd events are reported by computeTimeline with their path', () => {
    expect(() => computeTimeline({ firstSickDay: '2024-01-01', events: { loonsanctie: { decisionDate: '2025-02-30' } } })).toThrow(PoortwachterError);
    const r = safeComputeTimeline({ firstSickDay: '2024-01-01', events: { loonsanctie: { decision: '2025-11-16' } as never } });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.functionName).toBe('computeTimeline');
      expect(r.issues).toContainEqual(expect.objectContaining({ path: ['events', 'loonsanctie', 'decisionDate'], code: 'missing' }));
    }
  });
});

describe('computeTimeline — WIA 64 lid 6: late UWV letter', () => {
  it('the WIA-aanvraag is on time within four weeks of receiving a late letter (Atw moves a weekend end)', () => {
    // Letter due 2025-09-14; received 2025-10-01 (Wed); +28 = 2025-10-29 (Wed) > 2025-10-12.
    const t = computeTimeline({ firstSickDay: '2024-01-01', events: { 'ziekmelding-uwv': '2024-10-15', 'wia-brief-uwv': '2025-10-01' } });
    expect(due(t, 'wia-aanvraag')).toBe('2025-10-29');
    expect(t.milestones.find((m) => m.id === 'wia-aanvraag')?.explanation.eventUsed).toBe('wia-brief-uwv');
    const sat = computeTimeline({ firstSickDay: '2024-01-01', events: { 'ziekmelding-uwv': '2024-10-15', 'wia-brief-uwv': '2025-10-04' } });
    expect(due(sat, 'wia-aanvraag')).toBe('2025-11-03'); // 2025-11-01 is a Saturday
  });
  it('not when the ziekmelding was not made before week 81', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', events: { 'ziekmelding-uwv': '2025-07-25', 'wia-brief-uwv': '2025-10-01' } });
    expect(due(t, 'wia-aanvraag')).toBe('2025-10-12');
    expect(t.notices.some((n) => n.en.includes('does not apply'))).toBe(true);
  });
  it('without the date of the ziekmelding: unchanged, with a notice', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', events: { 'wia-brief-uwv': '2025-10-01' } });
    expect(due(t, 'wia-aanvraag')).toBe('2025-10-12');
    expect(t.notices.some((n) => n.en.includes('pass the date of the ziekmelding'))).toBe(true);
  });
});

describe('computeTimeline — verlenging and loonsanctie together', () => {
  it('einde-loondoorbetaling cites each article once', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', events: { vrijwilligeVerlenging: '2026-06-30', loonsanctie: '2026-04-10' } });
    const ids = t.milestones.find((m) => m.id === 'einde-loondoorbetaling')!.legalBasis.map((r) => r.id);
    expect(ids).toEqual([...new Set(ids)]);
    expect(ids).toContain('BW 7:629 lid 11 sub b');
  });
});

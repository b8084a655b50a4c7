import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { computeTimeline, PoortwachterError, toICalendar, type Timeline } from '../../src/index.js';
import { wachttijdEnded } from '../../src/timeline/wachttijdEnded.js';

const status = (t: Timeline, id: string): string | null | undefined => t.milestones.find((m) => m.id === id)?.status;

describe('issue 9.4 — a case that has ended: lapsed steps (BW 7:629 lid 10)', () => {
  const periods = [{ from: '2025-01-06', to: '2025-01-20' }];
  it('wachttijdEnded: recovered four weeks or more before asOf — ended on the last sick day', () => {
    const r = wachttijdEnded({ sickPeriods: periods }, '2025-03-01');
    expect(r).toMatchObject({ ended: true, reason: 'recovered', endedOn: '2025-01-20', finalFrom: '2025-02-17' });
    expect(r.legalBasis.map((l) => l.id)).toEqual(['BW 7:629 lid 10']);
    // 27 days of recovery through asOf: not yet ended.
    expect(wachttijdEnded({ sickPeriods: periods }, '2025-02-16')).toMatchObject({ ended: false, reason: null, endedOn: null });
    expect(wachttijdEnded({ sickPeriods: periods }, '2025-02-17').ended).toBe(true);
    expect(wachttijdEnded({ firstSickDay: '2024-01-01' }, '2026-01-01')).toMatchObject({ ended: true, reason: 'completed', endedOn: '2025-12-28' });
    expect(() => wachttijdEnded({ firstSickDay: '2024-01-01' }, '2024-02-30')).toThrow(PoortwachterError);
    expect(() => wachttijdEnded({ sickPeriods: [{ from: '2025-04-01' }] }, '2025-03-01')).toThrow(/asOf/);
  });
  it('steps not yet due when the sickness ended are lapsed, not open or upcoming', () => {
    const t = computeTimeline({ sickPeriods: periods, asOf: '2025-03-01' });
    expect(status(t, 'probleemanalyse')).toBe('lapsed');
    expect(status(t, 'einde-wachttijd')).toBe('lapsed');
    expect(t.milestones.every((m) => m.status === 'lapsed')).toBe(true);
    expect(t.evaluations.every((e) => e.status === 'lapsed')).toBe(true);
    expect(t.wachttijdEnded).toEqual(wachttijdEnded({ sickPeriods: periods }, '2025-03-01'));
  });
  it('a step that fell due while still sick stays overdue; a done step stays done', () => {
    const t = computeTimeline({ sickPeriods: [{ from: '2025-01-06', to: '2025-03-31' }], asOf: '2025-05-15', events: { 'plan-van-aanpak': '2025-02-20' } });
    expect(status(t, 'probleemanalyse')).toBe('overdue');
    expect(status(t, 'plan-van-aanpak')).toBe('done');
    expect(status(t, 'eerstejaarsevaluatie')).toBe('lapsed');
  });
  it('within four weeks of the recovery nothing lapses', () => {
    const t = computeTimeline({ sickPeriods: periods, asOf: '2025-02-16' });
    expect(t.milestones.some((m) => m.status === 'lapsed')).toBe(false);
    expect(t.wachttijdEnded?.ended).toBe(false);
  });
  it('lapsed steps leave the calendar: exported as STATUS:CANCELLED, so a subscribed calendar drops them (RFC 5545 §3.8.1.11)', () => {
    const t = computeTimeline({ sickPeriods: [{ from: '2025-01-06', to: '2025-03-31' }], asOf: '2025-05-15' });
    const events = toICalendar(t).split('BEGIN:VEVENT').slice(1);
    const statusOf = (id: string): string | undefined => events.find((e) => e.includes(`-${id}@`))?.match(/STATUS:(\w+)/)?.[1];
    expect(statusOf('probleemanalyse')).toBe('CONFIRMED');
    expect(statusOf('eerstejaarsevaluatie')).toBe('CANCELLED');
    expect(statusOf('einde-wachttijd')).toBe('CANCELLED');
    for (const m of t.milestones.filter((x) => x.status === 'lapsed')) expect(statusOf(m.id)).toBe('CANCELLED');
  });
});

describe('issue 9.4 — UWV steps and optional steps are never overdue for the employer', () => {
  it("UWV's WIA letter past due without a date is passed, not overdue", () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', asOf: '2025-11-01' });
    expect(status(t, 'wia-brief-uwv')).toBe('passed');
    expect(status(t, 're-integratieverslag')).toBe('overdue');
  });
  it('a bezwaar against the loonsanctie is optional: passed when not lodged, done when lodged (events)', () => {
    const a = computeTimeline({ firstSickDay: '2024-01-01', asOf: '2026-03-01', events: { loonsanctie: { decisionDate: '2025-11-16' } } });
    expect(status(a, 'bezwaar-loonsanctie')).toBe('passed');
    const b = computeTimeline({ firstSickDay: '2024-01-01', asOf: '2026-03-01', events: { loonsanctie: { decisionDate: '2025-11-16', bezwaarDate: '2025-12-10' } } });
    expect(status(b, 'bezwaar-loonsanctie')).toBe('done');
    expect(b.milestones.find((m) => m.id === 'bezwaar-loonsanctie')?.done).toBe('2025-12-10');
    expect(() => computeTimeline({ firstSickDay: '2024-01-01', asOf: '2026-03-01', events: { loonsanctie: { decisionDate: '2025-11-16', bezwaarDate: '2025-11-01' } } }))
      .toThrow(/events\.loonsanctie\.bezwaarDate/);
  });
});

const dayArb = fc.integer({ min: toDayNumber('2010-01-01'), max: toDayNumber('2060-12-31') });

describe('issue 9.4 — one rule: wachttijdEnded and the timeline agree', () => {
  test.prop([dayArb, fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 120 }), fc.boolean()])(
    'same facts, same answer; lapsed exactly for steps due after the last sick day of an ended wachttijd',
    (d, len, after, open) => {
      const sickPeriods = open ? [{ from: fromDayNumber(d) }] : [{ from: fromDayNumber(d), to: fromDayNumber(d + len) }];
      const asOf = fromDayNumber(d + len + after);
      const w = wachttijdEnded({ sickPeriods }, asOf);
      const t = computeTimeline({ sickPeriods, asOf });
      expect(t.wachttijdEnded).toEqual(w);
      for (const m of [...t.milestones, ...t.evaluations]) {
        const shouldLapse = w.reason === 'recovered' && m.done === null && m.due > w.endedOn!;
        expect(m.status === 'lapsed').toBe(shouldLapse);
      }
      if (open) expect(w.reason === 'recovered').toBe(false);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { computeLateWiaAanvraag, computeOpzegverbod, computeTimeline, computeVrijwilligeVerlenging, PoortwachterError, type Timeline } from '../../src/index.js';
import { MILESTONE_RULES_TABLE } from '../../src/law/milestoneRules.js';
import { VANGNET_GROUPS } from '../../src/law/vangnetGroups.js';

const due = (t: Timeline, id: string): string | undefined => t.milestones.find((m) => m.id === id)?.due;
const dayArb = fc.integer({ min: toDayNumber('2016-01-01'), max: toDayNumber('2060-12-31') });
const vangnetArb = fc.constantFrom('none' as const, ...VANGNET_GROUPS);

describe('issue 9.1 — a vrijwillige verlenging the law excludes is not applied (WIA 24 lid 1 sub a)', () => {
  it('a vangnet case under ZW 29a lid 1 is rejected as inconsistent with the facts, naming the article', () => {
    const run = (): Timeline => computeTimeline({ firstSickDay: '2024-01-01', events: { vrijwilligeVerlenging: { extendedLastDay: '2026-06-28', vangnet: 'zwangerschap-voor-verlof' } } });
    expect(run).toThrow(PoortwachterError);
    try {
      run();
    } catch (e) {
      const issue = (e as PoortwachterError).issues[0]!;
      expect(issue.code).toBe('inconsistent');
      expect(issue.path).toEqual(['events', 'vrijwilligeVerlenging', 'vangnet']);
      expect(issue.message).toMatch(/WIA 24 lid 1 sub a/);
    }
  });
  it('an unknown vangnet status: applied, with a notice that says it is uncertain', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', events: { vrijwilligeVerlenging: '2026-06-28' } });
    expect(due(t, 'einde-wachttijd')).toBe('2026-06-28');
    expect(t.notices.some((n) => /onbekend|onzeker/i.test(n.nl) && /WIA 24 lid 1 sub a/.test(n.nl))).toBe(true);
  });
  test.prop([dayArb, fc.integer({ min: 1, max: 400 }), vangnetArb])('the timeline follows computeVrijwilligeVerlenging: moved iff not excluded', (d, ext, vangnet) => {
    const extendedLastDay = fromDayNumber(d + 727 + ext);
    const v = computeVrijwilligeVerlenging({ firstSickDay: fromDayNumber(d), extendedLastDay, vangnet });
    const run = (): Timeline => computeTimeline({ firstSickDay: fromDayNumber(d), events: { vrijwilligeVerlenging: { extendedLastDay, vangnet } } }, { includeOpzegverbod: true });
    if (v.allowed === 'no') {
      expect(run).toThrow(/WIA 24 lid 1 sub a/);
    } else {
      const t = run();
      expect(due(t, 'einde-wachttijd')).toBe(v.extendedLastDay);
      expect(due(t, 'wia-ingang')).toBe(v.wiaIngang);
      expect(due(t, 'wia-aanvraag')).toBe(v.wiaAanvraagDue);
      expect(due(t, 'einde-opzegverbod')).toBe(computeOpzegverbod({ firstSickDay: fromDayNumber(d), extensions: { vrijwilligeVerlengingDays: v.extensionDays } }).lastDay);
    }
  });
});

describe('issue 9.5 — one rule, one answer', () => {
  it('milestones on the same day after events are in legal order (the rule table)', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', events: { loonsanctie: { decisionDate: '2025-11-16' } } });
    expect(due(t, 'einde-loonsanctie')).toBe(due(t, 'einde-loondoorbetaling'));
    const ids = t.milestones.map((m) => m.id);
    // The loonsanctie is what extends wage payment (WIA 25 lid 9): its end comes first.
    expect(ids.indexOf('einde-loonsanctie')).toBeLessThan(ids.indexOf('einde-loondoorbetaling'));
  });
  it('an added milestone carries the rule table legal basis (and only adds situational articles)', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', events: { loonsanctie: { decisionDate: '2025-11-16' } } }, { includeOpzegverbod: true });
    for (const m of t.milestones) {
      const table = MILESTONE_RULES_TABLE[m.id].legalBasis.map((r) => r.id);
      expect(m.legalBasis.map((r) => r.id).slice(0, table.length)).toEqual(table);
    }
    // Two calendar years, not the AOW rule: BW 7:670 lid 1, extended under lid 11.
    const o = t.milestones.find((m) => m.id === 'einde-opzegverbod')!;
    expect(o.legalBasis.map((r) => r.id)).toEqual(['BW 7:670 lid 1 sub a', 'BW 7:670 lid 11']);
  });
  it('AOW age after the wachttijd still ends the opzegverbod six weeks later (BW 7:670 lid 1 sub a), as computeOpzegverbod says', () => {
    // Pregnancy-related sickness does not count for the opzegverbod, so its two years run past the wachttijd.
    const sickPeriods = [{ from: '2024-01-01', to: '2024-06-30', pregnancyRelated: true }, { from: '2024-07-01' }];
    const t = computeTimeline({ sickPeriods, aowDate: '2026-02-01' }, { includeOpzegverbod: true });
    expect(t.aow).toBeNull();
    expect(due(t, 'einde-opzegverbod')).toBe('2026-03-14');
    expect(computeOpzegverbod({ sickPeriods, aowDate: '2026-02-01' }).lastDay).toBe('2026-03-14');
  });
  test.prop([dayArb, fc.integer({ min: -800, max: 900 }), fc.integer({ min: 0, max: 200 })])('einde-opzegverbod: the timeline and computeOpzegverbod agree, AOW date before or after the wachttijd, with pregnancy-related sickness', (d, aowOff, preg) => {
    const sickPeriods = preg === 0 ? [{ from: fromDayNumber(d) }] : [{ from: fromDayNumber(d), to: fromDayNumber(d + preg - 1), pregnancyRelated: true }, { from: fromDayNumber(d + preg) }];
    const aowDate = fromDayNumber(d + aowOff);
    const t = computeTimeline({ sickPeriods, aowDate }, { includeOpzegverbod: true });
    const o = computeOpzegverbod({ sickPeriods, aowDate });
    expect(due(t, 'einde-opzegverbod') ?? null).toBe(o.lastDay);
  });
  test.prop([dayArb, fc.integer({ min: -800, max: 900 }), fc.boolean()])('einde-opzegverbod: the timeline and computeOpzegverbod agree, AOW date before or after the wachttijd', (d, aowOff, loonsanctie) => {
    const firstSickDay = fromDayNumber(d);
    const aowDate = fromDayNumber(d + aowOff);
    const wAow = d + aowOff > d + 728;
    const events = loonsanctie && wAow ? { loonsanctie: { decisionDate: fromDayNumber(d + 680) } } : {};
    const t = computeTimeline({ firstSickDay, aowDate, events }, { includeOpzegverbod: true });
    const s = loonsanctie && wAow ? t.milestones.find((m) => m.id === 'einde-loonsanctie') : undefined;
    const o = computeOpzegverbod({ firstSickDay, aowDate, ...(s === undefined ? {} : { extensions: { loonsanctieDays: toDayNumber(s.due) - (d + 727) } }) });
    expect(due(t, 'einde-opzegverbod') ?? null).toBe(o.lastDay);
    const m = t.milestones.find((x) => x.id === 'einde-opzegverbod');
    if (m !== undefined) {
      expect(m.explanation.text).toEqual(o.explanation);
      expect(m.legalBasis.map((r) => r.id)).toEqual(o.dates.find((x) => x.id === 'einde-opzegverbod')!.legalBasis.map((r) => r.id));
    }
  });
  test.prop([dayArb, fc.integer({ min: 600, max: 727 }), fc.boolean()])('milestones stay sorted by due, then legal order, after events', (d, dec, late) => {
    const t = computeTimeline({ firstSickDay: fromDayNumber(d), events: { loonsanctie: { decisionDate: fromDayNumber(d + dec) }, ...(late ? { vrijwilligeVerlenging: { extendedLastDay: fromDayNumber(d + 800), vangnet: 'none' as const } } : {}) } }, { includeOpzegverbod: true });
    for (let i = 1; i < t.milestones.length; i++) {
      const a = t.milestones[i - 1]!;
      const b = t.milestones[i]!;
      expect(a.due < b.due || (a.due === b.due && MILESTONE_RULES_TABLE[a.id].order < MILESTONE_RULES_TABLE[b.id].order)).toBe(true);
    }
  });
});

describe('WIA 64 lid 2 across the Verzamelwet SZW 2013 — the UWV letter keeps the law in force on its own due day', () => {
  const plus = (d: string, n: number): string => fromDayNumber(toDayNumber(d) + n);
  it('day 1 = 2011-10-04: the week-87 day (2013-06-03) passed before 2013-07-01, so the letter stays due then (was the 89-week date)', () => {
    const t = computeTimeline({ firstSickDay: '2011-10-04' });
    expect(due(t, 'wia-brief-uwv')).toBe('2013-06-03');
    expect(t.ruleSet.id).toBe('verzamelwet-szw-2013-07-01'); // the aanvraag (2013-07-15) is under the 2013 rules
    expect(due(t, 'wia-aanvraag')).toBe('2013-07-15');
  });
  it('day 1 = 2011-11-01: the week-87 day falls on 2013-07-01, so the 89-week rule applies', () => {
    expect(due(computeTimeline({ firstSickDay: '2011-11-01' }), 'wia-brief-uwv')).toBe(plus('2011-11-01', 622));
  });
  test.prop([fc.integer({ min: toDayNumber('2010-06-01'), max: toDayNumber('2014-06-30') })])(
    'computeTimeline and computeLateWiaAanvraag give the same letter day: week 87 when that day is before 2013-07-01, else the rule set’s',
    (day) => {
      const D = fromDayNumber(day);
      const t = computeTimeline({ firstSickDay: D });
      const late = computeLateWiaAanvraag({ firstSickDay: D, applicationDate: due(t, 'wia-aanvraag')! });
      expect(late.wiaBriefDue).toBe(due(t, 'wia-brief-uwv'));
      const week87 = plus(D, 7 * 87 - 1);
      expect(due(t, 'wia-brief-uwv')).toBe(week87 < '2013-07-01' ? week87 : plus(D, t.ruleSet.id === 'verzamelwet-szw-2013-07-01' ? 7 * 89 - 1 : 7 * 87 - 1));
    },
  );
});

import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import {
  applyEndOfWachttijdEvents, checkVervroegdeIva, computeLateWiaAanvraag, computeLoonsanctie, computeOpzegverbod, computeVrijwilligeVerlenging,
} from '../../src/index.js';
import { computeTimeline } from '../../src/timeline/computeTimeline.js';
import type { SickPeriod } from '../../src/sickness/types.js';

const dayArb = fc.integer({ min: toDayNumber('2014-01-01'), max: toDayNumber('2060-12-31') });
const iso = fromDayNumber;
const dn = toDayNumber;
/** Sick periods without pregnancy-related sickness: a chain of closed periods and an open one. */
const chainArb = fc.record({
  start: dayArb,
  parts: fc.array(fc.record({ len: fc.integer({ min: 1, max: 200 }), gap: fc.integer({ min: 1, max: 40 }) }), { maxLength: 4 }),
}).map(({ start, parts }) => {
  const periods: SickPeriod[] = [];
  let cur = start;
  for (const p of parts) {
    periods.push({ from: iso(cur), to: iso(cur + p.len - 1) });
    cur += p.len + p.gap;
  }
  periods.push({ from: iso(cur) });
  return periods;
});

describe('loonsanctie properties', () => {
  test.prop([dayArb, fc.integer({ min: -60, max: 41 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 40 }), fc.boolean()])(
    'a bekorting never lengthens a loonsanctie, and the end never passes the 52 weeks',
    (d, decisionOffset, noticeOffset, decisionDelay, repaired) => {
      const first = iso(d);
      const plain = computeLoonsanctie({ firstSickDay: first, decisionDate: iso(d + 685 + decisionOffset) });
      const notice = d + 685 + Math.max(0, decisionOffset) + noticeOffset;
      const withBek = computeLoonsanctie({ firstSickDay: first, decisionDate: iso(d + 685 + decisionOffset),
        bekorting: { noticeDate: iso(notice), decisionDate: iso(notice + decisionDelay), repaired } });
      expect(withBek.wageLastDay <= plain.wageLastDay).toBe(true);
      expect(withBek.lengthDays).toBeLessThanOrEqual(plain.lengthDays);
      expect(plain.lastDay! <= plain.maxLastDay!).toBe(true);
      expect(withBek.wageLastDay >= withBek.referenceLastDay).toBe(true);
      expect(dn(plain.maxLastDay!) - dn(plain.start!)).toBe(363);
    },
  );
  test.prop([dayArb, fc.integer({ min: -60, max: 41 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 60 })])(
    'a pending bekorting never lengthens either, and a repair ends the sanction at most six weeks after it was established',
    (d, decisionOffset, noticeOffset, decisionDelay) => {
      const decisionDate = iso(d + 685 + decisionOffset);
      const plain = computeLoonsanctie({ firstSickDay: iso(d), decisionDate });
      const notice = d + 685 + Math.max(0, decisionOffset) + noticeOffset;
      const pending = computeLoonsanctie({ firstSickDay: iso(d), decisionDate, bekorting: { noticeDate: iso(notice) } });
      expect(pending.wageLastDay).toBe(plain.wageLastDay);
      expect(pending.missingFacts).toContain('bekorting.decisionDate');
      if (pending.bekorting!.endIfRepairEstablishedOnDue !== null) expect(pending.bekorting!.endIfRepairEstablishedOnDue <= plain.lastDay!).toBe(true);
      const repaired = computeLoonsanctie({ firstSickDay: iso(d), decisionDate, bekorting: { noticeDate: iso(notice), decisionDate: iso(notice + decisionDelay), repaired: true } });
      if (repaired.lastDay !== null) expect(dn(repaired.lastDay)).toBeLessThanOrEqual(notice + decisionDelay + 42);
    },
  );
  test.prop([dayArb, fc.integer({ min: -60, max: 60 }), fc.integer({ min: 1, max: 30 })])(
    'a later decision never gives a longer loonsanctie; after the end there is none',
    (d, off, later) => {
      const a = computeLoonsanctie({ firstSickDay: iso(d), decisionDate: iso(d + 685 + off) });
      const b = computeLoonsanctie({ firstSickDay: iso(d), decisionDate: iso(d + 685 + off + later) });
      expect(b.lengthDays).toBeLessThanOrEqual(a.lengthDays);
      expect(b.imposed).toBe(d + 685 + off + later <= d + 727);
    },
  );
});

describe('opzegverbod properties', () => {
  test.prop([chainArb])('without pregnancy-related sickness the opzegverbod never ends before the wachttijd', (sickPeriods) => {
    const r = computeOpzegverbod({ sickPeriods });
    expect(r.lastDay).not.toBeNull();
    expect(r.differenceDays!).toBeGreaterThanOrEqual(2);
    expect(r.lastDay! >= r.wachttijdLastDay).toBe(true);
  });
  test.prop([dayArb])('uninterrupted: exactly two or three days after the 104 weeks (730 or 731 days)', (d) => {
    const r = computeOpzegverbod({ firstSickDay: iso(d) });
    expect([2, 3]).toContain(r.differenceDays);
  });
  test.prop([dayArb, fc.nat({ max: 400 }), fc.nat({ max: 400 }), fc.nat({ max: 400 })])('extensions add up day for day', (d, a, b, c) => {
    const base = computeOpzegverbod({ firstSickDay: iso(d) });
    const ext = computeOpzegverbod({ firstSickDay: iso(d), extensions: { lateWiaAanvraagDays: a, vrijwilligeVerlengingDays: b, loonsanctieDays: c } });
    expect(dn(ext.lastDay!) - dn(base.lastDay!)).toBe(a + b + c);
  });
});

describe('vervroegde IVA, verlenging and late aanvraag properties', () => {
  test.prop([dayArb, fc.integer({ min: 0, max: 520 })])('the verkorte wachttijd is 13–78 weeks and ends at least ten weeks after the application', (d, off) => {
    const r = checkVervroegdeIva({ firstSickDay: iso(d), applicationDate: iso(d + off) });
    if (off <= 475) {
      const e = dn(r.verkorteWachttijd!.earliestLastDay);
      expect(e).toBeGreaterThanOrEqual(d + off + 70);
      expect(e).toBeGreaterThanOrEqual(d + 90);
      expect(e).toBeLessThanOrEqual(d + 545);
    } else {
      expect(r.verdict).toBe('niet-mogelijk');
    }
  });
  test.prop([dayArb, fc.integer({ min: 1, max: 600 })])('after a verlenging the RIV is 13 and the aanvraag 11 weeks before the new end', (d, ext) => {
    const r = computeVrijwilligeVerlenging({ firstSickDay: iso(d), extendedLastDay: iso(d + 727 + ext), vangnet: 'none' });
    expect(dn(r.extendedLastDay) - dn(r.reIntegratieverslagDue)).toBe(91);
    expect(dn(r.extendedLastDay) - dn(r.wiaAanvraagDue)).toBe(77);
    expect(r.extensionDays).toBe(ext);
  });
  test.prop([dayArb, fc.integer({ min: 0, max: 200 })])('a late aanvraag never shortens wage payment; the delay is what extends it', (d, off) => {
    const r = computeLateWiaAanvraag({ firstSickDay: iso(d), applicationDate: iso(d + 600 + off), wiaBriefReceived: iso(d + 600), ziekmeldingUwv: iso(d + 294) });
    expect(dn(r.wageLastDay) - dn(r.referenceLastDay)).toBe(r.timely === 'yes' ? 0 : r.delayDays);
    expect(r.wageLastDay >= r.referenceLastDay).toBe(true);
  });
});

describe('applyEndOfWachttijdEvents properties', () => {
  test.prop([dayArb, fc.integer({ min: -50, max: 41 })], { numRuns: 40 })('milestones stay sorted and the wage end never precedes the wachttijd', (d, off) => {
    const tl = computeTimeline({ firstSickDay: iso(d) });
    const out = applyEndOfWachttijdEvents(tl, { loonsanctie: { decisionDate: iso(d + 685 + off) } });
    const dues = out.milestones.map((m) => m.due);
    expect(dues).toEqual([...dues].sort());
    const wage = out.milestones.find((m) => m.id === 'einde-loondoorbetaling')!.due;
    expect(wage >= tl.wachttijdLastDay!).toBe(true);
    expect(out.milestones.find((m) => String(m.id) === 'einde-opzegverbod')!.due > wage).toBe(true);
  });
});

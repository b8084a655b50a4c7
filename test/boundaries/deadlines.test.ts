import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { addDays, applyEndOfWachttijdEvents, computeLateWiaAanvraag, computeTimeline } from '../../src/index.js';
import { fromDayNumber } from '../../src/calendar/dayNumber.js';
import { dayNumberArb } from '../helpers/arbitraries.js';

/**
 * Boundary tests of deadlines and step status (issue 14, surviving-mutant classes), checked against the law:
 * - a step due "uiterlijk" on a day is on time when done that day (Regeling procesgang art 4 lid 1:
 *   plan van aanpak "uiterlijk in de achtste week" = end of week 8 = D + 55);
 * - WIA 64 lid 2: UWV's notice at the latest on the day the wachttijd has lasted 89 weeks (D + 622);
 *   lid 3: the application 11 weeks before the end (D + 727 − 77 = D + 650);
 *   lid 6: with a later notice an application within four weeks of receipt counts as timely, unless
 *   the 42-week melding was not made "voor de dag waarop de wachttijd 81 weken heeft geduurd" (D + 566).
 */

const D = '2024-01-01';
const day = (n: number): string => addDays(D, n);
const status = (asOf: string, done?: string, dueSoonDays?: number): unknown =>
  computeTimeline({ firstSickDay: D, asOf, ...(done === undefined ? {} : { events: { 'plan-van-aanpak': done } }) }, dueSoonDays === undefined ? {} : { dueSoonDays })
    .milestones.find((m) => m.id === 'plan-van-aanpak')!.status;

describe('step status at its due day (plan van aanpak, due D + 55)', () => {
  const due = day(55);

  it('is due on the last day of week 8 (Regeling procesgang art 4 lid 1; a regulation, so not moved by the Atw)', () => {
    expect(computeTimeline({ firstSickDay: D }).milestones.find((m) => m.id === 'plan-van-aanpak')!.due).toBe(due);
  });

  it('done on its due day is done; the day after is done-late', () => {
    expect(status(addDays(due, 5), due)).toBe('done');
    expect(status(addDays(due, 5), addDays(due, 1))).toBe('done-late');
    expect(status(addDays(due, 5), addDays(due, -1))).toBe('done');
  });

  it('open: due − 15 is open, due − 14 and the due day are due-soon, the day after is overdue (dueSoonDays 14)', () => {
    expect(status(addDays(due, -15))).toBe('open');
    expect(status(addDays(due, -14))).toBe('due-soon');
    expect(status(due)).toBe('due-soon');
    expect(status(addDays(due, 1))).toBe('overdue');
  });

  it('the window follows dueSoonDays', () => {
    expect(status(addDays(due, -3), undefined, 3)).toBe('due-soon');
    expect(status(addDays(due, -4), undefined, 3)).toBe('open');
    expect(status(due, undefined, 0)).toBe('due-soon');
    expect(status(addDays(due, -1), undefined, 0)).toBe('open');
  });

  test.prop([dayNumberArb, fc.integer({ min: -20, max: 3 }), fc.integer({ min: 0, max: 30 })], { numRuns: 40, seed: 142026 })(
    'computeTimeline and applyEndOfWachttijdEvents give a step the same status near its due day, for any day 1',
    (d1, offset, soon) => {
      const first = fromDayNumber(d1);
      const t0 = computeTimeline({ firstSickDay: first });
      const pva = t0.milestones.find((m) => m.id === 'plan-van-aanpak')!;
      const asOf = addDays(pva.due, offset);
      const tl = computeTimeline({ firstSickDay: first, asOf }, { dueSoonDays: soon });
      const expected = offset > 0 ? 'overdue' : -offset <= soon ? 'due-soon' : 'open';
      expect(tl.milestones.find((m) => m.id === 'plan-van-aanpak')!.status).toBe(expected);
      // applyEndOfWachttijdEvents recomputes the status of the steps it moves with the same rule:
      // an einde-opzegverbod date milestone and untouched steps keep computeTimeline's status.
      const applied = applyEndOfWachttijdEvents(tl, {}, { dueSoonDays: soon });
      expect(applied.milestones.find((m) => m.id === 'plan-van-aanpak')!.status).toBe(expected);
    },
    60_000,
  );
});

describe('WIA-aanvraag at its deadline and the safe harbour of WIA 64 lid 6', () => {
  const deadline = day(650); // 2025-10-12
  const briefDue = day(622); // last day of week 89: 2025-09-14
  const meldingOk = day(300);
  const late = (applicationDate: string, wiaBriefReceived: string, ziekmeldingUwv = meldingOk): ReturnType<typeof computeLateWiaAanvraag> =>
    computeLateWiaAanvraag({ firstSickDay: D, applicationDate, wiaBriefReceived, ziekmeldingUwv });

  it('the dates of the law', () => {
    const r = late(deadline, briefDue);
    expect([r.deadline, r.wiaBriefDue, r.ziekmeldingBefore]).toEqual([deadline, briefDue, day(566)]);
  });

  it('filed on its due day: timely; the day after: one day late', () => {
    expect(late(deadline, briefDue).timely).toBe('yes');
    expect(late(deadline, briefDue).delayDays).toBe(0);
    const r = late(addDays(deadline, 1), briefDue);
    expect([r.timely, r.code, r.delayDays]).toEqual(['no', 'te-laat', 1]);
  });

  it('a UWV letter on the last day of week 89 is on time (no safe harbour); the day after is late (safe harbour)', () => {
    const app = addDays(deadline, 1);
    expect(late(app, briefDue).timely).toBe('no');
    const r = late(app, addDays(briefDue, 1));
    expect([r.timely, r.code]).toEqual(['yes', 'tijdig-late-kennisgeving']);
    // Four weeks after receipt (2025-09-15 + 28 = 2025-10-13, a Monday): that day is within, the next is not.
    expect(r.safeHarbourDeadline).toBe(addDays(briefDue, 29));
    expect(late(addDays(briefDue, 29), addDays(briefDue, 1)).timely).toBe('yes');
    expect(late(addDays(briefDue, 30), addDays(briefDue, 1)).timely).toBe('no');
  });

  it('the week-81 cut-off: a 42-week melding on the last day of week 80 keeps the safe harbour, on the last day of week 81 it does not', () => {
    const app = addDays(deadline, 1);
    const lateLetter = addDays(briefDue, 1);
    expect(late(app, lateLetter, day(559)).timely).toBe('yes'); // last day of week 80
    expect(late(app, lateLetter, day(565)).timely).toBe('yes'); // the day before the 81 weeks are full
    expect(late(app, lateLetter, day(566)).timely).toBe('no'); // the day the wachttijd has lasted 81 weeks
    expect(late(app, lateLetter, day(566)).code).toBe('te-laat');
  });
});

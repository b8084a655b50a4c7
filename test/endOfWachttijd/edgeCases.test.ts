import { describe, expect, it } from 'vitest';
import { PoortwachterError } from '../../src/errors/PoortwachterError.js';
import { computeLoonsanctie, computeOpzegverbod, computeVrijwilligeVerlenging } from '../../src/index.js';
import { computeTimeline } from '../../src/timeline/computeTimeline.js';
import { applyEndOfWachttijdEvents, endOfWachttijdSteps } from '../../src/timeline/applyEndOfWachttijdEvents.js';

/** The issues of a call that must throw. */
function issuesOf(f: () => unknown): readonly { path: readonly (string | number)[]; code: string; message: string }[] {
  try {
    f();
  } catch (e) {
    if (e instanceof PoortwachterError) return e.issues;
    throw e;
  }
  throw new Error('did not throw');
}

const base = computeTimeline({ firstSickDay: '2024-01-01' });
const milestone = (tl: ReturnType<typeof computeTimeline>, id: string) => tl.milestones.find((m) => m.id === id);

describe('the sick case: exactly one of firstSickDay and sickPeriods', () => {
  it('neither is missing, both is invalid', () => {
    expect(issuesOf(() => computeLoonsanctie({ decisionDate: '2025-11-16' } as never))).toEqual([{ path: [], code: 'missing', message: "give exactly one of 'firstSickDay' or 'sickPeriods'" }]);
    expect(issuesOf(() => computeOpzegverbod({ firstSickDay: '2024-01-01', sickPeriods: [{ from: '2024-01-01' }] } as never))[0]?.code).toBe('invalid_value');
  });
});

describe('loonsanctie: WAZO leave and the order of the bekorting facts (WIA 25 lid 9, 12–14)', () => {
  it('leave that starts after the 52 weeks does not interrupt them; leave within them does', () => {
    const after = computeLoonsanctie({ firstSickDay: '2024-01-01', decisionDate: '2025-11-16', wazoLeave: [{ from: '2027-03-01', to: '2027-06-20' }] });
    expect([after.maxLastDay, after.interruptions]).toEqual(['2026-12-27', []]);
    const within = computeLoonsanctie({ firstSickDay: '2024-01-01', decisionDate: '2025-11-16', wazoLeave: [{ from: '2026-03-01', to: '2026-06-20' }, { from: '2027-03-01', to: '2027-06-20' }] });
    expect(within.interruptions).toEqual([{ from: '2026-03-01', to: '2026-06-20' }, { from: '2027-03-01', to: '2027-06-20' }]);
    expect(within.maxLastDay).toBe('2027-08-08');
  });

  it('two leave periods back to back interrupt the 52 weeks as one: 112 + 41 days later', () => {
    const r = computeLoonsanctie({ firstSickDay: '2024-01-01', decisionDate: '2025-11-16', wazoLeave: [{ from: '2026-03-01', to: '2026-06-20' }, { from: '2026-06-21', to: '2026-07-31' }] });
    expect(r.interruptions).toEqual([{ from: '2026-03-01', to: '2026-06-20' }, { from: '2026-06-21', to: '2026-07-31' }]);
    expect(r.maxLastDay).toBe('2027-05-29');
    expect(r.lengthDays).toBe(364);
  });

  it('a decision on the repair after asOf, or `repaired` without a decision date, is refused', () => {
    const input = { firstSickDay: '2024-01-01', decisionDate: '2025-11-16', asOf: '2026-03-10' };
    expect(issuesOf(() => computeLoonsanctie({ ...input, bekorting: { noticeDate: '2026-03-02', decisionDate: '2026-03-16', repaired: true } })))
      .toEqual([{ path: ['bekorting', 'decisionDate'], code: 'inconsistent', message: 'bekorting.decisionDate lies after asOf (2026-03-10 < 2026-03-16)' }]);
    expect(issuesOf(() => computeLoonsanctie({ ...input, bekorting: { noticeDate: '2026-03-02', repaired: true } })))
      .toEqual([{ path: ['bekorting', 'repaired'], code: 'inconsistent', message: 'give bekorting.decisionDate together with repaired' }]);
  });
});

describe('vrijwillige verlenging: a shortening must end within the extension (WIA 24 lid 2–3)', () => {
  it('after the extended end, or on or before the end of the wachttijd, is refused', () => {
    const input = { firstSickDay: '2024-01-01', extendedLastDay: '2026-06-28', vangnet: 'none' as const };
    expect(issuesOf(() => computeVrijwilligeVerlenging({ ...input, verkorting: { requestDate: '2026-01-05', requestedLastDay: '2026-07-05' } }))[0]?.message)
      .toBe('a shortening must end before the extended last day');
    expect(issuesOf(() => computeVrijwilligeVerlenging({ ...input, verkorting: { requestDate: '2026-01-05', requestedLastDay: '2025-12-28' } }))[0]?.message)
      .toBe('must lie after the last day of the wachttijd');
  });
});

describe('opzegverbod: pregnancy-related sickness in the middle of a period (BW 7:670 lid 1)', () => {
  it('pregnancy-related sickness from day 1 that still runs: the end cannot be determined yet', () => {
    const r = computeOpzegverbod({ sickPeriods: [{ from: '2024-01-01', pregnancyRelated: true }] } as never);
    expect([r.code, r.lastDay, r.applies]).toEqual(['onbekend-zwangerschap-loopt', null, true]);
  });

  it('only the pregnancy-related days before the leave are not counted', () => {
    const r = computeOpzegverbod({
      sickPeriods: [{ from: '2024-01-01', to: '2024-01-31' }, { from: '2024-02-01', to: '2024-03-31', pregnancyRelated: true }, { from: '2024-04-01' }],
    } as never);
    expect(r.excludedPregnancyDays).toBe(60);
    expect(r.code).toBe('twee-jaren');
    expect(r.lastDay).toBe('2026-03-01');
  });
});

describe('applyEndOfWachttijdEvents: events that do not fit, and the loonsanctie on a timeline', () => {
  it('no WIA wachttijd at AOW age: a loonsanctie cannot be applied', () => {
    const tl = computeTimeline({ firstSickDay: '2024-01-01', aowDate: '2024-06-01' } as never);
    expect(issuesOf(() => applyEndOfWachttijdEvents(tl, { loonsanctie: { decisionDate: '2025-11-16' } })))
      .toContainEqual({ path: ['events', 'loonsanctie'], code: 'inconsistent', message: 'no WIA wachttijd runs for this timeline (AOW age)' });
  });

  it('a bezwaar before the decision, or after asOf, cannot have happened', () => {
    expect(issuesOf(() => applyEndOfWachttijdEvents(base, { loonsanctie: { decisionDate: '2025-11-16', bezwaarDate: '2025-11-10' } }))[0]?.path)
      .toEqual(['events', 'loonsanctie', 'bezwaarDate']);
    const tl = computeTimeline({ firstSickDay: '2024-01-01', asOf: '2025-12-01' });
    expect(issuesOf(() => applyEndOfWachttijdEvents(tl, { loonsanctie: { decisionDate: '2025-11-16', bezwaarDate: '2025-12-05' } }))[0]?.message)
      .toBe('lies after asOf (2025-12-05 > 2025-12-01): an event cannot have happened yet');
  });

  it('a repair established on 2026-03-16 ends the loonsanctie six weeks later and moves wage payment and the WIA start (WIA 25 lid 14)', () => {
    const tl = applyEndOfWachttijdEvents(base, { loonsanctie: { decisionDate: '2025-11-16', bekorting: { noticeDate: '2026-03-02', decisionDate: '2026-03-16', repaired: true } } });
    expect(milestone(tl, 'bekorting-beschikking')).toMatchObject({ due: '2026-03-23', done: '2026-03-16' });
    expect([milestone(tl, 'einde-loonsanctie')?.due, milestone(tl, 'einde-loondoorbetaling')?.due, milestone(tl, 'wia-ingang')?.due]).toEqual(['2026-04-27', '2026-04-27', '2026-04-28']);
  });

  it('a pending repair notice: UWV\'s decision is due three weeks after it and passed, not overdue, once that day has gone by', () => {
    const tl = applyEndOfWachttijdEvents(computeTimeline({ firstSickDay: '2024-01-01', asOf: '2026-04-01' }), { loonsanctie: { decisionDate: '2025-11-16', bekorting: { noticeDate: '2026-03-02' } } });
    expect(milestone(tl, 'bekorting-beschikking')).toMatchObject({ due: '2026-03-23', done: null, status: 'passed' });
  });

  it('UWV deciding on the repair notice 389 days late shortens the loonsanctie to nothing: wage payment ends with the wachttijd', () => {
    const tl = applyEndOfWachttijdEvents(base, { loonsanctie: { decisionDate: '2025-11-16', bekorting: { noticeDate: '2025-11-17', decisionDate: '2027-01-01', repaired: false } } });
    expect(milestone(tl, 'einde-loonsanctie')).toBeUndefined();
    expect(milestone(tl, 'einde-wachttijd')?.due).toBe('2025-12-28');
    expect(milestone(tl, 'einde-loondoorbetaling')).toBeUndefined();
    expect(computeLoonsanctie({ firstSickDay: '2024-01-01', decisionDate: '2025-11-16', bekorting: { noticeDate: '2025-11-17', decisionDate: '2027-01-01', repaired: false } }))
      .toMatchObject({ lastDay: null, wageLastDay: '2025-12-28', shortening: { lateBekortingDecisionDays: 389 } });
    expect(endOfWachttijdSteps(base, { loonsanctie: { decisionDate: '2025-11-16', bekorting: { noticeDate: '2025-11-17', decisionDate: '2027-01-01', repaired: false } } }).map((s) => s.rule))
      .not.toContain('endOfWachttijd.loonsanctie.einde');
  });

  it('sickness that began after UWV received the dismissal request: no opzegverbod, said in a notice (BW 7:670 lid 1 b)', () => {
    const tl = applyEndOfWachttijdEvents(base, { opzegverbod: { dismissalRequestReceived: '2023-12-01' } });
    expect(milestone(tl, 'einde-opzegverbod')).toBeUndefined();
    expect(tl.notices.at(-1)?.en).toContain('no ban on dismissal for sickness');
  });

  it('a vervroegde IVA application done on time marks its milestone done; the step keeps the timeline\'s own text', () => {
    const tl0 = computeTimeline({ firstSickDay: '2024-01-01', events: { 'vervroegde-iva-uiterlijk': '2024-06-03' } } as never);
    const events = { vervroegdeIva: { earlierApplication: false, bedrijfsartsVerklaring: true } };
    const tl = applyEndOfWachttijdEvents(tl0, events);
    expect(milestone(tl, 'vervroegde-iva-uiterlijk')).toMatchObject({ due: '2025-04-20', done: '2024-06-03' });
    expect(milestone(tl, 'vervroegde-iva-uiterlijk')?.explanation.text).toEqual(milestone(tl0, 'vervroegde-iva-uiterlijk')?.explanation.text);
    expect(endOfWachttijdSteps(tl0, events)[0]).toMatchObject({ rule: 'endOfWachttijd.vervroegdeIva.aanvraag', message: 'timelineText', inputs: { done: '2024-06-03' } });
  });

  it('a late WIA-aanvraag after a vrijwillige verlenging is measured against the moved due date (WIA 64 lid 3)', () => {
    const tl = applyEndOfWachttijdEvents(computeTimeline({ firstSickDay: '2024-01-01', events: { 'wia-aanvraag': '2026-05-01' } }),
      { vrijwilligeVerlenging: { extendedLastDay: '2026-06-28', vangnet: 'none' }, lateWiaAanvraag: { wiaBriefNotReceived: true, deugdelijkeGrond: false } });
    expect(milestone(tl, 'wia-aanvraag')).toMatchObject({ due: '2026-04-12', done: '2026-05-01' });
  });

  it('after a recovery of four weeks or more before asOf, the milestones it sets that are not yet due have lapsed (the rule of computeTimeline)', () => {
    const tl0 = computeTimeline({ sickPeriods: [{ from: '2024-01-01', to: '2024-06-30' }], asOf: '2024-09-01' });
    expect(tl0.wachttijdEnded?.reason).toBe('recovered');
    expect(milestone(applyEndOfWachttijdEvents(tl0, { opzegverbod: {} }), 'einde-opzegverbod')).toMatchObject({ due: '2025-12-31', status: 'lapsed' });
  });

  it('a recovery shorter than four weeks leaves the steps pending: the bezwaar against the loonsanctie is due soon', () => {
    const tl0 = computeTimeline({ sickPeriods: [{ from: '2024-01-01', to: '2025-06-30' }], asOf: '2025-07-10' });
    const tl = applyEndOfWachttijdEvents(tl0, { loonsanctie: { decisionDate: '2025-06-01' } });
    expect(milestone(tl, 'bezwaar-loonsanctie')).toMatchObject({ due: '2025-07-14', status: 'due-soon' });
    expect(milestone(tl, 'loonsanctie-beschikking')).toMatchObject({ done: '2025-06-01', status: 'done' });
  });

  it('the issues of the settling functions are reported under events.<key>', () => {
    expect(issuesOf(() => applyEndOfWachttijdEvents(base, { vrijwilligeVerlenging: { extendedLastDay: '2025-12-01', vangnet: 'none' } })))
      .toEqual([{ path: ['events', 'vrijwilligeVerlenging', 'extendedLastDay'], code: 'inconsistent', message: 'must lie after the last day of the wachttijd (2025-12-28)' }]);
    // A verkorte wachttijd set by UWV needs the application it answers (WIA 23 lid 6), and lasts 13 to 78 weeks.
    expect(issuesOf(() => applyEndOfWachttijdEvents(base, { vervroegdeIva: { setLastDay: '2024-09-01' } })))
      .toEqual([{ path: ['events', 'vervroegdeIva', 'applicationDate'], code: 'missing', message: 'required with setLastDay' }]);
    expect(issuesOf(() => applyEndOfWachttijdEvents(base, { vervroegdeIva: { applicationDate: '2024-06-03', setLastDay: '2024-02-01' } }))[0]?.path)
      .toEqual(['events', 'vervroegdeIva', 'setLastDay']);
  });
});

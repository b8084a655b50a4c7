import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { auditReIntegratieverslag } from '../../src/audit/auditReIntegratieverslag.js';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { checkSpoor2Readiness } from '../../src/spoor2/checkSpoor2Readiness.js';
import { computeTimeline } from '../../src/timeline/computeTimeline.js';
import { wachttijdEnded } from '../../src/timeline/wachttijdEnded.js';
import { PoortwachterError } from '../../src/errors/PoortwachterError.js';

// One rule, one answer (issue 9): has the wachttijd ended on asOf (BW 7:629 lid 10, WIA 23 lid 3)?
// The same random sick periods and asOf go to wachttijdEnded, computeTimeline, checkSpoor2Readiness
// and auditReIntegratieverslag. They agree whether it ended, and no step due after the end is
// overdue, missing or late in any of them.
const caseArb = fc.record({
  start: fc.integer({ min: toDayNumber('2014-01-01'), max: toDayNumber('2030-12-31') }),
  parts: fc.array(fc.record({ len: fc.integer({ min: 1, max: 400 }), gap: fc.integer({ min: 1, max: 60 }) }), { minLength: 1, maxLength: 3 }),
  open: fc.boolean(),
  after: fc.oneof(fc.integer({ min: 0, max: 27 }), fc.integer({ min: 0, max: 500 })), // often inside the four weeks after a recovery
  eje: fc.option(fc.integer({ min: 300, max: 364 }), { nil: undefined }),
  workPattern: fc.option(fc.subarray([1, 2, 3, 4, 5, 6, 7] as const, { minLength: 1 }), { nil: undefined }),
});

test.prop([caseArb], { numRuns: 80 })('timeline, spoor 2 and audit agree on a wachttijd that ended', ({ start, parts, open, after, eje, workPattern }) => {
  const sickPeriods: { from: string; to?: string }[] = [];
  let d = start;
  parts.forEach((p, i) => {
    const last = i === parts.length - 1;
    sickPeriods.push(last && open ? { from: fromDayNumber(d) } : { from: fromDayNumber(d), to: fromDayNumber(d + p.len - 1) });
    d += p.len + (last ? 0 : p.gap);
  });
  const asOfDay = d + after;
  const asOf = fromDayNumber(asOfDay);
  const wp = workPattern === undefined ? {} : { workPattern: [...workPattern] };
  const w = wachttijdEnded({ sickPeriods }, asOf);
  let t: ReturnType<typeof computeTimeline>;
  try {
    t = computeTimeline({ sickPeriods, asOf, ...wp });
  } catch (e) {
    fc.pre(!(e instanceof PoortwachterError)); // e.g. no working day of the pattern in any period
    throw e;
  }
  // Without a work pattern the timeline is the helper. With one, a period with no working day of the
  // pattern starts no sickness (WIA 23 lid 2: day 1 is a working day), so the chain can differ from the
  // raw periods (e.g. a one-day relapse on a Thursday for a Wednesday-only pattern): then the timeline,
  // spoor 2 and the audit must still agree with each other, which the rest of this property checks.
  if (workPattern === undefined) expect(t.wachttijdEnded).toEqual(w);

  const held = eje === undefined ? undefined : fromDayNumber(toDayNumber(t.firstSickDay) + eje); // day 1 of the latest wachttijd
  const sp = checkSpoor2Readiness({
    sickPeriods, asOf, ...wp,
    ...(held !== undefined && held <= asOf ? { eerstejaarsevaluatie: { held: true, date: held } } : {}),
    arbeidsdeskundige: { ownWorkPossible: 'no', passendWerkOwnOrganisation: 'not-available' }, activities: {},
  });
  const spEnded = sp.exceptions.find((e) => e.id === 'wachttijd-ended');
  const a = auditReIntegratieverslag({ sickPeriods, asOf, ...wp, documents: [] });

  const recovered = t.wachttijdEnded?.reason === 'recovered';
  // Spoor 2: the exception is there exactly when the wachttijd ended by recovery, from the day after its end.
  expect(spEnded !== undefined).toBe(recovered);
  if (recovered) {
    expect(spEnded).toMatchObject({ holds: 'yes', from: fromDayNumber(toDayNumber(t.wachttijdEnded!.endedOn!) + 1) });
    expect(sp.status).toBe('exempt');
    expect(sp.findings.some((f) => f.code === 'spoor2-overdue' || f.code === 'spoor2-started-late')).toBe(false);
  }
  // Completed (104 weeks over before asOf, WIA 23 lid 1): spoor 2's wage period has ended too (BW 7:658a lid 1).
  if (t.wachttijdEnded?.reason === 'completed') expect(sp.exceptions.find((e) => e.id === 'wage-period-ended')?.holds).toBe('yes');
  // Audit and timeline: a step lapses exactly when its milestone lapses; nothing due after the end is late.
  for (const s of a.steps) {
    if (s.id === 'afschrift-werknemer') continue;
    const m = s.id === 'evaluatie' ? t.evaluations.find((e) => e.sequence === s.sequence) : t.milestones.find((x) => x.id === s.id);
    if (m === undefined || m.due !== s.due) continue; // the audit passes documents as events; none here
    expect(s.status === 'lapsed').toBe(m.status === 'lapsed');
    if (recovered && s.due > t.wachttijdEnded!.endedOn!) {
      expect(s.status).toBe('lapsed');
      expect(a.findings.some((f) => f.subject === (s.sequence === null ? `step:${s.id}` : `step:${s.id}-${s.sequence}`))).toBe(false);
    }
  }
  // Recovered, but less than four weeks before asOf: the wachttijd runs on (a relapse counts together
  // and moves every later date by the gap), so a step due after the last sick day is not due yet —
  // open in the timeline and in the audit, never overdue or missing.
  const lastSick = t.samentelling.open ? null : t.samentelling.lastSickDay;
  if (!t.wachttijdEnded?.ended && lastSick !== null) {
    for (const m of [...t.milestones, ...t.evaluations]) if (m.due > lastSick) expect(m.status).not.toBe('overdue');
    for (const s of a.steps) if (s.due > lastSick && s.done === null) expect(s.status).toBe('open');
    const req = sp.deadline.requiredBy ?? sp.deadline.latestRequiredBy;
    if (req !== null && req > lastSick) {
      expect(sp.status).not.toBe('overdue');
      expect(sp.findings.some((f) => f.code === 'spoor2-overdue')).toBe(false);
    }
  }
  if (recovered) {
    for (const m of [...t.milestones, ...t.evaluations]) {
      if (m.due > t.wachttijdEnded!.endedOn!) expect(m.status).toBe('lapsed');
    }
  }
}, 20_000);

import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { applyEndOfWachttijdEvents } from '../../src/timeline/applyEndOfWachttijdEvents.js';
import { computeLateWiaAanvraag } from '../../src/endOfWachttijd/computeLateWiaAanvraag.js';
import { computeTimeline } from '../../src/timeline/computeTimeline.js';

// One rule, one answer (issue 9): the WIA-aanvraag deadline (WIA 64 lid 3, lid 6 with a late UWV
// letter), the end of wage payment after a late aanvraag (BW 7:629 lid 11 sub a) and the WIA start
// (WIA 64 lid 11) from computeTimeline (events), applyEndOfWachttijdEvents and computeLateWiaAanvraag,
// fed the same random sick periods (samentelling), WAZO leave, application, letter and 42-week melding.
const caseArb = fc.record({
  start: fc.integer({ min: toDayNumber('2011-01-01'), max: toDayNumber('2030-12-31') }),
  parts: fc.array(fc.record({ len: fc.integer({ min: 1, max: 150 }), gap: fc.integer({ min: 1, max: 27 }) }), { maxLength: 2 }),
  leave: fc.option(fc.record({ at: fc.integer({ min: 0, max: 400 }), len: fc.integer({ min: 1, max: 140 }) }), { nil: undefined }),
  app: fc.integer({ min: 560, max: 800 }),
  brief: fc.option(fc.integer({ min: 500, max: 700 }), { nil: undefined }),
  melding: fc.option(fc.integer({ min: 250, max: 600 }), { nil: undefined }),
});

test.prop([caseArb], { numRuns: 60 })('timeline, applyEndOfWachttijdEvents and computeLateWiaAanvraag give one late-WIA answer', ({ start, parts, leave, app, brief, melding }) => {
  const sickPeriods: { from: string; to?: string }[] = [];
  let d = start;
  for (const p of parts) {
    sickPeriods.push({ from: fromDayNumber(d), to: fromDayNumber(d + p.len - 1) });
    d += p.len + p.gap;
  }
  sickPeriods.push({ from: fromDayNumber(d) });
  const wazoLeave = leave === undefined ? undefined : [{ from: fromDayNumber(d + leave.at), to: fromDayNumber(d + leave.at + leave.len - 1) }];
  const day = (n: number): string => fromDayNumber(start + n);
  const wl = wazoLeave === undefined ? {} : { wazoLeave };
  const events: Record<string, string> = { 'wia-aanvraag': day(app) };
  if (brief !== undefined) events['wia-brief-uwv'] = day(brief);
  if (melding !== undefined) events['ziekmelding-uwv'] = day(melding);
  const asOf = fromDayNumber(Math.max(start + app, start + (brief ?? 0), start + (melding ?? 0), d) + 1);
  const t = computeTimeline({ sickPeriods, ...wl, asOf, events });
  const due = (tl: typeof t, id: string): string | undefined => tl.milestones.find((m) => m.id === id)?.due;

  const late = computeLateWiaAanvraag({
    sickPeriods, ...wl, applicationDate: day(app),
    ...(brief === undefined ? {} : { wiaBriefReceived: day(brief) }),
    ...(melding === undefined ? {} : { ziekmeldingUwv: day(melding) }),
  });
  const date = (code: string): string | undefined => late.dates.find((x) => x.id === code)?.date;
  const wia = t.milestones.find((m) => m.id === 'wia-aanvraag')!;
  // The statutory deadline; the timeline moves its due date to the WIA 64 lid 6 deadline after a late
  // letter (explanation.eventUsed), computeLateWiaAanvraag keeps the statutory date and judges lid 6 in `timely`.
  if (wia.explanation.eventUsed !== 'wia-brief-uwv') expect(wia.due).toBe(date('wia-aanvraag'));
  expect(due(t, 'wia-brief-uwv')).toBe(date('wia-brief-uwv'));
  if (late.timely === 'yes') expect(wia.status).toBe('done');
  if (late.timely === 'no') expect(wia.status).toBe('done-late');
  if (late.timely === 'no') {
    expect(due(t, 'einde-loondoorbetaling')).toBe(late.wageLastDay);
    expect(due(t, 'wia-ingang')).toBe(late.wiaIngang);
  }
  const a = applyEndOfWachttijdEvents(t, {}, wl);
  for (const id of ['wia-aanvraag', 'wia-brief-uwv', 'einde-wachttijd', 'wia-ingang']) expect(due(a, id)).toBe(due(t, id));
}, 20_000);

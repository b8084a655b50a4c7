/**
 * Builds conformance/conformance.json: `npm run conformance:build`.
 *
 * Timeline dates are computed here from the law's offsets (scripts/conformance-timeline.ts), NOT by
 * calling the library; the other functions' cases are written by hand (scripts/conformance-cases.ts).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { plus, weekday } from './conformance-dates.js';
import { T2013, onWeekday, timelineVector, type TimelineCase } from './conformance-timeline.js';
import { HAND_CASES } from './conformance-cases.js';
import type { Vector } from './conformance-types.js';

const cases: TimelineCase[] = [];
const add = (c: TimelineCase): void => void cases.push(c);

// 1. The bulk: day 1 on the 1st and 15th of every month 2014–2026 (2013+ rule set, contract offsets).
for (let y = 2014; y <= 2026; y++) {
  for (let m = 1; m <= 12; m++) {
    for (const day of ['01', '15']) {
      const D = `${y}-${String(m).padStart(2, '0')}-${day}`;
      add({ id: `timeline-offsets-${D}`, origin: 'law: api-contract.md offset table (D+41 … D+728), 2013+ rule set', periods: [{ from: D }] });
    }
  }
}

// 2. Leap days: day 1 on 29 February, and 104 weeks that cross a 29 February.
for (const D of ['2016-02-29', '2020-02-29', '2024-02-29', '2028-02-29']) add({ id: `timeline-leap-day1-${D}`, origin: 'boundary: day 1 on 29 February', periods: [{ from: D }] });
for (const D of ['2022-03-01', '2022-03-15', '2022-06-30', '2026-02-28', '2026-03-01', '2027-02-28']) add({ id: `timeline-leap-crossing-${D}`, origin: 'boundary: the 104 weeks cross a 29 February (weeks are 7 calendar days; no year arithmetic)', periods: [{ from: D }] });

// 3. DST: day 1 on the last Sunday of March / October (Europe/Amsterdam), and the US change days.
for (const D of ['2024-03-31', '2024-10-27', '2025-03-30', '2025-10-26', '2026-03-29', '2026-10-25', '2024-03-10', '2024-11-03']) {
  add({ id: `timeline-dst-${D}`, origin: 'boundary: day 1 on a daylight-saving change day; dates never depend on the time zone', periods: [{ from: D }] });
}

// 4. The 2013 rule change (Verzamelwet SZW 2013, Stb. 2013, 236; in force 2013-07-01): by date in force.
//    Old rule: WIA-aanvraag 13 weeks before the end (D+636), UWV letter at 87 weeks (D+608).
const oldAanvraagBoundary = plus(T2013, -636); // D whose old aanvraag deadline is 2013-07-01
const oldBriefBoundary = plus(T2013, -608); // D whose week-87 day is 2013-07-01
for (const D of ['2009-01-05', '2010-06-01', '2011-01-03', '2011-06-01', '2011-07-01', '2011-07-15', '2011-08-01', '2011-09-01',
  plus(oldAanvraagBoundary, -1), oldAanvraagBoundary, plus(oldAanvraagBoundary, 1), plus(oldAanvraagBoundary, 14),
  plus(oldBriefBoundary, -1), oldBriefBoundary, plus(oldBriefBoundary, 1), '2012-01-02', '2012-06-01', '2013-01-07', '2013-07-01', '2013-07-15']) {
  add({ id: `timeline-ruleset-2013-${D}`, origin: 'boundary: the 2013 rule change (WIA 64 lid 2/3: week 87 → 89, 91 → 93), each deadline by the law in force on the day it falls (no transitional provision)', periods: [{ from: D }], extraBasis: ['Verzamelwet SZW 2013 (Stb. 2013, 236) art XXIII'] });
}

// 5. Samentelling: gaps of 27 days join (not counted), 28 days start a new wachttijd (BW 7:629 lid 10; WIA 23 lid 3; ZW 38 lid 1).
const rviPeriods = [{ from: '2022-01-03', to: '2022-07-03' }, { from: '2022-07-25' }];
add({ id: 'timeline-rviregister-samentelling-example', origin: 'published example: rviregister.nl "Samenstellen van ziekteperiodes, hoe zit dat nu precies?!" (ziek 2022-01-03 t/m 2022-07-03, weer ziek 2022-07-25: the 104 weeks end "op 22 januari 2024" — the per-date, i.e. WIA from 2024-01-22; last day 2024-01-21)', periods: rviPeriods, extraBasis: ['BW 7:629 lid 10', 'WIA art 23 lid 3'] });
for (const [start, firstLen, gap] of [['2024-01-08', 10, 27], ['2024-01-08', 40, 1], ['2024-03-04', 100, 20], ['2025-02-03', 5, 27], ['2024-06-03', 300, 27], ['2023-11-06', 14, 13]] as const) {
  const p1 = { from: start, to: plus(start, firstLen - 1) };
  const p2 = { from: plus(start, firstLen + gap) };
  add({ id: `timeline-gap-${gap}-${start}-len${firstLen}`, origin: `boundary: a gap of ${gap} days (< four weeks) joins; the gap is not counted`, periods: [p1, p2], extraBasis: ['BW 7:629 lid 10', 'WIA art 23 lid 3'] });
}
for (const [start, firstLen] of [['2024-01-08', 10], ['2025-02-03', 5], ['2024-06-03', 120]] as const) {
  const p1 = { from: start, to: plus(start, firstLen - 1) };
  const p2 = { from: plus(start, firstLen + 28) };
  add({ id: `timeline-gap-28-${start}-len${firstLen}`, origin: 'boundary: a gap of 28 days (four weeks) starts a new wachttijd; the timeline is that of the latest', periods: [p2], inputPeriods: [p1, p2], extraBasis: ['BW 7:629 lid 10', 'WIA art 23 lid 3'] });
}
// Three periods, two gaps.
add({ id: 'timeline-gap-two-gaps-2024', origin: 'boundary: two gaps under four weeks, neither counted', periods: [{ from: '2024-01-08', to: '2024-02-04' }, { from: '2024-02-20', to: '2024-04-30' }, { from: '2024-05-27' }], extraBasis: ['BW 7:629 lid 10'] });

// 6. Atw: the 42-week melding is a term of more than twelve weeks (Atw art 4 a): not moved by default;
//    UWV's "first working day" practice is an option. Backward terms (WIA 25 lid 3, 64 lid 3) never move (Atw art 1 lid 2).
for (const D of [onWeekday('2024-01-01', 6), onWeekday('2024-04-01', 7), '2024-02-19', '2025-02-24', '2023-02-27', '2025-07-28']) {
  add({ id: `timeline-atw-statutory-${D}`, origin: `boundary: D+294 falls on ${['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][weekday(plus(D, 294))]} ${plus(D, 294)}; ZW 38 lid 1 is not moved by the Atw (art 4 a)`, periods: [{ from: D }], only: ['ziekmelding-uwv', 're-integratieverslag', 'wia-aanvraag'], extraBasis: ['Atw art 4 sub a', 'Atw art 1 lid 2'] });
  add({ id: `timeline-atw-uwv-practice-${D}`, origin: 'boundary: option ziekmeldingConvention uwv-first-working-day (UWV practice: "uiterlijk de eerste werkdag na de 42e ziekteweek")', periods: [{ from: D }], options: { ziekmeldingConvention: 'uwv-first-working-day' }, only: ['ziekmelding-uwv', 'wia-aanvraag'], extraBasis: ['Atw art 3'] });
}
add({ id: 'timeline-probleemanalyse-six-weeks-after', origin: 'option: a literal reading of RPE art 2 lid 2 ("binnen zes weken") = D+42', periods: [{ from: '2024-01-01' }], options: { probleemanalyseConvention: 'six-weeks-after' }, only: ['probleemanalyse'] });

// 7. Statuses on asOf and events that move deadlines.
const S = '2024-01-01';
for (const asOf of ['2024-01-01', '2024-01-28', '2024-02-12', '2024-02-20', '2024-10-10', '2024-12-20', '2025-09-20', '2025-12-28', '2025-12-29']) {
  add({ id: `timeline-status-${S}-asof-${asOf}`, origin: 'law: status of each step on asOf (done/done-late, overdue after due, due-soon within 14 days, dates upcoming/passed)', periods: [{ from: S }], asOf });
}
add({ id: 'timeline-events-early-probleemanalyse', origin: 'law: RPE art 4 lid 1 — plan van aanpak two weeks after an earlier probleemanalyse', periods: [{ from: S }], asOf: '2024-03-01', events: { probleemanalyse: '2024-01-20' }, only: ['probleemanalyse', 'plan-van-aanpak'] });
add({ id: 'timeline-events-late-probleemanalyse', origin: 'law: a late probleemanalyse does not move the plan van aanpak past end of week 8', periods: [{ from: S }], asOf: '2024-03-01', events: { probleemanalyse: '2024-02-15' }, only: ['probleemanalyse', 'plan-van-aanpak'] });
add({ id: 'timeline-events-early-eje', origin: 'product decision (wvp-rules.md §12.1): spoor 2 42 days after an early eerstejaarsevaluatie', periods: [{ from: S }], asOf: '2025-01-20', events: { eerstejaarsevaluatie: '2024-12-16' }, only: ['eerstejaarsevaluatie', 'spoor-2-start'] });
add({ id: 'timeline-events-late-eje', origin: 'product decision (wvp-rules.md §12.1): a late eerstejaarsevaluatie does not buy time', periods: [{ from: S }], asOf: '2025-01-20', events: { eerstejaarsevaluatie: '2025-01-15' }, only: ['eerstejaarsevaluatie', 'spoor-2-start'] });
add({ id: 'timeline-events-ziekmelding-late', origin: 'law: ZW 38 lid 1 — a melding after D+294 is done-late', periods: [{ from: S }], asOf: '2024-11-01', events: { 'ziekmelding-uwv': '2024-10-28' }, only: ['ziekmelding-uwv'] });
// WIA 64 lid 6: late UWV letter, four weeks after receipt (Atw), only if the melding came before week 81 (79 before 2013-07-01).
for (const [D, brief, zm, tag] of [
  ['2024-01-01', '2025-10-01', '2024-10-21', 'harbour'], ['2024-01-01', '2025-10-01', plus('2024-01-01', 565), 'zm-last-day-before-week81'],
  ['2024-01-01', '2025-10-01', plus('2024-01-01', 566), 'zm-on-week81'], ['2024-01-01', '2025-09-20', '2024-10-21', 'harbour-not-later'],
  ['2024-01-01', '2025-10-04', '2024-10-21', 'harbour-atw-saturday'], ['2025-01-06', '2026-09-10', '2025-10-27', 'harbour-2026'],
  ['2010-01-04', '2011-08-31', plus('2010-01-04', 551), 'old-rules-zm-before-week79'], ['2010-01-04', '2011-08-31', plus('2010-01-04', 555), 'old-rules-zm-after-week79'],
] as const) {
  add({ id: `timeline-64-6-${tag}`, origin: 'law: WIA 64 lid 6 — late UWV letter; application on time within four weeks of receipt (Atw art 1) unless the 42-week melding was not made before week 81 (79 before 2013-07-01)', periods: [{ from: D }], asOf: brief > '2025-12-01' ? brief : (D < '2011-01-01' ? brief : '2025-10-05'), events: { 'wia-brief-uwv': brief, 'ziekmelding-uwv': zm }, only: ['wia-brief-uwv', 'wia-aanvraag'], extraBasis: ['WIA art 64 lid 6', 'Atw art 1 lid 1'] });
}

const timeline: Vector[] = cases.map(timelineVector);
const all: Vector[] = [...timeline, ...HAND_CASES];
const seen = new Set<string>();
for (const v of all) {
  if (seen.has(v.id)) throw new Error(`duplicate vector id ${v.id}`);
  seen.add(v.id);
}
const out = fileURLToPath(new URL('../conformance/conformance.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(all, null, 1)}\n`);
console.log(`wrote ${all.length} vectors (${timeline.length} timeline) to conformance/conformance.json`);

/**
 * Timeline vectors for computeTimeline, computed INDEPENDENTLY of src/ by plain offset arithmetic
 * from the law (api-contract.md table; wvp-rules.md §1.3, §2, §13): counted sick day k for the
 * "week n" rules (gaps not counted), calendar days back from the last day of the wachttijd for
 * WIA 25 lid 3 and 64 lid 3, and the rule set by date in force, deadline by deadline.
 */
import { countedDay, nextAtwDay, plus, weekday } from './conformance-dates.js';
import type { Vector } from './conformance-types.js';

/** Entry into force of the Verzamelwet SZW 2013 changes to WIA art 64 (Stb. 2013, 236). */
export const T2013 = '2013-07-01';

type Period = { from: string; to?: string };
type Status = 'done' | 'done-late' | 'open' | 'due-soon' | 'overdue' | 'upcoming' | 'passed';
const DATE_KIND = new Set(['vervroegde-iva-uiterlijk', 'einde-wachttijd', 'wia-ingang']);
/** Steps that are UWV's, not the employer's: never overdue for the employer, only passed (issue 9). */
const UWV_STEP = new Set(['wia-brief-uwv']);

/** Milestone status on asOf (types.ts MilestoneStatus; dueSoonDays 14). */
function status(id: string, due: string, done: string | undefined, asOf: string): Status {
  if (done !== undefined) return done <= due ? 'done' : 'done-late';
  if (DATE_KIND.has(id)) return asOf > due ? 'passed' : 'upcoming';
  if (asOf > due) return UWV_STEP.has(id) ? 'passed' : 'overdue';
  const left = Math.round((Date.parse(due) - Date.parse(asOf)) / 86_400_000);
  return left <= 14 ? 'due-soon' : 'open';
}

export interface TimelineCase {
  readonly id: string;
  readonly origin: string;
  readonly periods: readonly Period[];
  readonly asFirstSickDay?: boolean;
  readonly asOf?: string;
  readonly events?: Record<string, string>;
  readonly options?: Record<string, unknown>;
  /** Limit `expected` to these milestone ids (default all eleven). */
  readonly only?: readonly string[];
  readonly extraBasis?: readonly string[];
  /** Periods passed as input when they differ from the chain counted (e.g. an earlier wachttijd). */
  readonly inputPeriods?: readonly Period[];
}

/** The expected milestone dates of one case, from the law. */
export function lawDates(periods: readonly Period[], events: Record<string, string> = {}, options: Record<string, unknown> = {}): {
  dates: Record<string, string>; ruleSet: string | null; last: string;
} {
  const k = (n: number): string => countedDay(periods, n);
  const D = k(0);
  const last = k(727); // 104 weeks: counted days 1…728 (WIA 23 lid 1; BW 7:629 lid 1)
  // Rule set by date in force, deadline by deadline (no transitional law in the Verzamelwet SZW 2013):
  // a deadline that had passed under the old law before 2013-07-01 stays under the old law.
  const aanvraagNew = plus(last, -91) >= T2013; // old deadline (13 weeks before the end) not yet passed
  const briefNew = k(7 * 87 - 1) >= T2013; // old week-87 day not yet passed
  const harbourWeek = aanvraagNew ? 81 : 79; // WIA 64 lid 6
  const d: Record<string, string> = {};
  d['probleemanalyse'] = k(options['probleemanalyseConvention'] === 'six-weeks-after' ? 42 : 41);
  d['plan-van-aanpak'] = k(55);
  if (events['probleemanalyse'] !== undefined && plus(events['probleemanalyse'], 14) < d['plan-van-aanpak']) d['plan-van-aanpak'] = plus(events['probleemanalyse'], 14);
  d['ziekmelding-uwv'] = options['ziekmeldingConvention'] === 'uwv-first-working-day' ? nextAtwDay(k(294)) : k(294);
  d['eerstejaarsevaluatie'] = k(363);
  const eje = events['eerstejaarsevaluatie'];
  d['spoor-2-start'] = plus(eje !== undefined && eje < d['eerstejaarsevaluatie'] ? eje : d['eerstejaarsevaluatie'], 42);
  d['vervroegde-iva-uiterlijk'] = k(475);
  d['wia-brief-uwv'] = k(briefNew ? 7 * 89 - 1 : 7 * 87 - 1);
  d['re-integratieverslag'] = plus(last, -91);
  d['wia-aanvraag'] = plus(last, aanvraagNew ? -77 : -91);
  // WIA 64 lid 6: a late letter; on time within four weeks of receipt (Atw) if the 42-week melding was made before week 79/81.
  const brief = events['wia-brief-uwv'];
  const zm = events['ziekmelding-uwv'];
  if (brief !== undefined && brief > d['wia-brief-uwv'] && zm !== undefined && zm < k(7 * harbourWeek - 1)) {
    const harbour = nextAtwDay(plus(brief, 28));
    if (harbour > d['wia-aanvraag']) d['wia-aanvraag'] = harbour;
  }
  d['einde-wachttijd'] = last;
  d['wia-ingang'] = plus(last, 1);
  void D;
  const ruleSet = aanvraagNew === briefNew ? (aanvraagNew ? 'verzamelwet-szw-2013-07-01' : 'wvp-2004-01-01') : null;
  return { dates: d, ruleSet, last };
}

const BASIS: Record<string, string> = {
  probleemanalyse: 'Regeling procesgang art 2 lid 2',
  'plan-van-aanpak': 'Regeling procesgang art 4 lid 1',
  'ziekmelding-uwv': 'ZW art 38 lid 1',
  eerstejaarsevaluatie: 'Regeling procesgang art 4 lid 2 sub b',
  'spoor-2-start': 'BBP §5 (practice norm: 42 days after the eerstejaarsevaluatie)',
  'vervroegde-iva-uiterlijk': 'WIA art 23 lid 6',
  'wia-brief-uwv': 'WIA art 64 lid 2',
  're-integratieverslag': 'WIA art 25 lid 3',
  'wia-aanvraag': 'WIA art 64 lid 3',
  'einde-wachttijd': 'WIA art 23 lid 1',
  'wia-ingang': 'WIA art 47 lid 2',
};

/** Builds the vector of one case. */
export function timelineVector(c: TimelineCase): Vector {
  const { dates, ruleSet, last } = lawDates(c.periods, c.events, c.options);
  const ids = c.only ?? Object.keys(dates);
  const milestones = ids.map((id) => {
    const m: Record<string, unknown> = { id, due: dates[id] };
    if (c.asOf !== undefined) m['status'] = status(id, dates[id]!, c.events?.[id], c.asOf);
    return m;
  });
  const input: Record<string, unknown> = c.inputPeriods !== undefined ? { sickPeriods: c.inputPeriods }
    : c.asFirstSickDay === false || c.periods.length > 1 || c.periods[0]!.to !== undefined ? { sickPeriods: c.periods } : { firstSickDay: c.periods[0]!.from };
  if (c.asOf !== undefined) input['asOf'] = c.asOf;
  if (c.events !== undefined) input['events'] = c.events;
  const expected: Record<string, unknown> = { firstSickDay: c.periods[0]!.from, wachttijdLastDay: last, milestones };
  if (ruleSet !== null && c.only === undefined) expected['ruleSet'] = { id: ruleSet };
  return {
    id: c.id, function: 'computeTimeline', input, ...(c.options === undefined ? {} : { options: c.options }), expected,
    basis: [...new Set([...ids.map((i) => BASIS[i]!), ...(c.extraBasis ?? [])])],
    origin: c.origin,
  };
}

/** A D on weekday w on or after the date. */
export function onWeekday(date: string, w: number): string {
  let d = date;
  while (weekday(d) !== w) d = plus(d, 1);
  return d;
}

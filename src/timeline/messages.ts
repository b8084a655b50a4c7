import type { TemplateValue } from '../i18n/fill.js';
import type { Locale, Localized, MessageTable } from '../i18n/types.js';

/** Keys of the texts {@link computeTimeline} writes: notices, explanation extras and explanation templates. */
export type TimelineMessageKey =
  | 'pva-not-earlier'
  | 'zm-decree-days-missing'
  | 'zm-uwv-first-working-day'
  | 'spoor2-eje-late'
  | 'wia-64-6-applied'
  | 'wia-64-6-zm-unknown'
  | 'wia-64-6-zm-late'
  | 'aow-before-2016'
  | 'aow-at-end'
  | 'aow-wage-weeks'
  | 'aow-after-wachttijd'
  | 'recovered-ended'
  | 'recovered-projected'
  | 'day1-weekend'
  | 'explain-counted'
  | 'explain-counted-gap'
  | 'explain-anchored'
  | 'evaluation'
  | 'evaluation-from-pva'
  | 'evaluation-from-pva-due'
  | 'evaluation-from-previous'
  | 'trace-samentelling'
  | 'trace-rule-set'
  | 'trace-wia-64-6-on-time'
  | 'trace-wachttijd-running'
  | 'trace-wachttijd-ended';

/**
 * The timeline's texts per locale, with `{name}` placeholders (filled by {@link timelineText}).
 * A missing key or language is a compile error.
 */
export const TIMELINE_MESSAGES = {
  nl: {
    'pva-not-earlier': 'De probleemanalyse van {done} was niet eerder dan nodig om de termijn te vervroegen; einde week 8 blijft de uiterste datum.',
    'zm-decree-days-missing': 'Voor {year} zijn de bij besluit gelijkgestelde dagen (Atw art 3 lid 3) niet in de bibliotheek; alleen de wettelijke feestdagen zijn toegepast.',
    'zm-uwv-first-working-day': 'UWV-praktijk: de eerste werkdag op of na {due} is {moved}.',
    'spoor2-eje-late': 'De eerstejaarsevaluatie is te laat gehouden ({done}); dat schuift de start van het tweede spoor niet op.',
    'wia-64-6-applied': 'De brief van UWV kwam te laat ({brief}): de aanvraag is tijdig binnen vier weken na ontvangst, uiterlijk {harbour} (WIA 64 lid 6; Atw).',
    'wia-64-6-zm-unknown': 'De brief van UWV kwam te laat. De aanvraag is tijdig tot {harbour} (WIA 64 lid 6) als de ziekmelding bij UWV vóór {week81} is gedaan; geef de datum van de ziekmelding mee.',
    'wia-64-6-zm-late': 'De brief van UWV kwam te laat, maar de ziekmelding is niet vóór {week81} gedaan: de verlengde termijn van WIA 64 lid 6 geldt niet.',
    'aow-before-2016': 'Ziek vóór 2016: BW 7:629 kende nog geen AOW-uitzondering; loon tot het einde van de 104 weken. Geen WIA: de AOW-leeftijd ({aowDate}) is een uitsluitingsgrond (WIA art 43 sub g).',
    'aow-at-end': 'AOW-leeftijd op {aowDate}, de dag na de 104 weken: loondoorbetaling tot en met het einde van de wachttijd ({wageLast}). Geen WIA-uitkering (WIA art 43 sub g).',
    'aow-wage-weeks': 'AOW-leeftijd op {aowDate}: loondoorbetaling {weeks} weken vanaf {start} ({source}), tot en met {wageLast}; totaal niet meer dan 104 weken. Geen WIA-wachttijd of -uitkering (WIA art 43 sub g).',
    'aow-after-wachttijd': 'De werknemer bereikt de AOW-leeftijd op {aowDate}, na de wachttijd: een WIA-uitkering eindigt op die dag (WIA art 43 sub g).',
    'recovered-ended': "Hersteld sinds {recoveredFrom}, vier weken of langer vóór {asOf}: deze wachttijd is geëindigd; een nieuwe ziekmelding begint een nieuwe wachttijd (BW 7:629 lid 10). Stappen die vóór het herstel nog niet verschuldigd waren, zijn vervallen (status 'lapsed'); hun data gaan uit van doorlopende ziekte.",
    'recovered-projected': 'De laatste ziekteperiode eindigde op {lastDay}. De data gaan uit van doorlopende ziekte; bij uitval binnen vier weken na {recoveredFrom} tellen de perioden samen.',
    'day1-weekend': "Dag 1 ({firstSickDay}) is een {weekday}. Werkt de werknemer dan niet, dan is dag 1 de eerstvolgende werkdag (WIA 23 lid 2): geef 'workPattern' mee.",
    'explain-counted': 'Regel: {rule}. Ziektedag {day} gerekend vanaf dag 1 ({firstSickDay}) = {due}.',
    'explain-counted-gap': 'Regel: {rule}. Ziektedag {day} gerekend vanaf dag 1 ({firstSickDay}); {gap} dagen onderbreking (samentelling) of verlof tellen niet mee = {due}.',
    'explain-anchored': 'Regel: {rule}. {anchorDate} ({anchor}) {sign} {days} dagen = {due}.',
    evaluation: 'Praktijknorm (niet wettelijk): ten minste elke zes weken evalueren; {interval} dagen na {from} ({base}).',
    'evaluation-from-pva': 'het plan van aanpak',
    'evaluation-from-pva-due': 'de uiterste datum van het plan van aanpak',
    'evaluation-from-previous': 'de vorige evaluatie',
    'trace-samentelling': 'Dag 1 van de wachttijd is {firstSickDay}; ziekteperioden in deze wachttijd: {periods}.',
    'trace-rule-set': 'Regelset {ruleSet}, gekozen naar het einde van de wachttijd ({wachttijdLastDay}).',
    'trace-wia-64-6-on-time': 'De brief van UWV kwam op tijd ({brief}): de verlengde termijn van WIA 64 lid 6 geldt niet.',
    'trace-wachttijd-running': 'Op {asOf} loopt de wachttijd nog.',
    'trace-wachttijd-ended': 'De wachttijd is geëindigd op {endedOn} ({reason}).',
  },
  en: {
    'pva-not-earlier': 'The problem analysis of {done} was not early enough to bring the deadline forward; end of week 8 stays the latest date.',
    'zm-decree-days-missing': 'The decree days of {year} (Atw art 3(3)) are not in the library; only the statutory holidays were applied.',
    'zm-uwv-first-working-day': 'UWV practice: the first working day on or after {due} is {moved}.',
    'spoor2-eje-late': 'The first-year evaluation was held late ({done}); that does not postpone the start of track 2.',
    'wia-64-6-applied': "UWV's letter came late ({brief}): the application is on time within four weeks of receipt, by {harbour} (WIA 64(6); Atw).",
    'wia-64-6-zm-unknown': "UWV's letter came late. The application is on time until {harbour} (WIA 64(6)) if the ziekmelding was made before {week81}; pass the date of the ziekmelding.",
    'wia-64-6-zm-late': "UWV's letter came late, but the ziekmelding was not made before {week81}: the extended term of WIA 64(6) does not apply.",
    'aow-before-2016': 'Sick before 2016: BW 7:629 had no AOW exception yet; wage until the end of the 104 weeks. No WIA: AOW age ({aowDate}) excludes it (WIA art 43(g)).',
    'aow-at-end': 'AOW age on {aowDate}, the day after the 104 weeks: wage payment through the end of the waiting period ({wageLast}). No WIA benefit (WIA art 43(g)).',
    'aow-wage-weeks': 'AOW age on {aowDate}: wage payment for {weeks} weeks from {start} ({source}), through {wageLast}; 104 weeks at most in total. No WIA waiting period or benefit (WIA art 43(g)).',
    'aow-after-wachttijd': 'The employee reaches AOW age on {aowDate}, after the waiting period: a WIA benefit ends on that day (WIA art 43(g)).',
    'recovered-ended': "Recovered since {recoveredFrom}, four weeks or more before {asOf}: this wachttijd has ended; a new sickness starts a new one (BW 7:629(10)). Steps not yet due before the recovery have lapsed (status 'lapsed'); their dates assume continued sickness.",
    'recovered-projected': 'The last sick period ended on {lastDay}. The dates assume continued sickness; sickness again within four weeks of {recoveredFrom} is combined.',
    'day1-weekend': "Day 1 ({firstSickDay}) is a {weekday}. If the employee does not work that day, day 1 is the next working day (WIA 23(2)): pass 'workPattern'.",
    'explain-counted': 'Rule: {rule}. Sick day {day} counted from day 1 ({firstSickDay}) = {due}.',
    'explain-counted-gap': 'Rule: {rule}. Sick day {day} counted from day 1 ({firstSickDay}); {gap} days of gaps (samentelling) or leave are not counted = {due}.',
    'explain-anchored': 'Rule: {rule}. {anchorDate} ({anchor}) {sign} {days} days = {due}.',
    evaluation: 'Practice norm (not statutory): evaluate at least every six weeks; {interval} days after {from} ({base}).',
    'evaluation-from-pva': 'the action plan',
    'evaluation-from-pva-due': "the action plan's due date",
    'evaluation-from-previous': 'the previous evaluation',
    'trace-samentelling': 'Day 1 of the waiting period is {firstSickDay}; sick periods in this waiting period: {periods}.',
    'trace-rule-set': 'Rule set {ruleSet}, chosen by the end of the waiting period ({wachttijdLastDay}).',
    'trace-wia-64-6-on-time': "UWV's letter came on time ({brief}): the extended term of WIA 64(6) does not apply.",
    'trace-wachttijd-running': 'On {asOf} the waiting period is still running.',
    'trace-wachttijd-ended': 'The waiting period ended on {endedOn} ({reason}).',
  },
} as const satisfies MessageTable<TimelineMessageKey>;

/** Weekday names by ISO weekday (1 = Monday … 7 = Sunday; index 0 unused). */
export const WEEKDAY_NAMES = {
  nl: ['', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
  en: ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
} as const;

/**
 * A timeline text in both languages with its `{name}` placeholders filled in.
 *
 * @param key - The message key.
 * @param params - Values by placeholder name; a `{ nl, en }` value is used per language.
 * @returns `{ nl, en }`.
 * @internal
 * @example
 * timelineText('zm-uwv-first-working-day', { due: '2024-10-20', moved: '2024-10-21' }).en
 * //=> 'UWV practice: the first working day on or after 2024-10-20 is 2024-10-21.'
 */
export function timelineText(key: TimelineMessageKey, params: Readonly<Record<string, TemplateValue>> = {}): Localized {
  return { nl: fillCompiled(COMPILED.nl[key], params, 'nl'), en: fillCompiled(COMPILED.en[key], params, 'en') };
}

/**
 * A template split once at its `{name}` placeholders: text at even indexes, names at odd ones.
 * Filling it gives exactly what `fillTemplate` (src/i18n/fill.ts) gives, without a regular
 * expression per call: some of these texts are on computeTimeline's hot path (issue 11).
 */
type Compiled = readonly string[];

function compileTable(table: { readonly [K in TimelineMessageKey]: string }): { readonly [K in TimelineMessageKey]: Compiled } {
  const out = {} as Record<TimelineMessageKey, Compiled>;
  for (const key of Object.keys(table) as TimelineMessageKey[]) out[key] = Object.freeze(table[key].split(/\{(\w+)\}/));
  return Object.freeze(out);
}

/** The catalogue compiled once, when the module loads (frozen: no state changes after that). */
const COMPILED = Object.freeze({ nl: compileTable(TIMELINE_MESSAGES.nl), en: compileTable(TIMELINE_MESSAGES.en) });

function fillCompiled(parts: Compiled, params: Readonly<Record<string, TemplateValue>>, locale: Locale): string {
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const v = params[parts[i]!];
    out += v === undefined ? `{${parts[i]!}}` : typeof v === 'object' ? v[locale] : String(v);
    out += parts[i + 1]!;
  }
  return out;
}

/**
 * A weekday's name in both languages.
 *
 * @param weekday - ISO weekday, 1 = Monday … 7 = Sunday.
 * @returns `{ nl, en }`.
 * @internal
 * @example
 * weekdayName(6) //=> { nl: 'zaterdag', en: 'Saturday' }
 */
export function weekdayName(weekday: number): Localized {
  return { nl: WEEKDAY_NAMES.nl[weekday]!, en: WEEKDAY_NAMES.en[weekday]! };
}

/**
 * Two texts joined with a space, per language.
 *
 * @param first - The first text.
 * @param second - The text appended after a space.
 * @returns `{ nl, en }`.
 * @internal
 * @example
 * joinTexts({ nl: 'a.', en: 'a.' }, { nl: 'b.', en: 'c.' }) //=> { nl: 'a. b.', en: 'a. c.' }
 */
export function joinTexts(first: Localized, second: Localized): Localized {
  return { nl: first.nl + ' ' + second.nl, en: first.en + ' ' + second.en };
}

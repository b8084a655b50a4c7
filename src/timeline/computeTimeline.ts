import { IsoDayFormatter, fromDayNumber, toDayNumber, weekdayOf } from '../calendar/dayNumber.js';
import { milestoneStatus, type MilestoneStatusContext } from './milestoneStatus.js';
import { atwTermEnd, nextAtwWorkingDay } from '../calendar/workingDays.js';
import { MAX_DAY, outOfRangeMessage } from '../calendar/dateRange.js';
import { isValidIsoDate } from '../calendar/isValidIsoDate.js';
import { ATW_DECREE_YEARS_COVERED } from '../calendar/atwDecreeDays.js';
import type * as z from 'zod';
import { parseInput } from '../input/zodIssues.js';
import { fastParseTimelineInput, fastParseTimelineOptions } from './fastParse.js';
import { PoortwachterError, type InputIssue } from '../errors/PoortwachterError.js';
import { LEGAL_REFS } from '../legal/references.js';
import type { LegalRef } from '../legal/LegalRef.js';
import type { Localized } from '../i18n/types.js';
import { buildSickModel } from '../sickness/validateSickInput.js';
import { countedBefore, sickDayToDayNumber, type Span } from '../sickness/sickClock.js';
import { describeSamentelling } from '../sickness/combineSickPeriods.js';
import type { SickPeriod } from '../sickness/types.js';
import { AOW_WAGE_RULES, WACHTTIJD_WEEKS, selectRuleSet, wiaBriefWeekFor } from '../law/ruleSets.js';
import { MILESTONE_LABELS, MILESTONE_RULES } from './labels.js';
import { MILESTONE_RULES_TABLE, neverOverdue, type MilestoneRule } from '../law/milestoneRules.js';
import { pendingAfterDay, toWachttijdEnd, wachttijdEndDays } from './wachttijdEnded.js';
import { END_OF_WACHTTIJD_EVENT_KEYS, EVENT_ALIASES, expandEndOfWachttijdShorthand, timelineInputSchema, timelineOptionsSchema } from './timelineSchema.js';
import { applyEndOfWachttijdEvents, type EndOfWachttijdEvents } from './applyEndOfWachttijdEvents.js';
import type {
  AowOutcome, Evaluation, Milestone, MilestoneExplanation, MilestoneId, MilestoneStatus, Timeline, TimelineInput, TimelineOptions,
} from './types.js';

const FN = 'computeTimeline';
const EVALUATION_REFS = Object.freeze([LEGAL_REFS.RPE_4_4, LEGAL_REFS.BW_658A_3]);
const DAY_2004 = toDayNumber('2004-01-01');
const DAY_2013_07_01 = toDayNumber('2013-07-01');
const DAY_2016 = toDayNumber('2016-01-01');
const WEEKDAY_NL = ['', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;
const NO_EVENTS: NonNullable<z.output<typeof timelineInputSchema>['events']> = Object.freeze({});
const NO_DAYS: readonly number[] = Object.freeze([]);
const WEEKDAY_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

interface Draft {
  id: MilestoneId;
  due: number;
  windowFrom: number | null;
  anchor: MilestoneExplanation['anchor'];
  anchorDay: number;
  k: number | null;
  eventUsed: string | null;
  convention: string | null;
  extra: Localized | null;
  /** Articles the situation adds after the rule table's (e.g. the AOW age). */
  extraBasis?: readonly LegalRef[];
}

/**
 * Computes every Wet verbetering poortwachter deadline from a sick report: probleemanalyse, plan
 * van aanpak, periodic evaluations, the 42-week ziekmelding, eerstejaarsevaluatie, the latest start
 * of spoor 2, vervroegde IVA, UWV's WIA letter, re-integratieverslag, WIA-aanvraag, the end of the
 * wachttijd and the earliest WIA start — with samentelling, rule sets by date in force, the AOW-age
 * case, actual events that move dependent deadlines, and each step's status on `asOf`.
 *
 * @remarks
 * Weeks are calendar weeks counted from day 1: week n = days 7(n−1)+1 … 7n of (counted) sickness.
 * With samentelling, "day k of sickness" is the calendar date of the k-th counted sick day; the gaps
 * are not counted. Deadlines counted back from the end of the wachttijd (WIA 25 lid 3, 64 lid 3) are
 * counted back in calendar days from its last day. Beyond the last known sick day the sickness is
 * projected to continue. Conventions and where sources disagree: README and `docs/conventions.md`.
 *
 * @param input - `{ firstSickDay }` or `{ sickPeriods }`, with optional `asOf`, `events`, `workPattern`, `wazoLeave`, `aowDate`.
 * @param options - `locale`, `dueSoonDays`, `ziekmeldingConvention`, `probleemanalyseConvention`, `causeExceptionScope`.
 * @returns The {@link Timeline}: milestones sorted by `due`, each with week, legal basis, labels, status and explanation.
 * @throws {@link PoortwachterError} for invalid input (the message names each field and problem).
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0013540 | Regeling procesgang eerste en tweede ziektejaar}
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=64 | WIA art 64}
 * @example
 * const t = computeTimeline({ firstSickDay: '2024-01-01' });
 * t.milestones.find((m) => m.id === 'wia-aanvraag')?.due //=> '2025-10-12' (D+650, end of week 93)
 */
export function computeTimeline(input: TimelineInput, options: TimelineOptions = {}): Timeline {
  // The common shapes are checked by hand (fastParse.ts); anything else, and every error, goes through zod.
  const inp = fastParseTimelineInput(input) ?? parseInput(timelineInputSchema, input, FN);
  const opts = fastParseTimelineOptions(options) ?? parseInput(timelineOptionsSchema, options, FN, ['options']);
  const issues: InputIssue[] = [];

  if (inp.firstSickDay === undefined && inp.sickPeriods === undefined) {
    issues.push({ path: ['firstSickDay'], code: 'missing', message: "give either 'firstSickDay' or 'sickPeriods'" });
  } else if (inp.firstSickDay !== undefined && inp.sickPeriods !== undefined) {
    issues.push({ path: ['sickPeriods'], code: 'invalid_value', message: "give either 'firstSickDay' or 'sickPeriods', not both" });
  }
  if (issues.length > 0) throw new PoortwachterError(FN, issues);

  const asOf = inp.asOf === undefined ? undefined : toDayNumber(inp.asOf);
  const fromFirstDay = inp.firstSickDay !== undefined;
  const periods: readonly SickPeriod[] = fromFirstDay ? [{ from: inp.firstSickDay! }] : inp.sickPeriods!;
  const basePath = fromFirstDay ? ['firstSickDay'] : ['sickPeriods'];
  const causeScope = opts.causeExceptionScope ?? 'wazo-only';
  const model = buildSickModel(periods, inp.wazoLeave ?? [], fromFirstDay ? [] : basePath, ['wazoLeave'], asOf, causeScope, inp.workPattern, issues);
  if (model === undefined) {
    throw new PoortwachterError(FN, fromFirstDay ? issues.map((i) => ({ ...i, path: i.path.length === 0 || typeof i.path[0] === 'number' ? ['firstSickDay'] : i.path })) : issues);
  }
  const spans: readonly Span[] = model.chains[model.chains.length - 1]!.spans;
  const D = spans[0]!.start;
  if (D < DAY_2004) {
    throw PoortwachterError.single(FN, basePath, 'out_of_scope',
      `day 1 ${fromDayNumber(D)} is before 2004-01-01; the 104-week wachttijd (WIA) applies to sickness from 2004 on`);
  }

  // Events: normalise aliases to milestone ids; reject duplicates, dates before day 1 or after asOf.
  const events = new Map<MilestoneId, number>();
  const rawEvents = inp.events ?? NO_EVENTS;
  if (inp.events !== undefined) for (const [key, value] of Object.entries(rawEvents)) {
    if (key === 'evaluaties' || value === undefined || typeof value !== 'string' || !(key in EVENT_ALIASES)) continue;
    const id = EVENT_ALIASES[key as keyof typeof EVENT_ALIASES] as MilestoneId;
    const dn = toDayNumber(value as unknown as string);
    if (events.has(id)) issues.push({ path: ['events', key], code: 'invalid_value', message: `duplicates the event '${id}' given under another name` });
    if (dn < D || (asOf !== undefined && dn > asOf)) checkEventDay(dn, ['events', key], D, asOf, issues);
    events.set(id, dn);
  }
  const evaluaties = rawEvents.evaluaties === undefined ? NO_DAYS : rawEvents.evaluaties.map((d, i) => {
    const dn = toDayNumber(d);
    if (dn < D || (asOf !== undefined && dn > asOf)) checkEventDay(dn, ['events', 'evaluaties', i], D, asOf, issues);
    return dn;
  }).sort((a, b) => a - b);
  const pvaDone = events.get('plan-van-aanpak');
  if (pvaDone !== undefined) {
    (rawEvents.evaluaties ?? []).forEach((d, i) => {
      if (toDayNumber(d) < pvaDone) {
        issues.push({ path: ['events', 'evaluaties', i], code: 'inconsistent', message: `lies before the plan van aanpak it evaluates (${d} < ${fromDayNumber(pvaDone)})` });
      }
    });
  }
  if (issues.length > 0) throw new PoortwachterError(FN, issues);

  const locale = opts.locale ?? 'nl';
  const dueSoon = opts.dueSoonDays ?? 14;
  const zmConv = opts.ziekmeldingConvention ?? 'statutory';
  const paConv = opts.probleemanalyseConvention ?? 'end-of-week-6';
  const notices: Localized[] = model.notices.slice();
  const fmt = new IsoDayFormatter(D);
  const firstSickDay = fmt.format(D);

  // The wachttijd is 104 weeks in every rule set; its end selects the rule set (ruleSets.ts).
  const wachttijdLast = sickDayToDayNumber(spans, 7 * WACHTTIJD_WEEKS - 1);
  const ruleSet = selectRuleSet(wachttijdLast, DAY_2013_07_01);
  const p = ruleSet.parameters;

  const drafts: Draft[] = [];

  // probleemanalyse — Regeling procesgang art 2 lid 2.
  const paK = 7 * p.probleemanalyseWeeks - (paConv === 'six-weeks-after' ? 0 : 1);
  counted(drafts, spans, D, 'probleemanalyse', paK, null, paConv);
  // plan van aanpak — art 4 lid 1: two weeks after the actual probleemanalyse; week 8 otherwise.
  const pva = counted(drafts, spans, D, 'plan-van-aanpak', 7 * p.planVanAanpakWeeks - 1);
  const paDone = events.get('probleemanalyse');
  if (paDone !== undefined && paDone + p.planVanAanpakDaysAfterProbleemanalyse < pva.due) {
    pva.due = paDone + p.planVanAanpakDaysAfterProbleemanalyse;
    pva.anchor = 'probleemanalyse';
    pva.anchorDay = paDone;
    pva.k = null;
    pva.eventUsed = 'probleemanalyse';
  } else if (paDone !== undefined) {
    pva.extra = {
      nl: `De probleemanalyse van ${fromDayNumber(paDone)} was niet eerder dan nodig om de termijn te vervroegen; einde week 8 blijft de uiterste datum.`,
      en: `The problem analysis of ${fromDayNumber(paDone)} was not early enough to bring the deadline forward; end of week 8 stays the latest date.`,
    };
  }
  // ziekmelding bij UWV — ZW 38 lid 1: first day after 42 weeks; the Atw does not move it (art 4).
  const zm = counted(drafts, spans, D, 'ziekmelding-uwv', 7 * p.ziekmeldingWeeks, null, zmConv);
  if (zmConv === 'uwv-first-working-day') {
    const moved = nextAtwWorkingDay(zm.due);
    if (!ATW_DECREE_YEARS_COVERED.includes(Number(fromDayNumber(zm.due).slice(0, 4)))) {
      notices.push({
        nl: `Voor ${fromDayNumber(zm.due).slice(0, 4)} zijn de bij besluit gelijkgestelde dagen (Atw art 3 lid 3) niet in de bibliotheek; alleen de wettelijke feestdagen zijn toegepast.`,
        en: `The decree days of ${fromDayNumber(zm.due).slice(0, 4)} (Atw art 3(3)) are not in the library; only the statutory holidays were applied.`,
      });
    }
    if (moved !== zm.due) {
      zm.extra = {
        nl: `UWV-praktijk: de eerste werkdag op of na ${fromDayNumber(zm.due)} is ${fromDayNumber(moved)}.`,
        en: `UWV practice: the first working day on or after ${fromDayNumber(zm.due)} is ${fromDayNumber(moved)}.`,
      };
      zm.due = moved;
    }
  }
  // eerstejaarsevaluatie — RPE art 4 lid 2 b: end of year one; window from week 46.
  const eje = counted(drafts, spans, D, 'eerstejaarsevaluatie', 7 * p.eerstejaarsevaluatieWeek - 1, 7 * (p.eerstejaarsevaluatieWindowWeek - 1));
  // spoor 2 — 42 days after the eerstejaarsevaluatie, held or due, whichever is earlier.
  const ejeDone = events.get('eerstejaarsevaluatie');
  const spoorAnchor = ejeDone !== undefined && ejeDone < eje.due ? ejeDone : eje.due;
  drafts.push({
    id: 'spoor-2-start', due: spoorAnchor + p.spoor2DaysAfterEerstejaarsevaluatie, windowFrom: null,
    anchor: 'eerstejaarsevaluatie', anchorDay: spoorAnchor, k: null,
    eventUsed: ejeDone !== undefined && ejeDone < eje.due ? 'eerstejaarsevaluatie' : null, convention: null,
    extra: ejeDone !== undefined && ejeDone > eje.due ? {
      nl: `De eerstejaarsevaluatie is te laat gehouden (${fromDayNumber(ejeDone)}); dat schuift de start van het tweede spoor niet op.`,
      en: `The first-year evaluation was held late (${fromDayNumber(ejeDone)}); that does not postpone the start of track 2.`,
    } : null,
  });
  counted(drafts, spans, D, 'vervroegde-iva-uiterlijk', 7 * p.vervroegdeIvaLastWeek - 1, 7 * p.vervroegdeIvaFirstWeeks);
  const briefWeek = wiaBriefWeekFor(ruleSet, (w) => sickDayToDayNumber(spans, 7 * w - 1), DAY_2013_07_01);
  counted(drafts, spans, D, 'wia-brief-uwv', 7 * briefWeek - 1);
  back(drafts, 're-integratieverslag', wachttijdLast, p.reIntegratieverslagWeeksBeforeEnd);
  back(drafts, 'wia-aanvraag', wachttijdLast, p.wiaAanvraagWeeksBeforeEnd);
  counted(drafts, spans, D, 'einde-wachttijd', 7 * p.wachttijdWeeks - 1); // = wachttijdLast
  drafts.push({ id: 'wia-ingang', due: wachttijdLast + 1, windowFrom: null, anchor: 'einde-wachttijd', anchorDay: wachttijdLast, k: null, eventUsed: null, convention: null, extra: null });

  // WIA 64 lid 6: after a late UWV letter the WIA-aanvraag is on time within four weeks of receipt
  // (a forward term of a wet: Atw applies), unless the ziekmelding was not made before week 81.
  const briefDone = events.get('wia-brief-uwv');
  const briefDue = sickDayToDayNumber(spans, 7 * briefWeek - 1);
  if (briefDone !== undefined && briefDone > briefDue) {
    const aanvraag = drafts.find((d) => d.id === 'wia-aanvraag')!;
    const week81 = sickDayToDayNumber(spans, 7 * p.ziekmeldingSafeHarbourWeek - 1);
    const zmDone = events.get('ziekmelding-uwv');
    const harbour = atwTermEnd(briefDone + 1, briefDone + 28); // Atw art 1 and 2
    if (zmDone !== undefined && zmDone < week81) {
      if (harbour > aanvraag.due) {
        aanvraag.extra = {
          nl: `De brief van UWV kwam te laat (${fromDayNumber(briefDone)}): de aanvraag is tijdig binnen vier weken na ontvangst, uiterlijk ${fromDayNumber(harbour)} (WIA 64 lid 6; Atw).`,
          en: `UWV's letter came late (${fromDayNumber(briefDone)}): the application is on time within four weeks of receipt, by ${fromDayNumber(harbour)} (WIA 64(6); Atw).`,
        };
        aanvraag.due = harbour;
        aanvraag.anchor = 'event';
        aanvraag.anchorDay = briefDone;
        aanvraag.eventUsed = 'wia-brief-uwv';
      }
    } else {
      notices.push(zmDone === undefined ? {
        nl: `De brief van UWV kwam te laat. De aanvraag is tijdig tot ${fromDayNumber(harbour)} (WIA 64 lid 6) als de ziekmelding bij UWV vóór ${fromDayNumber(week81)} is gedaan; geef de datum van de ziekmelding mee.`,
        en: `UWV's letter came late. The application is on time until ${fromDayNumber(harbour)} (WIA 64(6)) if the ziekmelding was made before ${fromDayNumber(week81)}; pass the date of the ziekmelding.`,
      } : {
        nl: `De brief van UWV kwam te laat, maar de ziekmelding is niet vóór ${fromDayNumber(week81)} gedaan: de verlengde termijn van WIA 64 lid 6 geldt niet.`,
        en: `UWV's letter came late, but the ziekmelding was not made before ${fromDayNumber(week81)}: the extended term of WIA 64(6) does not apply.`,
      });
    }
  }

  // AOW age — BW 7:629 lid 2 b; WIA art 43 g.
  let aow: AowOutcome | null = null;
  // With the AOW age before the end of the wachttijd: which steps stay (keepDraft).
  let keepAow: number | null = null;
  let keepWageLast = 0;
  if (inp.aowDate !== undefined) {
    const aowDay = toDayNumber(inp.aowDate);
    if (aowDay <= wachttijdLast + 1) {
      // The weeks are weeks of (counted) sickness from the AOW date (BW 7:629 lid 10 sums the periods):
      // they start on the first counted sick day on or after it; gaps are not counted.
      const kStart = countedBefore(spans, Math.max(D, aowDay));
      const start = sickDayToDayNumber(spans, kStart);
      const atEnd = start > wachttijdLast; // AOW age on the day after the 104 weeks
      const rule = AOW_WAGE_RULES.find((r) => D >= toDayNumber(r.validFrom) && (r.validTo === null || D <= toDayNumber(r.validTo)))
        ?? (aowDay >= DAY_2016 && D < DAY_2016 ? AOW_WAGE_RULES[0]! : undefined);
      const weeks = rule?.weeks ?? 104;
      const wageLast = rule === undefined ? wachttijdLast : Math.min(sickDayToDayNumber(spans, kStart + 7 * weeks - 1), wachttijdLast);
      aow = Object.freeze({
        aowDate: inp.aowDate,
        wageWeeks: weeks,
        wageLastDay: fromDayNumber(wageLast),
        wiaPossible: false,
        legalBasis: Object.freeze([LEGAL_REFS.BW_629_2B, LEGAL_REFS.WIA_43G]),
        explanation: rule === undefined ? {
          nl: `Ziek vóór 2016: BW 7:629 kende nog geen AOW-uitzondering; loon tot het einde van de 104 weken. Geen WIA: de AOW-leeftijd (${inp.aowDate}) is een uitsluitingsgrond (WIA art 43 sub g).`,
          en: `Sick before 2016: BW 7:629 had no AOW exception yet; wage until the end of the 104 weeks. No WIA: AOW age (${inp.aowDate}) excludes it (WIA art 43(g)).`,
        } : atEnd ? {
          nl: `AOW-leeftijd op ${inp.aowDate}, de dag na de 104 weken: loondoorbetaling tot en met het einde van de wachttijd (${fromDayNumber(wageLast)}). Geen WIA-uitkering (WIA art 43 sub g).`,
          en: `AOW age on ${inp.aowDate}, the day after the 104 weeks: wage payment through the end of the waiting period (${fromDayNumber(wageLast)}). No WIA benefit (WIA art 43(g)).`,
        } : {
          nl: `AOW-leeftijd op ${inp.aowDate}: loondoorbetaling ${weeks} weken vanaf ${fromDayNumber(start)} (${rule.source}), tot en met ${fromDayNumber(wageLast)}; totaal niet meer dan 104 weken. Geen WIA-wachttijd of -uitkering (WIA art 43 sub g).`,
          en: `AOW age on ${inp.aowDate}: wage payment for ${weeks} weeks from ${fromDayNumber(start)} (${rule.source}), through ${fromDayNumber(wageLast)}; 104 weeks at most in total. No WIA waiting period or benefit (WIA art 43(g)).`,
        },
      });
      drafts.push({
        id: 'einde-loondoorbetaling', due: wageLast, windowFrom: null, anchor: aowDay > D && !atEnd ? 'aow-datum' : 'eerste-ziektedag',
        anchorDay: atEnd ? D : start, k: null, eventUsed: null, convention: null, extra: aow.explanation,
        extraBasis: [LEGAL_REFS.BW_629_2B, LEGAL_REFS.WIA_43G],
      });
      keepAow = aowDay;
      keepWageLast = wageLast;
      notices.push(aow.explanation);
    } else {
      notices.push({
        nl: `De werknemer bereikt de AOW-leeftijd op ${inp.aowDate}, na de wachttijd: een WIA-uitkering eindigt op die dag (WIA art 43 sub g).`,
        en: `The employee reaches AOW age on ${inp.aowDate}, after the waiting period: a WIA benefit ends on that day (WIA art 43(g)).`,
      });
    }
  }

  const lastSpan = spans[spans.length - 1]!;
  // Has the wachttijd ended on asOf? One rule with wachttijdEnded (src/timeline/wachttijdEnded.ts).
  const endDays = asOf === undefined ? null : wachttijdEndDays(lastSpan.end, wachttijdLast, asOf);
  const lapsedAfter = endDays?.reason === 'recovered' ? endDays.endedOn : null;
  const pendingAfter = asOf === undefined ? null : pendingAfterDay(lastSpan.end, wachttijdLast, asOf);
  if (lastSpan.end !== Infinity) {
    const recoveredFrom = fmt.format(lastSpan.end + 1);
    const ended = lapsedAfter !== null;
    notices.push(ended ? {
      nl: `Hersteld sinds ${recoveredFrom}, vier weken of langer vóór ${fmt.format(asOf!)}: deze wachttijd is geëindigd; een nieuwe ziekmelding begint een nieuwe wachttijd (BW 7:629 lid 10). Stappen die vóór het herstel nog niet verschuldigd waren, zijn vervallen (status 'lapsed'); hun data gaan uit van doorlopende ziekte.`,
      en: `Recovered since ${recoveredFrom}, four weeks or more before ${fmt.format(asOf!)}: this wachttijd has ended; a new sickness starts a new one (BW 7:629(10)). Steps not yet due before the recovery have lapsed (status 'lapsed'); their dates assume continued sickness.`,
    } : {
      nl: `De laatste ziekteperiode eindigde op ${fmt.format(lastSpan.end)}. De data gaan uit van doorlopende ziekte; bij uitval binnen vier weken na ${recoveredFrom} tellen de perioden samen.`,
      en: `The last sick period ended on ${fmt.format(lastSpan.end)}. The dates assume continued sickness; sickness again within four weeks of ${recoveredFrom} is combined.`,
    });
  }

  if (fromFirstDay && inp.workPattern === undefined && weekdayOf(D) >= 6) {
    notices.push({
      nl: `Dag 1 (${firstSickDay}) is een ${WEEKDAY_NL[weekdayOf(D)]}. Werkt de werknemer dan niet, dan is dag 1 de eerstvolgende werkdag (WIA 23 lid 2): geef 'workPattern' mee.`,
      en: `Day 1 (${firstSickDay}) is a ${WEEKDAY_EN[weekdayOf(D)]}. If the employee does not work that day, day 1 is the next working day (WIA 23(2)): pass 'workPattern'.`,
    });
  }

  const statusContext = { lapsedAfter, neverOverdue: false, pendingAfter };
  const statusContextUwv = { lapsedAfter, neverOverdue: true, pendingAfter };

  // Dates past 2999-12-31 are outside the supported range: reject rather than print year 3000.
  let latest = wachttijdLast + 1;
  for (const d of drafts) if (d.due > latest) latest = d.due;
  if (latest > MAX_DAY) {
    throw PoortwachterError.single(FN, basePath, 'out_of_scope', outOfRangeMessage(latest, `the timeline of day 1 ${fromDayNumber(D)}`));
  }

  // Sorted on day numbers (then legal order), before any date string is made.
  const kept: Draft[] = [];
  for (const d of drafts) if (keepAow === null || keepDraft(d, keepAow, keepWageLast)) kept.push(d);
  sortByDueThenOrder(kept);
  const nl = locale === 'nl';
  const milestones: Milestone[] = [];
  for (let i = 0; i < kept.length; i++) {
    const d = kept[i]!;
    const { rule, labels } = MILESTONE_INFO.get(d.id)!;
    const done = events.get(d.id) ?? null;
    const gapDaysAdded = d.k === null ? 0 : Math.max(0, d.due - D - d.k);
    const due = fmt.format(d.due);
    milestones.push({
      id: d.id,
      due,
      windowFrom: d.windowFrom === null ? null : fmt.format(d.windowFrom),
      week: Math.floor(countedBefore(spans, d.due) / 7) + 1,
      label: nl ? labels.nl : labels.en,
      labels,
      legalBasis: d.extraBasis === undefined ? rule.legalBasis : withBasis(rule.legalBasis, d.extraBasis),
      normKind: rule.normKind,
      actor: rule.actor,
      kind: rule.kind,
      done: done === null ? null : fmt.format(done),
      status: asOf === undefined ? null : milestoneStatus(rule.kind, d.due, done, asOf, dueSoon, neverOverdue(rule) ? statusContextUwv : statusContext),
      explanation: new LazyExplanation(d, D, gapDaysAdded, d.anchorDay === D ? firstSickDay : fmt.format(d.anchorDay), due),
    });
  }

  // The eerstejaarsevaluatie is an evaluation too (Regeling procesgang art 4 lid 2 b): the chain runs on from it.
  // A date given twice (or as both an evaluation and the eerstejaarsevaluatie) is one evaluation.
  const heldEvaluations = uniqueSorted(evaluaties, ejeDone);
  const evaluations = aow !== null ? [] : buildEvaluations(
    events.get('plan-van-aanpak') ?? pva.due, events.has('plan-van-aanpak'), heldEvaluations,
    wachttijdLast - 7 * p.wiaAanvraagWeeksBeforeEnd, p.evaluationIntervalDays, asOf, dueSoon, statusContext, fmt,
  );

  // Real counted days through asOf (no projection after a recovery); the week as sicknessWeekOn
  // counts it, 0 while asOf lies before day 1 (a report on a non-working day moved day 1 later).
  const samentelling = describeSamentelling(model, periods, asOf);
  const countedAsOf = asOf === undefined ? null : samentelling.countedSickDays;
  const weekAsOf = asOf === undefined ? null : asOf < D ? 0 : Math.floor(countedBefore(spans, asOf) / 7) + 1;
  const timeline: Timeline = {
    firstSickDay,
    milestones,
    evaluations,
    samentelling,
    ruleSet,
    wachttijdLastDay: aow === null ? fmt.format(wachttijdLast) : null,
    aow,
    asOf: asOf === undefined ? null : fmt.format(asOf),
    countedSickDaysAsOf: countedAsOf,
    weekAsOf,
    conventions: { ziekmelding: zmConv, probleemanalyse: paConv, causeExceptionScope: causeScope },
    notices,
    wachttijdEnded: endDays === null ? null : toWachttijdEnd(endDays, lastSpan.end),
  };

  // The end of the wachttijd: loonsanctie, vrijwillige verlenging, vervroegde IVA, a late
  // WIA-aanvraag and the opzegverbod move dates (src/endOfWachttijd). Only when something calls for it.
  const endEvents: Record<string, unknown> = {};
  let hasEndEvents = false;
  if (inp.events !== undefined) for (const key of END_OF_WACHTTIJD_EVENT_KEYS) {
    if (rawEvents[key] !== undefined) {
      endEvents[key] = expandEndOfWachttijdShorthand(key, rawEvents[key]);
      hasEndEvents = true;
    }
  }
  const aanvraagDone = events.get('wia-aanvraag');
  const aanvraagLate = aanvraagDone !== undefined && aanvraagDone > toDayNumber(milestones.find((m) => m.id === 'wia-aanvraag')?.due ?? '2999-12-31');
  const withOpzegverbod = opts.includeOpzegverbod === true || rawEvents.opzegverbod !== undefined;
  if (!hasEndEvents && !aanvraagLate && !withOpzegverbod) return timeline;
  let extended: Timeline;
  try {
    extended = applyEndOfWachttijdEvents(timeline, endEvents as EndOfWachttijdEvents, {
      locale, dueSoonDays: dueSoon, opzegverbod: withOpzegverbod,
      ...(inp.aowDate === undefined ? {} : { aowDate: inp.aowDate }),
      ...(inp.wazoLeave === undefined ? {} : { wazoLeave: inp.wazoLeave }),
    });
  } catch (e) {
    // Report under computeTimeline's name; the paths already start with `events.<key>`.
    if (e instanceof PoortwachterError) throw new PoortwachterError(FN, e.issues);
    throw e;
  }
  const tooLate = extended.milestones.find((m) => !isValidIsoDate(m.due));
  if (tooLate !== undefined) {
    throw PoortwachterError.single(FN, basePath, 'out_of_scope',
      `the date of '${tooLate.id}' would fall after 2999-12-31, outside the supported years 1900–2999`);
  }
  return extended;
}

/** The rule's articles followed by those the situation adds, each once. */
function withBasis(rule: readonly LegalRef[], extra: readonly LegalRef[]): readonly LegalRef[] {
  return Object.freeze([...rule, ...extra.filter((r) => !rule.some((x) => x.id === r.id))]);
}

function checkEventDay(dn: number, path: (string | number)[], D: number, asOf: number | undefined, issues: InputIssue[]): void {
  if (dn < D) issues.push({ path, code: 'inconsistent', message: `lies before day 1 (${fromDayNumber(dn)} < ${fromDayNumber(D)})` });
  if (asOf !== undefined && dn > asOf) issues.push({ path, code: 'inconsistent', message: `lies after asOf (${fromDayNumber(dn)} > ${fromDayNumber(asOf)}): an event cannot have happened yet` });
}

/** Adds a "day k of sickness" draft (counted from day 1). */
function counted(drafts: Draft[], spans: readonly Span[], D: number, id: MilestoneId, k: number, windowK: number | null = null, convention: string | null = null): Draft {
  const d: Draft = { id, due: sickDayToDayNumber(spans, k), windowFrom: windowK === null ? null : sickDayToDayNumber(spans, windowK), anchor: 'eerste-ziektedag', anchorDay: D, k, eventUsed: null, convention, extra: null };
  drafts.push(d);
  return d;
}

/** Adds a draft counted back `weeks` weeks from the last day of the wachttijd. */
function back(drafts: Draft[], id: MilestoneId, wachttijdLast: number, weeks: number): void {
  drafts.push({ id, due: wachttijdLast - 7 * weeks, windowFrom: null, anchor: 'einde-wachttijd', anchorDay: wachttijdLast, k: null, eventUsed: null, convention: null, extra: null });
}

const AOW_EARLY: ReadonlySet<MilestoneId> = new Set<MilestoneId>(['probleemanalyse', 'plan-van-aanpak', 'einde-loondoorbetaling']);
const AOW_WIA_ONLY: ReadonlySet<MilestoneId> = new Set<MilestoneId>(['vervroegde-iva-uiterlijk', 'wia-brief-uwv', 're-integratieverslag', 'wia-aanvraag', 'einde-wachttijd', 'wia-ingang']);

/**
 * With the AOW age before the end of the wachttijd: whether a step stays. The 42-week ziekmelding
 * (ZW 38 lid 1) has no AOW exception: due while the employee is not yet at AOW age, it stays; after
 * that no WIA can follow and it is left out.
 */
function keepDraft(d: Draft, aowDay: number, wageLast: number): boolean {
  return AOW_EARLY.has(d.id) || (d.id === 'ziekmelding-uwv' ? d.due < aowDay && d.due <= wageLast : !AOW_WIA_ONLY.has(d.id) && d.due <= wageLast);
}

/**
 * Sorts milestones by due date, ties in legal order, on day numbers (not date strings): an
 * insertion sort, stable and cheapest for the dozen drafts of a timeline.
 */
function sortByDueThenOrder(drafts: Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const x = drafts[i]!;
    const xOrder = MILESTONE_INFO.get(x.id)!.rule.order;
    let j = i - 1;
    for (; j >= 0; j--) {
      const y = drafts[j]!;
      if (y.due < x.due || (y.due === x.due && MILESTONE_INFO.get(y.id)!.rule.order <= xOrder)) break;
      drafts[j + 1] = y;
    }
    drafts[j + 1] = x;
  }
}

/** The held evaluations (and the eerstejaarsevaluatie), sorted, each date once. */
function uniqueSorted(sorted: readonly number[], extra: number | undefined): readonly number[] {
  if (sorted.length === 0) return extra === undefined ? [] : [extra];
  const all = extra === undefined ? sorted : [...sorted, extra].sort((a, b) => a - b);
  const out: number[] = [];
  for (const x of all) if (out.length === 0 || out[out.length - 1] !== x) out.push(x);
  return out;
}

/** Per milestone id, looked up once per milestone: its rule and its `{ nl, en }` labels (one shared frozen object). */
const MILESTONE_INFO: ReadonlyMap<MilestoneId, { readonly rule: MilestoneRule; readonly labels: Localized }> = new Map(
  (Object.keys(MILESTONE_RULES_TABLE) as MilestoneId[]).map((id) => [id, Object.freeze({
    rule: MILESTONE_RULES_TABLE[id],
    labels: Object.freeze({ nl: MILESTONE_LABELS.nl[id], en: MILESTONE_LABELS.en[id] }),
  })]),
);

/**
 * A milestone explanation whose `text` is built only when read: batch callers that never read it
 * do not pay for the strings. The getter sits on the prototype (cheap to construct); `toJSON`
 * keeps `text` in JSON output.
 */
class LazyExplanation implements MilestoneExplanation {
  readonly anchor: MilestoneExplanation['anchor'];
  readonly anchorDate: string;
  readonly offsetDays: number;
  readonly countedSickDay: number | null;
  readonly gapDaysAdded: number;
  readonly eventUsed: string | null;
  readonly convention: string | null;
  readonly #draft: Draft;
  readonly #firstDay: number;
  readonly #due: string;

  constructor(d: Draft, D: number, gap: number, anchorDate: string, due: string) {
    this.anchor = d.anchor;
    this.anchorDate = anchorDate;
    this.offsetDays = d.due - d.anchorDay;
    this.countedSickDay = d.k === null ? null : d.k + 1;
    this.gapDaysAdded = gap;
    this.eventUsed = d.eventUsed;
    this.convention = d.convention;
    this.#draft = d;
    this.#firstDay = D;
    this.#due = due;
  }

  get text(): Localized {
    return explainText(this.#draft, this.#firstDay, this.gapDaysAdded, this.anchorDate, this.offsetDays, this.#due);
  }

  toJSON(): Omit<MilestoneExplanation, never> {
    return {
      anchor: this.anchor, anchorDate: this.anchorDate, offsetDays: this.offsetDays, countedSickDay: this.countedSickDay,
      gapDaysAdded: this.gapDaysAdded, eventUsed: this.eventUsed, convention: this.convention, text: this.text,
    };
  }
}

function explainText(d: Draft, D: number, gap: number, anchorDate: string, offset: number, due: string): Localized {
  const ruleNl = MILESTONE_RULES.nl[d.id];
  const ruleEn = MILESTONE_RULES.en[d.id];
  let nl: string;
  let en: string;
  if (d.k !== null) {
    const gapNl = gap > 0 ? `; ${gap} dagen onderbreking (samentelling) of verlof tellen niet mee` : '';
    const gapEn = gap > 0 ? `; ${gap} days of gaps (samentelling) or leave are not counted` : '';
    nl = `Regel: ${ruleNl}. Ziektedag ${d.k + 1} gerekend vanaf dag 1 (${fromDayNumber(D)})${gapNl} = ${due}.`;
    en = `Rule: ${ruleEn}. Sick day ${d.k + 1} counted from day 1 (${fromDayNumber(D)})${gapEn} = ${due}.`;
  } else {
    const sign = offset >= 0 ? '+' : '−';
    nl = `Regel: ${ruleNl}. ${anchorDate} (${d.anchor}) ${sign} ${Math.abs(offset)} dagen = ${due}.`;
    en = `Rule: ${ruleEn}. ${anchorDate} (${d.anchor}) ${sign} ${Math.abs(offset)} days = ${due}.`;
  }
  if (d.extra !== null) {
    nl += ` ${d.extra.nl}`;
    en += ` ${d.extra.en}`;
  }
  return { nl, en };
}

function buildEvaluations(
  anchor: number, anchorDone: boolean, held: readonly number[], until: number, interval: number,
  asOf: number | undefined, dueSoon: number, context: MilestoneStatusContext, fmt: IsoDayFormatter,
): Evaluation[] {
  const out: Evaluation[] = [];
  let prev = anchor;
  // Ends: each step without a held evaluation moves 42 days on, and `held` is finite.
  for (let i = 0; i < held.length + 40; i++) {
    const due = prev + interval;
    const done = held[i] ?? null;
    if (due > until && done === null) break;
    const status = asOf === undefined ? null : milestoneStatus('action', due, done, asOf, dueSoon, context);
    out.push(new PracticeEvaluation(i + 1, fmt.format(due), done === null ? null : fmt.format(done), status, interval, prev, i === 0 ? (anchorDone ? 'pva' : 'pva-due') : 'previous'));
    prev = done ?? due;
  }
  return out;
}

const EVALUATION_FROM = {
  pva: { nl: 'het plan van aanpak', en: 'the action plan' },
  'pva-due': { nl: 'de uiterste datum van het plan van aanpak', en: "the action plan's due date" },
  previous: { nl: 'de vorige evaluatie', en: 'the previous evaluation' },
} as const;

/** An evaluation of the series; its explanation is built when read. */
class PracticeEvaluation implements Evaluation {
  readonly sequence: number;
  readonly due: string;
  readonly done: string | null;
  readonly status: MilestoneStatus | null;
  readonly normKind = 'practice' as const;
  readonly legalBasis = EVALUATION_REFS;
  readonly #interval: number;
  readonly #base: number;
  readonly #from: keyof typeof EVALUATION_FROM;

  constructor(sequence: number, due: string, done: string | null, status: MilestoneStatus | null, interval: number, base: number, from: keyof typeof EVALUATION_FROM) {
    this.sequence = sequence;
    this.due = due;
    this.done = done;
    this.status = status;
    this.#interval = interval;
    this.#base = base;
    this.#from = from;
  }

  get explanation(): Localized {
    const f = EVALUATION_FROM[this.#from];
    const base = fromDayNumber(this.#base);
    return {
      nl: `Praktijknorm (niet wettelijk): ten minste elke zes weken evalueren; ${this.#interval} dagen na ${f.nl} (${base}).`,
      en: `Practice norm (not statutory): evaluate at least every six weeks; ${this.#interval} days after ${f.en} (${base}).`,
    };
  }

  toJSON(): Omit<Evaluation, never> {
    return { sequence: this.sequence, due: this.due, done: this.done, status: this.status, normKind: this.normKind, legalBasis: this.legalBasis, explanation: this.explanation };
  }
}

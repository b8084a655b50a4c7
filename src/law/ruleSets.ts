import { LEGAL_REFS } from '../legal/references.js';
import type { LegalRef } from '../legal/LegalRef.js';
import { localize, type Localized } from '../i18n/types.js';
import { RULE_SET_LABELS } from './messages.js';

/** Identifier of a rule set (a version of the deadline rules by date in force). */
export type RuleSetId = 'wvp-2004-01-01' | 'verzamelwet-szw-2013-07-01';

/** The parameters of the deadline rules; counted in weeks of (counted) sickness unless named otherwise. */
export interface RuleParameters {
  /** Length of the wachttijd and of wage payment during sickness (WIA 23 lid 1; BW 7:629 lid 1). */
  readonly wachttijdWeeks: number;
  /** Probleemanalyse "binnen zes weken" (Regeling procesgang art 2 lid 2). */
  readonly probleemanalyseWeeks: number;
  /** Plan van aanpak "binnen twee weken na het oordeel", in days (Regeling procesgang art 4 lid 1). */
  readonly planVanAanpakDaysAfterProbleemanalyse: number;
  /** Plan van aanpak, practice norm: end of week 8 (UWV). */
  readonly planVanAanpakWeeks: number;
  /** Evaluations "periodiek": practice norm of at least every six weeks, in days. */
  readonly evaluationIntervalDays: number;
  /** Ziekmelding at UWV "op de eerste dag nadat de ongeschiktheid 42 weken heeft geduurd" (ZW 38 lid 1). */
  readonly ziekmeldingWeeks: number;
  /** Eerstejaarsevaluatie: end of year one, week 52 (Regeling procesgang art 4 lid 2 b). */
  readonly eerstejaarsevaluatieWeek: number;
  /** Eerstejaarsevaluatie window opens in week 46 (practice). */
  readonly eerstejaarsevaluatieWindowWeek: number;
  /** Spoor 2 at the latest this many days after the eerstejaarsevaluatie (practice norm, Werkwijzer). */
  readonly spoor2DaysAfterEerstejaarsevaluatie: number;
  /** Perspective of structural return in the own organisation that may postpone spoor 2, in months. */
  readonly spoor2PerspectiveMonths: number;
  /** Vervroegde IVA: apply after at least 3 weeks (WIA 23 lid 6: wachttijd ≥ 13 weeks, end ≥ 10 weeks after application). */
  readonly vervroegdeIvaFirstWeeks: number;
  /** Vervroegde IVA: apply before 68 weeks (wachttijd ≤ 78 weeks, end ≥ 10 weeks after the application). */
  readonly vervroegdeIvaLastWeek: number;
  /** UWV tells the employee about the WIA-aanvraag on the day the wachttijd lasted this many weeks (WIA 64 lid 2). */
  readonly wiaBriefWeek: number;
  /** Re-integratieverslag this many weeks before the end of the wachttijd (WIA 25 lid 3). */
  readonly reIntegratieverslagWeeksBeforeEnd: number;
  /** WIA-aanvraag this many weeks before the end of the wachttijd (WIA 64 lid 3). */
  readonly wiaAanvraagWeeksBeforeEnd: number;
  /** The late-notice safe harbour of WIA 64 lid 6 is lost unless the 42-week melding was made before the wachttijd lasted this many weeks. */
  readonly ziekmeldingSafeHarbourWeek: number;
}

/** A rule set: parameters with their validity dates and sources. */
export interface RuleSet {
  /** Stable id. */
  readonly id: RuleSetId;
  /** First day in force. */
  readonly validFrom: string;
  /** Last day in force, or `null` while in force. */
  readonly validTo: string | null;
  /** What the rule set is (English). */
  readonly title: string;
  /** What the rule set is, in Dutch and English. */
  readonly label: Localized;
  /** The instrument that brought it in. */
  readonly source: string;
  /** How a case is assigned to this rule set. */
  readonly transition: string;
  /** The parameters. */
  readonly parameters: RuleParameters;
  /** Articles whose version this rule set reflects. */
  readonly legalBasis: readonly LegalRef[];
}

/** Weeks of the wachttijd in every rule set since 2004 (WIA 23 lid 1; BW 7:629 lid 1). */
export const WACHTTIJD_WEEKS = 104;

const COMMON = {
  wachttijdWeeks: WACHTTIJD_WEEKS,
  probleemanalyseWeeks: 6,
  planVanAanpakDaysAfterProbleemanalyse: 14,
  planVanAanpakWeeks: 8,
  evaluationIntervalDays: 42,
  ziekmeldingWeeks: 42,
  eerstejaarsevaluatieWeek: 52,
  eerstejaarsevaluatieWindowWeek: 46,
  spoor2DaysAfterEerstejaarsevaluatie: 42,
  spoor2PerspectiveMonths: 3,
  vervroegdeIvaFirstWeeks: 3,
  vervroegdeIvaLastWeek: 68,
  reIntegratieverslagWeeksBeforeEnd: 13,
} as const;

const TRANSITION_2013 =
  'The Verzamelwet SZW 2013 (Stb. 2013, 236) has no transitional provision for WIA art 64 and took effect on 1 July 2013 for every running case. A case gets the 2013 rules when its WIA-aanvraag deadline under the old rule (13 weeks before the end of the wachttijd) had not passed on 1 July 2013, i.e. fell on or after 2013-07-01; otherwise the old deadlines had already run out under the old law.';

/** The rule sets, oldest first. Frozen shared data. */
export const RULE_SETS: readonly RuleSet[] = Object.freeze([
  Object.freeze({
    id: 'wvp-2004-01-01',
    validFrom: '2004-01-01',
    validTo: '2013-06-30',
    title: 'Wet verbetering poortwachter with 104 weeks of wage payment (Wet verlenging loondoorbetalingsverplichting bij ziekte)',
    label: Object.freeze(localize(RULE_SET_LABELS, 'wvp-2004-01-01')),
    source: 'Stb. 2003, 555; WIA as in force before 1 July 2013',
    transition: TRANSITION_2013,
    parameters: Object.freeze({ ...COMMON, wiaBriefWeek: 87, wiaAanvraagWeeksBeforeEnd: 13, ziekmeldingSafeHarbourWeek: 79 }),
    legalBasis: Object.freeze([LEGAL_REFS.WIA_64_2, LEGAL_REFS.WIA_64_3, LEGAL_REFS.WIA_64_6]),
  }),
  Object.freeze({
    id: 'verzamelwet-szw-2013-07-01',
    validFrom: '2013-07-01',
    validTo: null,
    title: 'Verzamelwet SZW 2013: WIA-aanvraag 11 weeks before the end of the wachttijd (week 93), UWV notice in week 89',
    label: Object.freeze(localize(RULE_SET_LABELS, 'verzamelwet-szw-2013-07-01')),
    source: 'Verzamelwet SZW 2013, Stb. 2013, 236, art XXIII (WIA art 64 lid 2, 3, 6)',
    transition: TRANSITION_2013,
    parameters: Object.freeze({ ...COMMON, wiaBriefWeek: 89, wiaAanvraagWeeksBeforeEnd: 11, ziekmeldingSafeHarbourWeek: 81 }),
    legalBasis: Object.freeze([LEGAL_REFS.WIA_64_2, LEGAL_REFS.WIA_64_3, LEGAL_REFS.WIA_64_6]),
  }),
] as RuleSet[]);

/**
 * The rule set for a case, from the last day of its (unextended) wachttijd: the 2013 rules apply
 * when the old WIA-aanvraag deadline (13 weeks before the end) falls on or after 2013-07-01.
 *
 * @param wachttijdLastDay - Day number of the last day of the wachttijd.
 * @param transitionDay - Day number of 2013-07-01.
 * @returns The rule set.
 * @internal
 */
export function selectRuleSet(wachttijdLastDay: number, transitionDay: number): RuleSet {
  const oldDeadline = wachttijdLastDay - 7 * 13;
  return oldDeadline >= transitionDay ? RULE_SETS[1]! : RULE_SETS[0]!;
}

/** Wage period when the employee has reached AOW age (BW 7:629 lid 2 b), by first sick day. */
export interface AowWageRule {
  /** First sick day (or, for sickness before the AOW date, that date) from which this applies. */
  readonly validFrom: string;
  /** Last day, or `null`. */
  readonly validTo: string | null;
  /** Weeks of wage payment. */
  readonly weeks: number;
  /** Source. */
  readonly source: string;
}

/**
 * BW 7:629 lid 2 b (Wet werken na de AOW-gerechtigde leeftijd, Stb. 2015, 376): six weeks, but 13
 * weeks under its art VIIIa until 1 July 2023 (Stb. 2023, 169); sickness that began before
 * 1 July 2023 keeps 13 weeks. Before 2016 there was no AOW exception in 7:629.
 */
export const AOW_WAGE_RULES: readonly AowWageRule[] = Object.freeze([
  Object.freeze({ validFrom: '2016-01-01', validTo: '2023-06-30', weeks: 13, source: 'Wet werken na de AOW-gerechtigde leeftijd art VIIIa (Stb. 2015, 376); Besluit Stb. 2023, 169 art III' }),
  Object.freeze({ validFrom: '2023-07-01', validTo: null, weeks: 6, source: 'BW 7:629 lid 2 sub b (Stb. 2015, 376)' }),
]);

/**
 * The week of UWV's WIA letter (WIA art 64 lid 2) for a case, deadline by deadline: the Verzamelwet
 * SZW 2013 (Stb. 2013, 236) has no transitional provision, so a letter whose week-87 day under the
 * old law had already passed before 1 July 2013 stays due in week 87, even when the case's
 * WIA-aanvraag falls under the 2013 rules (first sick days 2011-10-04 to 2011-10-31 without gaps).
 * One rule for `computeTimeline` and `computeLateWiaAanvraag`.
 *
 * @param ruleSet - The case's rule set (see {@link selectRuleSet}).
 * @param lastDayOfWeek - Day number of the last day of sickness week `n` of the case.
 * @param transitionDay - Day number of 2013-07-01.
 * @returns The number of weeks after which UWV's letter is due.
 * @see https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=64
 * @internal
 */
export function wiaBriefWeekFor(ruleSet: RuleSet, lastDayOfWeek: (week: number) => number, transitionDay: number): number {
  const old = RULE_SETS[0]!.parameters.wiaBriefWeek;
  return lastDayOfWeek(old) < transitionDay ? old : ruleSet.parameters.wiaBriefWeek;
}

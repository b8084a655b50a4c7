import { EOW_REFS as LEGAL_REFS } from '../law/endOfWachttijdRefs.js';
import type { LegalRef } from '../legal/LegalRef.js';
import type { Actor, MilestoneId, NormKind } from './types.js';
import type { RuleParameters } from './ruleSets.js';

/**
 * Static facts of a milestone rule: who acts, how binding, the articles. Shared frozen data — the one
 * place both computeTimeline and applyEndOfWachttijdEvents take a milestone's kind, actor, norm and
 * legal basis from. A milestone's `legalBasis` starts with the table's articles; a situation may add
 * articles after them (the AOW age, a loonsanctie that moves the end of wage payment, …).
 */
export interface MilestoneRule {
  readonly id: MilestoneId;
  readonly kind: 'action' | 'date';
  readonly actor: Actor;
  readonly normKind: NormKind;
  readonly legalBasis: readonly LegalRef[];
  /** Position in legal order (for ties). */
  readonly order: number;
  /** Optional for the employer (never `overdue`), e.g. a bezwaar. */
  readonly optional: boolean;
}

const r = (id: MilestoneId, kind: 'action' | 'date', actor: Actor, normKind: NormKind, order: number, legalBasis: LegalRef[], optional = false): MilestoneRule =>
  Object.freeze({ id, kind, actor, normKind, order, optional, legalBasis: Object.freeze(legalBasis) });

/**
 * Whether a step past its due date without a done date is overdue for the employer: not when it is
 * UWV's step (the WIA letter, UWV's decisions) or optional (a bezwaar).
 *
 * @internal
 */
export function neverOverdue(rule: MilestoneRule): boolean {
  return rule.actor === 'uwv' || rule.optional;
}

/** The milestone rules, in legal order. */
export const MILESTONE_RULES_TABLE: Readonly<Record<MilestoneId, MilestoneRule>> = Object.freeze({
  probleemanalyse: r('probleemanalyse', 'action', 'bedrijfsarts', 'regulation', 1, [LEGAL_REFS.RPE_2]),
  'plan-van-aanpak': r('plan-van-aanpak', 'action', 'werkgever-en-werknemer', 'regulation', 2, [LEGAL_REFS.RPE_4_1, LEGAL_REFS.BW_658A_3]),
  'ziekmelding-uwv': r('ziekmelding-uwv', 'action', 'werkgever', 'statutory', 3, [LEGAL_REFS.ZW_38_1]),
  eerstejaarsevaluatie: r('eerstejaarsevaluatie', 'action', 'werkgever-en-werknemer', 'regulation', 4, [LEGAL_REFS.RPE_4_2B, LEGAL_REFS.BBP_5]),
  'spoor-2-start': r('spoor-2-start', 'action', 'werkgever', 'practice', 5, [LEGAL_REFS.BBP_5, LEGAL_REFS.BBP_9, LEGAL_REFS.WWP_SPOOR2, LEGAL_REFS.BW_658A_1]),
  'vervroegde-iva-uiterlijk': r('vervroegde-iva-uiterlijk', 'date', 'werknemer', 'statutory', 6, [LEGAL_REFS.WIA_23_6, LEGAL_REFS.WIA_66]),
  'wia-brief-uwv': r('wia-brief-uwv', 'action', 'uwv', 'statutory', 7, [LEGAL_REFS.WIA_64_2]),
  're-integratieverslag': r('re-integratieverslag', 'action', 'werkgever-en-werknemer', 'statutory', 8, [LEGAL_REFS.WIA_25_3, LEGAL_REFS.RPE_6]),
  'wia-aanvraag': r('wia-aanvraag', 'action', 'werknemer', 'statutory', 9, [LEGAL_REFS.WIA_64_3, LEGAL_REFS.WIA_65]),
  'einde-wachttijd': r('einde-wachttijd', 'date', 'werkgever', 'statutory', 10, [LEGAL_REFS.WIA_23_1, LEGAL_REFS.BW_629_1]),
  'wia-ingang': r('wia-ingang', 'date', 'uwv', 'statutory', 11, [LEGAL_REFS.WIA_47_2]),
  // After einde-loonsanctie in legal order: the loonsanctie is what extends wage payment (WIA 25 lid 9).
  // The situation adds its articles: AOW age (BW 7:629 lid 2 b, WIA 43 g), or lid 11 after end-of-wachttijd events.
  'einde-loondoorbetaling': r('einde-loondoorbetaling', 'date', 'werkgever', 'statutory', 16, [LEGAL_REFS.BW_629_1]),
  // Added by applyEndOfWachttijdEvents (src/timeline/applyEndOfWachttijdEvents.ts).
  'loonsanctie-beschikking': r('loonsanctie-beschikking', 'action', 'uwv', 'statutory', 12, [LEGAL_REFS.WIA_25_10, LEGAL_REFS.WIA_25_11, LEGAL_REFS.WIA_25_14]),
  'bezwaar-loonsanctie': r('bezwaar-loonsanctie', 'action', 'werkgever', 'statutory', 13, [LEGAL_REFS.AWB_6_7, LEGAL_REFS.ATW_1], true),
  'bekorting-beschikking': r('bekorting-beschikking', 'action', 'uwv', 'statutory', 14, [LEGAL_REFS.WIA_25_13, LEGAL_REFS.WIA_25_14, LEGAL_REFS.ATW_1]),
  'einde-loonsanctie': r('einde-loonsanctie', 'date', 'werkgever', 'statutory', 15, [LEGAL_REFS.WIA_25_9, LEGAL_REFS.WIA_25_14]),
  // BW 7:670 lid 1 sub a (two years, or six weeks at AOW age); the situation adds lid 11 (extensions), as computeOpzegverbod says.
  'einde-opzegverbod': r('einde-opzegverbod', 'date', 'werkgever', 'statutory', 17, [LEGAL_REFS.BW_670_1A]),
});

/** A parameter of the rule set (src/law/ruleSets.ts), by name: a row never holds the number itself. */
export type RuleParameterName = keyof RuleParameters;

/**
 * What a deadline row counts from: day 1 (counted sick days, gaps not counted), the last day of the
 * wachttijd (calendar days), or the due date of an earlier row (by its milestone id).
 */
export type DeadlineAnchor = 'eerste-ziektedag' | 'einde-wachttijd' | 'eerstejaarsevaluatie';

/**
 * How far from its anchor a deadline lies:
 * - `endOfWeek` — the last day of week n of counted sickness (counted sick day 7n);
 * - `dayAfterWeeks` — the first day after n weeks of counted sickness (counted sick day 7n + 1);
 * - `weeksBefore` — n calendar weeks before the anchor;
 * - `daysAfter` — n calendar days after the anchor (a parameter name or a fixed number of days).
 */
export type DeadlineOffset =
  | { readonly endOfWeek: RuleParameterName }
  | { readonly dayAfterWeeks: RuleParameterName }
  | { readonly weeksBefore: RuleParameterName }
  | { readonly daysAfter: RuleParameterName | number };

/** The window in which a step is expected: from the first day of week n, or from the first day after n weeks (counted sickness). */
export type DeadlineWindow = { readonly fromWeek: RuleParameterName } | { readonly afterWeeks: RuleParameterName };

/**
 * Named rule functions for what is genuinely different from a row (registered by id in
 * src/timeline/evaluateRows.ts): the week of UWV's WIA letter under the 2013 transition
 * (`wiaBriefWeekFor`), and UWV's first-working-day practice for the ziekmelding.
 */
export type DeadlineRuleId = 'wia-64-2-transition' | 'uwv-first-working-day';

/** Keys of the timeline message catalogue a row may add to its explanation (src/timeline/messages.ts). */
export type DeadlineNoteKey = 'pva-not-earlier' | 'spoor2-eje-late';

/**
 * One statutory deadline as data (issue 10): which milestone, counted from what, how far, the window,
 * the actual event that may bring it forward, the convention option that may change it, whether the
 * Algemene termijnenwet moves it. Its kind, actor, norm kind, legal basis and legal order are the
 * {@link MILESTONE_RULES_TABLE} entry of the same id. src/timeline/evaluateRows.ts reads the rows in
 * order (an anchor row comes before the rows counted from it).
 */
export interface DeadlineRow {
  readonly id: MilestoneId;
  readonly anchor: DeadlineAnchor;
  readonly offset: DeadlineOffset;
  /** A named rule that gives the week of `offset` instead of the parameter (the 2013 transition of WIA 64 lid 2). */
  readonly weekRule?: DeadlineRuleId;
  readonly window?: DeadlineWindow;
  /**
   * An actual event that brings the deadline forward: to the event's date plus `plusDays` when that is
   * earlier. `noteIfNotEarlier` / `noteIfLater`: the explanation's remark when the event did not bring
   * it forward / came after the deadline's anchor.
   */
  readonly earlierIf?: {
    readonly event: 'probleemanalyse' | 'eerstejaarsevaluatie';
    readonly plusDays: RuleParameterName;
    readonly noteIfNotEarlier?: DeadlineNoteKey;
    readonly noteIfLater?: DeadlineNoteKey;
  };
  /**
   * The option (of computeTimeline's options) that chooses a convention: its default, and per other
   * value a different offset or a named rule applied after the row.
   */
  readonly convention?: {
    readonly option: 'probleemanalyseConvention' | 'ziekmeldingConvention';
    readonly default: string;
    readonly byValue: { readonly [value: string]: { readonly offset?: DeadlineOffset; readonly then?: DeadlineRuleId } };
  };
  /**
   * `'never'`: the Algemene termijnenwet does not move the date (a day-k rule, a date counted back, or
   * a term over twelve weeks: Atw art 4); `'next-working-day'`: a forward term the Atw extends.
   */
  readonly atw: 'never' | 'next-working-day';
}

const row = (r: DeadlineRow): DeadlineRow => Object.freeze(r);

/**
 * The statutory deadlines of the timeline as rows, in the order they are evaluated (issue 10). WIA 64
 * lid 6 (the late-letter harbour) and the AOW age are situation rules of computeTimeline, applied
 * after the rows.
 */
export const DEADLINE_ROWS: readonly DeadlineRow[] = Object.freeze([
  // Regeling procesgang art 2 lid 2: "binnen zes weken" — end of week 6, or (a literal reading) the day after six weeks.
  row({ id: 'probleemanalyse', anchor: 'eerste-ziektedag', offset: { endOfWeek: 'probleemanalyseWeeks' }, atw: 'never',
    convention: { option: 'probleemanalyseConvention', default: 'end-of-week-6', byValue: { 'six-weeks-after': { offset: { dayAfterWeeks: 'probleemanalyseWeeks' } } } } }),
  // Art 4 lid 1: two weeks after the actual probleemanalyse; end of week 8 otherwise (UWV).
  row({ id: 'plan-van-aanpak', anchor: 'eerste-ziektedag', offset: { endOfWeek: 'planVanAanpakWeeks' }, atw: 'never',
    earlierIf: { event: 'probleemanalyse', plusDays: 'planVanAanpakDaysAfterProbleemanalyse', noteIfNotEarlier: 'pva-not-earlier' } }),
  // ZW 38 lid 1: the first day after 42 weeks; the Atw does not move it (art 4). UWV practice: the next working day.
  row({ id: 'ziekmelding-uwv', anchor: 'eerste-ziektedag', offset: { dayAfterWeeks: 'ziekmeldingWeeks' }, atw: 'never',
    convention: { option: 'ziekmeldingConvention', default: 'statutory', byValue: { 'uwv-first-working-day': { then: 'uwv-first-working-day' } } } }),
  // RPE art 4 lid 2 b: end of year one; expected from week 46.
  row({ id: 'eerstejaarsevaluatie', anchor: 'eerste-ziektedag', offset: { endOfWeek: 'eerstejaarsevaluatieWeek' }, window: { fromWeek: 'eerstejaarsevaluatieWindowWeek' }, atw: 'never' }),
  // Practice norm: 42 days after the eerstejaarsevaluatie, held or due, whichever is earlier.
  row({ id: 'spoor-2-start', anchor: 'eerstejaarsevaluatie', offset: { daysAfter: 'spoor2DaysAfterEerstejaarsevaluatie' }, atw: 'never',
    earlierIf: { event: 'eerstejaarsevaluatie', plusDays: 'spoor2DaysAfterEerstejaarsevaluatie', noteIfLater: 'spoor2-eje-late' } }),
  // WIA 23 lid 6: apply after at least 3 weeks and before 68 weeks.
  row({ id: 'vervroegde-iva-uiterlijk', anchor: 'eerste-ziektedag', offset: { endOfWeek: 'vervroegdeIvaLastWeek' }, window: { afterWeeks: 'vervroegdeIvaFirstWeeks' }, atw: 'never' }),
  // WIA 64 lid 2: the week of the letter, deadline by deadline under the 2013 transition.
  row({ id: 'wia-brief-uwv', anchor: 'eerste-ziektedag', offset: { endOfWeek: 'wiaBriefWeek' }, weekRule: 'wia-64-2-transition', atw: 'never' }),
  // WIA 25 lid 3 and 64 lid 3: counted back in calendar weeks from the last day of the wachttijd.
  row({ id: 're-integratieverslag', anchor: 'einde-wachttijd', offset: { weeksBefore: 'reIntegratieverslagWeeksBeforeEnd' }, atw: 'never' }),
  row({ id: 'wia-aanvraag', anchor: 'einde-wachttijd', offset: { weeksBefore: 'wiaAanvraagWeeksBeforeEnd' }, atw: 'never' }),
  // WIA 23 lid 1: the last day of 104 weeks; WIA 47 lid 2: the day after.
  row({ id: 'einde-wachttijd', anchor: 'eerste-ziektedag', offset: { endOfWeek: 'wachttijdWeeks' }, atw: 'never' }),
  row({ id: 'wia-ingang', anchor: 'einde-wachttijd', offset: { daysAfter: 1 }, atw: 'never' }),
]);

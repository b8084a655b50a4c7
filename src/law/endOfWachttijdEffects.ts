/**
 * The effects at the end of the wachttijd as rows of data (issue 10): each dated effect of a
 * loonsanctie, a bekorting or a vrijwillige verlenging is an anchor plus an offset of a norm of
 * {@link END_OF_WACHTTIJD_NORMS}, with its provisions (catalogue keys), kind of norm, actor, message key
 * and order. One small evaluator (`endOfWachttijd/evaluateEffect.ts`) reads them; the rules that are
 * not an anchor plus an offset (the 52 weeks with WAZO leave, the shortenings of WIA 25 lid 14) stay
 * small named functions in `endOfWachttijd/`.
 *
 * The milestones that `applyEndOfWachttijdEvents` puts on a timeline are rows too
 * ({@link END_OF_WACHTTIJD_MILESTONE_EFFECTS}): which milestone, from which event, anchored where, and
 * with which message.
 *
 * @module
 */
import type { LegalProvisionKey } from '../legal/catalogue.js';
import type { Actor, NormKind } from './types.js';
import type { END_OF_WACHTTIJD_NORMS } from './endOfWachttijdNorms.js';

/** Id of a norm in {@link END_OF_WACHTTIJD_NORMS}. @category Law */
export type EndOfWachttijdNormId = keyof typeof END_OF_WACHTTIJD_NORMS;

/** The fact an effect is counted from. @category Law */
export type EndOfWachttijdAnchor =
  | 'reference-end'        // last day of the wachttijd or of the extended period (WIA 24, BW 7:629 lid 11 a)
  | 'decision'             // UWV's loonsanctie decision
  | 'bekorting-notice'     // the employer's notice of repair (WIA 25 lid 12)
  | 'bekorting-decision'   // UWV's decision on that notice (WIA 25 lid 13)
  | 'loonsanctie-max-end'  // last day of the full 52 weeks (WIA 25 lid 9)
  | 'verkorting-request';  // the employee's request to shorten a vrijwillige verlenging (WIA 24 lid 3)

/** One dated effect: anchor + offset, its law, and how it is explained. @category Law */
export interface EndOfWachttijdEffect {
  /** Stable id; the id of the date it yields (`LegalDate.id`). */
  readonly id: string;
  /** What it is counted from. */
  readonly anchor: EndOfWachttijdAnchor;
  /** The offset: a norm of {@link END_OF_WACHTTIJD_NORMS} (in weeks), forwards (`after`) or backwards (`before`). */
  readonly offset: { readonly norm: EndOfWachttijdNormId; readonly direction: 'after' | 'before' };
  /** Whether the Algemene termijnenwet (art 1 lid 1) moves the day; never for a backward term (art 1 lid 2). */
  readonly atw: boolean;
  /** The provisions, keys of the legal catalogue, in the order cited. */
  readonly refs: readonly LegalProvisionKey[];
  /** How binding. */
  readonly normKind: NormKind;
  /** Who must act by that day. */
  readonly actor: Actor;
  /** Key of the message (end-of-wachttijd catalogue) that explains the day. */
  readonly message: string;
  /** Position in legal order. */
  readonly order: number;
}

const e = (
  id: string, anchor: EndOfWachttijdAnchor, direction: 'after' | 'before', norm: EndOfWachttijdNormId, atw: boolean,
  refs: readonly LegalProvisionKey[], actor: Actor, message: string, order: number,
): EndOfWachttijdEffect => Object.freeze({ id, anchor, offset: Object.freeze({ norm, direction }), atw, refs: Object.freeze(refs.slice()), normKind: 'statutory', actor, message, order });

/** The dated effects of the end of the wachttijd, by id, in legal order. Frozen shared data. @category Law */
export const END_OF_WACHTTIJD_EFFECTS = Object.freeze({
  /** WIA 25 lid 10: UWV decides at the latest six weeks before the end (backward: not moved, Atw 1 lid 2). */
  'loonsanctie-beschikking-uiterlijk': e('loonsanctie-beschikking-uiterlijk', 'reference-end', 'before', 'loonsanctieDecisionWeeksBeforeEnd', false, ['WIA_25_10', 'ATW_1_2'], 'uwv', 'loonsanctieDecisionSixWeeksBefore', 1),
  /** Awb 6:7, 6:8: bezwaar against the loonsanctie within six weeks. */
  'bezwaar-loonsanctie-uiterlijk': e('bezwaar-loonsanctie-uiterlijk', 'decision', 'after', 'bezwaarWeeks', true, ['AWB_6_7', 'ATW_1'], 'werkgever', 'sixWeeksAfterTheDecisionOf', 2),
  /** WIA 25 lid 13: UWV decides on the repair notice within three weeks. */
  'bekorting-beschikking-uiterlijk': e('bekorting-beschikking-uiterlijk', 'bekorting-notice', 'after', 'bekortingDecisionWeeks', true, ['WIA_25_13', 'ATW_1'], 'uwv', 'threeWeeksAfterReceiptOfThe', 3),
  /** WIA 25 lid 14: the loonsanctie ends six weeks after the established repair ("zes weken nadat": not moved). */
  'einde-loonsanctie-na-herstel': e('einde-loonsanctie-na-herstel', 'bekorting-decision', 'after', 'bekortingEndWeeksAfterRepair', false, ['WIA_25_12', 'WIA_25_13', 'WIA_25_14'], 'uwv', 'uwvEstablishedTheRepairOnThe', 4),
  /** WIA 25 lid 15, 64 lid 8 c: UWV decides on the WIA within six weeks after the repair. */
  'wia-beschikking-na-herstel': e('wia-beschikking-na-herstel', 'bekorting-decision', 'after', 'wiaDecisionWeeksAfterRepair', true, ['WIA_25_15', 'WIA_64_8C', 'ATW_1'], 'uwv', 'sixWeeksAfterEstablishingTheRepair', 5),
  /** Awb 6:7, 6:8: bezwaar against the decision on the repair within six weeks. */
  'bezwaar-bekorting-uiterlijk': e('bezwaar-bekorting-uiterlijk', 'bekorting-decision', 'after', 'bezwaarWeeks', true, ['AWB_6_7', 'ATW_1'], 'werkgever', 'sixWeeksAfterTheDecisionOf2', 6),
  /** WIA 64 lid 7, lid 8 c: UWV resumes the WIA application six weeks before the 52 weeks expire. */
  'wia-hervatting-uiterlijk': e('wia-hervatting-uiterlijk', 'loonsanctie-max-end', 'before', 'wiaResumeWeeksBeforeLoonsanctieEnd', false, ['WIA_64_7', 'WIA_64_8C'], 'uwv', 'sixWeeksBeforeThe52Weeks', 7),
  /** WIA 24 lid 3: a shortened extension ends no earlier than 13 weeks after the request (over twelve weeks: Atw 4). */
  'verkorting-vroegste-einde': e('verkorting-vroegste-einde', 'verkorting-request', 'after', 'verkortingNoticeWeeks', false, ['WIA_24_3', 'ATW_4'], 'werknemer', 'thirteenWeeksAfterTheRequestOf', 8),
} as const satisfies Readonly<Record<string, EndOfWachttijdEffect>>);

/** Id of a row of {@link END_OF_WACHTTIJD_EFFECTS}. @category Law */
export type EndOfWachttijdEffectId = keyof typeof END_OF_WACHTTIJD_EFFECTS;

/** What a timeline milestone of an end-of-wachttijd event is explained from. @category Law */
export type MilestoneEffectAnchor = 'event' | 'einde-wachttijd' | 'eerste-ziektedag';

/**
 * One milestone that `applyEndOfWachttijdEvents` puts on a timeline: which milestone, from which
 * event, anchored where and explained by which message (or by the explanation of the function that
 * settled the event, `message: null`). Its kind, actor, norm and order come from the milestone rule
 * table, as for every milestone.
 *
 * @category Law
 */
export interface MilestoneEffect {
  /** Stable id of the rule (`timeline.eow.<…>` in a trace). */
  readonly id: string;
  /** The milestone it sets. */
  readonly milestone: string;
  /** The fact its explanation is anchored on. */
  readonly anchor: MilestoneEffectAnchor;
  /** The event key recorded as `eventUsed`. */
  readonly eventUsed: string;
  /** The provisions (catalogue keys) of the effect, cited in the trace. */
  readonly refs: readonly LegalProvisionKey[];
  /** Key of the message that explains it, or `null` for the settling function's own explanation. */
  readonly message: string | null;
  /** Order in which they are applied. */
  readonly order: number;
}

const m = (id: string, milestone: string, anchor: MilestoneEffectAnchor, eventUsed: string, refs: readonly LegalProvisionKey[], message: string | null, order: number): MilestoneEffect =>
  Object.freeze({ id, milestone, anchor, eventUsed, refs: Object.freeze(refs.slice()), message, order });

/** The milestones of the end-of-wachttijd events, in the order they are applied. Frozen shared data. @category Law */
export const END_OF_WACHTTIJD_MILESTONE_EFFECTS = Object.freeze({
  'verlenging.einde-wachttijd': m('verlenging.einde-wachttijd', 'einde-wachttijd', 'event', 'vrijwilligeVerlenging', ['WIA_24_1', 'WIA_24_2'], 'extendedPeriodWia24WagePayment', 1),
  'verlenging.re-integratieverslag': m('verlenging.re-integratieverslag', 're-integratieverslag', 'einde-wachttijd', 'vrijwilligeVerlenging', ['WIA_25_4'], 'thirteenWeeksBeforeTheEndOf', 2),
  'verlenging.wia-aanvraag': m('verlenging.wia-aanvraag', 'wia-aanvraag', 'einde-wachttijd', 'vrijwilligeVerlenging', ['WIA_64_3'], 'beforeTheEndOfTheExtended', 3),
  'loonsanctie.beschikking': m('loonsanctie.beschikking', 'loonsanctie-beschikking', 'einde-wachttijd', 'loonsanctie', ['WIA_25_10'], 'sixWeeksBeforeTheEndWia', 4),
  'loonsanctie.bezwaar': m('loonsanctie.bezwaar', 'bezwaar-loonsanctie', 'event', 'loonsanctie', ['AWB_6_7', 'ATW_1'], 'sixWeeksAfterTheDecisionOf', 5),
  'loonsanctie.bekorting': m('loonsanctie.bekorting', 'bekorting-beschikking', 'event', 'loonsanctie.bekorting', ['WIA_25_13'], 'threeWeeksAfterTheRepairNotice', 6),
  'loonsanctie.einde': m('loonsanctie.einde', 'einde-loonsanctie', 'einde-wachttijd', 'loonsanctie', ['WIA_25_9', 'WIA_25_14'], null, 7),
  'vervroegdeIva.aanvraag': m('vervroegdeIva.aanvraag', 'vervroegde-iva-uiterlijk', 'event', 'vervroegdeIva', ['WIA_23_6'], null, 8),
  'vervroegdeIva.einde-wachttijd': m('vervroegdeIva.einde-wachttijd', 'einde-wachttijd', 'event', 'vervroegdeIva', ['WIA_23_6'], 'shortenedWaitingPeriodSetByUwv', 9),
  'vervroegdeIva.wia-ingang': m('vervroegdeIva.wia-ingang', 'wia-ingang', 'einde-wachttijd', 'vervroegdeIva', ['WIA_47_2'], 'theDayAfterTheShortenedWaiting', 10),
  'vervroegdeIva.einde-loondoorbetaling': m('vervroegdeIva.einde-loondoorbetaling', 'einde-loondoorbetaling', 'eerste-ziektedag', 'vervroegdeIva', ['BW_629_1'], 'theEmployerKeepsPayingWagesUp', 11),
  'loon.einde-loondoorbetaling': m('loon.einde-loondoorbetaling', 'einde-loondoorbetaling', 'einde-wachttijd', 'end-of-wachttijd-events', ['BW_629_1'], 'wagePaymentThroughBw7629', 12),
  'loon.wia-ingang': m('loon.wia-ingang', 'wia-ingang', 'einde-wachttijd', 'end-of-wachttijd-events', ['WIA_47_2'], 'theDayAfterTheEndOf', 13),
  'opzegverbod.einde': m('opzegverbod.einde', 'einde-opzegverbod', 'eerste-ziektedag', 'opzegverbod', ['BW_670_1A'], null, 14),
} as const satisfies Readonly<Record<string, MilestoneEffect>>);

/** Id of a row of {@link END_OF_WACHTTIJD_MILESTONE_EFFECTS}. @category Law */
export type MilestoneEffectId = keyof typeof END_OF_WACHTTIJD_MILESTONE_EFFECTS;

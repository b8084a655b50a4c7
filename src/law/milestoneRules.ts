import { EOW_REFS as LEGAL_REFS } from '../law/endOfWachttijdRefs.js';
import type { LegalRef } from '../legal/LegalRef.js';
import type { Actor, MilestoneId, NormKind } from './types.js';

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

import { LEGAL_REFS } from '../legal/references.js';
import type { LegalRef } from '../legal/LegalRef.js';
import type { Actor, MilestoneId, NormKind } from './types.js';

/** Static facts of a milestone rule: who acts, how binding, the articles. Shared frozen data. */
export interface MilestoneRule {
  readonly id: MilestoneId;
  readonly kind: 'action' | 'date';
  readonly actor: Actor;
  readonly normKind: NormKind;
  readonly legalBasis: readonly LegalRef[];
  /** Position in legal order (for ties). */
  readonly order: number;
}

const r = (id: MilestoneId, kind: 'action' | 'date', actor: Actor, normKind: NormKind, order: number, legalBasis: LegalRef[]): MilestoneRule =>
  Object.freeze({ id, kind, actor, normKind, order, legalBasis: Object.freeze(legalBasis) });

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
  'einde-loondoorbetaling': r('einde-loondoorbetaling', 'date', 'werkgever', 'statutory', 12, [LEGAL_REFS.BW_629_2B, LEGAL_REFS.WIA_43G]),
  // Added by applyEndOfWachttijdEvents (src/endOfWachttijd), which carries their own legal basis.
  'loonsanctie-beschikking': r('loonsanctie-beschikking', 'action', 'uwv', 'statutory', 13, [LEGAL_REFS.WIA_25_10]),
  'bezwaar-loonsanctie': r('bezwaar-loonsanctie', 'action', 'werkgever', 'statutory', 14, [LEGAL_REFS.AWB_6_7]),
  'bekorting-beschikking': r('bekorting-beschikking', 'action', 'uwv', 'statutory', 15, [LEGAL_REFS.WIA_25_13]),
  'einde-loonsanctie': r('einde-loonsanctie', 'date', 'werkgever', 'statutory', 16, [LEGAL_REFS.WIA_25_9]),
  'einde-opzegverbod': r('einde-opzegverbod', 'date', 'werkgever', 'statutory', 17, [LEGAL_REFS.BW_670_1]),
});

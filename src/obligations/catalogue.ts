import { LEGAL_REFS } from '../legal/references.js';
import type { LegalRef } from '../legal/LegalRef.js';
import type { NormKind } from '../timeline/types.js';
import { OBLIGATION_REFS as R } from './legalRefs.js';
import type { NonCooperationKind, ObligationId, Party } from './types.js';

/** The data part of one duty (texts live in the message tables). @internal */
export interface ObligationEntry {
  readonly id: ObligationId;
  readonly party: Party;
  readonly legalBasis: readonly LegalRef[];
  readonly normKind: NormKind;
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly breachedBy: readonly NonCooperationKind[];
}

const WVP = '2002-04-01';

function e(id: ObligationId, party: Party, legalBasis: LegalRef[], normKind: NormKind, breachedBy: NonCooperationKind[] = [], validFrom = WVP): ObligationEntry {
  return Object.freeze({ id, party, legalBasis: Object.freeze(legalBasis), normKind, validFrom, validTo: null, breachedBy: Object.freeze(breachedBy) });
}

/**
 * The catalogue of duties, in legal order: employee (BW 7:660a, WIA 28, BW 7:629), then employer
 * (BW 7:658a, WIA 25, Regeling procesgang, Ziektewet 38). Frozen shared data.
 *
 * @internal
 */
export const OBLIGATION_CATALOGUE: readonly ObligationEntry[] = Object.freeze([
  e('controlevoorschriften-naleven', 'werknemer', [R.BW_629_6], 'statutory', ['controlevoorschriften']),
  e('bedrijfsarts-bezoeken', 'werknemer', [R.BW_629_6, R.BW_660A_A], 'statutory', ['bedrijfsarts-niet-bezoeken']),
  e('redelijke-voorschriften-opvolgen', 'werknemer', [R.BW_660A_A, R.WIA_28, R.BW_629_3D], 'statutory', ['niet-solliciteren', 'scholing-weigeren']),
  e('meewerken-plan-van-aanpak', 'werknemer', [R.BW_660A_B, R.BW_629_3E], 'statutory', ['plan-van-aanpak-weigeren']),
  e('passende-arbeid-verrichten', 'werknemer', [R.BW_660A_C, R.BW_658A_4, R.BW_629_3C], 'statutory', ['passend-werk-weigeren']),
  e('re-integratie-inspanningen', 'werknemer', [R.WIA_28], 'statutory', ['niet-solliciteren']),
  e('geneeskundige-behandeling', 'werknemer', [R.WIA_28, R.BW_629_3B], 'statutory', ['herstel-belemmeren']),
  e('herstel-niet-belemmeren', 'werknemer', [R.BW_629_3B], 'statutory', ['herstel-belemmeren']),
  e('geen-opzet-of-valse-keuringsinformatie', 'werknemer', [R.BW_629_3A, R.BW_629_7], 'statutory', ['ziekte-door-opzet-of-valse-keuring']),
  e('meewerken-re-integratieverslag', 'werknemer', [R.WIA_25_6, R.RPE_6_1], 'statutory'),
  e('wia-tijdig-aanvragen', 'werknemer', [LEGAL_REFS.WIA_64_3, R.BW_629_3F], 'statutory', ['wia-aanvraag-te-laat']),
  e('re-integratie-eigen-bedrijf', 'werkgever', [R.BW_658A_1, R.WIA_25_9], 'statutory'),
  e('re-integratie-andere-werkgever', 'werkgever', [R.BW_658A_1, LEGAL_REFS.BBP_5, LEGAL_REFS.BBP_9], 'statutory'),
  e('tijdig-maatregelen', 'werkgever', [R.BW_658A_2], 'statutory'),
  e('bedrijfsarts-inschakelen', 'werkgever', [R.WIA_25_5, R.RPE_2_1], 'statutory'),
  e('re-integratiedossier', 'werkgever', [R.WIA_25_1, R.RPE_3], 'statutory'),
  e('plan-van-aanpak', 'werkgever', [LEGAL_REFS.BW_658A_3, R.WIA_25_2, LEGAL_REFS.RPE_4_1, R.RPE_4_2, R.RPE_4_3], 'statutory'),
  e('visie-in-plan-en-evaluaties', 'werkgever', [R.RPE_4_2A, LEGAL_REFS.RPE_4_2B], 'regulation', [], '2023-07-01'),
  e('evalueren-en-bijstellen', 'werkgever', [LEGAL_REFS.BW_658A_3, LEGAL_REFS.RPE_4_4], 'regulation'),
  e('ziekmelding-uwv', 'werkgever', [R.ZW_38_1, R.ZW_38_3], 'statutory'),
  e('eerstejaarsevaluatie', 'werkgever', [LEGAL_REFS.RPE_4_2B, LEGAL_REFS.BBP_5], 'regulation'),
  e('re-integratieverslag', 'werkgever', [LEGAL_REFS.WIA_25_3, R.RPE_6_1, LEGAL_REFS.WIA_65], 'statutory'),
  e('optreden-bij-niet-meewerken', 'werkgever', [R.BBP_9, R.BBP_10], 'policy'),
]);

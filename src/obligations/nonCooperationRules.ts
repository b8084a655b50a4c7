import type { LegalRef } from '../legal/LegalRef.js';
import { OBLIGATION_REFS as R } from './legalRefs.js';
import type { NonCooperationKind, ObligationId } from './types.js';

/** How a kind of non-cooperation maps onto the law. @internal */
export interface KindRule {
  readonly duty: ObligationId;
  /** Loonopschorting (lid 6) fits. */
  readonly opschorting: boolean;
  /** Loonstop sub-ground, or null. */
  readonly loonstopRef: LegalRef | null;
  /**
   * A BW 7:660a duty: `true`, `false`, depends on `aimedAtPassendeArbeid` (`'if-aimed'`), or — for
   * refusing work — on the work being passend and the employee able to do it (`'if-passend'`: 7:660a
   * sub c is a duty to do *passende* arbeid; refusing other work breaches nothing).
   */
  readonly is660a: boolean | 'if-aimed' | 'if-passend';
  /** The loonstop ground has "zonder deugdelijke grond" (7:629 lid 3 sub c–f; not sub a and b). */
  readonly groundExcuses: boolean;
  /** A reintegration duty whose breach UWV expects the employer to act on (BBP §9); not sub a. */
  readonly reintegration: boolean;
  readonly dutyRefs: readonly LegalRef[];
}

/** How each kind of non-cooperation maps onto the law. @internal */
export const KIND_RULES: Readonly<Record<NonCooperationKind, KindRule>> = Object.freeze({
  controlevoorschriften: { duty: 'controlevoorschriften-naleven', opschorting: true, loonstopRef: null, is660a: false, groundExcuses: true, reintegration: true, dutyRefs: [R.BW_629_6] },
  'bedrijfsarts-niet-bezoeken': { duty: 'bedrijfsarts-bezoeken', opschorting: true, loonstopRef: R.BW_629_3D, is660a: 'if-aimed', groundExcuses: true, reintegration: true, dutyRefs: [R.BW_629_6, R.BW_660A_A] },
  'passend-werk-weigeren': { duty: 'passende-arbeid-verrichten', opschorting: false, loonstopRef: R.BW_629_3C, is660a: 'if-passend', groundExcuses: true, reintegration: true, dutyRefs: [R.BW_660A_C, R.BW_658A_4] },
  'plan-van-aanpak-weigeren': { duty: 'meewerken-plan-van-aanpak', opschorting: false, loonstopRef: R.BW_629_3E, is660a: true, groundExcuses: true, reintegration: true, dutyRefs: [R.BW_660A_B] },
  'niet-solliciteren': { duty: 'redelijke-voorschriften-opvolgen', opschorting: false, loonstopRef: R.BW_629_3D, is660a: true, groundExcuses: true, reintegration: true, dutyRefs: [R.BW_660A_A, R.WIA_28] },
  'scholing-weigeren': { duty: 'redelijke-voorschriften-opvolgen', opschorting: false, loonstopRef: R.BW_629_3D, is660a: true, groundExcuses: true, reintegration: true, dutyRefs: [R.BW_660A_A, R.WIA_28] },
  'herstel-belemmeren': { duty: 'herstel-niet-belemmeren', opschorting: false, loonstopRef: R.BW_629_3B, is660a: false, groundExcuses: false, reintegration: true, dutyRefs: [R.BW_629_3B] },
  'wia-aanvraag-te-laat': { duty: 'wia-tijdig-aanvragen', opschorting: false, loonstopRef: R.BW_629_3F, is660a: false, groundExcuses: true, reintegration: true, dutyRefs: [R.BW_629_3F] },
  'ziekte-door-opzet-of-valse-keuring': { duty: 'geen-opzet-of-valse-keuringsinformatie', opschorting: false, loonstopRef: R.BW_629_3A, is660a: false, groundExcuses: false, reintegration: false, dutyRefs: [R.BW_629_3A] },
});


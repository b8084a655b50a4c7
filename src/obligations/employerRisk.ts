import { legalKeysOf } from '../legal/legalKeyOf.js';
import type { LegalRef } from '../legal/LegalRef.js';
import type { NormKind } from '../timeline/types.js';
import { OBLIGATION_REFS as R } from './legalRefs.js';
import type { NonCooperationCase } from './nonCooperationConditions.js';
import { renderNonCooperationStep } from './renderNonCooperationStep.js';
import type { EmployerRisk, MeasureCondition } from './types.js';

type RiskParts = { code: EmployerRisk['code']; level: EmployerRisk['level']; legalBasis: readonly LegalRef[]; normKind: NormKind };

/** Which risk applies: a late WIA-aanvraag, no reintegration duty, a refusal allowed, the employer acted, or nothing done. */
function riskParts(c: NonCooperationCase, acted: boolean, is660a: MeasureCondition, grond: MeasureCondition): RiskParts {
  const { rule, v } = c;
  if (v.kind === 'wia-aanvraag-te-laat') {
    return { code: 'verlenging-loondoorbetaling-wia-te-laat', level: acted ? 'low' : 'high', legalBasis: [R.BW_629_11A, R.BW_670_11A, R.BW_629_3F], normKind: 'statutory' };
  }
  if (!rule.reintegration) {
    return { code: 'geen-loonsanctie-risico-geen-re-integratieplicht', level: 'low', legalBasis: [rule.loonstopRef ?? R.BW_629_3, R.WIA_25_9, R.BBP_9], normKind: 'policy' };
  }
  if (rule.is660a === 'if-passend' && (is660a.status === 'not-met' || grond.status === 'not-met')) {
    return { code: 'geen-risico-weigering-toegestaan', level: 'low', legalBasis: [R.BW_660A_C, R.BW_658A_4, R.BW_629_3C], normKind: 'statutory' };
  }
  if (acted) return { code: 'geen-risico-werkgever-heeft-opgetreden', level: 'low', legalBasis: [R.BBP_9, R.BBP_10], normKind: 'policy' };
  return { code: 'loonsanctie-risico-geen-actie', level: 'high', legalBasis: [R.BBP_9, R.BBP_10, R.WIA_25_9], normKind: 'policy' };
}

/**
 * What the employer risks if he does nothing (a loonsanctie, Beoordelingskader poortwachter §9),
 * recorded as a trace step; its explanation is rendered from the step.
 *
 * @param c - The case.
 * @param is660a - The 7:660a condition.
 * @param grond - The deugdelijke-grond condition.
 * @returns The employer's risk.
 * @internal
 */
export function employerRisk(c: NonCooperationCase, is660a: MeasureCondition, grond: MeasureCondition): EmployerRisk {
  const { acts } = c;
  const acted = [acts.writtenWarningOn, acts.wageMeasureFrom, acts.deskundigenoordeelRequestedOn, acts.notifiedOn].some((d) => d !== undefined);
  const { code, level, legalBasis, normKind } = riskParts(c, acted, is660a, grond);
  const step = c.t.record({
    rule: 'nonCooperation.risk', refs: legalKeysOf(legalBasis), outcome: 'computed',
    inputs: { kind: c.v.kind, acted, weigering660a: is660a.status, geenDeugdelijkeGrond: grond.status }, outputs: { code, level },
    message: `risk.${code}`,
  });
  return Object.freeze({ code, level, explanation: renderNonCooperationStep(step), legalBasis, normKind });
}

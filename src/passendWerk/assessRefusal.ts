import { missingFactsOf, traceStep, type TraceStep, type TraceValue } from '../engine/trace.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import { PASSEND_WERK_REFS as R } from './legalRefs.js';
import { text } from './messages.js';
import { renderStep } from './renderStep.js';
import type { DeugdelijkeGrondId, OfferedWork, PassendWerkVerdict, RefusalAssessment, RefusalConsequence } from './types.js';

/** What follows a refusal without a deugdelijke grond. Frozen data. @internal */
export const REFUSAL_CONSEQUENCES: readonly RefusalConsequence[] = Object.freeze([
  Object.freeze({ id: 'geen-recht-op-loon', normSource: 'statutory', legalBasis: Object.freeze([R.BW_629_3C]), explanation: text('gevolg-geen-recht-op-loon') }),
  Object.freeze({ id: 'onverwijld-mededelen', normSource: 'statutory', legalBasis: Object.freeze([R.BW_629_7]), explanation: text('gevolg-onverwijld-mededelen') }),
  Object.freeze({ id: 'schriftelijke-maning', normSource: 'statutory', legalBasis: Object.freeze([R.BW_670A_1, R.BW_671B_5]), explanation: text('gevolg-schriftelijke-maning') }),
  Object.freeze({ id: 'deskundigenoordeel', normSource: 'statutory', legalBasis: Object.freeze([R.BW_629A_1, R.SUWI_32, R.BKD_1]), explanation: text('gevolg-deskundigenoordeel') }),
] as RefusalConsequence[]);

/** The refusal assessment with the step of its rule (`passendWerk.refusal`). @internal */
export interface AssessedRefusal {
  readonly result: RefusalAssessment;
  readonly step: TraceStep;
}

const REFUSAL_LEGAL_BASIS = [R.BW_660A, R.BW_629_3C, R.BW_658A_4] as const;

/**
 * May the employee refuse? Yes when the work is not passend (BW 7:629 lid 3 sub c concerns
 * passende arbeid only) or a deugdelijke grond is present; no when the work is passend and the known
 * grounds are all absent; otherwise unknown. The list of grounds (cao, safety rules, medical advice)
 * comes from practice: the statute says only "zonder deugdelijke grond" (docs/sources.md §5.4).
 *
 * @param verdictStep - The step of the verdict; when the verdict is unknown, its missing facts are the refusal's too.
 * @internal
 */
export function assessRefusal(offer: OfferedWork, verdict: PassendWerkVerdict, verdictStep: TraceStep): AssessedRefusal {
  const facts: [DeugdelijkeGrondId, boolean | undefined, string][] = [
    ['in-strijd-met-cao', offer.conflictsWithCao, 'offer.conflictsWithCao'],
    ['in-strijd-met-veiligheidsvoorschriften', offer.conflictsWithSafetyRules, 'offer.conflictsWithSafetyRules'],
    ['in-strijd-met-medisch-advies', offer.conflictsWithMedicalAdvice, 'offer.conflictsWithMedicalAdvice'],
  ];
  const grounds = facts.filter(([, v]) => v === true).map(([id]) => id);
  const unknownGrounds = facts.filter(([, v]) => v === undefined).map(([, , path]) => path);
  let mayRefuse: RefusalAssessment['mayRefuse'];
  let reason: RefusalAssessment['reason'];
  let missing: string[] = [];
  if (verdict === 'niet-passend') [mayRefuse, reason] = ['yes', 'werk-niet-passend'];
  else if (grounds.length > 0) [mayRefuse, reason] = ['yes', 'deugdelijke-grond'];
  else if (verdict === 'passend' && unknownGrounds.length === 0) [mayRefuse, reason] = ['no', 'geen-deugdelijke-grond'];
  else {
    [mayRefuse, reason] = ['unknown', 'unknown'];
    missing = [...new Set([...(verdict === 'unknown' ? verdictStep.missingFacts : []), ...unknownGrounds])];
  }
  const inputs: { [name: string]: TraceValue } = { verdict };
  for (const [, v, path] of facts) if (v !== undefined) inputs[path] = v;
  const step = traceStep({
    rule: 'passendWerk.refusal', refs: legalKeysOf(REFUSAL_LEGAL_BASIS), outcome: mayRefuse === 'yes' ? 'met' : mayRefuse === 'no' ? 'not-met' : 'unknown',
    inputs, outputs: { mayRefuse, deugdelijkeGronden: grounds }, missingFacts: missing,
    message: reason === 'unknown' ? 'weigeren-onbekend' : reason,
    params: reason === 'deugdelijke-grond' ? { grounds } : reason === 'unknown' ? { what: missing } : {},
  });
  const result: RefusalAssessment = Object.freeze({
    mayRefuse,
    reason,
    deugdelijkeGronden: Object.freeze(grounds),
    missingFacts: Object.freeze(missingFactsOf([step])),
    consequencesWithoutGround: REFUSAL_CONSEQUENCES,
    legalBasis: Object.freeze([...REFUSAL_LEGAL_BASIS]),
    explanation: renderStep(step),
  });
  return { result, step };
}

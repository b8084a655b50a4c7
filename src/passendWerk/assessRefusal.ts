import type { Localized } from '../i18n/types.js';
import { PASSEND_WERK_REFS as R } from './legalRefs.js';
import { text, REFUSAL_TEXTS } from './messages.js';
import type { DeugdelijkeGrondId, OfferedWork, PassendWerkVerdict, RefusalAssessment, RefusalConsequence } from './types.js';
import { localize } from '../i18n/types.js';

const GROUND_LABELS: Readonly<Record<DeugdelijkeGrondId, Localized>> = Object.freeze({
  'in-strijd-met-cao': localize(REFUSAL_TEXTS, 'conflicts-with-the-cao'),
  'in-strijd-met-veiligheidsvoorschriften': localize(REFUSAL_TEXTS, 'conflicts-with-safety-rules'),
  'in-strijd-met-medisch-advies': localize(REFUSAL_TEXTS, 'conflicts-with-the-medical-advice'),
});

/** What follows a refusal without a deugdelijke grond. Frozen data. @internal */
export const REFUSAL_CONSEQUENCES: readonly RefusalConsequence[] = Object.freeze([
  Object.freeze({ id: 'geen-recht-op-loon', normSource: 'statutory', legalBasis: Object.freeze([R.BW_629_3C]), explanation: text('gevolg-geen-recht-op-loon') }),
  Object.freeze({ id: 'onverwijld-mededelen', normSource: 'statutory', legalBasis: Object.freeze([R.BW_629_7]), explanation: text('gevolg-onverwijld-mededelen') }),
  Object.freeze({ id: 'schriftelijke-maning', normSource: 'statutory', legalBasis: Object.freeze([R.BW_670A_1, R.BW_671B_5]), explanation: text('gevolg-schriftelijke-maning') }),
  Object.freeze({ id: 'deskundigenoordeel', normSource: 'statutory', legalBasis: Object.freeze([R.BW_629A_1, R.SUWI_32, R.BKD_1]), explanation: text('gevolg-deskundigenoordeel') }),
] as RefusalConsequence[]);

/**
 * May the employee refuse? Yes when the work is not passend (BW 7:629 lid 3 sub c concerns
 * passende arbeid only) or a deugdelijke grond is present; no when the work is passend and the known
 * grounds are all absent; otherwise unknown. The list of grounds (cao, safety rules, medical advice)
 * comes from practice: the statute says only "zonder deugdelijke grond" (docs/sources.md §5.4).
 *
 * @internal
 */
export function assessRefusal(offer: OfferedWork, verdict: PassendWerkVerdict, verdictMissing: readonly string[]): RefusalAssessment {
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
  let explanation: Localized;
  if (verdict === 'niet-passend') {
    mayRefuse = 'yes';
    reason = 'werk-niet-passend';
    explanation = text('werk-niet-passend');
  } else if (grounds.length > 0) {
    mayRefuse = 'yes';
    reason = 'deugdelijke-grond';
    const labels = grounds.map((g) => GROUND_LABELS[g]);
    explanation = text('deugdelijke-grond', { grounds: { nl: labels.map((l) => l.nl).join('; '), en: labels.map((l) => l.en).join('; ') } });
  } else if (verdict === 'passend' && unknownGrounds.length === 0) {
    mayRefuse = 'no';
    reason = 'geen-deugdelijke-grond';
    explanation = text('geen-deugdelijke-grond');
  } else {
    mayRefuse = 'unknown';
    reason = 'unknown';
    missing = [...new Set([...(verdict === 'unknown' ? verdictMissing : []), ...unknownGrounds])];
    explanation = text('weigeren-onbekend', { what: missing.join(', ') });
  }
  return Object.freeze({
    mayRefuse,
    reason,
    deugdelijkeGronden: Object.freeze(grounds),
    missingFacts: Object.freeze(missing),
    consequencesWithoutGround: REFUSAL_CONSEQUENCES,
    legalBasis: Object.freeze([R.BW_660A, R.BW_629_3C, R.BW_658A_4]),
    explanation,
  });
}

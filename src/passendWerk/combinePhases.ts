import type { Localized } from '../i18n/types.js';
import { join, text } from './messages.js';
import type { PassendWerkCriterionResult, PassendWerkVerdict } from './types.js';

/** The verdict of one phase's criteria, with what decides it. @internal */
export interface PhaseVerdict {
  readonly verdict: PassendWerkVerdict;
  /** Knock-outs not met. */
  readonly failed: readonly PassendWerkCriterionResult[];
  /** Knock-outs unknown. */
  readonly unknown: readonly PassendWerkCriterionResult[];
  /** Missing facts of the unknown knock-outs (empty unless the verdict is `'unknown'`). */
  readonly missingFacts: readonly string[];
  /** Factors to weigh that are not met. */
  readonly weighingFlags: readonly PassendWerkCriterionResult['criterion'][];
}

/**
 * The verdict from one phase's criteria: `'niet-passend'` when a knock-out is not met, else
 * `'unknown'` when a knock-out is unknown, else `'passend'`.
 *
 * @internal
 */
export function verdictOf(criteria: readonly PassendWerkCriterionResult[]): PhaseVerdict {
  const knockOuts = criteria.filter((c) => c.knockOut);
  const failed = knockOuts.filter((c) => c.status === 'not-met');
  const unknown = knockOuts.filter((c) => c.status === 'unknown');
  const verdict: PassendWerkVerdict = failed.length > 0 ? 'niet-passend' : unknown.length > 0 ? 'unknown' : 'passend';
  return {
    verdict,
    failed,
    unknown,
    missingFacts: verdict === 'unknown' ? [...new Set(unknown.flatMap((c) => c.missingFacts))] : [],
    weighingFlags: criteria.filter((c) => !c.knockOut && c.status === 'not-met').map((c) => c.criterion),
  };
}

/** Verdict words for texts. @internal */
export function verdictLabel(v: PassendWerkVerdict): Localized {
  return text(v === 'passend' ? 'oordeel-passend' : v === 'niet-passend' ? 'oordeel-niet-passend' : 'oordeel-onbekend');
}

/**
 * One criterion with the phase unknown, from its assessment in the first half year (`first`) and
 * after it (`after`). A criterion with the same role in both phases (functional capacity, personal
 * reasons, work experience) is reported as assessed. A criterion that is a knock-out only in the
 * first half year is reported as no knock-out (it cannot decide on its own while the phase is
 * unknown), with the status both phases agree on, or `'unknown'` (reason `'hangt-af-van-fase'`,
 * missing the phase facts) when they differ; its norm is the first half year's (the stricter).
 *
 * @internal
 */
export function mergeCriterion(first: PassendWerkCriterionResult, after: PassendWerkCriterionResult, phaseFacts: readonly string[]): PassendWerkCriterionResult {
  if (first.knockOut === after.knockOut) return first;
  const agree = first.status === after.status;
  const missing = agree ? [...new Set([...first.missingFacts, ...after.missingFacts])]
    : [...new Set([...phaseFacts, ...first.missingFacts, ...after.missingFacts])];
  const legalBasis = [...first.legalBasis];
  for (const ref of after.legalBasis) if (!legalBasis.some((r) => r.id === ref.id)) legalBasis.push(ref);
  const perPhase = text('criterium-per-fase', { first: first.explanation, after: after.explanation });
  return Object.freeze({
    criterion: first.criterion,
    status: agree ? first.status : 'unknown',
    reason: agree ? first.reason : 'hangt-af-van-fase',
    legalBasis: Object.freeze(legalBasis),
    normSource: first.normSource,
    knockOut: false,
    knockOutPhases: first.knockOutPhases,
    norm: first.norm,
    observed: first.observed ?? after.observed,
    missingFacts: Object.freeze(missing),
    explanation: agree ? perPhase : join(text('hangt-af-van-fase'), perPhase),
  });
}

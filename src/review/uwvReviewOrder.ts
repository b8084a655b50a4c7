/**
 * UWV's order of review of the re-integratieverslag — the ONE implementation, used by
 * `checkSpoor2Readiness` (its `loonsanctieRisk`) and `auditReIntegratieverslag` (its
 * `loonsanctieRisk.review`). Each caller works out the answer to each question from its own facts
 * and renders the outcome in its own vocabulary; the walk through the steps, which steps are
 * reviewed, and the risk level are decided here.
 *
 * @module
 */
import type { Answer, Risk, Severity } from '../vocabulary/index.js';

/**
 * An answer to one review question (the vocabulary's {@link Answer}); `doubt` (efforts only, added
 * where used): shortcomings that UWV weighs.
 */
export type UwvReviewAnswer = Answer;

/** Severity on one scale for both functions: the vocabulary's {@link Severity}. */
export type UwvReviewSeverity = Severity;

/** Step ids, in UWV's order. */
export type UwvReviewStepId = 'documents-complete' | 'satisfactory-result' | 'sufficient-efforts' | 'deugdelijke-grond' | 'repairable';

/** The order of the steps. */
export const UWV_REVIEW_ORDER: readonly UwvReviewStepId[] = Object.freeze(['documents-complete', 'satisfactory-result', 'sufficient-efforts', 'deugdelijke-grond', 'repairable']);

/** The answers the caller found, before the walk. */
export interface UwvReviewFacts {
  /** Documents complete; `null` while they cannot be judged yet (the verslag is not due). */
  readonly documents: UwvReviewAnswer | null;
  /** When `documents` is `'no'`: the severity of the worst missing document. */
  readonly documentsDefect?: UwvReviewSeverity | undefined;
  /** Bevredigend resultaat (BBP §3). */
  readonly satisfactoryResult: UwvReviewAnswer;
  /** Sufficient efforts: `no` with a critical shortcoming, `doubt` with warnings only (UWV weighs them, or the term still runs). */
  readonly efforts: UwvReviewAnswer | 'doubt';
  /** A deugdelijke grond for the shortcoming. */
  readonly deugdelijkeGrond: UwvReviewAnswer;
  /**
   * Whether a reason was put forward that UWV must weigh (makes an `unknown` grond `medium`). Without
   * one the shortfall stands: the employer has to show the grond (WIA 25 lid 9 "zonder deugdelijke
   * grond"), so an unknown grond with insufficient efforts is `high`.
   */
  readonly deugdelijkeGrondPutForward?: boolean | undefined;
  /** Whether the shortcoming can still be repaired. */
  readonly repairable: UwvReviewAnswer;
}

/** One step after the walk. */
export interface UwvReviewStepOutcome {
  readonly id: UwvReviewStepId;
  /** Whether UWV gets to this step. */
  readonly reviewed: boolean;
  /** The answer when reviewed (and, for documents, judgeable); `null` otherwise. */
  readonly answer: UwvReviewAnswer | 'doubt' | null;
}

/** The result of the walk. */
export interface UwvReviewOutcome {
  readonly steps: readonly UwvReviewStepOutcome[];
  readonly level: Risk;
}

/**
 * The severity of a late spoor 2 (not started by its deadline, or started after it), the same in
 * both functions: `critical`. A late or missing spoor 2 is the classic loonsanctie ground: BBP §5
 * and §9 expect the employer to start looking elsewhere once spoor 1 will not do, and UWV imposes
 * a loonsanctie (WIA 25 lid 9) when that was started too late to give a real chance of work
 * elsewhere.
 */
export const LATE_SPOOR2_SEVERITY: UwvReviewSeverity = 'critical';

const RANK = { low: 0, medium: 1, high: 2 } as const;

/**
 * Walks UWV's order of review: documents complete → satisfactory result → sufficient efforts →
 * deugdelijke grond → repairable.
 *
 * - Documents and the result are always reviewed. A satisfactory result ends the review of the
 *   efforts (BBP §3): steps 3–4 are not reviewed.
 * - The deugdelijke grond is reviewed only when the efforts are not (known to be) sufficient.
 * - Repairable is reviewed when documents are missing, or when the efforts fall short without a
 *   deugdelijke grond.
 * - Level: missing documents give `high` (critical) or `medium` (warning) whatever the rest says
 *   (UWV asks to complete them; otherwise an administrative loonsanctie). The efforts give `low`
 *   (result, efforts or deugdelijke grond settle it), `medium` (for UWV to weigh: warnings only, a
 *   reason put forward, or not repairable — a loonsanctie then serves no purpose), `high`
 *   (insufficient, no grond shown, repairable), `unknown`. Documents that cannot be judged complete turn a `low` into `unknown`.
 *
 * @param facts - The answers the caller found.
 * @returns The reviewed steps, in order, and the level.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=25&lid=9 | WIA art 25 lid 9}
 * @example
 * walkUwvReviewOrder({ documents: 'yes', satisfactoryResult: 'unknown', efforts: 'no', deugdelijkeGrond: 'no', repairable: 'yes' }).level
 * //=> 'high'
 */
export function walkUwvReviewOrder(facts: UwvReviewFacts): UwvReviewOutcome {
  const effortsReviewed = facts.satisfactoryResult !== 'yes';
  const grondReviewed = effortsReviewed && facts.efforts !== 'yes';
  const repairReviewed = facts.documents === 'no' || (grondReviewed && facts.deugdelijkeGrond !== 'yes');
  const steps: UwvReviewStepOutcome[] = [
    { id: 'documents-complete', reviewed: true, answer: facts.documents },
    { id: 'satisfactory-result', reviewed: true, answer: facts.satisfactoryResult },
    { id: 'sufficient-efforts', reviewed: effortsReviewed, answer: effortsReviewed ? facts.efforts : null },
    { id: 'deugdelijke-grond', reviewed: grondReviewed, answer: grondReviewed ? facts.deugdelijkeGrond : null },
    { id: 'repairable', reviewed: repairReviewed, answer: repairReviewed ? facts.repairable : null },
  ];
  let substantive: UwvReviewOutcome['level'];
  if (!effortsReviewed || facts.efforts === 'yes' || facts.deugdelijkeGrond === 'yes') substantive = 'low';
  else if (facts.efforts === 'no') substantive = (facts.deugdelijkeGrond === 'unknown' && facts.deugdelijkeGrondPutForward === true) || facts.repairable === 'no' ? 'medium' : 'high';
  else if (facts.efforts === 'doubt') substantive = 'medium';
  else substantive = 'unknown';
  const docs = facts.documents === 'no' ? (facts.documentsDefect === 'critical' ? 'high' : 'medium') : undefined;
  let level: UwvReviewOutcome['level'];
  if (substantive === 'unknown') level = docs ?? 'unknown';
  else level = docs !== undefined && RANK[docs] > RANK[substantive] ? docs : substantive;
  if (level === 'low' && facts.documents === 'unknown') level = 'unknown';
  return Object.freeze({ steps: Object.freeze(steps.map((s) => Object.freeze(s))), level });
}

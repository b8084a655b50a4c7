/**
 * One vocabulary for every module (0.2.0). English for programming words; legal verdicts keep their
 * Dutch terms (`passend`, `niet-passend`) with `unknown` beside them.
 *
 * - {@link Answer}: the answer to a yes/no question of fact or law.
 * - {@link Outcome}: the outcome of a condition or criterion.
 * - {@link Risk}: a risk level.
 * - {@link Severity}: the weight of a finding.
 *
 * `id` names a thing (milestone, rule, provision, exception, review step); `code` names a finding or
 * an input issue. The end of a period is `to` (inclusive); remarks are `notices`.
 *
 * @module
 */

/**
 * The answer to a question of fact or law: settled yes, settled no, or not settled by the input.
 *
 * @category Vocabulary
 */
export type Answer = 'yes' | 'no' | 'unknown';

/**
 * The outcome of a condition or criterion: met, not met, or not settled by the input.
 *
 * @category Vocabulary
 */
export type Outcome = 'met' | 'not-met' | 'unknown';

/**
 * A risk level; `unknown` when the input does not settle it.
 *
 * @category Vocabulary
 */
export type Risk = 'low' | 'medium' | 'high' | 'unknown';

/**
 * The weight of a finding: `critical` (a legal deadline or condition is missed, a sanction may
 * follow), `warning` (a weakness UWV or a court may weigh), `info` (for the file).
 *
 * @category Vocabulary
 */
export type Severity = 'critical' | 'warning' | 'info';

/** The values of {@link Answer}, in a stable order. @category Vocabulary */
export const ANSWERS: readonly Answer[] = Object.freeze(['yes', 'no', 'unknown'] as const);
/** The values of {@link Outcome}, in a stable order. @category Vocabulary */
export const OUTCOMES: readonly Outcome[] = Object.freeze(['met', 'not-met', 'unknown'] as const);
/** The values of {@link Risk}, from low to high, then unknown. @category Vocabulary */
export const RISKS: readonly Risk[] = Object.freeze(['low', 'medium', 'high', 'unknown'] as const);
/** The values of {@link Severity}, from heavy to light. @category Vocabulary */
export const SEVERITIES: readonly Severity[] = Object.freeze(['critical', 'warning', 'info'] as const);

import { PASSEND_WERK_REFS as R } from './legalRefs.js';
import { percent, text, type PassendWerkMessageKey } from './messages.js';
import { WAGE_RATIO_EPSILON, type NormValues } from './norms.js';
import type { BevredigendResultaat, BevredigendResultaatBranch, EmployeeFacts, OfferedWork } from './types.js';
import type { Outcome } from '../vocabulary/index.js';

/**
 * The bevredigend resultaat of BBP §3, with its two branches:
 * 1. structural work that matches the remaining capacity (no wage threshold);
 * 2. only where that cannot be achieved: structural work with a wage value of at least 65% of the
 *    old wage, with the employee's agreement.
 * Temporary work is never a bevredigend resultaat. The result is `'met'` when one branch is met,
 * `'not-met'` only when both are known to fail, and `'unknown'` otherwise — so a missing fact
 * of one branch never turns into a definite "no" through the other branch.
 *
 * This is the one implementation of the rule: `checkPassendWerk` and spoor 2's loonsanctie review
 * (`checkSpoor2Readiness`) both call it, with the one 65% norm of `norms.ts`.
 *
 * @internal
 */
export function assessBevredigendResultaat(
  offer: OfferedWork,
  employee: EmployeeFacts,
  matchingWorkAchievable: boolean | undefined,
  norms: Pick<NormValues, 'bevredigendWageRatio'>,
): BevredigendResultaat {
  const ratio = offer.wage !== undefined && employee.previousWage !== undefined ? offer.wage / employee.previousWage : null;
  const norm = norms.bevredigendWageRatio;
  const build = (status: Outcome, reason: PassendWerkMessageKey, branch: BevredigendResultaatBranch | null, missing: readonly string[] = []): BevredigendResultaat =>
    Object.freeze({
      status,
      branch,
      reason,
      wageRatio: ratio,
      minimumWageRatio: norm,
      missingFacts: Object.freeze([...new Set(missing)]),
      normSource: 'policy' as const,
      legalBasis: Object.freeze([R.BBP_3, R.RPE_4_2B, R.WIA_65]),
      explanation: text(reason, {
        ratio: ratio === null ? '?' : percent(ratio),
        norm: percent(norm),
        facts: [...new Set(missing)].join(', '),
      }),
    });

  // Both branches need structural work.
  if (offer.structural === false) return build('not-met', 'br-niet-structureel', null);
  const structuralMissing = offer.structural === undefined ? ['offer.structural'] : [];

  // Branch 1: structural work matching the remaining capacity.
  const branch1: Outcome = offer.matchesRemainingCapacity === false ? 'not-met'
    : offer.matchesRemainingCapacity === true && offer.structural === true ? 'met' : 'unknown';
  if (branch1 === 'met') return build('met', 'br-passend-bij-resterende-mogelijkheden', 'passend-bij-resterende-mogelijkheden');
  const branch1Missing = offer.matchesRemainingCapacity === undefined ? ['offer.matchesRemainingCapacity', ...structuralMissing] : structuralMissing;

  // Branch 2: open only where branch 1 cannot be achieved; 65%, structural, agreed.
  let branch2: Outcome;
  let branch2Reason: PassendWerkMessageKey = 'br-onbekend';
  const branch2Missing: string[] = [];
  if (matchingWorkAchievable === true) {
    branch2 = 'not-met';
    branch2Reason = 'br-resterende-mogelijkheden-niet-benut';
  } else if (ratio !== null && ratio + WAGE_RATIO_EPSILON < norm) {
    branch2 = 'not-met';
    branch2Reason = 'br-loonwaarde-te-laag';
  } else if (employee.agreesWithOffer === false) {
    branch2 = 'not-met';
    branch2Reason = 'br-geen-instemming';
  } else {
    if (matchingWorkAchievable === undefined) branch2Missing.push('matchingWorkAchievable');
    branch2Missing.push(...structuralMissing);
    if (offer.wage === undefined) branch2Missing.push('offer.wage');
    if (employee.previousWage === undefined) branch2Missing.push('employee.previousWage');
    if (employee.agreesWithOffer === undefined) branch2Missing.push('employee.agreesWithOffer');
    branch2 = branch2Missing.length === 0 ? 'met' : 'unknown';
  }
  if (branch2 === 'met') return build('met', 'br-loonwaarde-ten-minste-65-procent', 'loonwaarde-ten-minste-65-procent');
  if (branch1 === 'not-met' && branch2 === 'not-met') return build('not-met', branch2Reason, null);
  // At least one branch is still open: list what would settle it.
  return build('unknown', 'br-onbekend', null, [
    ...(branch1 === 'unknown' ? branch1Missing : []),
    ...(branch2 === 'unknown' ? branch2Missing : []),
  ]);
}

/**
 * The bevredigend resultaat with the phase unknown: whether it is assessed yet (from counted sick day
 * 365) depends on the offer date, so the status is `'unknown'` (reason `'br-fase-onbekend'`), missing
 * the phase facts plus whatever the assessment itself misses; the explanation says what the
 * assessment would be.
 *
 * @internal
 */
export function bevredigendResultaatPhaseUnknown(assessed: BevredigendResultaat, phaseFacts: readonly string[]): BevredigendResultaat {
  return Object.freeze({
    ...assessed,
    status: 'unknown',
    branch: null,
    reason: 'br-fase-onbekend',
    missingFacts: Object.freeze([...new Set([...phaseFacts, ...assessed.missingFacts])]),
    explanation: text('br-fase-onbekend', { facts: phaseFacts.join(', '), assessment: assessed.explanation }),
  });
}

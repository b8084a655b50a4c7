import { PASSEND_WERK_REFS as R } from './legalRefs.js';
import { percent, text, type PassendWerkMessageKey } from './messages.js';
import type { NormValues } from './norms.js';
import type { BevredigendResultaat, BevredigendResultaatBranch, CriterionStatus, EmployeeFacts, OfferedWork } from './types.js';

const EPS = 1e-9;

/**
 * The bevredigend resultaat of BBP §3, with its two branches in order:
 * 1. structural work that matches the remaining capacity (no wage threshold);
 * 2. only where that cannot be achieved: structural work with a wage value of at least 65% of the
 *    old wage, with the employee's agreement.
 * Temporary work is never a bevredigend resultaat.
 *
 * @internal
 */
export function assessBevredigendResultaat(
  offer: OfferedWork,
  employee: EmployeeFacts,
  matchingWorkAchievable: boolean | undefined,
  norms: NormValues,
): BevredigendResultaat {
  const ratio = offer.wage !== undefined && employee.previousWage !== undefined ? offer.wage / employee.previousWage : null;
  const norm = norms.bevredigendWageRatio;
  const build = (status: CriterionStatus, reason: PassendWerkMessageKey, branch: BevredigendResultaatBranch | null, missing: string[] = []): BevredigendResultaat =>
    Object.freeze({
      status,
      branch,
      reason,
      wageRatio: ratio,
      minimumWageRatio: norm,
      missingFacts: Object.freeze(missing),
      normSource: 'policy' as const,
      legalBasis: Object.freeze([R.BBP_3, R.RPE_4_2B]),
      explanation: text(reason, {
        ratio: ratio === null ? '?' : percent(ratio),
        norm: percent(norm),
        facts: missing.join(', '),
      }),
    });

  if (offer.structural === false) return build('niet-voldaan', 'br-niet-structureel', null);
  if (offer.matchesRemainingCapacity === true) {
    return offer.structural === true
      ? build('voldaan', 'br-passend-bij-resterende-mogelijkheden', 'passend-bij-resterende-mogelijkheden')
      : build('onbekend', 'br-onbekend', null, ['offer.structural']);
  }
  // Branch 2 is open only where branch 1 cannot be achieved.
  if (matchingWorkAchievable === true) {
    return offer.matchesRemainingCapacity === false
      ? build('niet-voldaan', 'br-resterende-mogelijkheden-niet-benut', null)
      : build('onbekend', 'br-onbekend', null, ['offer.matchesRemainingCapacity']);
  }
  if (ratio !== null && ratio + EPS < norm) return build('niet-voldaan', 'br-loonwaarde-te-laag', null);
  if (employee.agreesWithOffer === false) return build('niet-voldaan', 'br-geen-instemming', null);
  const missing: string[] = [];
  if (offer.matchesRemainingCapacity === undefined && matchingWorkAchievable === undefined) missing.push('offer.matchesRemainingCapacity');
  if (matchingWorkAchievable === undefined) missing.push('matchingWorkAchievable');
  if (offer.structural === undefined) missing.push('offer.structural');
  if (offer.wage === undefined) missing.push('offer.wage');
  if (employee.previousWage === undefined) missing.push('employee.previousWage');
  if (employee.agreesWithOffer === undefined) missing.push('employee.agreesWithOffer');
  if (missing.length > 0) return build('onbekend', 'br-onbekend', null, missing);
  return build('voldaan', 'br-loonwaarde-ten-minste-65-procent', 'loonwaarde-ten-minste-65-procent');
}

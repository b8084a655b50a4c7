import { missingFactsOf, traceStep, type TraceStep, type TraceValue } from '../engine/trace.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import { PASSEND_WERK_REFS as R } from './legalRefs.js';
import type { PassendWerkMessageKey } from './messages.js';
import { WAGE_RATIO_EPSILON, type NormValues } from './norms.js';
import { renderStep } from './renderStep.js';
import type { BevredigendResultaat, BevredigendResultaatBranch, EmployeeFacts, OfferedWork } from './types.js';
import type { Outcome } from '../vocabulary/index.js';

/** The bevredigend resultaat with the step of its rule (`passendWerk.bevredigend-resultaat`). @internal */
export interface AssessedBevredigendResultaat {
  readonly result: BevredigendResultaat;
  /** The step; the result's explanation is this step rendered and its `missingFacts` are the step's. */
  readonly step: TraceStep;
}

const BR_LEGAL_BASIS = [R.BBP_3, R.RPE_4_2B, R.WIA_65] as const;
const BR_REFS = legalKeysOf(BR_LEGAL_BASIS);

/** The facts the rule reads, as plain data (facts not given left out). */
function brInputs(offer: OfferedWork, employee: EmployeeFacts, matchingWorkAchievable: boolean | undefined): { [name: string]: TraceValue } {
  const facts: [string, boolean | number | undefined][] = [
    ['offer.structural', offer.structural], ['offer.matchesRemainingCapacity', offer.matchesRemainingCapacity],
    ['matchingWorkAchievable', matchingWorkAchievable], ['offer.wage', offer.wage],
    ['employee.previousWage', employee.previousWage], ['employee.agreesWithOffer', employee.agreesWithOffer],
  ];
  const out: { [name: string]: TraceValue } = {};
  for (const [k, v] of facts) if (v !== undefined) out[k] = v;
  return out;
}

/** What the branches came to, before it becomes a result. */
interface BrDraft {
  readonly status: Outcome;
  readonly reason: PassendWerkMessageKey;
  readonly branch: BevredigendResultaatBranch | null;
  readonly missing?: readonly string[];
}

/**
 * Branch 2 of BBP §3: open only where branch 1 cannot be achieved; at least 65% wage value,
 * structural, agreed. Returns its outcome, the reason when not met, and the facts it misses.
 */
function branch2Of(offer: OfferedWork, employee: EmployeeFacts, matchingWorkAchievable: boolean | undefined, ratio: number | null, norm: number, structuralMissing: readonly string[]):
  { readonly outcome: Outcome; readonly reason: PassendWerkMessageKey; readonly missing: readonly string[] } {
  if (matchingWorkAchievable === true) return { outcome: 'not-met', reason: 'br-resterende-mogelijkheden-niet-benut', missing: [] };
  if (ratio !== null && ratio + WAGE_RATIO_EPSILON < norm) return { outcome: 'not-met', reason: 'br-loonwaarde-te-laag', missing: [] };
  if (employee.agreesWithOffer === false) return { outcome: 'not-met', reason: 'br-geen-instemming', missing: [] };
  const missing = [
    ...(matchingWorkAchievable === undefined ? ['matchingWorkAchievable'] : []),
    ...structuralMissing,
    ...(offer.wage === undefined ? ['offer.wage'] : []),
    ...(employee.previousWage === undefined ? ['employee.previousWage'] : []),
    ...(employee.agreesWithOffer === undefined ? ['employee.agreesWithOffer'] : []),
  ];
  return { outcome: missing.length === 0 ? 'met' : 'unknown', reason: 'br-onbekend', missing };
}

/** The two branches of BBP §3 decided (see {@link assessBevredigendResultaat}). */
function decide(offer: OfferedWork, employee: EmployeeFacts, matchingWorkAchievable: boolean | undefined, ratio: number | null, norm: number): BrDraft {
  // Both branches need structural work.
  if (offer.structural === false) return { status: 'not-met', reason: 'br-niet-structureel', branch: null };
  const structuralMissing = offer.structural === undefined ? ['offer.structural'] : [];

  // Branch 1: structural work matching the remaining capacity.
  const branch1: Outcome = offer.matchesRemainingCapacity === false ? 'not-met'
    : offer.matchesRemainingCapacity === true && offer.structural === true ? 'met' : 'unknown';
  if (branch1 === 'met') return { status: 'met', reason: 'br-passend-bij-resterende-mogelijkheden', branch: 'passend-bij-resterende-mogelijkheden' };
  const branch1Missing = offer.matchesRemainingCapacity === undefined ? ['offer.matchesRemainingCapacity', ...structuralMissing] : structuralMissing;

  const b2 = branch2Of(offer, employee, matchingWorkAchievable, ratio, norm, structuralMissing);
  if (b2.outcome === 'met') return { status: 'met', reason: 'br-loonwaarde-ten-minste-65-procent', branch: 'loonwaarde-ten-minste-65-procent' };
  if (branch1 === 'not-met' && b2.outcome === 'not-met') return { status: 'not-met', reason: b2.reason, branch: null };
  // At least one branch is still open: list what would settle it.
  return {
    status: 'unknown', reason: 'br-onbekend', branch: null,
    missing: [...(branch1 === 'unknown' ? branch1Missing : []), ...(b2.outcome === 'unknown' ? b2.missing : [])],
  };
}

/**
 * The bevredigend resultaat of BBP §3 with the step of its rule; see {@link assessBevredigendResultaat}.
 *
 * @internal
 */
export function assessBevredigendResultaatTraced(
  offer: OfferedWork,
  employee: EmployeeFacts,
  matchingWorkAchievable: boolean | undefined,
  norms: Pick<NormValues, 'bevredigendWageRatio'>,
): AssessedBevredigendResultaat {
  const ratio = offer.wage !== undefined && employee.previousWage !== undefined ? offer.wage / employee.previousWage : null;
  const norm = norms.bevredigendWageRatio;
  const d = decide(offer, employee, matchingWorkAchievable, ratio, norm);
  const missing = [...new Set(d.missing ?? [])];
  const step = traceStep({
    rule: 'passendWerk.bevredigend-resultaat', refs: BR_REFS, outcome: d.status, inputs: brInputs(offer, employee, matchingWorkAchievable),
    outputs: { branch: d.branch, wageRatio: ratio }, missingFacts: missing, message: d.reason,
    params: { ratio, minRatio: norm, facts: missing },
  });
  const result: BevredigendResultaat = Object.freeze({
    status: d.status,
    branch: d.branch,
    reason: d.reason,
    wageRatio: ratio,
    minimumWageRatio: norm,
    missingFacts: Object.freeze(missingFactsOf([step])),
    normSource: 'policy' as const,
    legalBasis: Object.freeze([...BR_LEGAL_BASIS]),
    explanation: renderStep(step),
  });
  return { result, step };
}

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
  return assessBevredigendResultaatTraced(offer, employee, matchingWorkAchievable, norms).result;
}

/**
 * The bevredigend resultaat with the phase unknown: whether it is assessed yet (from counted sick day
 * 365) depends on the offer date, so the status is `'unknown'` (reason `'br-fase-onbekend'`), missing
 * the phase facts plus whatever the assessment itself misses; the explanation says what the
 * assessment would be.
 *
 * @returns The result and the steps: the assessment's, then `passendWerk.bevredigend-resultaat.phase-unknown`
 * (its `missingFacts` are the phase facts; the result's are those, then the assessment's).
 * @internal
 */
export function bevredigendResultaatPhaseUnknown(assessed: AssessedBevredigendResultaat, phaseFacts: readonly string[]): { readonly result: BevredigendResultaat; readonly steps: readonly TraceStep[] } {
  const inner = assessed.step;
  const step = traceStep({
    rule: 'passendWerk.bevredigend-resultaat.phase-unknown', refs: BR_REFS, outcome: 'unknown',
    inputs: { assessed: inner.outcome }, missingFacts: phaseFacts,
    message: 'br-fase-onbekend', params: { facts: [...phaseFacts], assessment: { message: inner.message, params: inner.params } },
  });
  const result: BevredigendResultaat = Object.freeze({
    ...assessed.result,
    status: 'unknown',
    branch: null,
    reason: 'br-fase-onbekend',
    missingFacts: Object.freeze(missingFactsOf([step, inner])),
    explanation: renderStep(step),
  });
  return { result, steps: Object.freeze([inner, step]) };
}

import { traceStep, type TraceStep } from '../engine/trace.js';
import { fillLocalized } from '../i18n/fill.js';
import { localize, type Localized } from '../i18n/types.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import type { Answer } from '../vocabulary/index.js';
import type { Spoor2Facts } from './facts.js';
import { SPOOR2_REFS as R } from './legalRefs.js';
import { ASSESS_TEXTS } from './messages.js';
import { msg } from './renderStep.js';
import { outcomeOf } from './traceValues.js';
import type { Spoor2EarlyStart } from './types.js';

/** Early start with the facts that would settle "not needed yet". @internal */
export type Spoor2EarlyStartAssessment = Spoor2EarlyStart & { readonly missing: readonly string[] };

/** The facts that point to an early start (BBP §5, §8). */
function indications(f: Spoor2Facts): Localized[] {
  const i = f.input;
  const ba = i.bedrijfsarts;
  const ad = i.arbeidsdeskundige;
  const ind: Localized[] = [];
  const statement = i.activities?.spoor1NotPossibleStatementOn;
  if (statement !== undefined) ind.push(fillLocalized(localize(ASSESS_TEXTS, 'recorded-on-that-track-1'), { statement }));
  const ownNo = ad?.ownWorkPossible === 'no' || ba?.ownWorkPossible === 'no';
  if (ad?.passendWerkOwnOrganisation === 'not-available' && ownNo) ind.push(localize(ASSESS_TEXTS, 'labour-expert-no-suitable-work'));
  const baBleak = ba?.ownWorkPossible === 'no' && ba.prognosis === 'no-improvement';
  if (baBleak && ad?.passendWerkOwnOrganisation !== 'available') ind.push(localize(ASSESS_TEXTS, 'company-doctor-own-work-not'));
  return ind;
}

/**
 * Early start: allowed any time; expected once it is clear that own work and other passend werk in
 * the own organisation will not come (BBP §5, §8). Returns the facts that point there, and the facts
 * "not needed yet" would need: own work and prognosis (bedrijfsarts), and other passend werk in the
 * own organisation (arbeidsdeskundige, or a concrete structural perspective).
 *
 * @param f - The spoor-2 facts.
 * @returns Whether an early start is expected, the indications and the missing facts.
 * @internal
 */
export function assessEarlyStart(f: Spoor2Facts): Spoor2EarlyStartAssessment {
  const i = f.input;
  const ba = i.bedrijfsarts;
  const ad = i.arbeidsdeskundige;
  const ind = indications(f);
  const structuralPerspective = i.perspective?.concrete === true && i.perspective.structural === true;
  const positive = ad?.passendWerkOwnOrganisation === 'available' || ad?.ownWorkPossible === 'yes' || ad?.ownWorkPossible === 'partly' ||
    ba?.ownWorkPossible === 'yes' || ba?.ownWorkPossible === 'partly' || ba?.prognosis === 'recovery' || structuralPerspective;
  const expected: Answer = ind.length > 0 ? 'yes' : positive ? 'no' : 'unknown';
  if (expected === 'yes') {
    if (i.perspective?.concrete === false) ind.push(localize(ASSESS_TEXTS, 'no-concrete-perspective-of-return'));
    if (i.companySize !== undefined) ind.push(fillLocalized(localize(ASSESS_TEXTS, 'company-size-employees-the-smaller'), { companySize: i.companySize }));
  }
  const missing: string[] = [];
  if (expected !== 'yes') {
    if (ad?.passendWerkOwnOrganisation === undefined && !structuralPerspective) missing.push('arbeidsdeskundige.passendWerkOwnOrganisation');
    if (ba?.ownWorkPossible === undefined) missing.push('bedrijfsarts.ownWorkPossible');
    if (ba?.prognosis === undefined) missing.push('bedrijfsarts.prognosis');
  }
  return { allowed: true, expected, indications: ind, legalBasis: [R.BBP_5, R.BBP_8, R.BW_658A_2], missing };
}

/**
 * The step `spoor2.early-start`. Its missing facts count only where the status turns on them
 * (`may-start` without "not needed yet" settled).
 *
 * @internal
 */
export function earlyStartStep(e: Spoor2EarlyStartAssessment, missingCounts: boolean): TraceStep {
  return traceStep({
    rule: 'spoor2.early-start', refs: legalKeysOf(e.legalBasis), outcome: outcomeOf(e.expected),
    outputs: { expected: e.expected, indications: e.indications.length },
    missingFacts: missingCounts ? e.missing : [],
    ...msg(e.expected === 'yes' ? 'step.early-start-expected' : e.expected === 'no' ? 'step.early-start-not-expected' : 'step.early-start-unknown'),
  });
}

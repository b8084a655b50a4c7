import { fromDayNumber } from '../calendar/dayNumber.js';
import { missingFactsOf, traceStep, type TraceStep } from '../engine/trace.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import type { Answer } from '../vocabulary/index.js';
import type { RawException } from './exceptions.js';
import { msg, renderStep, type Spoor2Msg } from './renderStep.js';
import { dayOrNull, outcomeOf } from './traceValues.js';
import type { Spoor2ExceptionResult } from './types.js';

/**
 * The required-by day of a term that starts on `termStart`, after exceptions. One that held on any
 * day of the term (from its start through the deadline) restarts the `n` days on the day after it
 * ends: the deadline becomes the later of the regular one and that day + n (product decision by
 * analogy). One that begins after the deadline does not cure lateness.
 *
 * @param raw - The exceptions evaluated.
 * @param termStart - First day of the term (the anchor, or the due date).
 * @param n - Days of the term.
 * @returns The day; `Infinity` while an open-ended exception holds; undefined when an end is unknown.
 * @internal
 */
export function requiredByAfterExceptions(raw: readonly RawException[], termStart: number, n: number): number | undefined {
  let r = termStart + n;
  for (let round = 0; round <= raw.length; round++) {
    let moved = false;
    for (const e of raw) {
      if (e.applies !== 'yes') continue;
      if ((e.from ?? -Infinity) > r) continue;
      if (e.until === undefined) return undefined;
      if (e.until === Infinity) return Infinity;
      if (e.until >= termStart && e.until + 1 + n > r) { r = e.until + 1 + n; moved = true; }
    }
    if (!moved) break;
  }
  return r;
}

function holdsOn(e: RawException, asOf: number | undefined): Answer {
  if (e.applies !== 'yes') return e.applies;
  if (asOf === undefined) return 'unknown';
  if (e.from !== undefined && asOf < e.from) return 'no';
  if (e.until === undefined) return 'yes';
  return asOf <= e.until ? 'yes' : 'no';
}

/** From when and by when spoor 2 must start once the exception lapses (only for one with a known end). */
function lapseOf(e: RawException, anchor: number | undefined, requiredBy: number | undefined): Spoor2ExceptionResult['lapse'] {
  if (e.applies !== 'yes' || e.until === undefined || !Number.isFinite(e.until)) return null;
  const lapseDay = e.until + 1;
  const from = anchor === undefined ? lapseDay : Math.max(lapseDay, anchor);
  if (requiredBy === undefined || !Number.isFinite(requiredBy)) return null;
  return { mustStartFrom: fromDayNumber(from), mustStartBy: fromDayNumber(Math.max(requiredBy, from)) };
}

/**
 * The exceptions as results on `asOf`: whether each holds, its interval and lapse, and one step
 * `spoor2.exception.<id>` each, from which its explanation and missing facts come.
 *
 * @param raw - The exceptions evaluated.
 * @param anchor - The anchor of the term, if known.
 * @param requiredBy - The required-by day after exceptions.
 * @param asOf - The reference day, if given.
 * @returns The results, their steps and messages, in the same order.
 * @internal
 */
export function exceptionResults(raw: readonly RawException[], anchor: number | undefined, requiredBy: number | undefined,
  asOf: number | undefined): { results: Spoor2ExceptionResult[]; steps: TraceStep[]; msgs: Spoor2Msg[] } {
  const results: Spoor2ExceptionResult[] = [];
  const steps: TraceStep[] = [];
  const msgs: Spoor2Msg[] = [];
  for (const e of raw) {
    const holds = holdsOn(e, asOf);
    const lapse = lapseOf(e, anchor, requiredBy);
    const m = lapse === null ? e.text : msg('assess.when-it-ends-track-2', { e: e.text, mustStartFrom: lapse.mustStartFrom, mustStartBy: lapse.mustStartBy });
    const step = traceStep({
      rule: `spoor2.exception.${e.code}`, refs: legalKeysOf(e.legalBasis), outcome: outcomeOf(e.applies),
      inputs: { from: dayOrNull(e.from), to: dayOrNull(e.until) },
      outputs: { holds, effect: e.effect, ...(lapse === null ? {} : { mustStartFrom: lapse.mustStartFrom, mustStartBy: lapse.mustStartBy }) },
      missingFacts: e.missingFacts,
      ...m,
    });
    steps.push(step);
    msgs.push(m);
    results.push(Object.freeze({
      id: e.code, holds,
      from: e.from === undefined ? null : fromDayNumber(e.from),
      to: dayOrNull(e.until),
      lapse, effect: e.effect, normKind: e.normKind, legalBasis: e.legalBasis,
      missingFacts: missingFactsOf([step]),
      explanation: renderStep(step),
    }));
  }
  return { results, steps, msgs };
}

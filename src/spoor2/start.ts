import { toDayNumber } from '../calendar/dayNumber.js';
import { traceStep, type TraceStep } from '../engine/trace.js';
import type { Answer } from '../vocabulary/index.js';
import type { Spoor2Facts } from './facts.js';
import { msg } from './renderStep.js';
import { dayOrNull } from './traceValues.js';
import type { Spoor2Activities } from './types.js';
import { recoveryPendingStatus } from './wachttijdEndedException.js';

/** When spoor 2 started and whether on time. @internal */
export interface Spoor2Start {
  readonly started: Answer;
  readonly day: number | undefined;
  readonly basis: keyof Spoor2Activities | null;
  readonly onTime: Answer;
  /** The last day it may start (finite), or undefined: the required-by day, or without the anchor the latest possible one. */
  readonly lastDay: number | undefined;
  /** The step `spoor2.start`. */
  readonly step: TraceStep;
}

/** Which activities mark the start of spoor 2, in order of preference after an explicit date. */
const START_KEYS = [
  'reIntegratiebureauAssignedOn', 'ownSearchWithSupportSince', 'trajectplanOn', 'trainingOn',
  'detacheringOn', 'werkervaringsplaatsOn', 'employmentContractOn',
] as const satisfies readonly (keyof Spoor2Activities)[];

function findStart(a: Spoor2Activities | undefined): { started: Answer; day: number | undefined; basis: keyof Spoor2Activities | null } {
  if (a === undefined) return { started: 'unknown', day: undefined, basis: null };
  if (a.spoor2StartedOn !== undefined) return { started: 'yes', day: toDayNumber(a.spoor2StartedOn), basis: 'spoor2StartedOn' };
  let best: { day: number; basis: keyof Spoor2Activities } | undefined;
  for (const k of START_KEYS) {
    const v = a[k];
    if (v !== undefined && (best === undefined || toDayNumber(v) < best.day)) best = { day: toDayNumber(v), basis: k };
  }
  for (const app of a.applications ?? []) {
    if (best === undefined || toDayNumber(app) < best.day) best = { day: toDayNumber(app), basis: 'applications' };
  }
  return best === undefined ? { started: 'no', day: undefined, basis: null } : { started: 'yes', day: best.day, basis: best.basis };
}

const finite = (n: number | undefined): number | undefined => (n !== undefined && Number.isFinite(n) ? n : undefined);

/**
 * The start of spoor 2 (an explicit date, else the earliest spoor-2 activity) and whether it was on
 * time. Spoor 2 that started by the regular deadline is on time whatever an exception does
 * (exceptions only move the deadline later); one that started after the latest possible deadline is
 * late; one not started with `asOf` past the deadline is late unless a recent recovery keeps the
 * deadline from having come (BW 7:629 lid 10).
 *
 * @param f - The spoor-2 facts.
 * @param anchor - The anchor of the term, if known.
 * @param regular - Anchor + 42 days.
 * @param requiredBy - The required-by day after exceptions (`Infinity` while an open-ended one holds).
 * @param upper - The latest possible required-by day (from the due date, after exceptions).
 * @returns The start, `onTime`, and the step `spoor2.start`.
 * @internal
 */
export function assessStart(f: Spoor2Facts, anchor: number | undefined, regular: number | undefined,
  requiredBy: number | undefined, upper: number | undefined): Spoor2Start {
  const st = findStart(f.input.activities);
  const lastDay = anchor === undefined ? finite(upper) : finite(requiredBy);
  let onTime: Answer = 'unknown';
  if (st.started === 'yes') {
    if (regular !== undefined && st.day! <= regular) onTime = 'yes';
    else if (lastDay !== undefined && st.day! > lastDay) onTime = 'no';
    else if (anchor !== undefined && lastDay !== undefined) onTime = 'yes';
  } else if (st.started === 'no' && f.asOf !== undefined && lastDay !== undefined && f.asOf > lastDay && recoveryPendingStatus(f, lastDay) === undefined) {
    onTime = 'no';
  }
  const step = traceStep({
    rule: 'spoor2.start', refs: ['WWP_SPOOR2', 'BBP_5'], outcome: st.started === 'unknown' ? 'unknown' : 'computed',
    inputs: { lastDay: dayOrNull(lastDay) },
    outputs: { started: st.started, date: dayOrNull(st.day), basis: st.basis, onTime },
    missingFacts: st.started === 'unknown' ? ['activities'] : [],
    ...(st.started === 'yes' ? msg('step.start-found', { date: dayOrNull(st.day)!, basis: st.basis! })
      : msg(st.started === 'no' ? 'step.start-none' : 'step.start-unknown')),
  });
  return { ...st, onTime, lastDay, step };
}

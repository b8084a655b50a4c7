import { fromDayNumber } from '../calendar/dayNumber.js';
import type { TraceOutcome } from '../engine/trace.js';
import type { Answer } from '../vocabulary/index.js';

/** A day number as 'YYYY-MM-DD' for a trace step; `null` when unknown or open-ended. @internal */
export function dayOrNull(n: number | undefined): string | null {
  return n === undefined || !Number.isFinite(n) ? null : fromDayNumber(n);
}

/** The trace outcome of a condition answered yes / no / unknown. @internal */
export function outcomeOf(a: Answer): TraceOutcome {
  return a === 'yes' ? 'met' : a === 'no' ? 'not-met' : 'unknown';
}

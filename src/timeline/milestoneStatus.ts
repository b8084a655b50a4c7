import type { MilestoneStatus } from './types.js';

/** What else decides a step's status. @internal */
export interface MilestoneStatusContext {
  /** Day number of the last day of a wachttijd that ended by recovery before `asOf` (see wachttijdEnded): steps due after it lapse. */
  readonly lapsedAfter?: number | null | undefined;
  /** The step is not the employer's (UWV's) or optional for the employer: past `due` it is `passed`, never `overdue`. */
  readonly neverOverdue?: boolean | undefined;
  /** Day number of the last sick day of a recovery that has not yet ended the wachttijd (see pendingAfterDay): steps due after it are not due yet. */
  readonly pendingAfter?: number | null | undefined;
}

/**
 * The state of a step on `asOf` (day numbers): done / done late when a date is known; lapsed when the
 * wachttijd ended (by recovery) before the step fell due; for a date that is not a step, upcoming or
 * passed; otherwise overdue after `due` (passed for a step that is UWV's or optional), due soon within
 * `dueSoonDays`, else open. `null` without `asOf`. Shared by the timeline and the end-of-wachttijd
 * events so that both judge a step alike.
 *
 * @internal
 */
export function milestoneStatus(
  kind: 'action' | 'date', due: number, done: number | null, asOf: number | undefined, dueSoonDays: number,
  context: MilestoneStatusContext = {},
): MilestoneStatus | null {
  if (asOf === undefined) return null;
  if (done !== null) return done <= due ? 'done' : 'done-late';
  if (context.lapsedAfter != null && due > context.lapsedAfter) return 'lapsed';
  if (kind === 'date') return asOf > due ? 'passed' : 'upcoming';
  if (asOf > due) return context.neverOverdue === true ? 'passed' : context.pendingAfter != null && due > context.pendingAfter ? 'open' : 'overdue';
  return due - asOf <= dueSoonDays ? 'due-soon' : 'open';
}

import type { MilestoneStatus } from './types.js';

/**
 * The state of a step on `asOf` (day numbers): done / done late when a date is known; for a date
 * that is not a step, upcoming or passed; otherwise overdue after `due`, due soon within
 * `dueSoonDays`, else open. `null` without `asOf`. Shared by the timeline and the end-of-wachttijd
 * events so that both judge a step alike.
 *
 * @internal
 */
export function milestoneStatus(
  kind: 'action' | 'date', due: number, done: number | null, asOf: number | undefined, dueSoonDays: number,
): MilestoneStatus | null {
  if (asOf === undefined) return null;
  if (done !== null) return done <= due ? 'done' : 'done-late';
  if (kind === 'date') return asOf > due ? 'passed' : 'upcoming';
  if (asOf > due) return 'overdue';
  return due - asOf <= dueSoonDays ? 'due-soon' : 'open';
}

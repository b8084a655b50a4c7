import { fromDayNumber } from '../calendar/dayNumber.js';

/**
 * Day number to ISO date, or `'open'` for an open end.
 *
 * @internal
 */
export function formatDate(dn: number): string {
  return Number.isFinite(dn) ? fromDayNumber(dn) : 'open';
}

/**
 * The internal model of samentelling on day numbers: the counted sick days of one wachttijd as
 * sorted, disjoint spans. Everything else (combineSickPeriods, the timeline, passend werk) asks
 * this model "which calendar day is counted sick day k" and "how many sick days were counted
 * before day d".
 *
 * @internal
 * @module
 */
import { weekdayOf } from '../calendar/dayNumber.js';

/** Day numbers of a validated sick period. `end` is `Infinity` while open. */
export interface RawPeriod {
  readonly start: number;
  readonly end: number;
  readonly cause: string | undefined;
  readonly pregnancyRelated: boolean;
  /** Index in the caller's input array. */
  readonly index: number;
}

/** A stretch of counted sick days (leave removed). */
export interface Span {
  readonly start: number;
  /** Inclusive; `Infinity` while open. */
  readonly end: number;
  readonly cause: string | undefined;
  readonly index: number;
}

/** One wachttijd: a chain of joined spans. */
export interface Chain {
  readonly spans: readonly Span[];
  /** Why the chain after this one did not join it (undefined for the last chain). */
  endedBy?: 'gap-of-four-weeks-or-more' | 'different-cause';
  recoveredDaysAfter?: number;
}

/** Gap of four weeks (28 days): a recovery of this many days or more starts a new wachttijd. */
export const SAMENTELLING_GAP_DAYS = 28;

/**
 * Counts leave days in `[from, to]` for calls with non-decreasing `from`: leave that ends before a
 * `from` is skipped once and for all, so a whole pass over sorted spans is linear.
 *
 * @param leave - Sorted, disjoint leave intervals.
 * @returns The counter.
 * @internal
 */
export function leaveDayCounter(leave: readonly { start: number; end: number }[]): (from: number, to: number) => number {
  let first = 0;
  return (from, to) => {
    while (first < leave.length && leave[first]!.end < from) first++;
    let n = 0;
    for (let i = first; i < leave.length && leave[i]!.start <= to; i++) {
      const a = Math.max(leave[i]!.start, from);
      const b = Math.min(leave[i]!.end, to);
      if (b >= a) n += b - a + 1;
    }
    return n;
  };
}

/**
 * Removes WAZO leave from sorted periods and splits them into chains (wachttijden).
 *
 * @param periods - Sorted by start, disjoint.
 * @param leave - Sorted, disjoint leave intervals.
 * @param causeScope - Scope of the same-cause exception.
 * @returns Chains, oldest first (possibly empty when every day is leave).
 * @internal
 */
export function buildChains(
  periods: readonly RawPeriod[],
  leave: readonly { start: number; end: number }[],
  causeScope: 'wazo-only' | 'all',
): Chain[] {
  const spans: Span[] = [];
  // Periods are sorted and disjoint: leave that ends before a period starts is behind every later
  // period too (a pointer instead of a scan of all leave per period).
  let firstLeave = 0;
  for (const p of periods) {
    let cursor = p.start;
    while (firstLeave < leave.length && leave[firstLeave]!.end < cursor) firstLeave++;
    // Leave is disjoint and sorted, and the first one here ends on or after `cursor`: so does every later one.
    for (let li = firstLeave; li < leave.length; li++) {
      const l = leave[li]!;
      if (l.start > p.end) break;
      if (l.start > cursor) spans.push({ start: cursor, end: l.start - 1, cause: p.cause, index: p.index });
      cursor = l.end + 1;
      if (cursor > p.end) break;
    }
    if (cursor <= p.end) spans.push({ start: cursor, end: p.end, cause: p.cause, index: p.index });
  }
  const chains: Chain[] = [];
  const leaveDaysBetween = leaveDayCounter(leave);
  let current: Span[] = [];
  for (const s of spans) {
    const prev = current[current.length - 1];
    if (prev === undefined) {
      current.push(s);
      continue;
    }
    const between = s.start - prev.end - 1;
    const leaveDays = between > 0 ? leaveDaysBetween(prev.end + 1, s.start - 1) : 0;
    const recovered = between - leaveDays;
    const differentCause = prev.cause !== undefined && s.cause !== undefined && prev.cause !== s.cause && prev.index !== s.index;
    const causeBreaks = differentCause && (causeScope === 'all' || leaveDays > 0);
    if (recovered >= SAMENTELLING_GAP_DAYS || causeBreaks) {
      chains.push({ spans: current, endedBy: recovered >= SAMENTELLING_GAP_DAYS ? 'gap-of-four-weeks-or-more' : 'different-cause', recoveredDaysAfter: recovered });
      current = [s];
    } else {
      current.push(s);
    }
  }
  if (current.length > 0) chains.push({ spans: current });
  return chains;
}

/**
 * Calendar day of counted sick day `k` (0-based: `k = 0` is day 1). Beyond the last known sick
 * day the sickness is projected to continue without interruption.
 *
 * @internal
 */
export function sickDayToDayNumber(spans: readonly Span[], k: number): number {
  let remaining = k;
  for (const s of spans) {
    const len = s.end - s.start + 1;
    if (remaining < len) return s.start + remaining;
    remaining -= len;
  }
  const last = spans[spans.length - 1];
  return (last === undefined ? 0 : last.end) + remaining + 1;
}

/**
 * Number of counted sick days strictly before day `dn` (with the same projection after the last
 * known sick day).
 *
 * @internal
 */
export function countedBefore(spans: readonly Span[], dn: number): number {
  let n = 0;
  for (const s of spans) {
    if (dn <= s.start) return n;
    if (dn <= s.end) return n + (dn - s.start);
    n += s.end - s.start + 1;
  }
  const last = spans[spans.length - 1];
  return last === undefined ? 0 : n + (dn - last.end - 1);
}

/**
 * First day on or after `dn` that is in the work pattern.
 *
 * @internal
 */
export function nextPatternDay(dn: number, pattern: readonly number[]): number {
  let d = dn;
  for (let i = 0; i < 7; i++, d++) if (pattern.includes(weekdayOf(d))) return d;
  return dn;
}

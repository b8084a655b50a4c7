import type { Timeline } from '../timeline/types.js';

/** JSON of the strings that recur in every case (ids, statuses, legal refs): quoted once. */
const quoted = new Map<string, string>();
function q(s: string | null): string {
  if (s === null) return 'null';
  let v = quoted.get(s);
  if (v === undefined) {
    v = JSON.stringify(s);
    if (quoted.size < 10_000) quoted.set(s, v);
  }
  return v;
}

/**
 * `JSON.stringify(compactTimeline(timeline))` (compactTimeline: src/timeline, exported), built directly as text — the batch's hot path, about
 * twice as fast as building the object and stringifying it. Same text, same key order (a property
 * test holds the two together).
 *
 * @param timeline - A result of `computeTimeline`.
 * @returns The compact timeline as JSON text.
 * @example
 * compactTimelineJson(t) === JSON.stringify(compactTimeline(t)) //=> true
 */
export function compactTimelineJson(timeline: Timeline): string {
  let m = '';
  for (const x of timeline.milestones) {
    let basis = '';
    for (const r of x.legalBasis) basis += (basis === '' ? '' : ',') + q(r.id);
    m += `${m === '' ? '' : ','}{"id":${q(x.id)},"due":${q(x.due)},"status":${q(x.status)}${x.done === null ? '' : `,"done":${q(x.done)}`},"basis":[${basis}]}`;
  }
  let e = '';
  for (const x of timeline.evaluations) e += `${e === '' ? '' : ','}[${q(x.due)},${q(x.status)}]`;
  return `{"firstSickDay":${q(timeline.firstSickDay)},"wachttijdLastDay":${q(timeline.wachttijdLastDay)},"asOf":${q(timeline.asOf)},"weekAsOf":${JSON.stringify(timeline.weekAsOf)},"ruleSet":${q(timeline.ruleSet.id)},"milestones":[${m}],"evaluations":[${e}]}`;
}

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
 * A date, quoted. A `'YYYY-MM-DD'` string (ten digits and dashes) needs no escaping, so it is quoted
 * directly: dates are new strings in every case, and hashing them for the cache cost more than
 * quoting. Anything else goes through {@link q}, so the text stays `JSON.stringify`'s.
 */
function qDate(s: string | null): string {
  if (typeof s !== 'string' || s.length !== 10) return q(s);
  for (let i = 0; i < 10; i++) {
    const c = s.charCodeAt(i);
    if ((c < 48 || c > 57) && c !== 45) return q(s);
  }
  return `"${s}"`;
}

/**
 * The legal basis ids of a milestone as JSON array items. The library's basis lists are frozen
 * constants shared by every case: their text is kept per list (a frozen list of frozen refs cannot
 * change, so its text cannot go stale); other lists are written each time.
 */
const basisText = new WeakMap<object, string>();
function basisOf(refs: readonly { readonly id: string }[]): string {
  const known = basisText.get(refs);
  if (known !== undefined) return known;
  let b = '';
  for (const r of refs) b += (b === '' ? '' : ',') + q(r.id);
  if (Object.isFrozen(refs) && refs.every((r) => Object.isFrozen(r))) basisText.set(refs, b);
  return b;
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
    m += `${m === '' ? '' : ','}{"id":${q(x.id)},"due":${qDate(x.due)},"status":${q(x.status)}${x.done === null ? '' : `,"done":${qDate(x.done)}`},"basis":[${basisOf(x.legalBasis)}]}`;
  }
  let e = '';
  for (const x of timeline.evaluations) e += `${e === '' ? '' : ','}[${qDate(x.due)},${q(x.status)}]`;
  return `{"firstSickDay":${qDate(timeline.firstSickDay)},"wachttijdLastDay":${qDate(timeline.wachttijdLastDay)},"asOf":${qDate(timeline.asOf)},"weekAsOf":${JSON.stringify(timeline.weekAsOf)},"ruleSet":${q(timeline.ruleSet.id)},"milestones":[${m}],"evaluations":[${e}]}`;
}

/**
 * The check of the timeline given to applyEndOfWachttijdEvents (issue 14): a timeline it did not
 * make (hand-made, deserialised, mutated) gives a PoortwachterError naming the field, never a crash.
 *
 * @internal
 * @packageDocumentation
 */
import { parseInput } from '../input/zodIssues.js';
import { MILESTONE_RULES_TABLE } from '../law/milestoneRules.js';
import { isDate, isLocalized, isObj, MAX_TIMELINE_ITEMS, optDate } from './timelineShape.js';
import { checkTimelineLengths } from './timelineShapeSchema.js';
import { eowTimelineSchema } from './endOfWachttijdTimelineSchema.js';

const KNOWN_IDS: ReadonlySet<unknown> = new Set(Object.keys(MILESTONE_RULES_TABLE));
const SCOPES: ReadonlySet<unknown> = new Set(['wazo-only', 'all']);

/** One sick period as the sickness module's schema wants it (extra keys are ignored here, not read). */
function isPeriod(p: unknown): boolean {
  if (!isObj(p) || !isDate(p['from']) || (p['to'] !== undefined && !isDate(p['to']))) return false;
  const cause = p['cause'];
  const preg = p['pregnancyRelated'];
  return (cause === undefined || (typeof cause === 'string' && cause.length > 0)) && (preg === undefined || typeof preg === 'boolean');
}

/** The extra fields, without zod; `false` means "let the schema decide and explain". */
function hasEndOfWachttijdFields(t: Record<string, unknown>): boolean {
  if (!isDate(t['firstSickDay']) || t['asOf'] === undefined || !optDate(t['asOf']) || t['wachttijdLastDay'] === undefined || !optDate(t['wachttijdLastDay'])) return false;
  if (!Array.isArray(t['notices'])) return false;
  const s = t['samentelling'];
  const c = t['conventions'];
  if (!isObj(s) || !Array.isArray(s['periods']) || s['periods'].length > MAX_TIMELINE_ITEMS || !isObj(c) || !SCOPES.has(c['causeExceptionScope'])) return false;
  for (const p of s['periods'] as unknown[]) if (!isPeriod(p)) return false;
  const aow = t['aow'];
  if (aow !== undefined && aow !== null && (!isObj(aow) || !isDate(aow['aowDate']))) return false;
  const ended = t['wachttijdEnded'];
  if (ended !== undefined && ended !== null && (!isObj(ended) || !optDate(ended['endedOn']) || ended['endedOn'] === undefined)) return false;
  const milestones = t['milestones'];
  if (!Array.isArray(milestones) || milestones.length > MAX_TIMELINE_ITEMS) return false;
  for (const m of milestones as unknown[]) {
    if (!isObj(m) || !KNOWN_IDS.has(m['id']) || !isDate(m['due']) || !optDate(m['windowFrom']) || !optDate(m['done']) || !isLocalized(m['labels'])) return false;
    const refs = m['legalBasis'];
    if (!Array.isArray(refs)) return false;
    for (const r of refs as unknown[]) if (!isObj(r) || typeof r['id'] !== 'string') return false;
    const e = m['explanation'];
    if (!isObj(e) || !isDate(e['anchorDate'])) return false;
  }
  return true;
}

/**
 * Checks that `timeline` has, valid, every field applyEndOfWachttijdEvents reads (and only those: it
 * does not read evaluations or explanation texts): first the cheap structural checks (a timeline made by computeTimeline passes them quickly); only when they fail,
 * the zod schema, which throws a {@link PoortwachterError} at `timeline.<field>`.
 *
 * @param timeline - Anything given as a timeline.
 * @param fn - The public function name for the error message.
 * @returns Nothing; throws for an invalid timeline.
 * @throws {@link PoortwachterError} for a timeline that is not one.
 * @example
 * checkEndOfWachttijdTimeline(computeTimeline({ firstSickDay: '2024-01-01' }), 'applyEndOfWachttijdEvents') // passes
 * @internal
 */
export function checkEndOfWachttijdTimeline(timeline: unknown, fn: string): void {
  if (isObj(timeline) && hasEndOfWachttijdFields(timeline)) return;
  checkTimelineLengths(timeline, fn, ['milestones', 'notices', ['samentelling', 'periods']]);
  parseInput(eowTimelineSchema, timeline, fn, ['timeline']);
}

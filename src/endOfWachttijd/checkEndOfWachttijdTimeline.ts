/**
 * The check of the timeline given to applyEndOfWachttijdEvents (issue 14): a timeline it did not
 * make (hand-made, deserialised, mutated) gives a PoortwachterError naming the field, never a crash.
 *
 * @internal
 * @packageDocumentation
 */
import * as z from 'zod';
import { isoDateSchema, parseInput } from '../input/zodIssues.js';
import { sickPeriodSchema } from '../sickness/validateSickInput.js';
import { MILESTONE_RULES_TABLE } from '../timeline/milestoneRules.js';
import { isDate, isLocalized, isObj, isTimelineShape, MAX_TIMELINE_ITEMS, optDate } from '../timeline/timelineShape.js';
import { checkTimelineLengths, localizedSchema, timelineSchema } from '../timeline/timelineShapeSchema.js';

const KNOWN_IDS: ReadonlySet<unknown> = new Set(Object.keys(MILESTONE_RULES_TABLE));
const SCOPES: ReadonlySet<unknown> = new Set(['wazo-only', 'all']);
const KNOWN_ID_LIST = [...KNOWN_IDS] as [string, ...string[]];

/** The fields applyEndOfWachttijdEvents reads beyond those of {@link timelineSchema}. */
const eowTimelineSchema = timelineSchema.extend({
  asOf: isoDateSchema.nullable(),
  wachttijdLastDay: isoDateSchema.nullable(),
  notices: z.array(localizedSchema),
  samentelling: z.object({ periods: z.array(sickPeriodSchema) }),
  conventions: z.object({ causeExceptionScope: z.enum(['wazo-only', 'all']) }),
  aow: z.object({ aowDate: isoDateSchema }).nullable().optional(),
  wachttijdEnded: z.object({ endedOn: isoDateSchema.nullable() }).nullable().optional(),
  milestones: z.array(timelineSchema.shape.milestones.element.extend({
    id: z.enum(KNOWN_ID_LIST, { message: 'expected a milestone id of computeTimeline or applyEndOfWachttijdEvents' }),
    explanation: z.object({ text: localizedSchema, anchorDate: isoDateSchema }),
  })),
});

/** One sick period as the sickness module's schema wants it (extra keys are ignored here, not read). */
function isPeriod(p: unknown): boolean {
  if (!isObj(p) || !isDate(p['from']) || (p['to'] !== undefined && !isDate(p['to']))) return false;
  const cause = p['cause'];
  const preg = p['pregnancyRelated'];
  return (cause === undefined || (typeof cause === 'string' && cause.length > 0)) && (preg === undefined || typeof preg === 'boolean');
}

/** The extra fields, without zod; `false` means "let the schema decide and explain". */
function hasEndOfWachttijdFields(t: Record<string, unknown>): boolean {
  if (t['asOf'] === undefined || !optDate(t['asOf']) || t['wachttijdLastDay'] === undefined || !optDate(t['wachttijdLastDay'])) return false;
  if (!Array.isArray(t['notices'])) return false;
  const s = t['samentelling'];
  const c = t['conventions'];
  if (!isObj(s) || !Array.isArray(s['periods']) || s['periods'].length > MAX_TIMELINE_ITEMS || !isObj(c) || !SCOPES.has(c['causeExceptionScope'])) return false;
  for (const p of s['periods'] as unknown[]) if (!isPeriod(p)) return false;
  const aow = t['aow'];
  if (aow !== undefined && aow !== null && (!isObj(aow) || !isDate(aow['aowDate']))) return false;
  const ended = t['wachttijdEnded'];
  if (ended !== undefined && ended !== null && (!isObj(ended) || !optDate(ended['endedOn']) || ended['endedOn'] === undefined)) return false;
  for (const m of t['milestones'] as Record<string, unknown>[]) {
    if (!KNOWN_IDS.has(m['id'])) return false;
    // Its explanation is read (and copied) only when a vervroegde IVA is applied to this milestone.
    if (m['id'] === 'vervroegde-iva-uiterlijk') {
      const e = m['explanation'];
      if (!isObj(e) || !isLocalized(e['text']) || !isDate(e['anchorDate'])) return false;
    }
  }
  return true;
}

/**
 * Checks that `timeline` has, valid, every field applyEndOfWachttijdEvents reads: first the cheap
 * structural checks (a timeline made by computeTimeline passes them quickly); only when they fail,
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
  if (isTimelineShape(timeline) && hasEndOfWachttijdFields(timeline as Record<string, unknown>)) return;
  checkTimelineLengths(timeline, fn, ['milestones', 'evaluations', 'notices', ['samentelling', 'periods']]);
  parseInput(eowTimelineSchema, timeline, fn, ['timeline']);
}

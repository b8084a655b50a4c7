/**
 * The check of a timeline given to the exports (calendar, picture) and to applyEndOfWachttijdEvents.
 *
 * @internal
 * @packageDocumentation
 */
import * as z from 'zod';
import { isoDateSchema, parseInput } from '../input/zodIssues.js';
import { PoortwachterError } from '../errors/PoortwachterError.js';
import { isObj, isTimelineShape, MAX_TIMELINE_ITEMS } from './timelineShape.js';

// The timeline is normally computeTimeline's own output; a hand-made or deserialised object is
// checked for the fields the export uses, so that it cannot produce a broken or injected file.
// z.object (which ignores other keys) rather than z.looseObject: only the check is used, and the
// loose catch-all walk over every other key tripled the cost of the export (see bench/).
const uriSchema = z.string().regex(/^[^\s"<>\\^`{|}]+$/, 'expected a URL without spaces or control characters');
/** @internal */
export const localizedSchema = z.object({ nl: z.string(), en: z.string() });
/** @internal */
export const refSchema = z.object({ id: z.string().min(1), url: uriSchema });
/** @internal */
export const timelineSchema = z.object({
  firstSickDay: isoDateSchema,
  asOf: isoDateSchema.nullable().optional(),
  milestones: z.array(z.object({
    id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'expected a kebab-case milestone id'),
    due: isoDateSchema,
    windowFrom: isoDateSchema.nullable().optional(),
    week: z.number().int(),
    labels: localizedSchema,
    legalBasis: z.array(refSchema).min(1),
    normKind: z.enum(['statutory', 'regulation', 'policy', 'practice']),
    done: isoDateSchema.nullable().optional(),
    explanation: z.object({ text: localizedSchema }),
  })),
  notices: z.array(localizedSchema).optional(),
  evaluations: z.array(z.object({
    sequence: z.number().int().min(1),
    due: isoDateSchema,
    done: isoDateSchema.nullable().optional(),
    legalBasis: z.array(refSchema).min(1),
    explanation: localizedSchema,
  })).optional(),
});


/**
 * Checks that `timeline` has, valid, the fields the exports read: first the cheap
 * {@link isTimelineShape}; only when that fails, the zod schema, which throws a
 * {@link PoortwachterError} naming the field and problem.
 *
 * @param timeline - Anything given as a timeline.
 * @param fn - The public function name for the error message.
 * @returns Nothing; throws for an invalid timeline.
 * @throws {@link PoortwachterError} for a timeline that is not one.
 * @example
 * checkExportTimeline(computeTimeline({ firstSickDay: '2024-01-01' }), 'toICalendar') // passes
 * @internal
 */
export function checkExportTimeline(timeline: unknown, fn: string): void {
  if (isTimelineShape(timeline)) return;
  checkTimelineLengths(timeline, fn, ['milestones', 'evaluations', 'notices']);
  parseInput(timelineSchema, timeline, fn, ['timeline']);
}

/**
 * Rejects a timeline list longer than {@link MAX_TIMELINE_ITEMS} before the zod schema walks it: a
 * list of 100 000 wrong items took the schema seconds to report. Only on the slow path.
 *
 * @param timeline - Anything given as a timeline.
 * @param fn - The public function name for the error message.
 * @param fields - The list fields to check (a path of keys each, or one key).
 * @returns Nothing; throws when a list is too long.
 * @throws {@link PoortwachterError} (`invalid_value` at `timeline.<field>`).
 * @example
 * checkTimelineLengths({ milestones: [] }, 'toICalendar', ['milestones']) // passes
 * @internal
 */
export function checkTimelineLengths(timeline: unknown, fn: string, fields: readonly (string | readonly string[])[]): void {
  if (!isObj(timeline)) return;
  for (const field of fields) {
    const path = typeof field === 'string' ? [field] : field;
    let v: unknown = timeline;
    for (const key of path) v = isObj(v) ? v[key] : undefined;
    if (Array.isArray(v) && v.length > MAX_TIMELINE_ITEMS) {
      throw PoortwachterError.single(fn, ['timeline', ...path], 'invalid_value', `at most ${MAX_TIMELINE_ITEMS} items, got ${v.length}`);
    }
  }
}

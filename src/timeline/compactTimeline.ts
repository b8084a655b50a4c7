import type { Timeline } from './types.js';
import { PoortwachterError } from '../errors/PoortwachterError.js';
import { checkExportTimeline } from './timelineShapeSchema.js';

/** One milestone of a {@link CompactTimeline}. */
export interface CompactMilestone {
  /** Milestone id (stable). */
  readonly id: string;
  /** Due date `'YYYY-MM-DD'`. */
  readonly due: string;
  /** Status on `asOf`, or `null` without one. */
  readonly status: string | null;
  /** Date done; left out when the step was not done. */
  readonly done?: string;
  /** Legal basis by key (`LegalRef.id`, e.g. `'WIA art 64 lid 3'`); titles and links are in the full timeline. */
  readonly basis: readonly string[];
}

/** The small form of a {@link Timeline} for batch output (`--compact`): ids, dates, statuses, legal refs by key. */
export interface CompactTimeline {
  /** Day 1 of the wachttijd. */
  readonly firstSickDay: string;
  /** Last day of the wachttijd, or `null` (AOW case). */
  readonly wachttijdLastDay: string | null;
  /** The reference date, or `null`. */
  readonly asOf: string | null;
  /** Week of sickness on `asOf`, or `null`. */
  readonly weekAsOf: number | null;
  /** Rule set id. */
  readonly ruleSet: string;
  /** The milestones in order. */
  readonly milestones: readonly CompactMilestone[];
  /** Periodic evaluations: `[due, status]` pairs. */
  readonly evaluations: readonly (readonly [string, string | null])[];
}

/**
 * Shrinks a timeline to what a batch consumer needs — ids, dates, statuses and legal references by
 * key, no labels or explanations — well under 2 kB per case.
 *
 * @param timeline - A result of `computeTimeline`.
 * @returns The compact form.
 * @example
 * compactTimeline(computeTimeline({ firstSickDay: '2024-01-01' })).milestones[0]
 * //=> { id: 'probleemanalyse', due: '2024-02-11', status: null, basis: ['Regeling procesgang art 2 lid 2'] }
 */
export function compactTimeline(timeline: Timeline): CompactTimeline {
  checkExportTimeline(timeline, 'compactTimeline');
  try {
    return compact(timeline);
  } catch (e) {
    if (e instanceof PoortwachterError) throw e;
    // A look-alike that passed the export check but lacks a field the compact form reads.
    throw PoortwachterError.single('compactTimeline', ['timeline'], 'invalid_type', 'expected a timeline made by computeTimeline');
  }
}

function compact(timeline: Timeline): CompactTimeline {
  return {
    firstSickDay: timeline.firstSickDay,
    wachttijdLastDay: timeline.wachttijdLastDay,
    asOf: timeline.asOf,
    weekAsOf: timeline.weekAsOf,
    ruleSet: timeline.ruleSet.id,
    milestones: timeline.milestones.map((m) => ({ id: m.id, due: m.due, status: m.status, ...(m.done === null ? {} : { done: m.done }), basis: m.legalBasis.map((r) => r.id) })),
    evaluations: timeline.evaluations.map((e) => [e.due, e.status] as const),
  };
}

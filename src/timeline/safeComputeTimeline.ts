import { toSafe, type SafeResult } from '../errors/PoortwachterError.js';
import { computeTimeline } from './computeTimeline.js';
import type { Timeline, TimelineInput, TimelineOptions } from './types.js';

/**
 * {@link computeTimeline} without throwing: returns `{ success: true, data }` or
 * `{ success: false, error, issues }`.
 *
 * @param input - As for {@link computeTimeline}.
 * @param options - As for {@link computeTimeline}.
 * @returns The timeline or the input issues.
 * @example
 * const r = safeComputeTimeline({ firstSickDay: '2023-02-29' });
 * if (!r.success) r.issues[0]?.path //=> ['firstSickDay']
 */
export function safeComputeTimeline(input: TimelineInput, options?: TimelineOptions): SafeResult<Timeline> {
  return toSafe(() => computeTimeline(input, options));
}

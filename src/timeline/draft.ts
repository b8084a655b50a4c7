/**
 * A milestone while computeTimeline builds it, on day numbers: what the rows engine
 * (evaluateRows.ts) and the situation rules produce, and what the milestone, its explanation and its
 * trace step are made from.
 *
 * @internal
 * @packageDocumentation
 */
import type { LegalRef } from '../legal/LegalRef.js';
import type { TimelineMessageKey } from './messages.js';
import type { MilestoneInfo } from './milestoneInfo.js';
import type { MilestoneExplanation, MilestoneId } from './types.js';

/** A remark added to a milestone's explanation: a message of the timeline catalogue and its placeholder values. @internal */
export interface Note {
  readonly key: TimelineMessageKey;
  readonly params: { readonly [name: string]: string | number };
}

/** @internal */
export interface Draft {
  id: MilestoneId;
  /** The milestone's rule and labels (`MILESTONE_INFO[id]`), carried so that no one looks them up by id. */
  readonly info: MilestoneInfo;
  due: number;
  windowFrom: number | null;
  anchor: MilestoneExplanation['anchor'];
  anchorDay: number;
  /** 0-based counted sick day for "day k of sickness" rules, else `null`. */
  k: number | null;
  eventUsed: string | null;
  convention: string | null;
  note: Note | null;
  /** Articles the situation adds after the rule table's (e.g. the AOW age). */
  extraBasis?: readonly LegalRef[];
}

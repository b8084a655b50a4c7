/**
 * The timeline computeTimeline returns: its fields as own data properties, and a `trace` built only
 * when read (a getter on the prototype) or serialised (`toJSON`, with `trace` last). computeTimeline
 * is a benchmarked hot path, and most callers never read the trace.
 *
 * A spread or a `structuredClone` copies the data fields and leaves the trace out, as it leaves out
 * the explanation texts (also built when read); `JSON.stringify` includes both. A function that
 * returns a changed timeline keeps the trace with `withTraceSteps` (timelineTrace.ts).
 *
 * @internal
 * @packageDocumentation
 */
import type { TraceStep } from '../engine/trace.js';
import type { Localized } from '../i18n/types.js';
import type { RuleSet } from '../law/ruleSets.js';
import type { Samentelling } from '../sickness/types.js';
import { timelineTrace, type AowApplied, type Wia64Lid6Outcome } from './timelineTrace.js';
import type { AowOutcome, Evaluation, Milestone, Timeline } from './types.js';
import type { WachttijdEnd } from './wachttijdEnded.js';

/** The data fields of a {@link Timeline}, in their JSON order. @internal */
export type TimelineFields = Omit<Timeline, 'trace' | 'wachttijdEnded'> & { readonly wachttijdEnded: WachttijdEnd | null };

/** What the trace needs besides the timeline's own fields. @internal */
export interface TraceExtras {
  readonly sickPeriods: number;
  readonly wachttijdLast: number;
  readonly wia64Lid6: Wia64Lid6Outcome | null;
  readonly aow: AowApplied | null;
}

/** @internal */
export class LibraryTimeline implements Timeline {
  readonly firstSickDay: string;
  readonly milestones: readonly Milestone[];
  readonly evaluations: readonly Evaluation[];
  readonly samentelling: Samentelling;
  readonly ruleSet: RuleSet;
  readonly wachttijdLastDay: string | null;
  readonly aow: AowOutcome | null;
  readonly asOf: string | null;
  readonly countedSickDaysAsOf: number | null;
  readonly weekAsOf: number | null;
  readonly conventions: Timeline['conventions'];
  readonly notices: readonly Localized[];
  readonly wachttijdEnded: WachttijdEnd | null;
  readonly #extras: TraceExtras;
  #trace: readonly TraceStep[] | undefined;

  constructor(t: TimelineFields, extras: TraceExtras) {
    this.firstSickDay = t.firstSickDay;
    this.milestones = t.milestones;
    this.evaluations = t.evaluations;
    this.samentelling = t.samentelling;
    this.ruleSet = t.ruleSet;
    this.wachttijdLastDay = t.wachttijdLastDay;
    this.aow = t.aow;
    this.asOf = t.asOf;
    this.countedSickDaysAsOf = t.countedSickDaysAsOf;
    this.weekAsOf = t.weekAsOf;
    this.conventions = t.conventions;
    this.notices = t.notices;
    this.wachttijdEnded = t.wachttijdEnded;
    this.#extras = extras;
    this.#trace = undefined;
  }

  /** The trace ({@link timelineTrace}), built on the first read. */
  get trace(): readonly TraceStep[] {
    const x = this.#extras;
    return this.#trace ??= timelineTrace({
      samentelling: this.samentelling, sickPeriods: x.sickPeriods, ruleSet: this.ruleSet, wachttijdLast: x.wachttijdLast,
      milestones: this.milestones, wia64Lid6: x.wia64Lid6, aow: x.aow, asOf: this.asOf, wachttijdEnded: this.wachttijdEnded,
    });
  }

  toJSON(): Omit<Timeline, never> {
    return {
      firstSickDay: this.firstSickDay, milestones: this.milestones, evaluations: this.evaluations, samentelling: this.samentelling,
      ruleSet: this.ruleSet, wachttijdLastDay: this.wachttijdLastDay, aow: this.aow, asOf: this.asOf,
      countedSickDaysAsOf: this.countedSickDaysAsOf, weekAsOf: this.weekAsOf, conventions: this.conventions,
      notices: this.notices, wachttijdEnded: this.wachttijdEnded, trace: this.trace,
    };
  }
}

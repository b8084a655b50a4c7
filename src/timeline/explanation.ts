/**
 * A milestone's explanation and its trace step: the text is rendered from the step (issue 10).
 *
 * @internal
 * @packageDocumentation
 */
import { fromDayNumber } from '../calendar/dayNumber.js';
import { traceStep, type TraceStep, type TraceValue } from '../engine/trace.js';
import type { Localized } from '../i18n/types.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import type { LegalRef } from '../legal/LegalRef.js';
import type { Draft } from './draft.js';
import { renderStep } from './renderStep.js';
import type { MilestoneExplanation } from './types.js';

/**
 * The trace step of one milestone: rule `timeline.<id>`, the catalogue keys of its legal basis, what
 * its date was counted from and by how much, its due date and window; message and params of its
 * explanation (`explain-counted`, `explain-counted-gap` or `explain-anchored`, with a `note` when the
 * situation adds a remark).
 *
 * @param d - The draft.
 * @param firstDay - Day 1 (day number).
 * @param gap - Calendar days of samentelling gaps that pushed `due` later.
 * @param anchorDate - The anchor's date.
 * @param offset - Calendar days from the anchor to `due`.
 * @param due - The due date.
 * @param basis - The milestone's legal basis.
 * @returns The frozen step.
 * @example
 * milestoneStep(draft, day1, 0, '2024-01-01', 41, '2024-02-11', basis).rule //=> 'timeline.probleemanalyse'
 * @internal
 */
export function milestoneStep(d: Draft, firstDay: number, gap: number, anchorDate: string, offset: number, due: string, basis: readonly LegalRef[]): TraceStep {
  const params: { [name: string]: TraceValue } = d.k !== null
    ? gap > 0
      ? { rule: d.id, day: d.k + 1, firstSickDay: fromDayNumber(firstDay), gap, due }
      : { rule: d.id, day: d.k + 1, firstSickDay: fromDayNumber(firstDay), due }
    : { rule: d.id, anchorDate, anchor: d.anchor, sign: offset >= 0 ? '+' : '−', days: Math.abs(offset), due };
  if (d.note !== null) {
    params['note'] = d.note.key;
    params['noteParams'] = d.note.params;
  }
  return traceStep({
    rule: `timeline.${d.id}`,
    refs: legalKeysOf(basis),
    outcome: 'computed',
    inputs: {
      anchor: d.anchor, anchorDate, countedSickDay: d.k === null ? null : d.k + 1, offsetDays: offset,
      gapDaysAdded: gap, eventUsed: d.eventUsed, convention: d.convention,
    },
    outputs: { due, windowFrom: d.windowFrom === null ? null : fromDayNumber(d.windowFrom) },
    message: d.k !== null ? (gap > 0 ? 'explain-counted-gap' : 'explain-counted') : 'explain-anchored',
    params,
  });
}

/**
 * A milestone explanation whose `text` is built only when read: batch callers that never read it
 * do not pay for the strings. The getter sits on the prototype (cheap to construct); `toJSON`
 * keeps `text` in JSON output. The text is the render of the milestone's trace step.
 *
 * @internal
 */
export class LazyExplanation implements MilestoneExplanation {
  readonly anchor: MilestoneExplanation['anchor'];
  readonly anchorDate: string;
  readonly offsetDays: number;
  readonly countedSickDay: number | null;
  readonly gapDaysAdded: number;
  readonly eventUsed: string | null;
  readonly convention: string | null;
  readonly #draft: Draft;
  readonly #firstDay: number;
  readonly #due: string;
  readonly #basis: readonly LegalRef[];

  constructor(d: Draft, D: number, gap: number, anchorDate: string, due: string, basis: readonly LegalRef[]) {
    this.anchor = d.anchor;
    this.anchorDate = anchorDate;
    this.offsetDays = d.due - d.anchorDay;
    this.countedSickDay = d.k === null ? null : d.k + 1;
    this.gapDaysAdded = gap;
    this.eventUsed = d.eventUsed;
    this.convention = d.convention;
    this.#draft = d;
    this.#firstDay = D;
    this.#due = due;
    this.#basis = basis;
  }

  /** The milestone's trace step ({@link milestoneStep}). @internal */
  step(): TraceStep {
    return milestoneStep(this.#draft, this.#firstDay, this.gapDaysAdded, this.anchorDate, this.offsetDays, this.#due, this.#basis);
  }

  get text(): Localized {
    return renderStep(this.step());
  }

  toJSON(): Omit<MilestoneExplanation, never> {
    return {
      anchor: this.anchor, anchorDate: this.anchorDate, offsetDays: this.offsetDays, countedSickDay: this.countedSickDay,
      gapDaysAdded: this.gapDaysAdded, eventUsed: this.eventUsed, convention: this.convention, text: this.text,
    };
  }
}

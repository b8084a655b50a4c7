/**
 * The one evaluator of the end-of-wachttijd effect rows (`law/endOfWachttijdEffects.ts`): the day of
 * an effect is its anchor plus the offset of its norm (moved by the Algemene termijnenwet where the
 * row says so), and each dated result is recorded as a trace step and rendered from it.
 *
 * @internal
 * @module
 */
import type { Tracer, TraceStep, TraceValue } from '../engine/trace.js';
import { LEGAL_CATALOGUE, type LegalProvisionKey } from '../legal/catalogue.js';
import type { LegalRef } from '../legal/LegalRef.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import type { Answer } from '../vocabulary/index.js';
import type { NormKind } from '../law/types.js';
import { END_OF_WACHTTIJD_EFFECTS, type EndOfWachttijdEffectId } from '../law/endOfWachttijdEffects.js';
import { END_OF_WACHTTIJD_NORMS } from '../law/endOfWachttijdNorms.js';
import { atw, iso, legalDate, WEEK } from './internal.js';
import { dateLabel, type EndOfWachttijdDateId, type EndOfWachttijdMessageKey } from './messages.js';
import { renderStep, type StepParams } from './renderStep.js';
import type { EndOfWachttijdFinding, LegalDate } from './types.js';

/** Catalogue keys → the catalogue's own references. @internal */
export const refsOf = (keys: readonly LegalProvisionKey[]): LegalRef[] => keys.map((k) => LEGAL_CATALOGUE[k]);

/**
 * The day of an effect: its anchor plus (or minus) the weeks of its norm; forward terms moved by the
 * Algemene termijnenwet (art 1 lid 1) when the row says so.
 *
 * @param id - The effect row.
 * @param anchorDay - Day number of the anchor.
 * @returns Day number.
 * @internal
 */
export function effectDay(id: EndOfWachttijdEffectId, anchorDay: number): number {
  const row = END_OF_WACHTTIJD_EFFECTS[id];
  const days = END_OF_WACHTTIJD_NORMS[row.offset.norm].value * WEEK;
  const raw = row.offset.direction === 'after' ? anchorDay + days : anchorDay - days;
  return row.atw ? atw(raw) : raw;
}

/** A dated rule to record: id of the date, its day, law, message and facts. @internal */
export interface DatedRule {
  readonly id: EndOfWachttijdDateId;
  readonly day: number;
  readonly refs: readonly LegalRef[];
  readonly message: EndOfWachttijdMessageKey;
  readonly params?: StepParams;
  readonly inputs?: { readonly [name: string]: TraceValue };
  readonly normKind?: NormKind;
}

/**
 * Records a dated rule as a trace step (`<module>.<date id>`) and returns its {@link LegalDate},
 * whose explanation is rendered from that step.
 *
 * @internal
 */
export function datedStep(t: Tracer, module: string, r: DatedRule): LegalDate {
  const step = t.record({
    rule: `${module}.${r.id}`, refs: legalKeysOf(r.refs), outcome: 'computed', inputs: r.inputs ?? {},
    outputs: { date: iso(r.day) }, message: r.message, params: r.params ?? {},
  });
  return legalDate(r.id, r.day, dateLabel(r.id), r.refs, r.normKind ?? 'statutory', renderStep(step));
}

/**
 * Evaluates one effect row: its day from the anchor, recorded and returned as a {@link LegalDate}.
 *
 * @param t - The tracer of the call.
 * @param module - Module part of the rule id (`'loonsanctie'`, `'vrijwilligeVerlenging'`).
 * @param id - The effect row (also the date id).
 * @param anchorDay - Day number of the row's anchor.
 * @param params - Values for the row's message.
 * @param day - The day when a special rule adjusted the row's day (e.g. an earlier end of employment).
 * @returns Day number and the dated result.
 * @internal
 */
export function evaluateEffect(
  t: Tracer, module: string, id: EndOfWachttijdEffectId & EndOfWachttijdDateId, anchorDay: number, params: StepParams = {}, day?: number,
): { day: number; date: LegalDate } {
  const row = END_OF_WACHTTIJD_EFFECTS[id];
  const d = day ?? effectDay(id, anchorDay);
  const date = datedStep(t, module, {
    id, day: d, refs: refsOf(row.refs), message: row.message as EndOfWachttijdMessageKey, params,
    inputs: { [row.anchor]: iso(anchorDay) }, normKind: row.normKind,
  });
  return { day: d, date };
}

const OUTCOME = { yes: 'met', no: 'not-met', unknown: 'unknown' } as const;

/** A finding to record: its code, status, law, message and the facts it lacked. @internal */
export interface FindingRule {
  readonly code: string;
  readonly status: Answer;
  readonly refs: readonly LegalRef[];
  readonly normKind?: NormKind;
  readonly message: EndOfWachttijdMessageKey;
  readonly params?: StepParams;
  readonly inputs?: { readonly [name: string]: TraceValue };
  readonly missingFacts?: readonly string[];
}

/**
 * Records a finding as a trace step (`<module>.condition.<code>`, outcome met / not-met / unknown)
 * and returns the finding, its explanation rendered from the step.
 *
 * @internal
 */
export function findingStep(t: Tracer, module: string, f: FindingRule): EndOfWachttijdFinding {
  const step: TraceStep = t.record({
    rule: `${module}.condition.${f.code}`, refs: legalKeysOf(f.refs), outcome: OUTCOME[f.status], inputs: f.inputs ?? {},
    outputs: { status: f.status }, missingFacts: f.missingFacts ?? [], message: f.message, params: f.params ?? {},
  });
  return { code: f.code, status: f.status, legalBasis: f.refs, normKind: f.normKind ?? 'statutory', explanation: renderStep(step) };
}

/**
 * Records the summary of a result (`<module>.result`) and returns its explanation, rendered from the step.
 *
 * @internal
 */
export function summaryStep(
  t: Tracer, module: string, refs: readonly LegalRef[], message: EndOfWachttijdMessageKey, params: StepParams,
  outputs: { readonly [name: string]: TraceValue } = {},
): ReturnType<typeof renderStep> {
  return renderStep(t.record({ rule: `${module}.result`, refs: legalKeysOf(refs), outcome: 'computed', outputs, message, params }));
}

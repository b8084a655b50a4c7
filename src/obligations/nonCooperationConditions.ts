import { fromDayNumber, toDayNumber } from '../calendar/dayNumber.js';
import type { Tracer, TraceValue } from '../engine/trace.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import type { LegalRef } from '../legal/LegalRef.js';
import type { Outcome } from '../vocabulary/index.js';
import type { ParsedFact } from './factInput.js';
import { OBLIGATION_REFS as R } from './legalRefs.js';
import type { ConditionKey } from './nonCooperationMessages.js';
import type { NonCooperationFacts } from './nonCooperationFacts.js';
import { ONVERWIJLD_MAX_DAYS } from './norms.js';
import type { KindRule } from './nonCooperationRules.js';
import type { ParsedNonCooperationInput } from './nonCooperationSchema.js';
import { renderNonCooperationStep } from './renderNonCooperationStep.js';
import type { ConditionId, MeasureCondition } from './types.js';

/** What every rule of checkNonCooperation reads. @internal */
export interface NonCooperationCase {
  readonly v: ParsedNonCooperationInput;
  readonly rule: KindRule;
  readonly acts: NonNullable<ParsedNonCooperationInput['employerActions']>;
  readonly facts: NonCooperationFacts;
  /** Day numbers of `asOf`, `since` and `knownSince` (default `since`). */
  readonly asOf: number;
  readonly since: number;
  readonly known: number;
  /** Which wage measure `wageMeasureFrom` is: given, or the only one that fits the kind. */
  readonly wageKind: 'loonopschorting' | 'loonstop' | undefined;
  readonly t: Tracer;
}

/** A fact as a condition outcome. @internal */
export function tri(v: ParsedFact | undefined): Outcome {
  return v === true ? 'met' : v === false ? 'not-met' : 'unknown';
}

/** A fact as a trace input: `true` / `false`, or `null` when not given or `'unknown'` (the two mean the same). @internal */
export function factValue(v: ParsedFact | undefined): boolean | null {
  return v === true || v === false ? v : null;
}

/** The optional parts of a condition. */
interface ConditionExtra {
  readonly params?: Readonly<Record<string, string | number>>;
  readonly textKey?: ConditionKey;
  readonly inputs?: { readonly [name: string]: TraceValue };
  readonly missingFacts?: readonly string[];
}

/**
 * One condition of a measure, recorded as a trace step; its explanation is rendered from the step.
 *
 * @internal
 */
export function cond(c: NonCooperationCase, id: ConditionId, status: Outcome, actionable: boolean, legalBasis: readonly LegalRef[], x: ConditionExtra = {}): MeasureCondition {
  const step = c.t.record({
    rule: `nonCooperation.condition.${id}`, refs: legalKeysOf(legalBasis), outcome: status,
    inputs: x.inputs ?? {}, outputs: { status, actionable }, missingFacts: x.missingFacts ?? [],
    message: `condition.${x.textKey ?? `${id}.${status}`}`, params: x.params ?? {},
  });
  return Object.freeze({ id, status, actionable, explanation: renderNonCooperationStep(step), legalBasis });
}

/** The conditions on the notice of BW 7:629 lid 7, for the notice itself and for a wage measure. @internal */
export interface NoticeConditions {
  readonly notice: MeasureCondition;
  /** The condition a wage measure meets (from the notice on when the notice was late). */
  readonly noticeForWage: MeasureCondition;
  /** The period a wage measure covers, or `null` when nothing is left to cover. */
  readonly period: { readonly from: string; readonly to: string | null } | null;
}

/** The notice on its own: met on `knownSince`, arguable within `maxDays`, late after (the wage measure then covers the time from the notice). */
function noticeAlone(c: NonCooperationCase, maxDays: number): { notice: MeasureCondition; wageNotice?: MeasureCondition; wageFrom: number } {
  const basis = [R.BW_629_7];
  const notifiedOn = c.acts.notifiedOn;
  const inputs = { knownSince: fromDayNumber(c.known), notifiedOn: notifiedOn ?? null, notified: c.acts.notified ?? null, asOf: c.v.asOf };
  const k = (id: ConditionId, status: Outcome, actionable: boolean, x: ConditionExtra = {}): MeasureCondition => cond(c, id, status, actionable, basis, { inputs, ...x });
  if (notifiedOn === undefined && c.acts.notified !== false) {
    const days = c.asOf - c.known;
    if (days <= 0) return { notice: k('onverwijld-meegedeeld', 'not-met', true), wageFrom: c.since };
    return { notice: k('onverwijld-meegedeeld', 'unknown', false, { params: { days }, textKey: 'onverwijld-meegedeeld.not-given', missingFacts: ['employerActions.notifiedOn'] }), wageFrom: c.since };
  }
  if (notifiedOn === undefined) {
    const days = c.asOf - c.known;
    if (days <= maxDays) return { notice: k('onverwijld-meegedeeld', 'not-met', true, { params: { days, max: maxDays }, textKey: 'onverwijld-meegedeeld.none-in-time' }), wageFrom: c.since };
    return { notice: k('onverwijld-meegedeeld', 'not-met', true, { params: { days, max: maxDays, date: c.v.asOf }, textKey: 'onverwijld-meegedeeld.none-late' }), wageFrom: c.asOf };
  }
  const delay = toDayNumber(notifiedOn) - c.known;
  if (delay <= 0) return { notice: k('onverwijld-meegedeeld', 'met', false, { params: { date: notifiedOn } }), wageFrom: c.since };
  if (delay <= maxDays) return { notice: k('onverwijld-meegedeeld', 'unknown', false, { params: { days: delay, max: maxDays } }), wageFrom: c.since };
  const params = { days: delay, max: maxDays, date: notifiedOn };
  return {
    notice: k('onverwijld-meegedeeld', 'not-met', false, { params, textKey: 'onverwijld-meegedeeld.late' }),
    wageFrom: toDayNumber(notifiedOn),
    wageNotice: k('onverwijld-meegedeeld', 'met', false, { params, textKey: 'onverwijld-meegedeeld.late-from-notice' }),
  };
}

/**
 * BW 7:629 lid 7: notice "onverwijld" after the suspicion arose. A notice on `knownSince` is met;
 * within `onverwijldMaxDays` it may be argued (unknown); later it is not onverwijld (not-met), and
 * the wage measure does not cover the time before the notice (the notice still covers what follows).
 *
 * @internal
 */
export function noticeConditions(c: NonCooperationCase): NoticeConditions {
  const maxDays = c.v.options?.onverwijldMaxDays ?? ONVERWIJLD_MAX_DAYS.value;
  const { notice, wageNotice, wageFrom } = noticeAlone(c, maxDays);
  // Nothing left to cover when the non-cooperation ended before the first day the measure may cover.
  const nothingLeft = c.v.until !== undefined && toDayNumber(c.v.until) < wageFrom;
  const noticeForWage = nothingLeft
    ? cond(c, 'onverwijld-meegedeeld', 'not-met', false, [R.BW_629_7], {
      params: { days: wageFrom - c.known, max: maxDays, date: fromDayNumber(wageFrom) }, textKey: 'onverwijld-meegedeeld.nothing-left',
      inputs: { until: c.v.until ?? null, wageFrom: fromDayNumber(wageFrom) },
    })
    : wageNotice ?? notice;
  return { notice, noticeForWage, period: nothingLeft ? null : { from: fromDayNumber(wageFrom), to: c.v.until ?? null } };
}

/**
 * BW 7:670a lid 1, 7:671b lid 5 sub a: a written summons, or a wage stop that observes 7:629 lid 7.
 *
 * @internal
 */
export function warnedCondition(c: NonCooperationCase, notice: MeasureCondition): MeasureCondition {
  const basis = [R.BW_671B_5, R.BW_670A_1, R.BW_629_7];
  const { acts, wageKind } = c;
  const stopOn = wageKind === 'loonstop' && notice.status === 'met' ? acts.wageMeasureFrom : undefined;
  const warnedOn = [acts.writtenWarningOn, stopOn].filter((d): d is string => d !== undefined).sort()[0];
  const inputs = { writtenWarningOn: acts.writtenWarningOn ?? null, wageMeasureFrom: acts.wageMeasureFrom ?? null, wageMeasure: wageKind ?? null, notice: notice.status };
  if (warnedOn !== undefined) return cond(c, 'waarschuwing-of-loonstop', 'met', false, basis, { params: { date: warnedOn }, inputs });
  if (acts.wageMeasureFrom !== undefined && wageKind === undefined) {
    return cond(c, 'waarschuwing-of-loonstop', 'unknown', true, basis, { params: { date: acts.wageMeasureFrom }, textKey: 'waarschuwing-of-loonstop.wage-measure-unknown', inputs });
  }
  if (wageKind === 'loonstop' && notice.status === 'unknown') {
    return cond(c, 'waarschuwing-of-loonstop', 'unknown', true, basis, { params: { date: acts.wageMeasureFrom ?? '' }, textKey: 'waarschuwing-of-loonstop.notice-unknown', inputs });
  }
  return cond(c, 'waarschuwing-of-loonstop', 'not-met', true, basis, { inputs });
}

/**
 * Whether the non-cooperation breaches a BW 7:660a duty: always, never, when aimed at passende
 * arbeid (visiting the bedrijfsarts), or — refusing work — when the work is passend and the employee
 * able to do it (7:660a sub c).
 *
 * @internal
 */
export function is660aCondition(c: NonCooperationCase): MeasureCondition {
  const { rule, facts } = c;
  let aimed: Outcome;
  if (rule.is660a === 'if-aimed') aimed = tri(c.v.aimedAtPassendeArbeid);
  else if (rule.is660a === 'if-passend') {
    const p = tri(facts.workIsPassend);
    const a = tri(facts.ableToWork);
    aimed = p === 'not-met' || a === 'not-met' ? 'not-met' : p === 'met' && a === 'met' ? 'met' : 'unknown';
  } else aimed = rule.is660a ? 'met' : 'not-met';
  const inputs = { kind: c.v.kind, aimedAtPassendeArbeid: factValue(c.v.aimedAtPassendeArbeid), workIsPassend: factValue(facts.workIsPassend), ableToWork: factValue(facts.ableToWork) };
  return rule.is660a === 'if-passend'
    ? cond(c, 'weigering-660a', aimed, false, [R.BW_660A_C, R.BW_658A_4], { textKey: `weigering-660a.passend-${aimed}`, inputs })
    : cond(c, 'weigering-660a', aimed, false, [R.BW_660A], { inputs });
}

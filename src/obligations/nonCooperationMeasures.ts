import type { TraceOutcome } from '../engine/trace.js';
import { localize } from '../i18n/types.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import type { LegalRef } from '../legal/LegalRef.js';
import type { NormKind } from '../timeline/types.js';
import { OBLIGATION_REFS as R } from './legalRefs.js';
import { cond, factValue, tri, type NonCooperationCase, type NoticeConditions } from './nonCooperationConditions.js';
import { MEASURE_LABELS } from './nonCooperationMessages.js';
import { renderNonCooperationStep } from './renderNonCooperationStep.js';
import type { Availability, Measure, MeasureCondition, MeasureId } from './types.js';

const AVAILABILITY_OUTCOME: Readonly<Record<Availability, TraceOutcome>> = { yes: 'met', 'after-action': 'not-met', no: 'not-met', unknown: 'unknown' };

function availability(conditions: readonly MeasureCondition[]): Availability {
  if (conditions.some((c) => c.status === 'not-met' && !c.actionable)) return 'no';
  if (conditions.some((c) => c.status === 'unknown')) return 'unknown';
  if (conditions.some((c) => c.status === 'not-met')) return 'after-action';
  return 'yes';
}

/** A fact path when the fact is not given (or `'unknown'`). */
function need(path: string, value: unknown): string[] {
  return value === undefined || value === 'unknown' ? [path] : [];
}

/** The parts of a measure besides its id, conditions, basis and kind. */
interface MeasureExtra {
  readonly period?: Measure['period'];
  readonly takenOn?: string | null;
  readonly fits?: boolean;
  readonly forced?: Availability | undefined;
  /** The facts its conditions needed and did not get. */
  readonly missingFacts?: readonly string[];
}

/** One measure, recorded as a trace step; its explanation is rendered from the step. @internal */
export function measure(c: NonCooperationCase, id: MeasureId, conditions: readonly MeasureCondition[], legalBasis: readonly LegalRef[], normKind: NormKind, x: MeasureExtra = {}): Measure {
  const fits = x.fits ?? true;
  const available = !fits ? 'no' : x.forced ?? availability(conditions);
  const period = fits ? x.period ?? null : null;
  const takenOn = x.takenOn ?? null;
  const step = c.t.record({
    rule: `nonCooperation.measure.${id}`, refs: legalKeysOf(legalBasis), outcome: AVAILABILITY_OUTCOME[available],
    inputs: { kind: c.v.kind, fits, conditions: conditions.map((k) => ({ id: k.id, status: k.status, actionable: k.actionable })) },
    outputs: { available, period, takenOn }, missingFacts: x.missingFacts ?? [],
    message: fits ? `measure.${id}` : `measure-not-for-kind.${id}`,
  });
  return Object.freeze({
    id, available, labels: localize(MEASURE_LABELS, id), explanation: renderNonCooperationStep(step),
    conditions: Object.freeze(fits ? [...conditions] : []), legalBasis: Object.freeze([...legalBasis]), normKind, period, takenOn,
  });
}

/** 3. Loonopschorting (BW 7:629 lid 6): only for the control rules, and only when they were given in writing. @internal */
export function loonopschorting(c: NonCooperationCase, n: NoticeConditions): Measure {
  if (!c.rule.opschorting) return measure(c, 'loonopschorting', [], [R.BW_629_6], 'statutory', { fits: false });
  const written = cond(c, 'schriftelijke-controlevoorschriften', tri(c.v.controlRulesInWriting), false, [R.BW_629_6], { inputs: { controlRulesInWriting: factValue(c.v.controlRulesInWriting) } });
  return measure(c, 'loonopschorting', [written, n.noticeForWage], [R.BW_629_6, R.BW_629_7], 'statutory', {
    period: n.period, takenOn: c.wageKind === 'loonopschorting' ? c.acts.wageMeasureFrom ?? null : null,
    missingFacts: [...need('controlRulesInWriting', c.v.controlRulesInWriting), ...wageMeasureUnknown(c)],
  });
}

/** A wage measure was taken but which one is not known (both fit the kind). */
function wageMeasureUnknown(c: NonCooperationCase): string[] {
  return c.acts.wageMeasureFrom !== undefined && c.wageKind === undefined ? ['employerActions.wageMeasure'] : [];
}

/**
 * 4. Loonstop (BW 7:629 lid 3). Subs a (sickness on purpose, false information) and b (recovery
 * hindered) have no "zonder deugdelijke grond"; subs c–f have.
 *
 * @internal
 */
export function loonstop(c: NonCooperationCase, n: NoticeConditions, grond: MeasureCondition): Measure {
  const { rule, v, facts } = c;
  if (rule.loonstopRef === null) return measure(c, 'loonstop', [], [R.BW_629_3], 'statutory', { fits: false });
  const conditions: MeasureCondition[] = rule.groundExcuses ? [grond] : [];
  const missingFacts = rule.groundExcuses ? need('deugdelijkeGrond', facts.deugdelijkeGrond) : [];
  if (v.kind === 'passend-werk-weigeren') {
    missingFacts.push(...need('workIsPassend', facts.workIsPassend), ...need('ableToWork', facts.ableToWork));
    conditions.push(cond(c, 'arbeid-is-passend', tri(facts.workIsPassend), false, [R.BW_658A_4, R.BW_629_3C], { inputs: { workIsPassend: factValue(facts.workIsPassend) } }));
    conditions.push(cond(c, 'werknemer-kan-werken', tri(facts.ableToWork), false, [R.BW_629_3C], { inputs: { ableToWork: factValue(facts.ableToWork) } }));
  }
  if (v.kind === 'bedrijfsarts-niet-bezoeken') {
    missingFacts.push(...need('aimedAtPassendeArbeid', v.aimedAtPassendeArbeid));
    conditions.push(cond(c, 'gericht-op-passende-arbeid', tri(v.aimedAtPassendeArbeid), false, [R.BW_629_3D], { inputs: { aimedAtPassendeArbeid: factValue(v.aimedAtPassendeArbeid) } }));
  }
  conditions.push(n.noticeForWage);
  return measure(c, 'loonstop', conditions, [rule.loonstopRef, R.BW_629_7], 'statutory', {
    period: n.period, takenOn: c.wageKind === 'loonstop' ? c.acts.wageMeasureFrom ?? null : null, missingFacts: [...missingFacts, ...wageMeasureUnknown(c)],
  });
}

/** The deskundigenverklaring of 7:671b lid 5: requested, and the employee found not to cooperate enough. */
function verklaringCondition(c: NonCooperationCase): { verklaring: MeasureCondition; missingFacts: string[] } {
  const { acts } = c;
  const outcome = acts.deskundigenoordeelOutcome;
  const inputs = { deskundigenoordeelRequestedOn: acts.deskundigenoordeelRequestedOn ?? null, deskundigenoordeelOutcome: outcome === undefined || outcome === 'unknown' ? null : outcome };
  if (acts.deskundigenoordeelRequestedOn === undefined) return { verklaring: cond(c, 'deskundigenverklaring', 'not-met', true, [R.BW_671B_5, R.BW_629A, R.BKD_1A], { inputs }), missingFacts: [] };
  if (outcome === 'werknemer-werkt-onvoldoende-mee') return { verklaring: cond(c, 'deskundigenverklaring', 'met', false, [R.BW_671B_5, R.BW_629A], { inputs }), missingFacts: [] };
  if (outcome === 'werknemer-werkt-voldoende-mee') return { verklaring: cond(c, 'deskundigenverklaring', 'not-met', false, [R.BW_671B_5, R.BW_629A], { inputs }), missingFacts: [] };
  return {
    verklaring: cond(c, 'deskundigenverklaring', 'unknown', false, [R.BW_671B_5, R.BW_629A], { params: { date: acts.deskundigenoordeelRequestedOn }, inputs }),
    missingFacts: ['employerActions.deskundigenoordeelOutcome'],
  };
}

/**
 * 6–7. The dismissal route (BW 7:669 lid 3 sub e, 7:671b lid 5) and the opzegverbod that does not
 * apply (7:670a lid 1) — only for BW 7:660a refusals; before the WWZ they are `'unknown'`.
 *
 * @internal
 */
export function dismissalRoute(c: NonCooperationCase, is660a: MeasureCondition, grond: MeasureCondition, warned: MeasureCondition, wwz: boolean): Measure[] {
  if (c.rule.is660a === false) {
    return [
      measure(c, 'ontbinding-669-3e', [], [R.BW_669_3E, R.BW_671B_5], 'statutory', { fits: false }),
      measure(c, 'opzegverbod-opgeheven', [], [R.BW_670A_1], 'statutory', { fits: false }),
    ];
  }
  const needs = [...(c.rule.is660a === 'if-aimed' ? need('aimedAtPassendeArbeid', c.v.aimedAtPassendeArbeid) : []), ...need('deugdelijkeGrond', c.facts.deugdelijkeGrond)];
  const { verklaring, missingFacts } = verklaringCondition(c);
  const grond660a = cond(c, 'geen-deugdelijke-grond', grond.status, false, [R.BW_671B_5, R.BW_670A_1], { inputs: { deugdelijkeGrond: factValue(c.facts.deugdelijkeGrond) } });
  const forced = wwz ? undefined : 'unknown' as const;
  return [
    measure(c, 'ontbinding-669-3e', [is660a, grond660a, warned, verklaring], [R.BW_669_3E, R.BW_671B_5, R.BW_629A], 'statutory', { forced, missingFacts: [...needs, ...missingFacts] }),
    measure(c, 'opzegverbod-opgeheven', [is660a, grond660a, warned], [R.BW_670A_1, R.BW_670_1], 'statutory', { forced, missingFacts: needs }),
  ];
}

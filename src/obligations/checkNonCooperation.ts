import * as z from 'zod';
import { fillLocalized } from '../i18n/fill.js';
import { toDayNumber } from '../calendar/dayNumber.js';
import { PoortwachterError, type InputIssue } from '../errors/PoortwachterError.js';
import { localize, type Localized } from '../i18n/types.js';
import { isoDateSchema, parseInput } from '../input/zodIssues.js';
import type { LegalRef } from '../legal/LegalRef.js';
import type { NormKind } from '../timeline/types.js';
import { OBLIGATION_CATALOGUE } from './catalogue.js';
import { OBLIGATION_REFS as R } from './legalRefs.js';
import { WWZ_IN_FORCE } from './norms.js';
import {
  CONDITION_TEXTS, MEASURE_EXPLANATIONS, MEASURE_LABELS, MEASURE_NOT_FOR_KIND, NOTICE_TEXTS, RISK_TEXTS,
  type ConditionKey,
} from './nonCooperationMessages.js';
import { OBLIGATION_DESCRIPTIONS } from './obligationMessages.js';
import type {
  Availability, ConditionId, ConditionStatus, EmployerRisk, Measure, MeasureCondition, MeasureId,
  NonCooperationInput, NonCooperationKind, NonCooperationResult, ObligationId, TriState,
} from './types.js';

const FN = 'checkNonCooperation';

const triState = z.union([z.boolean(), z.literal('onbekend')]);

const inputSchema = z.strictObject({
  kind: z.enum([
    'controlevoorschriften', 'passend-werk-weigeren', 'plan-van-aanpak-weigeren', 'bedrijfsarts-niet-bezoeken',
    'niet-solliciteren', 'scholing-weigeren', 'herstel-belemmeren', 'wia-aanvraag-te-laat',
  ]),
  since: isoDateSchema,
  until: isoDateSchema.optional(),
  knownSince: isoDateSchema.optional(),
  asOf: isoDateSchema,
  deugdelijkeGrond: triState.optional(),
  controlRulesInWriting: triState.optional(),
  workIsPassend: triState.optional(),
  ableToWork: triState.optional(),
  aimedAtPassendeArbeid: triState.optional(),
  employerActions: z.strictObject({
    notifiedOn: isoDateSchema.optional(),
    writtenWarningOn: isoDateSchema.optional(),
    wageMeasureFrom: isoDateSchema.optional(),
    wageMeasure: z.enum(['loonopschorting', 'loonstop']).optional(),
    deskundigenoordeelRequestedOn: isoDateSchema.optional(),
    deskundigenoordeelOutcome: z.enum(['werknemer-werkt-onvoldoende-mee', 'werknemer-werkt-voldoende-mee', 'onbekend']).optional(),
  }).optional(),
});

/** How each kind maps onto the law. */
interface KindRule {
  readonly duty: ObligationId;
  /** Loonopschorting (lid 6) fits. */
  readonly opschorting: boolean;
  /** Loonstop sub-ground, or null. */
  readonly loonstopRef: LegalRef | null;
  /** A BW 7:660a duty: `true`, `false`, or depends on `aimedAtPassendeArbeid`. */
  readonly is660a: boolean | 'if-aimed';
  readonly dutyRefs: readonly LegalRef[];
}

const KIND_RULES: Readonly<Record<NonCooperationKind, KindRule>> = Object.freeze({
  controlevoorschriften: { duty: 'controlevoorschriften-naleven', opschorting: true, loonstopRef: null, is660a: false, dutyRefs: [R.BW_629_6] },
  'bedrijfsarts-niet-bezoeken': { duty: 'bedrijfsarts-bezoeken', opschorting: true, loonstopRef: R.BW_629_3D, is660a: 'if-aimed', dutyRefs: [R.BW_629_6, R.BW_660A_A] },
  'passend-werk-weigeren': { duty: 'passende-arbeid-verrichten', opschorting: false, loonstopRef: R.BW_629_3C, is660a: true, dutyRefs: [R.BW_660A_C, R.BW_658A_4] },
  'plan-van-aanpak-weigeren': { duty: 'meewerken-plan-van-aanpak', opschorting: false, loonstopRef: R.BW_629_3E, is660a: true, dutyRefs: [R.BW_660A_B] },
  'niet-solliciteren': { duty: 'redelijke-voorschriften-opvolgen', opschorting: false, loonstopRef: R.BW_629_3D, is660a: true, dutyRefs: [R.BW_660A_A, R.WIA_28] },
  'scholing-weigeren': { duty: 'redelijke-voorschriften-opvolgen', opschorting: false, loonstopRef: R.BW_629_3D, is660a: true, dutyRefs: [R.BW_660A_A, R.WIA_28] },
  'herstel-belemmeren': { duty: 'herstel-niet-belemmeren', opschorting: false, loonstopRef: R.BW_629_3B, is660a: false, dutyRefs: [R.BW_629_3B] },
  'wia-aanvraag-te-laat': { duty: 'wia-tijdig-aanvragen', opschorting: false, loonstopRef: R.BW_629_3F, is660a: false, dutyRefs: [R.BW_629_3F] },
});

const fill = fillLocalized;

function tri(v: TriState | undefined): ConditionStatus {
  return v === true ? 'met' : v === false ? 'not-met' : 'unknown';
}

function cond(id: ConditionId, status: ConditionStatus, actionable: boolean, legalBasis: readonly LegalRef[], params: Readonly<Record<string, string | number>> = {}, textKey: ConditionKey = `${id}.${status}`): MeasureCondition {
  return Object.freeze({ id, status, actionable, explanation: fill(localize(CONDITION_TEXTS, textKey), params), legalBasis });
}

function availability(conditions: readonly MeasureCondition[]): Availability {
  if (conditions.some((c) => c.status === 'not-met' && !c.actionable)) return 'nee';
  if (conditions.some((c) => c.status === 'unknown')) return 'onbekend';
  if (conditions.some((c) => c.status === 'not-met')) return 'na-actie';
  return 'ja';
}

/**
 * What the employer can do when the sick employee does not cooperate, and on what conditions:
 * a talk and written warning, loonopschorting (BW 7:629 lid 6) or loonstop (lid 3 a–f) with notice
 * without delay (lid 7), a deskundigenoordeel at UWV (7:629a), dissolution on ground BW 7:669 lid 3
 * sub e with a written warning or wage stop and a deskundigenverklaring (7:671b lid 5), and the
 * sickness opzegverbod that then does not apply (7:670a lid 1) — plus what the employer risks if he
 * does nothing (a loonsanctie, Beoordelingskader poortwachter §9).
 *
 * @remarks
 * BW 7:629 lid 7: "De werkgever kan geen beroep meer doen op enige grond het loon geheel of
 * gedeeltelijk niet te betalen of de betaling daarvan op te schorten, indien hij de werknemer
 * daarvan geen kennis heeft gegeven onverwijld nadat bij hem het vermoeden van het bestaan daarvan
 * is gerezen of redelijkerwijs had behoren te rijzen." It covers loonstop and loonopschorting.
 * "Onverwijld" has no number of days in the law: a notice later than `knownSince` gives
 * `'unknown'` with the delay, never a guess. Facts that decide a condition (`deugdelijkeGrond`,
 * `workIsPassend`, …) that are not given give `'onbekend'` and a `missingFacts` entry.
 * BW 7:670a lid 1 and 7:671b lid 5 sub a ask for a written summons ("schriftelijk gemaand tot
 * nakoming") or a wage stop "met inachtneming van het bepaalde in artikel 629, lid 7": a wage stop
 * counts only with notice without delay, and a loonopschorting (lid 6) does not count. Sub b of
 * 7:629 lid 3 (recovery hindered) has no "zonder deugdelijke grond"; subs c–f have.
 * Practice texts cite "7:669 lid 3 sub c" for refusing reintegration; sub c is frequent sickness
 * absence — the ground is sub e.
 *
 * @param input - Kind of non-cooperation, its dates (`since`, `until`, `knownSince`), `asOf`, the
 *   facts that decide the conditions, and what the employer already did.
 * @returns The measures with their conditions and availability, the employer's risk, missing facts.
 * @throws {@link PoortwachterError} for invalid dates, unknown fields, `until` before `since`, or dates after `asOf`.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=629 | BW 7:629}
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=671b | BW 7:671b}
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=670a | BW 7:670a}
 * @example
 * const r = checkNonCooperation({
 *   kind: 'passend-werk-weigeren', since: '2025-03-03', asOf: '2025-03-05',
 *   deugdelijkeGrond: false, workIsPassend: true, ableToWork: true,
 *   employerActions: { notifiedOn: '2025-03-03' },
 * });
 * r.measures.find((m) => m.id === 'loonstop')?.available          //=> 'ja'
 * r.measures.find((m) => m.id === 'ontbinding-669-3e')?.available //=> 'na-actie' (warning + deskundigenverklaring first)
 */
export function checkNonCooperation(input: NonCooperationInput): NonCooperationResult {
  const v = parseInput(inputSchema, input, FN);
  const issues: InputIssue[] = [];
  const asOf = toDayNumber(v.asOf);
  const since = toDayNumber(v.since);
  const known = v.knownSince === undefined ? since : toDayNumber(v.knownSince);
  if (since > asOf) issues.push({ path: ['since'], code: 'inconsistent', message: `lies after asOf (${v.since} > ${v.asOf})` });
  if (v.until !== undefined && toDayNumber(v.until) < since) issues.push({ path: ['until'], code: 'end_before_start', message: `ends before it starts (${v.until} < ${v.since})` });
  if (v.knownSince !== undefined && known > asOf) issues.push({ path: ['knownSince'], code: 'inconsistent', message: `lies after asOf (${v.knownSince} > ${v.asOf})` });
  if (v.knownSince !== undefined && known < since) issues.push({ path: ['knownSince'], code: 'inconsistent', message: `lies before since (${v.knownSince} < ${v.since})` });
  const acts = v.employerActions ?? {};
  for (const key of ['notifiedOn', 'writtenWarningOn', 'wageMeasureFrom', 'deskundigenoordeelRequestedOn'] as const) {
    const d = acts[key];
    if (d !== undefined && toDayNumber(d) > asOf) issues.push({ path: ['employerActions', key], code: 'inconsistent', message: `lies after asOf (${d} > ${v.asOf})` });
  }
  if (acts.wageMeasure !== undefined && acts.wageMeasureFrom === undefined) {
    issues.push({ path: ['employerActions', 'wageMeasureFrom'], code: 'missing', message: 'required when wageMeasure is given' });
  }
  if (acts.wageMeasure !== undefined && !(acts.wageMeasure === 'loonopschorting' ? KIND_RULES[v.kind].opschorting : KIND_RULES[v.kind].loonstopRef !== null)) {
    issues.push({ path: ['employerActions', 'wageMeasure'], code: 'invalid_value', message: `${acts.wageMeasure} does not fit the kind '${v.kind}'` });
  }
  if (acts.deskundigenoordeelOutcome !== undefined && acts.deskundigenoordeelOutcome !== 'onbekend' && acts.deskundigenoordeelRequestedOn === undefined) {
    issues.push({ path: ['employerActions', 'deskundigenoordeelRequestedOn'], code: 'missing', message: 'required when deskundigenoordeelOutcome is given' });
  }
  if (issues.length > 0) throw new PoortwachterError(FN, issues);

  const rule = KIND_RULES[v.kind];
  const missing = new Set<string>();
  const notices: Localized[] = [];
  const need = (path: string, value: unknown): void => {
    if (value === undefined || value === 'onbekend') missing.add(path);
  };

  // Which wage measure `wageMeasureFrom` is: given, or the only one that fits the kind.
  const wageKind = acts.wageMeasureFrom === undefined ? undefined
    : acts.wageMeasure ?? (rule.loonstopRef === null ? 'loonopschorting' : !rule.opschorting ? 'loonstop' : undefined);
  if (acts.wageMeasureFrom !== undefined && wageKind === undefined) missing.add('employerActions.wageMeasure');

  // Shared conditions
  const grond = cond('geen-deugdelijke-grond', v.deugdelijkeGrond === undefined || v.deugdelijkeGrond === 'onbekend' ? 'unknown' : v.deugdelijkeGrond ? 'not-met' : 'met', false, [...(rule.loonstopRef ? [rule.loonstopRef] : []), R.BW_629A]);
  const notifiedOn = acts.notifiedOn;
  let notice: MeasureCondition;
  if (notifiedOn === undefined) {
    const days = asOf - known;
    notice = days <= 0
      ? cond('onverwijld-meegedeeld', 'not-met', true, [R.BW_629_7])
      : cond('onverwijld-meegedeeld', 'unknown', false, [R.BW_629_7], { days }, 'onverwijld-meegedeeld.not-given');
    if (days > 0) missing.add('employerActions.notifiedOn');
  } else {
    const delay = toDayNumber(notifiedOn) - known;
    notice = delay <= 0
      ? cond('onverwijld-meegedeeld', 'met', false, [R.BW_629_7], { date: notifiedOn })
      : cond('onverwijld-meegedeeld', 'unknown', false, [R.BW_629_7], { days: delay });
  }
  // BW 7:670a lid 1, 7:671b lid 5 sub a: a written summons, or a wage stop that observes 7:629 lid 7.
  const warnBasis = [R.BW_671B_5, R.BW_670A_1, R.BW_629_7];
  const stopOn = wageKind === 'loonstop' && notice.status === 'met' ? acts.wageMeasureFrom : undefined;
  const warnedOn = [acts.writtenWarningOn, stopOn].filter((d): d is string => d !== undefined).sort()[0];
  let warned: MeasureCondition;
  if (warnedOn !== undefined) warned = cond('waarschuwing-of-loonstop', 'met', false, warnBasis, { date: warnedOn });
  else if (acts.wageMeasureFrom !== undefined && wageKind === undefined) warned = cond('waarschuwing-of-loonstop', 'unknown', true, warnBasis, { date: acts.wageMeasureFrom }, 'waarschuwing-of-loonstop.wage-measure-unknown');
  else if (wageKind === 'loonstop' && notice.status === 'unknown') warned = cond('waarschuwing-of-loonstop', 'unknown', true, warnBasis, { date: acts.wageMeasureFrom ?? '' }, 'waarschuwing-of-loonstop.notice-unknown');
  else warned = cond('waarschuwing-of-loonstop', 'not-met', true, warnBasis);
  const aimed = rule.is660a === 'if-aimed' ? tri(v.aimedAtPassendeArbeid) : rule.is660a ? 'met' : 'not-met';
  const is660a = cond('weigering-660a', aimed, false, [R.BW_660A]);

  const period = { from: v.since, to: v.until ?? null };
  if (v.until !== undefined && v.until < v.asOf) notices.push(localize(NOTICE_TEXTS, 'until-before-asof'));

  const measures: Measure[] = [];
  const push = (id: MeasureId, conditions: readonly MeasureCondition[], legalBasis: readonly LegalRef[], normKind: NormKind, p: Measure['period'], takenOn: string | null, fits = true, forced?: Availability): void => {
    measures.push(Object.freeze({
      id,
      available: !fits ? 'nee' : forced ?? availability(conditions),
      labels: localize(MEASURE_LABELS, id),
      explanation: fits ? localize(MEASURE_EXPLANATIONS, id) : localize(MEASURE_NOT_FOR_KIND, id),
      conditions: Object.freeze(fits ? [...conditions] : []),
      legalBasis: Object.freeze([...legalBasis]),
      normKind,
      period: fits ? p : null,
      takenOn,
    }));
  };

  // 1. Talk and written warning
  const warningStatutory = rule.is660a !== false;
  push('gesprek-en-schriftelijke-waarschuwing', [], warningStatutory ? [R.BW_671B_5, R.BW_670A_1, R.BBP_9] : [R.BBP_9], warningStatutory ? 'statutory' : 'policy', null, acts.writtenWarningOn ?? null);

  // 2. Notice without delay (needed for any wage measure)
  push('onverwijlde-mededeling', [notice], [R.BW_629_7], 'statutory', null, notifiedOn ?? null, true,
    notice.status === 'met' ? 'ja' : notice.status === 'not-met' ? 'na-actie' : 'onbekend');

  // 3. Loonopschorting
  if (rule.opschorting) {
    need('controlRulesInWriting', v.controlRulesInWriting);
    push('loonopschorting', [cond('schriftelijke-controlevoorschriften', tri(v.controlRulesInWriting), false, [R.BW_629_6]), notice], [R.BW_629_6, R.BW_629_7], 'statutory', period, wageKind === 'loonopschorting' ? acts.wageMeasureFrom ?? null : null);
  } else {
    push('loonopschorting', [], [R.BW_629_6], 'statutory', null, null, false);
  }

  // 4. Loonstop
  if (rule.loonstopRef !== null) {
    // Sub b (recovery hindered) has no "zonder deugdelijke grond"; subs c–f have.
    const conditions: MeasureCondition[] = v.kind === 'herstel-belemmeren' ? [] : [grond];
    if (v.kind !== 'herstel-belemmeren') need('deugdelijkeGrond', v.deugdelijkeGrond);
    if (v.kind === 'passend-werk-weigeren') {
      need('workIsPassend', v.workIsPassend);
      need('ableToWork', v.ableToWork);
      conditions.push(cond('arbeid-is-passend', tri(v.workIsPassend), false, [R.BW_658A_4, R.BW_629_3C]));
      conditions.push(cond('werknemer-kan-werken', tri(v.ableToWork), false, [R.BW_629_3C]));
    }
    if (v.kind === 'bedrijfsarts-niet-bezoeken') {
      need('aimedAtPassendeArbeid', v.aimedAtPassendeArbeid);
      conditions.push(cond('gericht-op-passende-arbeid', tri(v.aimedAtPassendeArbeid), false, [R.BW_629_3D]));
    }
    conditions.push(notice);
    push('loonstop', conditions, [rule.loonstopRef, R.BW_629_7], 'statutory', period, wageKind === 'loonstop' ? acts.wageMeasureFrom ?? null : null);
  } else {
    push('loonstop', [], [R.BW_629_3], 'statutory', null, null, false);
  }

  // 5. Deskundigenoordeel
  push('deskundigenoordeel', [], [R.BW_629A, R.SUWI_32, R.BBP_10], 'statutory', null, acts.deskundigenoordeelRequestedOn ?? null);

  // 6–7. Dismissal route and opzegverbod (only for BW 7:660a refusals)
  const wwz = v.asOf >= WWZ_IN_FORCE.validFrom;
  if (!wwz) notices.push(localize(NOTICE_TEXTS, 'before-wwz'));
  if (rule.is660a !== false) {
    if (rule.is660a === 'if-aimed') need('aimedAtPassendeArbeid', v.aimedAtPassendeArbeid);
    need('deugdelijkeGrond', v.deugdelijkeGrond);
    let verklaring: MeasureCondition;
    const outcome = acts.deskundigenoordeelOutcome;
    if (acts.deskundigenoordeelRequestedOn === undefined) verklaring = cond('deskundigenverklaring', 'not-met', true, [R.BW_671B_5, R.BW_629A, R.BKD_1A]);
    else if (outcome === 'werknemer-werkt-onvoldoende-mee') verklaring = cond('deskundigenverklaring', 'met', false, [R.BW_671B_5, R.BW_629A]);
    else if (outcome === 'werknemer-werkt-voldoende-mee') verklaring = cond('deskundigenverklaring', 'not-met', false, [R.BW_671B_5, R.BW_629A]);
    else {
      verklaring = cond('deskundigenverklaring', 'unknown', false, [R.BW_671B_5, R.BW_629A], { date: acts.deskundigenoordeelRequestedOn });
      missing.add('employerActions.deskundigenoordeelOutcome');
    }
    const grond660a = cond('geen-deugdelijke-grond', grond.status, false, [R.BW_671B_5, R.BW_670A_1]);
    push('ontbinding-669-3e', [is660a, grond660a, warned, verklaring], [R.BW_669_3E, R.BW_671B_5, R.BW_629A], 'statutory', null, null, true, wwz ? undefined : 'onbekend');
    push('opzegverbod-opgeheven', [is660a, grond660a, warned], [R.BW_670A_1, R.BW_670_1], 'statutory', null, null, true, wwz ? undefined : 'onbekend');
    notices.push(localize(NOTICE_TEXTS, 'ground-e-not-c'));
  } else {
    push('ontbinding-669-3e', [], [R.BW_669_3E, R.BW_671B_5], 'statutory', null, null, false);
    push('opzegverbod-opgeheven', [], [R.BW_670A_1], 'statutory', null, null, false);
  }

  // Employer's risk
  const acted = [acts.writtenWarningOn, acts.wageMeasureFrom, acts.deskundigenoordeelRequestedOn, acts.notifiedOn]
    .some((d) => d !== undefined);
  let risk: EmployerRisk;
  if (v.kind === 'wia-aanvraag-te-laat') {
    risk = { code: 'verlenging-loondoorbetaling-wia-te-laat', level: acted ? 'laag' : 'hoog', explanation: localize(RISK_TEXTS, 'verlenging-loondoorbetaling-wia-te-laat'), legalBasis: [R.BW_629_11A, R.BW_670_11A, R.BW_629_3F], normKind: 'statutory' };
  } else if (acted) {
    risk = { code: 'geen-risico-werkgever-heeft-opgetreden', level: 'laag', explanation: localize(RISK_TEXTS, 'geen-risico-werkgever-heeft-opgetreden'), legalBasis: [R.BBP_9, R.BBP_10], normKind: 'policy' };
  } else {
    risk = { code: 'loonsanctie-risico-geen-actie', level: 'hoog', explanation: localize(RISK_TEXTS, 'loonsanctie-risico-geen-actie'), legalBasis: [R.BBP_9, R.BBP_10, R.WIA_25_9], normKind: 'policy' };
  }

  const entry = OBLIGATION_CATALOGUE.find((o) => o.id === rule.duty)!;
  return Object.freeze({
    kind: v.kind,
    duty: localize(OBLIGATION_DESCRIPTIONS, rule.duty),
    dutyLegalBasis: Object.freeze([...new Set([...rule.dutyRefs, ...entry.legalBasis])]),
    daysSinceKnown: asOf - known,
    measures: Object.freeze(measures),
    employerRisk: Object.freeze(risk),
    missingFacts: Object.freeze([...missing].sort()),
    notices: Object.freeze(notices),
  });
}

import { fillLocalized } from '../i18n/fill.js';
import { fromDayNumber, toDayNumber } from '../calendar/dayNumber.js';
import { PoortwachterError, type InputIssue } from '../errors/PoortwachterError.js';
import { localize, type Localized } from '../i18n/types.js';
import { parseInput } from '../input/zodIssues.js';
import { inputSchema } from './nonCooperationSchema.js';
import type { LegalRef } from '../legal/LegalRef.js';
import type { NormKind } from '../timeline/types.js';
import { OBLIGATION_CATALOGUE } from './catalogue.js';
import type { ParsedFact } from './factInput.js';
import { OBLIGATION_REFS as R } from './legalRefs.js';
import { ONVERWIJLD_MAX_DAYS, WWZ_IN_FORCE } from './norms.js';
import {
  CONDITION_TEXTS, MEASURE_EXPLANATIONS, MEASURE_LABELS, MEASURE_NOT_FOR_KIND, NOTICE_TEXTS, RISK_TEXTS,
  type ConditionKey,
} from './nonCooperationMessages.js';
import { OBLIGATION_DESCRIPTIONS } from './obligationMessages.js';
import type {
  Availability, ConditionId, EmployerRisk, Measure, MeasureCondition, MeasureId,
  NonCooperationInput, NonCooperationKind, NonCooperationResult, ObligationId,
} from './types.js';
import type { Outcome } from '../vocabulary/index.js';

const FN = 'checkNonCooperation';

type Fact = ParsedFact;
/** How each kind maps onto the law. */
interface KindRule {
  readonly duty: ObligationId;
  /** Loonopschorting (lid 6) fits. */
  readonly opschorting: boolean;
  /** Loonstop sub-ground, or null. */
  readonly loonstopRef: LegalRef | null;
  /**
   * A BW 7:660a duty: `true`, `false`, depends on `aimedAtPassendeArbeid` (`'if-aimed'`), or — for
   * refusing work — on the work being passend and the employee able to do it (`'if-passend'`: 7:660a
   * sub c is a duty to do *passende* arbeid; refusing other work breaches nothing).
   */
  readonly is660a: boolean | 'if-aimed' | 'if-passend';
  /** The loonstop ground has "zonder deugdelijke grond" (7:629 lid 3 sub c–f; not sub a and b). */
  readonly groundExcuses: boolean;
  /** A reintegration duty whose breach UWV expects the employer to act on (BBP §9); not sub a. */
  readonly reintegration: boolean;
  readonly dutyRefs: readonly LegalRef[];
}

const KIND_RULES: Readonly<Record<NonCooperationKind, KindRule>> = Object.freeze({
  controlevoorschriften: { duty: 'controlevoorschriften-naleven', opschorting: true, loonstopRef: null, is660a: false, groundExcuses: true, reintegration: true, dutyRefs: [R.BW_629_6] },
  'bedrijfsarts-niet-bezoeken': { duty: 'bedrijfsarts-bezoeken', opschorting: true, loonstopRef: R.BW_629_3D, is660a: 'if-aimed', groundExcuses: true, reintegration: true, dutyRefs: [R.BW_629_6, R.BW_660A_A] },
  'passend-werk-weigeren': { duty: 'passende-arbeid-verrichten', opschorting: false, loonstopRef: R.BW_629_3C, is660a: 'if-passend', groundExcuses: true, reintegration: true, dutyRefs: [R.BW_660A_C, R.BW_658A_4] },
  'plan-van-aanpak-weigeren': { duty: 'meewerken-plan-van-aanpak', opschorting: false, loonstopRef: R.BW_629_3E, is660a: true, groundExcuses: true, reintegration: true, dutyRefs: [R.BW_660A_B] },
  'niet-solliciteren': { duty: 'redelijke-voorschriften-opvolgen', opschorting: false, loonstopRef: R.BW_629_3D, is660a: true, groundExcuses: true, reintegration: true, dutyRefs: [R.BW_660A_A, R.WIA_28] },
  'scholing-weigeren': { duty: 'redelijke-voorschriften-opvolgen', opschorting: false, loonstopRef: R.BW_629_3D, is660a: true, groundExcuses: true, reintegration: true, dutyRefs: [R.BW_660A_A, R.WIA_28] },
  'herstel-belemmeren': { duty: 'herstel-niet-belemmeren', opschorting: false, loonstopRef: R.BW_629_3B, is660a: false, groundExcuses: false, reintegration: true, dutyRefs: [R.BW_629_3B] },
  'wia-aanvraag-te-laat': { duty: 'wia-tijdig-aanvragen', opschorting: false, loonstopRef: R.BW_629_3F, is660a: false, groundExcuses: true, reintegration: true, dutyRefs: [R.BW_629_3F] },
  'ziekte-door-opzet-of-valse-keuring': { duty: 'geen-opzet-of-valse-keuringsinformatie', opschorting: false, loonstopRef: R.BW_629_3A, is660a: false, groundExcuses: false, reintegration: false, dutyRefs: [R.BW_629_3A] },
});

const fill = fillLocalized;

function settled(v: Fact | undefined): v is boolean {
  return v === true || v === false;
}

function tri(v: Fact | undefined): Outcome {
  return v === true ? 'met' : v === false ? 'not-met' : 'unknown';
}

function cond(id: ConditionId, status: Outcome, actionable: boolean, legalBasis: readonly LegalRef[], params: Readonly<Record<string, string | number>> = {}, textKey: ConditionKey = `${id}.${status}`): MeasureCondition {
  return Object.freeze({ id, status, actionable, explanation: fill(localize(CONDITION_TEXTS, textKey), params), legalBasis });
}

function availability(conditions: readonly MeasureCondition[]): Availability {
  if (conditions.some((c) => c.status === 'not-met' && !c.actionable)) return 'no';
  if (conditions.some((c) => c.status === 'unknown')) return 'unknown';
  if (conditions.some((c) => c.status === 'not-met')) return 'after-action';
  return 'yes';
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
 * "Onverwijld" has no number of days in the law. A notice on `knownSince` is met; one within
 * `options.onverwijldMaxDays` (default 7 calendar days, a documented product choice from case law)
 * is `'unknown'` with the delay; a later one is `'not-met'`, and the wage measure then covers only
 * the time from the notice (its `period.from`), never the time before. `employerActions.notified:
 * false` says that no notice was given at all; a missing `notifiedOn` alone still means "not known".
 * Refusing work (`passend-werk-weigeren`) is a breach of BW 7:660a sub c only when the work is
 * passend and the employee able to do it: otherwise neither the loonstop, the dismissal route
 * (7:669 lid 3 sub e, 7:671b lid 5) nor the lifting of the opzegverbod (7:670a lid 1) is offered,
 * and while that is unknown they are `'unknown'`. Pass the outcome of checkPassendWerk as
 * `passendWerk` (its result or its verdict). Kind `ziekte-door-opzet-of-valse-keuring` is
 * BW 7:629 lid 3 sub a: no wage for the time concerned (with notice), no "deugdelijke grond"
 * exception, and — not being a 7:660a duty — no dismissal or opzegverbod route.
 * Facts that decide a condition (`deugdelijkeGrond`,
 * `workIsPassend`, …) that are not given give `'unknown'` and a `missingFacts` entry.
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
 * r.measures.find((m) => m.id === 'loonstop')?.available          //=> 'yes'
 * r.measures.find((m) => m.id === 'ontbinding-669-3e')?.available //=> 'after-action' (warning + deskundigenverklaring first)
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
  if (acts.deskundigenoordeelOutcome !== undefined && acts.deskundigenoordeelOutcome !== 'unknown' && acts.deskundigenoordeelRequestedOn === undefined) {
    issues.push({ path: ['employerActions', 'deskundigenoordeelRequestedOn'], code: 'missing', message: 'required when deskundigenoordeelOutcome is given' });
  }
  if (acts.notified === false && acts.notifiedOn !== undefined) {
    issues.push({ path: ['employerActions', 'notified'], code: 'inconsistent', message: `false, but notifiedOn is ${acts.notifiedOn}` });
  }

  // Facts from checkPassendWerk (its whole result or its verdict) fill in what the input leaves open.
  let workIsPassend = v.workIsPassend;
  let ableToWork = v.ableToWork;
  let deugdelijkeGrond = v.deugdelijkeGrond;
  const pw = v.passendWerk;
  if (pw !== undefined) {
    if (v.kind !== 'passend-werk-weigeren') issues.push({ path: ['passendWerk'], code: 'inconsistent', message: `only for kind 'passend-werk-weigeren', not '${v.kind}'` });
    const verdict = typeof pw === 'string' ? pw : pw.verdict;
    const passend: Fact = verdict === 'passend' ? true : verdict === 'niet-passend' ? false : 'unknown';
    if (settled(v.workIsPassend) && passend !== 'unknown' && v.workIsPassend !== passend) {
      issues.push({ path: ['workIsPassend'], code: 'inconsistent', message: `${String(v.workIsPassend)} contradicts the passendWerk verdict '${verdict}'` });
    }
    if (!settled(workIsPassend)) workIsPassend = passend;
    if (typeof pw !== 'string') {
      const fm = pw.criteria.find((c) => c.criterion === 'functionele-mogelijkheden')?.status;
      const able: Fact = fm === 'met' ? true : fm === 'not-met' ? false : 'unknown';
      if (settled(v.ableToWork) && able !== 'unknown' && v.ableToWork !== able) {
        issues.push({ path: ['ableToWork'], code: 'inconsistent', message: `${String(v.ableToWork)} contradicts the passendWerk criterion functionele-mogelijkheden '${String(fm)}'` });
      }
      if (!settled(ableToWork)) ableToWork = able;
      const ground: Fact = pw.refusal.deugdelijkeGronden.length > 0 ? true : pw.refusal.mayRefuse === 'no' ? false : 'unknown';
      if (v.deugdelijkeGrond === false && ground === true) {
        issues.push({ path: ['deugdelijkeGrond'], code: 'inconsistent', message: `false, but passendWerk found ${pw.refusal.deugdelijkeGronden.join(', ')}` });
      }
      if (!settled(deugdelijkeGrond)) deugdelijkeGrond = ground;
    }
  }
  if (issues.length > 0) throw new PoortwachterError(FN, issues);

  const rule = KIND_RULES[v.kind];
  const missing = new Set<string>();
  const notices: Localized[] = [];
  const need = (path: string, value: unknown): void => {
    if (value === undefined || value === 'unknown') missing.add(path);
  };

  // Which wage measure `wageMeasureFrom` is: given, or the only one that fits the kind.
  const wageKind = acts.wageMeasureFrom === undefined ? undefined
    : acts.wageMeasure ?? (rule.loonstopRef === null ? 'loonopschorting' : !rule.opschorting ? 'loonstop' : undefined);
  if (acts.wageMeasureFrom !== undefined && wageKind === undefined) missing.add('employerActions.wageMeasure');

  // Shared conditions
  const grond = cond('geen-deugdelijke-grond', !settled(deugdelijkeGrond) ? 'unknown' : deugdelijkeGrond ? 'not-met' : 'met', false, [...(rule.loonstopRef ? [rule.loonstopRef] : []), R.BW_629A]);

  // BW 7:629 lid 7: notice "onverwijld" after the suspicion arose. A notice on `knownSince` is met;
  // within `onverwijldMaxDays` it may be argued (unknown); later it is not onverwijld (not-met), and
  // the wage measure does not cover the time before the notice (the notice still covers what follows).
  const maxDays = v.options?.onverwijldMaxDays ?? ONVERWIJLD_MAX_DAYS.value;
  const notifiedOn = acts.notifiedOn;
  const noticeBasis = [R.BW_629_7];
  let notice: MeasureCondition;
  let wageNotice: MeasureCondition | undefined;
  let wageFrom = since;
  if (notifiedOn === undefined && acts.notified !== false) {
    const days = asOf - known;
    notice = days <= 0
      ? cond('onverwijld-meegedeeld', 'not-met', true, noticeBasis)
      : cond('onverwijld-meegedeeld', 'unknown', false, noticeBasis, { days }, 'onverwijld-meegedeeld.not-given');
    if (days > 0) missing.add('employerActions.notifiedOn');
  } else if (notifiedOn === undefined) {
    const days = asOf - known;
    if (days <= maxDays) {
      notice = cond('onverwijld-meegedeeld', 'not-met', true, noticeBasis, { days, max: maxDays }, 'onverwijld-meegedeeld.none-in-time');
    } else {
      notice = cond('onverwijld-meegedeeld', 'not-met', true, noticeBasis, { days, max: maxDays, date: v.asOf }, 'onverwijld-meegedeeld.none-late');
      wageFrom = asOf;
    }
  } else {
    const delay = toDayNumber(notifiedOn) - known;
    if (delay <= 0) notice = cond('onverwijld-meegedeeld', 'met', false, noticeBasis, { date: notifiedOn });
    else if (delay <= maxDays) notice = cond('onverwijld-meegedeeld', 'unknown', false, noticeBasis, { days: delay, max: maxDays });
    else {
      notice = cond('onverwijld-meegedeeld', 'not-met', false, noticeBasis, { days: delay, max: maxDays, date: notifiedOn }, 'onverwijld-meegedeeld.late');
      wageFrom = toDayNumber(notifiedOn);
      wageNotice = cond('onverwijld-meegedeeld', 'met', false, noticeBasis, { days: delay, max: maxDays, date: notifiedOn }, 'onverwijld-meegedeeld.late-from-notice');
    }
  }
  // Nothing left to cover when the non-cooperation ended before the first day the measure may cover.
  const nothingLeft = v.until !== undefined && toDayNumber(v.until) < wageFrom;
  if (nothingLeft) wageNotice = cond('onverwijld-meegedeeld', 'not-met', false, noticeBasis, { days: wageFrom - known, max: maxDays, date: fromDayNumber(wageFrom) }, 'onverwijld-meegedeeld.nothing-left');
  const noticeForWage = wageNotice ?? notice;
  // BW 7:670a lid 1, 7:671b lid 5 sub a: a written summons, or a wage stop that observes 7:629 lid 7.
  const warnBasis = [R.BW_671B_5, R.BW_670A_1, R.BW_629_7];
  const stopOn = wageKind === 'loonstop' && notice.status === 'met' ? acts.wageMeasureFrom : undefined;
  const warnedOn = [acts.writtenWarningOn, stopOn].filter((d): d is string => d !== undefined).sort()[0];
  let warned: MeasureCondition;
  if (warnedOn !== undefined) warned = cond('waarschuwing-of-loonstop', 'met', false, warnBasis, { date: warnedOn });
  else if (acts.wageMeasureFrom !== undefined && wageKind === undefined) warned = cond('waarschuwing-of-loonstop', 'unknown', true, warnBasis, { date: acts.wageMeasureFrom }, 'waarschuwing-of-loonstop.wage-measure-unknown');
  else if (wageKind === 'loonstop' && notice.status === 'unknown') warned = cond('waarschuwing-of-loonstop', 'unknown', true, warnBasis, { date: acts.wageMeasureFrom ?? '' }, 'waarschuwing-of-loonstop.notice-unknown');
  else warned = cond('waarschuwing-of-loonstop', 'not-met', true, warnBasis);
  let aimed: Outcome;
  if (rule.is660a === 'if-aimed') aimed = tri(v.aimedAtPassendeArbeid);
  else if (rule.is660a === 'if-passend') {
    const p = tri(workIsPassend);
    const a = tri(ableToWork);
    aimed = p === 'not-met' || a === 'not-met' ? 'not-met' : p === 'met' && a === 'met' ? 'met' : 'unknown';
  } else aimed = rule.is660a ? 'met' : 'not-met';
  const is660a = rule.is660a === 'if-passend'
    ? cond('weigering-660a', aimed, false, [R.BW_660A_C, R.BW_658A_4], {}, `weigering-660a.passend-${aimed}`)
    : cond('weigering-660a', aimed, false, [R.BW_660A]);

  const period = nothingLeft ? null : { from: fromDayNumber(wageFrom), to: v.until ?? null };
  if (v.until !== undefined && v.until < v.asOf) notices.push(localize(NOTICE_TEXTS, 'until-before-asof'));

  const measures: Measure[] = [];
  const push = (id: MeasureId, conditions: readonly MeasureCondition[], legalBasis: readonly LegalRef[], normKind: NormKind, p: Measure['period'], takenOn: string | null, fits = true, forced?: Availability): void => {
    measures.push(Object.freeze({
      id,
      available: !fits ? 'no' : forced ?? availability(conditions),
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
  // Refusing work: a warning only where the refusal is a 7:660a breach (work passend, no deugdelijke grond).
  const warningConditions = rule.is660a === 'if-passend' ? [is660a, cond('geen-deugdelijke-grond', grond.status, false, [R.BW_629_3C, R.BW_660A_C])] : [];
  push('gesprek-en-schriftelijke-waarschuwing', warningConditions, warningStatutory ? [R.BW_671B_5, R.BW_670A_1, R.BBP_9] : [R.BBP_9], warningStatutory ? 'statutory' : 'policy', null, acts.writtenWarningOn ?? null);

  // 2. Notice without delay (needed for any wage measure)
  push('onverwijlde-mededeling', [notice], [R.BW_629_7], 'statutory', null, notifiedOn ?? null, true,
    notice.status === 'met' ? 'yes' : notice.status === 'not-met' ? (notice.actionable ? 'after-action' : 'no') : 'unknown');

  // 3. Loonopschorting
  if (rule.opschorting) {
    need('controlRulesInWriting', v.controlRulesInWriting);
    push('loonopschorting', [cond('schriftelijke-controlevoorschriften', tri(v.controlRulesInWriting), false, [R.BW_629_6]), noticeForWage], [R.BW_629_6, R.BW_629_7], 'statutory', period, wageKind === 'loonopschorting' ? acts.wageMeasureFrom ?? null : null);
  } else {
    push('loonopschorting', [], [R.BW_629_6], 'statutory', null, null, false);
  }

  // 4. Loonstop
  if (rule.loonstopRef !== null) {
    // Subs a (sickness on purpose, false information) and b (recovery hindered) have no "zonder deugdelijke grond"; subs c–f have.
    const conditions: MeasureCondition[] = rule.groundExcuses ? [grond] : [];
    if (rule.groundExcuses) need('deugdelijkeGrond', deugdelijkeGrond);
    if (v.kind === 'passend-werk-weigeren') {
      need('workIsPassend', workIsPassend);
      need('ableToWork', ableToWork);
      conditions.push(cond('arbeid-is-passend', tri(workIsPassend), false, [R.BW_658A_4, R.BW_629_3C]));
      conditions.push(cond('werknemer-kan-werken', tri(ableToWork), false, [R.BW_629_3C]));
    }
    if (v.kind === 'bedrijfsarts-niet-bezoeken') {
      need('aimedAtPassendeArbeid', v.aimedAtPassendeArbeid);
      conditions.push(cond('gericht-op-passende-arbeid', tri(v.aimedAtPassendeArbeid), false, [R.BW_629_3D]));
    }
    conditions.push(noticeForWage);
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
    need('deugdelijkeGrond', deugdelijkeGrond);
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
    push('ontbinding-669-3e', [is660a, grond660a, warned, verklaring], [R.BW_669_3E, R.BW_671B_5, R.BW_629A], 'statutory', null, null, true, wwz ? undefined : 'unknown');
    push('opzegverbod-opgeheven', [is660a, grond660a, warned], [R.BW_670A_1, R.BW_670_1], 'statutory', null, null, true, wwz ? undefined : 'unknown');
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
    risk = { code: 'verlenging-loondoorbetaling-wia-te-laat', level: acted ? 'low' : 'high', explanation: localize(RISK_TEXTS, 'verlenging-loondoorbetaling-wia-te-laat'), legalBasis: [R.BW_629_11A, R.BW_670_11A, R.BW_629_3F], normKind: 'statutory' };
  } else if (!rule.reintegration) {
    risk = { code: 'geen-loonsanctie-risico-geen-re-integratieplicht', level: 'low', explanation: localize(RISK_TEXTS, 'geen-loonsanctie-risico-geen-re-integratieplicht'), legalBasis: [rule.loonstopRef ?? R.BW_629_3, R.WIA_25_9, R.BBP_9], normKind: 'policy' };
  } else if (rule.is660a === 'if-passend' && (is660a.status === 'not-met' || grond.status === 'not-met')) {
    risk = { code: 'geen-risico-weigering-toegestaan', level: 'low', explanation: localize(RISK_TEXTS, 'geen-risico-weigering-toegestaan'), legalBasis: [R.BW_660A_C, R.BW_658A_4, R.BW_629_3C], normKind: 'statutory' };
  } else if (acted) {
    risk = { code: 'geen-risico-werkgever-heeft-opgetreden', level: 'low', explanation: localize(RISK_TEXTS, 'geen-risico-werkgever-heeft-opgetreden'), legalBasis: [R.BBP_9, R.BBP_10], normKind: 'policy' };
  } else {
    risk = { code: 'loonsanctie-risico-geen-actie', level: 'high', explanation: localize(RISK_TEXTS, 'loonsanctie-risico-geen-actie'), legalBasis: [R.BBP_9, R.BBP_10, R.WIA_25_9], normKind: 'policy' };
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

import { toDayNumber } from '../calendar/dayNumber.js';
import { Tracer, missingFactsOf } from '../engine/trace.js';
import { localize, type Localized } from '../i18n/types.js';
import { parseInput } from '../input/zodIssues.js';
import { OBLIGATION_CATALOGUE } from './catalogue.js';
import { employerRisk } from './employerRisk.js';
import { OBLIGATION_REFS as R } from './legalRefs.js';
import { cond, factValue, is660aCondition, noticeConditions, warnedCondition, type NonCooperationCase } from './nonCooperationConditions.js';
import { nonCooperationFacts } from './nonCooperationFacts.js';
import { dismissalRoute, loonopschorting, loonstop, measure } from './nonCooperationMeasures.js';
import { NOTICE_TEXTS } from './nonCooperationMessages.js';
import { KIND_RULES } from './nonCooperationRules.js';
import { inputSchema, type ParsedNonCooperationInput } from './nonCooperationSchema.js';
import { WWZ_IN_FORCE } from './norms.js';
import { OBLIGATION_DESCRIPTIONS } from './obligationMessages.js';
import type { NonCooperationInput, NonCooperationResult } from './types.js';

const FN = 'checkNonCooperation';

/** The case every rule reads: day numbers, the kind's rule, the facts, which wage measure was taken. */
function caseOf(v: ParsedNonCooperationInput, t: Tracer): NonCooperationCase {
  const rule = KIND_RULES[v.kind];
  const acts = v.employerActions ?? {};
  const since = toDayNumber(v.since);
  const wageKind = acts.wageMeasureFrom === undefined ? undefined
    : acts.wageMeasure ?? (rule.loonstopRef === null ? 'loonopschorting' : !rule.opschorting ? 'loonstop' : undefined);
  return {
    v, rule, acts, facts: nonCooperationFacts(v), t, wageKind,
    asOf: toDayNumber(v.asOf), since, known: v.knownSince === undefined ? since : toDayNumber(v.knownSince),
  };
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
 * @returns The measures with their conditions and availability, the employer's risk, missing facts, and the `trace`
 *   of every condition, measure and the risk (explanations are rendered from it, `missingFacts` is derived from it).
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
  const t = new Tracer();
  const c = caseOf(v, t);
  const { rule, acts, facts } = c;
  const notices: Localized[] = [];

  // Shared conditions
  const dg = facts.deugdelijkeGrond;
  const grond = cond(c, 'geen-deugdelijke-grond', dg !== true && dg !== false ? 'unknown' : dg ? 'not-met' : 'met', false,
    [...(rule.loonstopRef ? [rule.loonstopRef] : []), R.BW_629A], { inputs: { deugdelijkeGrond: factValue(dg) } });
  const n = noticeConditions(c);
  const warned = warnedCondition(c, n.notice);
  const is660a = is660aCondition(c);
  if (v.until !== undefined && v.until < v.asOf) notices.push(localize(NOTICE_TEXTS, 'until-before-asof'));

  // 1. Talk and written warning. Refusing work: a warning only where the refusal is a 7:660a breach (work passend, no deugdelijke grond).
  const warningStatutory = rule.is660a !== false;
  const warningConditions = rule.is660a === 'if-passend' ? [is660a, cond(c, 'geen-deugdelijke-grond', grond.status, false, [R.BW_629_3C, R.BW_660A_C], { inputs: { deugdelijkeGrond: factValue(dg) } })] : [];
  const measures = [
    measure(c, 'gesprek-en-schriftelijke-waarschuwing', warningConditions, warningStatutory ? [R.BW_671B_5, R.BW_670A_1, R.BBP_9] : [R.BBP_9], warningStatutory ? 'statutory' : 'policy', { takenOn: acts.writtenWarningOn ?? null }),
    // 2. Notice without delay (needed for any wage measure)
    measure(c, 'onverwijlde-mededeling', [n.notice], [R.BW_629_7], 'statutory', {
      takenOn: acts.notifiedOn ?? null, forced: n.notice.status === 'met' ? 'yes' : n.notice.status === 'not-met' ? (n.notice.actionable ? 'after-action' : 'no') : 'unknown',
    }),
    loonopschorting(c, n),
    loonstop(c, n, grond),
    // 5. Deskundigenoordeel
    measure(c, 'deskundigenoordeel', [], [R.BW_629A, R.SUWI_32, R.BBP_10], 'statutory', { takenOn: acts.deskundigenoordeelRequestedOn ?? null }),
  ];
  const wwz = v.asOf >= WWZ_IN_FORCE.validFrom;
  if (!wwz) notices.push(localize(NOTICE_TEXTS, 'before-wwz'));
  measures.push(...dismissalRoute(c, is660a, grond, warned, wwz));
  if (rule.is660a !== false) notices.push(localize(NOTICE_TEXTS, 'ground-e-not-c'));
  const risk = employerRisk(c, is660a, grond);
  const trace = t.done();

  const entry = OBLIGATION_CATALOGUE.find((o) => o.id === rule.duty)!;
  return Object.freeze({
    kind: v.kind,
    duty: localize(OBLIGATION_DESCRIPTIONS, rule.duty),
    dutyLegalBasis: Object.freeze([...new Set([...rule.dutyRefs, ...entry.legalBasis])]),
    daysSinceKnown: c.asOf - c.known,
    measures: Object.freeze(measures),
    employerRisk: risk,
    missingFacts: Object.freeze(missingFactsOf(trace).sort()),
    notices: Object.freeze(notices),
    trace,
  });
}

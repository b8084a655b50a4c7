import { fromDayNumber } from '../calendar/dayNumber.js';
import { missingFactsOf, type TraceStep } from '../engine/trace.js';
import type { Localized } from '../i18n/types.js';
import { assessBevredigendResultaatTraced, bevredigendResultaatPhaseUnknown } from './assessBevredigendResultaat.js';
import { assessCriteria } from './assessCriteria.js';
import { assessRefusal } from './assessRefusal.js';
import { mergeCriterion, reasonOf, verdictLabel, verdictOf, verdictStep, weighingSteps, type PhaseVerdict } from './combinePhases.js';
import { determinePhase, unknownPhase } from './determinePhase.js';
import { PASSEND_WERK_REFS as R } from './legalRefs.js';
import { text } from './messages.js';
import { renderSteps } from './renderStep.js';
import type { EmployeeFacts, OfferedWork, PassendWerkInput, PassendWerkResult, PassendWerkVerdict } from './types.js';
import { validatePassendWerkInput, type ValidatedPassendWerk } from './validatePassendWerkInput.js';

/** Counted sick days of the wachttijd (104 weeks). */
const WACHTTIJD_DAYS = 728;

/**
 * Checks whether offered work is passend (suitable) for a sick employee on the offer date, criterion
 * by criterion, and whether the employee may refuse it.
 *
 * The phase follows from the counted sickness on the offer date (samentelling gaps and WAZO leave
 * are not counted): counted sick days 1–182 are the first half year, from counted day 183 the phase
 * after it (option `phaseConvention: 'calendar-months'`: six calendar months from day 1, also in
 * counted days). In the first half year six criteria are knock-outs — functional capacity and the
 * physical, mental or social reasons (BW 7:658a lid 4), education level, wage (≥ 70%) and travel
 * (≤ 2 hours a day) by analogy with the Besluit passende arbeid WW en ZW, and the work pattern
 * (BBP §8, applied strictly as a library choice); work experience is a factor to weigh in every
 * phase (BBP §8). After the first half year only the functional capacity and the physical, mental
 * or social reasons remain knock-outs; the rest are factors to weigh, reported in `weighingFlags`
 * when not met (travel above 3 hours is a practice flag). From counted sick day 365 (a product
 * decision; BBP §3 speaks of the end of the wage period) the result also assesses the bevredigend
 * resultaat with its two branches. Unknown facts make a criterion `'unknown'`; a knock-out that is `'unknown'` makes the
 * verdict `'unknown'` with the `missingFacts` — never a definite "passend".
 *
 * Without `offerDate` or without the sickness the phase is `'unknown'` (`phase.missingFacts`
 * names `'offerDate'` / `'firstSickDay'`). Every criterion is then assessed for both phases, and the
 * verdict is the verdict of both phases when they agree, else `'unknown'` (reason
 * `'fase-onbekend'`). So work known to exceed the functional capacity, or a physical, mental or
 * social reason against it, is `'niet-passend'` in every phase; a criterion that is a knock-out only
 * in the first half year decides nothing on its own; and `'passend'` needs every criterion that is a
 * knock-out in any phase to be met. The refusal follows that verdict; the bevredigend resultaat is
 * `'unknown'` (whether it is assessed yet depends on the date).
 *
 * @remarks
 * BW 7:658a lid 4: "Onder passende arbeid wordt verstaan alle arbeid die voor de krachten en
 * bekwaamheden van de werknemer is berekend, tenzij aanvaarding om redenen van lichamelijke,
 * geestelijke of sociale aard niet van hem kan worden gevergd." BW 7:629 lid 3 sub c: no wage "voor
 * de tijd, gedurende welke hij, hoewel hij daartoe in staat is, zonder deugdelijke grond passende
 * arbeid … niet verricht". The "100% of the old wage in the first half year" of popular sources is not
 * followed: the Besluit passende arbeid uses 70%, and applies to WW/ZW, here by analogy only.
 *
 * @param input - Every field optional: the sickness (`firstSickDay` or `sickPeriods`, with `wazoLeave`,
 *   `workPattern`), `offerDate`, `offer`, `employee`, `matchingWorkAchievable` and `options`.
 * @returns The verdict, the phase, every criterion, the bevredigend resultaat (from day 365), the
 *   refusal assessment, the norms applied, legal basis and explanations in Dutch and English, and
 *   last the `trace`: the rules applied as plain data, from which the explanations are rendered and
 *   every `missingFacts` is derived (docs/passend-werk.md, "Trace").
 * @throws {@link PoortwachterError} for invalid input: impossible dates, an offer before day 1 (also
 *   when day 1 moves to the next working day or past WAZO leave) or before 2015-07-01, a negative wage, travel over 24 hours a day, an unknown education level,
 *   unknown fields — the message names each field. A missing offerDate or sickness is not an error.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=658a&lid=4 | BW 7:658a lid 4}
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=629&lid=3 | BW 7:629 lid 3}
 * @see {@link https://wetten.overheid.nl/BWBR0036081 | Besluit passende arbeid WW en ZW}
 * @see {@link https://wetten.overheid.nl/BWBR0014375 | Beleidsregels beoordelingskader poortwachter}
 * @example
 * const r = checkPassendWerk({
 *   firstSickDay: '2025-01-06',
 *   offerDate: '2025-03-03',
 *   offer: { withinFunctionalCapacity: true, educationLevel: 'mbo-havo-vwo', matchesWorkExperience: true,
 *            wage: 2400, travelMinutesPerDay: 150, shift: 'dag' },
 *   employee: { educationLevel: 'mbo-havo-vwo', previousWage: 3000, previousShift: 'dag',
 *               reasonsAgainstAcceptance: { physical: false, mental: false, social: false } },
 * });
 * r.phase.id   //=> 'eerste-halfjaar'
 * r.verdict    //=> 'niet-passend' (150 minutes of travel > 120 in the first half year)
 *
 * // Without the offer date: only what holds in both phases is definite.
 * checkPassendWerk({ firstSickDay: '2025-01-06', offer: { withinFunctionalCapacity: false } }).verdict //=> 'niet-passend'
 */
export function checkPassendWerk(input: PassendWerkInput): PassendWerkResult {
  return runCheckPassendWerk(input, 'checkPassendWerk');
}

/**
 * The check itself, with the public function's name for error messages.
 *
 * @internal
 */
export function runCheckPassendWerk(raw: unknown, fnName: string): PassendWerkResult {
  const v = validatePassendWerkInput(raw, fnName);
  const offer = v.input.offer ?? {};
  const employee = v.input.employee ?? {};
  if (v.spans === null || v.offerDn === null) return phaseUnknownResult(v, offer, employee);
  const pf = determinePhase(v.spans, v.offerDn, v.convention, v.norms);
  const assessed = assessCriteria(offer, employee, pf.phase.id, v.norms);
  const pv = verdictOf(assessed, pf.phase.id);
  const weighing = weighingSteps(pv.weighingFlags);
  const br = pf.bevredigendApplies ? assessBevredigendResultaatTraced(offer, employee, v.input.matchingWorkAchievable, v.norms) : null;
  const refusal = assessRefusal(offer, pv.verdict, pv.step);

  const notices: Localized[] = [];
  if (pf.phase.id === 'eerste-halfjaar') notices.push(text('notice-analogie'));
  if (pf.gapDays > 0) notices.push(text('notice-samentelling', { gaps: pf.gapDays }));
  if (!pf.phase.sickOnOfferDate) notices.push(text('notice-niet-ziek', { offerDate: fromDayNumber(v.offerDn) }));
  if (pf.counted >= WACHTTIJD_DAYS) notices.push(text('notice-na-wachttijd'));

  return Object.freeze({
    verdict: pv.verdict,
    verdictReason: reasonOf(pv.verdict),
    missingFacts: Object.freeze(missingFactsOf([pv.step])),
    weighingFlags: Object.freeze([...pv.weighingFlags]),
    phase: pf.phase,
    criteria: Object.freeze(assessed.map((c) => c.result)),
    bevredigendResultaat: br === null ? null : br.result,
    refusal: refusal.result,
    norms: v.norms.rows,
    legalBasis: Object.freeze([R.BW_658A_4, R.BW_658A_1, R.BW_660A, R.BW_629_12]),
    explanation: renderSteps([pv.step, ...weighing]),
    notices: Object.freeze(notices),
    trace: Object.freeze([
      pf.step, ...assessed.flatMap((c) => c.steps), pv.step, ...weighing,
      ...(br === null ? [] : [br.step]), refusal.step,
    ]),
  });
}

/** The verdict with the phase unknown, and its step. */
interface CombinedVerdict {
  readonly verdict: PassendWerkVerdict;
  readonly reason: PassendWerkResult['verdictReason'];
  readonly step: TraceStep;
}

/** The combined verdict with the phase unknown: that of both phases when they agree, else unknown. */
function combinedVerdict(vf: PhaseVerdict, va: PhaseVerdict, phaseSteps: readonly TraceStep[]): CombinedVerdict {
  const inputs = { first: vf.verdict, after: va.verdict };
  // Missing: the phase facts and what either phase misses (empty for a definite verdict).
  const missing = vf.verdict === va.verdict && vf.verdict !== 'unknown' ? [] : missingFactsOf([...phaseSteps, vf.step, va.step]);
  if (vf.verdict !== va.verdict) {
    const params = { first: verdictLabel(vf.verdict), after: verdictLabel(va.verdict), facts: missing };
    return {
      verdict: 'unknown', reason: 'fase-onbekend',
      step: verdictStep({ rule: 'passendWerk.verdict', verdict: 'unknown', reason: 'fase-onbekend', inputs, missingFacts: missing, params }),
    };
  }
  // Not passend after the first half year means a knock-out of every phase failed.
  const params = vf.verdict === 'niet-passend' ? { criteria: va.failed.map((c) => c.criterion) }
    : vf.verdict === 'unknown' ? { criteria: [...new Set([...vf.unknown, ...va.unknown].map((c) => c.criterion))], facts: missing } : {};
  const reason = reasonOf(vf.verdict);
  return { verdict: vf.verdict, reason, step: verdictStep({ rule: 'passendWerk.verdict', verdict: vf.verdict, reason, inputs, missingFacts: missing, params }) };
}

/**
 * The check without the offer date or the sickness: every criterion is assessed for both phases and
 * only what both phases agree on is definite. The verdict is the verdict of both phases when they
 * agree, else `'unknown'` (reason `'fase-onbekend'`) with the phase facts and the facts either phase
 * misses. Since the first half year's knock-outs include those after it, "passend" then means every
 * criterion that is a knock-out in any phase is met; work known to exceed the functional capacity, or
 * a physical, mental or social reason against it, gives "niet passend" in both (BW 7:658a lid 4).
 */
function phaseUnknownResult(v: ValidatedPassendWerk, offer: OfferedWork, employee: EmployeeFacts): PassendWerkResult {
  const phaseFacts = [...(v.offerDn === null ? ['offerDate'] : []), ...(v.spans === null ? ['firstSickDay'] : [])];
  const up = unknownPhase(v.spans, v.convention, v.norms, phaseFacts);
  const first = assessCriteria(offer, employee, 'eerste-halfjaar', v.norms);
  const after = assessCriteria(offer, employee, 'na-eerste-halfjaar', v.norms);
  const vf = verdictOf(first, 'eerste-halfjaar', 'passendWerk.verdict.eerste-halfjaar');
  const va = verdictOf(after, 'na-eerste-halfjaar', 'passendWerk.verdict.na-eerste-halfjaar');
  const merged = first.map((c, i) => mergeCriterion(c, after[i]!, phaseFacts));
  const weighingFlags = [...new Set([...vf.weighingFlags, ...va.weighingFlags])];
  const weighing = weighingSteps(weighingFlags);
  const verdict = combinedVerdict(vf, va, up.steps);
  const br = bevredigendResultaatPhaseUnknown(
    assessBevredigendResultaatTraced(offer, employee, v.input.matchingWorkAchievable, v.norms), phaseFacts);
  const refusal = assessRefusal(offer, verdict.verdict, verdict.step);
  return Object.freeze({
    verdict: verdict.verdict,
    verdictReason: verdict.reason,
    missingFacts: Object.freeze(missingFactsOf([verdict.step])),
    weighingFlags: Object.freeze(weighingFlags),
    phase: up.phase,
    criteria: Object.freeze(merged.map((c) => c.result)),
    bevredigendResultaat: br.result,
    refusal: refusal.result,
    norms: v.norms.rows,
    legalBasis: Object.freeze([R.BW_658A_4, R.BW_658A_1, R.BW_660A, R.BW_629_12]),
    explanation: renderSteps([verdict.step, ...weighing]),
    notices: Object.freeze([text('notice-fase-onbekend', { facts: phaseFacts.join(', ') }), text('notice-analogie')]),
    trace: Object.freeze([
      ...up.steps, ...first.flatMap((c) => c.steps), ...after.flatMap((c) => c.steps), vf.step, va.step,
      ...merged.flatMap((c) => c.steps), verdict.step, ...weighing, ...br.steps, refusal.step,
    ]),
  });
}

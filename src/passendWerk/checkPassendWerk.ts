import { fromDayNumber } from '../calendar/dayNumber.js';
import type { Localized } from '../i18n/types.js';
import { assessBevredigendResultaat } from './assessBevredigendResultaat.js';
import { assessCriteria } from './assessCriteria.js';
import { assessRefusal } from './assessRefusal.js';
import { determinePhase } from './determinePhase.js';
import { PASSEND_WERK_REFS as R } from './legalRefs.js';
import { join, text } from './messages.js';
import type { PassendWerkCriterionId, PassendWerkInput, PassendWerkResult } from './types.js';
import { validatePassendWerkInput } from './validatePassendWerkInput.js';

/** Counted sick days of the wachttijd (104 weeks). */
const WACHTTIJD_DAYS = 728;

const CRITERION_LABELS: Readonly<Record<PassendWerkCriterionId, Localized>> = Object.freeze({
  'functionele-mogelijkheden': { nl: 'functionele mogelijkheden', en: 'functional capacity' },
  'persoonlijke-bezwaren': { nl: 'lichamelijke, geestelijke of sociale bezwaren', en: 'physical, mental or social reasons' },
  opleidingsniveau: { nl: 'opleidingsniveau', en: 'education level' },
  werkervaring: { nl: 'werkervaring', en: 'work experience' },
  loon: { nl: 'loon', en: 'wage' },
  reistijd: { nl: 'reistijd', en: 'travel time' },
  werkpatroon: { nl: 'werkpatroon', en: 'work pattern' },
});

function labels(ids: readonly PassendWerkCriterionId[]): Localized {
  return { nl: ids.map((id) => CRITERION_LABELS[id].nl).join(', '), en: ids.map((id) => CRITERION_LABELS[id].en).join(', ') };
}

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
 * resultaat with its two branches. Unknown facts make a criterion `'onbekend'`; a knock-out that is `'onbekend'` makes the
 * verdict `'onbekend'` with the `missingFacts` — never a definite "passend".
 *
 * @remarks
 * BW 7:658a lid 4: "Onder passende arbeid wordt verstaan alle arbeid die voor de krachten en
 * bekwaamheden van de werknemer is berekend, tenzij aanvaarding om redenen van lichamelijke,
 * geestelijke of sociale aard niet van hem kan worden gevergd." BW 7:629 lid 3 sub c: no wage "voor
 * de tijd, gedurende welke hij, hoewel hij daartoe in staat is, zonder deugdelijke grond passende
 * arbeid … niet verricht". The "100% of the old wage in the first half year" of popular sources is not
 * followed: the Besluit passende arbeid uses 70%, and applies to WW/ZW, here by analogy only.
 *
 * @param input - The sickness (`firstSickDay` or `sickPeriods`, optional `wazoLeave`, `workPattern`),
 *   `offerDate`, and optional `offer`, `employee`, `matchingWorkAchievable` and `options`.
 * @returns The verdict, the phase, every criterion, the bevredigend resultaat (from day 365), the
 *   refusal assessment, the norms applied, legal basis and explanations in Dutch and English.
 * @throws {@link PoortwachterError} for invalid input: impossible dates, an offer before day 1 (also
 *   when day 1 moves to the next working day or past WAZO leave) or before 2015-07-01, a negative wage, travel over 24 hours a day, an unknown education level,
 *   unknown fields — the message names each field.
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
  const pf = determinePhase(v.spans, v.offerDn, v.convention, v.norms);
  const criteria = assessCriteria(offer, employee, pf.phase.id, v.norms);
  const knockOuts = criteria.filter((c) => c.knockOut);
  const failed = knockOuts.filter((c) => c.status === 'niet-voldaan');
  const unknown = knockOuts.filter((c) => c.status === 'onbekend');
  const weighingFlags = criteria.filter((c) => !c.knockOut && c.status === 'niet-voldaan').map((c) => c.criterion);

  let verdict: PassendWerkResult['verdict'];
  let verdictReason: PassendWerkResult['verdictReason'];
  let missingFacts: string[] = [];
  let explanation: Localized;
  if (failed.length > 0) {
    verdict = 'niet-passend';
    verdictReason = 'knock-out-niet-voldaan';
    explanation = text('knock-out-niet-voldaan', { criteria: labels(failed.map((c) => c.criterion)) });
  } else if (unknown.length > 0) {
    verdict = 'onbekend';
    verdictReason = 'knock-out-onbekend';
    missingFacts = [...new Set(unknown.flatMap((c) => c.missingFacts))];
    explanation = text('knock-out-onbekend', { criteria: labels(unknown.map((c) => c.criterion)), facts: missingFacts.join(', ') });
  } else {
    verdict = 'passend';
    verdictReason = 'alle-knock-outs-voldaan';
    explanation = text('alle-knock-outs-voldaan');
  }
  if (weighingFlags.length > 0) explanation = join(explanation, text('weegpunten', { criteria: labels(weighingFlags) }));

  const notices: Localized[] = [];
  if (pf.phase.id === 'eerste-halfjaar') notices.push(text('notice-analogie'));
  if (pf.gapDays > 0) notices.push(text('notice-samentelling', { gaps: pf.gapDays }));
  if (!pf.phase.sickOnOfferDate) notices.push(text('notice-niet-ziek', { offerDate: fromDayNumber(v.offerDn) }));
  if (pf.counted >= WACHTTIJD_DAYS) notices.push(text('notice-na-wachttijd'));

  return Object.freeze({
    verdict,
    verdictReason,
    missingFacts: Object.freeze(missingFacts),
    weighingFlags: Object.freeze(weighingFlags),
    phase: pf.phase,
    criteria: Object.freeze(criteria),
    bevredigendResultaat: pf.bevredigendApplies
      ? assessBevredigendResultaat(offer, employee, v.input.matchingWorkAchievable, v.norms)
      : null,
    refusal: assessRefusal(offer, verdict, missingFacts),
    norms: v.norms.rows,
    legalBasis: Object.freeze([R.BW_658A_4, R.BW_658A_1, R.BW_660A, R.BW_629_12]),
    explanation,
    notices: Object.freeze(notices),
  });
}

import { traceStep, missingFactsOf, type TraceStep, type TraceValue } from '../engine/trace.js';
import type { LegalRef } from '../legal/LegalRef.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import type { Outcome } from '../vocabulary/index.js';
import { PASSEND_WERK_REFS as R } from './legalRefs.js';
import type { PassendWerkMessageKey } from './messages.js';
import { WAGE_RATIO_EPSILON, type NormValues } from './norms.js';
import { renderSteps } from './renderStep.js';
import type {
  EducationLevel, EmployeeFacts, NormSource, OfferedWork, PassendWerkCriterionId,
  PassendWerkCriterionResult, PassendWerkPhaseId,
} from './types.js';

/** Rank of the Besluit passende arbeid art 3 levels (higher is higher education). @internal */
export const EDUCATION_RANK: Readonly<Record<EducationLevel, number>> = Object.freeze({
  'lager-of-geen': 1,
  'vmbo-mavo': 2,
  'mbo-havo-vwo': 3,
  'hoger-onderwijs': 4,
});

/**
 * The phases in which each criterion is a knock-out: functional capacity and the personal reasons in
 * every phase (BW 7:658a lid 4), education, wage, travel and work pattern in the first half year only,
 * work experience never.
 *
 * @internal
 */
export const KNOCK_OUT_PHASES: Readonly<Record<PassendWerkCriterionId, readonly PassendWerkPhaseId[]>> = Object.freeze({
  'functionele-mogelijkheden': Object.freeze(['eerste-halfjaar', 'na-eerste-halfjaar'] as const),
  'persoonlijke-bezwaren': Object.freeze(['eerste-halfjaar', 'na-eerste-halfjaar'] as const),
  opleidingsniveau: Object.freeze(['eerste-halfjaar'] as const),
  werkervaring: Object.freeze([] as const),
  loon: Object.freeze(['eerste-halfjaar'] as const),
  reistijd: Object.freeze(['eerste-halfjaar'] as const),
  werkpatroon: Object.freeze(['eerste-halfjaar'] as const),
});

/** Plain-data parameters or facts of a step. */
type Data = { readonly [name: string]: TraceValue };

/** What one criterion's rule found, before it becomes a result and a trace step. */
interface Draft {
  readonly status: Outcome;
  readonly reason: PassendWerkMessageKey;
  readonly params?: Data;
  readonly missingFacts?: readonly string[];
  readonly observed?: number | null;
}

/** The role of a criterion in the phase: knock-out or factor to weigh, on which provisions. */
interface Role {
  readonly knockOut: boolean;
  readonly normSource: NormSource;
  readonly legalBasis: readonly LegalRef[];
  readonly roleText: PassendWerkMessageKey;
  readonly norm: { readonly parameter: string; readonly value: number } | null;
}

/**
 * One criterion assessed: the result and its two trace steps — the assessment
 * (`passendWerk.criterion.<id>`) and the criterion's role in the phase (`….role`). The result's
 * explanation is the two steps rendered; its `missingFacts` are the assessment step's.
 *
 * @internal
 */
export interface AssessedCriterion {
  readonly result: PassendWerkCriterionResult;
  readonly steps: readonly TraceStep[];
}

/** The facts given, without the ones left out (plain data for a step's `inputs`). */
function given(facts: Readonly<Record<string, TraceValue | undefined>>): Data {
  const out: Record<string, TraceValue> = {};
  for (const [k, v] of Object.entries(facts)) if (v !== undefined) out[k] = v;
  return out;
}

/** Input paths of the facts that are not given. */
function absent(facts: readonly (readonly [unknown, string])[]): string[] {
  return facts.filter(([v]) => v === undefined).map(([, path]) => path);
}

function assessed(criterion: PassendWerkCriterionId, phase: PassendWerkPhaseId, inputs: Data, d: Draft, role: Role): AssessedCriterion {
  const refs = legalKeysOf(role.legalBasis);
  const step = traceStep({
    rule: `passendWerk.criterion.${criterion}`, refs, outcome: d.status, inputs: { phase, ...inputs },
    outputs: { reason: d.reason, observed: d.observed ?? null }, missingFacts: d.missingFacts ?? [],
    message: d.reason, params: d.params ?? {},
  });
  const roleStep = traceStep({
    rule: `passendWerk.criterion.${criterion}.role`, refs, outcome: 'computed', inputs: { phase },
    outputs: { knockOut: role.knockOut, normSource: role.normSource, norm: role.norm }, message: role.roleText,
  });
  const result: PassendWerkCriterionResult = Object.freeze({
    criterion,
    status: d.status,
    reason: d.reason,
    legalBasis: Object.freeze([...role.legalBasis]),
    normSource: role.normSource,
    knockOut: role.knockOut,
    knockOutPhases: KNOCK_OUT_PHASES[criterion],
    norm: role.norm,
    observed: d.observed ?? null,
    missingFacts: Object.freeze(missingFactsOf([step])),
    explanation: renderSteps([step, roleStep]),
  });
  return Object.freeze({ result, steps: Object.freeze([step, roleStep]) });
}

/** The role of a factor to weigh (no knock-out). */
function weigh(legalBasis: readonly LegalRef[], norm: Role['norm'] = null, roleText: PassendWerkMessageKey = 'rol-weegfactor', normSource: NormSource = 'policy'): Role {
  return { knockOut: false, normSource, legalBasis, roleText, norm };
}

/** 1. Functional capacity — always a knock-out (BW 7:658a lid 4: "voor de krachten … berekend"). */
function functioneleMogelijkheden(offer: OfferedWork, employee: EmployeeFacts, phase: PassendWerkPhaseId): AssessedCriterion {
  let d: Draft;
  if (offer.withinFunctionalCapacity === false) d = { status: 'not-met', reason: 'buiten-belastbaarheid' };
  else if (offer.hoursPerWeek !== undefined && employee.maxHoursPerWeek !== undefined && offer.hoursPerWeek > employee.maxHoursPerWeek) {
    d = { status: 'not-met', reason: 'uren-boven-belastbaarheid', params: { offered: offer.hoursPerWeek, max: employee.maxHoursPerWeek }, observed: offer.hoursPerWeek };
  } else if (offer.withinFunctionalCapacity === true) d = { status: 'met', reason: 'binnen-belastbaarheid' };
  else d = { status: 'unknown', reason: 'belastbaarheid-onbekend', missingFacts: ['offer.withinFunctionalCapacity'] };
  const inputs = given({
    'offer.withinFunctionalCapacity': offer.withinFunctionalCapacity, 'offer.hoursPerWeek': offer.hoursPerWeek,
    'employee.maxHoursPerWeek': employee.maxHoursPerWeek,
  });
  return assessed('functionele-mogelijkheden', phase, inputs, d, {
    knockOut: true, normSource: 'statutory', legalBasis: [R.BW_658A_4, R.BW_658A_1], roleText: 'rol-knock-out-wet',
    norm: employee.maxHoursPerWeek === undefined ? null : { parameter: 'maxHoursPerWeek', value: employee.maxHoursPerWeek },
  });
}

/** 2. Physical, mental or social reasons — always a knock-out (BW 7:658a lid 4: "tenzij …"). */
function persoonlijkeBezwaren(employee: EmployeeFacts, phase: PassendWerkPhaseId): AssessedCriterion {
  const r = employee.reasonsAgainstAcceptance ?? {};
  const kinds = ['physical', 'mental', 'social'] as const;
  const present = kinds.filter((k) => r[k] === true);
  let d: Draft;
  if (present.length > 0) d = { status: 'not-met', reason: 'bezwaren-aanwezig', params: { reasons: present } };
  else if (r.physical === false && r.mental === false && r.social === false) d = { status: 'met', reason: 'geen-bezwaren' };
  else d = { status: 'unknown', reason: 'bezwaren-onbekend', missingFacts: absent(kinds.map((k) => [r[k], `employee.reasonsAgainstAcceptance.${k}`] as const)) };
  const inputs = given(Object.fromEntries(kinds.map((k) => [`employee.reasonsAgainstAcceptance.${k}`, r[k]])));
  return assessed('persoonlijke-bezwaren', phase, inputs, d,
    { knockOut: true, normSource: 'statutory', legalBasis: [R.BW_658A_4], roleText: 'rol-knock-out-wet', norm: null });
}

/** 3. Education level (Besluit passende arbeid art 4 lid 1 sub a, by analogy). */
function opleidingsniveau(offer: OfferedWork, employee: EmployeeFacts, phase: PassendWerkPhaseId): AssessedCriterion {
  const o = offer.educationLevel;
  const e = employee.educationLevel;
  let d: Draft;
  if (o !== undefined && e !== undefined) {
    d = EDUCATION_RANK[o] >= EDUCATION_RANK[e]
      ? { status: 'met', reason: 'niveau-gelijk-of-hoger', params: { offered: o, own: e } }
      : { status: 'not-met', reason: 'niveau-lager', params: { offered: o, own: e } };
  } else d = { status: 'unknown', reason: 'niveau-onbekend', missingFacts: absent([[o, 'offer.educationLevel'], [e, 'employee.educationLevel']]) };
  return assessed('opleidingsniveau', phase, given({ 'offer.educationLevel': o, 'employee.educationLevel': e }), d, phase === 'eerste-halfjaar'
    ? { knockOut: true, normSource: 'analogy', legalBasis: [R.BPA_4_1A, R.BPA_3, R.BW_658A_4], roleText: 'rol-knock-out-analogie', norm: null }
    : weigh([R.BBP_8, R.BPA_3]));
}

/**
 * 4. Work experience (BBP §8: "arbeidsverleden" is one of the factors to weigh, in every phase; it
 * is not among the first-six-months criteria of the Besluit passende arbeid art 4 lid 1, and new
 * work can be learned — BBP §8 expects training where needed).
 */
function werkervaring(offer: OfferedWork, phase: PassendWerkPhaseId): AssessedCriterion {
  const m = offer.matchesWorkExperience;
  const d: Draft = m === undefined
    ? { status: 'unknown', reason: 'werkervaring-onbekend', missingFacts: ['offer.matchesWorkExperience'] }
    : m ? { status: 'met', reason: 'sluit-aan-bij-werkervaring' } : { status: 'not-met', reason: 'sluit-niet-aan-bij-werkervaring' };
  return assessed('werkervaring', phase, given({ 'offer.matchesWorkExperience': m }), d, weigh([R.BBP_8, R.BW_658A_4], null, 'rol-weegfactor-altijd'));
}

/** 5. Wage (Besluit passende arbeid art 4 lid 1 sub b: at least 70%, by analogy). */
function loon(offer: OfferedWork, employee: EmployeeFacts, phase: PassendWerkPhaseId, norms: NormValues): AssessedCriterion {
  const norm = { parameter: 'minimum-loon-eerste-halfjaar', value: norms.minWageRatio };
  let d: Draft;
  if (offer.wage !== undefined && employee.previousWage !== undefined) {
    const ratio = offer.wage / employee.previousWage;
    const params = { ratio, minRatio: norms.minWageRatio };
    d = ratio + WAGE_RATIO_EPSILON >= norms.minWageRatio
      ? { status: 'met', reason: 'loon-op-of-boven-norm', params, observed: ratio }
      : { status: 'not-met', reason: 'loon-onder-norm', params, observed: ratio };
  } else d = { status: 'unknown', reason: 'loon-onbekend', missingFacts: absent([[offer.wage, 'offer.wage'], [employee.previousWage, 'employee.previousWage']]) };
  return assessed('loon', phase, given({ 'offer.wage': offer.wage, 'employee.previousWage': employee.previousWage }), d, phase === 'eerste-halfjaar'
    ? { knockOut: true, normSource: 'analogy', legalBasis: [R.BPA_4_1B], roleText: 'rol-knock-out-analogie', norm }
    : weigh([R.BBP_8, R.BPA_4_1B], norm));
}

/** 6. Travel time (Besluit passende arbeid art 4 lid 1 sub c: ≤ 2 hours a day; after: 3-hour flag). */
function reistijd(offer: OfferedWork, phase: PassendWerkPhaseId, norms: NormValues): AssessedCriterion {
  const first = phase === 'eerste-halfjaar';
  const t = offer.travelMinutesPerDay;
  const limit = first ? norms.maxTravelMinutes : norms.travelFlagMinutes;
  let d: Draft;
  if (t === undefined) d = { status: 'unknown', reason: 'reistijd-onbekend', missingFacts: ['offer.travelMinutesPerDay'] };
  else if (t <= limit) d = { status: 'met', reason: first ? 'reistijd-binnen-norm' : 'reistijd-binnen-signaalgrens', params: { minutes: t, norm: limit }, observed: t };
  else d = { status: 'not-met', reason: first ? 'reistijd-boven-norm' : 'reistijd-boven-signaalgrens', params: { minutes: t, norm: limit }, observed: t };
  return assessed('reistijd', phase, given({ 'offer.travelMinutesPerDay': t }), d, first
    ? { knockOut: true, normSource: 'analogy', legalBasis: [R.BPA_4_1C], roleText: 'rol-knock-out-analogie', norm: { parameter: 'maximale-reistijd-eerste-halfjaar', value: limit } }
    : weigh([R.BBP_8, R.BW_658A_4], { parameter: 'reistijd-signaal-na-halfjaar', value: limit }, 'rol-weegfactor-reistijd', 'practice'));
}

/** The first difference between the offered work pattern and the one before the sickness, if any. */
function patternDifference(offer: OfferedWork, employee: EmployeeFacts): Draft | undefined {
  if (offer.shift !== undefined && employee.previousShift !== undefined && offer.shift !== employee.previousShift) {
    return { status: 'not-met', reason: 'dienst-wijkt-af', params: { offered: offer.shift, own: employee.previousShift } };
  }
  const before = employee.previousWorkDays;
  if (offer.workDays !== undefined && before !== undefined && offer.workDays.some((day) => !before.includes(day))) {
    return { status: 'not-met', reason: 'werkdagen-wijken-af' };
  }
  if (offer.hoursPerWeek !== undefined && employee.previousHoursPerWeek !== undefined && offer.hoursPerWeek > employee.previousHoursPerWeek) {
    return { status: 'not-met', reason: 'meer-uren-dan-voorheen', params: { offered: offer.hoursPerWeek, own: employee.previousHoursPerWeek }, observed: offer.hoursPerWeek };
  }
  return undefined;
}

/**
 * 7. Work pattern (BBP §8: "Het arbeidspatroon van de aangeboden functie moet in redelijke mate
 * aansluiten bij dat van vóór de ziekmelding"). A knock-out in the first half year is the library's
 * reading (product decision); after it a factor ("hoe langer, hoe ruimer"). Met only when every
 * comparison can be made: shift, work days and hours (never a guess).
 */
function werkpatroon(offer: OfferedWork, employee: EmployeeFacts, phase: PassendWerkPhaseId): AssessedCriterion {
  const facts = [
    [offer.shift, 'offer.shift'], [employee.previousShift, 'employee.previousShift'],
    [offer.workDays, 'offer.workDays'], [employee.previousWorkDays, 'employee.previousWorkDays'],
    [offer.hoursPerWeek, 'offer.hoursPerWeek'], [employee.previousHoursPerWeek, 'employee.previousHoursPerWeek'],
  ] as const;
  const missing = absent(facts);
  const d: Draft = patternDifference(offer, employee) ?? (missing.length === 0
    ? { status: 'met', reason: 'werkpatroon-sluit-aan' }
    : { status: 'unknown', reason: 'werkpatroon-onbekend', missingFacts: missing });
  const inputs = given(Object.fromEntries(facts.map(([v, path]) => [path, v === undefined ? undefined : (v as TraceValue)])));
  return assessed('werkpatroon', phase, inputs, d, phase === 'eerste-halfjaar'
    ? { knockOut: true, normSource: 'policy', legalBasis: [R.BBP_8], roleText: 'rol-knock-out-werkpatroon', norm: null }
    : weigh([R.BBP_8]));
}

/**
 * Assesses the seven passend-werk criteria for the phase. Functional capacity and personal reasons
 * are knock-outs in every phase (BW 7:658a lid 4); education, wage, travel and work pattern are
 * knock-outs in the first half year only and factors to weigh after it (docs/sources.md §12 item 4);
 * work experience is a factor to weigh in every phase (BBP §8).
 *
 * @returns Each criterion's result with its trace steps, in the reporting order.
 * @internal
 */
export function assessCriteria(
  offer: OfferedWork,
  employee: EmployeeFacts,
  phase: PassendWerkPhaseId,
  norms: NormValues,
): AssessedCriterion[] {
  return [
    functioneleMogelijkheden(offer, employee, phase),
    persoonlijkeBezwaren(employee, phase),
    opleidingsniveau(offer, employee, phase),
    werkervaring(offer, phase),
    loon(offer, employee, phase, norms),
    reistijd(offer, phase, norms),
    werkpatroon(offer, employee, phase),
  ];
}

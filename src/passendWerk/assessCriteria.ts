import type { LegalRef } from '../legal/LegalRef.js';
import type { Localized } from '../i18n/types.js';
import { PASSEND_WERK_REFS as R } from './legalRefs.js';
import { join, percent, text, type PassendWerkMessageKey, CRITERIA_TEXTS } from './messages.js';
import { WAGE_RATIO_EPSILON, type NormValues } from './norms.js';
import type {
  EducationLevel, EmployeeFacts, NormSource, OfferedWork, PassendWerkCriterionId,
  PassendWerkCriterionResult, PassendWerkPhaseId,
} from './types.js';
import type { Outcome } from '../vocabulary/index.js';
import { localize } from '../i18n/types.js';

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

interface Draft {
  readonly status: Outcome;
  readonly reason: PassendWerkMessageKey;
  readonly params?: Readonly<Record<string, string | number | Localized>>;
  readonly missingFacts?: readonly string[];
  readonly observed?: number | null;
}

interface Role {
  readonly knockOut: boolean;
  readonly normSource: NormSource;
  readonly legalBasis: readonly LegalRef[];
  readonly roleText: PassendWerkMessageKey;
  readonly norm: { readonly parameter: string; readonly value: number } | null;
}

function result(criterion: PassendWerkCriterionId, d: Draft, role: Role): PassendWerkCriterionResult {
  return Object.freeze({
    criterion,
    status: d.status,
    reason: d.reason,
    legalBasis: Object.freeze([...role.legalBasis]),
    normSource: role.normSource,
    knockOut: role.knockOut,
    knockOutPhases: KNOCK_OUT_PHASES[criterion],
    norm: role.norm,
    observed: d.observed ?? null,
    missingFacts: Object.freeze([...(d.missingFacts ?? [])]),
    explanation: join(text(d.reason, d.params ?? {}), text(role.roleText)),
  });
}

/**
 * Assesses the seven passend-werk criteria for the phase. Functional capacity and personal reasons
 * are knock-outs in every phase (BW 7:658a lid 4); education, wage, travel and work pattern are
 * knock-outs in the first half year only and factors to weigh after it (docs/sources.md §12 item 4);
 * work experience is a factor to weigh in every phase (BBP §8).
 *
 * @internal
 */
export function assessCriteria(
  offer: OfferedWork,
  employee: EmployeeFacts,
  phase: PassendWerkPhaseId,
  norms: NormValues,
): PassendWerkCriterionResult[] {
  const first = phase === 'eerste-halfjaar';
  const weigh = (legalBasis: readonly LegalRef[], norm: Role['norm'] = null, roleText: PassendWerkMessageKey = 'rol-weegfactor', normSource: NormSource = 'policy'): Role =>
    ({ knockOut: false, normSource, legalBasis, roleText, norm });
  const out: PassendWerkCriterionResult[] = [];

  // 1. Functional capacity — always a knock-out (BW 7:658a lid 4: "voor de krachten … berekend").
  {
    let d: Draft;
    if (offer.withinFunctionalCapacity === false) d = { status: 'not-met', reason: 'buiten-belastbaarheid' };
    else if (offer.hoursPerWeek !== undefined && employee.maxHoursPerWeek !== undefined && offer.hoursPerWeek > employee.maxHoursPerWeek) {
      d = { status: 'not-met', reason: 'uren-boven-belastbaarheid', params: { offered: offer.hoursPerWeek, max: employee.maxHoursPerWeek }, observed: offer.hoursPerWeek };
    } else if (offer.withinFunctionalCapacity === true) d = { status: 'met', reason: 'binnen-belastbaarheid' };
    else d = { status: 'unknown', reason: 'belastbaarheid-onbekend', missingFacts: ['offer.withinFunctionalCapacity'] };
    out.push(result('functionele-mogelijkheden', d, {
      knockOut: true, normSource: 'statutory', legalBasis: [R.BW_658A_4, R.BW_658A_1], roleText: 'rol-knock-out-wet',
      norm: employee.maxHoursPerWeek === undefined ? null : { parameter: 'maxHoursPerWeek', value: employee.maxHoursPerWeek },
    }));
  }

  // 2. Physical, mental or social reasons — always a knock-out (BW 7:658a lid 4: "tenzij …").
  {
    const r = employee.reasonsAgainstAcceptance ?? {};
    const present: Localized[] = [];
    if (r.physical === true) present.push(localize(CRITERIA_TEXTS, 'physical'));
    if (r.mental === true) present.push(localize(CRITERIA_TEXTS, 'mental'));
    if (r.social === true) present.push(localize(CRITERIA_TEXTS, 'social'));
    let d: Draft;
    if (present.length > 0) {
      d = {
        status: 'not-met', reason: 'bezwaren-aanwezig',
        params: { reasons: { nl: present.map((p) => p.nl).join(', '), en: present.map((p) => p.en).join(', ') } },
      };
    } else if (r.physical === false && r.mental === false && r.social === false) d = { status: 'met', reason: 'geen-bezwaren' };
    else {
      const missing = (['physical', 'mental', 'social'] as const).filter((k) => r[k] === undefined).map((k) => `employee.reasonsAgainstAcceptance.${k}`);
      d = { status: 'unknown', reason: 'bezwaren-onbekend', missingFacts: missing };
    }
    out.push(result('persoonlijke-bezwaren', d, { knockOut: true, normSource: 'statutory', legalBasis: [R.BW_658A_4], roleText: 'rol-knock-out-wet', norm: null }));
  }

  // 3. Education level (Besluit passende arbeid art 4 lid 1 sub a, by analogy).
  {
    const o = offer.educationLevel;
    const e = employee.educationLevel;
    let d: Draft;
    if (o !== undefined && e !== undefined) {
      d = EDUCATION_RANK[o] >= EDUCATION_RANK[e]
        ? { status: 'met', reason: 'niveau-gelijk-of-hoger', params: { offered: o, own: e } }
        : { status: 'not-met', reason: 'niveau-lager', params: { offered: o, own: e } };
    } else {
      d = { status: 'unknown', reason: 'niveau-onbekend', missingFacts: [...(o === undefined ? ['offer.educationLevel'] : []), ...(e === undefined ? ['employee.educationLevel'] : [])] };
    }
    out.push(result('opleidingsniveau', d, first
      ? { knockOut: true, normSource: 'analogy', legalBasis: [R.BPA_4_1A, R.BPA_3, R.BW_658A_4], roleText: 'rol-knock-out-analogie', norm: null }
      : weigh([R.BBP_8, R.BPA_3])));
  }

  // 4. Work experience (BBP §8: "arbeidsverleden" is one of the factors to weigh, in every phase; it
  //    is not among the first-six-months criteria of the Besluit passende arbeid art 4 lid 1, and new
  //    work can be learned — BBP §8 expects training where needed).
  {
    const m = offer.matchesWorkExperience;
    const d: Draft = m === undefined
      ? { status: 'unknown', reason: 'werkervaring-onbekend', missingFacts: ['offer.matchesWorkExperience'] }
      : m ? { status: 'met', reason: 'sluit-aan-bij-werkervaring' } : { status: 'not-met', reason: 'sluit-niet-aan-bij-werkervaring' };
    out.push(result('werkervaring', d, weigh([R.BBP_8, R.BW_658A_4], null, 'rol-weegfactor-altijd')));
  }

  // 5. Wage (Besluit passende arbeid art 4 lid 1 sub b: at least 70%, by analogy).
  {
    const norm = { parameter: 'minimum-loon-eerste-halfjaar', value: norms.minWageRatio };
    let d: Draft;
    if (offer.wage !== undefined && employee.previousWage !== undefined) {
      const ratio = offer.wage / employee.previousWage;
      const params = { ratio: percent(ratio), norm: percent(norms.minWageRatio) };
      d = ratio + WAGE_RATIO_EPSILON >= norms.minWageRatio
        ? { status: 'met', reason: 'loon-op-of-boven-norm', params, observed: ratio }
        : { status: 'not-met', reason: 'loon-onder-norm', params, observed: ratio };
    } else {
      d = { status: 'unknown', reason: 'loon-onbekend', missingFacts: [...(offer.wage === undefined ? ['offer.wage'] : []), ...(employee.previousWage === undefined ? ['employee.previousWage'] : [])] };
    }
    out.push(result('loon', d, first
      ? { knockOut: true, normSource: 'analogy', legalBasis: [R.BPA_4_1B], roleText: 'rol-knock-out-analogie', norm }
      : weigh([R.BBP_8, R.BPA_4_1B], norm)));
  }

  // 6. Travel time (Besluit passende arbeid art 4 lid 1 sub c: ≤ 2 hours a day; after: 3-hour flag).
  {
    const t = offer.travelMinutesPerDay;
    const limit = first ? norms.maxTravelMinutes : norms.travelFlagMinutes;
    let d: Draft;
    if (t === undefined) d = { status: 'unknown', reason: 'reistijd-onbekend', missingFacts: ['offer.travelMinutesPerDay'] };
    else if (t <= limit) d = { status: 'met', reason: first ? 'reistijd-binnen-norm' : 'reistijd-binnen-signaalgrens', params: { minutes: t, norm: limit }, observed: t };
    else d = { status: 'not-met', reason: first ? 'reistijd-boven-norm' : 'reistijd-boven-signaalgrens', params: { minutes: t, norm: limit }, observed: t };
    out.push(result('reistijd', d, first
      ? { knockOut: true, normSource: 'analogy', legalBasis: [R.BPA_4_1C], roleText: 'rol-knock-out-analogie', norm: { parameter: 'maximale-reistijd-eerste-halfjaar', value: limit } }
      : weigh([R.BBP_8, R.BW_658A_4], { parameter: 'reistijd-signaal-na-halfjaar', value: limit }, 'rol-weegfactor-reistijd', 'practice')));
  }

  // 7. Work pattern (BBP §8: "Het arbeidspatroon van de aangeboden functie moet in redelijke mate
  //    aansluiten bij dat van vóór de ziekmelding"). A knock-out in the first half year is the
  //    library's reading (product decision); after it a factor ("hoe langer, hoe ruimer").
  {
    let d: Draft | undefined;
    if (offer.shift !== undefined && employee.previousShift !== undefined && offer.shift !== employee.previousShift) {
      d = { status: 'not-met', reason: 'dienst-wijkt-af', params: { offered: offer.shift, own: employee.previousShift } };
    } else if (offer.workDays !== undefined && employee.previousWorkDays !== undefined &&
      offer.workDays.some((day) => !employee.previousWorkDays!.includes(day))) {
      d = { status: 'not-met', reason: 'werkdagen-wijken-af' };
    } else if (offer.hoursPerWeek !== undefined && employee.previousHoursPerWeek !== undefined && offer.hoursPerWeek > employee.previousHoursPerWeek) {
      d = { status: 'not-met', reason: 'meer-uren-dan-voorheen', params: { offered: offer.hoursPerWeek, own: employee.previousHoursPerWeek }, observed: offer.hoursPerWeek };
    }
    if (d === undefined) {
      // Voldaan only when every comparison can be made: shift, work days and hours (never a guess).
      const pairs: [unknown, string, unknown, string][] = [
        [offer.shift, 'offer.shift', employee.previousShift, 'employee.previousShift'],
        [offer.workDays, 'offer.workDays', employee.previousWorkDays, 'employee.previousWorkDays'],
        [offer.hoursPerWeek, 'offer.hoursPerWeek', employee.previousHoursPerWeek, 'employee.previousHoursPerWeek'],
      ];
      const missing = pairs.flatMap(([a, pa, b, pb]) => [...(a === undefined ? [pa] : []), ...(b === undefined ? [pb] : [])]);
      d = missing.length === 0
        ? { status: 'met', reason: 'werkpatroon-sluit-aan' }
        : { status: 'unknown', reason: 'werkpatroon-onbekend', missingFacts: missing };
    }
    out.push(result('werkpatroon', d, first
      ? { knockOut: true, normSource: 'policy', legalBasis: [R.BBP_8], roleText: 'rol-knock-out-werkpatroon', norm: null }
      : weigh([R.BBP_8])));
  }
  return out;
}

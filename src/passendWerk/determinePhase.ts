import { addCalendarMonths } from '../calendar/addCalendarMonths.js';
import { fromDayNumber } from '../calendar/dayNumber.js';
import { missingFactsOf, traceStep, type TraceStep } from '../engine/trace.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import { countedBefore, sickDayToDayNumber, type Span } from '../sickness/sickClock.js';
import { PASSEND_WERK_REFS as R } from './legalRefs.js';
import type { NormValues } from './norms.js';
import { renderStep, renderSteps, type MessageRef } from './renderStep.js';
import type { PassendWerkKnownPhase, PassendWerkPhaseConvention, PassendWerkUnknownPhase } from './types.js';

/** The phase plus the counts the other parts need. @internal */
export interface PhaseFacts {
  readonly phase: PassendWerkKnownPhase;
  /** Counted sick days before the offer date. */
  readonly counted: number;
  /** Whether the bevredigend resultaat is assessed (the offer is on or after counted day 365). */
  readonly bevredigendApplies: boolean;
  /** Calendar days of gaps (and WAZO leave) between day 1 and the offer date, not counted. */
  readonly gapDays: number;
  /** The step of the phase rule (`passendWerk.phase`); the phase's explanation is this step rendered. */
  readonly step: TraceStep;
}

/** The phase when the offer date or the sickness is unknown, with its trace steps. @internal */
export interface UnknownPhaseFacts {
  readonly phase: PassendWerkUnknownPhase;
  /** `passendWerk.phase` (outcome unknown, missing the phase facts) and, with the sickness given, `passendWerk.phase.boundary`. */
  readonly steps: readonly TraceStep[];
}

const PHASE_LEGAL_BASIS = [R.BPA_4_1, R.BBP_8, R.BW_629_10] as const;
const PHASE_REFS = legalKeysOf(PHASE_LEGAL_BASIS);

/** The convention as a message of the catalogue, for the phase texts. */
function conventionRef(convention: PassendWerkPhaseConvention, halfYearDays: number | null): MessageRef {
  return convention === 'counted-days'
    ? { message: 'conventie-counted-days', params: {} }
    : { message: 'conventie-calendar-months', params: { days: halfYearDays ?? '?' } };
}

/**
 * Days in six calendar months from `firstDn` (month-end dates clamp: 31 August + 6 months = 28/29
 * February), on the integer calendar (was date-fns on `UTCDate`; same results, property-tested
 * against date-fns).
 *
 * @internal
 */
export function sixCalendarMonthDays(firstDn: number): number {
  return addCalendarMonths(firstDn, 6) - firstDn;
}

/**
 * Counted sick days strictly before `dn`, without projecting a closed sickness beyond its last day.
 *
 * @internal
 */
export function countedSickDaysBefore(spans: readonly Span[], dn: number): number {
  const last = spans[spans.length - 1]!;
  if (dn > last.end) {
    let n = 0;
    for (const s of spans) n += s.end - s.start + 1;
    return n;
  }
  return countedBefore(spans, dn);
}

/**
 * The phase on the offer date: first half year while fewer than `halfYearDays` sick days were
 * counted before it (so counted days 1–182 are the first half year), after it from then on.
 *
 * @internal
 */
export function determinePhase(spans: readonly Span[], offerDn: number, convention: PassendWerkPhaseConvention, norms: NormValues): PhaseFacts {
  const firstDn = spans[0]!.start;
  const counted = countedSickDaysBefore(spans, offerDn);
  const halfYearDays = convention === 'counted-days' ? norms.halfYearDays : sixCalendarMonthDays(firstDn);
  const firstAfterDn = sickDayToDayNumber(spans, halfYearDays - 1) + 1;
  const brFromDn = sickDayToDayNumber(spans, norms.bevredigendFromDay - 1);
  const sick = spans.some((s) => offerDn >= s.start && offerDn <= s.end);
  const after = counted >= halfYearDays;
  let gapDays = 0;
  for (let i = 1; i < spans.length; i++) {
    const prev = spans[i - 1]!;
    const cur = spans[i]!;
    if (cur.start <= offerDn) gapDays += cur.start - prev.end - 1;
  }
  const offerDate = fromDayNumber(offerDn);
  const id = after ? 'na-eerste-halfjaar' : 'eerste-halfjaar';
  const step = traceStep({
    rule: 'passendWerk.phase', refs: PHASE_REFS, outcome: 'computed',
    inputs: { offerDate, firstSickDay: fromDayNumber(firstDn), convention },
    outputs: { phase: id, countedSickDaysBeforeOffer: counted, halfYearSickDays: halfYearDays, gapDays },
    message: after ? 'fase-na-eerste-halfjaar' : 'fase-eerste-halfjaar',
    params: { offerDate, counted, boundary: fromDayNumber(after ? firstAfterDn : firstAfterDn - 1), convention: conventionRef(convention, halfYearDays) },
  });
  const phase: PassendWerkKnownPhase = Object.freeze({
    id,
    convention,
    firstSickDay: fromDayNumber(firstDn),
    countedSickDaysBeforeOffer: counted,
    countedSickDayOfOffer: sick ? counted + 1 : null,
    halfYearSickDays: halfYearDays,
    firstDayAfterHalfYear: fromDayNumber(firstAfterDn),
    bevredigendResultaatFrom: fromDayNumber(brFromDn),
    sickOnOfferDate: sick,
    missingFacts: Object.freeze(missingFactsOf([step])),
    legalBasis: Object.freeze([...PHASE_LEGAL_BASIS]),
    explanation: renderStep(step),
  });
  return { phase, counted, bevredigendApplies: counted >= norms.bevredigendFromDay - 1, gapDays, step };
}

/**
 * The phase when the offer date or the sickness is not given: `'unknown'`, with what can be derived
 * from the sickness alone (the boundary dates assume no further gaps).
 *
 * @internal
 */
export function unknownPhase(spans: readonly Span[] | null, convention: PassendWerkPhaseConvention, norms: NormValues, missingFacts: readonly string[]): UnknownPhaseFacts {
  const firstDn = spans === null ? null : spans[0]!.start;
  const halfYearDays = convention === 'counted-days' ? norms.halfYearDays : firstDn === null ? null : sixCalendarMonthDays(firstDn);
  const firstAfterDn = spans === null || halfYearDays === null ? null : sickDayToDayNumber(spans, halfYearDays - 1) + 1;
  const steps = [traceStep({
    rule: 'passendWerk.phase', refs: PHASE_REFS, outcome: 'unknown', inputs: { convention }, missingFacts,
    message: 'fase-onbekend', params: { facts: [...missingFacts], convention: conventionRef(convention, halfYearDays) },
  })];
  if (firstAfterDn !== null) {
    const boundary = fromDayNumber(firstAfterDn);
    steps.push(traceStep({
      rule: 'passendWerk.phase.boundary', refs: PHASE_REFS, outcome: 'computed', inputs: { firstSickDay: fromDayNumber(firstDn!), convention },
      outputs: { firstDayAfterHalfYear: boundary }, message: 'fase-onbekend-grens', params: { boundary },
    }));
  }
  const phase: PassendWerkUnknownPhase = Object.freeze({
    id: 'unknown',
    convention,
    firstSickDay: firstDn === null ? null : fromDayNumber(firstDn),
    countedSickDaysBeforeOffer: null,
    countedSickDayOfOffer: null,
    halfYearSickDays: halfYearDays,
    firstDayAfterHalfYear: firstAfterDn === null ? null : fromDayNumber(firstAfterDn),
    bevredigendResultaatFrom: spans === null ? null : fromDayNumber(sickDayToDayNumber(spans, norms.bevredigendFromDay - 1)),
    sickOnOfferDate: null,
    missingFacts: Object.freeze(missingFactsOf(steps)),
    legalBasis: Object.freeze([...PHASE_LEGAL_BASIS]),
    explanation: renderSteps(steps),
  });
  return { phase, steps: Object.freeze(steps) };
}

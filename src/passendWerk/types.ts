import type { TraceStep } from '../engine/trace.js';
import type { DatedNorm, DatedNormKind } from '../law/datedNorm.js';
import type { LegalRef } from '../legal/LegalRef.js';
import type { Localized } from '../i18n/types.js';
import type { CauseExceptionScope, SickPeriod, WazoLeave, WorkPattern } from '../sickness/types.js';
import type { Answer, Outcome } from '../vocabulary/index.js';

/**
 * The four education levels of the Besluit passende arbeid WW en ZW, art 3 (highest first):
 * - `'hoger-onderwijs'` — hbo or wo;
 * - `'mbo-havo-vwo'` — middelbaar beroepsonderwijs, havo, vwo;
 * - `'vmbo-mavo'` — vmbo, mavo;
 * - `'lager-of-geen'` — primary education or none.
 */
export type EducationLevel = 'hoger-onderwijs' | 'mbo-havo-vwo' | 'vmbo-mavo' | 'lager-of-geen';

/** When the work is done in the day: day, evening, night, rotating shifts, or irregular. */
export type Shift = 'dag' | 'avond' | 'nacht' | 'ploegen' | 'onregelmatig';

/**
 * How "the first half year" is measured (docs/sources.md §12 item 2):
 * - `'counted-days'` (default) — counted sick days 1–182 (26 weeks; samentelling gaps not counted);
 * - `'calendar-months'` — six calendar months from day 1 ("zes maanden", the wording of the Besluit
 *   passende arbeid), also with the gaps left out: the number of calendar days in those six months
 *   is counted in sick days.
 */
export type PassendWerkPhaseConvention = 'counted-days' | 'calendar-months';

/**
 * Status of one criterion: the vocabulary's {@link Outcome} (`'met' | 'not-met' | 'unknown'`).
 *
 * @deprecated Since 0.2.0: use `Outcome` (src/vocabulary). The 0.1.0 values `'voldaan'`,
 * `'niet-voldaan'`, `'onbekend'` are now `'met'`, `'not-met'`, `'unknown'`.
 */
export type CriterionStatus = Outcome;

/**
 * Where a norm comes from:
 * - `'statutory'` — the statute itself (BW 7:658a lid 4, BW 7:629);
 * - `'policy'` — UWV policy (Beleidsregels beoordelingskader poortwachter);
 * - `'analogy'` — the Besluit passende arbeid WW en ZW, which governs WW/ZW benefits and is applied
 *   here by analogy only (it does not bind the employer during wage payment);
 * - `'practice'` — practice or secondary sources (not binding);
 * - `'product-decision'` — the library's own choice where the sources are silent (docs/sources.md §12),
 *   e.g. the day from which the bevredigend resultaat is reported.
 */
export type NormSource = 'statutory' | 'policy' | 'analogy' | 'practice' | 'product-decision';

/**
 * The verdict on the offered work. The legal verdicts keep their Dutch terms; `'unknown'` (0.1.0:
 * `'onbekend'`) when a knock-out criterion is not settled by the input.
 */
export type PassendWerkVerdict = 'passend' | 'niet-passend' | 'unknown';

/** The criteria, in the order they are reported. */
export type PassendWerkCriterionId =
  | 'functionele-mogelijkheden'
  | 'persoonlijke-bezwaren'
  | 'opleidingsniveau'
  | 'werkervaring'
  | 'loon'
  | 'reistijd'
  | 'werkpatroon';

/** The phase of the sickness on the offer date. */
export type PassendWerkPhaseId = 'eerste-halfjaar' | 'na-eerste-halfjaar';

/** The work offered. Every fact is optional; what is missing makes a criterion `'unknown'`. */
export interface OfferedWork {
  /**
   * Whether the work as a whole (tasks, demands and hours) stays within the employee's functional
   * capacity as the bedrijfsarts assessed it (e.g. the Functionele Mogelijkhedenlijst). When
   * `hoursPerWeek` exceeds `employee.maxHoursPerWeek` the criterion is not met whatever this says.
   */
  readonly withinFunctionalCapacity?: boolean | undefined;
  /** Hours a week of the offered work (0–168). Compared with the capacity and the previous hours. */
  readonly hoursPerWeek?: number | undefined;
  /** Education level the offered work requires (Besluit passende arbeid art 3). */
  readonly educationLevel?: EducationLevel | undefined;
  /** Whether the work fits the employee's work experience. */
  readonly matchesWorkExperience?: boolean | undefined;
  /** Wage of the offered work, ≥ 0, in the same unit as `employee.previousWage` (e.g. gross a month). */
  readonly wage?: number | undefined;
  /** Travel time home–work–home in minutes a day (0–1440). */
  readonly travelMinutesPerDay?: number | undefined;
  /** When the work is done. */
  readonly shift?: Shift | undefined;
  /** Weekdays of the offered work (1 = Monday … 7 = Sunday). */
  readonly workDays?: WorkPattern | undefined;
  /** Structural (lasting) work (`true`) or temporary work (`false`). Matters for the bevredigend resultaat. */
  readonly structural?: boolean | undefined;
  /** Whether the work makes full use of the remaining capacity (bevredigend resultaat, first branch). */
  readonly matchesRemainingCapacity?: boolean | undefined;
  /** Whether the offer conflicts with the applicable cao (a deugdelijke grond to refuse). */
  readonly conflictsWithCao?: boolean | undefined;
  /** Whether the offer conflicts with safety rules (a deugdelijke grond to refuse). */
  readonly conflictsWithSafetyRules?: boolean | undefined;
  /** Whether the offer conflicts with the medical advice (a deugdelijke grond to refuse). */
  readonly conflictsWithMedicalAdvice?: boolean | undefined;
}

/** Physical, mental or social reasons that make accepting the work unreasonable (BW 7:658a lid 4). */
export interface ReasonsAgainstAcceptance {
  /** Reasons of a physical nature (lichamelijk). */
  readonly physical?: boolean | undefined;
  /** Reasons of a mental nature (geestelijk). */
  readonly mental?: boolean | undefined;
  /** Reasons of a social nature (sociaal), e.g. care duties the work makes impossible. */
  readonly social?: boolean | undefined;
}

/** What is known of the employee. Every fact is optional. */
export interface EmployeeFacts {
  /** Maximum hours a week the bedrijfsarts considers the employee able to work (0–168). */
  readonly maxHoursPerWeek?: number | undefined;
  /** Education level of the employee's own work before the sickness (Besluit passende arbeid art 3). */
  readonly educationLevel?: EducationLevel | undefined;
  /** Wage before the sickness, > 0, in the same unit as `offer.wage`. */
  readonly previousWage?: number | undefined;
  /** Hours a week before the sickness (0–168). */
  readonly previousHoursPerWeek?: number | undefined;
  /** Shift before the sickness. */
  readonly previousShift?: Shift | undefined;
  /** Weekdays worked before the sickness. */
  readonly previousWorkDays?: WorkPattern | undefined;
  /** Physical, mental or social reasons against accepting this work. */
  readonly reasonsAgainstAcceptance?: ReasonsAgainstAcceptance | undefined;
  /**
   * Whether the employee agrees with the offered work as the end result (bevredigend resultaat,
   * second branch: BBP §3 "werkgever en werknemer [moeten] het erover eens zijn dat er redelijkerwijs
   * niet meer van de werkgever kon worden verwacht"; BBP §9 "met instemming van de werknemer").
   */
  readonly agreesWithOffer?: boolean | undefined;
}

/** Options of {@link checkPassendWerk}. */
export interface PassendWerkOptions {
  /** See {@link PassendWerkPhaseConvention}. @defaultValue `'counted-days'` */
  readonly phaseConvention?: PassendWerkPhaseConvention | undefined;
  /** Samentelling: scope of the same-cause exception (see `combineSickPeriods`). @defaultValue `'wazo-only'` */
  readonly causeExceptionScope?: CauseExceptionScope | undefined;
}

/**
 * Input of {@link checkPassendWerk}: the sickness (day 1, or the sick periods so that samentelling
 * counts), the offer date, and what is known of the offer and the employee.
 */
export type PassendWerkInput = (
  | { readonly firstSickDay: string; readonly sickPeriods?: undefined }
  | { readonly sickPeriods: readonly SickPeriod[]; readonly firstSickDay?: undefined }
  | { readonly firstSickDay?: undefined; readonly sickPeriods?: undefined }
) & {
  /** WAZO leave periods (not counted as sickness; periods around them join). */
  readonly wazoLeave?: readonly WazoLeave[] | undefined;
  /** Working days; a sick report on a non-working day moves to the next working day (WIA 23 lid 2). */
  readonly workPattern?: WorkPattern | undefined;
  /**
   * The date the work is offered; the phase is taken on this day. Not before day 1, from 2015-07-01.
   * Optional: without it (or without the sickness) the phase is `'unknown'` and only what holds in
   * both phases is definite.
   */
  readonly offerDate?: string | undefined;
  /** The offered work. */
  readonly offer?: OfferedWork | undefined;
  /** What is known of the employee. */
  readonly employee?: EmployeeFacts | undefined;
  /**
   * Whether structural work that makes full use of the remaining capacity can be achieved at all
   * (bevredigend resultaat: the 65% branch is open only when it cannot).
   */
  readonly matchingWorkAchievable?: boolean | undefined;
  /** Options. */
  readonly options?: PassendWerkOptions | undefined;
};

/** One criterion, assessed. */
export interface PassendWerkCriterionResult {
  /** Which criterion. */
  readonly criterion: PassendWerkCriterionId;
  /** Met, not met, or unknown. */
  readonly status: Outcome;
  /** Stable kebab-case code for why. */
  readonly reason: string;
  /** The articles the criterion comes from. Never empty. */
  readonly legalBasis: readonly LegalRef[];
  /** Where the norm comes from. */
  readonly normSource: NormSource;
  /**
   * Whether the criterion decides the verdict on its own (`true`), or is a factor to weigh
   * (`false`: work experience in every phase; after the first half year also education, wage,
   * travel and work pattern). With the phase unknown only the criteria that are knock-outs in every
   * phase (functional capacity, physical/mental/social reasons) are `true`.
   */
  readonly knockOut: boolean;
  /** The phases in which the criterion is a knock-out (empty for work experience). */
  readonly knockOutPhases: readonly PassendWerkPhaseId[];
  /** The norm applied, e.g. `{ parameter: 'minimum-loon-eerste-halfjaar', value: 0.7 }`, or `null`. */
  readonly norm: { readonly parameter: string; readonly value: number } | null;
  /** The fact measured against the norm (e.g. the wage ratio 0.68), or `null`. */
  readonly observed: number | null;
  /** Input paths whose absence makes this criterion `'unknown'` (empty otherwise). */
  readonly missingFacts: readonly string[];
  /** Why, in Dutch and English. */
  readonly explanation: Localized;
}

/**
 * The phase of the sickness on the offer date: known ({@link PassendWerkKnownPhase}) or, without the
 * offer date or the sickness, unknown ({@link PassendWerkUnknownPhase}). Narrow on `id`.
 */
export type PassendWerkPhase = PassendWerkKnownPhase | PassendWerkUnknownPhase;

/** The phase of the sickness on the offer date, when both are given. */
export interface PassendWerkKnownPhase {
  /** First half year, or after. */
  readonly id: PassendWerkPhaseId;
  /** The convention used. */
  readonly convention: PassendWerkPhaseConvention;
  /** Day 1 of the wachttijd the offer belongs to. */
  readonly firstSickDay: string;
  /** Counted sick days before the offer date (samentelling gaps and WAZO leave left out). */
  readonly countedSickDaysBeforeOffer: number;
  /** The offer date's counted sick day (1-based), or `null` when the employee is not sick that day. */
  readonly countedSickDayOfOffer: number | null;
  /** Length of the first half year in counted sick days (182, or the days of six calendar months). */
  readonly halfYearSickDays: number;
  /** First date of the phase after the first half year (assuming the sickness runs on without gaps). */
  readonly firstDayAfterHalfYear: string;
  /** First date on which the bevredigend resultaat is assessed (counted sick day 365, same assumption). */
  readonly bevredigendResultaatFrom: string;
  /** Whether the employee is sick on the offer date (not in a gap, not after the last sick day). */
  readonly sickOnOfferDate: boolean;
  /** Always empty for a known phase. */
  readonly missingFacts: readonly string[];
  /** Articles and decisions behind the phase. */
  readonly legalBasis: readonly LegalRef[];
  /** How the phase was found. */
  readonly explanation: Localized;
}

/**
 * The phase when `offerDate` or the sickness (`firstSickDay` / `sickPeriods`) is not given. What can
 * be derived from the sickness alone (day 1, the boundary dates assuming no further gaps) is filled
 * in; the rest is `null`.
 */
export interface PassendWerkUnknownPhase {
  /** Unknown. */
  readonly id: 'unknown';
  /** The convention used. */
  readonly convention: PassendWerkPhaseConvention;
  /** Day 1 of the (latest) wachttijd, when the sickness is given; else `null`. */
  readonly firstSickDay: string | null;
  /** `null`: not countable without the offer date. */
  readonly countedSickDaysBeforeOffer: null;
  /** `null`. */
  readonly countedSickDayOfOffer: null;
  /** Length of the first half year in counted sick days; `null` for calendar months without day 1. */
  readonly halfYearSickDays: number | null;
  /** First date of the phase after the first half year (no further gaps assumed), when the sickness is given. */
  readonly firstDayAfterHalfYear: string | null;
  /** First date of the bevredigend-resultaat test (same assumption), when the sickness is given. */
  readonly bevredigendResultaatFrom: string | null;
  /** `null`: not known without the offer date. */
  readonly sickOnOfferDate: null;
  /** What would settle the phase: `'offerDate'` and/or `'firstSickDay'` (or `sickPeriods`). */
  readonly missingFacts: readonly string[];
  /** Articles and decisions behind the phase. */
  readonly legalBasis: readonly LegalRef[];
  /** Why the phase is unknown. */
  readonly explanation: Localized;
}

/** The two branches of the bevredigend resultaat (BBP §3). */
export type BevredigendResultaatBranch = 'passend-bij-resterende-mogelijkheden' | 'loonwaarde-ten-minste-65-procent';

/** The bevredigend resultaat test (BBP §3), from counted sick day 365. */
export interface BevredigendResultaat {
  /** Met, not met, or unknown. */
  readonly status: Outcome;
  /** The branch that is met, or `null`. */
  readonly branch: BevredigendResultaatBranch | null;
  /** Stable code. */
  readonly reason: string;
  /** The wage ratio offered / previous, when known. */
  readonly wageRatio: number | null;
  /** The 65% norm. */
  readonly minimumWageRatio: number;
  /** Input paths missing. */
  readonly missingFacts: readonly string[];
  /** Always `'policy'` (UWV Beleidsregels beoordelingskader poortwachter §3). */
  readonly normSource: 'policy';
  /** BBP §3. */
  readonly legalBasis: readonly LegalRef[];
  /** Why. */
  readonly explanation: Localized;
}

/** A ground on which the employee may refuse work (a deugdelijke grond). */
export type DeugdelijkeGrondId = 'in-strijd-met-cao' | 'in-strijd-met-veiligheidsvoorschriften' | 'in-strijd-met-medisch-advies';

/** What follows when the employee refuses passende arbeid without a deugdelijke grond. */
export interface RefusalConsequence {
  /** Stable id. */
  readonly id: 'geen-recht-op-loon' | 'onverwijld-mededelen' | 'schriftelijke-maning' | 'deskundigenoordeel';
  /** Where it comes from. */
  readonly normSource: NormSource;
  /** Articles. */
  readonly legalBasis: readonly LegalRef[];
  /** What it means. */
  readonly explanation: Localized;
}

/** May the employee refuse, and what follows when they refuse without a deugdelijke grond. */
export interface RefusalAssessment {
  /** `'yes'` — may refuse; `'no'` — refusing has consequences; `'unknown'` — facts missing (0.1.0: `'ja'`/`'nee'`/`'onbekend'`). */
  readonly mayRefuse: Answer;
  /** Stable code. */
  readonly reason: 'werk-niet-passend' | 'deugdelijke-grond' | 'geen-deugdelijke-grond' | 'unknown';
  /** The deugdelijke gronden present, from the facts given. */
  readonly deugdelijkeGronden: readonly DeugdelijkeGrondId[];
  /** Input paths missing for a definite answer. */
  readonly missingFacts: readonly string[];
  /** What follows a refusal without a deugdelijke grond (always listed). */
  readonly consequencesWithoutGround: readonly RefusalConsequence[];
  /** Articles. */
  readonly legalBasis: readonly LegalRef[];
  /** Why. */
  readonly explanation: Localized;
}

/**
 * One norm of the passend-werk rules, with its validity and source: a {@link DatedNorm} (the one
 * shape of dated norm), which keeps the fields of 0.1.0 (`normSource`, `legalBasis`) and adds
 * `refs` and `normKind` (since 0.2.0, after the old fields in JSON).
 */
export interface PassendWerkNorm extends DatedNorm<number> {
  /** Stable id. */
  readonly id:
    | 'eerste-halfjaar-ziektedagen'
    | 'minimum-loon-eerste-halfjaar'
    | 'maximale-reistijd-eerste-halfjaar'
    | 'reistijd-signaal-na-halfjaar'
    | 'bevredigend-resultaat-loonwaarde'
    | 'bevredigend-resultaat-vanaf-ziektedag';
  /** The value. */
  readonly value: number;
  /** Unit of `value`. */
  readonly unit: 'counted-sick-days' | 'ratio' | 'minutes-per-day';
  /** First day this library applies it (offer date). */
  readonly validFrom: string;
  /** Last day, or `null` while in force. */
  readonly validTo: string | null;
  /**
   * Where the norm comes from. Finer than `normKind` in one respect: `'analogy'` marks the norms of
   * the Besluit passende arbeid WW en ZW (`normKind: 'regulation'`, or `'product-decision'` for the
   * reading of its "zes maanden"), which bind WW/ZW benefits and apply here by analogy only.
   */
  readonly normSource: NormSource;
  /** The source, in words. */
  readonly source: string;
  /**
   * Articles.
   *
   * @deprecated Since 0.2.0: use `refs` (the same provisions as keys of `LEGAL_CATALOGUE`;
   * `LEGAL_CATALOGUE[key]` gives the reference). Kept for 0.1.0 users.
   */
  readonly legalBasis: readonly LegalRef[];
  /** The provisions it comes from: keys of `LEGAL_CATALOGUE` (the same as `legalBasis`). Since 0.2.0. */
  readonly refs: readonly string[];
  /** How binding ({@link DatedNormKind}); since 0.2.0. */
  readonly normKind: DatedNormKind;
}

/** Result of {@link checkPassendWerk}. */
export interface PassendWerkResult {
  /** `'passend'`, `'niet-passend'`, or `'unknown'`. */
  readonly verdict: PassendWerkVerdict;
  /**
   * `'alle-knock-outs-voldaan'`, `'knock-out-niet-voldaan'`, `'knock-out-onbekend'`, or — with the
   * phase unknown and the two phases giving different verdicts — `'fase-onbekend'`.
   */
  readonly verdictReason: 'alle-knock-outs-voldaan' | 'knock-out-niet-voldaan' | 'knock-out-onbekend' | 'fase-onbekend';
  /** Input paths whose absence keeps the verdict `'unknown'` (empty otherwise). */
  readonly missingFacts: readonly string[];
  /**
   * Criteria that are factors to weigh (not knock-outs) and are not met: points for the weighing.
   * With the phase unknown: those not met in the phase where they are factors (after the first half year).
   */
  readonly weighingFlags: readonly PassendWerkCriterionId[];
  /** The phase on the offer date. */
  readonly phase: PassendWerkPhase;
  /** Every criterion, in a fixed order. */
  readonly criteria: readonly PassendWerkCriterionResult[];
  /**
   * The bevredigend resultaat test, from counted sick day 365; `null` before. With the phase unknown
   * it is `'unknown'` (reason `'br-fase-onbekend'`): whether it is assessed yet depends on the date.
   */
  readonly bevredigendResultaat: BevredigendResultaat | null;
  /** May the employee refuse. */
  readonly refusal: RefusalAssessment;
  /** The norms applied (by offer date). */
  readonly norms: readonly PassendWerkNorm[];
  /** Articles behind the verdict. */
  readonly legalBasis: readonly LegalRef[];
  /** The verdict in words. */
  readonly explanation: Localized;
  /** Remarks: analogy use, samentelling, not sick on the offer date, beyond the wachttijd, … */
  readonly notices: readonly Localized[];
  /**
   * The rules applied, in order, as plain data (one {@link TraceStep} each): the phase
   * (`passendWerk.phase`), each criterion and its role in the phase (`passendWerk.criterion.<id>`,
   * `….role`; with the phase unknown both phases and the merge, `….phase-unknown`), the verdict
   * (`passendWerk.verdict`), the points to weigh (`passendWerk.weighing`), the bevredigend resultaat
   * (`passendWerk.bevredigend-resultaat`) and the refusal (`passendWerk.refusal`). `refs` are keys of
   * `LEGAL_CATALOGUE`. Every explanation of the result is rendered from these steps, and every
   * `missingFacts` is `missingFactsOf` the steps it rests on (the top level: the `passendWerk.verdict` step).
   */
  readonly trace: readonly TraceStep[];
}

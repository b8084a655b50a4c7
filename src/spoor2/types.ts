import type { TraceStep } from '../engine/trace.js';
import type { LegalRef } from '../legal/LegalRef.js';
import type { Localized } from '../i18n/types.js';
import type { SickPeriod, WazoLeave, WorkPattern } from '../sickness/types.js';
import type { NormKind } from '../timeline/types.js';
import type { RuleSetId } from '../law/ruleSets.js';
import type { Answer, Risk, Severity } from '../vocabulary/index.js';

/**
 * The answer where a fact or verdict may be open.
 *
 * @deprecated Since 0.2.0: use `Answer` from the vocabulary (same values: `'yes' | 'no' | 'unknown'`).
 */
export type Spoor2Answer = Answer;

/** What the bedrijfsarts (company doctor) judged. Every field is optional; missing ones stay unknown. */
export interface BedrijfsartsJudgement {
  /** Date of the judgement. */
  readonly date?: string | undefined;
  /** Can the employee do his own work again: fully, partly (adapted), or not at all. */
  readonly ownWorkPossible?: 'yes' | 'partly' | 'no' | undefined;
  /** Prognosis: recovery expected (to own work), partial improvement, or no (relevant) improvement. */
  readonly prognosis?: 'recovery' | 'partial' | 'no-improvement' | undefined;
  /** Hours per week the employee can work (benutbare mogelijkheden), e.g. 20. */
  readonly capacityHoursPerWeek?: number | undefined;
}

/** What the arbeidsdeskundige (labour expert) judged. */
export interface ArbeidsdeskundigeJudgement {
  /** Date of the report. */
  readonly date?: string | undefined;
  /** Own work (possibly adapted) possible. */
  readonly ownWorkPossible?: 'yes' | 'partly' | 'no' | undefined;
  /** Other passend werk in the own organisation: available, not available. */
  readonly passendWerkOwnOrganisation?: 'available' | 'not-available' | undefined;
}

/** A concrete perspective of structural return in the own organisation (WWP §4.3; BBP §5). */
export interface OwnOrganisationPerspective {
  /** Whether there is a concrete perspective (a named job, a date), not just hope. */
  readonly concrete?: boolean | undefined;
  /** Whether the return would be structural (not odd jobs, not therapeutic work). */
  readonly structural?: boolean | undefined;
  /** Date the structural return is expected. */
  readonly expectedReturnDate?: string | undefined;
  /** Date the perspective was assessed; defaults to the eerstejaarsevaluatie (held or due). */
  readonly assessedOn?: string | undefined;
  /** Date the structural return actually happened, if it did. */
  readonly realisedOn?: string | undefined;
}

/** A period during which a bedrijfsarts judgement holds, e.g. "geen benutbare mogelijkheden". */
export interface Spoor2JudgedPeriod {
  /** First day (date of the judgement). */
  readonly from: string;
  /** Last day it holds (inclusive), if the bedrijfsarts set one. */
  readonly to?: string | undefined;
  /**
   * @deprecated Since 0.2.0: use `to` (same meaning: the last day, inclusive). Still accepted; give
   * one of the two, not both.
   */
  readonly until?: string | undefined;
}

/** The exceptions to, and postponement of, the spoor-2 duty (see docs/spoor-2.md, Exceptions). */
export interface Spoor2Exceptions {
  /** Geen benutbare mogelijkheden (no work capacity) per the bedrijfsarts (BBP §3). */
  readonly geenBenutbareMogelijkheden?: Spoor2JudgedPeriod | undefined;
  /** Marginale mogelijkheden (marginal capacity) per the bedrijfsarts (Werkwijzer §5). */
  readonly marginaleMogelijkheden?: Spoor2JudgedPeriod | undefined;
  /** AOW age reached within a year after the wachttijd, and whether both parties agree to skip spoor 2. */
  readonly aow?: { readonly aowDate?: string | undefined; readonly bothAgree?: boolean | undefined } | undefined;
  /** Temporary postponement on the bedrijfsarts' advice: advised on `from`, through `to`. */
  readonly postponement?: Spoor2JudgedPeriod | undefined;
  /** Temporary contract: spoor 2 costs against the wage still payable over the remaining contract (BBP §11). */
  readonly temporaryContract?: {
    readonly contractEndDate?: string | undefined;
    /** Expected costs of a spoor-2 trajectory, in euro. */
    readonly spoor2Costs?: number | undefined;
    /** Wage still payable until the end of the contract, in euro. */
    readonly remainingWage?: number | undefined;
  } | undefined;
}

/** Work the employee does in his own organisation while spoor 2 should run (odd jobs that can crowd out spoor 2). */
export interface OwnOrganisationWork {
  /** Hours per week spent on own work, adapted work or odd jobs (hand- en spandiensten). */
  readonly hoursPerWeek?: number | undefined;
  /** Whether it is a structural, paid position that matches the capacity (not odd jobs). */
  readonly structuralPosition?: boolean | undefined;
  /** Since when. */
  readonly since?: string | undefined;
}

/** What has been done in spoor 2 (dates). Giving this object means: this is the complete record. */
export interface Spoor2Activities {
  /** Written statement (bedrijfsarts/arbeidsdeskundige, in the evaluation) that spoor 1 is not, or not only, possible. */
  readonly spoor1NotPossibleStatementOn?: string | undefined;
  /** Assignment (opdracht) to a re-integratiebureau. */
  readonly reIntegratiebureauAssignedOn?: string | undefined;
  /** The employee searches on his own with the employer's support (BBP §9), instead of a bureau. */
  readonly ownSearchWithSupportSince?: string | undefined;
  /** The plan van aanpak adjusted for spoor 2. */
  readonly planVanAanpakAdjustedOn?: string | undefined;
  /** Trajectplan agreed with the re-integratiebureau. */
  readonly trajectplanOn?: string | undefined;
  /** Dates of job applications (sollicitaties). */
  readonly applications?: readonly string[] | undefined;
  /** Start of training or schooling aimed at work elsewhere. */
  readonly trainingOn?: string | undefined;
  /** Start of a detachering (secondment) at another employer. */
  readonly detacheringOn?: string | undefined;
  /** Start of a werkervaringsplaats / proefplaatsing at another employer. */
  readonly werkervaringsplaatsOn?: string | undefined;
  /** Dates of progress reports of the re-integratiebureau. */
  readonly progressReports?: readonly string[] | undefined;
  /** An employment contract with another employer (the result). */
  readonly employmentContractOn?: string | undefined;
  /** The WIA-aanvraag (the trajectory's other end). */
  readonly wiaAanvraagOn?: string | undefined;
  /** A deskundigenoordeel requested at UWV. */
  readonly deskundigenoordeelRequestedOn?: string | undefined;
  /** Explicit date spoor 2 started; otherwise the earliest spoor-2 activity counts. */
  readonly spoor2StartedOn?: string | undefined;
  /** Progress has stalled (no result, no movement), per the bureau or the casemanager. */
  readonly progressStalled?: boolean | undefined;
  /** The employer declined a detachering or werkervaringsplaats the bureau proposed. */
  readonly employerDeclinedPlacementElsewhere?: boolean | undefined;
}

/** The outcome so far, for UWV's "bevredigend resultaat" question (BBP §3). */
export interface Spoor2Outcome {
  /**
   * Structural work that matches the remaining capacity (shorthand: `true` sets `structural` and
   * `matchesRemainingCapacity`; `false` means the work does not match the remaining capacity).
   */
  readonly structuralWorkMatchingCapacity?: boolean | undefined;
  /** The work is structural (lasting), not temporary. */
  readonly structural?: boolean | undefined;
  /** The work makes full use of the remaining capacity (BBP §3, first branch). */
  readonly matchesRemainingCapacity?: boolean | undefined;
  /** Whether structural work making full use of the remaining capacity can be achieved at all (the 65% branch is open only when it cannot). */
  readonly matchingWorkAchievable?: boolean | undefined;
  /** Wage value of the work as a percentage of the old wage. */
  readonly wageValuePercent?: number | undefined;
  /** The employee agrees with it. */
  readonly employeeAgrees?: boolean | undefined;
}

/** The employer's reason for what was (not) done, for UWV's deugdelijke-grond question. */
export interface DeugdelijkeGrondClaim {
  /** The employer followed a UWV deskundigenoordeel (a deugdelijke grond per the Werkwijzer, May 2020). */
  readonly followedDeskundigenoordeel?: boolean | undefined;
  /** Another reason the employer puts forward (UWV weighs it; the library cannot). */
  readonly otherReason?: string | undefined;
}

/** Input of {@link checkSpoor2Readiness}. Every fact is optional; missing facts give `unknown`. */
export interface Spoor2Input {
  /** Day 1 of sickness (no interruptions). Give this or `sickPeriods`. */
  readonly firstSickDay?: string | undefined;
  /** Sick periods (samentelling applies). */
  readonly sickPeriods?: readonly SickPeriod[] | undefined;
  /** WAZO leave periods (not counted). */
  readonly wazoLeave?: readonly WazoLeave[] | undefined;
  /** Working days, to move a sick report on a non-working day (WIA 23 lid 2). */
  readonly workPattern?: WorkPattern | undefined;
  /** Today. Without it there is no status. */
  readonly asOf?: string | undefined;
  /**
   * Date the employee reaches AOW age (AOW art 7 sub a). From that day there is no spoor-2 duty
   * (BW 7:658a lid 1, as amended by the Wet werken na de AOW-gerechtigde leeftijd, in force
   * 2016-01-01). Falls back to `exceptions.aow.aowDate`.
   */
  readonly aowAgeDate?: string | undefined;
  /**
   * Last day the employer owes wage under BW 7:629 (e.g. the end of the contract, or the end of a
   * loonsanctie). After it there is no spoor-2 duty (BW 7:658a lid 1: "gedurende het tijdvak waarin
   * de werknemer jegens hem recht op loon heeft op grond van artikel 629"). Default: the end of the
   * wachttijd (counted sick day 728), or `exceptions.temporaryContract.contractEndDate` if earlier.
   */
  readonly wagePeriodLastDay?: string | undefined;
  /** The eerstejaarsevaluatie: `{ held: true, date }` or `{ held: false }`. */
  readonly eerstejaarsevaluatie?: { readonly held: boolean; readonly date?: string | undefined } | undefined;
  /** Judgement of the bedrijfsarts. */
  readonly bedrijfsarts?: BedrijfsartsJudgement | undefined;
  /** Judgement of the arbeidsdeskundige. */
  readonly arbeidsdeskundige?: ArbeidsdeskundigeJudgement | undefined;
  /** Perspective of structural return in the own organisation. */
  readonly perspective?: OwnOrganisationPerspective | undefined;
  /** Exceptions and postponement. Absent: none assumed (that never makes spoor 2 "not needed"). */
  readonly exceptions?: Spoor2Exceptions | undefined;
  /** Labour conflict and whether an intervention (mediation) was tried. */
  readonly conflict?: { readonly present?: boolean | undefined; readonly mediationTried?: boolean | undefined } | undefined;
  /** Number of employees (BBP §9: a bigger company has more internal options). */
  readonly companySize?: number | undefined;
  /** Work in the own organisation during spoor 2. */
  readonly ownOrganisationWork?: OwnOrganisationWork | undefined;
  /** What has been done. Absent: unknown. */
  readonly activities?: Spoor2Activities | undefined;
  /** Result so far. */
  readonly outcome?: Spoor2Outcome | undefined;
  /** The employer's deugdelijke grond, if any. */
  readonly deugdelijkeGrond?: DeugdelijkeGrondClaim | undefined;
}

/**
 * Status of the spoor-2 duty on `asOf`. Ordered: not-needed-yet → may-start → must-start → started
 * (on time, or early; `start.onTime`) or overdue (not started by the deadline, or started after it).
 * `started` and `overdue` are both final: one never turns into the other as `asOf` advances.
 */
export type Spoor2Status = 'not-needed-yet' | 'may-start' | 'must-start' | 'started' | 'overdue' | 'exempt' | 'postponed' | 'unknown';

/** Stable codes of the exceptions. */
export type Spoor2ExceptionCode =
  | 'structural-return-realised'
  | 'perspective-own-organisation'
  | 'geen-benutbare-mogelijkheden'
  | 'marginale-mogelijkheden'
  | 'aow-within-year'
  | 'postponement-bedrijfsarts'
  | 'temporary-contract-costs'
  | 'aow-age-reached'
  | 'wage-period-ended'
  | 'wachttijd-ended';

/** One exception and whether it holds on `asOf`. */
export interface Spoor2ExceptionResult {
  /** Stable id of the exception (0.1.0: `code`). */
  readonly id: Spoor2ExceptionCode;
  /** Holds on `asOf`: yes, no, or unknown (facts missing). */
  readonly holds: Answer;
  /** First day it holds, when known. */
  readonly from: string | null;
  /** Last day it holds, inclusive (it lapses the day after), when it has an end (0.1.0: `until`). */
  readonly to: string | null;
  /** When it has lapsed or will lapse: spoor 2 must start from `lapse.mustStartFrom`, by `lapse.mustStartBy`. */
  readonly lapse: { readonly mustStartFrom: string; readonly mustStartBy: string } | null;
  /** `postponed` for a temporary postponement, `exempt` for the others. */
  readonly effect: 'exempt' | 'postponed';
  /** How binding. */
  readonly normKind: NormKind;
  /** Sources. */
  readonly legalBasis: readonly LegalRef[];
  /** Facts that would settle an `unknown`. */
  readonly missingFacts: readonly string[];
  /** Explanation. */
  readonly explanation: Localized;
}

/**
 * Severity of a finding.
 *
 * @deprecated Since 0.2.0: use `Severity` from the vocabulary (same values: `'critical' | 'warning' | 'info'`).
 */
export type Spoor2Severity = Severity;

/** Stable codes of the findings. */
export type Spoor2FindingCode =
  | 'eje-not-held'
  | 'eje-held-late'
  | 'spoor2-overdue'
  | 'spoor2-started-late'
  | 'early-start-expected'
  | 'perspective-beyond-three-months'
  | 'perspective-not-realised'
  | 'no-re-integratiebureau'
  | 'no-trajectplan'
  | 'no-adjusted-plan-van-aanpak'
  | 'no-spoor1-statement'
  | 'no-applications'
  | 'no-progress-reports'
  | 'spoor1-work-exhausts-capacity'
  | 'spoor1-work-limits-spoor2'
  | 'spoor1-work-not-structural'
  | 'placement-elsewhere-declined'
  | 'conflict-without-intervention'
  | 'stalled-without-deskundigenoordeel'
  | 'trajectory-out-of-order'
  | 'postponement-without-end'
  | 'exception-checked-by-uwv';

/** One adequacy finding. */
export interface Spoor2Finding {
  /** Stable code. */
  readonly code: Spoor2FindingCode;
  /** How serious for the RIV-toets. */
  readonly severity: Severity;
  /** How binding the norm behind it is (practice = Werkwijzer/secondary; policy = UWV beleidsregel BBP). */
  readonly normKind: NormKind;
  /** Sources. Never empty. */
  readonly legalBasis: readonly LegalRef[];
  /** Short title. */
  readonly title: Localized;
  /** What was found, why it matters, what to do. */
  readonly explanation: Localized;
}

/** Steps of UWV's review of the re-integratieverslag, in UWV's order. */
export type Spoor2LoonsanctieStepId = 'documents-complete' | 'satisfactory-result' | 'sufficient-efforts' | 'deugdelijke-grond' | 'repairable';

/** One step of the loonsanctie review. */
export interface Spoor2LoonsanctieStep {
  /** Stable id. */
  readonly id: Spoor2LoonsanctieStepId;
  /** Answer: yes, no, unknown; `null` when the review stopped before this step. */
  readonly answer: Answer | null;
  /** Why. */
  readonly reasons: readonly Localized[];
  /** Sources. */
  readonly legalBasis: readonly LegalRef[];
  /** How binding. */
  readonly normKind: NormKind;
}

/** Loonsanctie risk, in UWV's order of review. */
export interface Spoor2LoonsanctieRisk {
  /** Overall risk. */
  readonly level: Risk;
  /** The five steps in UWV's order. */
  readonly steps: readonly Spoor2LoonsanctieStep[];
  /** Summary. */
  readonly explanation: Localized;
  /** Sources (WIA 25 lid 9 and the review order). */
  readonly legalBasis: readonly LegalRef[];
}

/** Step ids of the spoor-2 trajectory, in their expected order. */
export type Spoor2TrajectoryStepId =
  | 'spoor1-statement'
  | 're-integratiebureau'
  | 'plan-van-aanpak-bijgesteld'
  | 'search'
  | 'placement'
  | 'employment-contract'
  | 'wia-aanvraag';

/** One step of the trajectory. */
export interface Spoor2TrajectoryStep {
  /** Stable id. */
  readonly id: Spoor2TrajectoryStepId;
  /** Position in the expected order (1-based). */
  readonly order: number;
  /** Date done, or `null`. */
  readonly date: string | null;
  /** Whether the step comes after every earlier step that was done. */
  readonly inOrder: boolean;
  /** Label. */
  readonly label: Localized;
}

/** The date by which spoor 2 must start, and how it was derived. */
export interface Spoor2Deadline {
  /** Due date of the eerstejaarsevaluatie (counted sick day 364), or `null` without the sickness. */
  readonly eerstejaarsevaluatieDue: string | null;
  /** Date the eerstejaarsevaluatie was held, or `null`. */
  readonly eerstejaarsevaluatieHeld: string | null;
  /** The earlier of held and due: the anchor of the 42 days (`null` when unknown). */
  readonly anchor: string | null;
  /** Regular required-by date: anchor + 42 days. Provisional while the evaluation is still to come. */
  readonly regularRequiredBy: string | null;
  /** Due date + 42 days: the required-by date is never later than this, unless an exception moves it. */
  readonly latestRequiredBy: string | null;
  /**
   * Whether `regularRequiredBy` (and `requiredBy`) can still move earlier: the evaluation has not been
   * held yet, or — before its due date — nothing is known about it (then the dates are due + 42, the
   * latest possible, and `eerstejaarsevaluatie` is in `missingFacts`).
   */
  readonly provisional: boolean;
  /**
   * Required-by date after exceptions (the later date when an exception that held at the deadline
   * lapsed). `null` while an exception holds (`exempt`/`postponed`, for every kind alike: an
   * exception is not a deadline; the date that applies when it lapses is in its `lapse`), and when
   * unknown. With the conditions of BW 7:658a lid 1 not settled it is the date by which spoor 2 is
   * required if they turn out negative.
   */
  readonly requiredBy: string | null;
  /** How binding: practice (Werkwijzer; the 42 days are not in a primary text). */
  readonly normKind: NormKind;
  /** Sources. */
  readonly legalBasis: readonly LegalRef[];
  /** Derivation. */
  readonly explanation: Localized;
}

/** Early start (before the eerstejaarsevaluatie). */
export interface Spoor2EarlyStart {
  /** Always true: early start is allowed any time by agreement (BBP §5). */
  readonly allowed: true;
  /** Whether early start is expected now (it is clear passend werk in the own organisation will not come). */
  readonly expected: Answer;
  /** Facts that point to an early start. */
  readonly indications: readonly Localized[];
  /** Sources. */
  readonly legalBasis: readonly LegalRef[];
}

/** Result of {@link checkSpoor2Readiness}. */
export interface Spoor2Readiness {
  /** Status on `asOf`. */
  readonly status: Spoor2Status;
  /** Status label. */
  readonly statusLabel: Localized;
  /** Why this status. */
  readonly statusExplanation: Localized;
  /** Sources of the status. */
  readonly legalBasis: readonly LegalRef[];
  /** `asOf`, echoed. */
  readonly asOf: string | null;
  /** Day 1 of the wachttijd (after samentelling). */
  readonly firstSickDay: string | null;
  /** Last day of the wachttijd (counted sick day 728). */
  readonly wachttijdLastDay: string | null;
  /** Rule set used (42 days and 3 months come from it). */
  readonly ruleSetId: RuleSetId;
  /** The deadline. */
  readonly deadline: Spoor2Deadline;
  /** When spoor 2 started, if known. */
  readonly start: {
    readonly started: Answer;
    readonly date: string | null;
    /** Which fact gave the date. */
    readonly basis: keyof Spoor2Activities | null;
    /** Started on or before `deadline.requiredBy`. */
    readonly onTime: Answer;
  };
  /** Early start. */
  readonly earlyStart: Spoor2EarlyStart;
  /** Exceptions considered. */
  readonly exceptions: readonly Spoor2ExceptionResult[];
  /** Adequacy findings, most severe first. */
  readonly findings: readonly Spoor2Finding[];
  /** Loonsanctie risk in UWV's order of review. */
  readonly loonsanctieRisk: Spoor2LoonsanctieRisk;
  /** The trajectory steps. */
  readonly trajectory: readonly Spoor2TrajectoryStep[];
  /** Facts whose absence left something `unknown` (field paths). */
  readonly missingFacts: readonly string[];
  /** Remarks: assumptions made (e.g. "no exception reported") and readings chosen (0.1.0: `assumptions`). */
  readonly notices: readonly Localized[];
  /**
   * The rules applied, in order, as plain data (issue 10): the anchor of the 42 days
   * (`spoor2.deadline.anchor`), each exception (`spoor2.exception.<id>`), the start, the early start,
   * the two conditions of BW 7:658a lid 1 and the duty (`spoor2.condition.*`), the status, the
   * required-by date, the trajectory steps, each finding (`spoor2.finding.<code>`) and the loonsanctie
   * review (`spoor2.loonsanctie.*`). `missingFacts` is `missingFactsOf(trace)`, and every explanation
   * is the rendering of a step's `message` with its `params`.
   */
  readonly trace: readonly TraceStep[];
}

import type { TraceStep } from '../engine/trace.js';
import type { LegalRef } from '../legal/LegalRef.js';
import type { Locale, Localized } from '../i18n/types.js';
import type { NormKind } from '../timeline/types.js';
import type { PassendWerkResult, PassendWerkVerdict } from '../passendWerk/types.js';
import type { Answer, Outcome, Risk } from '../vocabulary/index.js';

/** Who carries a duty or may use a remedy. */
export type Party = 'werknemer' | 'werkgever';

/** Stable ids of the duties in the catalogue of {@link listObligations}. */
export type ObligationId =
  // werknemer
  | 'controlevoorschriften-naleven'
  | 'bedrijfsarts-bezoeken'
  | 'redelijke-voorschriften-opvolgen'
  | 'meewerken-plan-van-aanpak'
  | 'passende-arbeid-verrichten'
  | 're-integratie-inspanningen'
  | 'geneeskundige-behandeling'
  | 'herstel-niet-belemmeren'
  | 'geen-opzet-of-valse-keuringsinformatie'
  | 'meewerken-re-integratieverslag'
  | 'wia-tijdig-aanvragen'
  // werkgever
  | 're-integratie-eigen-bedrijf'
  | 're-integratie-andere-werkgever'
  | 'tijdig-maatregelen'
  | 'bedrijfsarts-inschakelen'
  | 're-integratiedossier'
  | 'plan-van-aanpak'
  | 'visie-in-plan-en-evaluaties'
  | 'evalueren-en-bijstellen'
  | 'ziekmelding-uwv'
  | 'eerstejaarsevaluatie'
  | 're-integratieverslag'
  | 'optreden-bij-niet-meewerken';

/** One duty of the catalogue, as data. */
export interface Obligation {
  /** Stable id. */
  readonly id: ObligationId;
  /** Who carries it. */
  readonly party: Party;
  /** Short label in the requested locale. */
  readonly label: string;
  /** Short label in Dutch and English. */
  readonly labels: Localized;
  /** What the duty asks, in Dutch and English. */
  readonly description: Localized;
  /** Articles (never empty). */
  readonly legalBasis: readonly LegalRef[];
  /** How binding the norm is. */
  readonly normKind: NormKind;
  /** First day in force. */
  readonly validFrom: string;
  /** Last day in force, or `null`. */
  readonly validTo: string | null;
  /** The kinds of non-cooperation (for employee duties) that breach this duty. */
  readonly breachedBy: readonly NonCooperationKind[];
  /** What follows a breach, in Dutch and English. */
  readonly consequence: Localized;
  /** The step that selected it (party, in force on `asOf`), as plain data: rule `obligations.<id>`, catalogue keys of its legal basis. */
  readonly trace: readonly TraceStep[];
}

/** Options of {@link listObligations}. */
export interface ListObligationsOptions {
  /** Only the duties of this party. */
  readonly party?: Party | undefined;
  /** Only duties in force on this date (`'YYYY-MM-DD'`); without it, the whole catalogue. */
  readonly asOf?: string | undefined;
  /** Language of `label`. @defaultValue `'nl'` */
  readonly locale?: Locale | undefined;
}

/**
 * Kinds of non-cooperation by the employee:
 * - `controlevoorschriften` — not following the employer's written control rules (reporting, being available at home, giving information);
 * - `passend-werk-weigeren` — refusing passende arbeid the employer offers;
 * - `plan-van-aanpak-weigeren` — refusing to cooperate on drafting, evaluating or updating the plan van aanpak;
 * - `bedrijfsarts-niet-bezoeken` — not attending the bedrijfsarts when invited;
 * - `niet-solliciteren` — not applying for jobs in spoor 2;
 * - `scholing-weigeren` — refusing training or retraining aimed at passende arbeid;
 * - `herstel-belemmeren` — hindering or delaying recovery;
 * - `wia-aanvraag-te-laat` — applying late for WIA;
 * - `ziekte-door-opzet-of-valse-keuring` — the sickness was caused on purpose, or results from a defect
 *   about which the employee gave false information at a pre-employment medical examination (aanstellingskeuring)
 *   so that the test against the job's load requirements could not be done properly (BW 7:629 lid 3 sub a).
 *   Not a BW 7:660a duty.
 */
export type NonCooperationKind =
  | 'controlevoorschriften'
  | 'passend-werk-weigeren'
  | 'plan-van-aanpak-weigeren'
  | 'bedrijfsarts-niet-bezoeken'
  | 'niet-solliciteren'
  | 'scholing-weigeren'
  | 'herstel-belemmeren'
  | 'wia-aanvraag-te-laat'
  | 'ziekte-door-opzet-of-valse-keuring';

/**
 * The 0.1.0 spelling of `'unknown'` in an input fact. Still accepted and read as `'unknown'`.
 *
 * @deprecated Since 0.2.0: give `'unknown'` (or leave the fact out).
 */
export type LegacyUnknownInput = 'onbekend';

/**
 * A fact in an input: settled (`true` / `false`, or the {@link Answer} `'yes'` / `'no'`) or not
 * known (`'unknown'`, or leaving the fact out). The 0.1.0 `'onbekend'` is still accepted
 * (deprecated, see {@link LegacyUnknownInput}) and read as `'unknown'`.
 */
export type FactInput = boolean | Answer | LegacyUnknownInput;

/**
 * A fact that is true, false or not known.
 *
 * @deprecated Since 0.2.0: use {@link FactInput} (`boolean | 'yes' | 'no' | 'unknown'`); the 0.1.0
 * value `'onbekend'` is now `'unknown'`.
 */
export type TriState = boolean | Answer;

/** Input of {@link checkNonCooperation}. */
export interface NonCooperationInput {
  /** What the employee does not do. */
  readonly kind: NonCooperationKind;
  /** First day of the non-cooperation. */
  readonly since: string;
  /** Last day, when it has ended; absent while it continues. */
  readonly until?: string | undefined;
  /** Day the employer suspected it or should reasonably have suspected it ("vermoeden … gerezen of redelijkerwijs had behoren te rijzen", BW 7:629 lid 7). Default: `since`. */
  readonly knownSince?: string | undefined;
  /** Today. */
  readonly asOf: string;
  /** Does the employee have a deugdelijke grond (a valid reason)? Settled by a deskundigenoordeel or a court; `'unknown'` when disputed or not known. */
  readonly deugdelijkeGrond?: FactInput | undefined;
  /** For `controlevoorschriften` / `bedrijfsarts-niet-bezoeken`: are the control rules in writing (and reasonable)? */
  readonly controlRulesInWriting?: FactInput | undefined;
  /** For `passend-werk-weigeren`: is the offered work passend (BW 7:658a lid 4)? */
  readonly workIsPassend?: FactInput | undefined;
  /** For `passend-werk-weigeren`: is the employee able to do it? */
  readonly ableToWork?: FactInput | undefined;
  /**
   * For `passend-werk-weigeren`: the outcome of {@link checkPassendWerk} for the refused offer — its whole
   * result or just its verdict. It fills in `workIsPassend` (from the verdict) and, from a whole result,
   * `ableToWork` (criterion `functionele-mogelijkheden`) and `deugdelijkeGrond` (from `refusal`: a ground
   * found → `true`; `mayRefuse: 'no'` → `false`) where those are not given. A given `workIsPassend` or
   * `ableToWork` that contradicts it is an input error; a given `deugdelijkeGrond: true` prevails over
   * `mayRefuse: 'no'` (checkPassendWerk knows only the cao, safety and medical grounds).
   */
  readonly passendWerk?: PassendWerkResult | PassendWerkVerdict | LegacyUnknownInput | undefined;
  /** For `bedrijfsarts-niet-bezoeken`: did the appointment serve reintegration (a measure aimed at passende arbeid)? */
  readonly aimedAtPassendeArbeid?: FactInput | undefined;
  /** What the employer has already done, with dates. */
  readonly employerActions?: {
    /** Day the employee was told of the ground for the wage measure (BW 7:629 lid 7). */
    readonly notifiedOn?: string | undefined;
    /**
     * Whether the employee was told of the ground at all. `false`: no notice was given (up to `asOf`) —
     * without it a missing `notifiedOn` means "not known". `false` together with `notifiedOn` is an input error.
     */
    readonly notified?: boolean | undefined;
    /** Day of a written warning. */
    readonly writtenWarningOn?: string | undefined;
    /** First day of loonopschorting or loonstop. */
    readonly wageMeasureFrom?: string | undefined;
    /**
     * Which wage measure `wageMeasureFrom` is. Needed only when both fit the kind
     * (`bedrijfsarts-niet-bezoeken`); otherwise it is the one that fits. Only a loonstop with notice
     * without delay counts for BW 7:670a lid 1 and 7:671b lid 5 sub a, not a loonopschorting.
     */
    readonly wageMeasure?: 'loonopschorting' | 'loonstop' | undefined;
    /** Day a deskundigenoordeel was requested at UWV. */
    readonly deskundigenoordeelRequestedOn?: string | undefined;
    /** Outcome of the deskundigenoordeel, when known (`'unknown'`; the 0.1.0 `'onbekend'` is still accepted). */
    readonly deskundigenoordeelOutcome?: 'werknemer-werkt-onvoldoende-mee' | 'werknemer-werkt-voldoende-mee' | 'unknown' | LegacyUnknownInput | undefined;
  } | undefined;
  /** Options. */
  readonly options?: NonCooperationOptions | undefined;
}

/** Options of {@link checkNonCooperation}. */
export interface NonCooperationOptions {
  /**
   * The longest delay, in calendar days after `knownSince`, at which a notice (BW 7:629 lid 7) may
   * still be argued to be "onverwijld": a notice on `knownSince` is met, one within this many days is
   * `'unknown'` (for the court), a later one is `'not-met'`. The law gives no number; the default of 7
   * is a product choice from case law (a delay of days may be argued, one of weeks not — see
   * docs/sanctions.md). A whole number ≥ 0.
   * @defaultValue `7`
   */
  readonly onverwijldMaxDays?: number | undefined;
}

/** Stable ids of the measures open to the employer. */
export type MeasureId =
  | 'gesprek-en-schriftelijke-waarschuwing'
  | 'loonopschorting'
  | 'loonstop'
  | 'onverwijlde-mededeling'
  | 'deskundigenoordeel'
  | 'ontbinding-669-3e'
  | 'opzegverbod-opgeheven';

/** Stable ids of the conditions of a measure. */
export type ConditionId =
  | 'schriftelijke-controlevoorschriften'
  | 'geen-deugdelijke-grond'
  | 'arbeid-is-passend'
  | 'werknemer-kan-werken'
  | 'gericht-op-passende-arbeid'
  | 'onverwijld-meegedeeld'
  | 'waarschuwing-of-loonstop'
  | 'deskundigenverklaring'
  | 'weigering-660a';

/**
 * Met, not met, or not settled by the input.
 *
 * @deprecated Since 0.2.0: use `Outcome` (src/vocabulary); same values.
 */
export type ConditionStatus = Outcome;

/** One condition of a measure. */
export interface MeasureCondition {
  /** Stable id. */
  readonly id: ConditionId;
  /** State on `asOf`. */
  readonly status: Outcome;
  /** Whether the employer can meet it by acting now (warning, notice, request). */
  readonly actionable: boolean;
  /** The condition and its state, in Dutch and English. */
  readonly explanation: Localized;
  /** Articles. */
  readonly legalBasis: readonly LegalRef[];
}

/**
 * Whether a measure can be taken on `asOf`: an {@link Answer} plus one value — `'yes'` — every
 * condition is met; `'after-action'` — once the employer does what the unmet conditions ask (a
 * warning, a notice, a deskundigenoordeel); `'no'` — a condition the employer cannot meet fails (or
 * the measure does not fit this kind); `'unknown'` — a fact is missing (see `missingFacts`).
 * (0.1.0: `'ja'`, `'na-actie'`, `'nee'`, `'onbekend'`.)
 */
export type Availability = Answer | 'after-action';

/** One measure open (or not) to the employer. */
export interface Measure {
  /** Stable id. */
  readonly id: MeasureId;
  /** Open to the employer on `asOf`? `'yes'` only when every condition is met. */
  readonly available: Availability;
  /** Label in Dutch and English. */
  readonly labels: Localized;
  /** What it does and when to use it, in Dutch and English. */
  readonly explanation: Localized;
  /** Its conditions. */
  readonly conditions: readonly MeasureCondition[];
  /** Articles (never empty). */
  readonly legalBasis: readonly LegalRef[];
  /** How binding. */
  readonly normKind: NormKind;
  /** For wage measures: the period it covers (`to` `null` while the non-cooperation continues). */
  readonly period: { readonly from: string; readonly to: string | null } | null;
  /** Already taken, per `employerActions` (date), else `null`. */
  readonly takenOn: string | null;
}

/** What the employer risks by doing nothing. */
export interface EmployerRisk {
  /** Stable code. */
  readonly code:
    | 'loonsanctie-risico-geen-actie'
    | 'geen-risico-werkgever-heeft-opgetreden'
    | 'verlenging-loondoorbetaling-wia-te-laat'
    | 'geen-risico-weigering-toegestaan'
    | 'geen-loonsanctie-risico-geen-re-integratieplicht';
  /** A {@link Risk}: `'high'` when nothing was done, `'low'` when the employer acted or no reintegration duty was breached (0.1.0: `'hoog'` / `'laag'`). */
  readonly level: Extract<Risk, 'high' | 'low'>;
  /** Explanation in Dutch and English. */
  readonly explanation: Localized;
  /** Articles. */
  readonly legalBasis: readonly LegalRef[];
  /** How binding. */
  readonly normKind: NormKind;
}

/** Result of {@link checkNonCooperation}. */
export interface NonCooperationResult {
  /** The kind, echoed. */
  readonly kind: NonCooperationKind;
  /** The duty breached, in Dutch and English. */
  readonly duty: Localized;
  /** Articles of the duty. */
  readonly dutyLegalBasis: readonly LegalRef[];
  /** Days between `knownSince` and `asOf`. */
  readonly daysSinceKnown: number;
  /** The measures, in the order an employer would consider them. */
  readonly measures: readonly Measure[];
  /** What the employer risks if he does nothing. */
  readonly employerRisk: EmployerRisk;
  /** Facts that would settle an `'unknown'`. Paths into the input. */
  readonly missingFacts: readonly string[];
  /** Remarks (e.g. that 7:669 lid 3 sub c is not the ground). */
  readonly notices: readonly Localized[];
  /**
   * The rules applied, in order, as plain data: each condition (`nonCooperation.condition.<id>`),
   * each measure (`nonCooperation.measure.<id>`) and the employer's risk (`nonCooperation.risk`),
   * with the catalogue keys of the provisions, outcome, inputs, outputs, missing facts and the
   * message that renders it. Every explanation above is rendered from a step, and `missingFacts` is
   * the sorted `missingFactsOf` of this trace.
   */
  readonly trace: readonly TraceStep[];
}

/** Stable ids of remedies. */
export type RemedyId =
  | 'deskundigenoordeel'
  | 'second-opinion'
  | 'bezwaar-advies-bedrijfsarts'
  | 'ander-re-integratiebedrijf'
  | 'loonvordering'
  | 'bekortingsverzoek'
  | 'bezwaar-loonsanctie';

/** An amount in euros from a dated norm, or `null` when not known for the date. */
export interface Fee {
  /** Euros, or `null` when the fee on that date is not known. */
  readonly amount: number | null;
  /** The norm it comes from. */
  readonly source: string;
}

/** One remedy, with its parameters on `asOf`. */
export interface Remedy {
  /** Stable id. */
  readonly id: RemedyId;
  /** Who may use it. */
  readonly availableTo: readonly Party[];
  /** In force on `asOf`? */
  readonly inForce: boolean;
  /** Label in the requested locale. */
  readonly label: string;
  /** Label in Dutch and English. */
  readonly labels: Localized;
  /** What it is and what it is about, in Dutch and English. */
  readonly explanation: Localized;
  /** Topics it can be about (stable codes). */
  readonly topics: readonly string[];
  /** Cost per party on `asOf` (only where a fee exists). */
  readonly fees: { readonly werknemer?: Fee; readonly werkgever?: Fee } | null;
  /** How long it takes, in Dutch and English, or `null`. */
  readonly duration: Localized | null;
  /** Whether bezwaar (administrative objection) is possible: `false` for the deskundigenoordeel (advice, not a decision; secondary source), `null` when not applicable. */
  readonly objectionPossible: boolean | null;
  /** Whether the outcome binds: the deskundigenoordeel does not. */
  readonly binding: boolean | null;
  /** First day in force. */
  readonly validFrom: string;
  /** Articles (never empty). */
  readonly legalBasis: readonly LegalRef[];
  /** How binding the norm behind the remedy is. */
  readonly normKind: NormKind;
  /** Remarks. */
  readonly notices: readonly Localized[];
  /** The steps that evaluated it on `asOf`, as plain data: in force (`remedies.<id>.in-force`) and, for the deskundigenoordeel, the fee. */
  readonly trace: readonly TraceStep[];
}

/** Input of {@link listRemedies}. */
export interface ListRemediesInput {
  /** The date on which the parameters (fees, second opinion) are read. */
  readonly asOf: string;
  /** Only the remedies of this party. */
  readonly party?: Party | undefined;
  /** For the employer's deskundigenoordeel: is it needed for a dismissal under BW 7:671b lid 4 or 5 (free since 1 July 2015)? */
  readonly forDismissal?: boolean | undefined;
  /** Language of `label`. @defaultValue `'nl'` */
  readonly locale?: Locale | undefined;
}

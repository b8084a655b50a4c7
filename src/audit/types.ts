import type { LegalRef } from '../legal/LegalRef.js';
import type { Localized } from '../i18n/types.js';
import type { SickPeriod, WazoLeave, WorkPattern } from '../sickness/types.js';
import type { NormKind, RuleSetId } from '../timeline/types.js';
import type { FactInput } from '../obligations/types.js';
import type { Answer, Risk, Severity } from '../vocabulary/index.js';
import type { TraceStep } from '../engine/trace.js';

/** The items of the re-integratieverslag, Regeling procesgang art 6 lid 1 sub a–l. */
export type RivItem = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j' | 'k' | 'l';

/**
 * Kinds of documents in the reintegration file. Steps of the timeline: `probleemanalyse`,
 * `plan-van-aanpak`, `bijstelling-plan-van-aanpak`, `evaluatie`, `eerstejaarsevaluatie`,
 * `eindevaluatie`, `ziekmelding-uwv`, `spoor-2-start`, `re-integratieverslag` (with the items it
 * contains in `items`), `afschrift-werknemer` (copy of the verslag given to the employee),
 * `wia-brief-uwv` (UWV's WIA letter as received), `wia-aanvraag`. Items of the verslag as separate
 * documents: `administratieve-gegevens` (a), `aard-bedrijf` (b), `functie-werknemer` (c),
 * `vaardigheden-werknemer` (d), `eerste-ziektedag` (e), `advies-bijstelling` (f, the bedrijfsarts'
 * advice to update the plan), `oordeel-arbeidsverhouding` (i), `actueel-oordeel-bedrijfsarts` (j),
 * `oordeel-passende-arbeid` (k), `mening-werknemer` (l).
 */
export type DossierDocumentType =
  | 'probleemanalyse' | 'plan-van-aanpak' | 'bijstelling-plan-van-aanpak' | 'evaluatie' | 'eerstejaarsevaluatie'
  | 'eindevaluatie' | 'ziekmelding-uwv' | 'spoor-2-start' | 're-integratieverslag' | 'afschrift-werknemer'
  | 'wia-brief-uwv' | 'wia-aanvraag'
  | 'administratieve-gegevens' | 'aard-bedrijf' | 'functie-werknemer' | 'vaardigheden-werknemer' | 'eerste-ziektedag'
  | 'advies-bijstelling' | 'oordeel-arbeidsverhouding' | 'actueel-oordeel-bedrijfsarts' | 'oordeel-passende-arbeid'
  | 'mening-werknemer';

/** One document of the file. */
export interface DossierDocument {
  /** Kind of document. */
  readonly type: DossierDocumentType;
  /** Date of the document (the day the step was done). */
  readonly date: string;
  /** For plan van aanpak, bijstelling and evaluations: does it contain the visie of employer and employee (required since 1 July 2023)? */
  readonly visie?: boolean | undefined;
  /** For `re-integratieverslag`: the items of Regeling procesgang art 6 lid 1 it contains. */
  readonly items?: readonly RivItem[] | undefined;
  /**
   * For `re-integratieverslag`: the items it lacks — missing even when the file holds a document of
   * that kind elsewhere (the verslag itself must contain it, Regeling procesgang art 6 lid 1). The
   * latest verslag that names an item (in `items` or here) decides; a later, completed verslag repairs it.
   */
  readonly missingItems?: readonly RivItem[] | undefined;
}

/** Reasons spoor 2 may be left out (Beoordelingskader poortwachter §3, §5; Werkwijzer). */
export type Spoor2Exception =
  | 'perspectief-eigen-organisatie'
  | 'geen-benutbare-mogelijkheden'
  | 'uitstel-op-advies-bedrijfsarts'
  | 'aow-binnen-een-jaar';

/** Input of {@link auditReIntegratieverslag}. */
export type ReIntegratieverslagAuditInput = (
  | { readonly firstSickDay: string; readonly sickPeriods?: undefined }
  | { readonly sickPeriods: readonly SickPeriod[]; readonly firstSickDay?: undefined }
) & {
  /** Today. */
  readonly asOf: string;
  /** The documents of the reintegration file. */
  readonly documents: readonly DossierDocument[];
  /** Working days (moves a day 1 on a non-working day). */
  readonly workPattern?: WorkPattern | undefined;
  /** WAZO leave periods. */
  readonly wazoLeave?: readonly WazoLeave[] | undefined;
  /** Facts the documents do not show. */
  readonly facts?: {
    /** Was a late or missing 42-week melding the employer's fault (ZW 38 lid 3; Beleidsregel boete werkgevers ZW)? */
    readonly ziekmeldingCulpable?: FactInput | undefined;
    /** Why spoor 2 was not started, where it was not. */
    readonly spoor2Exception?: Spoor2Exception | undefined;
    /** Bevredigend resultaat reached (Beoordelingskader §3)? Then UWV does not assess the efforts further. */
    readonly bevredigendResultaat?: FactInput | undefined;
    /** Does the employer have a deugdelijke grond for the shortcomings found (Beleidsregels verlenging loondoorbetaling art 1 f)? */
    readonly deugdelijkeGrond?: FactInput | undefined;
    /** Does the employee have a deugdelijke grond for a late WIA-aanvraag (BW 7:629 lid 3 f)? */
    readonly wiaAanvraagDeugdelijkeGrond?: FactInput | undefined;
    /**
     * `true` when UWV sent no WIA letter (WIA 64 lid 2): a late aanvraag then counts as timely (WIA 64
     * lid 6). A letter received is given as a `wia-brief-uwv` document with its date.
     */
    readonly wiaBriefNotReceived?: boolean | undefined;
  } | undefined;
};

/**
 * How serious a finding is — the vocabulary's `Severity`: `critical` (0.1.0: `error`) — a duty is
 * not met and a sanction or fine threatens; `warning` — late, incomplete content, or a practice norm
 * missed; `info` — a consequence to know.
 *
 * @deprecated Since 0.2.0: use `Severity` (src/vocabulary). This module no longer exports a type
 * named `Severity`; the 0.1.0 value `'error'` is now `'critical'`.
 */
export type AuditSeverity = Severity;

/** The steps of the timeline the audit checks. */
export type AuditStepId =
  | 'probleemanalyse' | 'plan-van-aanpak' | 'evaluatie' | 'ziekmelding-uwv' | 'eerstejaarsevaluatie'
  | 'spoor-2-start' | 're-integratieverslag' | 'afschrift-werknemer' | 'wia-aanvraag';

/** Stable finding codes. */
export type AuditFindingCode =
  | `riv-item-${RivItem}-missing`
  | 'visie-missing'
  | `${AuditStepId}-late`
  | `${AuditStepId}-missing`;

/** One finding. */
export interface AuditFinding {
  /** Stable code. */
  readonly code: AuditFindingCode;
  /** How serious. */
  readonly severity: Severity;
  /** What it is about: `item:h`, `step:plan-van-aanpak`, `step:evaluatie-3`, `document:4`. */
  readonly subject: string;
  /** Articles (never empty). */
  readonly legalBasis: readonly LegalRef[];
  /** How binding the norm. */
  readonly normKind: NormKind;
  /** Explanation in Dutch and English. */
  readonly explanation: Localized;
  /** Whether UWV weighs it in the loonsanctie review (the 42-week melding and the employee's WIA-aanvraag are not). */
  readonly loonsanctieRelevant: boolean;
}

/** Stable ids of consequences of lateness (0.1.0: `ConsequenceCode`; the values did not change). */
export type ConsequenceId =
  | 'boete-alleen-bij-verwijtbaarheid'
  | 'boete-indicatie-secundair'
  | 'geen-loonsanctie-om-termijn-alleen'
  | 'wia-64-6-bescherming-vervalt'
  | 'proces-ondergeschikt-motiveer-afwijking'
  | 'loonsanctie-risico'
  | 'riv-nodig-bij-wia-aanvraag'
  | 'loondoorbetaling-verlengd'
  | 'opzegverbod-verlengd'
  | 'geen-loon-over-vertraging'
  | 'wia-max-52-weken-terug';

/**
 * Stable codes of consequences of lateness.
 *
 * @deprecated Since 0.2.0: use {@link ConsequenceId} (same values); the field is now `id`.
 */
export type ConsequenceCode = ConsequenceId;

/** One consequence of a late or missing step. */
export interface LatenessConsequence {
  /**
   * Stable id (0.1.0: `code`): a consequence is a thing — like an exception, it applies or not —
   * not a finding.
   */
  readonly id: ConsequenceId;
  /** Applies (`'yes'`), does not (`'no'`), or depends on a fact not given (`'unknown'`). 0.1.0: `'ja'` / `'nee'` / `'onbekend'`. */
  readonly applies: Answer;
  /** An amount in euros (fines), else `null`. */
  readonly amount: number | null;
  /** A date it produces (e.g. the extended last day of wage payment), else `null`. */
  readonly date: string | null;
  /** Explanation in Dutch and English. */
  readonly explanation: Localized;
  /** Articles (never empty). */
  readonly legalBasis: readonly LegalRef[];
  /** How binding (fine bands are `practice`: secondary sources). */
  readonly normKind: NormKind;
}

/** State of a step: done on time, done late, missing (overdue), open (not due yet — also after the last sick day within four weeks of a recovery), not needed (a documented spoor-2 exception), or lapsed (due after a wachttijd that ended by a recovery of four weeks or more before `asOf`, BW 7:629 lid 10 — the timeline's status `lapsed`). */
export type StepStatus = 'on-time' | 'late' | 'missing' | 'open' | 'not-needed' | 'lapsed';

/** One step of the timeline, checked. */
export interface AuditStep {
  /** Step id; evaluations are `evaluatie` with `sequence`. */
  readonly id: AuditStepId;
  /** For evaluations: 1, 2, …; else `null`. */
  readonly sequence: number | null;
  /** Label in Dutch and English. */
  readonly labels: Localized;
  /** Last day on time (from computeTimeline). */
  readonly due: string;
  /** Date done, or `null`. */
  readonly done: string | null;
  /** State on `asOf`. */
  readonly status: StepStatus;
  /** Days late (done − due, or asOf − due while missing), else 0. */
  readonly daysLate: number;
  /** Articles. */
  readonly legalBasis: readonly LegalRef[];
  /** How binding the deadline. */
  readonly normKind: NormKind;
  /** What follows the lateness. */
  readonly consequences: readonly LatenessConsequence[];
}

/** One item of Regeling procesgang art 6 lid 1. */
export interface AuditItem {
  /** Letter a–l. */
  readonly item: RivItem;
  /** Label in Dutch and English. */
  readonly labels: Localized;
  /** `present`; `missing` once the verslag is due; `not-yet-due` before. */
  readonly status: 'present' | 'missing' | 'not-yet-due';
  /** Indexes of the documents that provide it. */
  readonly documents: readonly number[];
  /** Regeling procesgang art 6 lid 1. */
  readonly legalBasis: readonly LegalRef[];
}

/** The visie check of one document. */
export interface AuditVisie {
  /** Index in `documents`. */
  readonly document: number;
  /** Document type. */
  readonly type: DossierDocumentType;
  /** Whether the requirement applies to it. */
  readonly required: boolean;
  /** `present`, `missing`, `unknown` (not given), or `not-required`. */
  readonly status: 'present' | 'missing' | 'unknown' | 'not-required';
}

/** The steps of UWV's review, in order. */
export type ReviewStepId = 'documenten-compleet' | 'bevredigend-resultaat' | 'voldoende-inspanningen' | 'deugdelijke-grond' | 'herstelbaar';

/**
 * State of a review step: `'ok'`, `'risk'` (0.1.0: `'risico'`), `'unknown'` (`'onbekend'`),
 * `'not-assessed'` (`'niet-beoordeeld'`: an earlier step decides the review), or
 * `'not-yet-assessable'` (`'nog-niet-beoordeelbaar'`: the verslag is not due yet).
 */
export type ReviewStatus = 'ok' | 'risk' | 'unknown' | 'not-assessed' | 'not-yet-assessable';

/** One review step. */
export interface ReviewStep {
  /** 1–5. */
  readonly order: number;
  /** Stable id. */
  readonly id: ReviewStepId;
  /** State. */
  readonly status: ReviewStatus;
  /** Codes of the findings that bear on it. */
  readonly findings: readonly AuditFindingCode[];
  /** Explanation in Dutch and English. */
  readonly explanation: Localized;
  /** Articles. */
  readonly legalBasis: readonly LegalRef[];
  /** How binding (the order itself is practice, Werkwijzer). */
  readonly normKind: NormKind;
}

/** Stable ids of the repairs (0.1.0: the `code` of a {@link Repair}). */
export type RepairId = 'aanvullen-voor-aanvraag' | 'aanvullen-binnen-termijn-uwv' | 'herstellen-voor-beslissing-uwv' | 'bekortingsverzoek' | 'bezwaar-loonsanctie';

/** What can still be repaired, and by when. */
export interface Repair {
  /** Stable id (0.1.0: `code`; a repair is a thing, not a finding). */
  readonly id: RepairId;
  /** Last day (inclusive), or `null` when UWV sets it (0.1.0: `until`). */
  readonly to: string | null;
  /** Whether that day is still ahead on `asOf` (`null` when UWV sets the term). */
  readonly stillPossible: boolean | null;
  /** What to do, in Dutch and English. */
  readonly explanation: Localized;
  /** Articles. */
  readonly legalBasis: readonly LegalRef[];
}

/** The loonsanctie risk as far as the file shows it (UWV judges the content; this is the procedural risk). */
export interface LoonsanctieRisk {
  /**
   * A {@link Risk}: `low` — nothing found (content not judged); `unknown` — nothing found, but the
   * file cannot be judged complete (e.g. whether a required visie is in the plan or evaluations is
   * not known); `medium` — late steps, incomplete content or practice norms; `high` — missing steps
   * or items, or spoor 2 not started, without deugdelijke grond. (0.1.0: `laag`, `onbekend`,
   * `middel`, `hoog`.)
   */
  readonly level: Risk;
  /** UWV's order of review. */
  readonly review: readonly ReviewStep[];
  /** What can still be repaired, and by when. */
  readonly repairs: readonly Repair[];
  /** Explanation in Dutch and English. */
  readonly explanation: Localized;
}

/** Result of {@link auditReIntegratieverslag}. */
export interface ReIntegratieverslagAudit {
  /** `asOf`, echoed. */
  readonly asOf: string;
  /** Day 1 of the wachttijd. */
  readonly firstSickDay: string;
  /** Last day of the wachttijd (`null` in the AOW case). */
  readonly wachttijdLastDay: string | null;
  /** The timeline rule set applied. */
  readonly ruleSetId: RuleSetId;
  /** Whether the visie requirement applies to this case at all. */
  readonly visieRequirement: boolean;
  /** Items a–l. */
  readonly items: readonly AuditItem[];
  /** Visie check per plan van aanpak / evaluation document. */
  readonly visie: readonly AuditVisie[];
  /** Timeline steps. */
  readonly steps: readonly AuditStep[];
  /** All findings, most serious first. */
  readonly findings: readonly AuditFinding[];
  /** The loonsanctie risk. */
  readonly loonsanctieRisk: LoonsanctieRisk;
  /** Facts that would settle an `unknown`. */
  readonly missingFacts: readonly string[];
  /** Remarks. */
  readonly notices: readonly Localized[];
  /**
   * The rules applied, in order, as plain data (one step per timeline step, consequence, item, visie
   * check, repair and review step, and the risk level): rule id (`audit.step.plan-van-aanpak`,
   * `audit.item.h`, …), catalogue keys of the provisions, outcome, inputs, outputs, missing facts and
   * the message that renders it. Every explanation above is rendered from a step, and `missingFacts`
   * is the sorted `missingFactsOf` of this trace.
   */
  readonly trace: readonly TraceStep[];
}

import type { LegalRef } from '../legal/LegalRef.js';
import type { TraceStep } from '../engine/trace.js';
import type { Actor, MilestoneId, NormKind } from '../law/types.js';
import type { Locale, Localized } from '../i18n/types.js';
import type { RuleSet } from '../law/ruleSets.js';
import type { WachttijdEnd } from './wachttijdEnded.js';
import type { EndOfWachttijdEvents } from './applyEndOfWachttijdEvents.js';
import type { Samentelling, SickPeriod, WazoLeave, WorkPattern, CauseExceptionScope } from '../sickness/types.js';

/** Stable ids of the timeline's milestones (never translated; defined with the law data). */
export type { MilestoneId } from '../law/types.js';

/**
 * The state of a step on `asOf`:
 * - `done` — done on or before `due`; `done-late` — done after `due`;
 * - `open` — not done, due later than the due-soon horizon; `due-soon` — due within it;
 * - `overdue` — not done and `due` has passed;
 * - `upcoming` / `passed` — for dates that are not a step to take (end of the wachttijd, WIA start, the last day to apply for vervroegde IVA),
 *   and `passed` for a step past `due` that is not the employer's to take (UWV's, such as the WIA letter) or optional for
 *   the employer (bezwaar against a loonsanctie): those are never `overdue`;
 * - `lapsed` — the wachttijd has ended (a recovery of four weeks or more before `asOf`, BW 7:629 lid 10) before the step
 *   fell due: it will never be due.
 */
export type MilestoneStatus = 'done' | 'done-late' | 'open' | 'due-soon' | 'overdue' | 'upcoming' | 'passed' | 'lapsed';

/** Who has to act (defined with the law data). */
export type { Actor } from '../law/types.js';

/** How binding the deadline is: statute/regulation, UWV policy, or practice norm (defined with the law data). */
export type { NormKind } from '../law/types.js';

/** How a milestone's date was derived (a trace, in the manner of helse-spleis' subsumption log). */
export interface MilestoneExplanation {
  /** What the date is counted from. */
  readonly anchor: 'eerste-ziektedag' | 'probleemanalyse' | 'plan-van-aanpak' | 'evaluatie' | 'eerstejaarsevaluatie' | 'einde-wachttijd' | 'aow-datum' | 'event';
  /** The anchor's date. */
  readonly anchorDate: string;
  /** Calendar days from the anchor to `due`. */
  readonly offsetDays: number;
  /** For "day k of sickness" rules: k (1-based counted sick day), else `null`. */
  readonly countedSickDay: number | null;
  /** Calendar days of samentelling gaps (and WAZO leave) that pushed `due` later. */
  readonly gapDaysAdded: number;
  /** The actual event that moved the date, if any (e.g. `'probleemanalyse'`). */
  readonly eventUsed: string | null;
  /** The convention applied, e.g. `'statutory'` or `'uwv-first-working-day'`. */
  readonly convention: string | null;
  /** The derivation in words. */
  readonly text: Localized;
}

/** One deadline or date of the timeline. */
export interface Milestone {
  /** Stable id. */
  readonly id: MilestoneId;
  /** Last day on which the step is on time (for dates: the date itself). */
  readonly due: string;
  /** First day of the window in which the step is expected, where there is one. */
  readonly windowFrom: string | null;
  /** Week of (counted) sickness in which `due` falls (week 1 = days 1–7). */
  readonly week: number;
  /** Label in the requested locale. */
  readonly label: string;
  /** Label in Dutch and English. */
  readonly labels: Localized;
  /** The articles the deadline comes from. */
  readonly legalBasis: readonly LegalRef[];
  /** How binding the deadline is. */
  readonly normKind: NormKind;
  /** Who acts. */
  readonly actor: Actor;
  /** Whether it is a step to take (`action`) or a date that follows (`date`). */
  readonly kind: 'action' | 'date';
  /** Date the step was actually done, from `events`, else `null`. */
  readonly done: string | null;
  /** State on `asOf`; `null` without `asOf`. */
  readonly status: MilestoneStatus | null;
  /** How `due` was derived. */
  readonly explanation: MilestoneExplanation;
}

/** One periodic evaluation of the plan van aanpak (practice norm: at least every six weeks). */
export interface Evaluation {
  /** 1, 2, 3, … */
  readonly sequence: number;
  /** Latest date for this evaluation under the six-week norm. */
  readonly due: string;
  /** Date held, from `events.evaluaties`, else `null`. */
  readonly done: string | null;
  /** State on `asOf`; `null` without `asOf`. */
  readonly status: MilestoneStatus | null;
  /** Always `'practice'`: the six weeks are not statutory (Regeling procesgang art 4 says "periodiek"). */
  readonly normKind: 'practice';
  /** Regeling procesgang art 4 lid 4 and BW 7:658a lid 3. */
  readonly legalBasis: readonly LegalRef[];
  /** Derivation. */
  readonly explanation: Localized;
}

/** Dates that steps were actually done; keys are milestone ids (camelCase aliases accepted). */
export interface TimelineEvents {
  /** Date of the bedrijfsarts' probleemanalyse. */
  readonly probleemanalyse?: string | undefined;
  /** Date the plan van aanpak was made. */
  readonly 'plan-van-aanpak'?: string | undefined;
  /** Dates of periodic evaluations (any order). */
  readonly evaluaties?: readonly string[] | undefined;
  /** Date of the ziekmelding (42-week melding) at UWV. */
  readonly 'ziekmelding-uwv'?: string | undefined;
  /** Date the eerstejaarsevaluatie was held. */
  readonly eerstejaarsevaluatie?: string | undefined;
  /** Date spoor 2 started. */
  readonly 'spoor-2-start'?: string | undefined;
  /** Date the employee received UWV's WIA letter. */
  readonly 'wia-brief-uwv'?: string | undefined;
  /** Date the re-integratieverslag was drawn up and its copy given to the employee. */
  readonly 're-integratieverslag'?: string | undefined;
  /** Date the WIA-aanvraag was filed. */
  readonly 'wia-aanvraag'?: string | undefined;
  /** Date an application for vervroegde IVA was filed. */
  readonly 'vervroegde-iva-uiterlijk'?: string | undefined;
  /** Alias of `'plan-van-aanpak'`. */
  readonly planVanAanpak?: string | undefined;
  /** Alias of `'ziekmelding-uwv'`. */
  readonly ziekmeldingUwv?: string | undefined;
  /** Alias of `'spoor-2-start'`. */
  readonly spoor2Start?: string | undefined;
  /** Alias of `'wia-brief-uwv'`. */
  readonly wiaBriefUwv?: string | undefined;
  /** Alias of `'re-integratieverslag'`. */
  readonly reIntegratieverslag?: string | undefined;
  /** Alias of `'wia-aanvraag'`. */
  readonly wiaAanvraag?: string | undefined;
  /** Alias of `'vervroegde-iva-uiterlijk'`: the date the vervroegde IVA application was filed. */
  readonly vervroegdeIvaAanvraag?: string | undefined;
  /** A vrijwillige verlenging (WIA 24): the agreed last day (a date is short for `{ extendedLastDay }`), and more; see `applyEndOfWachttijdEvents`. */
  readonly vrijwilligeVerlenging?: string | EndOfWachttijdEvents['vrijwilligeVerlenging'];
  /** A loonsanctie decision (WIA 25 lid 9–15), with a bekorting if any (a date is short for `{ decisionDate }`). */
  readonly loonsanctie?: string | EndOfWachttijdEvents['loonsanctie'];
  /** A vervroegde IVA application or its set end (WIA 23 lid 6, 66; a date is short for `{ applicationDate }`). */
  readonly vervroegdeIva?: string | EndOfWachttijdEvents['vervroegdeIva'];
  /** Facts about a late WIA-aanvraag (WIA 64 lid 6; BW 7:629 lid 3 f). */
  readonly lateWiaAanvraag?: EndOfWachttijdEvents['lateWiaAanvraag'];
  /** Facts for the opzegverbod (BW 7:670 lid 1; a dismissal request received, lid 1 sub b); giving it adds `einde-opzegverbod`. */
  readonly opzegverbod?: EndOfWachttijdEvents['opzegverbod'];
}

/** One event in the list form of `events`: a milestone id (or `'evaluatie'`) and the date it was done. */
export interface TimelineEventEntry {
  /** Milestone id, e.g. `'probleemanalyse'`, or `'evaluatie'` for a periodic evaluation. */
  readonly id: string;
  /** Date done, `'YYYY-MM-DD'`. */
  readonly date: string;
}

/** Input of {@link computeTimeline}: day 1, or the sick periods. */
export type TimelineInput = (
  | { readonly firstSickDay: string; readonly sickPeriods?: undefined }
  | { readonly sickPeriods: readonly SickPeriod[]; readonly firstSickDay?: undefined }
) & {
  /** Today: gives each milestone a status. */
  readonly asOf?: string | undefined;
  /** What was actually done, and when: an object keyed by milestone id, or a list of `{ id, date }`. */
  readonly events?: TimelineEvents | readonly TimelineEventEntry[] | undefined;
  /** Working days; when given, a first day on a non-working day moves to the next working day (WIA 23 lid 2). */
  readonly workPattern?: WorkPattern | undefined;
  /** WAZO leave periods (not counted; periods around them join). */
  readonly wazoLeave?: readonly WazoLeave[] | undefined;
  /** The date the employee reaches AOW age (BW 7:629 lid 2 b; WIA 43 g). */
  readonly aowDate?: string | undefined;
};

/** Options of {@link computeTimeline}. */
export interface TimelineOptions {
  /** Language of `label`. @defaultValue `'nl'` */
  readonly locale?: Locale | undefined;
  /** Days before `due` in which an open step is `due-soon`. @defaultValue 14 */
  readonly dueSoonDays?: number | undefined;
  /**
   * `ziekmelding-uwv`: `'statutory'` — ZW 38 lid 1, the first day after 42 weeks (D+294), not moved
   * by the Algemene termijnenwet (art 4: terms over twelve weeks); `'uwv-first-working-day'` — UWV's
   * practice, the first working day on or after it. @defaultValue `'statutory'`
   */
  readonly ziekmeldingConvention?: 'statutory' | 'uwv-first-working-day' | undefined;
  /**
   * `probleemanalyse`: `'end-of-week-6'` — D+41 (UWV: "uiterlijk in de zesde week");
   * `'six-weeks-after'` — D+42 (a literal reading of "binnen zes weken na de eerste dag"). @defaultValue `'end-of-week-6'`
   */
  readonly probleemanalyseConvention?: 'end-of-week-6' | 'six-weeks-after' | undefined;
  /** See {@link CauseExceptionScope}. @defaultValue `'wazo-only'` */
  readonly causeExceptionScope?: CauseExceptionScope | undefined;
  /**
   * Add `einde-opzegverbod` (BW 7:670: two calendar years, not 104 weeks) next to the end of the
   * wachttijd. @defaultValue `false` (also added when `events.opzegverbod` is given)
   */
  readonly includeOpzegverbod?: boolean | undefined;
}

/** AOW-age outcome: what replaces the 104 weeks when the employee has reached or reaches AOW age. */
export interface AowOutcome {
  /** The AOW date given. */
  readonly aowDate: string;
  /** Weeks of wage payment from the later of day 1 and the AOW date (6, or 13 under the transitional rule). */
  readonly wageWeeks: number;
  /** Last day of wage payment. */
  readonly wageLastDay: string;
  /** Whether a WIA right can arise (no: WIA art 43 g excludes it once AOW age is reached). */
  readonly wiaPossible: boolean;
  /** Articles. */
  readonly legalBasis: readonly LegalRef[];
  /** Explanation. */
  readonly explanation: Localized;
}

/** Result of {@link computeTimeline}. */
export interface Timeline {
  /** Day 1 of the wachttijd the timeline belongs to. */
  readonly firstSickDay: string;
  /** The milestones, sorted by `due` (ties in legal order). */
  readonly milestones: readonly Milestone[];
  /** Periodic evaluations (practice norm), sorted. */
  readonly evaluations: readonly Evaluation[];
  /** The samentelling behind `firstSickDay`. */
  readonly samentelling: Samentelling;
  /** The rule set applied (by date in force). */
  readonly ruleSet: RuleSet;
  /** Last day of the wachttijd (`null` when no WIA wachttijd runs, e.g. at AOW age). */
  readonly wachttijdLastDay: string | null;
  /** The AOW outcome when `aowDate` was given and falls before the end of the wachttijd, else `null`. */
  readonly aow: AowOutcome | null;
  /** `asOf`, echoed, or `null`. */
  readonly asOf: string | null;
  /** Counted sick days through `asOf`, as `samentelling.countedSickDays` (no projection after a recovery; null without `asOf`). */
  readonly countedSickDaysAsOf: number | null;
  /**
   * Week of sickness on `asOf`, as `sicknessWeekOn` counts it (null without `asOf`; 0 when `asOf`
   * lies before day 1, e.g. a report on a non-working day moved day 1 past `asOf`).
   */
  readonly weekAsOf: number | null;
  /** Conventions used, so that a result can be reproduced. */
  readonly conventions: {
    readonly ziekmelding: 'statutory' | 'uwv-first-working-day';
    readonly probleemanalyse: 'end-of-week-6' | 'six-weeks-after';
    readonly causeExceptionScope: CauseExceptionScope;
  };
  /** Remarks a user should see (moved first day, unknown decree years, AOW, …). */
  readonly notices: readonly Localized[];
  /**
   * Whether the wachttijd has ended on `asOf` (see `wachttijdEnded`): after a recovery of four weeks
   * or more, steps not yet due are `lapsed`. `null` without `asOf`; always set by computeTimeline.
   */
  readonly wachttijdEnded?: WachttijdEnd | null;
  /**
   * The rules applied, as plain data (issue 10): the samentelling, the rule set, one step per
   * milestone (`'timeline.<id>'`, in the milestones' order; its explanation text is rendered from
   * it), WIA 64 lid 6, the AOW age and whether the wachttijd has ended (with `asOf`). Built when first
   * read; included in JSON (last). Like the explanation texts, a spread or `structuredClone` of a
   * timeline from computeTimeline leaves it out: serialise with JSON to keep it.
   */
  readonly trace: readonly TraceStep[];
}
export type { RuleSetId, RuleSet } from '../law/ruleSets.js';

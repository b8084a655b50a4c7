import type { TraceStep } from '../engine/trace.js';
import type { Localized } from '../i18n/types.js';
import { parseInput } from '../input/zodIssues.js';
import type { LegalRef } from '../legal/LegalRef.js';
import { EOW_REFS as R } from '../law/endOfWachttijdRefs.js';
import { iso, sortedDates } from '../endOfWachttijd/internal.js';
import type { EndOfWachttijdFinding, LegalDate } from '../endOfWachttijd/types.js';
import type { Answer } from '../vocabulary/index.js';
import type { VangnetGroup } from '../law/vangnetGroups.js';
import { phrase } from './messages.js';
import { schema } from './vangnetMeldingSchema.js';
import {
  checkVangnetInput, deadlineOf, GROUP_BASIS, groupNotices, groupTerm, lateDiscovery, notApplicableOf, reintegrationOf, reportTimeliness, rivDate, vangnetSummary,
} from './vangnetRules.js';

/** Input of {@link computeVangnetMelding}. */
export interface VangnetMeldingInput {
  /** The vangnet group. */
  readonly group: VangnetGroup;
  /** First working day of sickness (ZW 29 lid 3). */
  readonly firstSickDay: string;
  /** Last day of employment: required for `'ziek-uit-dienst'`; for the six-week groups an earlier end shortens the deadline (ZW 38a lid 3). */
  readonly employmentEnds?: string | undefined;
  /** `'flexibiliseringsperiode'`: the day from which she could have had the WAZO benefit (ZW 38a lid 2 b); required there. */
  readonly leaveEntitlementFrom?: string | undefined;
  /** ZW 29a/29b: the day the claim became reasonably clear to the employer, when the regular term was missed for that reason (ZW 38b lid 2). */
  readonly claimClearFrom?: string | undefined;
  /** `'ziek-uit-dienst'`: the employer is eigenrisicodrager for the Ziektewet (ZW 38aa; WIA 26 lid 2). */
  readonly eigenrisicodragerZw?: boolean | undefined;
  /** Date the report was actually made, if it was. */
  readonly reportedOn?: string | undefined;
}

/** Result of {@link computeVangnetMelding}. */
export interface VangnetMeldingResult {
  /** The group. */
  readonly group: VangnetGroup;
  /** The articles that make this a vangnet case. */
  readonly groupBasis: readonly LegalRef[];
  /** Last day to report the sickness to UWV (after the Algemene termijnenwet where it applies). */
  readonly deadline: string;
  /** The same before the Atw. */
  readonly deadlineBeforeAtw: string;
  /** Whether the Atw applies to this term (a forward term of at most twelve weeks in a wet). */
  readonly atwApplies: boolean;
  /** Whether the Atw moved it. */
  readonly movedByAtw: boolean;
  /** ZW 38b lid 2: the deadline after the claim became clear, or `null`. */
  readonly lateDiscoveryDeadline: string | null;
  /** Whether the report was on time (`null` without `reportedOn`). */
  readonly reportedOnTime: Answer | null;
  /**
   * On a late report: the earliest day from which UWV can grant ziekengeld, one year before the day of
   * the report but not before the first sick day (ZW 38a lid 9); `null` otherwise.
   */
  readonly retroactiveFrom: string | null;
  /** Findings about the report itself (e.g. `ziekengeld-terugwerkend-ten-hoogste-een-jaar` on a late report), each with its basis. */
  readonly findings: readonly EndOfWachttijdFinding[];
  /** Who does the reintegration. */
  readonly reintegration: {
    readonly by: 'werkgever' | 'uwv' | 'eigenrisicodrager';
    readonly legalBasis: readonly LegalRef[];
    readonly explanation: Localized;
  };
  /** Options and duties that do not apply to this group (status `'no'`; `'unknown'` where the law is unclear). */
  readonly notApplicable: readonly EndOfWachttijdFinding[];
  /** Every date with its basis. */
  readonly dates: readonly LegalDate[];
  /** Articles. */
  readonly legalBasis: readonly LegalRef[];
  /** Summary. */
  readonly explanation: Localized;
  /** Remarks. */
  readonly notices: readonly Localized[];
  /**
   * The rules applied, in order (plain data): the group's term and the Atw, the late-discovery term,
   * the late report, who reintegrates, what does not apply, the summary. Every explanation above is
   * rendered from it.
   */
  readonly trace: readonly TraceStep[];
}

const FN = 'computeVangnetMelding';

/**
 * The Ziektewet sick report to UWV for a vangnetter (ZW 38, 38a, 38aa, 38b): the deadline per
 * group, moved by the Algemene termijnenwet where it applies; who does the reintegration; and which
 * options and duties do not apply.
 *
 * @remarks
 * - Orgaandonatie, pregnancy before the leave, no-riskpolis: "uiterlijk op de eerste dag na zes weken
 *   gerekend vanaf die eerste werkdag" (ZW 38a lid 3) = day 1 + 42, or the last day of employment if
 *   it ends earlier.
 * - Sick after the maternity leave (29a lid 4): the fourth day of sickness (38a lid 2 a); sick in the
 *   flexibiliseringsperiode (29a lid 2): the fourth day from the day the leave benefit could have
 *   started (38a lid 2 b); ZW 29d: the fourth day after 13 weeks (38b lid 3).
 * - Ziek uit dienst (29 lid 2 c): on the last day of employment, with a re-integratieverslag when at
 *   least six weeks lie between day 1 and that day (38 lid 2); an eigenrisicodrager ZW reports within
 *   six weeks after the last day (38aa).
 * - Late because the 29a/29b claim was not clear: the fourth day after it became clear (38b lid 2).
 * - A late report (`reportedOn` after the deadline): ziekengeld is granted back over at most one year
 *   (38a lid 9) — `retroactiveFrom` is the first day of the year that ends on the day before the
 *   report (not before day 1), with a finding `ziekengeld-terugwerkend-ten-hoogste-een-jaar`.
 * - Atw: the six-week and four-day reports are forward terms of at most twelve weeks in a wet, so a
 *   deadline on a Saturday, Sunday or holiday moves to the next working day (Atw art 1; docs/sources.md
 *   §13). The last day of employment is a date, not a term, and is not moved. The 29d report (13 weeks
 *   and four days) is a term of more than twelve weeks and is not moved either (Atw art 4 a), as the
 *   42-week report of ZW 38 lid 1 is not.
 * - Flexibiliseringsperiode: when the sickness began after the day the leave benefit could have
 *   started, the four days run from the first sick day (reading; the text counts from the earlier day).
 *
 * @param input - Group, first sick day and the facts the group needs.
 * @returns The deadline, who reintegrates, and what does not apply, each with its legal basis.
 * @throws {@link PoortwachterError} for invalid input or a missing fact the group needs.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0001888&artikel=38a | Ziektewet art 38a}
 * @example
 * computeVangnetMelding({ group: 'no-riskpolis', firstSickDay: '2026-03-24' })
 * //=> { deadline: '2026-05-06', deadlineBeforeAtw: '2026-05-05', movedByAtw: true, reintegration: { by: 'werkgever', … }, … }
 */
export function computeVangnetMelding(input: VangnetMeldingInput): VangnetMeldingResult {
  const p = parseInput(schema, input, FN);
  checkVangnetInput(p, FN);

  const riv = rivDate(p);
  const term = groupTerm(p);
  const d = deadlineOf(term);
  const late = lateDiscovery(p);
  const report = reportTimeliness(p, late === null ? d.deadline : Math.max(d.deadline, late.day));
  const reintegration = reintegrationOf(p);
  const na = notApplicableOf(p);
  const summary = vangnetSummary(p.group, d.deadline, reintegration.by);
  const dated = [...(riv === null ? [] : [riv]), d.dated, ...(late === null ? [] : [late.dated])];
  const findings = report.finding === null ? [] : [report.finding];
  const trace: readonly TraceStep[] = Object.freeze([
    ...dated.map((x) => x.step), ...findings.map((f) => f.step), reintegration.step, ...na.map((f) => f.step), summary.step,
  ]);
  return Object.freeze({
    group: p.group, groupBasis: Object.freeze([...GROUP_BASIS[p.group]]), deadline: iso(d.deadline), deadlineBeforeAtw: iso(d.raw), atwApplies: d.atwApplies,
    movedByAtw: d.deadline !== d.raw, lateDiscoveryDeadline: late === null ? null : iso(late.day), reportedOnTime: report.reportedOnTime,
    retroactiveFrom: report.retroactiveFrom === null ? null : iso(report.retroactiveFrom), findings: Object.freeze(findings.map((f) => f.finding)),
    reintegration: Object.freeze({ by: reintegration.by, legalBasis: Object.freeze([...reintegration.legalBasis]), explanation: reintegration.explanation }),
    notApplicable: Object.freeze(na.map((f) => f.finding)), dates: sortedDates(dated.map((x) => x.date)),
    legalBasis: Object.freeze([...GROUP_BASIS[p.group], ...term.basis, ...d.atwRefs, ...(report.retroactiveFrom === null ? [] : [R.ZW_38A_9])]),
    explanation: summary.explanation,
    notices: Object.freeze([...groupNotices(p), ...findings.map((f) => f.finding.explanation), phrase('aLateReportCanLeadTo')]),
    trace,
  });
}

import * as z from 'zod';
import { PoortwachterError, type InputIssue } from '../errors/PoortwachterError.js';
import { localize, type Localized } from '../i18n/types.js';
import { isoDateSchema, parseInput } from '../input/zodIssues.js';
import type { LegalRef } from '../legal/LegalRef.js';
import { EOW_REFS as R } from '../law/endOfWachttijdRefs.js';
import { atw, dn, iso, legalDate } from '../endOfWachttijd/internal.js';
import { dateLabel } from '../endOfWachttijd/messages.js';
import { END_OF_WACHTTIJD_NORMS as N } from '../law/endOfWachttijdNorms.js';
import type { EndOfWachttijdFinding, LegalDate } from '../endOfWachttijd/types.js';
import type { Answer } from '../vocabulary/index.js';
import { VANGNET_GROUPS, type VangnetGroup } from '../law/vangnetGroups.js';
import { phrase, REINTEGRATION_BY } from './messages.js';

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
}

/** zod schema of the input of `computeVangnetMelding`: shapes only, the function adds the semantic checks. Public as `vangnetMeldingInputSchema` (see docs/schemas.md). */
export const schema = z.strictObject({
  group: z.enum(VANGNET_GROUPS as [VangnetGroup, ...VangnetGroup[]]),
  firstSickDay: isoDateSchema,
  employmentEnds: isoDateSchema.optional(),
  leaveEntitlementFrom: isoDateSchema.optional(),
  claimClearFrom: isoDateSchema.optional(),
  eigenrisicodragerZw: z.boolean().optional(),
  reportedOn: isoDateSchema.optional(),
});
const FN = 'computeVangnetMelding';

const GROUP_BASIS: Readonly<Record<VangnetGroup, readonly LegalRef[]>> = Object.freeze({
  orgaandonatie: [R.ZW_29_2E],
  'zwangerschap-voor-verlof': [R.ZW_29A_1],
  flexibiliseringsperiode: [R.ZW_29A_2],
  'ziek-na-bevallingsverlof': [R.ZW_29A_4],
  'no-riskpolis': [R.ZW_29B],
  'compensatieregeling-oudere-ww': [R.ZW_29D],
  'ziek-uit-dienst': [R.ZW_29_2C],
});

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
  const issues: InputIssue[] = [];
  const D = dn(p.firstSickDay);
  const g = p.group;
  const emp = p.employmentEnds === undefined ? undefined : dn(p.employmentEnds);
  if (g === 'ziek-uit-dienst' && emp === undefined) issues.push({ path: ['employmentEnds'], code: 'missing', message: "required for group 'ziek-uit-dienst'" });
  if (g === 'flexibiliseringsperiode' && p.leaveEntitlementFrom === undefined) issues.push({ path: ['leaveEntitlementFrom'], code: 'missing', message: "required for group 'flexibiliseringsperiode'" });
  if (emp !== undefined && emp < D) issues.push({ path: ['employmentEnds'], code: 'inconsistent', message: `lies before the first sick day (${iso(emp)} < ${iso(D)})` });
  if (p.claimClearFrom !== undefined && !['zwangerschap-voor-verlof', 'flexibiliseringsperiode', 'ziek-na-bevallingsverlof', 'no-riskpolis'].includes(g)) {
    issues.push({ path: ['claimClearFrom'], code: 'inconsistent', message: 'ZW 38b lid 2 applies only to claims under ZW 29a or 29b' });
  }
  if (p.eigenrisicodragerZw !== undefined && g !== 'ziek-uit-dienst') issues.push({ path: ['eigenrisicodragerZw'], code: 'inconsistent', message: "only for group 'ziek-uit-dienst' (ZW 38aa)" });
  if (issues.length > 0) throw new PoortwachterError(FN, issues);

  const notices: Localized[] = [];
  const dates: LegalDate[] = [];
  const erd = p.eigenrisicodragerZw === true;
  let raw: number;
  let termStart: number; // first day of the term, for Atw art 2
  let atwApplies = true;
  let basis: LegalRef[];
  let how: Localized;
  switch (g) {
    case 'orgaandonatie':
    case 'zwangerschap-voor-verlof':
    case 'no-riskpolis':
      raw = D + N.vangnetSixWeeks.value;
      termStart = D;
      basis = [R.ZW_38A_3];
      how = phrase('theFirstDayAfterSixWeeks');
      if (emp !== undefined && emp < raw) {
        raw = emp;
        atwApplies = false;
        how = phrase('employmentEndsWithinTheSixWeeks');
      }
      break;
    case 'ziek-na-bevallingsverlof':
      raw = D + N.vangnetFourthDay.value - 1;
      termStart = D;
      basis = [R.ZW_38A_2A];
      how = phrase('atTheLatestOnTheFourth');
      break;
    case 'flexibiliseringsperiode': {
      const from = dn(p.leaveEntitlementFrom!);
      raw = Math.max(from, D) + N.vangnetFourthDay.value - 1;
      termStart = Math.max(from, D);
      basis = [R.ZW_38A_2B];
      how = phrase('onTheFourthDayFromThe');
      if (D > from) {
        notices.push(phrase('readingTheSicknessBeganAfterThe', { D: iso(D), from: iso(from) }));
      }
      break;
    }
    case 'compensatieregeling-oudere-ww':
      raw = D + N.vangnet29dWeeks.value * 7 + N.vangnetFourthDay.value - 1;
      termStart = D;
      atwApplies = false;
      basis = [R.ZW_38B_3, R.ATW_4];
      how = phrase('onTheFourthDayAfterThirteen');
      notices.push(phrase('readingTheTermIsDescribedAs'));
      break;
    case 'ziek-uit-dienst':
      if (erd) {
        raw = emp! + N.erdZwWeeks.value * 7;
        termStart = emp! + 1;
        basis = [R.ZW_38AA];
        how = phrase('eigenrisicodragerZwAtTheLatestSix');
      } else {
        raw = emp!;
        termStart = emp!;
        atwApplies = false;
        basis = [R.ZW_38_2];
        how = phrase('onTheLastDayOfEmployment');
        if (emp! - D >= N.ziekUitDienstRivWeeks.value * 7) {
          dates.push(legalDate('vangnet-re-integratieverslag', emp!, dateLabel('vangnet-re-integratieverslag'), [R.ZW_38_2], 'statutory',
            phrase('atLeastSixWeeksSickBefore')));
        }
      }
      break;
  }
  const deadline = atwApplies ? atw(raw, termStart) : raw;
  const art2 = atwApplies && deadline !== atw(raw);
  const atwRefs = atwApplies ? [R.ATW_1, ...(art2 ? [R.ATW_2] : [])] : [];
  const atwNote = art2 ? phrase('atwExtended', { raw: iso(raw), deadline: iso(deadline) })
    : deadline !== raw ? phrase('atwMoved', { raw: iso(raw) }) : null;
  dates.push(legalDate('vangnet-melding-uiterlijk', deadline, dateLabel('vangnet-melding-uiterlijk'), [...basis, ...atwRefs], 'statutory',
    atwNote === null ? how : phrase('howMovedByAtw', { how, atw: atwNote })));
  let late: number | null = null;
  if (p.claimClearFrom !== undefined) {
    const clear = dn(p.claimClearFrom);
    late = atw(clear + N.vangnetFourthDay.value, clear + 1);
    dates.push(legalDate('vangnet-melding-na-duidelijkheid', late, dateLabel('vangnet-melding-na-duidelijkheid'), [R.ZW_38B_2, R.ATW_1, ...(late !== atw(clear + N.vangnetFourthDay.value) ? [R.ATW_2] : [])], 'statutory',
      phrase('theFourthDayAfterTheClaim', { claimClearFrom: p.claimClearFrom })));
  }
  const effective = late === null ? deadline : Math.max(deadline, late);
  const reportedOnTime: Answer | null = p.reportedOn === undefined ? null : dn(p.reportedOn) <= effective ? 'yes' : 'no';
  // ZW 38a lid 9: on a late report ziekengeld is granted back over at most one year before the report.
  const findings: EndOfWachttijdFinding[] = [];
  let retroactiveFrom: number | null = null;
  if (reportedOnTime === 'no') {
    const rep = dn(p.reportedOn!);
    retroactiveFrom = Math.max(D, oneYearBefore(rep));
    const capped = retroactiveFrom > D;
    findings.push(Object.freeze({
      code: 'ziekengeld-terugwerkend-ten-hoogste-een-jaar', status: 'yes' as const, legalBasis: Object.freeze([R.ZW_38A_9]), normKind: 'statutory' as const,
      explanation: capped
        ? phrase('theReportOfIsLateZiekengeld', { reportedOn: p.reportedOn!, retroactiveFrom: iso(retroactiveFrom), D: iso(D) })
        : phrase('theReportOfIsLateZiekengeld2', { reportedOn: p.reportedOn!, D: iso(D) }),
    }));
    notices.push(findings[findings.length - 1]!.explanation);
  }

  const reintegration: VangnetMeldingResult['reintegration'] = g === 'ziek-uit-dienst'
    ? erd
      ? { by: 'eigenrisicodrager', legalBasis: [R.WIA_26_2], explanation: phrase('theZwEigenrisicodragerKeepsTheReintegration') }
      : { by: 'uwv', legalBasis: [R.WIA_26_1], explanation: phrase('uwvDrawsUpThePlanOf') }
    : { by: 'werkgever', legalBasis: [R.WIA_26_1, R.BW_658A_3], explanation: phrase('theEmployeeIsEmployedTheEmployer') };

  const na: EndOfWachttijdFinding[] = [];
  const f = (code: string, status: Answer, legalBasis: LegalRef[], explanation: Localized): void => {
    na.push(Object.freeze({ code, status, legalBasis: Object.freeze(legalBasis), normKind: 'statutory' as const, explanation }));
  };
  if (g === 'flexibiliseringsperiode') {
    f('vrijwillige-verlenging', 'unknown', [R.WIA_24_1A], phrase('zw29aLid2IsNot'));
  } else {
    f('vrijwillige-verlenging', 'no', [R.WIA_24_1A], phrase('aVoluntaryExtensionOfWagePayment'));
  }
  if (g === 'ziek-uit-dienst') {
    f('ziekmelding-42-weken', 'no', [R.ZW_38_2], phrase('no42WeekReportTheReport'));
    f('loonsanctie', 'no', erd ? [R.WIA_26_2] : [R.WIA_26_1, R.ZW_39A], erd
      ? phrase('noLoonsanctieForShortcomingsUwvExtends')
      : phrase('noLoonsanctieWia26Lid1'));
    f('opzegverbod', 'no', [R.BW_670_1], phrase('thereIsNoEmploymentLeftTo'));
  } else {
    f('ziekmelding-42-weken', 'no', [R.ZW_38_4], phrase('the42WeekReportOfZw'));
    f('besluit-passende-arbeid', 'no', [R.BPA_2], phrase('theBesluitPassendeArbeidWwEn'));
  }
  notices.push(phrase('aLateReportCanLeadTo'));

  return Object.freeze({
    group: g, groupBasis: Object.freeze([...GROUP_BASIS[g]]), deadline: iso(deadline), deadlineBeforeAtw: iso(raw), atwApplies, movedByAtw: deadline !== raw,
    lateDiscoveryDeadline: late === null ? null : iso(late), reportedOnTime,
    retroactiveFrom: retroactiveFrom === null ? null : iso(retroactiveFrom), findings: Object.freeze(findings),
    reintegration: Object.freeze({ ...reintegration, legalBasis: Object.freeze([...reintegration.legalBasis]) }),
    notApplicable: Object.freeze(na), dates: Object.freeze(dates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))),
    legalBasis: Object.freeze([...GROUP_BASIS[g], ...basis, ...atwRefs, ...(retroactiveFrom === null ? [] : [R.ZW_38A_9])]),
    explanation: phrase('safetyNetReportDueReintegrationBy', { g, deadline: iso(deadline), by: localize(REINTEGRATION_BY, reintegration.by) }),
    notices: Object.freeze(notices),
  });
}

/**
 * First day of the one-year period that ends on the day before `report`: the same calendar date a
 * year earlier (28 February for a 29 February), plus one day.
 *
 * @internal
 */
function oneYearBefore(report: number): number {
  const before = iso(report - 1);
  const y = Number(before.slice(0, 4)) - 1;
  const md = before.slice(5) === '02-29' ? '02-28' : before.slice(5);
  return dn(`${String(y).padStart(4, '0')}-${md}`) + 1;
}

/**
 * The rules of `computeVangnetMelding` (ZW 38, 38a, 38aa, 38b; WIA 24, 26), one function per
 * provision: each returns its trace step with the date or finding rendered from it.
 *
 * @internal
 * @module
 */
import { PoortwachterError, type InputIssue } from '../errors/PoortwachterError.js';
import type { Localized } from '../i18n/types.js';
import type { LegalRef } from '../legal/LegalRef.js';
import type { TraceStep, TraceValue } from '../engine/trace.js';
import { EOW_REFS as R } from '../law/endOfWachttijdRefs.js';
import { END_OF_WACHTTIJD_NORMS as N } from '../law/endOfWachttijdNorms.js';
import type { VangnetGroup } from '../law/vangnetGroups.js';
import { atw, dn, iso } from '../endOfWachttijd/internal.js';
import type { Answer } from '../vocabulary/index.js';
import { phrase, type VangnetMessageKey } from './messages.js';
import { datedStep, findingStep, nested, renderStep, vangnetStep, type VangnetDatedStep, type VangnetFindingStep } from './steps.js';

const RULE = 'vangnet';

/** The facts the rules read (the parsed input). @internal */
export interface VangnetFacts {
  readonly group: VangnetGroup;
  readonly firstSickDay: string;
  readonly employmentEnds?: string | undefined;
  readonly leaveEntitlementFrom?: string | undefined;
  readonly claimClearFrom?: string | undefined;
  readonly eigenrisicodragerZw?: boolean | undefined;
  readonly reportedOn?: string | undefined;
}

/** The groups whose claim is under ZW 29a or 29b (ZW 38b lid 2). */
const LATE_DISCOVERY_GROUPS: readonly VangnetGroup[] = ['zwangerschap-voor-verlof', 'flexibiliseringsperiode', 'ziek-na-bevallingsverlof', 'no-riskpolis'];

/** The articles that make each group a vangnet case. @internal */
export const GROUP_BASIS: Readonly<Record<VangnetGroup, readonly LegalRef[]>> = Object.freeze({
  orgaandonatie: [R.ZW_29_2E],
  'zwangerschap-voor-verlof': [R.ZW_29A_1],
  flexibiliseringsperiode: [R.ZW_29A_2],
  'ziek-na-bevallingsverlof': [R.ZW_29A_4],
  'no-riskpolis': [R.ZW_29B],
  'compensatieregeling-oudere-ww': [R.ZW_29D],
  'ziek-uit-dienst': [R.ZW_29_2C],
});

/** The semantic checks: the facts each group needs, and facts that do not fit the group. @internal */
export function checkVangnetInput(p: VangnetFacts, fn: string): void {
  const issues: InputIssue[] = [];
  const g = p.group;
  const D = dn(p.firstSickDay);
  const emp = p.employmentEnds === undefined ? undefined : dn(p.employmentEnds);
  if (g === 'ziek-uit-dienst' && emp === undefined) issues.push({ path: ['employmentEnds'], code: 'missing', message: "required for group 'ziek-uit-dienst'" });
  if (g === 'flexibiliseringsperiode' && p.leaveEntitlementFrom === undefined) issues.push({ path: ['leaveEntitlementFrom'], code: 'missing', message: "required for group 'flexibiliseringsperiode'" });
  if (emp !== undefined && emp < D) issues.push({ path: ['employmentEnds'], code: 'inconsistent', message: `lies before the first sick day (${iso(emp)} < ${iso(D)})` });
  if (p.claimClearFrom !== undefined && !LATE_DISCOVERY_GROUPS.includes(g)) {
    issues.push({ path: ['claimClearFrom'], code: 'inconsistent', message: 'ZW 38b lid 2 applies only to claims under ZW 29a or 29b' });
  }
  if (p.eigenrisicodragerZw !== undefined && g !== 'ziek-uit-dienst') issues.push({ path: ['eigenrisicodragerZw'], code: 'inconsistent', message: "only for group 'ziek-uit-dienst' (ZW 38aa)" });
  if (issues.length > 0) throw new PoortwachterError(fn, issues);
}

/** The term of one group before the Atw: last day, first day of the term, whether the Atw applies, basis and how it was found. @internal */
export interface GroupTerm {
  readonly rule: string;
  readonly raw: number;
  readonly termStart: number;
  readonly atwApplies: boolean;
  readonly basis: readonly LegalRef[];
  readonly how: VangnetMessageKey;
  readonly inputs: { readonly [name: string]: TraceValue };
}

/** ZW 38a lid 3: the first day after six weeks, or the last day of employment when that is earlier (a date, not moved by the Atw). */
function sixWeeks(D: number, emp: number | undefined): GroupTerm {
  const raw = D + N.vangnetSixWeeks.value;
  const inputs = { firstSickDay: iso(D), ...(emp === undefined ? {} : { employmentEnds: iso(emp) }) };
  if (emp !== undefined && emp < raw) {
    return { rule: `${RULE}.melding.zes-weken`, raw: emp, termStart: D, atwApplies: false, basis: [R.ZW_38A_3], how: 'employmentEndsWithinTheSixWeeks', inputs };
  }
  return { rule: `${RULE}.melding.zes-weken`, raw, termStart: D, atwApplies: true, basis: [R.ZW_38A_3], how: 'theFirstDayAfterSixWeeks', inputs };
}

/** ZW 38a lid 2 a: the fourth day of sickness after the maternity leave. */
function fourthSickDay(D: number): GroupTerm {
  return { rule: `${RULE}.melding.vierde-ziektedag`, raw: D + N.vangnetFourthDay.value - 1, termStart: D, atwApplies: true, basis: [R.ZW_38A_2A],
    how: 'atTheLatestOnTheFourth', inputs: { firstSickDay: iso(D) } };
}

/** ZW 38a lid 2 b: the fourth day from the day the leave benefit could have started (from day 1 when the sickness began later; reading). */
function flexibiliseringsperiode(D: number, from: number): GroupTerm {
  const start = Math.max(from, D);
  return { rule: `${RULE}.melding.flexibiliseringsperiode`, raw: start + N.vangnetFourthDay.value - 1, termStart: start, atwApplies: true, basis: [R.ZW_38A_2B],
    how: 'onTheFourthDayFromThe', inputs: { firstSickDay: iso(D), leaveEntitlementFrom: iso(from) } };
}

/** ZW 38b lid 3: the fourth day after thirteen weeks; a term of more than twelve weeks, not moved (Atw art 4 a). */
function oudereWw(D: number): GroupTerm {
  return { rule: `${RULE}.melding.compensatieregeling-oudere-ww`, raw: D + N.vangnet29dWeeks.value * 7 + N.vangnetFourthDay.value - 1, termStart: D,
    atwApplies: false, basis: [R.ZW_38B_3, R.ATW_4], how: 'onTheFourthDayAfterThirteen', inputs: { firstSickDay: iso(D) } };
}

/** ZW 38 lid 2 (on the last day of employment, a date) or, for an eigenrisicodrager ZW, 38aa (six weeks after it). */
function ziekUitDienst(emp: number, erd: boolean): GroupTerm {
  return erd
    ? { rule: `${RULE}.melding.eigenrisicodrager-zw`, raw: emp + N.erdZwWeeks.value * 7, termStart: emp + 1, atwApplies: true, basis: [R.ZW_38AA],
      how: 'eigenrisicodragerZwAtTheLatestSix', inputs: { employmentEnds: iso(emp), eigenrisicodragerZw: true } }
    : { rule: `${RULE}.melding.einde-dienstverband`, raw: emp, termStart: emp, atwApplies: false, basis: [R.ZW_38_2],
      how: 'onTheLastDayOfEmployment', inputs: { employmentEnds: iso(emp) } };
}

/** The term of the group (before the Atw). @internal */
export function groupTerm(p: VangnetFacts): GroupTerm {
  const D = dn(p.firstSickDay);
  const emp = p.employmentEnds === undefined ? undefined : dn(p.employmentEnds);
  switch (p.group) {
    case 'ziek-na-bevallingsverlof': return fourthSickDay(D);
    case 'flexibiliseringsperiode': return flexibiliseringsperiode(D, dn(p.leaveEntitlementFrom!));
    case 'compensatieregeling-oudere-ww': return oudereWw(D);
    case 'ziek-uit-dienst': return ziekUitDienst(emp!, p.eigenrisicodragerZw === true);
    default: return sixWeeks(D, emp);
  }
}

/** The remarks a group's term brings: the flexibiliseringsperiode reading, the 29d reading. @internal */
export function groupNotices(p: VangnetFacts): Localized[] {
  const D = dn(p.firstSickDay);
  if (p.group === 'flexibiliseringsperiode' && D > dn(p.leaveEntitlementFrom!)) {
    return [phrase('readingTheSicknessBeganAfterThe', { D: iso(D), from: iso(dn(p.leaveEntitlementFrom!)) })];
  }
  return p.group === 'compensatieregeling-oudere-ww' ? [phrase('readingTheTermIsDescribedAs')] : [];
}

/** ZW 38 lid 2: sick at least six weeks before employment ends (no eigenrisicodrager) — a re-integratieverslag by the last day. @internal */
export function rivDate(p: VangnetFacts): VangnetDatedStep | null {
  if (p.group !== 'ziek-uit-dienst' || p.eigenrisicodragerZw === true) return null;
  const D = dn(p.firstSickDay);
  const emp = dn(p.employmentEnds!);
  if (emp - D < N.ziekUitDienstRivWeeks.value * 7) return null;
  return datedStep({ rule: `${RULE}.re-integratieverslag`, id: 'vangnet-re-integratieverslag', day: emp, refs: [R.ZW_38_2], normKind: 'statutory',
    inputs: { firstSickDay: iso(D), employmentEnds: iso(emp) }, message: 'atLeastSixWeeksSickBefore' });
}

/** The deadline after the Algemene termijnenwet (art 1, and art 2 when the term must be extended). @internal */
export interface VangnetDeadline {
  readonly deadline: number;
  readonly raw: number;
  readonly atwApplies: boolean;
  readonly atwRefs: readonly LegalRef[];
  readonly dated: VangnetDatedStep;
}

/** Atw art 1 and 2 on the group's term: a deadline on a weekend or holiday moves to the next working day. @internal */
export function deadlineOf(t: GroupTerm): VangnetDeadline {
  const deadline = t.atwApplies ? atw(t.raw, t.termStart) : t.raw;
  const art2 = t.atwApplies && deadline !== atw(t.raw);
  const atwRefs = t.atwApplies ? [R.ATW_1, ...(art2 ? [R.ATW_2] : [])] : [];
  const note = art2 ? nested('atwExtended', { raw: iso(t.raw), deadline: iso(deadline) })
    : deadline !== t.raw ? nested('atwMoved', { raw: iso(t.raw) }) : null;
  const dated = datedStep({
    rule: t.rule, id: 'vangnet-melding-uiterlijk', day: deadline, refs: [...t.basis, ...atwRefs], normKind: 'statutory', inputs: t.inputs,
    outputs: { deadlineBeforeAtw: iso(t.raw), deadline: iso(deadline), atwApplies: t.atwApplies, movedByAtw: deadline !== t.raw },
    message: note === null ? t.how : 'howMovedByAtw', params: note === null ? {} : { how: nested(t.how), atw: note },
  });
  return { deadline, raw: t.raw, atwApplies: t.atwApplies, atwRefs, dated };
}

/** ZW 38b lid 2: late because the claim was not clear — the fourth day after it became clear (Atw art 1, 2). @internal */
export function lateDiscovery(p: VangnetFacts): { readonly day: number; readonly dated: VangnetDatedStep } | null {
  if (p.claimClearFrom === undefined) return null;
  const clear = dn(p.claimClearFrom);
  const day = atw(clear + N.vangnetFourthDay.value, clear + 1);
  const art2 = day !== atw(clear + N.vangnetFourthDay.value);
  return {
    day,
    dated: datedStep({ rule: `${RULE}.melding-na-duidelijkheid`, id: 'vangnet-melding-na-duidelijkheid', day, refs: [R.ZW_38B_2, R.ATW_1, ...(art2 ? [R.ATW_2] : [])],
      normKind: 'statutory', inputs: { claimClearFrom: p.claimClearFrom }, message: 'theFourthDayAfterTheClaim', params: { claimClearFrom: p.claimClearFrom } }),
  };
}

/**
 * First day of the one-year period that ends on the day before `report`: the same calendar date a
 * year earlier (28 February for a 29 February), plus one day.
 */
function oneYearBefore(report: number): number {
  const before = iso(report - 1);
  const y = Number(before.slice(0, 4)) - 1;
  const md = before.slice(5) === '02-29' ? '02-28' : before.slice(5);
  return dn(`${String(y).padStart(4, '0')}-${md}`) + 1;
}

/** ZW 38a lid 9: whether the report was on time; on a late one, ziekengeld back over at most one year. @internal */
export function reportTimeliness(p: VangnetFacts, effective: number): {
  readonly reportedOnTime: Answer | null; readonly retroactiveFrom: number | null; readonly finding: VangnetFindingStep | null;
} {
  if (p.reportedOn === undefined) return { reportedOnTime: null, retroactiveFrom: null, finding: null };
  const rep = dn(p.reportedOn);
  if (rep <= effective) return { reportedOnTime: 'yes', retroactiveFrom: null, finding: null };
  const D = dn(p.firstSickDay);
  const retroactiveFrom = Math.max(D, oneYearBefore(rep));
  const capped = retroactiveFrom > D;
  const finding = findingStep({
    rule: `${RULE}.ziekengeld-terugwerkend`, code: 'ziekengeld-terugwerkend-ten-hoogste-een-jaar', status: 'yes', refs: [R.ZW_38A_9], normKind: 'statutory',
    inputs: { reportedOn: p.reportedOn, deadline: iso(effective), firstSickDay: iso(D) }, outputs: { status: 'yes', retroactiveFrom: iso(retroactiveFrom) },
    message: capped ? 'theReportOfIsLateZiekengeld' : 'theReportOfIsLateZiekengeld2',
    params: capped ? { reportedOn: p.reportedOn, retroactiveFrom: iso(retroactiveFrom), D: iso(D) } : { reportedOn: p.reportedOn, D: iso(D) },
  });
  return { reportedOnTime: 'no', retroactiveFrom, finding };
}

/** Who does the reintegration. @internal */
export type ReintegrationBy = 'werkgever' | 'uwv' | 'eigenrisicodrager';

const BY_MESSAGE = { werkgever: 'byWerkgever', uwv: 'byUwv', eigenrisicodrager: 'byEigenrisicodrager' } as const;

/** WIA 26: UWV (lid 1) or the ZW eigenrisicodrager (lid 2) for the sick out of service; the employer otherwise (BW 7:658a). @internal */
export function reintegrationOf(p: VangnetFacts): {
  readonly by: ReintegrationBy; readonly legalBasis: readonly LegalRef[]; readonly explanation: Localized; readonly step: TraceStep;
} {
  const [by, legalBasis, message]: [ReintegrationBy, LegalRef[], VangnetMessageKey] = p.group !== 'ziek-uit-dienst'
    ? ['werkgever', [R.WIA_26_1, R.BW_658A_3], 'theEmployeeIsEmployedTheEmployer']
    : p.eigenrisicodragerZw === true ? ['eigenrisicodrager', [R.WIA_26_2], 'theZwEigenrisicodragerKeepsTheReintegration']
      : ['uwv', [R.WIA_26_1], 'uwvDrawsUpThePlanOf'];
  const step = vangnetStep({ rule: `${RULE}.reintegratie`, refs: legalBasis, outcome: 'computed',
    inputs: { group: p.group, ...(p.eigenrisicodragerZw === undefined ? {} : { eigenrisicodragerZw: p.eigenrisicodragerZw }) }, outputs: { by }, message });
  return { by, legalBasis, explanation: renderStep(step), step };
}

/** What does not apply to the group: vrijwillige verlenging (WIA 24 lid 1 a), the 42-week report, loonsanctie, opzegverbod, Besluit passende arbeid. @internal */
export function notApplicableOf(p: VangnetFacts): VangnetFindingStep[] {
  const f = (code: string, status: Answer, refs: LegalRef[], message: VangnetMessageKey): VangnetFindingStep =>
    findingStep({ rule: `${RULE}.niet-van-toepassing.${code}`, code, status, refs, normKind: 'statutory', inputs: { group: p.group }, message });
  const out = [p.group === 'flexibiliseringsperiode'
    ? f('vrijwillige-verlenging', 'unknown', [R.WIA_24_1A], 'zw29aLid2IsNot')
    : f('vrijwillige-verlenging', 'no', [R.WIA_24_1A], 'aVoluntaryExtensionOfWagePayment')];
  if (p.group !== 'ziek-uit-dienst') {
    return [...out, f('ziekmelding-42-weken', 'no', [R.ZW_38_4], 'the42WeekReportOfZw'), f('besluit-passende-arbeid', 'no', [R.BPA_2], 'theBesluitPassendeArbeidWwEn')];
  }
  const erd = p.eigenrisicodragerZw === true;
  return [
    ...out,
    f('ziekmelding-42-weken', 'no', [R.ZW_38_2], 'no42WeekReportTheReport'),
    f('loonsanctie', 'no', erd ? [R.WIA_26_2] : [R.WIA_26_1, R.ZW_39A], erd ? 'noLoonsanctieForShortcomingsUwvExtends' : 'noLoonsanctieWia26Lid1'),
    f('opzegverbod', 'no', [R.BW_670_1], 'thereIsNoEmploymentLeftTo'),
  ];
}

/** The summary step: group, deadline, who reintegrates. @internal */
export function vangnetSummary(g: VangnetGroup, deadline: number, by: ReintegrationBy): { readonly step: TraceStep; readonly explanation: Localized } {
  const step = vangnetStep({ rule: `${RULE}.samenvatting`, refs: GROUP_BASIS[g], outcome: 'computed', inputs: { group: g, deadline: iso(deadline), by },
    message: 'safetyNetReportDueReintegrationBy', params: { g, deadline: iso(deadline), by: nested(BY_MESSAGE[by]) } });
  return { step, explanation: renderStep(step) };
}

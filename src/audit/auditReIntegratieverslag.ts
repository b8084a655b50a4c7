import { fillLocalized } from '../i18n/fill.js';
import { fromDayNumber, toDayNumber } from '../calendar/dayNumber.js';
import { PoortwachterError, isPoortwachterError, type InputIssue } from '../errors/PoortwachterError.js';
import { localize, type Localized } from '../i18n/types.js';
import { parseInput } from '../input/zodIssues.js';
import { AUDIT_ITEMS as ITEMS, inputSchema } from './auditSchema.js';
import { LEGAL_REFS } from '../legal/references.js';
import type { LegalRef } from '../legal/LegalRef.js';
import { OBLIGATION_REFS as R } from '../obligations/legalRefs.js';
import { VISIE_REQUIREMENT } from '../obligations/norms.js';
import type { ParsedFact } from '../obligations/factInput.js';
import type { Answer, Severity } from '../vocabulary/index.js';
import { MAX_SICK_PERIODS } from '../sickness/validateSickInput.js';
import { computeLateWiaAanvraag, type LateWiaAanvraagResult } from '../endOfWachttijd/computeLateWiaAanvraag.js';
import { buildClock, loonsanctieDecisionDue, type Clock } from '../endOfWachttijd/internal.js';
import { EOW_REFS } from '../law/endOfWachttijdRefs.js';
import { loonsanctieSpan, ziekmeldingSafeHarbourDay } from '../endOfWachttijd/loonsanctieRules.js';
import { computeTimeline } from '../timeline/computeTimeline.js';
import { LATE_SPOOR2_SEVERITY, walkUwvReviewOrder, type UwvReviewAnswer } from '../review/uwvReviewOrder.js';
import type { Milestone, NormKind, Timeline } from '../timeline/types.js';
import {
  AUDIT_NOTICES, CONSEQUENCE_TEXTS, FINDING_TEMPLATES, ITEM_LABELS, REPAIR_TEXTS, REVIEW_STATUS_TEXTS, REVIEW_TEXTS,
  RISK_LEVEL_TEXTS, STEP_LABELS, AUDIT_TEXTS } from './messages.js';
import type {
  AuditFinding, AuditItem, AuditStep, AuditStepId, AuditVisie, ConsequenceId, DossierDocument, DossierDocumentType,
  LatenessConsequence, LoonsanctieRisk, ReIntegratieverslagAudit, ReIntegratieverslagAuditInput, Repair, ReviewStatus,
  ReviewStep, ReviewStepId, RivItem, StepStatus,
} from './types.js';

const FN = 'auditReIntegratieverslag';

/** Which document types provide which item of Regeling procesgang art 6 lid 1. */
const ITEM_SOURCES: Readonly<Record<RivItem, readonly DossierDocumentType[]>> = Object.freeze({
  a: ['administratieve-gegevens'], b: ['aard-bedrijf'], c: ['functie-werknemer'], d: ['vaardigheden-werknemer'],
  e: ['eerste-ziektedag'], f: ['probleemanalyse'], g: ['plan-van-aanpak'], h: ['eerstejaarsevaluatie'],
  i: ['oordeel-arbeidsverhouding'], j: ['actueel-oordeel-bedrijfsarts'], k: ['oordeel-passende-arbeid'], l: ['mening-werknemer'],
});
const VISIE_TYPES = new Set<DossierDocumentType>(['plan-van-aanpak', 'bijstelling-plan-van-aanpak', 'evaluatie', 'eerstejaarsevaluatie', 'eindevaluatie']);
const ITEM_ONLY_TYPES = new Set<DossierDocumentType>(['administratieve-gegevens', 'aard-bedrijf', 'functie-werknemer', 'vaardigheden-werknemer', 'eerste-ziektedag', 'oordeel-arbeidsverhouding']);

/** Severity of lateness and absence per step, and whether UWV weighs it in the loonsanctie review. */
const STEP_RULES: Readonly<Record<AuditStepId, { late: Severity; missing: Severity; relevant: boolean; normKind: NormKind; legalBasis: readonly LegalRef[] }>> = Object.freeze({
  probleemanalyse: { late: 'warning', missing: 'critical', relevant: true, normKind: 'regulation', legalBasis: [LEGAL_REFS.RPE_2] },
  'plan-van-aanpak': { late: 'warning', missing: 'critical', relevant: true, normKind: 'regulation', legalBasis: [LEGAL_REFS.RPE_4_1, LEGAL_REFS.BW_658A_3, R.WIA_25_2] },
  evaluatie: { late: 'info', missing: 'warning', relevant: true, normKind: 'practice', legalBasis: [LEGAL_REFS.RPE_4_4, LEGAL_REFS.BW_658A_3] },
  'ziekmelding-uwv': { late: 'warning', missing: 'critical', relevant: false, normKind: 'statutory', legalBasis: [R.ZW_38_1] },
  eerstejaarsevaluatie: { late: 'warning', missing: 'critical', relevant: true, normKind: 'regulation', legalBasis: [LEGAL_REFS.RPE_4_2B, LEGAL_REFS.BBP_5] },
  // A late or missing spoor 2: one severity in both functions (src/review).
  'spoor-2-start': { late: LATE_SPOOR2_SEVERITY, missing: LATE_SPOOR2_SEVERITY, relevant: true, normKind: 'practice', legalBasis: [LEGAL_REFS.BBP_5, LEGAL_REFS.BBP_9, LEGAL_REFS.WWP_SPOOR2, R.BW_658A_1] },
  're-integratieverslag': { late: 'warning', missing: 'critical', relevant: true, normKind: 'statutory', legalBasis: [LEGAL_REFS.WIA_25_3, R.RPE_6_1] },
  'afschrift-werknemer': { late: 'warning', missing: 'critical', relevant: true, normKind: 'statutory', legalBasis: [LEGAL_REFS.WIA_25_3] },
  'wia-aanvraag': { late: 'warning', missing: 'critical', relevant: false, normKind: 'statutory', legalBasis: [LEGAL_REFS.WIA_64_3, LEGAL_REFS.WIA_65] },
});
const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { critical: 0, warning: 1, info: 2 };

const fill = fillLocalized;

/** Fills a template with shared params plus one param that differs per language. */
function fill2(text: Localized, params: Readonly<Record<string, string | number>>, localized: Localized, key: string): Localized {
  return fillLocalized(text, { ...params, [key]: localized });
}

function triApplies(v: ParsedFact | undefined): Answer {
  return v === true ? 'yes' : v === false ? 'no' : 'unknown';
}

/**
 * Audits the reintegration file before the WIA-aanvraag, the way UWV reviews the
 * re-integratieverslag: each item of Regeling procesgang art 6 lid 1 a–l present or missing; the
 * visie of employer and employee in the plan van aanpak and every evaluation (since 1 July 2023);
 * every step of the timeline on time, late or missing; the consequences of each lateness; and the
 * loonsanctie risk in UWV's order of review, with what can still be repaired and by when.
 *
 * @remarks
 * Due dates come from {@link computeTimeline} (with the documents as events), so samentelling, rule
 * sets by date in force and the dependent deadlines (plan van aanpak after an early probleemanalyse,
 * spoor 2 after the eerstejaarsevaluatie) are the library's. Items are required once the verslag is
 * due (WIA 25 lid 3: "uiterlijk dertien weken voor afloop van de wachttijd"). The 42-week melding is
 * fined only when culpable (ZW 38 lid 3, Beleidsregel boete werkgevers ZW); the fine bands are a
 * secondary source and labelled `practice`. A late WIA-aanvraag extends wage payment and opzegverbod
 * by the delay (BW 7:629 lid 11 a, 7:670 lid 11 a) — the answer of {@link computeLateWiaAanvraag}.
 * The repair dates are those of `computeLoonsanctie`: UWV decides at the latest six weeks before the
 * end, counted backwards (WIA 25 lid 10), and a bekortingsverzoek (WIA 25 lid 12–14, also after an
 * administrative loonsanctie for an incomplete verslag) is possible until the end of the 52 weeks,
 * WAZO leave included (WIA 25 lid 9). The audit sees presence, dates and the visie
 * flag — not whether the plan or the efforts are adequate; the risk level is the procedural risk.
 *
 * @param input - Day 1 (`firstSickDay` or `sickPeriods`), `asOf`, the `documents` with dates, and `facts` the documents do not show.
 * @returns Items, visie checks, steps with consequences, findings (stable codes, severity, legal basis, nl/en), the loonsanctie risk and missing facts.
 * @throws {@link PoortwachterError} for invalid input: bad dates, unknown fields or types, documents after `asOf` or before day 1, `items` on a non-verslag document.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0013540&artikel=6 | Regeling procesgang art 6}
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=25 | WIA art 25}
 * @see {@link https://wetten.overheid.nl/BWBR0014375 | Beleidsregels beoordelingskader poortwachter}
 * @example
 * const audit = auditReIntegratieverslag({
 *   firstSickDay: '2024-01-01', asOf: '2024-03-01',
 *   documents: [{ type: 'probleemanalyse', date: '2024-02-05' }],
 * });
 * audit.findings.map((f) => f.code) //=> ['plan-van-aanpak-missing']  (due 2024-02-19, 14 days after the probleemanalyse)
 */
export function auditReIntegratieverslag(input: ReIntegratieverslagAuditInput): ReIntegratieverslagAudit {
  // Totality (issue 14): a list far beyond any real file is rejected before the schema walks it.
  const givenDocs: unknown = typeof input === 'object' && input !== null ? (input as { documents?: unknown }).documents : undefined;
  if (Array.isArray(givenDocs) && givenDocs.length > MAX_SICK_PERIODS) throw PoortwachterError.single(FN, ['documents'], 'invalid_value', `at most ${MAX_SICK_PERIODS} documents, got ${givenDocs.length}`);
  const v = parseInput(inputSchema, input, FN);
  const issues: InputIssue[] = [];
  const sick = v.firstSickDay !== undefined ? { firstSickDay: v.firstSickDay } : v.sickPeriods !== undefined ? { sickPeriods: v.sickPeriods } : undefined;
  if (sick === undefined) throw PoortwachterError.single(FN, ['firstSickDay'], 'missing', "give either 'firstSickDay' or 'sickPeriods'");
  const base = { ...sick, asOf: v.asOf, ...(v.workPattern ? { workPattern: v.workPattern } : {}), ...(v.wazoLeave ? { wazoLeave: v.wazoLeave } : {}) } as Parameters<typeof computeTimeline>[0];
  const plain = timelineOrThrow(base);
  const D = plain.firstSickDay;
  const asOf = v.asOf;

  v.documents.forEach((d, i) => {
    if (d.date > asOf) issues.push({ path: ['documents', i, 'date'], code: 'inconsistent', message: `lies after asOf (${d.date} > ${asOf}): a document cannot exist yet` });
    if (d.date < D && !ITEM_ONLY_TYPES.has(d.type)) issues.push({ path: ['documents', i, 'date'], code: 'inconsistent', message: `lies before day 1 (${d.date} < ${D})` });
    if (d.items !== undefined && d.type !== 're-integratieverslag') issues.push({ path: ['documents', i, 'items'], code: 'invalid_value', message: "only a 're-integratieverslag' document lists items" });
    if (d.missingItems !== undefined && d.type !== 're-integratieverslag') issues.push({ path: ['documents', i, 'missingItems'], code: 'invalid_value', message: "only a 're-integratieverslag' document lists the items it lacks" });
    const both = (d.missingItems ?? []).filter((x) => d.items?.includes(x) === true);
    if (both.length > 0) issues.push({ path: ['documents', i, 'missingItems'], code: 'inconsistent', message: `item(s) ${both.join(', ')} listed both in items and in missingItems` });
    if (d.visie !== undefined && !VISIE_TYPES.has(d.type)) issues.push({ path: ['documents', i, 'visie'], code: 'invalid_value', message: 'visie applies only to a plan van aanpak, its bijstelling and evaluations' });
  });
  if (issues.length > 0) throw new PoortwachterError(FN, issues);

  const docs: readonly DossierDocument[] = v.documents;
  const facts = v.facts ?? {};
  const earliest = (type: DossierDocumentType): string | undefined =>
    docs.filter((d) => d.type === type).map((d) => d.date).sort()[0];
  // computeTimeline puts the eerstejaarsevaluatie into the six-week chain itself; pass only the other evaluations.
  const evaluaties = [...new Set(docs.filter((d) => d.type === 'evaluatie' || d.type === 'eindevaluatie').map((d) => d.date))].sort();
  const events: Record<string, string | string[]> = {};
  for (const id of ['probleemanalyse', 'plan-van-aanpak', 'ziekmelding-uwv', 'eerstejaarsevaluatie', 'spoor-2-start', 're-integratieverslag', 'wia-aanvraag', 'wia-brief-uwv'] as const) {
    const d = earliest(id);
    if (d !== undefined) events[id] = d;
  }
  if (evaluaties.length > 0) events['evaluaties'] = evaluaties;
  const tl = timelineOrThrow({ ...base, events } as Parameters<typeof computeTimeline>[0]);
  const ms = (id: Milestone['id']): Milestone | undefined => tl.milestones.find((m) => m.id === id);

  const notices: Localized[] = [localize(AUDIT_NOTICES, 'content-not-judged'), ...tl.notices];
  const missingFacts = new Set<string>();
  const findings: AuditFinding[] = [];
  const addFinding = (f: Omit<AuditFinding, 'explanation'> & { explanation: Localized }): void => { findings.push(Object.freeze(f)); };
  const lastSick = tl.samentelling.open ? null : tl.samentelling.lastSickDay;
  const needed = (due: string): boolean => lastSick === null || due <= lastSick;
  // BW 7:629 lid 10: a recovery of four weeks or more ended the wachttijd; steps due after its last
  // day lapse — the timeline's rule (src/timeline/wachttijdEnded.ts), so both say 'lapsed'.
  const lapsedAfter = tl.wachttijdEnded?.reason === 'recovered' ? tl.wachttijdEnded.endedOn : null;
  const wachttijdLast = tl.wachttijdLastDay;

  // WIA 64 lid 6: the melding must be made before the wachttijd lasted 81 (before 2013-07-01: 79)
  // weeks for the late-letter safe harbour. computeTimeline already applies that harbour to the due
  // date of the wia-aanvraag; the audit only needs the day for the consequence of a late melding.
  const clock = caseClock(tl, v.wazoLeave);
  const safeWeeks = clock.ruleSet.parameters.ziekmeldingSafeHarbourWeek;
  const safeDay = fromDayNumber(ziekmeldingSafeHarbourDay(clock));
  const wiaMs = ms('wia-aanvraag');
  const wiaDue = wiaMs?.due;
  // BW 7:629 lid 11 a: one rule for the delay of a late WIA-aanvraag — computeLateWiaAanvraag's, which
  // computeTimeline also calls. Run it when the aanvraag is late, or missing after its due date
  // ("if filed today"). The file is the evidence for the 42-week melding; UWV's letter may be absent
  // from it, so without it (or facts.wiaBriefNotReceived) the safe harbour stays unknown.
  const wiaApplied = wiaMs?.done ?? null;
  let lateWia: LateWiaAanvraagResult | null = null;
  if (wachttijdLast !== null && wiaDue !== undefined && (wiaApplied !== null ? wiaApplied > wiaDue : asOf > wiaDue)) {
    const brief = earliest('wia-brief-uwv') ?? (facts.wiaBriefNotReceived === true ? 'niet-ontvangen' : undefined);
    const melding = earliest('ziekmelding-uwv') ?? (asOf >= safeDay ? 'niet-gedaan' : undefined);
    const g = facts.wiaAanvraagDeugdelijkeGrond;
    lateWia = computeLateWiaAanvraag({
      sickPeriods: tl.samentelling.periods, causeExceptionScope: tl.conventions.causeExceptionScope,
      ...(v.wazoLeave === undefined ? {} : { wazoLeave: v.wazoLeave }),
      applicationDate: wiaApplied ?? asOf,
      ...(brief === undefined ? {} : { wiaBriefReceived: brief }),
      ...(melding === undefined ? {} : { ziekmeldingUwv: melding }),
      ...(g === true || g === false ? { deugdelijkeGrond: g } : {}),
    } as Parameters<typeof computeLateWiaAanvraag>[0]);
    if (lateWia.missingFacts.includes('wiaBriefReceived')) missingFacts.add('facts.wiaBriefNotReceived');
  }
  // The wage period UWV's loonsanctie decision is measured against (WIA 25 lid 10, 11): the
  // wachttijd, extended by a late aanvraag (BW 7:629 lid 11 a) — as applyEndOfWachttijdEvents does.
  const loonsanctieRef = wachttijdLast === null ? null : lateWia !== null && lateWia.timely === 'no' ? toDayNumber(lateWia.wageLastDay) : toDayNumber(wachttijdLast);
  if (wiaMs?.explanation.eventUsed === 'wia-brief-uwv') notices.push(fill(localize(AUDIT_NOTICES, 'wia-64-6-applied'), { date: earliest('wia-brief-uwv') ?? '', due: wiaMs.due }));

  // Steps
  const steps: AuditStep[] = [];
  const stepFinding = (step: AuditStep, subject: string): void => {
    if (step.status !== 'late' && step.status !== 'missing') return;
    const rule = STEP_RULES[step.id];
    const stepLabel = localize(STEP_LABELS, step.id);
    const seq = step.sequence === null ? '' : ` ${step.sequence}`;
    const text = fill2(localize(FINDING_TEMPLATES, step.status === 'late' ? 'late' : 'missing'),
      { due: step.due, done: step.done ?? '', days: step.daysLate },
      fillLocalized(localize(AUDIT_TEXTS, 'step-with-sequence'), { stepLabel: stepLabel, seq: seq }), 'step');
    addFinding({
      code: `${step.id}-${step.status === 'late' ? 'late' : 'missing'}`,
      severity: step.status === 'late' ? rule.late : rule.missing,
      subject,
      legalBasis: rule.legalBasis,
      normKind: rule.normKind,
      explanation: text,
      loonsanctieRelevant: rule.relevant,
    });
  };
  const makeStep = (id: AuditStepId, due: string, done: string | null, sequence: number | null = null, notNeeded = false): AuditStep => {
    let status: StepStatus;
    let daysLate = 0;
    if (done !== null) {
      status = done <= due ? 'on-time' : 'late';
      daysLate = Math.max(0, toDayNumber(done) - toDayNumber(due));
    } else if (lapsedAfter !== null && due > lapsedAfter) {
      status = 'lapsed';
    } else if (notNeeded) {
      status = 'not-needed';
    } else if (!needed(due)) {
      // Recovered less than four weeks ago: not due yet (a relapse moves the date), as in the timeline.
      status = 'open';
    } else if (asOf > due) {
      status = 'missing';
      daysLate = toDayNumber(asOf) - toDayNumber(due);
    } else {
      status = 'open';
    }
    const rule = STEP_RULES[id];
    const step: AuditStep = Object.freeze({
      id, sequence, labels: localize(STEP_LABELS, id), due, done, status, daysLate,
      legalBasis: rule.legalBasis, normKind: rule.normKind,
      consequences: Object.freeze(status === 'late' || status === 'missing' ? consequencesOf(id, status, daysLate, done) : []),
    });
    steps.push(step);
    stepFinding(step, sequence === null ? `step:${id}` : `step:${id}-${sequence}`);
    return step;
  };

  function consequencesOf(id: AuditStepId, status: 'late' | 'missing', days: number, done: string | null): LatenessConsequence[] {
    const c = (id: ConsequenceId, applies: LatenessConsequence['applies'], legalBasis: readonly LegalRef[], normKind: NormKind, params: Readonly<Record<string, string | number>> = {}, amount: number | null = null, date: string | null = null): LatenessConsequence =>
      Object.freeze({ id, applies, amount, date, explanation: fill(localize(CONSEQUENCE_TEXTS, id), params), legalBasis, normKind });
    switch (id) {
      case 'probleemanalyse':
      case 'plan-van-aanpak':
      case 'evaluatie':
      case 'eerstejaarsevaluatie':
        return [
          c('proces-ondergeschikt-motiveer-afwijking', 'yes', [LEGAL_REFS.RPE_5, R.BBP_4], 'regulation'),
          // Whether a process gap leads to a loonsanctie is UWV's judgement (BBP §4), not the statute's.
          c('loonsanctie-risico', status === 'missing' && id !== 'evaluatie' ? 'yes' : 'unknown', [R.WIA_25_9, R.BBP_4], 'policy'),
        ];
      case 'spoor-2-start':
        return [
          c('loonsanctie-risico', status === 'missing' ? 'yes' : 'unknown', [R.WIA_25_9, LEGAL_REFS.BBP_5, LEGAL_REFS.BBP_9], 'policy'),
          ...(status === 'late' ? [c('proces-ondergeschikt-motiveer-afwijking', 'yes', [LEGAL_REFS.RPE_5, R.BBP_4], 'regulation')] : []),
        ];
      case 're-integratieverslag':
      case 'afschrift-werknemer':
        return [c('riv-nodig-bij-wia-aanvraag', 'yes', [LEGAL_REFS.WIA_65, LEGAL_REFS.WIA_25_3, R.WIA_25_8, R.WIA_25_9], 'statutory')];
      case 'ziekmelding-uwv': {
        const culpable = facts.ziekmeldingCulpable;
        if (culpable === undefined || culpable === 'unknown') missingFacts.add('facts.ziekmeldingCulpable');
        const applies = triApplies(culpable);
        const band = days <= 0 ? 0 : days <= 6 ? 70 : days <= 27 ? 230 : 455;
        const out = [
          c('boete-alleen-bij-verwijtbaarheid', applies, [R.ZW_38_3, R.BBW], 'statutory', { amount: 455 }, 455),
          c('boete-indicatie-secundair', applies, [R.ZW_38_3], 'practice', { days, amount: band }, band),
          c('geen-loonsanctie-om-termijn-alleen', 'yes', [R.ZW_38_3, R.BBP_4], 'statutory'),
        ];
        const afterSafe = done !== null ? done >= safeDay : asOf >= safeDay;
        if (afterSafe) out.push(c('wia-64-6-bescherming-vervalt', 'yes', [LEGAL_REFS.WIA_64_6], 'statutory', { date: safeDay, weeks: safeWeeks }, null, safeDay));
        return out;
      }
      case 'wia-aanvraag': {
        const g = facts.wiaAanvraagDeugdelijkeGrond;
        if (g === undefined || g === 'unknown') missingFacts.add('facts.wiaAanvraagDeugdelijkeGrond');
        const out: LatenessConsequence[] = [];
        const late = lateWia;
        if (late === null) return out;
        // All from computeLateWiaAanvraag: the delay counts from the statutory deadline (WIA 64 lid 3),
        // 'unknown' while the safe harbour of WIA 64 lid 6 depends on facts the file does not show.
        const timely = late.timely;
        const forfeited = late.wageForfeited;
        const applies: Answer = timely === 'yes' ? 'no' : timely === 'no' ? 'yes' : 'unknown';
        const delay = late.delayDays;
        const ext = timely === 'yes' ? null : late.wageLastDay;
        out.push(timely === 'yes'
          ? Object.freeze({ id: 'loondoorbetaling-verlengd' as const, applies, amount: null, date: null, explanation: late.explanation, legalBasis: [EOW_REFS.WIA_64_6, EOW_REFS.BW_629_11A], normKind: 'statutory' as const })
          : c('loondoorbetaling-verlengd', applies, [EOW_REFS.BW_629_11A], 'statutory', { days: delay, date: ext ?? '', end: wachttijdLast ?? '' }, null, ext));
        out.push(c('opzegverbod-verlengd', applies, [R.BW_670_11A], 'statutory', { days: delay }, null, null));
        out.push(c('geen-loon-over-vertraging', timely === 'yes' ? 'no' : forfeited === 'yes' && timely === 'no' ? 'yes' : forfeited === 'no' ? 'no' : 'unknown', [EOW_REFS.BW_629_3F, R.BW_629_7], 'statutory'));
        const floor = late.dates.find((d) => d.id === 'wia-recht-niet-eerder-dan')!.date;
        const beyond = late.wiaIngang === floor && floor > fromDayNumber(toDayNumber(late.wageLastDay) + 1);
        out.push(c('wia-max-52-weken-terug', beyond ? 'yes' : 'no', [EOW_REFS.WIA_64_11], 'statutory', {}, null, beyond ? floor : null));
        return out;
      }
    }
  }

  const pa = ms('probleemanalyse');
  if (pa) makeStep('probleemanalyse', pa.due, pa.done);
  const pva = ms('plan-van-aanpak');
  if (pva) makeStep('plan-van-aanpak', pva.due, pva.done);
  for (const e of tl.evaluations) makeStep('evaluatie', e.due, e.done, e.sequence);
  const zm = ms('ziekmelding-uwv');
  if (zm) makeStep('ziekmelding-uwv', zm.due, zm.done);
  const eje = ms('eerstejaarsevaluatie');
  if (eje) makeStep('eerstejaarsevaluatie', eje.due, eje.done);
  const sp2 = ms('spoor-2-start');
  if (sp2) {
    const exc = facts.spoor2Exception;
    const s = makeStep('spoor-2-start', sp2.due, sp2.done, null, exc !== undefined);
    if (s.status === 'not-needed' && exc !== undefined) notices.push(fill(localize(AUDIT_NOTICES, 'spoor2-exception'), { reason: exc }));
  }
  const riv = ms('re-integratieverslag');
  if (riv) {
    makeStep('re-integratieverslag', riv.due, riv.done);
    makeStep('afschrift-werknemer', riv.due, earliest('afschrift-werknemer') ?? null);
  }
  if (wiaMs && wiaDue !== undefined) makeStep('wia-aanvraag', wiaDue, wiaMs.done);

  // Items a–l
  const rivRequired = riv !== undefined && asOf > riv.due && needed(riv.due);
  // The latest verslag that says something about an item decides whether the verslag contains it:
  // `missingItems` says it lacks the item even when the file holds a document of that kind (RPE art 6
  // lid 1: the verslag must contain it). Without such a statement, a document of the kind counts.
  const verslagen = docs.map((d, i) => ({ d, i })).filter((x) => x.d.type === 're-integratieverslag')
    .sort((a, b) => (a.d.date < b.d.date ? -1 : a.d.date > b.d.date ? 1 : a.i - b.i));
  const items: AuditItem[] = ITEMS.map((item) => {
    const provided: number[] = [];
    docs.forEach((d, i) => {
      if (ITEM_SOURCES[item].includes(d.type) || (d.type === 're-integratieverslag' && d.items?.includes(item))) provided.push(i);
    });
    const said = [...verslagen].reverse().find((x) => x.d.items?.includes(item) === true || x.d.missingItems?.includes(item) === true);
    const lackedByVerslag = said !== undefined && said.d.missingItems?.includes(item) === true;
    const status = provided.length > 0 && !lackedByVerslag ? 'present' : rivRequired || lackedByVerslag ? 'missing' : 'not-yet-due';
    const labels = localize(ITEM_LABELS, item);
    if (status === 'missing') {
      const inFile = provided.filter((i) => i !== said?.i);
      addFinding({
        code: `riv-item-${item}-missing`, severity: 'critical', subject: `item:${item}`,
        legalBasis: [R.RPE_6_1, R.WIA_25_8], normKind: 'regulation',
        explanation: lackedByVerslag && inFile.length > 0
          ? fill2(localize(FINDING_TEMPLATES, 'item-missing-in-verslag'), { item, index: said!.i, documents: inFile.join(', ') }, labels, 'label')
          : fill2(localize(FINDING_TEMPLATES, 'item-missing'), { item }, labels, 'label'),
        loonsanctieRelevant: true,
      });
    }
    return Object.freeze({ item, labels, status, documents: Object.freeze(provided), legalBasis: [R.RPE_6_1] });
  });

  // Visie (Regeling procesgang art 4 lid 2, since 1 July 2023)
  const visieCase = D >= VISIE_REQUIREMENT.validFrom || asOf > VISIE_REQUIREMENT.value.oldRulesUntil;
  const visie: AuditVisie[] = [];
  docs.forEach((d, i) => {
    if (!VISIE_TYPES.has(d.type)) return;
    const required = D >= VISIE_REQUIREMENT.validFrom || d.date > VISIE_REQUIREMENT.value.oldRulesUntil;
    const status: AuditVisie['status'] = !required ? 'not-required' : d.visie === true ? 'present' : d.visie === false ? 'missing' : 'unknown';
    if (status === 'unknown') missingFacts.add(`documents[${i}].visie`);
    if (status === 'missing') {
      addFinding({
        code: 'visie-missing', severity: 'warning', subject: `document:${i}`,
        legalBasis: d.type === 'plan-van-aanpak' || d.type === 'bijstelling-plan-van-aanpak' ? [R.RPE_4_2A] : [LEGAL_REFS.RPE_4_2B], normKind: 'regulation',
        explanation: fill(localize(FINDING_TEMPLATES, 'visie-missing'), { index: i, type: d.type, date: d.date }),
        loonsanctieRelevant: true,
      });
    }
    visie.push(Object.freeze({ document: i, type: d.type, required, status }));
  });

  findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const loonsanctieRisk = assessRisk(findings, rivRequired, visie.some((x) => x.status === 'unknown'), facts, wiaDue ?? null, loonsanctieRef, clock, asOf, missingFacts);

  return Object.freeze({
    asOf,
    firstSickDay: D,
    wachttijdLastDay: wachttijdLast,
    ruleSetId: tl.ruleSet.id,
    visieRequirement: visieCase,
    items: Object.freeze(items),
    visie: Object.freeze(visie),
    steps: Object.freeze(steps),
    findings: Object.freeze(findings),
    loonsanctieRisk,
    missingFacts: Object.freeze([...missingFacts].sort()),
    notices: Object.freeze(notices),
  });
}

function timelineOrThrow(input: Parameters<typeof computeTimeline>[0]): Timeline {
  try {
    return computeTimeline(input);
  } catch (e) {
    if (isPoortwachterError(e)) throw new PoortwachterError(FN, e.issues);
    throw e;
  }
}

/**
 * The end-of-wachttijd clock of the audited case: the timeline's samentelling (day 1 already moved
 * by the work pattern) with the WAZO leave, so the audit and the endOfWachttijd functions count the
 * same days.
 */
function caseClock(tl: Timeline, wazoLeave: readonly { from: string; to: string }[] | undefined): Clock {
  const issues: InputIssue[] = [];
  const clock = buildClock({ sickPeriods: tl.samentelling.periods, causeExceptionScope: tl.conventions.causeExceptionScope, ...(wazoLeave === undefined ? {} : { wazoLeave }) }, [], issues);
  if (clock === undefined) throw new PoortwachterError(FN, issues);
  return clock;
}

function assessRisk(
  findings: readonly AuditFinding[], rivRequired: boolean, visieUnknown: boolean,
  facts: { bevredigendResultaat?: ParsedFact | undefined; deugdelijkeGrond?: ParsedFact | undefined },
  wiaDue: string | null, loonsanctieRef: number | null, clock: Clock, asOf: string, missingFacts: Set<string>,
): LoonsanctieRisk {
  const relevant = findings.filter((f) => f.loonsanctieRelevant);
  const docCodes = relevant.filter((f) => f.code.startsWith('riv-item-') || f.code.startsWith('re-integratieverslag-') || f.code.startsWith('afschrift-werknemer-'));
  const effortCodes = relevant.filter((f) => !docCodes.includes(f) && f.severity !== 'info');
  const tri = (v: ParsedFact | undefined): UwvReviewAnswer => (v === true ? 'yes' : v === false ? 'no' : 'unknown');
  const br = facts.bevredigendResultaat;
  const dg = facts.deugdelijkeGrond;
  // A required visie that is not known leaves the plan or evaluation (item g/h content) unsettled: unknown, not complete.
  const documents: UwvReviewAnswer | null = docCodes.length > 0 ? 'no' : !rivRequired ? null : visieUnknown ? 'unknown' : 'yes';
  const efforts = effortCodes.some((f) => f.severity === 'critical') ? 'no' : effortCodes.length > 0 ? 'doubt' : 'yes';

  const repairs: Repair[] = [];
  const repair = (id: Repair['id'], to: string | null, legalBasis: readonly LegalRef[]): void => {
    repairs.push(Object.freeze({ id, to, stillPossible: to === null ? null : asOf <= to, explanation: fill(localize(REPAIR_TEXTS, id), { date: to ?? '' }), legalBasis }));
  };
  const docsAtRisk = documents === 'no';
  const effortsAtRisk = br !== true && efforts !== 'yes' && dg !== true;
  if (docsAtRisk) {
    if (wiaDue !== null) repair('aanvullen-voor-aanvraag', wiaDue, [R.RPE_6_1, LEGAL_REFS.WIA_65]);
    repair('aanvullen-binnen-termijn-uwv', null, [R.WIA_25_8, R.BBP_5]);
  }
  const ref = loonsanctieRef;
  if (effortsAtRisk && ref !== null) {
    // WIA 25 lid 10: the same deadline computeLoonsanctie gives (six weeks before the end, backwards).
    repair('herstellen-voor-beslissing-uwv', fromDayNumber(loonsanctieDecisionDue(ref).day), [EOW_REFS.WIA_25_10, EOW_REFS.WIA_25_11]);
  }
  // WIA 25 lid 12–14: a loonsanctie — for insufficient efforts or the administrative one for an
  // incomplete verslag (lid 9) — is shortened once the shortcoming is repaired, until its last
  // possible day: the 52 weeks of computeLoonsanctie, WAZO leave included.
  if ((effortsAtRisk || docsAtRisk) && ref !== null) {
    repair('bekortingsverzoek', fromDayNumber(loonsanctieSpan(ref, clock.leave).maxLast),
      [EOW_REFS.WIA_25_9, EOW_REFS.WIA_25_12, EOW_REFS.WIA_25_13, EOW_REFS.WIA_25_14]);
  }
  // Bezwaar: six weeks from the decision, whose date the file does not show (Awb 6:7, 6:8).
  if (docsAtRisk || (effortsAtRisk && ref !== null)) repair('bezwaar-loonsanctie', null, [R.AWB_6_7, R.AWB_6_8, R.WIA_25_9]);
  const repairable: UwvReviewAnswer = repairs.length === 0 ? 'unknown' : repairs.some((r) => r.stillPossible !== false) ? 'yes' : 'no';

  // UWV's order of review: the one implementation in src/review (shared with checkSpoor2Readiness).
  const walk = walkUwvReviewOrder({
    documents, documentsDefect: docCodes.some((f) => f.severity === 'critical') ? 'critical' : 'warning',
    satisfactoryResult: tri(br), efforts, deugdelijkeGrond: tri(dg), repairable,
  });
  const statusOf = (answer: UwvReviewAnswer | 'doubt' | null, reviewed: boolean): ReviewStatus =>
    !reviewed ? 'not-assessed' : answer === null ? 'not-yet-assessable' : answer === 'yes' ? 'ok' : answer === 'unknown' ? 'unknown' : 'risk';
  const ids: readonly ReviewStepId[] = ['documenten-compleet', 'bevredigend-resultaat', 'voldoende-inspanningen', 'deugdelijke-grond', 'herstelbaar'];
  const meta: readonly { fs: readonly AuditFinding[]; legalBasis: readonly LegalRef[]; normKind: NormKind }[] = [
    { fs: docCodes, legalBasis: [R.RPE_6_1, R.WIA_25_8, R.WWP_TOETS], normKind: 'practice' },
    { fs: [], legalBasis: [R.BBP_3, R.WWP_TOETS], normKind: 'policy' },
    { fs: effortCodes, legalBasis: [R.WIA_25_9, R.BBP_4, R.WWP_TOETS], normKind: 'policy' },
    { fs: [], legalBasis: [R.WIA_25_9, R.WWP_TOETS], normKind: 'policy' },
    { fs: [], legalBasis: [R.WIA_25_8, R.WIA_25_12, R.WIA_25_14], normKind: 'statutory' },
  ];
  const review: ReviewStep[] = walk.steps.map((w, n) => {
    const status = statusOf(w.answer, w.reviewed);
    const id = ids[n]!;
    const base = localize(REVIEW_TEXTS, id);
    const st = localize(REVIEW_STATUS_TEXTS, status);
    const fs = w.reviewed ? meta[n]!.fs : [];
    return Object.freeze({ order: n + 1, id, status, findings: Object.freeze(fs.map((f) => f.code)), explanation: fillLocalized(localize(AUDIT_TEXTS, 'step-explanation'), { base: base, st: st }), legalBasis: meta[n]!.legalBasis, normKind: meta[n]!.normKind });
  });
  if (effortCodes.length > 0 && (br === undefined || br === 'unknown')) missingFacts.add('facts.bevredigendResultaat');
  if (walk.steps[3]!.reviewed && (dg === undefined || dg === 'unknown')) missingFacts.add('facts.deugdelijkeGrond');
  const level: LoonsanctieRisk['level'] = walk.level;
  return Object.freeze({ level, review: Object.freeze(review), repairs: Object.freeze(repairs), explanation: localize(RISK_LEVEL_TEXTS, level) });
}

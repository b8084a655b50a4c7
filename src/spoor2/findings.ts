import { fromDayNumber, toDayNumber } from '../calendar/dayNumber.js';
import type { LegalRef } from '../legal/LegalRef.js';
import type { NormKind } from '../timeline/types.js';
import type { Spoor2Assessment } from './assess.js';
import type { Spoor2Facts } from './facts.js';
import { SPOOR2_REFS as R } from './legalRefs.js';
import { FINDING_TITLES } from './messages.js';
import { msg, renderStep, textParam, type Spoor2MsgParams } from './renderStep.js';
import { missingFactsOf, traceStep, type TraceStep } from '../engine/trace.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import { SPOOR2_NORMS } from './norms.js';
import { LATE_SPOOR2_SEVERITY } from '../review/uwvReviewOrder.js';
import type { Spoor2Finding, Spoor2FindingCode } from './types.js';
import type { Severity } from '../vocabulary/index.js';

const SEVERITY_ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/** Records one finding (its step and the finding rendered from it). */
type AddFinding = (code: Spoor2FindingCode, severity: Severity, normKind: NormKind, legalBasis: readonly LegalRef[], p?: Spoor2MsgParams) => void;

/** Whether the adequacy of what runs is judged: spoor 2 is due or has started, and not exempt. */
function adequacyRelevant(f: Spoor2Facts, s: Spoor2Assessment): boolean {
  const asOf = f.asOf;
  const dutyArisen = s.anchor !== undefined && asOf !== undefined && asOf >= s.anchor && s.conditions.duty === 'yes';
  return s.status !== 'exempt' && s.status !== 'postponed' && (dutyArisen || s.started === 'yes');
}

/** The eerstejaarsevaluatie: not held, or held late. */
function eerstejaarsevaluatieFindings(f: Spoor2Facts, add: AddFinding): void {
  const i = f.input;
  const asOf = f.asOf;
  const iso = fromDayNumber;
  const P = f.ruleSet.parameters;
  // The eerstejaarsevaluatie.
  if (f.ejeDue !== undefined) {
    const eje = i.eerstejaarsevaluatie;
    if (eje?.held === false && asOf !== undefined && asOf > f.ejeDue) {
      add('eje-not-held', 'critical', 'regulation', [R.RPE_4_2B, R.RPE_6, R.BBP_5], { date: iso(f.ejeDue) });
    }
    if (eje?.held === true && eje.date !== undefined && toDayNumber(eje.date) > f.ejeDue) {
      add('eje-held-late', 'warning', 'regulation', [R.RPE_4_2B, R.BBP_5], { date: iso(f.ejeDue), date2: eje.date, n: P.spoor2DaysAfterEerstejaarsevaluatie });
    }
  }
}

/** The deadline: overdue, started late, early start expected. */
function deadlineFindings(f: Spoor2Facts, s: Spoor2Assessment, add: AddFinding): void {
  const iso = fromDayNumber;
  const P = f.ruleSet.parameters;
  // Deadline.
  const req = s.requiredBy !== undefined && Number.isFinite(s.requiredBy) ? s.requiredBy : undefined;
  if (s.status === 'overdue') {
    // Without the evaluation's date, overdue means: past the latest possible deadline (s.upper, then finite).
    const reqDate = req ?? s.upper!;
    add('spoor2-overdue', LATE_SPOOR2_SEVERITY, 'practice', [R.WWP_SPOOR2, R.BBP_5, R.BW_658A_1],
      { date: iso(reqDate), n: P.spoor2DaysAfterEerstejaarsevaluatie, ...(s.startDay === undefined ? {} : { date2: iso(s.startDay) }) });
  }
  if (s.started === 'yes' && req !== undefined && s.startDay! > req && s.status !== 'overdue' && s.conditions.duty === 'yes') {
    add('spoor2-started-late', LATE_SPOOR2_SEVERITY, 'practice', [R.WWP_SPOOR2, R.BBP_5], { date: iso(req), date2: iso(s.startDay!) });
  }
  if (s.earlyStart.expected === 'yes' && s.started !== 'yes' && s.status === 'may-start') {
    add('early-start-expected', 'warning', 'policy', s.earlyStart.legalBasis,
      { text: textParam({ nl: s.earlyStart.indications.map((x) => x.nl).join('; '), en: s.earlyStart.indications.map((x) => x.en).join('; ') }) });
  }
}

/** The perspective in the own organisation; exceptions UWV checks; postponement without end. */
function perspectiveAndExceptionFindings(f: Spoor2Facts, s: Spoor2Assessment, add: AddFinding): void {
  const i = f.input;
  const asOf = f.asOf;
  const iso = fromDayNumber;
  const P = f.ruleSet.parameters;
  // Perspective.
  const persp = s.rawExceptions.find((e) => e.code === 'perspective-own-organisation');
  if (persp !== undefined && i.perspective?.concrete === true && i.perspective.structural === true && persp.applies === 'no' && persp.from !== undefined && persp.until !== undefined) {
    add('perspective-beyond-three-months', 'info', 'practice', [R.WWP_PERSPECTIVE], { date: iso(persp.until), date2: iso(persp.from), n: P.spoor2PerspectiveMonths });
  }
  if (persp !== undefined && persp.applies === 'yes' && persp.until !== undefined && asOf !== undefined && asOf > persp.until) {
    const ex = s.exceptions.find((e) => e.id === 'perspective-own-organisation');
    add('perspective-not-realised', 'warning', 'practice', [R.WWP_PERSPECTIVE, R.BBP_5], { date: iso(persp.until), date2: ex?.lapse?.mustStartFrom ?? iso(persp.until + 1) });
  }

  // Exceptions to be checked; postponement without end.
  for (const e of s.exceptions) {
    if ((e.id === 'geen-benutbare-mogelijkheden' || e.id === 'marginale-mogelijkheden') && e.holds === 'yes') {
      const gbm = e.id === 'geen-benutbare-mogelijkheden';
      add('exception-checked-by-uwv', 'info', e.normKind, [R.BBP_3, ...e.legalBasis.filter((r) => r !== R.BBP_3)],
        { text: msg(gbm ? 'step.no-usable-capacity' : 'step.marginal-capacity') });
    }
  }
  const post = i.exceptions?.postponement;
  if (post !== undefined && post.to === undefined) add('postponement-without-end', 'warning', 'practice', [R.WWP_EXCEPTIONS], { date: post.from });
}

/** Adequacy of what runs (only when spoor 2 is due or has started, and not exempt). */
function adequacyFindings(f: Spoor2Facts, s: Spoor2Assessment, add: AddFinding): void {
  const i = f.input;
  const asOf = f.asOf;
  const iso = fromDayNumber;
  const P = f.ruleSet.parameters;
  // Adequacy of what runs (only when spoor 2 is due or has started, and not exempt).
  const a = f.input.activities;
  if (!adequacyRelevant(f, s) || a === undefined) return;
  {
    const started = s.started === 'yes' ? s.startDay! : undefined;
    // Only for spoor 2 that runs: when nothing started, spoor2-overdue already says it all.
    if (a.reIntegratiebureauAssignedOn === undefined && a.ownSearchWithSupportSince === undefined && started !== undefined) {
      add('no-re-integratiebureau', 'warning', 'policy', [R.BBP_9]);
    }
    if (a.reIntegratiebureauAssignedOn !== undefined && a.trajectplanOn === undefined && asOf !== undefined) {
      const since = asOf - toDayNumber(a.reIntegratiebureauAssignedOn);
      if (since >= P.evaluationIntervalDays) add('no-trajectplan', 'warning', 'practice', [R.WWP_TRAJECT, R.BBP_9], { date: a.reIntegratiebureauAssignedOn, n: since });
    }
    if (started !== undefined && a.planVanAanpakAdjustedOn === undefined) {
      add('no-adjusted-plan-van-aanpak', 'warning', 'regulation', [R.RPE_4_4, R.BBP_9]);
    }
    if (started !== undefined && a.spoor1NotPossibleStatementOn === undefined && i.arbeidsdeskundige === undefined) {
      add('no-spoor1-statement', 'info', 'policy', [R.BBP_9]);
    }
    const limit = SPOOR2_NORMS.noApplicationsAfterDays.value;
    if (started !== undefined && asOf !== undefined && asOf - started >= limit && (a.applications ?? []).length === 0 &&
      a.detacheringOn === undefined && a.werkervaringsplaatsOn === undefined && a.employmentContractOn === undefined) {
      add('no-applications', 'warning', 'practice', [R.BBP_9], { date: iso(started), n: asOf - started, m: limit });
    }
    if (a.reIntegratiebureauAssignedOn !== undefined && asOf !== undefined) {
      const assigned = toDayNumber(a.reIntegratiebureauAssignedOn);
      const reports = (a.progressReports ?? []).map(toDayNumber);
      const last = reports.length === 0 ? assigned : Math.max(...reports);
      if (asOf - last > P.evaluationIntervalDays) add('no-progress-reports', 'info', 'practice', [R.RPE_4_4, R.BBP_9], { date: iso(last), n: P.evaluationIntervalDays });
    }
    if (a.progressStalled === true && a.deskundigenoordeelRequestedOn === undefined) {
      add('stalled-without-deskundigenoordeel', 'warning', 'policy', [R.BBP_10]);
    }
    if (a.employerDeclinedPlacementElsewhere === true) {
      add('placement-elsewhere-declined', 'warning', 'policy', [R.BBP_9, R.BW_629_12]);
    }
  }
}

/** Work in the own organisation that uses up the capacity; records the facts asked for as a step. */
function ownOrganisationWorkFindings(f: Spoor2Facts, s: Spoor2Assessment, add: AddFinding, steps: TraceStep[]): void {
  const i = f.input;
  // Work in the own organisation that uses up the capacity (a published UWV loonsanctie case).
  const work = i.ownOrganisationWork;
  const cap = i.bedrijfsarts?.capacityHoursPerWeek;
  // A structural position that matches the capacity is a satisfactory result, not a finding; while
  // that is unknown the full-capacity case is a warning (not critical) and the fact is asked for.
  if (adequacyRelevant(f, s) && work?.hoursPerWeek !== undefined && work.hoursPerWeek > 0 && work.structuralPosition !== true) {
    const missingFacts: string[] = [];
    if (work.structuralPosition === undefined) missingFacts.push('ownOrganisationWork.structuralPosition');
    if (cap === undefined) missingFacts.push('bedrijfsarts.capacityHoursPerWeek');
    if (missingFacts.length > 0) {
      steps.push(traceStep({ rule: 'spoor2.finding.own-organisation-work', refs: ['BBP_9', 'BBP_3'], outcome: 'unknown',
        inputs: { hoursPerWeek: work.hoursPerWeek }, missingFacts, ...msg('step.own-organisation-work-unknown') }));
    }
    if (cap !== undefined && cap > 0 && work.hoursPerWeek >= cap) {
      add('spoor1-work-exhausts-capacity', work.structuralPosition === false ? 'critical' : 'warning', 'practice', [R.BBP_9, R.BBP_3, R.WWP_TRAJECT, R.BW_658A_1], { n: work.hoursPerWeek, m: cap });
    } else if (cap !== undefined && cap > 0 && work.hoursPerWeek >= SPOOR2_NORMS.ownWorkShareWarning.value * cap) {
      add('spoor1-work-limits-spoor2', 'warning', 'practice', [R.BBP_9, R.WWP_TRAJECT], { n: work.hoursPerWeek, m: cap });
    }
    if (work.structuralPosition === false) add('spoor1-work-not-structural', 'warning', 'policy', [R.BBP_3, R.BBP_8, R.BBP_5]);
  }
}

/** An arbeidsconflict without intervention; records the fact asked for as a step. */
function conflictFindings(f: Spoor2Facts, add: AddFinding, steps: TraceStep[]): void {
  const i = f.input;
  // Conflict.
  if (i.conflict?.present === true && i.conflict.mediationTried === false) {
    add('conflict-without-intervention', 'warning', 'practice', [R.BBP_9]);
  }
  if (i.conflict?.present === true && i.conflict.mediationTried === undefined) {
    steps.push(traceStep({ rule: 'spoor2.finding.conflict', refs: ['BBP_9'], outcome: 'unknown', inputs: { present: true },
      missingFacts: ['conflict.mediationTried'], ...msg('step.conflict-mediation-unknown') }));
  }
}

/**
 * Collects the adequacy findings, most severe first, each with its step `spoor2.finding.<code>`
 * (in the order applied); the facts the finding rules asked for are the steps' missing facts.
 *
 * @internal
 */
export function collectFindings(f: Spoor2Facts, s: Spoor2Assessment, outOfOrder: readonly string[]): { findings: Spoor2Finding[]; missingFacts: string[]; trace: TraceStep[] } {
  const out: Spoor2Finding[] = [];
  const steps: TraceStep[] = [];
  const add = (code: Spoor2FindingCode, severity: Severity, normKind: NormKind, legalBasis: readonly LegalRef[], p: Spoor2MsgParams = {}): void => {
    const step = traceStep({ rule: `spoor2.finding.${code}`, refs: legalKeysOf(legalBasis), outcome: 'met', outputs: { code, severity }, ...msg(`finding.${code}`, p) });
    steps.push(step);
    out.push(Object.freeze({
      code, severity, normKind, legalBasis,
      title: { nl: FINDING_TITLES.nl[code], en: FINDING_TITLES.en[code] },
      explanation: renderStep(step),
    }));
  };
  eerstejaarsevaluatieFindings(f, add);
  deadlineFindings(f, s, add);
  perspectiveAndExceptionFindings(f, s, add);
  adequacyFindings(f, s, add);
  ownOrganisationWorkFindings(f, s, add, steps);
  conflictFindings(f, add, steps);

  if (outOfOrder.length > 0) add('trajectory-out-of-order', 'warning', 'practice', [R.WWP_TRAJECT, R.BBP_9], { text: outOfOrder.join('; ') });

  const findings = out.map((x, n) => ({ x, n })).sort((p, q) => SEVERITY_ORDER[p.x.severity] - SEVERITY_ORDER[q.x.severity] || p.n - q.n).map((p) => p.x);
  return { findings, missingFacts: missingFactsOf(steps), trace: steps };
}

import { toDayNumber } from '../calendar/dayNumber.js';
import type { Tracer, TraceOutcome, TraceStep } from '../engine/trace.js';
import { fillLocalized } from '../i18n/fill.js';
import { localize } from '../i18n/types.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import type { LegalRef } from '../legal/LegalRef.js';
import { LEGAL_REFS } from '../legal/references.js';
import { OBLIGATION_REFS as R } from '../obligations/legalRefs.js';
import { LATE_SPOOR2_SEVERITY } from '../review/uwvReviewOrder.js';
import type { NormKind } from '../timeline/types.js';
import type { Severity } from '../vocabulary/index.js';
import { earliestOf, type AuditCase } from './auditCase.js';
import { consequencesOf } from './auditConsequences.js';
import { AUDIT_NOTICES, STEP_LABELS } from './messages.js';
import { renderAuditStep } from './renderAuditStep.js';
import type { AuditFinding, AuditStep, AuditStepId, StepStatus } from './types.js';

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

const STATUS_OUTCOME: Readonly<Record<StepStatus, TraceOutcome>> = {
  'on-time': 'met', late: 'not-met', missing: 'not-met', open: 'unknown', 'not-needed': 'met', lapsed: 'met',
};

/** Whether a step due on `due` is owed: always in an open case, else only when due by the last sick day. @internal */
export function stepNeeded(c: AuditCase, due: string): boolean {
  return c.lastSick === null || due <= c.lastSick;
}

/** The state of a step on `asOf`, and its days late. */
function stepStatus(c: AuditCase, due: string, done: string | null, notNeeded: boolean): { status: StepStatus; daysLate: number } {
  if (done !== null) return { status: done <= due ? 'on-time' : 'late', daysLate: Math.max(0, toDayNumber(done) - toDayNumber(due)) };
  if (c.lapsedAfter !== null && due > c.lapsedAfter) return { status: 'lapsed', daysLate: 0 };
  if (notNeeded) return { status: 'not-needed', daysLate: 0 };
  // Recovered less than four weeks ago: not due yet (a relapse moves the date), as in the timeline.
  if (!stepNeeded(c, due)) return { status: 'open', daysLate: 0 };
  if (c.asOf > due) return { status: 'missing', daysLate: toDayNumber(c.asOf) - toDayNumber(due) };
  return { status: 'open', daysLate: 0 };
}

/** Facts a late or missing step needs: whether the employee had a deugdelijke grond for a late WIA-aanvraag. */
function stepMissingFacts(c: AuditCase, id: AuditStepId, status: StepStatus): string[] {
  if (id !== 'wia-aanvraag' || (status !== 'late' && status !== 'missing')) return [];
  const g = c.facts.wiaAanvraagDeugdelijkeGrond;
  return g === undefined || g === 'unknown' ? ['facts.wiaAanvraagDeugdelijkeGrond'] : [];
}

/** The finding of a late or missing step, its explanation rendered from the step's trace step. */
function stepFinding(step: AuditStep, traced: TraceStep): AuditFinding {
  const rule = STEP_RULES[step.id];
  const late = step.status === 'late';
  return Object.freeze({
    code: `${step.id}-${late ? 'late' : 'missing'}` as const,
    severity: late ? rule.late : rule.missing,
    subject: step.sequence === null ? `step:${step.id}` : `step:${step.id}-${step.sequence}`,
    legalBasis: rule.legalBasis,
    normKind: rule.normKind,
    explanation: renderAuditStep(traced),
    loonsanctieRelevant: rule.relevant,
  });
}

/** One timeline step: its state (a trace step), its consequences and, when late or missing, its finding. */
function checkStep(c: AuditCase, t: Tracer, out: { steps: AuditStep[]; findings: AuditFinding[] }, id: AuditStepId, due: string, done: string | null, sequence: number | null = null, notNeeded = false): AuditStep {
  const { status, daysLate } = stepStatus(c, due, done, notNeeded);
  const rule = STEP_RULES[id];
  const bad = status === 'late' || status === 'missing';
  const traced = t.record({
    rule: `audit.step.${id}`, refs: legalKeysOf(rule.legalBasis), outcome: STATUS_OUTCOME[status],
    inputs: { due, done, asOf: c.asOf, sequence }, outputs: { status, daysLate },
    missingFacts: stepMissingFacts(c, id, status), message: bad ? `finding.${status}` : `trace.step-${status}`,
    params: { step: id, sequence, due, done: done ?? '', days: daysLate },
  });
  const step: AuditStep = Object.freeze({
    id, sequence, labels: localize(STEP_LABELS, id), due, done, status, daysLate,
    legalBasis: rule.legalBasis, normKind: rule.normKind,
    consequences: Object.freeze(bad ? consequencesOf({ c, t, id, status, days: daysLate, done }) : []),
  });
  out.steps.push(step);
  if (bad) out.findings.push(stepFinding(step, traced));
  return step;
}

/**
 * Checks every step of the timeline on `asOf` — on time, late, missing, open, not needed or lapsed —
 * in the order of the timeline, with the consequences and findings of the late and missing ones.
 *
 * @param c - The audited case.
 * @param t - The tracer of this call.
 * @param findings - Where the findings go.
 * @returns The checked steps.
 * @internal
 */
export function checkAuditSteps(c: AuditCase, t: Tracer, findings: AuditFinding[]): AuditStep[] {
  const out = { steps: [] as AuditStep[], findings };
  const ms = (id: 'probleemanalyse' | 'plan-van-aanpak' | 'ziekmelding-uwv' | 'eerstejaarsevaluatie' | 'spoor-2-start' | 're-integratieverslag') =>
    c.tl.milestones.find((m) => m.id === id);
  for (const id of ['probleemanalyse', 'plan-van-aanpak'] as const) {
    const m = ms(id);
    if (m) checkStep(c, t, out, id, m.due, m.done);
  }
  for (const e of c.tl.evaluations) checkStep(c, t, out, 'evaluatie', e.due, e.done, e.sequence);
  for (const id of ['ziekmelding-uwv', 'eerstejaarsevaluatie'] as const) {
    const m = ms(id);
    if (m) checkStep(c, t, out, id, m.due, m.done);
  }
  const sp2 = ms('spoor-2-start');
  if (sp2) {
    const exc = c.facts.spoor2Exception;
    const s = checkStep(c, t, out, 'spoor-2-start', sp2.due, sp2.done, null, exc !== undefined);
    if (s.status === 'not-needed' && exc !== undefined) c.notices.push(fillLocalized(localize(AUDIT_NOTICES, 'spoor2-exception'), { reason: exc }));
  }
  const riv = ms('re-integratieverslag');
  if (riv) {
    checkStep(c, t, out, 're-integratieverslag', riv.due, riv.done);
    checkStep(c, t, out, 'afschrift-werknemer', riv.due, earliestOf(c.docs, 'afschrift-werknemer') ?? null);
  }
  if (c.wiaMs) checkStep(c, t, out, 'wia-aanvraag', c.wiaMs.due, c.wiaMs.done);
  return out.steps;
}

import { fromDayNumber } from '../calendar/dayNumber.js';
import type { Tracer, TraceOutcome } from '../engine/trace.js';
import { loonsanctieDecisionDue } from '../endOfWachttijd/internal.js';
import { loonsanctieSpan } from '../endOfWachttijd/loonsanctieRules.js';
import { EOW_REFS } from '../law/endOfWachttijdRefs.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import type { LegalRef } from '../legal/LegalRef.js';
import { LEGAL_REFS } from '../legal/references.js';
import { OBLIGATION_REFS as R } from '../obligations/legalRefs.js';
import type { ParsedFact } from '../obligations/factInput.js';
import { walkUwvReviewOrder, type UwvReviewAnswer, type UwvReviewStepOutcome } from '../review/uwvReviewOrder.js';
import type { NormKind } from '../timeline/types.js';
import type { AuditCase } from './auditCase.js';
import { renderAuditStep } from './renderAuditStep.js';
import type { AuditFinding, LoonsanctieRisk, Repair, ReviewStatus, ReviewStep, ReviewStepId } from './types.js';

const tri = (v: ParsedFact | undefined): UwvReviewAnswer => (v === true ? 'yes' : v === false ? 'no' : 'unknown');
const unknown = (v: ParsedFact | undefined): boolean => v === undefined || v === 'unknown';

/** The findings split into the documents (verslag items, verslag, copy) and the efforts. */
function splitFindings(findings: readonly AuditFinding[]): { docCodes: AuditFinding[]; effortCodes: AuditFinding[] } {
  const relevant = findings.filter((f) => f.loonsanctieRelevant);
  const docCodes = relevant.filter((f) => f.code.startsWith('riv-item-') || f.code.startsWith('re-integratieverslag-') || f.code.startsWith('afschrift-werknemer-'));
  return { docCodes, effortCodes: relevant.filter((f) => !docCodes.includes(f) && f.severity !== 'info') };
}

/** What can still be repaired, and by when: each repair a trace step. */
function repairsOf(c: AuditCase, t: Tracer, docsAtRisk: boolean, effortsAtRisk: boolean): Repair[] {
  const repairs: Repair[] = [];
  const repair = (id: Repair['id'], to: string | null, legalBasis: readonly LegalRef[]): void => {
    const stillPossible = to === null ? null : c.asOf <= to;
    const step = t.record({
      rule: `audit.repair.${id}`, refs: legalKeysOf(legalBasis), outcome: 'computed',
      inputs: { asOf: c.asOf, docsAtRisk, effortsAtRisk }, outputs: { to, stillPossible }, message: `repair.${id}`, params: { date: to ?? '' },
    });
    repairs.push(Object.freeze({ id, to, stillPossible, explanation: renderAuditStep(step), legalBasis }));
  };
  const wiaDue = c.wiaMs?.due ?? null;
  if (docsAtRisk) {
    if (wiaDue !== null) repair('aanvullen-voor-aanvraag', wiaDue, [R.RPE_6_1, LEGAL_REFS.WIA_65]);
    repair('aanvullen-binnen-termijn-uwv', null, [R.WIA_25_8, R.BBP_5]);
  }
  const ref = c.loonsanctieRef;
  // WIA 25 lid 10: the same deadline computeLoonsanctie gives (six weeks before the end, backwards).
  if (effortsAtRisk && ref !== null) repair('herstellen-voor-beslissing-uwv', fromDayNumber(loonsanctieDecisionDue(ref).day), [EOW_REFS.WIA_25_10, EOW_REFS.WIA_25_11]);
  // WIA 25 lid 12–14: a loonsanctie — for insufficient efforts or the administrative one for an
  // incomplete verslag (lid 9) — is shortened once the shortcoming is repaired, until its last
  // possible day: the 52 weeks of computeLoonsanctie, WAZO leave included.
  if ((effortsAtRisk || docsAtRisk) && ref !== null) {
    repair('bekortingsverzoek', fromDayNumber(loonsanctieSpan(ref, c.clock.leave).maxLast), [EOW_REFS.WIA_25_9, EOW_REFS.WIA_25_12, EOW_REFS.WIA_25_13, EOW_REFS.WIA_25_14]);
  }
  // Bezwaar: six weeks from the decision, whose date the file does not show (Awb 6:7, 6:8).
  if (docsAtRisk || (effortsAtRisk && ref !== null)) repair('bezwaar-loonsanctie', null, [R.AWB_6_7, R.AWB_6_8, R.WIA_25_9]);
  return repairs;
}

const REVIEW_IDS: readonly ReviewStepId[] = ['documenten-compleet', 'bevredigend-resultaat', 'voldoende-inspanningen', 'deugdelijke-grond', 'herstelbaar'];
const REVIEW_META: readonly { legalBasis: readonly LegalRef[]; normKind: NormKind }[] = [
  { legalBasis: [R.RPE_6_1, R.WIA_25_8, R.WWP_TOETS], normKind: 'practice' },
  { legalBasis: [R.BBP_3, R.WWP_TOETS], normKind: 'policy' },
  { legalBasis: [R.WIA_25_9, R.BBP_4, R.WWP_TOETS], normKind: 'policy' },
  { legalBasis: [R.WIA_25_9, R.WWP_TOETS], normKind: 'policy' },
  { legalBasis: [R.WIA_25_8, R.WIA_25_12, R.WIA_25_14], normKind: 'statutory' },
];
const REVIEW_OUTCOME: Readonly<Record<ReviewStatus, TraceOutcome>> = { ok: 'met', risk: 'not-met', unknown: 'unknown', 'not-assessed': 'unknown', 'not-yet-assessable': 'unknown' };

function statusOf(w: UwvReviewStepOutcome): ReviewStatus {
  const answer = w.answer as UwvReviewAnswer | 'doubt' | null;
  return !w.reviewed ? 'not-assessed' : answer === null ? 'not-yet-assessable' : answer === 'yes' ? 'ok' : answer === 'unknown' ? 'unknown' : 'risk';
}

/** One step of UWV's review, a trace step; the facts it needs (bevredigend resultaat, deugdelijke grond) are its missing facts. */
function reviewStep(t: Tracer, w: UwvReviewStepOutcome, n: number, fs: readonly AuditFinding[], missingFacts: readonly string[]): ReviewStep {
  const status = statusOf(w);
  const id = REVIEW_IDS[n]!;
  const meta = REVIEW_META[n]!;
  const codes = Object.freeze((w.reviewed ? fs : []).map((f) => f.code));
  const step = t.record({
    rule: `audit.review.${id}`, refs: legalKeysOf(meta.legalBasis), outcome: REVIEW_OUTCOME[status],
    inputs: { answer: w.answer, reviewed: w.reviewed, findings: codes }, outputs: { status }, missingFacts,
    message: `review.${id}`, params: { status },
  });
  return Object.freeze({ order: n + 1, id, status, findings: codes, explanation: renderAuditStep(step), legalBasis: meta.legalBasis, normKind: meta.normKind });
}

/**
 * The loonsanctie risk as far as the file shows it, in UWV's order of review (the one
 * implementation in src/review, shared with checkSpoor2Readiness), with what can still be repaired.
 *
 * @param c - The audited case.
 * @param t - The tracer of this call.
 * @param findings - All findings, most serious first.
 * @param rivRequired - Whether the verslag is due.
 * @param visieUnknown - Whether a required visie is not known.
 * @returns The risk level, the review steps, the repairs and the explanation.
 * @internal
 */
export function assessLoonsanctieRisk(c: AuditCase, t: Tracer, findings: readonly AuditFinding[], rivRequired: boolean, visieUnknown: boolean): LoonsanctieRisk {
  const { docCodes, effortCodes } = splitFindings(findings);
  const br = c.facts.bevredigendResultaat;
  const dg = c.facts.deugdelijkeGrond;
  // A required visie that is not known leaves the plan or evaluation (item g/h content) unsettled: unknown, not complete.
  const documents: UwvReviewAnswer | null = docCodes.length > 0 ? 'no' : !rivRequired ? null : visieUnknown ? 'unknown' : 'yes';
  const efforts = effortCodes.some((f) => f.severity === 'critical') ? 'no' : effortCodes.length > 0 ? 'doubt' : 'yes';
  const docsAtRisk = documents === 'no';
  const effortsAtRisk = br !== true && efforts !== 'yes' && dg !== true;
  const repairs = repairsOf(c, t, docsAtRisk, effortsAtRisk);
  const repairable: UwvReviewAnswer = repairs.length === 0 ? 'unknown' : repairs.some((r) => r.stillPossible !== false) ? 'yes' : 'no';
  const walk = walkUwvReviewOrder({
    documents, documentsDefect: docCodes.some((f) => f.severity === 'critical') ? 'critical' : 'warning',
    satisfactoryResult: tri(br), efforts, deugdelijkeGrond: tri(dg), repairable,
  });
  const needs: readonly (readonly string[])[] = [
    [], effortCodes.length > 0 && unknown(br) ? ['facts.bevredigendResultaat'] : [], [],
    walk.steps[3]!.reviewed && unknown(dg) ? ['facts.deugdelijkeGrond'] : [], [],
  ];
  const fsOf: readonly (readonly AuditFinding[])[] = [docCodes, [], effortCodes, [], []];
  const review = walk.steps.map((w, n) => reviewStep(t, w, n, fsOf[n]!, needs[n]!));
  const level: LoonsanctieRisk['level'] = walk.level;
  const step = t.record({ rule: 'audit.risk', refs: legalKeysOf([R.WIA_25_9, R.BBP_4]), outcome: 'computed', inputs: { documents, efforts, repairable }, outputs: { level }, message: `risk.${level}` });
  return Object.freeze({ level, review: Object.freeze(review), repairs: Object.freeze(repairs), explanation: renderAuditStep(step) });
}

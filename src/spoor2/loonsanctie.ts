import type { Spoor2Assessment } from './assess.js';
import type { Spoor2Facts } from './facts.js';
import { SPOOR2_REFS as R } from './legalRefs.js';
import { assessSpoor2BevredigendResultaat } from './bevredigendResultaat.js';
import type { Spoor2LoonsanctieRisk, Spoor2LoonsanctieStep, Spoor2Finding } from './types.js';
import type { Answer } from '../vocabulary/index.js';
import { walkUwvReviewOrder, type UwvReviewSeverity } from '../review/uwvReviewOrder.js';
import { traceStep, type TraceStep, type TraceValue } from '../engine/trace.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import { msg, renderStep, renderValue, textParam, type Spoor2Msg } from './renderStep.js';
import { outcomeOf } from './traceValues.js';

/** A reason of a review step: a catalogue message, or a text of another module (`{ nl, en }`). */
type Reason = Spoor2Msg | TraceValue;

/** Step 1: documents complete (RPE art 6 lid 1, as far as spoor 2 goes). */
function documentsStep(f: Spoor2Facts, s: Spoor2Assessment): { docs: Answer; docsDefect: UwvReviewSeverity; docReasons: Reason[] } {
  const i = f.input;
  const a = i.activities;
  const asOf = f.asOf;
  // Documents complete (RPE art 6 lid 1, as far as spoor 2 goes: the eerstejaarsevaluatie (h), the adjusted PvA (g)).
  const docReasons: Reason[] = [];
  let docs: Answer = 'yes';
  let docsDefect: UwvReviewSeverity = 'warning';
  if (f.ejeDue !== undefined && asOf !== undefined && asOf > f.ejeDue) {
    if (i.eerstejaarsevaluatie === undefined) { docs = 'unknown'; docReasons.push(msg('loonsanctie.unknown-whether-the-first-year')); }
    else if (i.eerstejaarsevaluatie.held === false) { docs = 'no'; docsDefect = 'critical'; docReasons.push(msg('loonsanctie.the-first-year-evaluation-is')); }
  }
  if (s.started === 'yes' && a?.planVanAanpakAdjustedOn === undefined) {
    docs = 'no';
    docReasons.push(msg('loonsanctie.the-adjusted-plan-of-action'));
  }
  if (a === undefined && docs === 'yes') { docs = 'unknown'; docReasons.push(msg('loonsanctie.what-has-been-done-activities')); }
  if (docs === 'yes') docReasons.push(msg('loonsanctie.the-track-2-documents-the'));
  if (docs === 'no') docReasons.push(msg('loonsanctie.uwv-asks-to-complete-the'));
  return { docs, docsDefect, docReasons };
}

/** Step 3: sufficient efforts: `no` with a critical finding, `doubt` with warnings only or while the term runs. */
function effortsStep(s: Spoor2Assessment, findings: readonly Spoor2Finding[]): { efforts: Answer | 'doubt'; effReasons: Reason[] } {
  // 3. Sufficient efforts: `no` with a critical finding, `doubt` with warnings only or while the term runs.
  const critical = findings.filter((x) => x.severity === 'critical');
  const warnings = findings.filter((x) => x.severity === 'warning');
  let efforts: Answer | 'doubt';
  const effReasons: Reason[] = [];
  if (s.status === 'exempt') {
    efforts = 'yes';
    effReasons.push(msg('loonsanctie.an-exception-holds-uwv-checks'));
  } else if (critical.length > 0) {
    efforts = 'no';
    for (const c of critical) effReasons.push(msg(`findingTitle.${c.code}`));
  } else if (warnings.length > 0) {
    efforts = 'doubt';
    for (const w of warnings) effReasons.push(msg(`findingTitle.${w.code}`));
    effReasons.push(msg('loonsanctie.uwv-weighs-these-points-they'));
  } else if (s.status === 'must-start') {
    // The term runs and nothing has started: no shortfall yet, but no efforts to judge either.
    efforts = 'doubt';
    effReasons.push(msg('loonsanctie.track-2-has-yet-to', { requiredBy: s.deadline.requiredBy ?? msg('loonsanctie.date-unknown') }));
  } else if (s.status === 'unknown' || s.started === 'unknown') {
    efforts = 'unknown';
    effReasons.push(msg('loonsanctie.unknown-facts-are-missing-see'));
  } else {
    efforts = 'yes';
    effReasons.push(msg('loonsanctie.no-shortcomings-found-in-the'));
  }
  return { efforts, effReasons };
}

/** Step 4: deugdelijke grond (BVL art 1 f). */
function grondStep(f: Spoor2Facts): { grond: Answer; grondReasons: Reason[] } {
  const i = f.input;
  // 4. Deugdelijke grond (BVL art 1 f).
  const g = i.deugdelijkeGrond;
  let grond: Answer;
  const grondReasons: Reason[] = [];
  if (g === undefined) { grond = 'unknown'; grondReasons.push(msg('loonsanctie.unknown-no-valid-reason-given')); }
  else if (g.followedDeskundigenoordeel === true) { grond = 'yes'; grondReasons.push(msg('loonsanctie.the-employer-followed-a-uwv')); }
  else if (g.otherReason !== undefined) { grond = 'unknown'; grondReasons.push(msg('loonsanctie.reason-put-forward-uwv-judges', { otherReason: g.otherReason })); }
  else { grond = 'no'; grondReasons.push(msg('loonsanctie.no-valid-reason-put-forward')); }
  return { grond, grondReasons };
}

/** Step 5: repairable. */
function repairStep(f: Spoor2Facts, s: Spoor2Assessment): { repair: Answer; repReasons: Reason[] } {
  const i = f.input;
  // 5. Repairable.
  let repair: Answer;
  const repReasons: Reason[] = [];
  const gbm = s.exceptions.find((e) => e.id === 'geen-benutbare-mogelijkheden');
  if (gbm?.holds === 'yes') { repair = 'no'; repReasons.push(msg('loonsanctie.no-usable-capacity-repair-is')); }
  else if ((i.bedrijfsarts?.capacityHoursPerWeek ?? 0) > 0 || i.bedrijfsarts?.ownWorkPossible === 'partly') {
    repair = 'yes';
    repReasons.push(msg('loonsanctie.the-employee-has-usable-capacity'));
  } else { repair = 'unknown'; repReasons.push(msg('loonsanctie.unknown-the-work-capacity-bedrijfsarts')); }
  repReasons.push(msg('loonsanctie.if-the-shortfall-can-no'));
  return { repair, repReasons };
}

/**
 * The loonsanctie risk in UWV's order of review of the re-integratieverslag (Werkwijzer, via
 * rviregister; docs/sources.md §6.5): documents complete → satisfactory result → sufficient efforts →
 * deugdelijke grond → repairable, walked by the one implementation `walkUwvReviewOrder`
 * (src/review, shared with `auditReIntegratieverslag`); steps UWV does not get to have `answer: null`.
 * Trace: one step `spoor2.loonsanctie.<step>` per step UWV gets to, then `spoor2.loonsanctie.risk`
 * (the explanation is rendered from it).
 *
 * @internal
 */
export function assessLoonsanctieRisk(f: Spoor2Facts, s: Spoor2Assessment, findings: readonly Spoor2Finding[]): Spoor2LoonsanctieRisk & { readonly trace: readonly TraceStep[] } {
  const g = f.input.deugdelijkeGrond;
  const { docs, docsDefect, docReasons } = documentsStep(f, s);
  // 2. Satisfactory result (BBP §3): the one rule of src/passendWerk.
  const br = assessSpoor2BevredigendResultaat(f, s.exceptions);
  const result: Answer = br.answer;
  const resReasons: Reason[] = br.reasons.map(textParam);

  const { efforts, effReasons } = effortsStep(s, findings);
  const { grond, grondReasons } = grondStep(f);
  const { repair, repReasons } = repairStep(f, s);

  // Walk the steps in UWV's order: the one implementation in src/review.
  const walk = walkUwvReviewOrder({ documents: docs, documentsDefect: docsDefect, satisfactoryResult: result, efforts, deugdelijkeGrond: grond, deugdelijkeGrondPutForward: g?.otherReason !== undefined, repairable: repair });
  const level = walk.level;
  const reasonsOf: Record<Spoor2LoonsanctieStep['id'], Reason[]> = {
    'documents-complete': docReasons, 'satisfactory-result': resReasons, 'sufficient-efforts': effReasons, 'deugdelijke-grond': grondReasons, repairable: repReasons,
  };
  const meta: Record<Spoor2LoonsanctieStep['id'], { legalBasis: Spoor2LoonsanctieStep['legalBasis']; normKind: Spoor2LoonsanctieStep['normKind'] }> = {
    'documents-complete': { legalBasis: [R.RPE_6, R.WIA_65, R.BBP_5], normKind: 'regulation' },
    'satisfactory-result': { legalBasis: [R.BBP_3], normKind: 'policy' },
    'sufficient-efforts': { legalBasis: [R.BBP_4, R.BBP_9, R.BW_658A_1], normKind: 'policy' },
    'deugdelijke-grond': { legalBasis: [R.WIA_25_9, R.BVL_1F, R.WWP_DEUGDELIJK], normKind: 'policy' },
    repairable: { legalBasis: [R.WIA_25_9, R.WIA_25_12, R.WWP_REVIEW], normKind: 'practice' },
  };
  // Spoor 2 says `unknown` where the walk says `doubt` (shortcomings UWV weighs). Each step UWV gets
  // to records its trace step; its reasons are the step's `params.reasons` rendered.
  const trace: TraceStep[] = [];
  const steps = walk.steps.map((w): Spoor2LoonsanctieStep => {
    const answer: Answer | null = w.answer === 'doubt' ? 'unknown' : w.answer;
    if (answer === null) return Object.freeze({ id: w.id, answer, reasons: [], ...meta[w.id] });
    const step = traceStep({
      rule: `spoor2.loonsanctie.${w.id}`, refs: legalKeysOf(meta[w.id].legalBasis), outcome: outcomeOf(answer), outputs: { answer },
      ...msg(`review.${w.id}`, { reasons: reasonsOf[w.id] }),
    });
    trace.push(step);
    return Object.freeze({ id: w.id, answer, reasons: (step.params['reasons'] as readonly TraceValue[]).map(renderValue), ...meta[w.id] });
  });
  const levelText = {
    low: 'loonsanctie.low-risk-of-a-wage', medium: 'loonsanctie.medium-risk-of-a-wage', high: 'loonsanctie.high-risk-of-a-wage', unknown: 'loonsanctie.risk-of-a-wage-sanction',
  } as const satisfies Record<Spoor2LoonsanctieRisk['level'], string>;
  const legalBasis = [R.WIA_25_9, R.WWP_REVIEW, R.BBP_4];
  const risk = traceStep({
    rule: 'spoor2.loonsanctie.risk', refs: legalKeysOf(legalBasis), outcome: level === 'unknown' ? 'unknown' : 'computed',
    outputs: { level }, ...msg('loonsanctie.uwv-s-order-of-review', { value: msg(levelText[level]) }),
  });
  return Object.freeze({ level, steps, explanation: renderStep(risk), legalBasis, trace: [...trace, risk] });
}

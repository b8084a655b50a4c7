import type { Localized } from '../i18n/types.js';
import type { Spoor2Assessment } from './assess.js';
import type { Spoor2Facts } from './facts.js';
import { SPOOR2_REFS as R } from './legalRefs.js';
import { assessSpoor2BevredigendResultaat } from './bevredigendResultaat.js';
import type { Spoor2LoonsanctieRisk, Spoor2LoonsanctieStep, Spoor2Finding } from './types.js';
import type { Answer } from '../vocabulary/index.js';
import { walkUwvReviewOrder, type UwvReviewSeverity } from '../review/uwvReviewOrder.js';
import { fillLocalized } from '../i18n/fill.js';
import { localize } from '../i18n/types.js';
import { LOONSANCTIE_TEXTS } from './messages.js';
import { traceStep, type TraceStep } from '../engine/trace.js';
import { legalKeysOf } from '../legal/legalKeyOf.js';
import { msg, renderStep } from './renderStep.js';
import { outcomeOf } from './traceValues.js';

/** Step 1: documents complete (RPE art 6 lid 1, as far as spoor 2 goes). */
function documentsStep(f: Spoor2Facts, s: Spoor2Assessment): { docs: Answer; docsDefect: UwvReviewSeverity; docReasons: Localized[] } {
  const i = f.input;
  const a = i.activities;
  const asOf = f.asOf;
  // Documents complete (RPE art 6 lid 1, as far as spoor 2 goes: the eerstejaarsevaluatie (h), the adjusted PvA (g)).
  const docReasons: Localized[] = [];
  let docs: Answer = 'yes';
  let docsDefect: UwvReviewSeverity = 'warning';
  if (f.ejeDue !== undefined && asOf !== undefined && asOf > f.ejeDue) {
    if (i.eerstejaarsevaluatie === undefined) { docs = 'unknown'; docReasons.push(localize(LOONSANCTIE_TEXTS, 'unknown-whether-the-first-year')); }
    else if (i.eerstejaarsevaluatie.held === false) { docs = 'no'; docsDefect = 'critical'; docReasons.push(localize(LOONSANCTIE_TEXTS, 'the-first-year-evaluation-is')); }
  }
  if (s.started === 'yes' && a?.planVanAanpakAdjustedOn === undefined) {
    docs = 'no';
    docReasons.push(localize(LOONSANCTIE_TEXTS, 'the-adjusted-plan-of-action'));
  }
  if (a === undefined && docs === 'yes') { docs = 'unknown'; docReasons.push(localize(LOONSANCTIE_TEXTS, 'what-has-been-done-activities')); }
  if (docs === 'yes') docReasons.push(localize(LOONSANCTIE_TEXTS, 'the-track-2-documents-the'));
  if (docs === 'no') docReasons.push(localize(LOONSANCTIE_TEXTS, 'uwv-asks-to-complete-the'));
  return { docs, docsDefect, docReasons };
}

/** Step 3: sufficient efforts: `no` with a critical finding, `doubt` with warnings only or while the term runs. */
function effortsStep(s: Spoor2Assessment, findings: readonly Spoor2Finding[]): { efforts: Answer | 'doubt'; effReasons: Localized[] } {
  // 3. Sufficient efforts: `no` with a critical finding, `doubt` with warnings only or while the term runs.
  const critical = findings.filter((x) => x.severity === 'critical');
  const warnings = findings.filter((x) => x.severity === 'warning');
  let efforts: Answer | 'doubt';
  const effReasons: Localized[] = [];
  if (s.status === 'exempt') {
    efforts = 'yes';
    effReasons.push(localize(LOONSANCTIE_TEXTS, 'an-exception-holds-uwv-checks'));
  } else if (critical.length > 0) {
    efforts = 'no';
    for (const c of critical) effReasons.push(c.title);
  } else if (warnings.length > 0) {
    efforts = 'doubt';
    for (const w of warnings) effReasons.push(w.title);
    effReasons.push(localize(LOONSANCTIE_TEXTS, 'uwv-weighs-these-points-they'));
  } else if (s.status === 'must-start') {
    // The term runs and nothing has started: no shortfall yet, but no efforts to judge either.
    efforts = 'doubt';
    effReasons.push(fillLocalized(localize(LOONSANCTIE_TEXTS, 'track-2-has-yet-to'), { requiredBy: s.deadline.requiredBy ?? localize(LOONSANCTIE_TEXTS, 'date-unknown') }));
  } else if (s.status === 'unknown' || s.started === 'unknown') {
    efforts = 'unknown';
    effReasons.push(localize(LOONSANCTIE_TEXTS, 'unknown-facts-are-missing-see'));
  } else {
    efforts = 'yes';
    effReasons.push(localize(LOONSANCTIE_TEXTS, 'no-shortcomings-found-in-the'));
  }
  return { efforts, effReasons };
}

/** Step 4: deugdelijke grond (BVL art 1 f). */
function grondStep(f: Spoor2Facts): { grond: Answer; grondReasons: Localized[] } {
  const i = f.input;
  // 4. Deugdelijke grond (BVL art 1 f).
  const g = i.deugdelijkeGrond;
  let grond: Answer;
  const grondReasons: Localized[] = [];
  if (g === undefined) { grond = 'unknown'; grondReasons.push(localize(LOONSANCTIE_TEXTS, 'unknown-no-valid-reason-given')); }
  else if (g.followedDeskundigenoordeel === true) { grond = 'yes'; grondReasons.push(localize(LOONSANCTIE_TEXTS, 'the-employer-followed-a-uwv')); }
  else if (g.otherReason !== undefined) { grond = 'unknown'; grondReasons.push(fillLocalized(localize(LOONSANCTIE_TEXTS, 'reason-put-forward-uwv-judges'), { otherReason: g.otherReason })); }
  else { grond = 'no'; grondReasons.push(localize(LOONSANCTIE_TEXTS, 'no-valid-reason-put-forward')); }
  return { grond, grondReasons };
}

/** Step 5: repairable. */
function repairStep(f: Spoor2Facts, s: Spoor2Assessment): { repair: Answer; repReasons: Localized[] } {
  const i = f.input;
  // 5. Repairable.
  let repair: Answer;
  const repReasons: Localized[] = [];
  const gbm = s.exceptions.find((e) => e.id === 'geen-benutbare-mogelijkheden');
  if (gbm?.holds === 'yes') { repair = 'no'; repReasons.push(localize(LOONSANCTIE_TEXTS, 'no-usable-capacity-repair-is')); }
  else if ((i.bedrijfsarts?.capacityHoursPerWeek ?? 0) > 0 || i.bedrijfsarts?.ownWorkPossible === 'partly') {
    repair = 'yes';
    repReasons.push(localize(LOONSANCTIE_TEXTS, 'the-employee-has-usable-capacity'));
  } else { repair = 'unknown'; repReasons.push(localize(LOONSANCTIE_TEXTS, 'unknown-the-work-capacity-bedrijfsarts')); }
  repReasons.push(localize(LOONSANCTIE_TEXTS, 'if-the-shortfall-can-no'));
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
  const resReasons: Localized[] = [...br.reasons];

  const { efforts, effReasons } = effortsStep(s, findings);
  const { grond, grondReasons } = grondStep(f);
  const { repair, repReasons } = repairStep(f, s);

  // Walk the steps in UWV's order: the one implementation in src/review.
  const walk = walkUwvReviewOrder({ documents: docs, documentsDefect: docsDefect, satisfactoryResult: result, efforts, deugdelijkeGrond: grond, deugdelijkeGrondPutForward: g?.otherReason !== undefined, repairable: repair });
  const level = walk.level;
  const reasonsOf: Record<Spoor2LoonsanctieStep['id'], Localized[]> = {
    'documents-complete': docReasons, 'satisfactory-result': resReasons, 'sufficient-efforts': effReasons, 'deugdelijke-grond': grondReasons, repairable: repReasons,
  };
  const meta: Record<Spoor2LoonsanctieStep['id'], { legalBasis: Spoor2LoonsanctieStep['legalBasis']; normKind: Spoor2LoonsanctieStep['normKind'] }> = {
    'documents-complete': { legalBasis: [R.RPE_6, R.WIA_65, R.BBP_5], normKind: 'regulation' },
    'satisfactory-result': { legalBasis: [R.BBP_3], normKind: 'policy' },
    'sufficient-efforts': { legalBasis: [R.BBP_4, R.BBP_9, R.BW_658A_1], normKind: 'policy' },
    'deugdelijke-grond': { legalBasis: [R.WIA_25_9, R.BVL_1F, R.WWP_DEUGDELIJK], normKind: 'policy' },
    repairable: { legalBasis: [R.WIA_25_9, R.WIA_25_12, R.WWP_REVIEW], normKind: 'practice' },
  };
  // Spoor 2 says `unknown` where the walk says `doubt` (shortcomings UWV weighs).
  const steps = walk.steps.map((w): Spoor2LoonsanctieStep => {
    const answer: Answer | null = w.answer === 'doubt' ? 'unknown' : w.answer;
    return Object.freeze({ id: w.id, answer, reasons: answer === null ? [] : reasonsOf[w.id], ...meta[w.id] });
  });
  const levelText = {
    low: 'loonsanctie.low-risk-of-a-wage', medium: 'loonsanctie.medium-risk-of-a-wage', high: 'loonsanctie.high-risk-of-a-wage', unknown: 'loonsanctie.risk-of-a-wage-sanction',
  } as const satisfies Record<Spoor2LoonsanctieRisk['level'], string>;
  const legalBasis = [R.WIA_25_9, R.WWP_REVIEW, R.BBP_4];
  const trace = steps.filter((x) => x.answer !== null).map((x) => traceStep({
    rule: `spoor2.loonsanctie.${x.id}`, refs: legalKeysOf(x.legalBasis), outcome: outcomeOf(x.answer!), outputs: { answer: x.answer }, ...msg(`review.${x.id}`),
  }));
  const risk = traceStep({
    rule: 'spoor2.loonsanctie.risk', refs: legalKeysOf(legalBasis), outcome: level === 'unknown' ? 'unknown' : 'computed',
    outputs: { level }, ...msg('loonsanctie.uwv-s-order-of-review', { value: msg(levelText[level]) }),
  });
  return Object.freeze({ level, steps, explanation: renderStep(risk), legalBasis, trace: [...trace, risk] });
}

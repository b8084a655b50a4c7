import type { TraceStep, TraceValue } from '../engine/trace.js';
import { phrase } from '../endOfWachttijd/messages.js';
import { fillLocalized, type TemplateValue } from '../i18n/fill.js';
import { localize, type Localized } from '../i18n/types.js';
import {
  AUDIT_TEXTS, AUDIT_TRACE_TEXTS, CONSEQUENCE_TEXTS, FINDING_TEMPLATES, ITEM_LABELS, REPAIR_TEXTS, REVIEW_STATUS_TEXTS,
  REVIEW_TEXTS, RISK_LEVEL_TEXTS, STEP_LABELS, type AuditTraceTextKey,
} from './messages.js';
import type { AuditStepId, ConsequenceId, LoonsanctieRisk, RepairId, ReviewStatus, ReviewStepId, RivItem } from './types.js';

/**
 * Keys of the messages that render a trace step of `auditReIntegratieverslag`: a finding
 * (`finding.late`, …), a consequence (`consequence.<id>`), a repair, a review step, the risk level,
 * or a step no result field shows (`trace.<key>`).
 *
 * @internal
 */
export type AuditMessageKey =
  | 'finding.late' | 'finding.missing' | 'finding.item-missing' | 'finding.item-missing-in-verslag' | 'finding.visie-missing'
  | `consequence.${ConsequenceId}` | 'consequence.loondoorbetaling-verlengd.timely'
  | `repair.${RepairId}` | `review.${ReviewStepId}` | `risk.${LoonsanctieRisk['level']}`
  | `trace.${AuditTraceTextKey}`;

type Params = TraceStep['params'];

/** Placeholder values of a step: its params as template values (plain strings and numbers). */
function values(params: Params): Record<string, TemplateValue> {
  const out: Record<string, TemplateValue> = {};
  for (const [k, v] of Object.entries(params)) if (typeof v === 'string' || typeof v === 'number') out[k] = v;
  return out;
}

const str = (v: TraceValue | undefined): string => (typeof v === 'string' ? v : '');

/** The label of a timeline step, with the sequence of an evaluation (`Evaluatie 2`). */
function stepLabel(params: Params): Localized {
  const seq = typeof params['sequence'] === 'number' ? ` ${params['sequence']}` : '';
  return fillLocalized(localize(AUDIT_TEXTS, 'step-with-sequence'), { stepLabel: localize(STEP_LABELS, str(params['step']) as AuditStepId), seq });
}

/** Params plus the labels a step's params name by id (`step`, `item`). */
function withLabels(params: Params): Record<string, TemplateValue> {
  const out = values(params);
  if (typeof params['step'] === 'string') out['step'] = stepLabel(params);
  if (typeof params['item'] === 'string') out['label'] = localize(ITEM_LABELS, params['item'] as RivItem);
  return out;
}

/** A consequence: its text, or for a timely WIA-aanvraag the text of computeLateWiaAanvraag. */
function renderConsequence(key: string, params: Params): Localized {
  if (key === 'loondoorbetaling-verlengd.timely') {
    return phrase('theApplicationOfCountsAsTimely', {
      app: str(params['app']), deadline: str(params['deadline']), safeHarbour: params['safeHarbour'] === true ? phrase('underTheSafeHarbour') : '',
    });
  }
  return fillLocalized(localize(CONSEQUENCE_TEXTS, key as ConsequenceId), values(params));
}

/**
 * Renders one trace step of `auditReIntegratieverslag` in Dutch and English: its `message` from the
 * audit's catalogue, filled with its `params`. Every explanation of the audit result is made here.
 *
 * @param step - A step of the audit's trace.
 * @returns The text in Dutch and English.
 * @example
 * renderAuditStep(audit.trace.find((s) => s.rule === 'audit.risk')!) //=> audit.loonsanctieRisk.explanation
 * @internal
 */
export function renderAuditStep(step: TraceStep): Localized {
  const dot = step.message.indexOf('.');
  const family = step.message.slice(0, dot);
  const key = step.message.slice(dot + 1);
  switch (family) {
    case 'finding':
      return fillLocalized(localize(FINDING_TEMPLATES, key as 'late'), withLabels(step.params));
    case 'consequence':
      return renderConsequence(key, step.params);
    case 'repair':
      return fillLocalized(localize(REPAIR_TEXTS, key as RepairId), values(step.params));
    case 'review':
      return fillLocalized(localize(AUDIT_TEXTS, 'step-explanation'), {
        base: localize(REVIEW_TEXTS, key as ReviewStepId), st: localize(REVIEW_STATUS_TEXTS, str(step.params['status']) as ReviewStatus),
      });
    case 'risk':
      return localize(RISK_LEVEL_TEXTS, key as LoonsanctieRisk['level']);
    default:
      return fillLocalized(localize(AUDIT_TRACE_TEXTS, key as AuditTraceTextKey), withLabels(step.params));
  }
}

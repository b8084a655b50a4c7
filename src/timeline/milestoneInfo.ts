/**
 * Per milestone id, what computeTimeline reads for every milestone: its rule, its `{ nl, en }` labels
 * (one shared frozen object) and whether it is never overdue. Built once when the module loads (an
 * immutable table); each draft carries its entry, so the hot path does no lookup by id (issue 11).
 *
 * @internal
 * @packageDocumentation
 */
import type { Localized } from '../i18n/types.js';
import { MILESTONE_RULES_TABLE, neverOverdue, type MilestoneRule } from '../law/milestoneRules.js';
import type { MilestoneId } from '../law/types.js';
import { MILESTONE_LABELS } from './labels.js';

/** A milestone's rule, labels and status regime. @internal */
export interface MilestoneInfo {
  readonly rule: MilestoneRule;
  readonly labels: Localized;
  /** `neverOverdue(rule)`: UWV's or optional. */
  readonly neverOverdue: boolean;
}

function infoOf(id: MilestoneId): MilestoneInfo {
  const rule = MILESTONE_RULES_TABLE[id];
  return Object.freeze({
    rule,
    labels: Object.freeze({ nl: MILESTONE_LABELS.nl[id], en: MILESTONE_LABELS.en[id] }),
    neverOverdue: neverOverdue(rule),
  });
}

/**
 * The info of every milestone id.
 *
 * @example
 * MILESTONE_INFO['wia-aanvraag'].rule.order //=> the place of the WIA-aanvraag in legal order
 * @internal
 */
export const MILESTONE_INFO: { readonly [Id in MilestoneId]: MilestoneInfo } = /* @__PURE__ */ Object.freeze(
  Object.fromEntries((Object.keys(MILESTONE_RULES_TABLE) as MilestoneId[]).map((id) => [id, infoOf(id)])) as { [Id in MilestoneId]: MilestoneInfo },
);

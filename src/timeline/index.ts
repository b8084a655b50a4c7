export { RULE_SETS, AOW_WAGE_RULES, type RuleSet, type RuleSetId, type RuleParameters, type AowWageRule } from '../law/ruleSets.js';
export type {
  MilestoneId, MilestoneStatus, Actor, NormKind, MilestoneExplanation, Milestone, Evaluation,
  TimelineEvents, TimelineEventEntry, TimelineInput, TimelineOptions, AowOutcome, Timeline,
} from './types.js';
export { computeTimeline } from './computeTimeline.js';
export { safeComputeTimeline } from './safeComputeTimeline.js';
export { MILESTONE_LABELS } from './labels.js';
export { compactTimeline, type CompactTimeline, type CompactMilestone } from './compactTimeline.js';
export {
  applyEndOfWachttijdEvents, type EndOfWachttijdEvents, type ApplyEndOfWachttijdOptions, type EndOfWachttijdMilestoneId,
} from './applyEndOfWachttijdEvents.js';
export type { WachttijdEnd } from './wachttijdEnded.js';

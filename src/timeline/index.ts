export { RULE_SETS, AOW_WAGE_RULES, type RuleSet, type RuleSetId, type RuleParameters, type AowWageRule } from './ruleSets.js';
export type {
  MilestoneId, MilestoneStatus, Actor, NormKind, MilestoneExplanation, Milestone, Evaluation,
  TimelineEvents, TimelineInput, TimelineOptions, AowOutcome, Timeline,
} from './types.js';

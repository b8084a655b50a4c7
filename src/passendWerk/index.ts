export { checkPassendWerk } from './checkPassendWerk.js';
export { safeCheckPassendWerk } from './safeCheckPassendWerk.js';
export { PASSEND_WERK_NORMS, PASSEND_WERK_FIRST_OFFER_DATE } from './norms.js';
export type {
  EducationLevel, Shift, PassendWerkPhaseConvention, CriterionStatus, NormSource, PassendWerkVerdict,
  PassendWerkCriterionId, PassendWerkPhaseId, OfferedWork, ReasonsAgainstAcceptance, EmployeeFacts,
  PassendWerkOptions, PassendWerkInput, PassendWerkCriterionResult, PassendWerkPhase,
  BevredigendResultaatBranch, BevredigendResultaat, DeugdelijkeGrondId, RefusalConsequence,
  RefusalAssessment, PassendWerkNorm, PassendWerkResult, PassendWerkKnownPhase, PassendWerkUnknownPhase,
} from './types.js';

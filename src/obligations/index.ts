export { listObligations } from './listObligations.js';
export { safeListObligations } from './safeListObligations.js';
export { checkNonCooperation } from './checkNonCooperation.js';
export { safeCheckNonCooperation } from './safeCheckNonCooperation.js';
export { listRemedies } from './listRemedies.js';
export { safeListRemedies } from './safeListRemedies.js';
export { OBLIGATION_REFS } from './legalRefs.js';
export type {
  Party, ObligationId, Obligation, ListObligationsOptions, NonCooperationKind, TriState, FactInput, LegacyUnknownInput,
  NonCooperationInput,
  MeasureId, ConditionId, ConditionStatus, MeasureCondition, Availability, Measure, EmployerRisk,
  NonCooperationResult, NonCooperationOptions, RemedyId, Fee, Remedy, ListRemediesInput,
} from './types.js';

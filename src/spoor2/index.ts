export { checkSpoor2Readiness } from './checkSpoor2Readiness.js';
export { safeCheckSpoor2Readiness } from './safeCheckSpoor2Readiness.js';
export type {
  Spoor2Input, Spoor2Readiness, Spoor2Status, Spoor2Deadline, Spoor2EarlyStart, Spoor2ExceptionResult, Spoor2ExceptionCode,
  Spoor2Finding, Spoor2FindingCode, Spoor2Severity, Spoor2LoonsanctieRisk, Spoor2LoonsanctieStep, Spoor2LoonsanctieStepId,
  Spoor2TrajectoryStep, Spoor2TrajectoryStepId, Spoor2Answer, BedrijfsartsJudgement, ArbeidsdeskundigeJudgement,
  OwnOrganisationPerspective, Spoor2JudgedPeriod, Spoor2Exceptions, OwnOrganisationWork, Spoor2Activities, Spoor2Outcome,
  DeugdelijkeGrondClaim,
} from './types.js';

export { auditReIntegratieverslag } from './auditReIntegratieverslag.js';
export { safeAuditReIntegratieverslag } from './safeAuditReIntegratieverslag.js';
export type {
  RivItem, DossierDocumentType, DossierDocument, Spoor2Exception, ReIntegratieverslagAuditInput, AuditSeverity, AuditStepId,
  AuditFindingCode, AuditFinding, ConsequenceId, ConsequenceCode, LatenessConsequence, StepStatus, AuditStep, AuditItem, AuditVisie,
  ReviewStepId, ReviewStatus, ReviewStep, RepairId, Repair, LoonsanctieRisk, ReIntegratieverslagAudit,
} from './types.js';

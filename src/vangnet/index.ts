export { computeVangnetMelding, type VangnetMeldingInput, type VangnetMeldingResult } from './computeVangnetMelding.js';
export { safeComputeVangnetMelding } from './safeComputeVangnetMelding.js';
export { VANGNET_GROUPS, type VangnetGroup } from '../law/vangnetGroups.js';

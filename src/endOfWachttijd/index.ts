export { computeLoonsanctie, type LoonsanctieInput, type LoonsanctieResult, type BekortingInput, type BekortingOutcome } from './computeLoonsanctie.js';
export { safeComputeLoonsanctie } from './safeComputeLoonsanctie.js';
export { computeVrijwilligeVerlenging, type VrijwilligeVerlengingInput, type VrijwilligeVerlengingResult } from './computeVrijwilligeVerlenging.js';
export { safeComputeVrijwilligeVerlenging } from './safeComputeVrijwilligeVerlenging.js';
export { checkVervroegdeIva, type VervroegdeIvaInput, type VervroegdeIvaResult } from './checkVervroegdeIva.js';
export { safeCheckVervroegdeIva } from './safeCheckVervroegdeIva.js';
export { computeLateWiaAanvraag, type LateWiaAanvraagInput, type LateWiaAanvraagResult } from './computeLateWiaAanvraag.js';
export { safeComputeLateWiaAanvraag } from './safeComputeLateWiaAanvraag.js';
export { computeOpzegverbod, type OpzegverbodInput, type OpzegverbodResult, type OpzegverbodExtensions } from './computeOpzegverbod.js';
export { safeComputeOpzegverbod } from './safeComputeOpzegverbod.js';
export {
  applyEndOfWachttijdEvents, type EndOfWachttijdEvents, type ApplyEndOfWachttijdOptions, type EndOfWachttijdMilestoneId,
} from './applyEndOfWachttijdEvents.js';
export { END_OF_WACHTTIJD_NORMS, AOW_DISMISSAL_RULES, type EndOfWachttijdNorm, type AowDismissalRule } from './norms.js';
export { DATE_LABELS as END_OF_WACHTTIJD_DATE_LABELS, type EndOfWachttijdDateId, type EndOfWachttijdDateCode } from './messages.js';
export type { Tristate, WachttijdCase, LegalDate, EndOfWachttijdFinding } from './types.js';

export { makeLegalRef, LEGAL_SOURCES, type LegalRef, type LegalSourceId, type LegalAuthority } from './LegalRef.js';
export { LEGAL_REFS } from './references.js';

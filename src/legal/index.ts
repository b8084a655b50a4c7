export { makeLegalRef, LEGAL_SOURCES, type LegalRef, type LegalSourceId, type LegalAuthority, type LegalValidity } from './LegalRef.js';
export { LEGAL_CATALOGUE, type CatalogueRef, type LegalProvisionKey } from './catalogue.js';
export { LEGAL_REFS } from './references.js';

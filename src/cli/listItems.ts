import type { LegalRef } from '../legal/LegalRef.js';

/** An item of a list result (an obligation, a remedy). */
export interface ListItem { readonly id: string; readonly label: string; readonly legalBasis: readonly LegalRef[] }

/** The items of a list result; anything else gives none. */
export const listItems = (result: unknown): readonly ListItem[] => (Array.isArray(result) ? (result as ListItem[]) : []);

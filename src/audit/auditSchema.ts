/**
 * The zod schema of the input of `auditReIntegratieverslag` (parsing only; the function adds the
 * semantic checks).
 *
 * @module
 */
import * as z from 'zod';
import { isoDateSchema } from '../input/zodIssues.js';
import { factInputSchema } from '../obligations/factInput.js';
import { sickPeriodSchema, wazoLeaveSchema, workPatternSchema } from '../sickness/validateSickInput.js';
import type { DossierDocumentType, RivItem } from './types.js';

/** The items of Regeling procesgang art 6 lid 1, a–l. @internal */
export const AUDIT_ITEMS: readonly RivItem[] = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'];
const ITEMS = AUDIT_ITEMS;
const DOC_TYPES = [
  'probleemanalyse', 'plan-van-aanpak', 'bijstelling-plan-van-aanpak', 'evaluatie', 'eerstejaarsevaluatie', 'eindevaluatie',
  'ziekmelding-uwv', 'spoor-2-start', 're-integratieverslag', 'afschrift-werknemer', 'wia-brief-uwv', 'wia-aanvraag',
  'administratieve-gegevens', 'aard-bedrijf', 'functie-werknemer', 'vaardigheden-werknemer', 'eerste-ziektedag',
  'advies-bijstelling', 'oordeel-arbeidsverhouding', 'actueel-oordeel-bedrijfsarts', 'oordeel-passende-arbeid', 'mening-werknemer',
] as const satisfies readonly DossierDocumentType[];

const triState = factInputSchema;
const documentSchema = z.strictObject({
  type: z.enum(DOC_TYPES),
  date: isoDateSchema,
  visie: z.boolean().optional(),
  items: z.array(z.enum(ITEMS as unknown as [RivItem, ...RivItem[]])).optional(),
  missingItems: z.array(z.enum(ITEMS as unknown as [RivItem, ...RivItem[]])).optional(),
});
/** zod schema of the input of `auditReIntegratieverslag`: shapes only, the function adds the semantic checks. Public as `auditInputSchema` (see docs/schemas.md). */
export const inputSchema = z.strictObject({
  firstSickDay: isoDateSchema.optional(),
  sickPeriods: z.array(sickPeriodSchema).optional(),
  asOf: isoDateSchema,
  documents: z.array(documentSchema),
  workPattern: workPatternSchema.optional(),
  wazoLeave: z.array(wazoLeaveSchema).optional(),
  facts: z.strictObject({
    ziekmeldingCulpable: triState.optional(),
    spoor2Exception: z.enum(['perspectief-eigen-organisatie', 'geen-benutbare-mogelijkheden', 'uitstel-op-advies-bedrijfsarts', 'aow-binnen-een-jaar']).optional(),
    bevredigendResultaat: triState.optional(),
    deugdelijkeGrond: triState.optional(),
    wiaAanvraagDeugdelijkeGrond: triState.optional(),
    wiaBriefNotReceived: z.boolean().optional(),
  }).optional(),
});


/** The input of `auditReIntegratieverslag` as parsed. @internal */
export type ParsedAuditInput = z.output<typeof inputSchema>;

import * as z from 'zod';
import { isoDateSchema } from '../input/zodIssues.js';
import { caseShape } from './internal.js';

/**
 * zod schema of the input of `computeLateWiaAanvraag`: shapes only, the function adds the semantic
 * checks. Public as `lateWiaAanvraagInputSchema` (see docs/schemas.md).
 */
export const schema = z.strictObject({
  ...caseShape,
  applicationDate: isoDateSchema,
  // 0.1.0 words ('niet-ontvangen', 'niet-gedaan') are deprecated aliases, normalised here.
  wiaBriefReceived: z.union([z.enum(['not-received', 'niet-ontvangen']).transform(() => 'not-received' as const), isoDateSchema]).optional(),
  ziekmeldingUwv: z.union([z.enum(['not-done', 'niet-gedaan']).transform(() => 'not-done' as const), isoDateSchema]).optional(),
  extendedLastDay: isoDateSchema.optional(),
  deugdelijkeGrond: z.boolean().optional(),
});

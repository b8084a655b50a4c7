import * as z from 'zod';
import { isoDateSchema } from '../input/zodIssues.js';
import { caseShape } from './caseSchema.js';
import { vangnetGroupOrNoneSchema } from './eventsSchema.js';

/** zod schema of the input of `computeVrijwilligeVerlenging`: shapes only, the function adds the semantic checks. Public as `vrijwilligeVerlengingInputSchema` (see docs/schemas.md). */
export const vrijwilligeVerlengingInputSchema = z.strictObject({
  ...caseShape,
  extendedLastDay: isoDateSchema,
  requestDate: isoDateSchema.optional(),
  vangnet: vangnetGroupOrNoneSchema.optional(),
  ziekmeldingGedaan: z.boolean().optional(),
  verkorting: z.strictObject({ requestDate: isoDateSchema, requestedLastDay: isoDateSchema, employmentEnds: isoDateSchema.optional() }).optional(),
});

import * as z from 'zod';
import { isoDateSchema } from '../input/zodIssues.js';
import { caseShape } from './caseSchema.js';

const days = z.number().int().min(0).max(5000);
/** zod schema of the input of `computeOpzegverbod`: shapes only, the function adds the semantic checks. Public as `opzegverbodInputSchema` (see docs/schemas.md). */
export const opzegverbodInputSchema = z.strictObject({
  ...caseShape,
  aowDate: isoDateSchema.optional(),
  dismissalRequestReceived: isoDateSchema.optional(),
  extensions: z.strictObject({ lateWiaAanvraagDays: days.optional(), vrijwilligeVerlengingDays: days.optional(), loonsanctieDays: days.optional() }).optional(),
});

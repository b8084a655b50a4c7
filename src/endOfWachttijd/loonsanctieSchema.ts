import * as z from 'zod';
import { isoDateSchema } from '../input/zodIssues.js';
import { caseShape } from './caseSchema.js';

/** zod schema of the input of `computeLoonsanctie`: shapes only, the function adds the semantic checks. Public as `loonsanctieInputSchema` (see docs/schemas.md). */
export const loonsanctieInputSchema = z.strictObject({
  ...caseShape,
  decisionDate: isoDateSchema,
  referenceLastDay: isoDateSchema.optional(),
  bekorting: z.strictObject({ noticeDate: isoDateSchema, decisionDate: isoDateSchema.optional(), repaired: z.boolean().optional() }).optional(),
  asOf: isoDateSchema.optional(),
});

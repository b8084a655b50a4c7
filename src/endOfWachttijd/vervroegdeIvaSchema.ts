import * as z from 'zod';
import { isoDateSchema } from '../input/zodIssues.js';
import { caseShape } from './internal.js';

/**
 * zod schema of the input of `checkVervroegdeIva`: shapes only, the function adds the semantic
 * checks. Public as `vervroegdeIvaInputSchema` (see docs/schemas.md).
 */
export const schema = z.strictObject({
  ...caseShape,
  applicationDate: isoDateSchema.optional(),
  earlierApplication: z.boolean().optional(),
  bedrijfsartsVerklaring: z.boolean().optional(),
  ziekengeldZonderLoon: z.boolean().optional(),
  setLastDay: isoDateSchema.optional(),
});

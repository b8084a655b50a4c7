/**
 * The zod schema of the options of `listObligations` (parsing only).
 *
 * @module
 */
import * as z from 'zod';
import { isoDateSchema } from '../input/zodIssues.js';

/** zod schema of the options of `listObligations`: shapes only, the function adds the semantic checks. Public as `listObligationsOptionsSchema` (see docs/schemas.md). */
export const optionsSchema = z.strictObject({
  party: z.enum(['werknemer', 'werkgever']).optional(),
  asOf: isoDateSchema.optional(),
  locale: z.enum(['nl', 'en']).optional(),
});


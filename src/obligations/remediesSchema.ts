/**
 * The zod schema of the input of `listRemedies` (parsing only).
 *
 * @module
 */
import * as z from 'zod';
import { isoDateSchema } from '../input/zodIssues.js';

/** zod schema of the input of `listRemedies`: shapes only, the function adds the semantic checks. Public as `remediesInputSchema` (see docs/schemas.md). */
export const inputSchema = z.strictObject({
  asOf: isoDateSchema,
  party: z.enum(['werknemer', 'werkgever']).optional(),
  forDismissal: z.boolean().optional(),
  locale: z.enum(['nl', 'en']).optional(),
});


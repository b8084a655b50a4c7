import * as z from 'zod';
import { isoDateSchema } from '../input/zodIssues.js';
import { VANGNET_GROUPS, type VangnetGroup } from '../law/vangnetGroups.js';

/**
 * zod schema of the input of `computeVangnetMelding`: shapes only, the function adds the semantic
 * checks. Public as `vangnetMeldingInputSchema` (see docs/schemas.md).
 */
export const schema = z.strictObject({
  group: z.enum(VANGNET_GROUPS as [VangnetGroup, ...VangnetGroup[]]),
  firstSickDay: isoDateSchema,
  employmentEnds: isoDateSchema.optional(),
  leaveEntitlementFrom: isoDateSchema.optional(),
  claimClearFrom: isoDateSchema.optional(),
  eigenrisicodragerZw: z.boolean().optional(),
  reportedOn: isoDateSchema.optional(),
});

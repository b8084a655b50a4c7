import type { WachttijdCase } from './types.js';
import * as z from 'zod';
import { isoDateSchema } from '../input/zodIssues.js';
import { sickPeriodSchema, wazoLeaveSchema } from '../sickness/validateSickInput.js';

/**
 * zod shape of a {@link WachttijdCase}; spread into each end-of-wachttijd function's strict object.
 *
 * @internal
 */
export const caseShape = {
  firstSickDay: isoDateSchema.optional(),
  sickPeriods: z.array(sickPeriodSchema).optional(),
  wazoLeave: z.array(wazoLeaveSchema).optional(),
  causeExceptionScope: z.enum(['wazo-only', 'all']).optional(),
};

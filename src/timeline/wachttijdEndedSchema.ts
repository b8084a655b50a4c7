/**
 * The input schema of {@link wachttijdEnded} (zod only where input is parsed, issue 10).
 *
 * @internal
 * @packageDocumentation
 */
import * as z from 'zod';
import { isoDateSchema } from '../input/zodIssues.js';
import { sickPeriodSchema, wazoLeaveSchema } from '../sickness/validateSickInput.js';

/** `{ firstSickDay }` or `{ sickPeriods }` with optional `wazoLeave`; which one is given is checked after parsing. @internal */
export const wachttijdEndedSchema = z.strictObject({
  firstSickDay: isoDateSchema.optional(),
  sickPeriods: z.array(sickPeriodSchema).optional(),
  wazoLeave: z.array(wazoLeaveSchema).optional(),
});

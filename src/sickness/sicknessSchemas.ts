/**
 * The zod schemas of the sickness functions (issue 10: zod only where input is parsed). Shapes only;
 * the functions add the semantic checks. The public ones are re-exported by `src/schemas`.
 *
 * @example
 * sickReportInputSchema.parse({ reportDate: '2025-03-03' });
 */
import * as z from 'zod';
import { isoDateSchema } from '../input/zodIssues.js';
import { sickPeriodSchema, wazoLeaveSchema, workPatternSchema } from './validateSickInput.js';

/** zod schema of the options of `combineSickPeriods`: shapes only, the function adds the semantic checks. Public as `combineSickPeriodsOptionsSchema` (see docs/schemas.md). */
export const combineSickPeriodsOptionsSchema = z.strictObject({
  asOf: isoDateSchema.optional(),
  wazoLeave: z.array(wazoLeaveSchema).optional(),
  causeExceptionScope: z.enum(['wazo-only', 'all']).optional(),
  workPattern: workPatternSchema.optional(),
});

/** zod schema of the periods given to `combineSickPeriods`. Public as `sickPeriodsInputSchema` (see docs/schemas.md). */
export const sickPeriodsInputSchema = z.array(sickPeriodSchema);

/** zod schema of the input of `determineFirstSickDay`: shapes only, the function adds the semantic checks. Public as `sickReportInputSchema` (see docs/schemas.md). */
export const sickReportInputSchema = z.strictObject({
  reportDate: isoDateSchema,
  workedOnReportDate: z.enum(['none', 'part', 'full']).optional(),
  workPattern: workPatternSchema.optional(),
});

/** zod schema of the input of `sicknessWeekOn` and `lastDayOfSicknessWeek`: day 1, or sick periods (with samentelling). @internal */
export const sicknessInputSchema = z.strictObject({
  firstSickDay: isoDateSchema.optional(),
  sickPeriods: z.array(sickPeriodSchema).optional(),
  wazoLeave: z.array(wazoLeaveSchema).optional(),
});

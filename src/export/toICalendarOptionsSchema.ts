/**
 * The zod schema of the options of `toICalendar` (a parsing file: zod lives only where input is parsed).
 *
 * @internal
 * @packageDocumentation
 */
import * as z from 'zod';
import { isoDateSchema } from '../input/zodIssues.js';
import { isValidIsoDate } from '../calendar/isValidIsoDate.js';

const EVENT_KEY = /^[a-z0-9-]{1,64}$/;
const UTC_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)Z$/;
const isValidUtcDateTime = (v: string): boolean => isValidIsoDate(v.slice(0, 10));

/** zod schema of the options of `toICalendar`: shapes only, the function adds the semantic checks. Public as `toICalendarOptionsSchema` (see docs/schemas.md). */
export const toICalendarOptionsSchema = z.strictObject({
  locale: z.enum(['nl', 'en']).optional(),
  dtstamp: isoDateSchema.optional(),
  caseId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'expected 1–64 letters, digits, ".", "_" or "-"').optional(),
  includeEvaluations: z.boolean().optional(),
  calendarName: z.string().min(1).max(200).optional(),
  sequence: z.number().int().min(0).max(2147483647).optional(),
  lastModified: z.string().regex(UTC_DATE_TIME, "expected 'YYYY-MM-DDTHH:MM:SSZ' (UTC)").refine(isValidUtcDateTime, 'not a valid UTC date-time').optional(),
  cancelled: z.array(z.union([
    z.string().regex(EVENT_KEY, 'expected a kebab-case milestone id'),
    z.strictObject({ id: z.string().regex(EVENT_KEY, 'expected a kebab-case milestone id'), due: isoDateSchema }),
  ])).max(100).optional(),
  reminders: z.array(z.strictObject({ daysBefore: z.number().int().min(0).max(365) })).max(10).optional(),
  organizer: z.string().regex(/^mailto:[^\s"<>\\^`{|}:;,]+@[^\s"<>\\^`{|}:;,]+$/i, "expected 'mailto:name@example.org'").max(200).optional(),
});

/** The options of `toICalendar` after parsing. @internal */
export type ParsedToICalendarOptions = z.infer<typeof toICalendarOptionsSchema>;

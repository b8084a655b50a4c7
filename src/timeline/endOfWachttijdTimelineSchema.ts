/**
 * The zod schema of the timeline given to applyEndOfWachttijdEvents (zod only where input is
 * parsed, issue 10); the cheap structural check is in checkEndOfWachttijdTimeline.ts.
 *
 * @internal
 * @packageDocumentation
 */
import * as z from 'zod';
import { isoDateSchema } from '../input/zodIssues.js';
import { sickPeriodSchema } from '../sickness/validateSickInput.js';
import { MILESTONE_RULES_TABLE } from '../law/milestoneRules.js';
import { localizedSchema } from './timelineShapeSchema.js';

const KNOWN_ID_LIST = Object.keys(MILESTONE_RULES_TABLE) as [string, ...string[]];

/**
 * Exactly the fields applyEndOfWachttijdEvents reads, no more: a structured clone of a library
 * timeline (which drops the lazily built explanation texts) is still accepted, as before.
 *
 * @internal
 */
export const eowTimelineSchema = z.object({
  firstSickDay: isoDateSchema,
  asOf: isoDateSchema.nullable().optional(),
  wachttijdLastDay: isoDateSchema.nullable().optional(),
  notices: z.array(z.unknown()),
  samentelling: z.object({ periods: z.array(sickPeriodSchema) }),
  conventions: z.object({ causeExceptionScope: z.enum(['wazo-only', 'all']) }),
  aow: z.object({ aowDate: isoDateSchema }).nullable().optional(),
  wachttijdEnded: z.object({ endedOn: isoDateSchema.nullable().optional() }).nullable().optional(),
  milestones: z.array(z.object({
    id: z.enum(KNOWN_ID_LIST, { message: 'expected a milestone id of computeTimeline or applyEndOfWachttijdEvents' }),
    due: isoDateSchema,
    windowFrom: isoDateSchema.nullable().optional(),
    done: isoDateSchema.nullable().optional(),
    labels: localizedSchema,
    legalBasis: z.array(z.object({ id: z.string() })),
    explanation: z.object({ anchorDate: isoDateSchema }),
  })),
});


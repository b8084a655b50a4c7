import * as z from 'zod';
import { isoDateSchema } from '../input/zodIssues.js';
import { wazoLeaveSchema } from '../sickness/validateSickInput.js';
import { VANGNET_GROUPS, type VangnetGroup } from '../law/vangnetGroups.js';

/**
 * The vangnet group, or `'none'`; the 0.1.0 value `'geen'` is a deprecated alias of `'none'`,
 * normalised here (the parsing boundary).
 *
 * @internal
 */
export const vangnetGroupOrNoneSchema = z.enum(['none', 'geen', ...VANGNET_GROUPS] as ['none', 'geen', ...VangnetGroup[]])
  .transform((v): VangnetGroup | 'none' => (v === 'geen' ? 'none' : v));

/**
 * zod schema of {@link EndOfWachttijdEvents} (strict: unknown keys are rejected). For
 * `computeTimeline`'s `input.events`: spread `endOfWachttijdEventsSchema.shape` into its events
 * schema, or validate `events` with it before calling `applyEndOfWachttijdEvents`. Public as
 * `endOfWachttijdEventsSchema` (see docs/schemas.md).
 */
export const endOfWachttijdEventsSchema = z.strictObject({
  vrijwilligeVerlenging: z.strictObject({
    extendedLastDay: isoDateSchema,
    requestDate: isoDateSchema.optional(),
    vangnet: vangnetGroupOrNoneSchema.optional(),
    ziekmeldingGedaan: z.boolean().optional(),
    verkorting: z.strictObject({ requestDate: isoDateSchema, requestedLastDay: isoDateSchema, employmentEnds: isoDateSchema.optional() }).optional(),
  }).optional(),
  loonsanctie: z.strictObject({
    decisionDate: isoDateSchema,
    bekorting: z.strictObject({ noticeDate: isoDateSchema, decisionDate: isoDateSchema.optional(), repaired: z.boolean().optional() }).optional(),
    bezwaarDate: isoDateSchema.optional(),
  }).optional(),
  vervroegdeIva: z.strictObject({
    applicationDate: isoDateSchema.optional(),
    setLastDay: isoDateSchema.optional(),
    earlierApplication: z.boolean().optional(),
    bedrijfsartsVerklaring: z.boolean().optional(),
  }).optional(),
  lateWiaAanvraag: z.strictObject({
    wiaBriefNotReceived: z.boolean().optional(),
    deugdelijkeGrond: z.boolean().optional(),
  }).optional(),
  opzegverbod: z.strictObject({
    dismissalRequestReceived: isoDateSchema.optional(),
  }).optional(),
});

/** zod schema of the options of `applyEndOfWachttijdEvents`. Public as `applyEndOfWachttijdOptionsSchema` (see docs/schemas.md). */
export const applyEndOfWachttijdOptionsSchema = z.strictObject({
  locale: z.enum(['nl', 'en']).optional(),
  dueSoonDays: z.number().int().min(0).max(365).optional(),
  wazoLeave: z.array(wazoLeaveSchema).optional(),
  aowDate: isoDateSchema.optional(),
  opzegverbod: z.boolean().optional(),
});

import * as z from 'zod';
import { isoDateSchema } from '../input/zodIssues.js';
import { sickPeriodSchema, wazoLeaveSchema, workPatternSchema } from '../sickness/validateSickInput.js';
import { endOfWachttijdEventsSchema } from '../endOfWachttijd/eventsSchema.js';

/** Event keys handled by applyEndOfWachttijdEvents rather than as milestone dates. @internal */
export const END_OF_WACHTTIJD_EVENT_KEYS = Object.freeze(Object.keys(endOfWachttijdEventsSchema.shape)) as readonly (keyof typeof endOfWachttijdEventsSchema.shape)[];

/**
 * Event keys accepted by computeTimeline: the milestone ids, and camelCase aliases for callers who
 * prefer identifiers. Each alias maps to its milestone id.
 *
 * @internal
 */
export const EVENT_ALIASES = Object.freeze({
  probleemanalyse: 'probleemanalyse',
  'plan-van-aanpak': 'plan-van-aanpak',
  planVanAanpak: 'plan-van-aanpak',
  'ziekmelding-uwv': 'ziekmelding-uwv',
  ziekmeldingUwv: 'ziekmelding-uwv',
  eerstejaarsevaluatie: 'eerstejaarsevaluatie',
  'spoor-2-start': 'spoor-2-start',
  spoor2Start: 'spoor-2-start',
  'wia-brief-uwv': 'wia-brief-uwv',
  wiaBriefUwv: 'wia-brief-uwv',
  're-integratieverslag': 're-integratieverslag',
  reIntegratieverslag: 're-integratieverslag',
  'wia-aanvraag': 'wia-aanvraag',
  wiaAanvraag: 'wia-aanvraag',
  'vervroegde-iva-uiterlijk': 'vervroegde-iva-uiterlijk',
  vervroegdeIvaAanvraag: 'vervroegde-iva-uiterlijk',
} as const);

const eventShape: Record<string, z.ZodOptional<typeof isoDateSchema>> = {};
for (const key of Object.keys(EVENT_ALIASES)) eventShape[key] = isoDateSchema.optional();

/** @internal */
export const timelineEventsSchema = z.strictObject({
  ...eventShape,
  evaluaties: z.array(isoDateSchema).optional(),
  ...endOfWachttijdEventsSchema.shape,
  // Shorthands, like the other events a plain date: the decision date, the agreed last day, the application date.
  loonsanctie: z.union([isoDateSchema, endOfWachttijdEventsSchema.shape.loonsanctie.unwrap()]).optional(),
  vrijwilligeVerlenging: z.union([isoDateSchema, endOfWachttijdEventsSchema.shape.vrijwilligeVerlenging.unwrap()]).optional(),
  vervroegdeIva: z.union([isoDateSchema, endOfWachttijdEventsSchema.shape.vervroegdeIva.unwrap()]).optional(),
});

/**
 * Expands the date shorthands of the end-of-wachttijd events into their object form.
 *
 * @internal
 */
export function expandEndOfWachttijdShorthand(key: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (key === 'loonsanctie') return { decisionDate: value };
  if (key === 'vrijwilligeVerlenging') return { extendedLastDay: value };
  if (key === 'vervroegdeIva') return { applicationDate: value };
  return value;
}

/** zod schema of the input of `computeTimeline`: shapes only, the function adds the semantic checks (e.g. exactly one of `firstSickDay` and `sickPeriods`). Public as `timelineInputSchema` (see docs/schemas.md). */
export const timelineInputSchema = z.strictObject({
  firstSickDay: isoDateSchema.optional(),
  sickPeriods: z.array(sickPeriodSchema).optional(),
  asOf: isoDateSchema.optional(),
  events: z.preprocess(eventListToObject, timelineEventsSchema).optional(),
  workPattern: workPatternSchema.optional(),
  wazoLeave: z.array(wazoLeaveSchema).optional(),
  aowDate: isoDateSchema.optional(),
});

/** zod schema of the options of `computeTimeline`. Public as `timelineOptionsSchema` (see docs/schemas.md). */
export const timelineOptionsSchema = z.strictObject({
  locale: z.enum(['nl', 'en']).optional(),
  dueSoonDays: z.number().int().min(0).max(365).optional(),
  ziekmeldingConvention: z.enum(['statutory', 'uwv-first-working-day']).optional(),
  probleemanalyseConvention: z.enum(['end-of-week-6', 'six-weeks-after']).optional(),
  causeExceptionScope: z.enum(['wazo-only', 'all']).optional(),
  includeOpzegverbod: z.boolean().optional(),
});

/**
 * Accepts `events` also as a list, `[{ id: 'probleemanalyse', date: '2024-02-05' }, …]` (`type` or
 * `milestone` may stand for `id`; `evaluatie` entries form `evaluaties`), and turns it into the
 * object form. A milestone given twice is an issue at its index.
 *
 * @internal
 */
function eventListToObject(value: unknown, ctx: z.core.$RefinementCtx): unknown {
  if (!Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  value.forEach((entry: unknown, i) => {
    if (entry === null || typeof entry !== 'object') {
      ctx.addIssue({ code: 'custom', path: [i], message: "expected { id, date }", params: { code: 'invalid_type' } });
      return;
    }
    const e = entry as Record<string, unknown>;
    const id = e['id'] ?? e['type'] ?? e['milestone'];
    if (typeof id !== 'string') {
      ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'required: the milestone id of the event', params: { code: 'missing' } });
      return;
    }
    if (id === 'evaluatie' || id === 'evaluaties') {
      out['evaluaties'] = [...((out['evaluaties'] as unknown[] | undefined) ?? []), e['date']];
    } else if (id in out) {
      ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `the event '${id}' is given twice`, params: { code: 'invalid_value' } });
    } else {
      out[id] = e['date'];
    }
  });
  return out;
}

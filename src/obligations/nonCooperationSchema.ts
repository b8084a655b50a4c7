/**
 * The zod schema of the input of `checkNonCooperation` (parsing only; the function adds the semantic
 * checks). The deprecated 0.1.0 values are read as their 0.2.0 ones here, at the parsing boundary.
 *
 * @module
 */
import * as z from 'zod';
import { isoDateSchema } from '../input/zodIssues.js';
import type { Outcome } from '../vocabulary/index.js';
import { factInputSchema } from './factInput.js';

const fact = factInputSchema;
/** The passend-werk verdict; the deprecated 0.1.0 `'onbekend'` is read as `'unknown'`. */
const verdictSchema = z.enum(['passend', 'niet-passend', 'unknown', 'onbekend'])
  .transform((v) => (v === 'onbekend' ? 'unknown' : v));
/** A criterion status of a passend-werk result; the 0.1.0 values are read as their 0.2.0 ones. */
const criterionStatusSchema = z.enum(['met', 'not-met', 'unknown', 'voldaan', 'niet-voldaan', 'onbekend'])
  .transform((v): Outcome => (v === 'voldaan' ? 'met' : v === 'niet-voldaan' ? 'not-met' : v === 'onbekend' ? 'unknown' : v));
/** `refusal.mayRefuse` of a passend-werk result; the 0.1.0 values are read as their 0.2.0 ones. */
const mayRefuseSchema = z.enum(['yes', 'no', 'unknown', 'ja', 'nee', 'onbekend'])
  .transform((v) => (v === 'ja' ? 'yes' : v === 'nee' ? 'no' : v === 'onbekend' ? 'unknown' : v));

/** zod schema of the input of `checkNonCooperation`: shapes only, the function adds the semantic checks. Public as `nonCooperationInputSchema` (see docs/schemas.md). */
export const inputSchema = z.strictObject({
  kind: z.enum([
    'controlevoorschriften', 'passend-werk-weigeren', 'plan-van-aanpak-weigeren', 'bedrijfsarts-niet-bezoeken',
    'niet-solliciteren', 'scholing-weigeren', 'herstel-belemmeren', 'wia-aanvraag-te-laat', 'ziekte-door-opzet-of-valse-keuring',
  ]),
  since: isoDateSchema,
  until: isoDateSchema.optional(),
  knownSince: isoDateSchema.optional(),
  asOf: isoDateSchema,
  deugdelijkeGrond: fact.optional(),
  controlRulesInWriting: fact.optional(),
  workIsPassend: fact.optional(),
  ableToWork: fact.optional(),
  aimedAtPassendeArbeid: fact.optional(),
  passendWerk: z.union([
    verdictSchema,
    z.looseObject({
      verdict: verdictSchema,
      criteria: z.array(z.looseObject({ criterion: z.string(), status: criterionStatusSchema })),
      refusal: z.looseObject({ mayRefuse: mayRefuseSchema, deugdelijkeGronden: z.array(z.string()) }),
    }),
  ]).optional(),
  employerActions: z.strictObject({
    notifiedOn: isoDateSchema.optional(),
    notified: z.boolean().optional(),
    writtenWarningOn: isoDateSchema.optional(),
    wageMeasureFrom: isoDateSchema.optional(),
    wageMeasure: z.enum(['loonopschorting', 'loonstop']).optional(),
    deskundigenoordeelRequestedOn: isoDateSchema.optional(),
    deskundigenoordeelOutcome: z.enum(['werknemer-werkt-onvoldoende-mee', 'werknemer-werkt-voldoende-mee', 'unknown', 'onbekend'])
      .transform((o) => (o === 'onbekend' ? 'unknown' : o)).optional(),
  }).optional(),
  options: z.strictObject({
    onverwijldMaxDays: z.number().int().min(0).max(3650).optional(),
  }).optional(),
});


/** The input of `checkNonCooperation` as parsed. @internal */
export type ParsedNonCooperationInput = z.output<typeof inputSchema>;

import * as z from 'zod';
import { fromDayNumber, toDayNumber } from '../calendar/dayNumber.js';
import { PoortwachterError, type InputIssue } from '../errors/PoortwachterError.js';
import { isoDateSchema, parseInput } from '../input/zodIssues.js';
import type { Span } from '../sickness/sickClock.js';
import { buildSickModel, sickPeriodSchema, wazoLeaveSchema, workPatternSchema } from '../sickness/validateSickInput.js';
import { PASSEND_WERK_FIRST_OFFER_DATE, selectNorms, selectNormsFrom, type NormValues } from './norms.js';
import type { EducationLevel, PassendWerkPhaseConvention, Shift } from './types.js';

const EDUCATION_LEVELS = ['hoger-onderwijs', 'mbo-havo-vwo', 'vmbo-mavo', 'lager-of-geen'] as const satisfies readonly EducationLevel[];
const SHIFTS = ['dag', 'avond', 'nacht', 'ploegen', 'onregelmatig'] as const satisfies readonly Shift[];

const educationLevelSchema = z.enum(EDUCATION_LEVELS, {
  error: `unknown education level; expected one of ${EDUCATION_LEVELS.map((l) => `'${l}'`).join(', ')} (Besluit passende arbeid art 3)`,
});
const shiftSchema = z.enum(SHIFTS, { error: `unknown shift; expected one of ${SHIFTS.map((s) => `'${s}'`).join(', ')}` });
const hoursSchema = z.number()
  .min(0, { error: 'hours cannot be negative' })
  .max(168, { error: 'a week has no more than 168 hours' });
const wageSchema = z.number().min(0, { error: 'a wage cannot be negative' });

const offerSchema = z.strictObject({
  withinFunctionalCapacity: z.boolean().optional(),
  hoursPerWeek: hoursSchema.optional(),
  educationLevel: educationLevelSchema.optional(),
  matchesWorkExperience: z.boolean().optional(),
  wage: wageSchema.optional(),
  travelMinutesPerDay: z.number()
    .min(0, { error: 'travel time cannot be negative' })
    .max(1440, { error: 'travel time of more than 24 hours (1440 minutes) a day is impossible' })
    .optional(),
  shift: shiftSchema.optional(),
  workDays: workPatternSchema.optional(),
  structural: z.boolean().optional(),
  matchesRemainingCapacity: z.boolean().optional(),
  conflictsWithCao: z.boolean().optional(),
  conflictsWithSafetyRules: z.boolean().optional(),
  conflictsWithMedicalAdvice: z.boolean().optional(),
});

const employeeSchema = z.strictObject({
  maxHoursPerWeek: hoursSchema.optional(),
  educationLevel: educationLevelSchema.optional(),
  previousWage: z.number()
    .min(0, { error: 'a wage cannot be negative' })
    .refine((v) => v > 0, { error: 'the previous wage must be greater than 0 (wages are compared as a ratio)' })
    .optional(),
  previousHoursPerWeek: hoursSchema.optional(),
  previousShift: shiftSchema.optional(),
  previousWorkDays: workPatternSchema.optional(),
  reasonsAgainstAcceptance: z.strictObject({
    physical: z.boolean().optional(),
    mental: z.boolean().optional(),
    social: z.boolean().optional(),
  }).optional(),
  agreesWithOffer: z.boolean().optional(),
});

const optionsSchema = z.strictObject({
  phaseConvention: z.enum(['counted-days', 'calendar-months'], { error: "expected 'counted-days' or 'calendar-months'" }).optional(),
  causeExceptionScope: z.enum(['wazo-only', 'all'], { error: "expected 'wazo-only' or 'all'" }).optional(),
});

/** zod schema of the input of `checkPassendWerk`: shapes only, the function adds the semantic checks. Public as `passendWerkInputSchema` (see docs/schemas.md). */
export const inputSchema = z.strictObject({
  firstSickDay: isoDateSchema.optional(),
  sickPeriods: z.array(sickPeriodSchema).optional(),
  wazoLeave: z.array(wazoLeaveSchema).optional(),
  workPattern: workPatternSchema.optional(),
  offerDate: isoDateSchema.optional(),
  offer: offerSchema.optional(),
  employee: employeeSchema.optional(),
  matchingWorkAchievable: z.boolean().optional(),
  options: optionsSchema.optional(),
});

/** The parsed input. @internal */
export type ParsedPassendWerkInput = z.infer<typeof inputSchema>;

/** The validated input with its samentelling model. @internal */
export interface ValidatedPassendWerk {
  readonly input: ParsedPassendWerkInput;
  /** Counted sick spans of the wachttijd the offer belongs to (the latest one); `null` without the sickness. */
  readonly spans: readonly Span[] | null;
  /** The offer date as a day number; `null` when not given. */
  readonly offerDn: number | null;
  readonly convention: PassendWerkPhaseConvention;
  readonly norms: NormValues;
}

/**
 * Shape check (zod) and semantic checks of the passend-werk input; throws one
 * {@link PoortwachterError} listing every problem.
 *
 * @internal
 */
export function validatePassendWerkInput(raw: unknown, fnName: string): ValidatedPassendWerk {
  const input = parseInput(inputSchema, raw, fnName);
  const issues: InputIssue[] = [];
  const offerDate = input.offerDate;
  const hasSickness = input.firstSickDay !== undefined || input.sickPeriods !== undefined;
  if (input.firstSickDay !== undefined && input.sickPeriods !== undefined) {
    issues.push({ path: ['sickPeriods'], code: 'inconsistent', message: 'give either firstSickDay or sickPeriods, not both' });
  }
  if (offerDate !== undefined && (offerDate < PASSEND_WERK_FIRST_OFFER_DATE || selectNorms(offerDate) === undefined)) {
    issues.push({
      path: ['offerDate'], code: 'out_of_scope',
      message: `offers before ${PASSEND_WERK_FIRST_OFFER_DATE} (Besluit passende arbeid WW en ZW in force) are not decided (${offerDate})`,
    });
  }
  if (offerDate !== undefined && input.firstSickDay !== undefined && input.firstSickDay > offerDate) {
    issues.push({ path: ['offerDate'], code: 'inconsistent', message: `lies before the first sick day (${offerDate} < ${input.firstSickDay})` });
  }
  if (offerDate !== undefined) {
    input.sickPeriods?.forEach((p, i) => {
      if (p.from > offerDate) {
        issues.push({
          path: ['sickPeriods', i, 'from'], code: 'inconsistent',
          message: `starts after offerDate (${p.from} > ${offerDate}); give the sickness as known on the offer date`,
        });
      }
    });
  }
  if (issues.length > 0) throw new PoortwachterError(fnName, issues);

  let spans: readonly Span[] | null = null;
  if (hasSickness) {
    const periods = input.sickPeriods ?? [{ from: input.firstSickDay! }];
    const model = buildSickModel(periods, input.wazoLeave ?? [], input.sickPeriods ? ['sickPeriods'] : ['firstSickDay'], ['wazoLeave'],
      undefined, input.options?.causeExceptionScope ?? 'wazo-only', input.workPattern, issues);
    if (model === undefined) throw new PoortwachterError(fnName, issues);
    spans = model.chains[model.chains.length - 1]!.spans;
    const dayOne = spans[0]!.start;
    if (offerDate !== undefined && toDayNumber(offerDate) < dayOne) {
      // Day 1 moved past the offer: a sick report on a non-working day (WIA 23 lid 2) or WAZO leave.
      throw new PoortwachterError(fnName, [{
        path: ['offerDate'], code: 'inconsistent',
        message: `lies before day 1 of the wachttijd (${offerDate} < ${fromDayNumber(dayOne)}; day 1 is the first working day of sickness, WAZO leave not counted)`,
      }]);
    }
  }

  // Without the offer date: the norms must be the same on every possible offer date (on or after day 1).
  const norms = offerDate !== undefined
    ? selectNorms(offerDate)
    : selectNormsFrom(spans === null ? PASSEND_WERK_FIRST_OFFER_DATE : fromDayNumber(spans[0]!.start));
  if (norms === undefined) {
    throw new PoortwachterError(fnName, [{
      path: ['offerDate'], code: 'missing',
      message: 'the passend-werk norms changed over time; give offerDate so the norms in force can be chosen',
    }]);
  }
  return {
    input,
    spans,
    offerDn: offerDate === undefined ? null : toDayNumber(offerDate),
    convention: input.options?.phaseConvention ?? 'counted-days',
    norms,
  };
}

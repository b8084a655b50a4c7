import * as z from 'zod';
import { fromDayNumber, toDayNumber } from '../calendar/dayNumber.js';
import { PoortwachterError, type InputIssue } from '../errors/PoortwachterError.js';
import { isoDateSchema, parseInput } from '../input/zodIssues.js';
import type { Span } from '../sickness/sickClock.js';
import { buildSickModel, sickPeriodSchema, wazoLeaveSchema, workPatternSchema } from '../sickness/validateSickInput.js';
import { PASSEND_WERK_FIRST_OFFER_DATE, selectNorms, type NormValues } from './norms.js';
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

const inputSchema = z.strictObject({
  firstSickDay: isoDateSchema.optional(),
  sickPeriods: z.array(sickPeriodSchema).optional(),
  wazoLeave: z.array(wazoLeaveSchema).optional(),
  workPattern: workPatternSchema.optional(),
  offerDate: isoDateSchema,
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
  /** Counted sick spans of the wachttijd the offer belongs to. */
  readonly spans: readonly Span[];
  readonly offerDn: number;
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
  const offerDn = toDayNumber(input.offerDate);
  if (input.firstSickDay === undefined && input.sickPeriods === undefined) {
    issues.push({ path: ['firstSickDay'], code: 'missing', message: 'give the sickness as firstSickDay or as sickPeriods' });
  }
  if (input.firstSickDay !== undefined && input.sickPeriods !== undefined) {
    issues.push({ path: ['sickPeriods'], code: 'inconsistent', message: 'give either firstSickDay or sickPeriods, not both' });
  }
  const norms = selectNorms(input.offerDate);
  if (input.offerDate < PASSEND_WERK_FIRST_OFFER_DATE || norms === undefined) {
    issues.push({
      path: ['offerDate'], code: 'out_of_scope',
      message: `offers before ${PASSEND_WERK_FIRST_OFFER_DATE} (Besluit passende arbeid WW en ZW in force) are not decided (${input.offerDate})`,
    });
  }
  if (input.firstSickDay !== undefined && input.firstSickDay > input.offerDate) {
    issues.push({ path: ['offerDate'], code: 'inconsistent', message: `lies before the first sick day (${input.offerDate} < ${input.firstSickDay})` });
  }
  input.sickPeriods?.forEach((p, i) => {
    if (p.from > input.offerDate) {
      issues.push({
        path: ['sickPeriods', i, 'from'], code: 'inconsistent',
        message: `starts after offerDate (${p.from} > ${input.offerDate}); give the sickness as known on the offer date`,
      });
    }
  });
  if (issues.length > 0 || norms === undefined) throw new PoortwachterError(fnName, issues);

  const periods = input.sickPeriods ?? [{ from: input.firstSickDay! }];
  const model = buildSickModel(periods, input.wazoLeave ?? [], input.sickPeriods ? ['sickPeriods'] : ['firstSickDay'], ['wazoLeave'],
    undefined, input.options?.causeExceptionScope ?? 'wazo-only', input.workPattern, issues);
  if (model === undefined) throw new PoortwachterError(fnName, issues);
  const chain = model.chains[model.chains.length - 1]!;
  const dayOne = chain.spans[0]!.start;
  if (offerDn < dayOne) {
    // Day 1 moved past the offer: a sick report on a non-working day (WIA 23 lid 2) or WAZO leave.
    throw new PoortwachterError(fnName, [{
      path: ['offerDate'], code: 'inconsistent',
      message: `lies before day 1 of the wachttijd (${input.offerDate} < ${fromDayNumber(dayOne)}; day 1 is the first working day of sickness, WAZO leave not counted)`,
    }]);
  }
  return {
    input,
    spans: chain.spans,
    offerDn,
    convention: input.options?.phaseConvention ?? 'counted-days',
    norms,
  };
}

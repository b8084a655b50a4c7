import * as z from 'zod';
import { isoDateSchema } from '../input/zodIssues.js';
import { sickPeriodSchema, wazoLeaveSchema, workPatternSchema } from '../sickness/validateSickInput.js';

const opt = <T extends z.ZodType>(s: T) => s.optional();
const hours = z.number().finite().min(0).max(168);
/**
 * A judged period: `{ from, to? }`. The 0.1.0 name `until` is still accepted as a deprecated alias
 * of `to` and normalised here, at the parsing boundary; giving both is an error.
 */
const judgedPeriod = z.strictObject({ from: isoDateSchema, to: opt(isoDateSchema), until: opt(isoDateSchema) })
  .refine((p) => p.to === undefined || p.until === undefined, { message: "give 'to' (or its deprecated alias 'until'), not both", path: ['until'] })
  .transform(({ from, to, until }) => (to ?? until) === undefined ? { from } : { from, to: (to ?? until) as string });
const threeWay = z.enum(['yes', 'partly', 'no']);

/**
 * zod schema of {@link Spoor2Input}: shapes only. Semantic checks (order of dates, dates after
 * `asOf`) happen in `validateSpoor2Input`. Public as `spoor2InputSchema` (see docs/schemas.md).
 */
export const spoor2InputSchema = z.strictObject({
  firstSickDay: opt(isoDateSchema),
  sickPeriods: opt(z.array(sickPeriodSchema)),
  wazoLeave: opt(z.array(wazoLeaveSchema)),
  workPattern: opt(workPatternSchema),
  asOf: opt(isoDateSchema),
  aowAgeDate: opt(isoDateSchema),
  wagePeriodLastDay: opt(isoDateSchema),
  eerstejaarsevaluatie: opt(z.strictObject({ held: z.boolean(), date: opt(isoDateSchema) })),
  bedrijfsarts: opt(z.strictObject({
    date: opt(isoDateSchema),
    ownWorkPossible: opt(threeWay),
    prognosis: opt(z.enum(['recovery', 'partial', 'no-improvement'])),
    capacityHoursPerWeek: opt(hours),
  })),
  arbeidsdeskundige: opt(z.strictObject({
    date: opt(isoDateSchema),
    ownWorkPossible: opt(threeWay),
    passendWerkOwnOrganisation: opt(z.enum(['available', 'not-available'])),
  })),
  perspective: opt(z.strictObject({
    concrete: opt(z.boolean()),
    structural: opt(z.boolean()),
    expectedReturnDate: opt(isoDateSchema),
    assessedOn: opt(isoDateSchema),
    realisedOn: opt(isoDateSchema),
  })),
  exceptions: opt(z.strictObject({
    geenBenutbareMogelijkheden: opt(judgedPeriod),
    marginaleMogelijkheden: opt(judgedPeriod),
    aow: opt(z.strictObject({ aowDate: opt(isoDateSchema), bothAgree: opt(z.boolean()) })),
    postponement: opt(judgedPeriod),
    temporaryContract: opt(z.strictObject({
      contractEndDate: opt(isoDateSchema),
      spoor2Costs: opt(z.number().finite().min(0)),
      remainingWage: opt(z.number().finite().min(0)),
    })),
  })),
  conflict: opt(z.strictObject({ present: opt(z.boolean()), mediationTried: opt(z.boolean()) })),
  companySize: opt(z.number().int().min(1)),
  ownOrganisationWork: opt(z.strictObject({
    hoursPerWeek: opt(hours),
    structuralPosition: opt(z.boolean()),
    since: opt(isoDateSchema),
  })),
  activities: opt(z.strictObject({
    spoor1NotPossibleStatementOn: opt(isoDateSchema),
    reIntegratiebureauAssignedOn: opt(isoDateSchema),
    ownSearchWithSupportSince: opt(isoDateSchema),
    planVanAanpakAdjustedOn: opt(isoDateSchema),
    trajectplanOn: opt(isoDateSchema),
    applications: opt(z.array(isoDateSchema)),
    trainingOn: opt(isoDateSchema),
    detacheringOn: opt(isoDateSchema),
    werkervaringsplaatsOn: opt(isoDateSchema),
    progressReports: opt(z.array(isoDateSchema)),
    employmentContractOn: opt(isoDateSchema),
    wiaAanvraagOn: opt(isoDateSchema),
    deskundigenoordeelRequestedOn: opt(isoDateSchema),
    spoor2StartedOn: opt(isoDateSchema),
    progressStalled: opt(z.boolean()),
    employerDeclinedPlacementElsewhere: opt(z.boolean()),
  })),
  outcome: opt(z.strictObject({
    structuralWorkMatchingCapacity: opt(z.boolean()),
    structural: opt(z.boolean()),
    matchesRemainingCapacity: opt(z.boolean()),
    matchingWorkAchievable: opt(z.boolean()),
    wageValuePercent: opt(z.number().finite().min(0).max(1000)),
    employeeAgrees: opt(z.boolean()),
  })),
  deugdelijkeGrond: opt(z.strictObject({
    followedDeskundigenoordeel: opt(z.boolean()),
    otherReason: opt(z.string().min(1)),
  })),
});

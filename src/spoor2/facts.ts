import { fromDayNumber, toDayNumber } from '../calendar/dayNumber.js';
import { PoortwachterError, type InputIssue } from '../errors/PoortwachterError.js';
import { parseInput } from '../input/zodIssues.js';
import { buildSickModel } from '../sickness/validateSickInput.js';
import { sickDayToDayNumber, type Span } from '../sickness/sickClock.js';
import { RULE_SETS, selectRuleSet, type RuleSet } from '../law/ruleSets.js';
import { spoor2InputSchema } from './schema.js';
import type { Spoor2Input } from './types.js';

/** The validated input on day numbers. @internal */
export interface Spoor2Facts {
  readonly input: Spoor2Input;
  readonly asOf: number | undefined;
  /** Counted sick spans of the current wachttijd, or undefined when the sickness is not given. */
  readonly spans: readonly Span[] | undefined;
  readonly firstSickDay: number | undefined;
  /** Counted sick day 364 (offset 363). */
  readonly ejeDue: number | undefined;
  /** Counted sick day 728 (offset 727). */
  readonly wachttijdLastDay: number | undefined;
  readonly ruleSet: RuleSet;
  /** Last day wage is owed under BW 7:629 (the spoor-2 duty runs no longer). */
  readonly wagePeriodLastDay: number | undefined;
  /** Whether `wagePeriodLastDay` comes from the input (given or the contract end), not the default. */
  readonly wagePeriodExplicit: boolean;
  /** Day the employee reaches AOW age, if given. */
  readonly aowAgeDay: number | undefined;
}

const FN = 'checkSpoor2Readiness';
const TRANSITION_2013 = toDayNumber('2013-07-01');
const DAY_2004 = toDayNumber('2004-01-01');

/** A date that records something done: it may not lie after `asOf` (nor, for activities, before day 1). */
interface DoneDate { readonly path: (string | number)[]; readonly date: string; readonly notBeforeDay1: boolean }

function doneDates(i: Spoor2Input): DoneDate[] {
  const out: DoneDate[] = [];
  const add = (path: (string | number)[], date: string | undefined, notBeforeDay1 = false): void => {
    if (date !== undefined) out.push({ path, date, notBeforeDay1 });
  };
  add(['eerstejaarsevaluatie', 'date'], i.eerstejaarsevaluatie?.date, true);
  add(['bedrijfsarts', 'date'], i.bedrijfsarts?.date);
  add(['arbeidsdeskundige', 'date'], i.arbeidsdeskundige?.date);
  add(['perspective', 'assessedOn'], i.perspective?.assessedOn);
  add(['perspective', 'realisedOn'], i.perspective?.realisedOn, true);
  add(['ownOrganisationWork', 'since'], i.ownOrganisationWork?.since);
  const ex = i.exceptions;
  add(['exceptions', 'geenBenutbareMogelijkheden', 'from'], ex?.geenBenutbareMogelijkheden?.from);
  add(['exceptions', 'marginaleMogelijkheden', 'from'], ex?.marginaleMogelijkheden?.from);
  add(['exceptions', 'postponement', 'from'], ex?.postponement?.from);
  const a = i.activities;
  if (a !== undefined) {
    for (const [key, value] of Object.entries(a)) {
      if (typeof value === 'string') add(['activities', key], value, true);
      else if (Array.isArray(value)) value.forEach((d: string, n: number) => add(['activities', key, n], d, true));
    }
  }
  return out;
}

/**
 * Validates the input (shape with zod, then meaning) and builds the day-number facts.
 *
 * @throws {@link PoortwachterError} naming each field and its problem.
 * @internal
 */
export function buildSpoor2Facts(raw: unknown): Spoor2Facts {
  const input = parseInput(spoor2InputSchema, raw, FN) as Spoor2Input;
  const issues: InputIssue[] = [];
  const asOf = input.asOf === undefined ? undefined : toDayNumber(input.asOf);

  let spans: readonly Span[] | undefined;
  if (input.firstSickDay !== undefined && input.sickPeriods !== undefined) {
    issues.push({ path: ['sickPeriods'], code: 'inconsistent', message: 'give either firstSickDay or sickPeriods, not both' });
  } else if (input.firstSickDay !== undefined || input.sickPeriods !== undefined) {
    const periods = input.sickPeriods ?? [{ from: input.firstSickDay! }];
    const basePath = input.sickPeriods === undefined ? ['firstSickDay'] : ['sickPeriods'];
    if (input.sickPeriods === undefined && asOf !== undefined && toDayNumber(input.firstSickDay!) > asOf) {
      issues.push({ path: ['firstSickDay'], code: 'inconsistent', message: `lies after asOf (${input.firstSickDay} > ${input.asOf})` });
    } else {
      const model = buildSickModel(periods, input.wazoLeave ?? [], basePath, ['wazoLeave'], asOf, 'wazo-only', input.workPattern, issues);
      if (model !== undefined) spans = model.chains[model.chains.length - 1]!.spans;
    }
  } else if (input.wazoLeave !== undefined || input.workPattern !== undefined) {
    issues.push({ path: ['firstSickDay'], code: 'missing', message: 'wazoLeave and workPattern need firstSickDay or sickPeriods' });
  }
  const firstSickDay = spans?.[0]?.start;
  if (firstSickDay !== undefined && firstSickDay < DAY_2004) {
    issues.push({ path: [input.sickPeriods === undefined ? 'firstSickDay' : 'sickPeriods'], code: 'out_of_scope', message: `day 1 ${input.firstSickDay ?? input.sickPeriods?.[0]?.from} is before 2004-01-01; the 104-week wachttijd applies to sickness from 2004 on` });
  }

  if (input.eerstejaarsevaluatie?.held === false && input.eerstejaarsevaluatie.date !== undefined) {
    issues.push({ path: ['eerstejaarsevaluatie', 'date'], code: 'inconsistent', message: 'a date is given but held is false' });
  }
  for (const d of doneDates(input)) {
    const dn = toDayNumber(d.date);
    if (asOf !== undefined && dn > asOf) {
      issues.push({ path: d.path, code: 'inconsistent', message: `records something done, but lies after asOf (${d.date} > ${input.asOf})` });
    } else if (d.notBeforeDay1 && firstSickDay !== undefined && dn < firstSickDay) {
      issues.push({ path: d.path, code: 'inconsistent', message: `lies before the first sick day of the wachttijd (${d.date})` });
    }
  }
  const ex = input.exceptions;
  for (const key of ['geenBenutbareMogelijkheden', 'marginaleMogelijkheden', 'postponement'] as const) {
    const p = ex?.[key];
    if (p?.to !== undefined && p.to < p.from) {
      issues.push({ path: ['exceptions', key, 'to'], code: 'end_before_start', message: `ends before it starts (${p.to} < ${p.from})` });
    }
  }
  const ejeDue = spans === undefined ? undefined : sickDayToDayNumber(spans, 363);
  const wachttijdLastDay = spans === undefined ? undefined : sickDayToDayNumber(spans, 727);
  const persp = input.perspective;
  if (persp?.expectedReturnDate !== undefined && persp.assessedOn !== undefined && persp.expectedReturnDate < persp.assessedOn) {
    issues.push({ path: ['perspective', 'expectedReturnDate'], code: 'end_before_start', message: `lies before assessedOn (${persp.expectedReturnDate} < ${persp.assessedOn})` });
  } else if (persp?.expectedReturnDate !== undefined && persp.assessedOn === undefined && persp.realisedOn === undefined && ejeDue !== undefined) {
    // assessedOn defaults to the eerstejaarsevaluatie (held, or due when not held): the return may not lie before it.
    const eje = input.eerstejaarsevaluatie;
    const held = eje?.held === true && eje.date !== undefined ? toDayNumber(eje.date) : undefined;
    const dflt = held !== undefined ? Math.min(held, ejeDue) : eje?.held === false ? ejeDue : undefined;
    if (dflt !== undefined && toDayNumber(persp.expectedReturnDate) < dflt) {
      issues.push({ path: ['perspective', 'expectedReturnDate'], code: 'end_before_start', message: `lies before the assessment date, which defaults to the eerstejaarsevaluatie (${persp.expectedReturnDate} < ${fromDayNumber(dflt)}); give perspective.assessedOn` });
    }
  }
  if (input.wagePeriodLastDay !== undefined && firstSickDay !== undefined && toDayNumber(input.wagePeriodLastDay) < firstSickDay) {
    issues.push({ path: ['wagePeriodLastDay'], code: 'end_before_start', message: `lies before the first sick day of the wachttijd (${input.wagePeriodLastDay})` });
  }
  if (issues.length > 0) throw new PoortwachterError(FN, issues);

  const contractEnd = input.exceptions?.temporaryContract?.contractEndDate;
  const explicitEnd = input.wagePeriodLastDay ?? contractEnd;
  // A given wagePeriodLastDay wins (it may lie after the wachttijd, e.g. a loonsanctie); a contract
  // end only ends the wage period when it comes before the end of the wachttijd.
  const wagePeriodLastDay = input.wagePeriodLastDay !== undefined ? toDayNumber(input.wagePeriodLastDay)
    : contractEnd !== undefined && wachttijdLastDay !== undefined ? Math.min(toDayNumber(contractEnd), wachttijdLastDay)
      : contractEnd !== undefined ? toDayNumber(contractEnd) : wachttijdLastDay;
  const aowIso = input.aowAgeDate ?? input.exceptions?.aow?.aowDate;
  const aowAgeDay = aowIso === undefined ? undefined : toDayNumber(aowIso);
  const ruleSet = wachttijdLastDay === undefined ? RULE_SETS[RULE_SETS.length - 1]! : selectRuleSet(wachttijdLastDay, TRANSITION_2013);
  return { input, asOf, spans, firstSickDay, ejeDue, wachttijdLastDay, ruleSet, wagePeriodLastDay, wagePeriodExplicit: explicitEnd !== undefined, aowAgeDay };
}

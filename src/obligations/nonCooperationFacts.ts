import { toDayNumber } from '../calendar/dayNumber.js';
import { PoortwachterError, type InputIssue } from '../errors/PoortwachterError.js';
import type { ParsedFact } from './factInput.js';
import type { ParsedNonCooperationInput } from './nonCooperationSchema.js';
import { KIND_RULES } from './nonCooperationRules.js';

const FN = 'checkNonCooperation';

/** The facts that decide the conditions, after the passend-werk result filled in what the input left open. @internal */
export interface NonCooperationFacts {
  readonly workIsPassend: ParsedFact | undefined;
  readonly ableToWork: ParsedFact | undefined;
  readonly deugdelijkeGrond: ParsedFact | undefined;
}

function settled(v: ParsedFact | undefined): v is boolean {
  return v === true || v === false;
}

/** Dates in order (since ≤ asOf, until ≥ since, knownSince between since and asOf, actions not after asOf). */
function dateIssues(v: ParsedNonCooperationInput): InputIssue[] {
  const issues: InputIssue[] = [];
  const asOf = toDayNumber(v.asOf);
  const since = toDayNumber(v.since);
  const known = v.knownSince === undefined ? since : toDayNumber(v.knownSince);
  if (since > asOf) issues.push({ path: ['since'], code: 'inconsistent', message: `lies after asOf (${v.since} > ${v.asOf})` });
  if (v.until !== undefined && toDayNumber(v.until) < since) issues.push({ path: ['until'], code: 'end_before_start', message: `ends before it starts (${v.until} < ${v.since})` });
  if (v.knownSince !== undefined && known > asOf) issues.push({ path: ['knownSince'], code: 'inconsistent', message: `lies after asOf (${v.knownSince} > ${v.asOf})` });
  if (v.knownSince !== undefined && known < since) issues.push({ path: ['knownSince'], code: 'inconsistent', message: `lies before since (${v.knownSince} < ${v.since})` });
  const acts = v.employerActions ?? {};
  for (const key of ['notifiedOn', 'writtenWarningOn', 'wageMeasureFrom', 'deskundigenoordeelRequestedOn'] as const) {
    const d = acts[key];
    if (d !== undefined && toDayNumber(d) > asOf) issues.push({ path: ['employerActions', key], code: 'inconsistent', message: `lies after asOf (${d} > ${v.asOf})` });
  }
  return issues;
}

/** The employer's actions fit together and fit the kind. */
function actionIssues(v: ParsedNonCooperationInput): InputIssue[] {
  const issues: InputIssue[] = [];
  const acts = v.employerActions ?? {};
  if (acts.wageMeasure !== undefined && acts.wageMeasureFrom === undefined) {
    issues.push({ path: ['employerActions', 'wageMeasureFrom'], code: 'missing', message: 'required when wageMeasure is given' });
  }
  if (acts.wageMeasure !== undefined && !(acts.wageMeasure === 'loonopschorting' ? KIND_RULES[v.kind].opschorting : KIND_RULES[v.kind].loonstopRef !== null)) {
    issues.push({ path: ['employerActions', 'wageMeasure'], code: 'invalid_value', message: `${acts.wageMeasure} does not fit the kind '${v.kind}'` });
  }
  if (acts.deskundigenoordeelOutcome !== undefined && acts.deskundigenoordeelOutcome !== 'unknown' && acts.deskundigenoordeelRequestedOn === undefined) {
    issues.push({ path: ['employerActions', 'deskundigenoordeelRequestedOn'], code: 'missing', message: 'required when deskundigenoordeelOutcome is given' });
  }
  if (acts.notified === false && acts.notifiedOn !== undefined) {
    issues.push({ path: ['employerActions', 'notified'], code: 'inconsistent', message: `false, but notifiedOn is ${acts.notifiedOn}` });
  }
  return issues;
}

/** Facts from a whole checkPassendWerk result: able to work (criterion functionele-mogelijkheden) and a deugdelijke grond. */
function fromPassendWerkResult(v: ParsedNonCooperationInput, pw: Exclude<ParsedNonCooperationInput['passendWerk'], string | undefined>, issues: InputIssue[]): Pick<NonCooperationFacts, 'ableToWork' | 'deugdelijkeGrond'> {
  const fm = pw.criteria.find((c) => c.criterion === 'functionele-mogelijkheden')?.status;
  const able: ParsedFact = fm === 'met' ? true : fm === 'not-met' ? false : 'unknown';
  if (settled(v.ableToWork) && able !== 'unknown' && v.ableToWork !== able) {
    issues.push({ path: ['ableToWork'], code: 'inconsistent', message: `${String(v.ableToWork)} contradicts the passendWerk criterion functionele-mogelijkheden '${String(fm)}'` });
  }
  const ground: ParsedFact = pw.refusal.deugdelijkeGronden.length > 0 ? true : pw.refusal.mayRefuse === 'no' ? false : 'unknown';
  if (v.deugdelijkeGrond === false && ground === true) {
    issues.push({ path: ['deugdelijkeGrond'], code: 'inconsistent', message: `false, but passendWerk found ${pw.refusal.deugdelijkeGronden.join(', ')}` });
  }
  return { ableToWork: settled(v.ableToWork) ? v.ableToWork : able, deugdelijkeGrond: settled(v.deugdelijkeGrond) ? v.deugdelijkeGrond : ground };
}

/** Facts from checkPassendWerk (its whole result or its verdict) fill in what the input leaves open. */
function passendWerkFacts(v: ParsedNonCooperationInput, issues: InputIssue[]): NonCooperationFacts {
  const given = { workIsPassend: v.workIsPassend, ableToWork: v.ableToWork, deugdelijkeGrond: v.deugdelijkeGrond };
  const pw = v.passendWerk;
  if (pw === undefined) return given;
  if (v.kind !== 'passend-werk-weigeren') issues.push({ path: ['passendWerk'], code: 'inconsistent', message: `only for kind 'passend-werk-weigeren', not '${v.kind}'` });
  const verdict = typeof pw === 'string' ? pw : pw.verdict;
  const passend: ParsedFact = verdict === 'passend' ? true : verdict === 'niet-passend' ? false : 'unknown';
  if (settled(v.workIsPassend) && passend !== 'unknown' && v.workIsPassend !== passend) {
    issues.push({ path: ['workIsPassend'], code: 'inconsistent', message: `${String(v.workIsPassend)} contradicts the passendWerk verdict '${verdict}'` });
  }
  const workIsPassend = settled(v.workIsPassend) ? v.workIsPassend : passend;
  return { ...given, workIsPassend, ...(typeof pw === 'string' ? {} : fromPassendWerkResult(v, pw, issues)) };
}

/**
 * The semantic checks a schema cannot express, and the facts that decide the conditions (the
 * passend-werk result filling in what the input leaves open). Throws every issue at once.
 *
 * @param v - The parsed input.
 * @returns The facts that decide the conditions.
 * @throws {@link PoortwachterError} listing every issue.
 * @internal
 */
export function nonCooperationFacts(v: ParsedNonCooperationInput): NonCooperationFacts {
  const issues = [...dateIssues(v), ...actionIssues(v)];
  const facts = passendWerkFacts(v, issues);
  if (issues.length > 0) throw new PoortwachterError(FN, issues);
  return facts;
}

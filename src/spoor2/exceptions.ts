import { fromDayNumber, toDayNumber } from '../calendar/dayNumber.js';
import { addCalendarMonths } from './calendarMonths.js';
import { SPOOR2_REFS as R } from './legalRefs.js';
import { msg, type Spoor2Msg } from './renderStep.js';
import { SPOOR2_NORMS } from './norms.js';
import type { Spoor2Facts } from './facts.js';
import type { LegalRef } from '../legal/LegalRef.js';
import type { NormKind } from '../timeline/types.js';
import type { Spoor2ExceptionCode } from './types.js';
import type { Answer } from '../vocabulary/index.js';
import { wachttijdEndedException } from './wachttijdEndedException.js';

/** An exception evaluated on day numbers, before the lapse dates are known. @internal */
export interface RawException {
  readonly code: Spoor2ExceptionCode;
  /** Whether its conditions are met (independent of `asOf`); it holds on the days of its interval. */
  readonly applies: Answer;
  /** First day (day number) it holds, if known. */
  readonly from: number | undefined;
  /** Last day it holds; `Infinity` when open-ended, undefined when unknown. */
  readonly until: number | undefined;
  readonly effect: 'exempt' | 'postponed';
  readonly normKind: NormKind;
  readonly legalBasis: readonly LegalRef[];
  readonly missingFacts: readonly string[];
  /** The message that explains it (rendered with `renderMsg`). */
  readonly text: Spoor2Msg;
}

/** A (finite) day number as 'YYYY-MM-DD'. */
const d = fromDayNumber;

const label = (code: Spoor2ExceptionCode): Spoor2Msg => msg(`exceptionLabel.${code}`);

/** Perspective in the own organisation, or a structural return realised (Werkwijzer §4.3; Beoordelingskader §3). */
function perspectiveException(f: Spoor2Facts, anchor: number | undefined, out: RawException[]): void {
  const i = f.input;
  const persp = i.perspective;
  if (persp?.realisedOn !== undefined) {
    const from = toDayNumber(persp.realisedOn);
    const l = label('structural-return-realised');
    out.push({
      code: 'structural-return-realised', applies: 'yes', from, until: Infinity, effect: 'exempt', normKind: 'policy',
      legalBasis: [R.BBP_3, R.BBP_5], missingFacts: [],
      text: msg('exception.on-a-satisfactory-result-track', { l, realisedOn: persp.realisedOn }),
    });
  } else if (persp !== undefined && persp.assessedOn !== undefined && anchor !== undefined && toDayNumber(persp.assessedOn) < anchor) {
    // A perspective given before the eerstejaarsevaluatie is no exception (the duty has not arisen
    // yet); assessSpoor2 reads it as passend werk coming in the own organisation (not-needed-yet).
  } else if (persp !== undefined) {
    const missing: string[] = [];
    if (persp.concrete === undefined) missing.push('perspective.concrete');
    if (persp.structural === undefined) missing.push('perspective.structural');
    if (persp.expectedReturnDate === undefined) missing.push('perspective.expectedReturnDate');
    const assessed = persp.assessedOn !== undefined ? toDayNumber(persp.assessedOn) : anchor;
    if (assessed === undefined) missing.push('perspective.assessedOn');
    const months = f.ruleSet.parameters.spoor2PerspectiveMonths;
    const expected = persp.expectedReturnDate === undefined ? undefined : toDayNumber(persp.expectedReturnDate);
    const l = label('perspective-own-organisation');
    const base = { code: 'perspective-own-organisation' as const, effect: 'exempt' as const, normKind: 'practice' as const, legalBasis: [R.WWP_PERSPECTIVE, R.BBP_5] };
    if (persp.concrete === false || persp.structural === false) {
      out.push({ ...base, applies: 'no', from: assessed, until: expected, missingFacts: [],
        text: msg('exception.does-not-apply-the-perspective', { l }) });
    } else if (missing.length > 0) {
      out.push({ ...base, applies: 'unknown', from: assessed, until: expected, missingFacts: missing,
        text: msg('exception.unknown-facts-missing', { l }) });
    } else {
      const limit = addCalendarMonths(assessed!, months);
      const within = expected! <= limit;
      out.push({ ...base, applies: within ? 'yes' : 'no', from: assessed, until: expected, missingFacts: [],
        text: msg(within ? 'exception.perspective-within' : 'exception.perspective-beyond', { l, expected: d(expected!), months, assessed: d(assessed!) }) });
    }
  }
}

/** Exceptions judged by the bedrijfsarts: no usable capacity, marginal capacity, postponement. */
function judgedExceptions(f: Spoor2Facts, out: RawException[]): void {
  const ex = f.input.exceptions;
  const judged = (code: 'geen-benutbare-mogelijkheden' | 'marginale-mogelijkheden' | 'postponement-bedrijfsarts',
    p: { from: string; to?: string | undefined } | undefined, normKind: NormKind, legalBasis: readonly LegalRef[], why: Spoor2Msg): void => {
    if (p === undefined) return;
    const from = toDayNumber(p.from);
    const until = p.to === undefined ? (code === 'postponement-bedrijfsarts' ? undefined : Infinity) : toDayNumber(p.to);
    const l = label(code);
    out.push({
      code, applies: 'yes', from, until, effect: code === 'postponement-bedrijfsarts' ? 'postponed' : 'exempt', normKind, legalBasis,
      missingFacts: until === undefined ? ['exceptions.postponement.to'] : [],
      text: msg('exception.judged-exception', { l, from: p.from, to: p.to === undefined ? '' : msg('exception.through-date', { to: p.to }), why }),
    });
  };
  judged('geen-benutbare-mogelijkheden', ex?.geenBenutbareMogelijkheden, 'policy', [R.BBP_3], msg('exception.judged-geen-benutbare-mogelijkheden'));
  judged('marginale-mogelijkheden', ex?.marginaleMogelijkheden, 'practice', [R.WWP_EXCEPTIONS], msg('exception.judged-marginale-mogelijkheden'));
  judged('postponement-bedrijfsarts', ex?.postponement, 'practice', [R.WWP_EXCEPTIONS, R.BBP_5], msg('exception.judged-postponement'));
}

/** AOW within a year after the wachttijd, both parties agreeing (Werkwijzer §5). */
function aowWithinYearException(f: Spoor2Facts, out: RawException[]): void {
  const ex = f.input.exceptions;
  if (ex?.aow !== undefined) {
    const missing: string[] = [];
    if (ex.aow.aowDate === undefined) missing.push('exceptions.aow.aowDate');
    if (ex.aow.bothAgree === undefined) missing.push('exceptions.aow.bothAgree');
    if (f.wachttijdLastDay === undefined) missing.push('firstSickDay');
    const months = SPOOR2_NORMS.aowWithinMonthsAfterWachttijd.value;
    const l = label('aow-within-year');
    let applies: Answer = 'unknown';
    let why = msg('exception.unknown-facts-missing-2');
    if (ex.aow.bothAgree === false) {
      applies = 'no';
      why = msg('exception.does-not-apply-the-parties');
    } else if (ex.aow.aowDate !== undefined && f.wachttijdLastDay !== undefined) {
      const limit = addCalendarMonths(f.wachttijdLastDay, months);
      const within = toDayNumber(ex.aow.aowDate) <= limit;
      if (!within) {
        applies = 'no';
        why = msg('exception.does-not-apply-state-pension', { aowDate: ex.aow.aowDate, value: d(limit) });
      } else if (ex.aow.bothAgree === true) {
        applies = 'yes';
        why = msg('exception.state-pension-date-on-or', { aowDate: ex.aow.aowDate, value: d(limit), months });
      }
    }
    out.push({ code: 'aow-within-year', applies, from: undefined, until: Infinity, effect: 'exempt', normKind: 'practice',
      legalBasis: [R.WWP_EXCEPTIONS], missingFacts: applies === 'unknown' ? missing : [],
      text: msg('exception.werkwijzer-5-practice', { l, why }) });
  }
}

/** Temporary contract: spoor-2 costs out of proportion to the remaining wage (Beoordelingskader §11). */
function temporaryContractException(f: Spoor2Facts, out: RawException[]): void {
  const ex = f.input.exceptions;
  if (ex?.temporaryContract !== undefined) {
    const t = ex.temporaryContract;
    const missing: string[] = [];
    if (t.spoor2Costs === undefined) missing.push('exceptions.temporaryContract.spoor2Costs');
    if (t.remainingWage === undefined) missing.push('exceptions.temporaryContract.remainingWage');
    const share = SPOOR2_NORMS.temporaryContractCostShare.value;
    const l = label('temporary-contract-costs');
    let applies: Answer = 'unknown';
    let part = msg('exception.unknown-facts-missing-2');
    if (missing.length === 0) {
      const over = t.spoor2Costs! > share * t.remainingWage!;
      applies = over ? 'yes' : 'no';
      part = msg(over ? 'exception.costs-above' : 'exception.costs-not-above', { costs: t.spoor2Costs!, percent: share * 100, wage: t.remainingWage! });
    }
    const end = t.contractEndDate === undefined ? msg('exception.text') : msg('exception.until-the-contract-ends-on', { contractEndDate: t.contractEndDate });
    out.push({ code: 'temporary-contract-costs', applies, from: undefined, until: Infinity, effect: 'exempt', normKind: 'policy',
      legalBasis: [R.BBP_11], missingFacts: missing,
      text: msg('exception.beoordelingskader-11-uwv-rule-of', { l, end, part }) });
  }
}

/** The statutory ends of the duty of BW 7:658a lid 1: AOW age reached, wage period ended. */
function statutoryExceptions(f: Spoor2Facts, out: RawException[]): void {
  // BW 7:658a lid 1 (since 2016-01-01): no duty to look elsewhere for an employee at AOW age.
  if (f.aowAgeDay !== undefined) {
    const from = Math.max(f.aowAgeDay, AOW_AMENDMENT);
    out.push({ code: 'aow-age-reached', applies: 'yes', from, until: Infinity, effect: 'exempt', normKind: 'statutory',
      legalBasis: [R.BW_658A_1_AOW, R.BW_629_2B], missingFacts: [], text: msg('duty.exception-aow', { date: d(from) }) });
  }
  // BW 7:658a lid 1: the duty runs only while wage is owed under 7:629.
  if (f.wagePeriodLastDay !== undefined && (f.wagePeriodExplicit || (f.asOf !== undefined && f.asOf > f.wagePeriodLastDay))) {
    const from = f.wagePeriodLastDay + 1;
    out.push({ code: 'wage-period-ended', applies: 'yes', from, until: Infinity, effect: 'exempt', normKind: 'statutory',
      legalBasis: [R.BW_658A_1_WAGE, R.BW_629_1], missingFacts: [], text: msg('duty.exception-wage-period', { date: d(from), date2: d(f.wagePeriodLastDay) }) });
  }
}

/**
 * Evaluates the exceptions of docs/sources.md §6.3 that the input reports: whether their conditions
 * are met and on which days they hold. An exception
 * that is not reported is not assumed; one that is reported with missing facts is `unknown`.
 *
 * @internal
 */
export function evaluateExceptions(f: Spoor2Facts, anchor: number | undefined): RawException[] {
  const out: RawException[] = [];
  perspectiveException(f, anchor, out);
  judgedExceptions(f, out);
  aowWithinYearException(f, out);
  temporaryContractException(f, out);
  statutoryExceptions(f, out);
  // BW 7:629 lid 10, WIA 23 lid 3: a recovery of four weeks or more ended the wachttijd (one rule with the timeline).
  const ended = wachttijdEndedException(f);
  if (ended !== undefined) out.push(ended);
  return out;
}

/** Day the Wet werken na de AOW-gerechtigde leeftijd took effect (Stb. 2015, 377). */
const AOW_AMENDMENT = toDayNumber('2016-01-01');

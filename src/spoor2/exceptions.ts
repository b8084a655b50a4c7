import { fromDayNumber, toDayNumber } from '../calendar/dayNumber.js';
import { addCalendarMonths } from './calendarMonths.js';
import { SPOOR2_REFS as R } from './legalRefs.js';
import { DUTY_TEXTS, EXCEPTION_LABELS, render, EXCEPTION_TEXTS } from './messages.js';
import { SPOOR2_NORMS } from './norms.js';
import type { Spoor2Facts } from './facts.js';
import type { LegalRef } from '../legal/LegalRef.js';
import type { NormKind } from '../timeline/types.js';
import type { Spoor2ExceptionCode } from './types.js';
import type { Answer } from '../vocabulary/index.js';
import { wachttijdEndedException } from './wachttijdEndedException.js';
import { fillLocalized } from '../i18n/fill.js';
import { localize, type Localized } from '../i18n/types.js';

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
  readonly nl: string;
  readonly en: string;
}

const d = (n: number | undefined): string => (n === undefined ? '?' : Number.isFinite(n) ? fromDayNumber(n) : '…');

function label(code: Spoor2ExceptionCode): { nl: string; en: string } {
  return { nl: EXCEPTION_LABELS.nl[code], en: EXCEPTION_LABELS.en[code] };
}

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
      ...fillLocalized(localize(EXCEPTION_TEXTS, 'on-a-satisfactory-result-track'), { l: l, realisedOn: persp.realisedOn }),
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
        ...fillLocalized(localize(EXCEPTION_TEXTS, 'does-not-apply-the-perspective'), { l: l }) });
    } else if (missing.length > 0) {
      out.push({ ...base, applies: 'unknown', from: assessed, until: expected, missingFacts: missing,
        ...fillLocalized(localize(EXCEPTION_TEXTS, 'unknown-facts-missing'), { l: l }) });
    } else {
      const limit = addCalendarMonths(assessed!, months);
      const within = expected! <= limit;
      out.push({ ...base, applies: within ? 'yes' : 'no', from: assessed, until: expected, missingFacts: [],
        nl: within
          ? `${l.nl}: terugkeer verwacht op ${d(expected)}, binnen ${months} maanden na ${d(assessed)} (Werkwijzer §4.3, praktijk). Het tweede spoor mag zolang wachten; komt de terugkeer er niet, dan vervalt de uitzondering.`
          : `${l.nl}: niet van toepassing — de terugkeer (${d(expected)}) ligt meer dan ${months} maanden na ${d(assessed)}.`,
        en: within
          ? `${l.en}: return expected on ${d(expected)}, within ${months} months of ${d(assessed)} (Werkwijzer §4.3, practice). Track 2 may wait until then; if the return does not happen, the exception lapses.`
          : `${l.en}: does not apply — the return (${d(expected)}) is more than ${months} months after ${d(assessed)}.` });
    }
  }
}

/** Exceptions judged by the bedrijfsarts: no usable capacity, marginal capacity, postponement. */
function judgedExceptions(f: Spoor2Facts, out: RawException[]): void {
  const ex = f.input.exceptions;
  const judged = (code: 'geen-benutbare-mogelijkheden' | 'marginale-mogelijkheden' | 'postponement-bedrijfsarts',
    p: { from: string; to?: string | undefined } | undefined, normKind: NormKind, legalBasis: readonly LegalRef[], why: Localized): void => {
    if (p === undefined) return;
    const from = toDayNumber(p.from);
    const until = p.to === undefined ? (code === 'postponement-bedrijfsarts' ? undefined : Infinity) : toDayNumber(p.to);
    const l = label(code);
    out.push({
      code, applies: 'yes', from, until, effect: code === 'postponement-bedrijfsarts' ? 'postponed' : 'exempt', normKind, legalBasis,
      missingFacts: until === undefined ? ['exceptions.postponement.to'] : [],
      ...fillLocalized(localize(EXCEPTION_TEXTS, 'judged-exception'), { l, from: p.from, to: p.to === undefined ? '' : fillLocalized(localize(EXCEPTION_TEXTS, 'through-date'), { to: p.to }), why }),
    });
  };
  judged('geen-benutbare-mogelijkheden', ex?.geenBenutbareMogelijkheden, 'policy', [R.BBP_3], localize(EXCEPTION_TEXTS, 'judged-geen-benutbare-mogelijkheden'));
  judged('marginale-mogelijkheden', ex?.marginaleMogelijkheden, 'practice', [R.WWP_EXCEPTIONS], localize(EXCEPTION_TEXTS, 'judged-marginale-mogelijkheden'));
  judged('postponement-bedrijfsarts', ex?.postponement, 'practice', [R.WWP_EXCEPTIONS, R.BBP_5], localize(EXCEPTION_TEXTS, 'judged-postponement'));
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
    let why = localize(EXCEPTION_TEXTS, 'unknown-facts-missing-2');
    if (ex.aow.bothAgree === false) {
      applies = 'no';
      why = localize(EXCEPTION_TEXTS, 'does-not-apply-the-parties');
    } else if (ex.aow.aowDate !== undefined && f.wachttijdLastDay !== undefined) {
      const limit = addCalendarMonths(f.wachttijdLastDay, months);
      const within = toDayNumber(ex.aow.aowDate) <= limit;
      if (!within) {
        applies = 'no';
        why = fillLocalized(localize(EXCEPTION_TEXTS, 'does-not-apply-state-pension'), { aowDate: ex.aow.aowDate, value: d(limit) });
      } else if (ex.aow.bothAgree === true) {
        applies = 'yes';
        why = fillLocalized(localize(EXCEPTION_TEXTS, 'state-pension-date-on-or'), { aowDate: ex.aow.aowDate, value: d(limit), months: months });
      }
    }
    out.push({ code: 'aow-within-year', applies, from: undefined, until: Infinity, effect: 'exempt', normKind: 'practice',
      legalBasis: [R.WWP_EXCEPTIONS], missingFacts: applies === 'unknown' ? missing : [],
      ...fillLocalized(localize(EXCEPTION_TEXTS, 'werkwijzer-5-practice'), { l: l, why: why }) });
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
    let nl = 'onbekend, feiten ontbreken';
    let en = 'unknown, facts missing';
    if (missing.length === 0) {
      const over = t.spoor2Costs! > share * t.remainingWage!;
      applies = over ? 'yes' : 'no';
      nl = `kosten € ${t.spoor2Costs} ${over ? 'boven' : 'niet boven'} ${share * 100}% van het resterende loon € ${t.remainingWage}`;
      en = `costs € ${t.spoor2Costs} ${over ? 'above' : 'not above'} ${share * 100}% of the remaining wage € ${t.remainingWage}`;
    }
    const end = t.contractEndDate === undefined ? localize(EXCEPTION_TEXTS, 'text') : fillLocalized(localize(EXCEPTION_TEXTS, 'until-the-contract-ends-on'), { contractEndDate: t.contractEndDate });
    out.push({ code: 'temporary-contract-costs', applies, from: undefined, until: Infinity, effect: 'exempt', normKind: 'policy',
      legalBasis: [R.BBP_11], missingFacts: missing,
      ...fillLocalized(localize(EXCEPTION_TEXTS, 'beoordelingskader-11-uwv-rule-of'), { l: l, end: end, part: { nl: nl, en: en } }) });
  }
}

/** The statutory ends of the duty of BW 7:658a lid 1: AOW age reached, wage period ended. */
function statutoryExceptions(f: Spoor2Facts, out: RawException[]): void {
  // BW 7:658a lid 1 (since 2016-01-01): no duty to look elsewhere for an employee at AOW age.
  if (f.aowAgeDay !== undefined) {
    const from = Math.max(f.aowAgeDay, AOW_AMENDMENT);
    const t = render(DUTY_TEXTS, 'exception-aow', { date: d(from) });
    out.push({ code: 'aow-age-reached', applies: 'yes', from, until: Infinity, effect: 'exempt', normKind: 'statutory',
      legalBasis: [R.BW_658A_1_AOW, R.BW_629_2B], missingFacts: [], nl: t.nl, en: t.en });
  }
  // BW 7:658a lid 1: the duty runs only while wage is owed under 7:629.
  if (f.wagePeriodLastDay !== undefined && (f.wagePeriodExplicit || (f.asOf !== undefined && f.asOf > f.wagePeriodLastDay))) {
    const from = f.wagePeriodLastDay + 1;
    const t = render(DUTY_TEXTS, 'exception-wage-period', { date: d(from), date2: d(f.wagePeriodLastDay) });
    out.push({ code: 'wage-period-ended', applies: 'yes', from, until: Infinity, effect: 'exempt', normKind: 'statutory',
      legalBasis: [R.BW_658A_1_WAGE, R.BW_629_1], missingFacts: [], nl: t.nl, en: t.en });
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

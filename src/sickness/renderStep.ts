/**
 * The texts of the sickness module, rendered from trace steps (issue 10: one trace, texts rendered
 * from it): a step's `message` names the text in {@link SICKNESS_TEXTS}, its `params` fill it.
 *
 * @internal
 * @module
 */
import type { TraceStep } from '../engine/trace.js';
import type { Localized } from '../i18n/types.js';
import { text, type SicknessMessageKey } from './messages.js';

/** The values the samentelling explanation is made of (the params of a `'sickness.samentelling'` step). @internal */
export interface SamentellingParams {
  readonly firstSickDay: string;
  /** Periods of the current wachttijd. */
  readonly periods: number;
  /** Gaps inside it. */
  readonly gaps: number;
  /** Calendar days of those gaps together. */
  readonly gapDays: number;
  /** Earlier wachttijden that no longer count. */
  readonly earlier: number;
}

/** The params of a `'sickness.first-sick-day'` step. @internal */
export interface FirstSickDayParams {
  readonly reportDate: string;
  /** Key of the reason in the catalogue. */
  readonly reason: SicknessMessageKey;
  /** ISO weekday of the report date (1 = Monday), for the reason "not a working day". */
  readonly weekday: number;
  readonly firstSickDay: string;
}

// Texts without placeholders, rendered once (immutable).
const ONE_PERIOD = Object.freeze(text('samentellingOnePeriod'));
const NO_EARLIER = Object.freeze(text('samentellingEarlierNone'));
const ONE_EARLIER = Object.freeze(text('samentellingEarlierOne'));
/**
 * The text of one period and no earlier wachttijd, filled but for day 1 (split at it): the common
 * case, on computeTimeline's hot path, is then two concatenations per language.
 */
const ONE_PERIOD_TEXT = ((): { readonly nl: readonly [string, string]; readonly en: readonly [string, string] } => {
  const mark = '\u0000';
  const filled = text('samentelling', { firstSickDay: mark, joined: ONE_PERIOD, earlier: NO_EARLIER });
  const split = (t: string): readonly [string, string] => Object.freeze([t.slice(0, t.indexOf(mark)), t.slice(t.indexOf(mark) + 1)] as const);
  return Object.freeze({ nl: split(filled.nl), en: split(filled.en) });
})();
/**
 * The samentelling text split at its three placeholders (day 1, the periods joined, the earlier
 * wachttijden, in that order): filling it is then concatenation, for every case.
 */
const SAMENTELLING_PARTS = ((): { readonly nl: readonly string[]; readonly en: readonly string[] } => {
  const filled = text('samentelling', { firstSickDay: '\u0000', joined: '\u0001', earlier: '\u0002' });
  const split = (t: string): readonly string[] => {
    const at = ['\u0000', '\u0001', '\u0002'].map((mark) => (t.indexOf(mark) === t.lastIndexOf(mark) ? t.indexOf(mark) : -1));
    const [a, b, c] = at as [number, number, number];
    if (a < 0 || b < a || c < b) throw new Error('the samentelling text must hold {firstSickDay}, {joined} and {earlier} once each, in that order');
    return Object.freeze([t.slice(0, a), t.slice(a + 1, b), t.slice(b + 1, c), t.slice(c + 1)]);
  };
  return Object.freeze({ nl: split(filled.nl), en: split(filled.en) });
})();
const WEEKDAYS = Object.freeze({
  nl: Object.freeze(['', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag']),
  en: Object.freeze(['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']),
});

/**
 * The explanation of a samentelling (BW 7:629 lid 10): day 1, the periods combined and the gaps left
 * out, earlier wachttijden that no longer count.
 *
 * @param p - The counts and day 1.
 * @returns `{ nl, en }`.
 * @internal
 */
export function samentellingExplanation(p: SamentellingParams): Localized {
  if (p.periods === 1 && p.earlier === 0) {
    return { nl: ONE_PERIOD_TEXT.nl[0] + p.firstSickDay + ONE_PERIOD_TEXT.nl[1], en: ONE_PERIOD_TEXT.en[0] + p.firstSickDay + ONE_PERIOD_TEXT.en[1] };
  }
  const joined = p.periods === 1 ? ONE_PERIOD : text(p.gaps === 1 ? 'samentellingCombinedOneGap' : 'samentellingCombinedGaps', { periods: p.periods, gaps: p.gaps, gapDays: p.gapDays });
  const earlier = p.earlier === 0 ? NO_EARLIER : p.earlier === 1 ? ONE_EARLIER : text('samentellingEarlierMany', { earlier: p.earlier });
  const nl = SAMENTELLING_PARTS.nl;
  const en = SAMENTELLING_PARTS.en;
  return {
    nl: nl[0]! + p.firstSickDay + nl[1]! + joined.nl + nl[2]! + earlier.nl + nl[3]!,
    en: en[0]! + p.firstSickDay + en[1]! + joined.en + en[2]! + earlier.en + en[3]!,
  };
}

/**
 * The explanation of day 1 from a sick report (WIA 23 lid 2).
 *
 * @param p - The report date, the reason's key, the report's weekday and day 1.
 * @returns `{ nl, en }`.
 * @internal
 */
export function firstSickDayExplanation(p: FirstSickDayParams): Localized {
  const why = text(p.reason, { day: { nl: WEEKDAYS.nl[p.weekday]!, en: WEEKDAYS.en[p.weekday]! } });
  return text('sickReportOnWia232', { reportDate: p.reportDate, why, fsd: p.firstSickDay });
}

/**
 * Renders a step of the sickness module's trace with its catalogue.
 *
 * @param step - A step of the trace of `combineSickPeriods` or `determineFirstSickDay`.
 * @returns Its text, `{ nl, en }`.
 * @throws Error for a step of another module.
 * @example
 * renderSicknessStep(combineSickPeriods([{ from: '2025-01-06', to: '2025-01-17' }]).trace[0]!).en
 * //=> 'Day 1 of the current wachttijd: 2025-01-06. One sick period.'
 * @internal
 */
export function renderSicknessStep(step: TraceStep): Localized {
  const params = step.params as unknown;
  if (step.message === 'samentelling') return samentellingExplanation(params as SamentellingParams);
  if (step.message === 'sickReportOnWia232') return firstSickDayExplanation(params as FirstSickDayParams);
  throw new Error(`renderSicknessStep: no text for the message '${step.message}' of rule '${step.rule}'`);
}

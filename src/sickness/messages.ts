/**
 * Message catalogue (nl, en) of the sickness module: explanations and notices.
 *
 * @internal
 * @module
 */
import type { TemplateValue } from '../i18n/fill.js';
import type { Locale, Localized, MessageTable } from '../i18n/types.js';

/** Keys of the explanation and notice texts in {@link SICKNESS_TEXTS}. @internal */
export type SicknessMessageKey =
  | 'workStoppedDuringWorkingTimeThat'
  | 'theFullWorkingDayWasWorked'
  | 'theReportDateIsAWorking'
  | 'isNotAWorkingDayIn'
  | 'sickReportOnWia232'
  | 'periodHasNoWorkingDayIn'
  | 'sickReportOnIsNotA'
  | 'samentelling'
  | 'samentellingOnePeriod'
  | 'samentellingCombinedOneGap'
  | 'samentellingCombinedGaps'
  | 'samentellingEarlierNone'
  | 'samentellingEarlierOne'
  | 'samentellingEarlierMany';

/**
 * Explanations, notices and findings (nl, en), with `{name}` placeholders filled by {@link phrase};
 * a missing translation is a compile error.
 *
 * @internal
 */
export const SICKNESS_TEXTS = {
  nl: {
    workStoppedDuringWorkingTimeThat: 'het werk is tijdens de werktijd gestaakt: die dag is dag 1',
    theFullWorkingDayWasWorked: 'op de dag van de melding is volledig gewerkt: de eerstvolgende werkdag is dag 1',
    theReportDateIsAWorking: 'de dag van de melding is een werkdag waarop niet is gewerkt',
    isNotAWorkingDayIn: '{day} is geen werkdag in het werkpatroon: de eerstvolgende werkdag is dag 1',
    sickReportOnWia232: 'Ziekmelding op {reportDate}: {why} (WIA 23 lid 2). Eerste ziektedag: {fsd}.',
    periodHasNoWorkingDayIn: 'Periode {from}–{to} valt geheel buiten het werkpatroon en telt niet als ziekteperiode (WIA 23 lid 2).',
    sickReportOnIsNotA: 'Ziekmelding op {from} is geen werkdag; de eerste ziektedag wordt {moved} (WIA 23 lid 2).',
    samentelling: 'Eerste ziektedag van de lopende wachttijd: {firstSickDay}. {joined}{earlier}',
    samentellingOnePeriod: 'Eén ziekteperiode.',
    samentellingCombinedOneGap: '{periods} ziekteperiodes samengeteld; de onderbreking van samen {gapDays} dagen telt niet mee.',
    samentellingCombinedGaps: '{periods} ziekteperiodes samengeteld; {gaps} onderbrekingen van samen {gapDays} dagen tellen niet mee.',
    samentellingEarlierNone: '',
    samentellingEarlierOne: ' Een eerdere wachttijd telt niet meer (onderbreking van vier weken of meer).',
    samentellingEarlierMany: ' {earlier} eerdere wachttijden tellen niet meer (onderbreking van vier weken of meer).',
  },
  en: {
    workStoppedDuringWorkingTimeThat: 'work stopped during working time: that day is day 1',
    theFullWorkingDayWasWorked: 'the full working day was worked: the next working day is day 1',
    theReportDateIsAWorking: 'the report date is a working day not worked',
    isNotAWorkingDayIn: '{day} is not a working day in the work pattern: the next working day is day 1',
    sickReportOnWia232: 'Sick report on {reportDate}: {why} (WIA 23(2)). First sick day: {fsd}.',
    periodHasNoWorkingDayIn: 'Period {from}–{to} has no working day in the work pattern and does not count as sickness (WIA 23 lid 2).',
    sickReportOnIsNotA: 'Sick report on {from} is not a working day; the first sick day becomes {moved} (WIA 23 lid 2).',
    samentelling: 'Day 1 of the current wachttijd: {firstSickDay}. {joined}{earlier}',
    samentellingOnePeriod: 'One sick period.',
    samentellingCombinedOneGap: '{periods} sick periods combined; the gap of {gapDays} days in all is not counted.',
    samentellingCombinedGaps: '{periods} sick periods combined; {gaps} gaps of {gapDays} days in all are not counted.',
    samentellingEarlierNone: '',
    samentellingEarlierOne: ' An earlier wachttijd no longer counts (a gap of four weeks or more).',
    samentellingEarlierMany: ' {earlier} earlier wachttijden no longer count (a gap of four weeks or more).',
  },
} as const satisfies MessageTable<SicknessMessageKey>;

/**
 * One text of {@link SICKNESS_TEXTS} in both languages, placeholders filled.
 *
 * @param key - The text.
 * @param values - Values for its `{name}` placeholders; a {@link Localized} value is used per language.
 * @returns The frozen `{ nl, en }`.
 * @example
 * phrase('workStoppedDuringWorkingTimeThat');
 * @internal
 */
export function phrase(key: SicknessMessageKey, values: Readonly<Record<string, TemplateValue>> = {}): Localized {
  return Object.freeze(text(key, values));
}

/**
 * {@link phrase} without the freeze, for texts that are parts of other texts or of a result that
 * is not frozen (the samentelling of a timeline, on computeTimeline's hot path).
 *
 * @param key - The text.
 * @param values - Values for its `{name}` placeholders.
 * @returns `{ nl, en }`.
 * @internal
 */
export function text(key: SicknessMessageKey, values: Readonly<Record<string, TemplateValue>> = {}): Localized {
  return { nl: fillCompiled(COMPILED.nl[key], values, 'nl'), en: fillCompiled(COMPILED.en[key], values, 'en') };
}

/**
 * A template split once at its `{name}` placeholders (text at even indexes, names at odd ones):
 * filling it gives exactly what `fillTemplate` gives, without a regular expression per call.
 */
type Compiled = readonly string[];

function compileTable(table: { readonly [K in SicknessMessageKey]: string }): { readonly [K in SicknessMessageKey]: Compiled } {
  const out = {} as Record<SicknessMessageKey, Compiled>;
  for (const key of Object.keys(table) as SicknessMessageKey[]) out[key] = Object.freeze(table[key].split(/\{(\w+)\}/));
  return Object.freeze(out);
}

/** The catalogue compiled once, when the module loads (frozen: no state changes after that). */
const COMPILED = Object.freeze({ nl: compileTable(SICKNESS_TEXTS.nl), en: compileTable(SICKNESS_TEXTS.en) });

function fillCompiled(parts: Compiled, values: Readonly<Record<string, TemplateValue>>, locale: Locale): string {
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const v = values[parts[i]!];
    out += v === undefined ? `{${parts[i]!}}` : typeof v === 'object' ? v[locale] : String(v);
    out += parts[i + 1]!;
  }
  return out;
}

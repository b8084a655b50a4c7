/**
 * Message catalogue (nl, en) of the sickness module: explanations and notices.
 *
 * @internal
 * @module
 */
import { fillLocalized, type TemplateValue } from '../i18n/fill.js';
import { localize, type Localized, type MessageTable } from '../i18n/types.js';

/** Keys of the explanation and notice texts in {@link SICKNESS_TEXTS}. @internal */
export type SicknessMessageKey =
  | 'workStoppedDuringWorkingTimeThat'
  | 'theFullWorkingDayWasWorked'
  | 'theReportDateIsAWorking'
  | 'isNotAWorkingDayIn'
  | 'sickReportOnWia232'
  | 'periodHasNoWorkingDayIn'
  | 'sickReportOnIsNotA';

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
  },
  en: {
    workStoppedDuringWorkingTimeThat: 'work stopped during working time: that day is day 1',
    theFullWorkingDayWasWorked: 'the full working day was worked: the next working day is day 1',
    theReportDateIsAWorking: 'the report date is a working day not worked',
    isNotAWorkingDayIn: '{day} is not a working day in the work pattern: the next working day is day 1',
    sickReportOnWia232: 'Sick report on {reportDate}: {why} (WIA 23(2)). First sick day: {fsd}.',
    periodHasNoWorkingDayIn: 'Period {from}–{to} has no working day in the work pattern and does not count as sickness (WIA 23 lid 2).',
    sickReportOnIsNotA: 'Sick report on {from} is not a working day; the first sick day becomes {moved} (WIA 23 lid 2).',
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
  return Object.freeze(fillLocalized(localize(SICKNESS_TEXTS, key), values));
}

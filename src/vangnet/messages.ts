/**
 * Message catalogue (nl, en) of the vangnet module: explanations, notices and findings.
 *
 * @internal
 * @module
 */
import { fillLocalized, type TemplateValue } from '../i18n/fill.js';
import { localize, type Localized, type MessageTable } from '../i18n/types.js';

/** Keys of the explanation and notice texts in {@link VANGNET_TEXTS}. @internal */
export type VangnetMessageKey =
  | 'theFirstDayAfterSixWeeks'
  | 'employmentEndsWithinTheSixWeeks'
  | 'atTheLatestOnTheFourth'
  | 'onTheFourthDayFromThe'
  | 'readingTheSicknessBeganAfterThe'
  | 'onTheFourthDayAfterThirteen'
  | 'readingTheTermIsDescribedAs'
  | 'eigenrisicodragerZwAtTheLatestSix'
  | 'onTheLastDayOfEmployment'
  | 'atLeastSixWeeksSickBefore'
  | 'howMovedByAtw'
  | 'atwExtended'
  | 'atwMoved'
  | 'theFourthDayAfterTheClaim'
  | 'theReportOfIsLateZiekengeld'
  | 'theReportOfIsLateZiekengeld2'
  | 'theZwEigenrisicodragerKeepsTheReintegration'
  | 'uwvDrawsUpThePlanOf'
  | 'theEmployeeIsEmployedTheEmployer'
  | 'zw29aLid2IsNot'
  | 'aVoluntaryExtensionOfWagePayment'
  | 'no42WeekReportTheReport'
  | 'noLoonsanctieForShortcomingsUwvExtends'
  | 'noLoonsanctieWia26Lid1'
  | 'thereIsNoEmploymentLeftTo'
  | 'the42WeekReportOfZw'
  | 'theBesluitPassendeArbeidWwEn'
  | 'aLateReportCanLeadTo'
  | 'safetyNetReportDueReintegrationBy'
  | 'byWerkgever'
  | 'byUwv'
  | 'byEigenrisicodrager';

/**
 * Explanations, notices and findings (nl, en), with `{name}` placeholders filled by {@link phrase};
 * a missing translation is a compile error.
 *
 * @internal
 */
export const VANGNET_TEXTS = {
  nl: {
    theFirstDayAfterSixWeeks: 'De eerste dag na zes weken, gerekend vanaf de eerste ziektedag (ZW 38a lid 3).',
    employmentEndsWithinTheSixWeeks: 'De dienstbetrekking eindigt binnen de zes weken: melden op de laatste dag ervan (ZW 38a lid 3, tweede zin).',
    atTheLatestOnTheFourth: 'Uiterlijk op de vierde ziektedag (ZW 38a lid 2 sub a).',
    onTheFourthDayFromThe: 'Op de vierde dag vanaf de dag waarop recht op de verlofuitkering had kunnen bestaan (ZW 38a lid 2 sub b).',
    readingTheSicknessBeganAfterThe: 'Lezing: de ziekte begon ({D}) na de dag waarop de verlofuitkering had kunnen ingaan ({from}); de vier dagen worden vanaf de eerste ziektedag geteld, niet vanaf een dag vóór de ziekte.',
    onTheFourthDayAfterThirteen: 'Op de vierde dag nadat dertien weken ziekte zijn verstreken (ZW 38b lid 3); een termijn van meer dan twaalf weken, dus niet verschoven door de Atw (art 4 sub a).',
    readingTheTermIsDescribedAs: 'Lezing: de termijn is omschreven in dertien weken plus vier dagen en valt daarmee onder Atw art 4 sub a, net als de 42-wekenmelding van ZW 38 lid 1; UWV kan ruimer zijn.',
    eigenrisicodragerZwAtTheLatestSix: 'Eigenrisicodrager ZW: uiterlijk zes weken na de laatste dag van het dienstverband (ZW 38aa).',
    onTheLastDayOfEmployment: 'Op de laatste dag van de dienstbetrekking (ZW 38 lid 2); een datum, geen termijn, dus niet verschoven door de Atw.',
    atLeastSixWeeksSickBefore: 'Ten minste zes weken ziek vóór het einde van de dienstbetrekking: re-integratieverslag uiterlijk op de laatste dag (ZW 38 lid 2).',
    howMovedByAtw: '{how}{atw}',
    atwExtended: ' Verlengd van {raw} tot {deadline}: de termijn moet ten minste twee dagen bevatten die geen zaterdag, zondag of feestdag zijn (Atw art 1 en 2).',
    atwMoved: ' Verschoven van {raw} naar de eerstvolgende werkdag (Atw art 1).',
    theFourthDayAfterTheClaim: 'De vierde dag nadat de aanspraak redelijkerwijs duidelijk kon zijn ({claimClearFrom}); ziekengeld met terugwerkende kracht, ten hoogste een jaar.',
    theReportOfIsLateZiekengeld: 'De melding van {reportedOn} is te laat: ziekengeld wordt met terugwerkende kracht over ten hoogste een jaar toegekend, dus op zijn vroegst vanaf {retroactiveFrom}, niet vanaf de eerste ziektedag {D} (ZW 38a lid 9).',
    theReportOfIsLateZiekengeld2: 'De melding van {reportedOn} is te laat: ziekengeld wordt met terugwerkende kracht over ten hoogste een jaar toegekend; dat reikt hier tot de eerste ziektedag {D} (ZW 38a lid 9).',
    theZwEigenrisicodragerKeepsTheReintegration: 'De eigenrisicodrager ZW houdt de re-integratieverplichtingen van WIA 25 (WIA 26 lid 2).',
    uwvDrawsUpThePlanOf: 'UWV stelt het plan van aanpak op en begeleidt de re-integratie (WIA 26 lid 1).',
    theEmployeeIsEmployedTheEmployer: 'De werknemer is in dienst: de werkgever houdt de re-integratieplichten (WIA 26 lid 1 geldt alleen voor ZW 29 lid 2 sub a–d).',
    zw29aLid2IsNot: 'ZW 29a lid 2 staat niet met name in WIA 24 lid 1 sub a; of vrijwillige verlenging mogelijk is, is onzeker.',
    aVoluntaryExtensionOfWagePayment: 'Vrijwillige verlenging van de loondoorbetaling is uitgesloten (WIA 24 lid 1 sub a).',
    no42WeekReportTheReport: 'Geen 42-wekenmelding: de aangifte bij einde dienstverband vervangt die (ZW 38 lid 2).',
    noLoonsanctieForShortcomingsUwvExtends: 'Geen loonsanctie: bij tekortkomingen verlengt UWV het ziekengeld dat de eigenrisicodrager betaalt (WIA 26 lid 2).',
    noLoonsanctieWia26Lid1: 'Geen loonsanctie (WIA 26 lid 1); bij tekortkomingen verhaalt UWV het ziekengeld tot 52 weken op de ex-werkgever (ZW 39a).',
    thereIsNoEmploymentLeftTo: 'Er is geen dienstbetrekking meer om op te zeggen.',
    the42WeekReportOfZw: 'De 42-wekenmelding van ZW 38 lid 1 geldt niet voor ZW 29 lid 2 sub e, f en g (ZW 38 lid 4); de vangnetmelding vervangt die.',
    theBesluitPassendeArbeidWwEn: 'Het Besluit passende arbeid WW en ZW geldt niet voor deze vangnetters met een werkgever (art 2); passende arbeid volgt BW 7:658a.',
    aLateReportCanLeadTo: 'Een te late melding kan een boete opleveren van ten hoogste €455 (ZW 38a lid 8).',
    safetyNetReportDueReintegrationBy: 'Vangnetmelding ({g}) uiterlijk {deadline}; re-integratie door {by}.',
    byWerkgever: 'werkgever',
    byUwv: 'uwv',
    byEigenrisicodrager: 'eigenrisicodrager',
  },
  en: {
    theFirstDayAfterSixWeeks: 'The first day after six weeks counted from the first sick day (ZW 38a lid 3).',
    employmentEndsWithinTheSixWeeks: 'Employment ends within the six weeks: report on its last day (ZW 38a lid 3, second sentence).',
    atTheLatestOnTheFourth: 'At the latest on the fourth day of sickness (ZW 38a lid 2 a).',
    onTheFourthDayFromThe: 'On the fourth day from the day the leave benefit could have started (ZW 38a lid 2 b).',
    readingTheSicknessBeganAfterThe: 'Reading: the sickness began ({D}) after the day the leave benefit could have started ({from}); the four days are counted from the first sick day, not from a day before the sickness.',
    onTheFourthDayAfterThirteen: 'On the fourth day after thirteen weeks of sickness (ZW 38b lid 3); a term of more than twelve weeks, so not moved by the Atw (art 4 a).',
    readingTheTermIsDescribedAs: 'Reading: the term is described as thirteen weeks plus four days and so falls under Atw art 4 a, like the 42-week report of ZW 38 lid 1; UWV may be more lenient.',
    eigenrisicodragerZwAtTheLatestSix: 'Eigenrisicodrager ZW: at the latest six weeks after the last day of employment (ZW 38aa).',
    onTheLastDayOfEmployment: 'On the last day of employment (ZW 38 lid 2); a date, not a term, so not moved by the Atw.',
    atLeastSixWeeksSickBefore: 'At least six weeks sick before employment ends: reintegration report by the last day (ZW 38 lid 2).',
    howMovedByAtw: '{how}{atw}',
    atwExtended: ' Extended from {raw} to {deadline}: the term must hold at least two days that are not a Saturday, Sunday or holiday (Atw art 1 and 2).',
    atwMoved: ' Moved from {raw} to the next working day (Atw art 1).',
    theFourthDayAfterTheClaim: 'The fourth day after the claim could reasonably be clear ({claimClearFrom}); ziekengeld retroactively, at most one year.',
    theReportOfIsLateZiekengeld: 'The report of {reportedOn} is late: ziekengeld is granted back over one year at most, so from {retroactiveFrom} at the earliest, not from the first sick day {D} (ZW 38a lid 9).',
    theReportOfIsLateZiekengeld2: 'The report of {reportedOn} is late: ziekengeld is granted back over one year at most; here that reaches the first sick day {D} (ZW 38a lid 9).',
    theZwEigenrisicodragerKeepsTheReintegration: 'The ZW eigenrisicodrager keeps the reintegration duties of WIA 25 (WIA 26 lid 2).',
    uwvDrawsUpThePlanOf: 'UWV draws up the plan of action and guides the reintegration (WIA 26 lid 1).',
    theEmployeeIsEmployedTheEmployer: 'The employee is employed: the employer keeps the reintegration duties (WIA 26 lid 1 covers only ZW 29 lid 2 a–d).',
    zw29aLid2IsNot: 'ZW 29a lid 2 is not named in WIA 24 lid 1 a; whether a voluntary extension is possible is uncertain.',
    aVoluntaryExtensionOfWagePayment: 'A voluntary extension of wage payment is excluded (WIA 24 lid 1 a).',
    no42WeekReportTheReport: 'No 42-week report: the report at the end of employment replaces it (ZW 38 lid 2).',
    noLoonsanctieForShortcomingsUwvExtends: 'No loonsanctie: for shortcomings UWV extends the ziekengeld the eigenrisicodrager pays (WIA 26 lid 2).',
    noLoonsanctieWia26Lid1: 'No loonsanctie (WIA 26 lid 1); for shortcomings UWV recovers up to 52 weeks of ziekengeld from the former employer (ZW 39a).',
    thereIsNoEmploymentLeftTo: 'There is no employment left to terminate.',
    the42WeekReportOfZw: 'The 42-week report of ZW 38 lid 1 does not apply to ZW 29 lid 2 e, f and g (ZW 38 lid 4); the safety-net report replaces it.',
    theBesluitPassendeArbeidWwEn: 'The Besluit passende arbeid WW en ZW does not apply to these safety-net employees with an employer (art 2); suitable work follows BW 7:658a.',
    aLateReportCanLeadTo: 'A late report can lead to a fine of at most €455 (ZW 38a lid 8).',
    safetyNetReportDueReintegrationBy: 'Safety-net report ({g}) due {deadline}; reintegration by {by}.',
    byWerkgever: 'the employer',
    byUwv: 'UWV',
    byEigenrisicodrager: 'the eigenrisicodrager',
  },
} as const satisfies MessageTable<VangnetMessageKey>;

/**
 * One text of {@link VANGNET_TEXTS} in both languages, placeholders filled.
 *
 * @param key - The text.
 * @param values - Values for its `{name}` placeholders; a {@link Localized} value is used per language.
 * @returns The frozen `{ nl, en }`.
 * @example
 * phrase('theFirstDayAfterSixWeeks');
 * @internal
 */
export function phrase(key: VangnetMessageKey, values: Readonly<Record<string, TemplateValue>> = {}): Localized {
  return Object.freeze(fillLocalized(localize(VANGNET_TEXTS, key), values));
}

import { fillLocalized, type TemplateValue } from '../i18n/fill.js';
import { localize, type Localized, type MessageTable } from '../i18n/types.js';

/**
 * Ids of the dates the end-of-wachttijd functions return (`LegalDate.id`).
 *
 * @deprecated Since 0.2.0: use {@link EndOfWachttijdDateId} (a date is a thing: it has an `id`).
 */
export type EndOfWachttijdDateCode = EndOfWachttijdDateId;

/** Ids of the dates the end-of-wachttijd functions return (`LegalDate.id`; 0.1.0: `code`). */
export type EndOfWachttijdDateId =
  | 'loonsanctie-beschikking-uiterlijk'
  | 'loonsanctie-start'
  | 'loonsanctie-max-einde'
  | 'einde-loonsanctie'
  | 'bezwaar-loonsanctie-uiterlijk'
  | 'bekorting-beschikking-uiterlijk'
  | 'bezwaar-bekorting-uiterlijk'
  | 'wia-hervatting-uiterlijk'
  | 'wia-beschikking-na-herstel'
  | 'einde-loondoorbetaling'
  | 'einde-wachttijd'
  | 'wia-ingang'
  | 'einde-verlengd-tijdvak'
  | 're-integratieverslag'
  | 'wia-aanvraag'
  | 'verkorting-vroegste-einde'
  | 'vervroegde-iva-aanvragen-vanaf'
  | 'vervroegde-iva-uiterlijk'
  | 'verkorte-wachttijd-vroegste-einde'
  | 'verkorte-wachttijd-uiterste-einde'
  | 'wia-brief-uwv'
  | 'wia-aanvraag-safe-harbour'
  | 'ziekmelding-uwv-voor-week-81'
  | 'wia-recht-niet-eerder-dan'
  | 'einde-opzegverbod'
  | 'opzeggen-vanaf'
  | 'vangnet-melding-uiterlijk'
  | 'vangnet-melding-na-duidelijkheid'
  | 'vangnet-re-integratieverslag';

/** Labels per locale; a missing translation is a compile error. */
export const DATE_LABELS = {
  nl: {
    'loonsanctie-beschikking-uiterlijk': 'Beschikking loonsanctie uiterlijk',
    'loonsanctie-start': 'Begin loonsanctie',
    'loonsanctie-max-einde': 'Uiterste einde loonsanctie (52 weken)',
    'einde-loonsanctie': 'Einde loonsanctie',
    'bezwaar-loonsanctie-uiterlijk': 'Bezwaar tegen loonsanctie uiterlijk',
    'bekorting-beschikking-uiterlijk': 'Beschikking op bekortingsverzoek uiterlijk',
    'bezwaar-bekorting-uiterlijk': 'Bezwaar tegen beschikking bekorting uiterlijk',
    'wia-hervatting-uiterlijk': 'UWV hervat behandeling WIA-aanvraag uiterlijk',
    'wia-beschikking-na-herstel': 'WIA-beschikking na vastgesteld herstel uiterlijk',
    'einde-loondoorbetaling': 'Einde loondoorbetaling',
    'einde-wachttijd': 'Einde wachttijd',
    'wia-ingang': 'Vroegste ingang WIA-uitkering',
    'einde-verlengd-tijdvak': 'Einde verlengde loondoorbetaling',
    're-integratieverslag': 'Re-integratieverslag',
    'wia-aanvraag': 'WIA-aanvraag',
    'verkorting-vroegste-einde': 'Vroegste einde na verzoek tot verkorting',
    'vervroegde-iva-aanvragen-vanaf': 'Vervroegde IVA aanvragen vanaf (UWV)',
    'vervroegde-iva-uiterlijk': 'Vervroegde IVA uiterlijk aanvragen',
    'verkorte-wachttijd-vroegste-einde': 'Vroegste einde verkorte wachttijd',
    'verkorte-wachttijd-uiterste-einde': 'Uiterste einde verkorte wachttijd (78 weken)',
    'wia-brief-uwv': 'Kennisgeving UWV over WIA-aanvraag uiterlijk',
    'wia-aanvraag-safe-harbour': 'WIA-aanvraag tijdig bij late kennisgeving, uiterlijk',
    'ziekmelding-uwv-voor-week-81': '42-wekenmelding vóór deze dag (week 81)',
    'wia-recht-niet-eerder-dan': 'WIA-recht niet eerder dan (52 weken vóór de aanvraag)',
    'einde-opzegverbod': 'Einde opzegverbod wegens ziekte (laatste dag)',
    'opzeggen-vanaf': 'Opzegging wegens ziekte mogelijk vanaf',
    'vangnet-melding-uiterlijk': 'Ziekmelding vangnetter bij UWV uiterlijk',
    'vangnet-melding-na-duidelijkheid': 'Ziekmelding uiterlijk na duidelijkheid over de vangnetaanspraak',
    'vangnet-re-integratieverslag': 'Re-integratieverslag ziek uit dienst uiterlijk',
  },
  en: {
    'loonsanctie-beschikking-uiterlijk': 'Loonsanctie decision due',
    'loonsanctie-start': 'Start of the loonsanctie',
    'loonsanctie-max-einde': 'Latest end of the loonsanctie (52 weeks)',
    'einde-loonsanctie': 'End of the loonsanctie',
    'bezwaar-loonsanctie-uiterlijk': 'Objection to the loonsanctie due',
    'bekorting-beschikking-uiterlijk': 'Decision on the repair notice due',
    'bezwaar-bekorting-uiterlijk': 'Objection to the repair decision due',
    'wia-hervatting-uiterlijk': 'UWV resumes the WIA application by',
    'wia-beschikking-na-herstel': 'WIA decision after established repair due',
    'einde-loondoorbetaling': 'End of wage payment',
    'einde-wachttijd': 'End of the waiting period',
    'wia-ingang': 'Earliest start of WIA benefit',
    'einde-verlengd-tijdvak': 'End of the extended wage payment',
    're-integratieverslag': 'Reintegration report',
    'wia-aanvraag': 'WIA application',
    'verkorting-vroegste-einde': 'Earliest end after a request to shorten',
    'vervroegde-iva-aanvragen-vanaf': 'Early IVA: apply from (UWV)',
    'vervroegde-iva-uiterlijk': 'Early IVA: last day to apply',
    'verkorte-wachttijd-vroegste-einde': 'Earliest end of the shortened waiting period',
    'verkorte-wachttijd-uiterste-einde': 'Latest end of the shortened waiting period (78 weeks)',
    'wia-brief-uwv': 'UWV notice about the WIA application due',
    'wia-aanvraag-safe-harbour': 'WIA application timely after a late notice, by',
    'ziekmelding-uwv-voor-week-81': '42-week report before this day (week 81)',
    'wia-recht-niet-eerder-dan': 'WIA right not before (52 weeks before the application)',
    'einde-opzegverbod': 'End of the ban on dismissal during sickness (last day)',
    'opzeggen-vanaf': 'Notice for sickness possible from',
    'vangnet-melding-uiterlijk': 'Safety-net sick report to UWV due',
    'vangnet-melding-na-duidelijkheid': 'Sick report due after the safety-net claim became clear',
    'vangnet-re-integratieverslag': 'Reintegration report (sick out of service) due',
  },
} as const satisfies MessageTable<EndOfWachttijdDateId>;

/**
 * Label of a date id in both languages.
 *
 * @internal
 */
export function dateLabel(id: EndOfWachttijdDateId): Localized {
  return localize(DATE_LABELS, id);
}

/** Keys of the explanation and notice texts in {@link END_OF_WACHTTIJD_TEXTS}. @internal */
export type EndOfWachttijdMessageKey =
  | 'extendedPeriodWia24WagePayment'
  | 'verlengingApplied'
  | 'verlengingUncertainVangnet'
  | 'verlengingUncertain'
  | 'thirteenWeeksBeforeTheEndOf'
  | 'beforeTheEndOfTheExtended'
  | 'whetherTheWiaApplicationCountsAs'
  | 'sixWeeksBeforeTheEndWia'
  | 'threeWeeksAfterTheRepairNotice'
  | 'shortenedWaitingPeriodSetByUwv'
  | 'theDayAfterTheShortenedWaiting'
  | 'theEmployerKeepsPayingWagesUp'
  | 'wagePaymentThroughBw7629'
  | 'theDayAfterTheEndOf'
  | 'uwvApplyAfterAtLeastThree'
  | 'endOfWeek68TheShortened'
  | 'anApplicationIsPossibleThrough'
  | 'applicationOnAtTheLatest'
  | 'applicationOnIsAfterWeek68'
  | 'theApplicationIsBeforeTheMoment'
  | 'theLaterOfEndOfWeek'
  | 'endOfWeek78'
  | 'anApplicationForAShortenedWaiting'
  | 'noBedrijfsartsStatementNeededZiekengeldWithout'
  | 'withoutTheBedrijfsartsStatementTheApplication'
  | 'whetherTheEmployeeIsFullyAnd'
  | 'theApplicationAlsoCountsAsThe'
  | 'theEmployerKeepsPayingWagesUp2'
  | 'withoutA42WeekReportThe'
  | 'earlyIvaIsNotOrNo'
  | 'applyThroughTheFormalConditionsAre'
  | 'weeksBeforeTheEndCountedBackwards'
  | 'theDayOnWhichTheWaiting'
  | 'theDayOnWhichTheWaiting2'
  | 'fourWeeksAfterReceiptOfThe'
  | 'uwvSentNoNoticeTheApplication'
  | 'lateNoticeAndApplicationWithinFour'
  | 'lateNoticeButTheApplicationCame'
  | 'theNoticeCameOnTimeNo'
  | 'unknownWhenTheUwvNoticeWas'
  | 'the42WeekReportHadTo'
  | 'withoutADeugdelijkeGrondTheEmployee'
  | 'noRightOverPeriodsMoreThan'
  | 'theDayAfterTheEndOf2'
  | 'theApplicationOfCountsAsTimely'
  | 'theApplicationOfIsDayS'
  | 'sixWeeksAfterTheDecisionOf'
  | 'theDecisionCameAfterTheEnd'
  | 'noLoonsanctieUwvDidNotDecide'
  | 'theDecisionCameBeforeTheEnd'
  | 'uwvDecidedOnTimeAtLeast'
  | 'uwvDecidedDaySLateThe'
  | 'pregnancyOrMaternityLeaveWasRunning'
  | 'threeWeeksAfterReceiptOfThe'
  | 'theDecisionOnTheRepairNotice'
  | 'uwvHasNotYetDecidedOn'
  | 'sixWeeksAfterEstablishingTheRepair'
  | 'sixWeeksAfterTheDecisionOf2'
  | 'uwvEstablishedTheRepairOnThe'
  | 'uwvDecidedOnThatTheShortcoming'
  | 'uwvDecidedOnTheRepairNotice'
  | 'uwvDecidedDaySLateOn'
  | 'theDayAfterTheEndOf3'
  | 'fiftyTwoWeeksFrom'
  | 'sixWeeksBeforeThe52Weeks'
  | 'loonsanctieLastDay'
  | 'afterTheShorteningsNothingIsLeft'
  | 'lastDayOnWhichTheEmployer'
  | 'theDayAfterTheEndOf4'
  | 'readingEndsSixWeeksAfterThe'
  | 'loonsanctieFromThroughDaysWagePayment'
  | 'theSicknessBeganAfterUwvReceived'
  | 'theyDoNotCountForThe'
  | 'before2016Bw7670Had'
  | 'opzegverbodEnd'
  | 'noticeForLongTermSicknessAlso'
  | 'forComparisonTheLastDayOf'
  | 'theBanAlsoLapsesAfterA'
  | 'theEndOfTheBanCannot'
  | 'banOnDismissalDuringSicknessThrough'
  | 'unknownWhetherTheEmployeeIsIn'
  | 'safetyNetGroupAVoluntaryExtension'
  | 'sicknessInTheFlexibilityPeriodZw'
  | 'notAnExcludedSafetyNetCase'
  | 'uwvMayRefuseForSeriousReasons'
  | 'theRequestWasMadeAfterThe'
  | 'no42WeekReportWasMade'
  | 'thirteenWeeksAfterTheRequestOf'
  | 'theLastDayOfTheExtended'
  | 'thirteenWeeksBeforeTheEndOf2'
  | 'weeksBeforeTheEndOfThe'
  | 'theDayAfterTheExtendedPeriod'
  | 'theBanOnDismissalIsExtended'
  | 'wagePaymentExtendedThroughDaysAfter'
  | 'loonsanctieDecisionSixWeeksBefore'
  | 'timelinessDependsOnMissingFacts'
  | 'applicationIsLate'
  | 'extendedByTheDelay'
  | 'notExtended'
  | 'conditionsMet'
  | 'conditionsNotAllKnown'
  | 'underTheSafeHarbour'
  | 'possibly'
  | 'extendedByLeavePeriods'
  | 'sixWeeksAfterRepair'
  | 'lessDaysForLateDecisions'
  | 'pregnancySicknessStillRunning'
  | 'pregnancySicknessDays'
  | 'weeksAfterAowAge'
  | 'twoCalendarYears'
  | 'extendedByDaysLid11'
  | 'orTheEarlierEndOfEmployment';

/**
 * Explanations, notices and findings (nl, en), with `{name}` placeholders filled by {@link phrase};
 * a missing translation is a compile error.
 *
 * @internal
 */
export const END_OF_WACHTTIJD_TEXTS = {
  nl: {
    extendedPeriodWia24WagePayment: 'Verlengd tijdvak (WIA 24): loondoorbetaling tot en met {extendedLastDay}.',
    verlengingApplied: 'Vrijwillige verlenging (WIA 24) tot en met {last}.',
    verlengingUncertainVangnet: "Vrijwillige verlenging (WIA 24) tot en met {last} toegepast, maar onbekend is of de werknemer een vangnetter is (ZW 29, 29a lid 1 of 4); dan is verlenging uitgesloten (WIA 24 lid 1 sub a). Geef 'vangnet' mee.",
    verlengingUncertain: 'Vrijwillige verlenging (WIA 24) tot en met {last} toegepast, maar of die mogelijk is, is onzeker (WIA 24 lid 1 sub a; zie de bevindingen van computeVrijwilligeVerlenging).',
    thirteenWeeksBeforeTheEndOf: 'Dertien weken vóór het einde van het verlengde tijdvak (WIA 25 lid 4).',
    beforeTheEndOfTheExtended: 'Vóór het einde van het verlengde tijdvak (WIA 64 lid 3).',
    whetherTheWiaApplicationCountsAs: 'Of de WIA-aanvraag als tijdig geldt hangt af van: {missingFacts}. Bij te laat: loondoorbetaling tot en met {wageLastDay}.',
    sixWeeksBeforeTheEndWia: 'Zes weken vóór het einde (WIA 25 lid 10); later bekort de loonsanctie, na het einde geen loonsanctie.',
    threeWeeksAfterTheRepairNotice: 'Drie weken na de melding van herstel (WIA 25 lid 13).',
    shortenedWaitingPeriodSetByUwv: 'Verkorte wachttijd vastgesteld door UWV (WIA 23 lid 6) tot en met {set}.',
    theDayAfterTheShortenedWaiting: 'De dag na de verkorte wachttijd (WIA 47 lid 2).',
    theEmployerKeepsPayingWagesUp: 'De werkgever betaalt het loon door tot 104 weken, verminderd met de IVA-uitkering (BW 7:629 lid 5).',
    wagePaymentThroughBw7629: 'Loondoorbetaling tot en met {ref} (BW 7:629 lid 11).',
    theDayAfterTheEndOf: 'De dag na het einde van de (verlengde) loondoorbetaling (WIA 47 lid 2).',
    uwvApplyAfterAtLeastThree: 'UWV: aanvragen na minimaal drie weken ziekte (praktijk; een eerdere aanvraag geeft een wachttijd van 13 weken).',
    endOfWeek68TheShortened: 'Einde van week 68: de verkorte wachttijd is ten hoogste 78 weken en eindigt ten minste tien weken na de aanvraag.',
    anApplicationIsPossibleThrough: 'Aanvragen kan tot en met {to}.',
    applicationOnAtTheLatest: 'Aanvraag op {app}, uiterlijk {to}.',
    applicationOnIsAfterWeek68: 'Aanvraag op {app} is na week 68 ({to}): een verkorte wachttijd van ten hoogste 78 weken die tien weken na de aanvraag eindigt is niet meer mogelijk.',
    theApplicationIsBeforeTheMoment: 'De aanvraag ligt vóór het moment dat UWV noemt ({from}); de verkorte wachttijd is dan 13 weken.',
    theLaterOfEndOfWeek: 'Het latere van: einde week 13, en tien weken na de aanvraag.',
    endOfWeek78: 'Einde van week 78.',
    anApplicationForAShortenedWaiting: 'Een aanvraag voor een verkorte wachttijd kan slechts eenmaal worden gedaan.',
    noBedrijfsartsStatementNeededZiekengeldWithout: 'Geen bedrijfsartsverklaring nodig (ziekengeld zonder loon, WIA 66 lid 7).',
    withoutTheBedrijfsartsStatementTheApplication: 'Zonder verklaring van de bedrijfsarts wordt de aanvraag niet behandeld (WIA 66 lid 5).',
    whetherTheEmployeeIsFullyAnd: 'Of de werknemer volledig en duurzaam arbeidsongeschikt is (WIA 4), beoordeelt UWV.',
    theApplicationAlsoCountsAsThe: 'De aanvraag geldt ook als WIA-aanvraag (WIA 66 lid 1); er is geen re-integratieverslag of RIV-toets (WIA 66 lid 6), dus geen loonsanctie.',
    theEmployerKeepsPayingWagesUp2: 'De werkgever betaalt het loon door tot 104 weken, verminderd met de uitkering (BW 7:629 lid 5); het opzegverbod (BW 7:670) blijft twee jaar.',
    withoutA42WeekReportThe: 'Zonder 42-wekenmelding geldt de aanvraag als die melding (ZW 38 lid 8).',
    earlyIvaIsNotOrNo: 'Vervroegde IVA is niet (meer) mogelijk: zie de criteria.',
    applyThroughTheFormalConditionsAre: 'Aanvragen kan tot en met {to}; de formele voorwaarden zijn {conditions}; UWV beoordeelt de volledige en duurzame arbeidsongeschiktheid.',
    weeksBeforeTheEndCountedBackwards: '{wiaAanvraagWeeksBeforeEnd} weken vóór het einde ({ref}); terugwaarts, dus niet verschoven door de Atw.',
    theDayOnWhichTheWaiting: 'De dag waarop de wachttijd {briefWeek} weken heeft geduurd.',
    theDayOnWhichTheWaiting2: 'De dag waarop de wachttijd {ziekmeldingSafeHarbourWeek} weken heeft geduurd; de 42-wekenmelding moest daarvóór zijn gedaan.',
    fourWeeksAfterReceiptOfThe: 'Vier weken na ontvangst van de late kennisgeving ({rec}), verschoven naar een werkdag (Atw art 1).',
    uwvSentNoNoticeTheApplication: 'UWV deed geen kennisgeving: de aanvraag geldt als tijdig.',
    lateNoticeAndApplicationWithinFour: 'Late kennisgeving en aanvraag binnen vier weken na ontvangst.',
    lateNoticeButTheApplicationCame: 'Late kennisgeving, maar de aanvraag kwam later dan vier weken na ontvangst.',
    theNoticeCameOnTimeNo: 'De kennisgeving kwam op tijd; geen vangnet van WIA 64 lid 6.',
    unknownWhenTheUwvNoticeWas: 'Onbekend wanneer de kennisgeving van UWV is ontvangen.',
    the42WeekReportHadTo: 'De 42-wekenmelding moest vóór {meldingBefore} zijn gedaan; anders geldt het vangnet van WIA 64 lid 6 niet.',
    withoutADeugdelijkeGrondTheEmployee: 'Zonder deugdelijke grond heeft de werknemer geen recht op loon over de {delay} dag(en) vertraging.',
    noRightOverPeriodsMoreThan: 'Geen recht over perioden meer dan 52 weken vóór de aanvraag (UWV kan in bijzondere gevallen afwijken).',
    theDayAfterTheEndOf2: 'De dag na het einde van de loondoorbetaling.',
    theApplicationOfCountsAsTimely: 'De aanvraag van {app} geldt als tijdig (uiterste datum {deadline}{safeHarbour}).',
    theApplicationOfIsDayS: 'De aanvraag van {app} is {possibly}{rawDelay} dag(en) te laat; loondoorbetaling en opzegverbod worden met de vertraging verlengd.',
    sixWeeksAfterTheDecisionOf: 'Zes weken na de beschikking van {decision} (Awb 6:7, 6:8), verschoven naar een werkdag (Atw art 1). Bezwaar en bekortingsverzoek kunnen naast elkaar lopen.',
    theDecisionCameAfterTheEnd: 'De beschikking ({decision}) kwam na het einde ({ref}): er vindt geen verlenging plaats.',
    noLoonsanctieUwvDidNotDecide: 'Geen loonsanctie: UWV gaf de beschikking niet vóór het einde van de wachttijd (WIA 25 lid 11).',
    theDecisionCameBeforeTheEnd: 'De beschikking kwam vóór het einde: de loonsanctie geldt.',
    uwvDecidedOnTimeAtLeast: 'UWV besliste tijdig (uiterlijk zes weken vóór het einde).',
    uwvDecidedDaySLateThe: 'UWV besliste {delay} dag(en) te laat; de loonsanctie eindigt zoveel eerder (WIA 25 lid 14).',
    pregnancyOrMaternityLeaveWasRunning: 'Op het moment van verlenging liep zwangerschaps- of bevallingsverlof; de loonsanctie begint op {start}, de dag na het einde van het verlof (WIA 25 lid 9).',
    threeWeeksAfterReceiptOfThe: 'Drie weken na ontvangst van de melding van herstel ({notice}), verschoven naar een werkdag (Atw art 1).',
    theDecisionOnTheRepairNotice: 'De beslissing op het bekortingsverzoek is op {asOf} al {due} dag(en) te laat; elke dag vertraging bekort de loonsanctie (WIA 25 lid 14).',
    uwvHasNotYetDecidedOn: 'UWV heeft nog niet beslist op het bekortingsverzoek; het einde hieronder is het einde zonder bekorting.',
    sixWeeksAfterEstablishingTheRepair: 'Zes weken na de vaststelling van het herstel beslist UWV over de WIA-uitkering.',
    sixWeeksAfterTheDecisionOf2: 'Zes weken na de beschikking van {bd} (Awb 6:7), verschoven naar een werkdag.',
    uwvEstablishedTheRepairOnThe: 'UWV stelde op {bd} het herstel vast; de loonsanctie eindigt zes weken later ({endByRepair}), maar niet na de 52 weken.',
    uwvDecidedOnThatTheShortcoming: 'UWV stelde op {bd} vast dat de tekortkoming niet is hersteld.',
    uwvDecidedOnTheRepairNotice: 'UWV besliste binnen drie weken op de melding van herstel.',
    uwvDecidedDaySLateOn: 'UWV besliste {lateBek} dag(en) te laat op de melding van herstel; de loonsanctie eindigt zoveel eerder.',
    theDayAfterTheEndOf3: 'De dag na het einde van de wachttijd (of van het verlengde tijdvak, of van het dan lopende verlof).',
    fiftyTwoWeeksFrom: '52 weken vanaf {start}{extension}.',
    sixWeeksBeforeThe52Weeks: 'Zes weken vóór het einde van de 52 weken hervat UWV de opgeschorte behandeling van de WIA-aanvraag.',
    loonsanctieLastDay: 'Laatste dag: {capped}{repair}{lateDecisions}.',
    afterTheShorteningsNothingIsLeft: 'Na de bekortingen blijft er van de loonsanctie niets over: de loondoorbetaling eindigt op het oorspronkelijke einde.',
    lastDayOnWhichTheEmployer: 'Laatste dag waarop de werkgever loon doorbetaalt.',
    theDayAfterTheEndOf4: 'De dag na het einde van de verlengde loondoorbetaling.',
    readingEndsSixWeeksAfterThe: 'Lezing: "eindigt zes weken nadat" = laatste dag is de beschikkingsdatum + 42 dagen; bekortingen wegens te late beschikkingen in kalenderdagen, afgetrokken van het einde dat geldt (ook van het einde na vastgesteld herstel); WIA 25 lid 14 zegt alleen "eindigt het tijdvak zoveel eerder".',
    loonsanctieFromThroughDaysWagePayment: 'Loonsanctie van {start} tot en met {lastDay} ({lengthDays} dagen); loondoorbetaling tot en met {wageLast}, WIA op zijn vroegst per {wiaFrom}.',
    theSicknessBeganAfterUwvReceived: 'De ziekte begon ({first}) nadat UWV het verzoek om toestemming ontving ({dismissalRequestReceived}): geen opzegverbod wegens ziekte.',
    theyDoNotCountForThe: '{excluded}; die tellen niet mee voor het opzegverbod (BW 7:670 lid 1), wel voor de wachttijd.',
    before2016Bw7670Had: 'Vóór 2016 kende BW 7:670 geen afwijkende termijn bij de AOW-leeftijd (niet geverifieerd); twee jaren toegepast.',
    opzegverbodEnd: '{basis}{extension}.',
    noticeForLongTermSicknessAlso: 'Opzegging wegens langdurige ziekte vraagt daarnaast een redelijke grond (BW 7:669 lid 3 sub b: geen herstel binnen {ontslaggrondWeeks} weken) en toestemming van UWV.',
    forComparisonTheLastDayOf: 'Ter vergelijking: de laatste dag van de wachttijd van 104 weken.',
    theBanAlsoLapsesAfterA: 'Het opzegverbod vervalt ook bij een loonstop of schriftelijke waarschuwing wegens weigering van re-integratieverplichtingen (BW 7:670a lid 1).',
    theEndOfTheBanCannot: 'Het einde van het opzegverbod is nog niet te bepalen: zwangerschapsgerelateerde ziekte vóór het verlof telt niet mee.',
    banOnDismissalDuringSicknessThrough: 'Opzegverbod wegens ziekte tot en met {lastDay}; de wachttijd eindigt {wLast} ({sign}{difference} dagen verschil vóór verlengingen).',
    unknownWhetherTheEmployeeIsIn: 'Onbekend of de werknemer een vangnetter is (ZW 29, 29a lid 1 of 4); dan is verlenging niet mogelijk.',
    safetyNetGroupAVoluntaryExtension: 'Vangnetgroep \'{vangnet}\': vrijwillige verlenging is uitgesloten (WIA 24 lid 1 sub a).',
    sicknessInTheFlexibilityPeriodZw: 'Ziekte in de flexibiliseringsperiode (ZW 29a lid 2) valt onder ZW 29 lid 2 sub f, maar WIA 24 lid 1 sub a noemt van art 29a alleen lid 1 en 4: of verlenging mogelijk is, is onzeker; vraag het UWV.',
    notAnExcludedSafetyNetCase: 'Geen uitgesloten vangnetsituatie.',
    uwvMayRefuseForSeriousReasons: 'UWV kan weigeren bij zwaarwegende omstandigheden; dat beoordeelt UWV.',
    theRequestWasMadeAfterThe: 'Het verzoek is na het einde van de wachttijd gedaan; UWV vraagt het verzoek vóór de WIA-aanvraag te doen.',
    no42WeekReportWasMade: 'Er is geen 42-wekenmelding gedaan: het verzoek om verlenging geldt als die melding (ZW 38 lid 8).',
    thirteenWeeksAfterTheRequestOf: 'Dertien weken na het verzoek van {req}{orEarlierEnd}; niet verschoven door de Atw (art 4).',
    theLastDayOfTheExtended: 'De door UWV vastgestelde laatste dag van de verlengde loondoorbetaling.',
    thirteenWeeksBeforeTheEndOf2: 'Dertien weken vóór het einde van het verlengde tijdvak ({end}); een bestaand verslag wordt aangevuld (WIA 25 lid 4 sub b).',
    weeksBeforeTheEndOfThe: '{wiaAanvraagWeeksBeforeEnd} weken vóór het einde van het verlengde tijdvak (WIA 64 lid 3).',
    theDayAfterTheExtendedPeriod: 'De dag na het verlengde tijdvak.',
    theBanOnDismissalIsExtended: 'Het opzegverbod wordt met de duur van de verlenging verlengd (BW 7:670 lid 11).',
    wagePaymentExtendedThroughDaysAfter: 'Loondoorbetaling verlengd tot en met {end} ({end0} dagen na de wachttijd); re-integratieverslag uiterlijk {riv}, WIA-aanvraag uiterlijk {aanvraag}.',
     loonsanctieDecisionSixWeeksBefore: 'Zes weken vóór het einde ({end}); terugwaarts berekend, dus niet verschoven door de Algemene termijnenwet (art 1 lid 2).',
    timelinessDependsOnMissingFacts: 'De tijdigheid hangt af van ontbrekende feiten; de gevolgen hieronder gelden als de aanvraag te laat is.',
    applicationIsLate: 'De aanvraag is te laat.',
    extendedByTheDelay: 'Verlengd met de vertraging van {delay} dag(en) (BW 7:629 lid 11 sub a).',
    notExtended: 'Niet verlengd.',
    conditionsMet: 'vervuld',
    conditionsNotAllKnown: 'nog niet alle bekend',
    underTheSafeHarbour: ', met het vangnet van WIA 64 lid 6',
    possibly: 'mogelijk ',
    extendedByLeavePeriods: ', verlengd met {count} verlofperiode(n)',
    sixWeeksAfterRepair: ' (zes weken na vastgesteld herstel)',
    lessDaysForLateDecisions: ', min {days} dag(en) wegens te late beschikking(en)',
    pregnancySicknessStillRunning: 'Zwangerschapsgerelateerde ziekte vóór het verlof loopt nog',
    pregnancySicknessDays: '{days} dag(en) zwangerschapsgerelateerde ziekte vóór het verlof',
    weeksAfterAowAge: '{weeks} weken na het bereiken van de AOW-leeftijd',
    twoCalendarYears: 'Twee kalenderjaren ({need2y} getelde ziektedagen), niet 104 weken',
    extendedByDaysLid11: ', verlengd met {days} dag(en) (lid 11)',
    orTheEarlierEndOfEmployment: ', of eerder het einde van de dienstbetrekking',
 },
  en: {
    extendedPeriodWia24WagePayment: 'Extended period (WIA 24): wage payment through {extendedLastDay}.',
    verlengingApplied: 'Voluntary extension (WIA 24) through {last}.',
    verlengingUncertainVangnet: "Voluntary extension (WIA 24) through {last} applied, but it is unknown whether the employee is in a safety-net group (ZW 29, 29a lid 1 or 4); if so, an extension is excluded (WIA 24 lid 1 sub a). Pass 'vangnet'.",
    verlengingUncertain: 'Voluntary extension (WIA 24) through {last} applied, but whether it is possible is uncertain (WIA 24 lid 1 sub a; see the findings of computeVrijwilligeVerlenging).',
    thirteenWeeksBeforeTheEndOf: 'Thirteen weeks before the end of the extended period (WIA 25 lid 4).',
    beforeTheEndOfTheExtended: 'Before the end of the extended period (WIA 64 lid 3).',
    whetherTheWiaApplicationCountsAs: 'Whether the WIA application counts as timely depends on: {missingFacts}. If late: wage payment through {wageLastDay}.',
    sixWeeksBeforeTheEndWia: 'Six weeks before the end (WIA 25 lid 10); later shortens the loonsanctie, after the end there is none.',
    threeWeeksAfterTheRepairNotice: 'Three weeks after the repair notice (WIA 25 lid 13).',
    shortenedWaitingPeriodSetByUwv: 'Shortened waiting period set by UWV (WIA 23 lid 6) through {set}.',
    theDayAfterTheShortenedWaiting: 'The day after the shortened waiting period (WIA 47 lid 2).',
    theEmployerKeepsPayingWagesUp: 'The employer keeps paying wages up to 104 weeks, less the IVA benefit (BW 7:629 lid 5).',
    wagePaymentThroughBw7629: 'Wage payment through {ref} (BW 7:629 lid 11).',
    theDayAfterTheEndOf: 'The day after the end of the (extended) wage payment (WIA 47 lid 2).',
    uwvApplyAfterAtLeastThree: 'UWV: apply after at least three weeks of sickness (practice; an earlier application gives a 13-week waiting period).',
    endOfWeek68TheShortened: 'End of week 68: the shortened waiting period is at most 78 weeks and ends at least ten weeks after the application.',
    anApplicationIsPossibleThrough: 'An application is possible through {to}.',
    applicationOnAtTheLatest: 'Application on {app}, at the latest {to}.',
    applicationOnIsAfterWeek68: 'Application on {app} is after week 68 ({to}): a shortened waiting period of at most 78 weeks ending ten weeks after the application is no longer possible.',
    theApplicationIsBeforeTheMoment: 'The application is before the moment UWV names ({from}); the shortened waiting period is then 13 weeks.',
    theLaterOfEndOfWeek: 'The later of: end of week 13, and ten weeks after the application.',
    endOfWeek78: 'End of week 78.',
    anApplicationForAShortenedWaiting: 'An application for a shortened waiting period can be made only once.',
    noBedrijfsartsStatementNeededZiekengeldWithout: 'No bedrijfsarts statement needed (ziekengeld without wage, WIA 66 lid 7).',
    withoutTheBedrijfsartsStatementTheApplication: 'Without the bedrijfsarts statement the application is not handled (WIA 66 lid 5).',
    whetherTheEmployeeIsFullyAnd: 'Whether the employee is fully and durably unfit (WIA 4) is for UWV to judge.',
    theApplicationAlsoCountsAsThe: 'The application also counts as the WIA application (WIA 66 lid 1); there is no reintegration report or RIV test (WIA 66 lid 6), so no loonsanctie.',
    theEmployerKeepsPayingWagesUp2: 'The employer keeps paying wages up to 104 weeks, less the benefit (BW 7:629 lid 5); the ban on dismissal (BW 7:670) stays two years.',
    withoutA42WeekReportThe: 'Without a 42-week report the application counts as that report (ZW 38 lid 8).',
    earlyIvaIsNotOrNo: 'Early IVA is not (or no longer) possible: see the criteria.',
    applyThroughTheFormalConditionsAre: 'Apply through {to}; the formal conditions are {conditions}; UWV judges full and durable incapacity.',
    weeksBeforeTheEndCountedBackwards: '{wiaAanvraagWeeksBeforeEnd} weeks before the end ({ref}); counted backwards, so not moved by the Atw.',
    theDayOnWhichTheWaiting: 'The day on which the waiting period has lasted {briefWeek} weeks.',
    theDayOnWhichTheWaiting2: 'The day on which the waiting period has lasted {ziekmeldingSafeHarbourWeek} weeks; the 42-week report had to be made before it.',
    fourWeeksAfterReceiptOfThe: 'Four weeks after receipt of the late notice ({rec}), moved to a working day (Atw art 1).',
    uwvSentNoNoticeTheApplication: 'UWV sent no notice: the application counts as timely.',
    lateNoticeAndApplicationWithinFour: 'Late notice and application within four weeks of receipt.',
    lateNoticeButTheApplicationCame: 'Late notice, but the application came more than four weeks after receipt.',
    theNoticeCameOnTimeNo: 'The notice came on time; no safe harbour under WIA 64 lid 6.',
    unknownWhenTheUwvNoticeWas: 'Unknown when the UWV notice was received.',
    the42WeekReportHadTo: 'The 42-week report had to be made before {meldingBefore}; otherwise the safe harbour of WIA 64 lid 6 does not apply.',
    withoutADeugdelijkeGrondTheEmployee: 'Without a deugdelijke grond the employee has no right to wages over the {delay} day(s) of delay.',
    noRightOverPeriodsMoreThan: 'No right over periods more than 52 weeks before the application (UWV may deviate in special cases).',
    theDayAfterTheEndOf2: 'The day after the end of wage payment.',
    theApplicationOfCountsAsTimely: 'The application of {app} counts as timely (deadline {deadline}{safeHarbour}).',
    theApplicationOfIsDayS: 'The application of {app} is {possibly}{rawDelay} day(s) late; wage payment and the ban on dismissal are extended by the delay.',
    sixWeeksAfterTheDecisionOf: 'Six weeks after the decision of {decision} (Awb 6:7, 6:8), moved to a working day (Atw art 1). Objection and a repair notice can run side by side.',
    theDecisionCameAfterTheEnd: 'The decision ({decision}) came after the end ({ref}): there is no extension.',
    noLoonsanctieUwvDidNotDecide: 'No loonsanctie: UWV did not decide before the end of the waiting period (WIA 25 lid 11).',
    theDecisionCameBeforeTheEnd: 'The decision came before the end: the loonsanctie applies.',
    uwvDecidedOnTimeAtLeast: 'UWV decided on time (at least six weeks before the end).',
    uwvDecidedDaySLateThe: 'UWV decided {delay} day(s) late; the loonsanctie ends that much earlier (WIA 25 lid 14).',
    pregnancyOrMaternityLeaveWasRunning: 'Pregnancy or maternity leave was running when the extension started; the loonsanctie starts on {start}, the day after the leave (WIA 25 lid 9).',
    threeWeeksAfterReceiptOfThe: 'Three weeks after receipt of the repair notice ({notice}), moved to a working day (Atw art 1).',
    theDecisionOnTheRepairNotice: 'The decision on the repair notice is already {due} day(s) late on {asOf}; every day of delay shortens the loonsanctie (WIA 25 lid 14).',
    uwvHasNotYetDecidedOn: 'UWV has not yet decided on the repair notice; the end below is the end without bekorting.',
    sixWeeksAfterEstablishingTheRepair: 'Six weeks after establishing the repair UWV decides on the WIA benefit.',
    sixWeeksAfterTheDecisionOf2: 'Six weeks after the decision of {bd} (Awb 6:7), moved to a working day.',
    uwvEstablishedTheRepairOnThe: 'UWV established the repair on {bd}; the loonsanctie ends six weeks later ({endByRepair}), but not after the 52 weeks.',
    uwvDecidedOnThatTheShortcoming: 'UWV decided on {bd} that the shortcoming was not repaired.',
    uwvDecidedOnTheRepairNotice: 'UWV decided on the repair notice within three weeks.',
    uwvDecidedDaySLateOn: 'UWV decided {lateBek} day(s) late on the repair notice; the loonsanctie ends that much earlier.',
    theDayAfterTheEndOf3: 'The day after the end of the waiting period (or the extended period, or leave running then).',
    fiftyTwoWeeksFrom: '52 weeks from {start}{extension}.',
    sixWeeksBeforeThe52Weeks: 'Six weeks before the 52 weeks end, UWV resumes handling the suspended WIA application.',
    loonsanctieLastDay: 'Last day: {capped}{repair}{lateDecisions}.',
    afterTheShorteningsNothingIsLeft: 'After the shortenings nothing is left of the loonsanctie: wage payment ends at the original end.',
    lastDayOnWhichTheEmployer: 'Last day on which the employer pays wages.',
    theDayAfterTheEndOf4: 'The day after the end of the extended wage payment.',
    readingEndsSixWeeksAfterThe: 'Reading: "ends six weeks after" = the last day is the decision date + 42 days; shortenings for late decisions are calendar days, taken off whichever end applies (also the end after an established repair); WIA 25 lid 14 says only "the period ends that much earlier".',
    loonsanctieFromThroughDaysWagePayment: 'Loonsanctie from {start} through {lastDay} ({lengthDays} days); wage payment through {wageLast}, WIA at the earliest from {wiaFrom}.',
    theSicknessBeganAfterUwvReceived: 'The sickness began ({first}) after UWV received the permit request ({dismissalRequestReceived}): no ban on dismissal for sickness.',
    theyDoNotCountForThe: '{excluded}; they do not count for the ban on dismissal (BW 7:670 lid 1), but do count for the waiting period.',
    before2016Bw7670Had: 'Before 2016 BW 7:670 had no shorter term at AOW age (not verified); two years applied.',
    opzegverbodEnd: '{basis}{extension}.',
    noticeForLongTermSicknessAlso: 'Notice for long-term sickness also needs a reasonable ground (BW 7:669 lid 3 b: no recovery within {ontslaggrondWeeks} weeks) and UWV\'s permit.',
    forComparisonTheLastDayOf: 'For comparison: the last day of the 104-week waiting period.',
    theBanAlsoLapsesAfterA: 'The ban also lapses after a wage stop or written warning for refusing reintegration duties (BW 7:670a lid 1).',
    theEndOfTheBanCannot: 'The end of the ban cannot be determined yet: pregnancy-related sickness before the leave does not count.',
    banOnDismissalDuringSicknessThrough: 'Ban on dismissal during sickness through {lastDay}; the waiting period ends {wLast} ({sign}{difference} days difference before extensions).',
    unknownWhetherTheEmployeeIsIn: 'Unknown whether the employee is in a safety-net group (ZW 29, 29a lid 1 or 4); if so, no extension is possible.',
    safetyNetGroupAVoluntaryExtension: 'Safety-net group \'{vangnet}\': a voluntary extension is excluded (WIA 24 lid 1 a).',
    sicknessInTheFlexibilityPeriodZw: 'Sickness in the flexibility period (ZW 29a lid 2) falls under ZW 29 lid 2 f, but WIA 24 lid 1 a names only lid 1 and 4 of art 29a: whether an extension is possible is uncertain; ask UWV.',
    notAnExcludedSafetyNetCase: 'Not an excluded safety-net case.',
    uwvMayRefuseForSeriousReasons: 'UWV may refuse for serious reasons; UWV judges that.',
    theRequestWasMadeAfterThe: 'The request was made after the end of the waiting period; UWV asks for it before the WIA application.',
    no42WeekReportWasMade: 'No 42-week report was made: the request for extension counts as that report (ZW 38 lid 8).',
    thirteenWeeksAfterTheRequestOf: 'Thirteen weeks after the request of {req}{orEarlierEnd}; not moved by the Atw (art 4).',
    theLastDayOfTheExtended: 'The last day of the extended wage payment set by UWV.',
    thirteenWeeksBeforeTheEndOf2: 'Thirteen weeks before the end of the extended period ({end}); an existing report is supplemented (WIA 25 lid 4 b).',
    weeksBeforeTheEndOfThe: '{wiaAanvraagWeeksBeforeEnd} weeks before the end of the extended period (WIA 64 lid 3).',
    theDayAfterTheExtendedPeriod: 'The day after the extended period.',
    theBanOnDismissalIsExtended: 'The ban on dismissal is extended by the length of the extension (BW 7:670 lid 11).',
    wagePaymentExtendedThroughDaysAfter: 'Wage payment extended through {end} ({end0} days after the waiting period); reintegration report by {riv}, WIA application by {aanvraag}.',
     loonsanctieDecisionSixWeeksBefore: 'Six weeks before the end ({end}); counted backwards, so not moved by the Algemene termijnenwet (art 1 lid 2).',
    timelinessDependsOnMissingFacts: 'Timeliness depends on missing facts; the consequences below apply if the application is late.',
    applicationIsLate: 'The application is late.',
    extendedByTheDelay: 'Extended by the delay of {delay} day(s) (BW 7:629 lid 11 a).',
    notExtended: 'Not extended.',
    conditionsMet: 'met',
    conditionsNotAllKnown: 'not all known yet',
    underTheSafeHarbour: ', under the safe harbour of WIA 64 lid 6',
    possibly: 'possibly ',
    extendedByLeavePeriods: ', extended by {count} leave period(s)',
    sixWeeksAfterRepair: ' (six weeks after the established repair)',
    lessDaysForLateDecisions: ', less {days} day(s) for late decision(s)',
    pregnancySicknessStillRunning: 'Pregnancy-related sickness before the leave is still running',
    pregnancySicknessDays: '{days} day(s) of pregnancy-related sickness before the leave',
    weeksAfterAowAge: '{weeks} weeks after reaching AOW age',
    twoCalendarYears: 'Two calendar years ({need2y} counted sick days), not 104 weeks',
    extendedByDaysLid11: ', extended by {days} day(s) (lid 11)',
    orTheEarlierEndOfEmployment: ', or the earlier end of employment',
 },
} as const satisfies MessageTable<EndOfWachttijdMessageKey>;

/**
 * One text of {@link END_OF_WACHTTIJD_TEXTS} in both languages, placeholders filled.
 *
 * @param key - The text.
 * @param values - Values for its `{name}` placeholders; a {@link Localized} value is used per language.
 * @returns The frozen `{ nl, en }`.
 * @example
 * phrase('extendedPeriodWia24WagePayment');
 * @internal
 */
export function phrase(key: EndOfWachttijdMessageKey, values: Readonly<Record<string, TemplateValue>> = {}): Localized {
  return Object.freeze(fillLocalized(localize(END_OF_WACHTTIJD_TEXTS, key), values));
}

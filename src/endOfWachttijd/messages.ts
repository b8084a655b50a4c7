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

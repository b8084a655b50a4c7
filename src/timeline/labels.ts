import type { MessageTable } from '../i18n/types.js';
import type { MilestoneId } from './types.js';

/** Milestone labels in Dutch and English. A missing key or language is a compile error. */
export const MILESTONE_LABELS = {
  nl: {
    probleemanalyse: 'Probleemanalyse (oordeel bedrijfsarts)',
    'plan-van-aanpak': 'Plan van aanpak',
    'ziekmelding-uwv': 'Ziekmelding bij UWV (42-wekenmelding)',
    eerstejaarsevaluatie: 'Eerstejaarsevaluatie',
    'spoor-2-start': 'Start tweede spoor (uiterlijk)',
    'vervroegde-iva-uiterlijk': 'Laatste dag aanvraag vervroegde IVA',
    'wia-brief-uwv': 'Brief van UWV over de WIA-aanvraag',
    're-integratieverslag': 'Re-integratieverslag opgesteld, kopie aan werknemer',
    'wia-aanvraag': 'WIA-aanvraag',
    'einde-wachttijd': 'Einde wachttijd (laatste dag van 104 weken)',
    'wia-ingang': 'Vroegste ingangsdatum WIA-uitkering',
    'einde-loondoorbetaling': 'Einde loondoorbetaling (AOW-leeftijd)',
  },
  en: {
    probleemanalyse: 'Problem analysis (occupational physician)',
    'plan-van-aanpak': 'Action plan (plan van aanpak)',
    'ziekmelding-uwv': 'Sickness report to UWV (42-week report)',
    eerstejaarsevaluatie: 'First-year evaluation',
    'spoor-2-start': 'Start of track 2 (latest)',
    'vervroegde-iva-uiterlijk': 'Last day to apply for early IVA',
    'wia-brief-uwv': 'UWV letter about the WIA application',
    're-integratieverslag': 'Reintegration report drawn up, copy to employee',
    'wia-aanvraag': 'WIA application',
    'einde-wachttijd': 'End of the waiting period (last day of 104 weeks)',
    'wia-ingang': 'Earliest start of WIA benefit',
    'einde-loondoorbetaling': 'End of wage payment (AOW age)',
  },
} as const satisfies MessageTable<MilestoneId>;

/** The rule behind each milestone, in words. */
export const MILESTONE_RULES = {
  nl: {
    probleemanalyse: 'binnen zes weken na de eerste ziektedag (einde week 6)',
    'plan-van-aanpak': 'binnen twee weken na de probleemanalyse, uiterlijk einde week 8',
    'ziekmelding-uwv': 'de eerste dag nadat de ongeschiktheid 42 weken heeft geduurd',
    eerstejaarsevaluatie: 'aan het einde van het eerste ziektejaar (einde week 52; verwacht vanaf week 46)',
    'spoor-2-start': 'uiterlijk zes weken na de eerstejaarsevaluatie (gehouden datum of, als die eerder is, de uiterste datum)',
    'vervroegde-iva-uiterlijk': 'aanvraag na ten minste drie weken en vóór 68 weken ziekte',
    'wia-brief-uwv': 'op de dag waarop de wachttijd het aantal weken van WIA art 64 lid 2 heeft geduurd',
    're-integratieverslag': 'uiterlijk dertien weken voor afloop van de wachttijd',
    'wia-aanvraag': 'uiterlijk het aantal weken van WIA art 64 lid 3 voor afloop van de wachttijd',
    'einde-wachttijd': 'laatste dag van de wachttijd van 104 weken',
    'wia-ingang': 'de eerste dag na afloop van de wachttijd',
    'einde-loondoorbetaling': 'loondoorbetaling eindigt na het tijdvak van BW 7:629 lid 2 sub b',
  },
  en: {
    probleemanalyse: 'within six weeks of the first sick day (end of week 6)',
    'plan-van-aanpak': 'within two weeks of the problem analysis, at the latest end of week 8',
    'ziekmelding-uwv': 'the first day after the incapacity has lasted 42 weeks',
    eerstejaarsevaluatie: 'at the end of the first year of sickness (end of week 52; expected from week 46)',
    'spoor-2-start': 'at the latest six weeks after the first-year evaluation (date held or, if earlier, its due date)',
    'vervroegde-iva-uiterlijk': 'apply after at least three weeks and before 68 weeks of sickness',
    'wia-brief-uwv': 'on the day the waiting period has lasted the weeks of WIA art 64(2)',
    're-integratieverslag': 'at the latest thirteen weeks before the end of the waiting period',
    'wia-aanvraag': 'at the latest the weeks of WIA art 64(3) before the end of the waiting period',
    'einde-wachttijd': 'last day of the 104-week waiting period',
    'wia-ingang': 'the first day after the end of the waiting period',
    'einde-loondoorbetaling': 'wage payment ends after the period of BW 7:629(2)(b)',
  },
} as const satisfies MessageTable<MilestoneId>;

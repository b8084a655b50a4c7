import { makeLegalRef } from './LegalRef.js';

/**
 * The catalogue of provisions the timeline cites, as data. Each entry is a frozen
 * {@link LegalRef}; tests check that every rule cites at least one.
 */
export const LEGAL_REFS = Object.freeze({
  RPE_2: makeLegalRef('RPE', '2', '2', 'probleemanalyse binnen zes weken na de eerste ziektedag'),
  RPE_4_1: makeLegalRef('RPE', '4', '1', 'plan van aanpak binnen twee weken na het oordeel van de bedrijfsarts'),
  RPE_4_2B: makeLegalRef('RPE', '4', '2 sub b', 'evaluatie, in ieder geval aan het einde van het eerste ziektejaar'),
  RPE_4_4: makeLegalRef('RPE', '4', '4', 'periodieke evaluatie en bijstelling van het plan van aanpak'),
  RPE_5: makeLegalRef('RPE', '5', undefined, 'gemotiveerd afwijken van de termijnen'),
  RPE_6: makeLegalRef('RPE', '6', '1', 'inhoud van het re-integratieverslag'),
  ZW_38_1: makeLegalRef('ZW', '38', '1', 'ziekmelding bij UWV na 42 weken ongeschiktheid'),
  ZW_38_3: makeLegalRef('ZW', '38', '3', 'boete bij te late ziekmelding'),
  BBP_5: makeLegalRef('BBP', '§5', undefined, 'eerstejaarsevaluatie als opschudmoment; arbeid bij een andere werkgever'),
  BBP_9: makeLegalRef('BBP', '§9', undefined, 'herplaatsing bij een andere werkgever (tweede spoor)'),
  WWP_SPOOR2: makeLegalRef('WWP', '§4.3', undefined, 'tweede spoor uiterlijk zes weken na de eerstejaarsevaluatie (praktijknorm)'),
  WIA_23_1: makeLegalRef('WIA', '23', '1', 'wachttijd van 104 weken'),
  WIA_23_2: makeLegalRef('WIA', '23', '2', 'eerste dag van de wachttijd: eerste werkdag niet gewerkt wegens ziekte'),
  WIA_23_3: makeLegalRef('WIA', '23', '3', 'samentelling van perioden met een onderbreking van minder dan vier weken'),
  WIA_23_5: makeLegalRef('WIA', '23', '5', 'perioden van zwangerschaps- en bevallingsuitkering tellen niet mee'),
  WIA_23_6: makeLegalRef('WIA', '23', '6', 'verkorte wachttijd bij vervroegde IVA'),
  WIA_25_3: makeLegalRef('WIA', '25', '3', 're-integratieverslag uiterlijk dertien weken voor afloop van de wachttijd'),
  WIA_25_9: makeLegalRef('WIA', '25', '9', 'loonsanctie: verlenging van de loondoorbetaling met ten hoogste 52 weken'),
  WIA_25_10: makeLegalRef('WIA', '25', '10', 'beslissing over de loonsanctie uiterlijk zes weken voor het einde van de wachttijd'),
  WIA_25_13: makeLegalRef('WIA', '25', '13', 'beslissing op de melding van herstel binnen drie weken'),
  AWB_6_7: makeLegalRef('AWB', '6:7', undefined, 'bezwaartermijn van zes weken'),
  WIA_47_2: makeLegalRef('WIA', '47', '2', 'uitkering niet eerder dan de eerste dag na afloop van de wachttijd'),
  WIA_64_2: makeLegalRef('WIA', '64', '2', 'UWV wijst de verzekerde op de aanvraag (week 89; vóór 1-7-2013 week 87)'),
  WIA_64_3: makeLegalRef('WIA', '64', '3', 'WIA-aanvraag uiterlijk elf weken (vóór 1-7-2013 dertien weken) voor afloop van de wachttijd'),
  WIA_64_6: makeLegalRef('WIA', '64', '6', 'tijdige aanvraag na een te late kennisgeving van UWV'),
  WIA_43G: makeLegalRef('WIA', '43', 'sub g', 'geen uitkering na het bereiken van de AOW-leeftijd'),
  WIA_65: makeLegalRef('WIA', '65', undefined, 'het re-integratieverslag gaat mee met de aanvraag'),
  WIA_66: makeLegalRef('WIA', '66', undefined, 'aanvraag vervroegde IVA-uitkering'),
  BW_629_1: makeLegalRef('BW7', '7:629', '1', 'loondoorbetaling bij ziekte gedurende 104 weken'),
  BW_629_2B: makeLegalRef('BW7', '7:629', '2 sub b', 'zes weken loondoorbetaling na het bereiken van de AOW-leeftijd'),
  BW_629_10: makeLegalRef('BW7', '7:629', '10', 'samentelling van ziekteperioden'),
  BW_658A_1: makeLegalRef('BW7', '7:658a', '1', 'bevorderen van passende arbeid, zo nodig bij een andere werkgever'),
  BW_658A_3: makeLegalRef('BW7', '7:658a', '3', 'plan van aanpak en regelmatige evaluatie'),
  BW_670_1: makeLegalRef('BW7', '7:670', '1', 'opzegverbod tijdens ziekte (twee jaren)'),
  ATW_1: makeLegalRef('ATW', '1', '1', 'termijn eindigend op zaterdag, zondag of feestdag'),
  ATW_4: makeLegalRef('ATW', '4', undefined, 'geen verlenging van termijnen van meer dan twaalf weken'),
} as const);

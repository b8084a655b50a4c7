import { makeLegalRef, type LegalRef } from '../legal/LegalRef.js';
import { LEGAL_REFS } from '../legal/references.js';

/**
 * The Algemene wet bestuursrecht is not (yet) in `LEGAL_SOURCES`, so this reference is built by
 * hand. Its `source` is typed as the nearest existing key only to satisfy the type; replace with
 * `makeLegalRef('AWB', '6:7', undefined, …)` once `AWB` (BWBR0005537) is added to `LEGAL_SOURCES`.
 */
const AWB_6_7: LegalRef = Object.freeze({
  id: 'Awb art 6:7',
  title: 'Algemene wet bestuursrecht, artikel 6:7 — bezwaartermijn van zes weken (begint de dag na bekendmaking, art 6:8)',
  url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=6:7',
  source: 'SUWI' as LegalRef['source'], // placeholder key until AWB is in LEGAL_SOURCES (see report)
  bwbId: 'BWBR0005537',
  article: '6:7',
  authority: 'wet',
});

/**
 * Provisions cited by the end-of-wachttijd and vangnet functions, in addition to {@link LEGAL_REFS}.
 *
 * @internal
 */
export const EOW_REFS = Object.freeze({
  ...LEGAL_REFS,
  WIA_23_6: LEGAL_REFS.WIA_23_6,
  WIA_24_1: makeLegalRef('WIA', '24', '1', 'vrijwillige verlenging van de loondoorbetaling op gezamenlijk verzoek'),
  WIA_24_1A: makeLegalRef('WIA', '24', '1 sub a', 'geen vrijwillige verlenging in vangnetsituaties (ZW 29, 29a lid 1 of 4, 76c sub a)'),
  WIA_24_2: makeLegalRef('WIA', '24', '2', 'verkorting of verdere verlenging van het verlengde tijdvak'),
  WIA_24_3: makeLegalRef('WIA', '24', '3', 'verkorting niet eerder dan dertien weken na het verzoek'),
  WIA_25_4: makeLegalRef('WIA', '25', '4', 're-integratieverslag dertien weken voor het einde van het verlengde tijdvak'),
  WIA_25_9: makeLegalRef('WIA', '25', '9', 'loonsanctie: verlenging van de loondoorbetaling met ten hoogste 52 weken'),
  WIA_25_10: makeLegalRef('WIA', '25', '10', 'beschikking loonsanctie uiterlijk zes weken voor afloop van de wachttijd'),
  WIA_25_11: makeLegalRef('WIA', '25', '11', 'geen loonsanctie bij een beschikking na afloop van de wachttijd'),
  WIA_25_12: makeLegalRef('WIA', '25', '12', 'melding van herstel van de tekortkoming (bekortingsverzoek)'),
  WIA_25_13: makeLegalRef('WIA', '25', '13', 'beschikking over het herstel binnen drie weken'),
  WIA_25_14: makeLegalRef('WIA', '25', '14', 'einde loonsanctie zes weken na vastgesteld herstel; te late beschikking bekort'),
  WIA_25_15: makeLegalRef('WIA', '25', '15', 'WIA-beschikking binnen zes weken na vastgesteld herstel'),
  WIA_26_1: makeLegalRef('WIA', '26', '1', 'vangnetters zonder werkgever: UWV stelt het plan van aanpak op'),
  WIA_26_2: makeLegalRef('WIA', '26', '2', 'eigenrisicodrager ZW: verlenging van het ziekengeld in plaats van loonsanctie'),
  WIA_47_2: LEGAL_REFS.WIA_47_2,
  WIA_64_3: LEGAL_REFS.WIA_64_3,
  WIA_64_7: makeLegalRef('WIA', '64', '7', 'behandeling van de aanvraag opgeschort tijdens de loonsanctie'),
  WIA_64_8C: makeLegalRef('WIA', '64', '8 sub c', 'hervatting uiterlijk zes weken voor het einde van de 52 weken'),
  WIA_64_11: makeLegalRef('WIA', '64', '11', 'geen recht over perioden meer dan 52 weken voor de aanvraag'),
  WIA_66_2: makeLegalRef('WIA', '66', '2', 'aanvraag verkorte wachttijd slechts eenmaal'),
  WIA_66_3: makeLegalRef('WIA', '66', '3-5', 'verklaring van de bedrijfsarts bij de aanvraag vervroegde IVA'),
  WIA_66_6: makeLegalRef('WIA', '66', '6', 'geen re-integratieverslag (art 65) bij vervroegde IVA'),
  WIA_66_7: makeLegalRef('WIA', '66', '7', 'geen bedrijfsartsverklaring voor ziekengeldgerechtigde zonder loon'),
  BW_629_3F: makeLegalRef('BW7', '7:629', '3 sub f', 'geen loon over de vertraging bij te late WIA-aanvraag zonder deugdelijke grond'),
  BW_629_5: makeLegalRef('BW7', '7:629', '5', 'korting van de WIA-uitkering op het loon'),
  BW_629_11A: makeLegalRef('BW7', '7:629', '11 sub a', 'loondoorbetaling verlengd met de vertraging van de WIA-aanvraag'),
  BW_629_11B: makeLegalRef('BW7', '7:629', '11 sub b', 'loondoorbetaling verlengd bij vrijwillige verlenging'),
  BW_629_11C: makeLegalRef('BW7', '7:629', '11 sub c', 'loondoorbetaling verlengd bij loonsanctie'),
  BW_670_1A: makeLegalRef('BW7', '7:670', '1 sub a', 'opzegverbod: twee jaren, of zes weken na het bereiken van de AOW-leeftijd'),
  BW_670_1B: makeLegalRef('BW7', '7:670', '1 sub b', 'geen opzegverbod bij ziekte na ontvangst van de ontslagaanvraag door UWV'),
  BW_670_11: makeLegalRef('BW7', '7:670', '11', 'verlenging van de termijn van twee jaren (late WIA-aanvraag, vrijwillige verlenging, loonsanctie)'),
  BW_669_3B: makeLegalRef('BW7', '7:669', '3 sub b', 'ontslag na twee jaar ziekte: geen herstel binnen 26 weken (AOW-leeftijd: zes weken)'),
  BW_669_3C: makeLegalRef('BW7', '7:669', '3 sub c', 'frequent ziekteverzuim: 26 weken (AOW-leeftijd: zes weken)'),
  BW_670A_1: makeLegalRef('BW7', '7:670a', '1', 'opzegverbod geldt niet na loonstop of schriftelijke waarschuwing wegens 7:660a'),
  ZW_29_2E: makeLegalRef('ZW', '29', '2 sub e', 'ziekengeld bij orgaandonatie'),
  ZW_29_2C: makeLegalRef('ZW', '29', '2 sub c', 'ziekengeld na einde dienstbetrekking (ziek uit dienst)'),
  ZW_29A_1: makeLegalRef('ZW', '29a', '1', 'ziekengeld bij zwangerschapsgerelateerde ziekte vóór het verlof'),
  ZW_29A_2: makeLegalRef('ZW', '29a', '2', 'ziekte in de flexibiliseringsperiode vóór het verlof'),
  ZW_29A_4: makeLegalRef('ZW', '29a', '4', 'ziekengeld bij ziekte door zwangerschap of bevalling na het verlof'),
  ZW_29B: makeLegalRef('ZW', '29b', undefined, 'no-riskpolis'),
  ZW_29D: makeLegalRef('ZW', '29d', undefined, 'compensatieregeling oudere werknemers uit de WW'),
  ZW_38_2: makeLegalRef('ZW', '38', '2', 'aangifte op de laatste dag van de dienstbetrekking; re-integratieverslag bij zes weken ziekte'),
  ZW_38_4: makeLegalRef('ZW', '38', '4', 'geen 42-wekenmelding voor ZW 29 lid 2 sub e, f en g'),
  ZW_38_8: makeLegalRef('ZW', '38', '8', 'verzoek vrijwillige verlenging of verkorte wachttijd geldt als 42-wekenmelding'),
  ZW_38A_2A: makeLegalRef('ZW', '38a', '2 sub a', 'melding uiterlijk op de vierde dag van de ongeschiktheid'),
  ZW_38A_2B: makeLegalRef('ZW', '38a', '2 sub b', 'melding op de vierde dag vanaf de dag van mogelijk recht op verlofuitkering'),
  ZW_38A_3: makeLegalRef('ZW', '38a', '3', 'melding uiterlijk op de eerste dag na zes weken (orgaandonatie, 29a lid 1, 29b)'),
  ZW_38AA: makeLegalRef('ZW', '38aa', undefined, 'ziekmelding door de eigenrisicodrager Ziektewet (zes weken)'),
  ZW_38B_2: makeLegalRef('ZW', '38b', '2', 'melding uiterlijk de vierde dag nadat de aanspraak redelijkerwijs duidelijk kon zijn'),
  ZW_38B_3: makeLegalRef('ZW', '38b', '3', 'ZW 29d: melding op de vierde dag na dertien weken ongeschiktheid'),
  ZW_39A: makeLegalRef('ZW', '39a', '1', 'verhaal van ziekengeld op de werkgever bij ziek uit dienst'),
  BPA_2: makeLegalRef('BPA', '2', undefined, 'Besluit passende arbeid niet voor vangnetters met een werkgever'),
  WAZO_3_1: makeLegalRef('WAZO', '3:1', undefined, 'zwangerschaps- en bevallingsverlof'),
  ATW_1: LEGAL_REFS.ATW_1,
  ATW_4: LEGAL_REFS.ATW_4,
  ATW_1_2: makeLegalRef('ATW', '1', '2', 'geen verlenging van terugwaarts berekende termijnen'),
  AWB_6_7,
} as const);

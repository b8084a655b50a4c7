import { makeLegalRef } from '../legal/LegalRef.js';
import { LEGAL_REFS } from '../legal/references.js';

/**
 * The provisions the obligations, sanctions, remedies and the re-integratieverslag audit cite,
 * beyond the shared {@link LEGAL_REFS}. Frozen data; every finding and measure carries at least one.
 *
 * @remarks
 * Numbering as in the consolidated texts in force on 1 July 2026 (wvp-rules.md §13): BW 7:671b
 * lid 4 and 5 kept their numbers. A provision the central {@link LEGAL_REFS} already has is that
 * same object here (one provision, one title: issue 9); only provisions it lacks are made here. The wrong ground "7:669 lid 3 sub c" that circulates in practice
 * texts is frequent sickness absence; refusal of reintegration duties is sub e.
 * @internal
 */
export const OBLIGATION_REFS = Object.freeze({
  // Employee duties
  BW_660A: makeLegalRef('BW7', '7:660a', undefined, 'verplichtingen van de zieke werknemer bij re-integratie'),
  BW_660A_A: makeLegalRef('BW7', '7:660a', 'sub a', 'redelijke voorschriften opvolgen en meewerken aan maatregelen gericht op passende arbeid'),
  BW_660A_B: makeLegalRef('BW7', '7:660a', 'sub b', 'meewerken aan opstellen, evalueren en bijstellen van het plan van aanpak'),
  BW_660A_C: makeLegalRef('BW7', '7:660a', 'sub c', 'passende arbeid verrichten waartoe de werkgever in de gelegenheid stelt'),
  WIA_28: makeLegalRef('WIA', '28', undefined, 'verplichtingen van de werknemer gedurende de wachttijd (voorschriften, re-integratie-inspanningen, behandeling)'),
  // Wage measures
  BW_629_3: makeLegalRef('BW7', '7:629', '3', 'geen recht op loon (loonstop) in de gevallen a–f'),
  BW_629_3A: makeLegalRef('BW7', '7:629', '3 sub a', 'geen loon: ziekte opzettelijk veroorzaakt of valse informatie bij aanstellingskeuring'),
  BW_629_3B: makeLegalRef('BW7', '7:629', '3 sub b', 'geen loon: genezing door toedoen van de werknemer belemmerd of vertraagd (zonder voorbehoud van een deugdelijke grond)'),
  BW_629_3C: makeLegalRef('BW7', '7:629', '3 sub c', 'geen loon: weigeren passende arbeid te verrichten zonder deugdelijke grond'),
  BW_629_3D: makeLegalRef('BW7', '7:629', '3 sub d', 'geen loon: weigeren redelijke voorschriften of maatregelen gericht op passende arbeid'),
  BW_629_3E: makeLegalRef('BW7', '7:629', '3 sub e', 'geen loon: weigeren mee te werken aan het plan van aanpak'),
  BW_629_3F: makeLegalRef('BW7', '7:629', '3 sub f', 'geen loon: WIA-aanvraag niet tijdig ingediend zonder deugdelijke grond'),
  BW_629_6: makeLegalRef('BW7', '7:629', '6', 'loonopschorting bij niet naleven van schriftelijke controlevoorschriften'),
  BW_629_7: makeLegalRef('BW7', '7:629', '7', 'geen beroep op een grond om loon niet te betalen of op te schorten zonder onverwijlde kennisgeving'),
  BW_629_11A: makeLegalRef('BW7', '7:629', '11 sub a', 'loondoorbetaling verlengd met de vertraging van een te late WIA-aanvraag'),
  BW_629A: makeLegalRef('BW7', '7:629a', '1', 'loonvordering vergezeld van een deskundigenoordeel (UWV)'),
  BW_658B: makeLegalRef('BW7', '7:658b', undefined, 'deskundigenoordeel over de re-integratie-inspanningen van de werkgever'),
  // Employer duties
  BW_658A_1: LEGAL_REFS.BW_658A_1,
  BW_658A_2: makeLegalRef('BW7', '7:658a', '2', 'zo tijdig mogelijk maatregelen treffen en voorschriften geven'),
  BW_658A_4: makeLegalRef('BW7', '7:658a', '4', 'begrip passende arbeid'),
  WIA_25_1: makeLegalRef('WIA', '25', '1', 're-integratiedossier bijhouden'),
  WIA_25_2: makeLegalRef('WIA', '25', '2', 'plan van aanpak opstellen, evalueren en bijstellen'),
  WIA_25_5: makeLegalRef('WIA', '25', '5', 'laten bijstaan door een bedrijfsarts of arbodienst'),
  WIA_25_6: makeLegalRef('WIA', '25', '6', 'werknemer werkt mee aan het re-integratieverslag'),
  WIA_25_8: makeLegalRef('WIA', '25', '8', 'onvolledig re-integratieverslag: UWV stelt termijn voor aanvulling'),
  WIA_25_9: LEGAL_REFS.WIA_25_9,
  WIA_25_10: LEGAL_REFS.WIA_25_10,
  WIA_25_11: makeLegalRef('WIA', '25', '11', 'geen verlenging als UWV na afloop van de wachttijd beslist'),
  WIA_25_12: makeLegalRef('WIA', '25', '12', 'bekortingsverzoek: werkgever meldt herstel van de tekortkoming'),
  WIA_25_13: LEGAL_REFS.WIA_25_13,
  WIA_25_14: makeLegalRef('WIA', '25', '14', 'loonsanctie eindigt zes weken na vaststelling van het herstel'),
  AWB_6_7: LEGAL_REFS.AWB_6_7,
  AWB_6_8: makeLegalRef('AWB', '6:8', undefined, 'bezwaartermijn vangt aan met ingang van de dag na bekendmaking'),
  AWB_7_1: makeLegalRef('AWB', '7:1', undefined, 'bezwaar voordat beroep kan worden ingesteld'),
  WIA_64_11: makeLegalRef('WIA', '64', '11', 'WIA-recht niet eerder dan 52 weken voor de aanvraag'),
  RPE_2_1: makeLegalRef('RPE', '2', '1', 'tijdig gegevens aan de bedrijfsarts'),
  RPE_3: makeLegalRef('RPE', '3', undefined, 're-integratiedossier'),
  RPE_4_2: makeLegalRef('RPE', '4', '2', 'inhoud plan van aanpak; sinds 1-7-2023 met de visie van werkgever en werknemer'),
  RPE_4_2A: makeLegalRef('RPE', '4', '2 sub a', 'plan van aanpak bevat sinds 1-7-2023 de visie van werkgever en werknemer'),
  RPE_4_3: makeLegalRef('RPE', '4', '3', 'afschrift plan van aanpak aan werknemer, casemanager en bedrijfsarts'),
  RPE_6_1: LEGAL_REFS.RPE_6,
  ZW_38_1: LEGAL_REFS.ZW_38_1,
  ZW_38_3: LEGAL_REFS.ZW_38_3,
  BBW: makeLegalRef('BBW', '2', undefined, 'boete alleen bij verwijtbaarheid; verminderde verwijtbaarheid halveert'),
  BBP_3: makeLegalRef('BBP', '§3', undefined, 'bevredigend resultaat: geen verdere toets van de inspanningen'),
  BBP_4: makeLegalRef('BBP', '§4', undefined, 'toetsing: processtappen ondergeschikt aan de feitelijke inspanningen'),
  BBP_5: LEGAL_REFS.BBP_5,
  BBP_9: LEGAL_REFS.BBP_9,
  BBP_10: makeLegalRef('BBP', '§10', undefined, 'deskundigenoordeel aanvragen als de re-integratie stagneert'),
  WWP_TOETS: makeLegalRef('WWP', '§ RIV-toets', undefined, 'volgorde van de RIV-toets door UWV (praktijk)'),
  // Dismissal
  BW_669_3E: makeLegalRef('BW7', '7:669', '3 sub e', 'ontslaggrond verwijtbaar handelen of nalaten (o.a. weigeren re-integratieverplichtingen)'),
  BW_669_3C: makeLegalRef('BW7', '7:669', '3 sub c', 'ontslaggrond frequent ziekteverzuim (niet: weigeren re-integratie)'),
  BW_670_1: LEGAL_REFS.BW_670_1,
  BW_670_11A: makeLegalRef('BW7', '7:670', '11 sub a', 'opzegverbod verlengd met de vertraging van een te late WIA-aanvraag'),
  BW_670A_1: makeLegalRef('BW7', '7:670a', '1', 'opzegverbod geldt niet bij weigering 7:660a-plichten zonder deugdelijke grond na schriftelijke maning of loonstop met inachtneming van 7:629 lid 7'),
  BW_671B_4: makeLegalRef('BW7', '7:671b', '4', 'deskundigenverklaring bij ontbinding wegens frequent verzuim'),
  BW_671B_5: makeLegalRef('BW7', '7:671b', '5', 'ontbinding wegens weigering re-integratie: eerst schriftelijke maning of loonstop (met 7:629 lid 7), en een deskundigenverklaring tenzij die in redelijkheid niet kan worden gevergd'),
  // Remedies
  SUWI_32: makeLegalRef('SUWI', '32', undefined, 'deskundigenoordeel door UWV'),
  SUWI_32A: makeLegalRef('SUWI', '32a', '2', 'vergoeding voor de aanvraag van een deskundigenoordeel'),
  BKD_1: makeLegalRef('BKD', '1', undefined, 'vergoeding deskundigenoordeel: werkgever € 400, werknemer € 100'),
  BKD_1A: makeLegalRef('BKD', '1a', undefined, 'geen vergoeding voor de werkgever bij een deskundigenoordeel voor ontbinding (7:671b lid 4/5)'),
  ARBOWET_14: makeLegalRef('ARBOWET', '14', undefined, 'deskundige bijstand; recht op een second opinion door een andere bedrijfsarts'),
  ARBOBESLUIT_2_14D: makeLegalRef('ARBOBESLUIT', '2.14d', undefined, 'second opinion: bedrijfsarts werkt mee aan verzoek om een andere bedrijfsarts'),
} as const);

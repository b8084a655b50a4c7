import { makeLegalRef } from '../legal/LegalRef.js';
import { LEGAL_REFS } from '../legal/references.js';

/**
 * The provisions the passend-werk check cites, beyond the shared catalogue `LEGAL_REFS`.
 *
 * @internal
 */
export const PASSEND_WERK_REFS = Object.freeze({
  BW_658A_1: LEGAL_REFS.BW_658A_1,
  BW_658A_4: makeLegalRef('BW7', '7:658a', '4', 'begrip passende arbeid: berekend op krachten en bekwaamheden, tenzij om redenen van lichamelijke, geestelijke of sociale aard niet te vergen'),
  BW_660A: makeLegalRef('BW7', '7:660a', undefined, 'verplichtingen van de zieke werknemer, onder c: passende arbeid verrichten'),
  BW_629_3C: makeLegalRef('BW7', '7:629', '3 sub c', 'geen recht op loon zolang de werknemer zonder deugdelijke grond passende arbeid niet verricht'),
  BW_629_7: makeLegalRef('BW7', '7:629', '7', 'de werkgever deelt de grond voor loonstop onverwijld mee'),
  BW_629_10: LEGAL_REFS.BW_629_10,
  BW_629_12: makeLegalRef('BW7', '7:629', '12', 'passende arbeid laat de arbeidsovereenkomst onverkort in stand'),
  BW_629A_1: makeLegalRef('BW7', '7:629a', '1', 'loonvordering alleen met een deskundigenoordeel van UWV'),
  BW_670A_1: makeLegalRef('BW7', '7:670a', '1', 'opzegverbod bij ziekte vervalt na schriftelijke maning of loonstop wegens niet nakomen van art 660a'),
  BW_671B_5: makeLegalRef('BW7', '7:671b', '5', 'ontbinding wegens niet nakomen van art 660a: eerst maning of loonstop en een deskundigenoordeel'),
  SUWI_32: makeLegalRef('SUWI', '32', '1', 'deskundigenoordeel van UWV op verzoek van werkgever of werknemer'),
  BKD_1: makeLegalRef('BKD', '1', undefined, 'kosten deskundigenoordeel: € 400 werkgever, € 100 werknemer'),
  BPA_2: makeLegalRef('BPA', '2', undefined, 'reikwijdte: WW- en ZW-uitkeringsgerechtigden (hier alleen naar analogie)'),
  BPA_3: makeLegalRef('BPA', '3', undefined, 'vier opleidingsniveaus'),
  BPA_4_1: makeLegalRef('BPA', '4', '1', 'gedurende de eerste zes maanden: passend is arbeid op hetzelfde opleidingsniveau, tegen ten minste 70% van het oude loon, met ten hoogste twee uur reistijd per dag'),
  BPA_4_1A: makeLegalRef('BPA', '4', '1 sub a', 'eerste zes maanden: arbeid op hetzelfde opleidingsniveau'),
  BPA_4_1B: makeLegalRef('BPA', '4', '1 sub b', 'eerste zes maanden: beloning ten minste 70% van het oude loon'),
  BPA_4_1C: makeLegalRef('BPA', '4', '1 sub c', 'eerste zes maanden: reistijd ten hoogste twee uur per dag'),
  BBP_3: makeLegalRef('BBP', '§3', undefined, 'bevredigend resultaat: passend bij de resterende mogelijkheden, of structureel ten minste 65% loonwaarde met instemming'),
  BBP_8: makeLegalRef('BBP', '§8', undefined, 'passende arbeid: per geval, hoe langer de ongeschiktheid hoe ruimer; functieniveau in eerste instantie niet veel lager; arbeidspatroon in redelijke mate aansluitend'),
  RPE_4_2B: LEGAL_REFS.RPE_4_2B,
  WIA_65: LEGAL_REFS.WIA_65,
} as const);

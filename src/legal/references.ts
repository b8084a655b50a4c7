import { pickLegalRefs } from './pickLegalRefs.js';

/**
 * The provisions the timeline cites, as data: a view on the one catalogue `LEGAL_CATALOGUE`
 * (each entry is the catalogue's own frozen `LegalRef`, with one title per provision);
 * tests check that every rule cites at least one. `RPE_6` is the catalogue's `RPE_6_1`.
 *
 * @example
 * LEGAL_REFS.WIA_64_3.id //=> 'WIA art 64 lid 3'
 * @see https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=64
 */
export const LEGAL_REFS = pickLegalRefs(
  ['RPE_2', 'RPE_4_1', 'RPE_4_2B', 'RPE_4_4', 'RPE_5', 'ZW_38_1', 'ZW_38_3', 'BBP_5', 'BBP_9', 'WWP_SPOOR2',
    'WIA_23_1', 'WIA_23_2', 'WIA_23_3', 'WIA_23_5', 'WIA_23_6', 'WIA_25_3', 'WIA_25_9', 'WIA_25_10', 'WIA_25_13',
    'AWB_6_7', 'WIA_47_2', 'WIA_64_2', 'WIA_64_3', 'WIA_64_6', 'WIA_43G', 'WIA_65', 'WIA_66', 'BW_629_1',
    'BW_629_2B', 'BW_629_10', 'BW_658A_1', 'BW_658A_3', 'BW_670_1', 'ATW_1', 'ATW_4'],
  { RPE_6: 'RPE_6_1' },
);

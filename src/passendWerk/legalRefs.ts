import { pickLegalRefs } from '../legal/pickLegalRefs.js';

/**
 * The provisions the passend-werk check cites: a view on the one catalogue `LEGAL_CATALOGUE`.
 * `SUWI_32` is the catalogue's `SUWI_32_1`.
 *
 * @internal
 */
export const PASSEND_WERK_REFS = pickLegalRefs(
  ['BW_658A_1', 'BW_658A_4', 'BW_660A', 'BW_629_3C', 'BW_629_7', 'BW_629_10', 'BW_629_12', 'BW_629A_1', 'BW_670A_1',
    'BW_671B_5', 'BKD_1', 'BPA_2', 'BPA_3', 'BPA_4_1', 'BPA_4_1A', 'BPA_4_1B', 'BPA_4_1C', 'BBP_3', 'BBP_8',
    'RPE_4_2B', 'WIA_65'],
  { SUWI_32: 'SUWI_32_1' },
);

import { pickLegalRefs } from '../legal/pickLegalRefs.js';
import { LEGAL_REFS } from '../legal/references.js';

/**
 * Provisions cited by the end-of-wachttijd and vangnet functions: {@link LEGAL_REFS} plus a view on
 * the one catalogue `LEGAL_CATALOGUE`.
 *
 * @internal
 */
export const EOW_REFS = Object.freeze({
  ...LEGAL_REFS,
  ...pickLegalRefs(
    ['ATW_2', 'WIA_24_1', 'WIA_24_1A', 'WIA_24_2', 'WIA_24_3', 'WIA_25_4', 'WIA_25_11', 'WIA_25_12', 'WIA_25_14',
    'WIA_25_15', 'WIA_26_1', 'WIA_26_2', 'WIA_64_7', 'WIA_64_8C', 'WIA_64_11', 'WIA_66_2', 'WIA_66_3', 'WIA_66_6',
    'WIA_66_7', 'BW_629_3F', 'BW_629_5', 'BW_629_11A', 'BW_629_11B', 'BW_670_1A', 'BW_670_1B', 'BW_670_11',
    'BW_669_3B', 'BW_669_3C', 'BW_670A_1', 'ZW_29_2E', 'ZW_29_2C', 'ZW_29A_1', 'ZW_29A_2', 'ZW_29A_4', 'ZW_29B',
    'ZW_29D', 'ZW_38_2', 'ZW_38_4', 'ZW_38_8', 'ZW_38A_2A', 'ZW_38A_2B', 'ZW_38A_3', 'ZW_38AA', 'ZW_38A_9',
    'ZW_38B_2', 'ZW_38B_3', 'ZW_39A', 'BPA_2', 'WAZO_3_1', 'ATW_1_2'],
  ),
});

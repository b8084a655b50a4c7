import { pickLegalRefs } from '../legal/pickLegalRefs.js';

/**
 * Legal references for spoor 2: a view on the one catalogue `LEGAL_CATALOGUE`. Frozen data; every
 * finding, exception and status draws its `legalBasis` from here. `BW_658A_1_AOW` and
 * `BW_658A_1_WAGE` name the one entry for BW 7:658a lid 1 (its title covers both limits of the second
 * track), `WWP_PERSPECTIVE` the one for Werkwijzer §4.3, `RPE_6` the catalogue's `RPE_6_1`.
 *
 * @internal
 */
export const SPOOR2_REFS = pickLegalRefs(
  ['BBP_5', 'BBP_9', 'WWP_SPOOR2', 'RPE_4_2B', 'RPE_4_4', 'BW_658A_1', 'BW_658A_2', 'BW_629_1', 'BW_629_2B',
    'BW_629_12', 'WIA_25_9', 'WIA_25_12', 'WIA_65', 'BBP_3', 'BBP_4', 'BBP_8', 'BBP_10', 'BBP_11', 'BVL_1F',
    'WWP_REVIEW', 'WWP_EXCEPTIONS', 'WWP_TRAJECT', 'WWP_DEUGDELIJK'],
  { RPE_6: 'RPE_6_1', BW_658A_1_AOW: 'BW_658A_1', BW_658A_1_WAGE: 'BW_658A_1', WWP_PERSPECTIVE: 'WWP_SPOOR2' },
);

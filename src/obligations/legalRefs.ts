import { pickLegalRefs } from '../legal/pickLegalRefs.js';

/**
 * The provisions the obligations, sanctions, remedies and the re-integratieverslag audit cite: a view
 * on the one catalogue `LEGAL_CATALOGUE` (one provision, one object, one title: issues 9 and 10).
 * Frozen data; every finding and measure carries at least one.
 *
 * @remarks
 * Numbering as in the consolidated texts in force on 1 July 2026 (docs/sources.md §13): BW 7:671b
 * lid 4 and 5 kept their numbers. The wrong ground "7:669 lid 3 sub c" that circulates in practice
 * texts is frequent sickness absence; refusal of reintegration duties is sub e. `BW_629A` is the
 * catalogue's `BW_629A_1`; `WWP_TOETS` its `WWP_REVIEW` (the Werkwijzer's toetsingsvolgorde).
 * @internal
 */
export const OBLIGATION_REFS = pickLegalRefs(
  ['BW_660A', 'BW_660A_A', 'BW_660A_B', 'BW_660A_C', 'WIA_28', 'BW_629_3', 'BW_629_3A', 'BW_629_3B', 'BW_629_3C',
    'BW_629_3D', 'BW_629_3E', 'BW_629_3F', 'BW_629_6', 'BW_629_7', 'BW_629_11A', 'BW_658B', 'BW_658A_1',
    'BW_658A_2', 'BW_658A_4', 'WIA_25_1', 'WIA_25_2', 'WIA_25_5', 'WIA_25_6', 'WIA_25_8', 'WIA_25_9', 'WIA_25_10',
    'WIA_25_11', 'WIA_25_12', 'WIA_25_13', 'WIA_25_14', 'AWB_6_7', 'AWB_6_8', 'AWB_7_1', 'WIA_64_11', 'RPE_2_1',
    'RPE_3', 'RPE_4_2', 'RPE_4_2A', 'RPE_4_3', 'RPE_6_1', 'ZW_38_1', 'ZW_38_3', 'BBW', 'BBP_3', 'BBP_4', 'BBP_5',
    'BBP_9', 'BBP_10', 'BW_669_3E', 'BW_669_3C', 'BW_670_1', 'BW_670_11A', 'BW_670A_1', 'BW_671B_4', 'BW_671B_5',
    'SUWI_32', 'SUWI_32A', 'BKD_1', 'BKD_1A', 'ARBOWET_14', 'ARBOBESLUIT_2_14D'],
  { BW_629A: 'BW_629A_1', WWP_TOETS: 'WWP_REVIEW' },
);

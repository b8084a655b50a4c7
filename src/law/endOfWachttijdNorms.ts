/**
 * The numeric norms of the end of the wachttijd, as frozen data with validity dates and sources.
 * Nothing here changed between 2013-07-01 and the texts in force on 2026-07-01 (docs/sources.md §13),
 * except where a second row says so.
 *
 * @module
 */

import { datedNorm, type DatedNorm, type DatedNormKind } from './datedNorm.js';

/**
 * One numeric norm of the end of the wachttijd: a {@link DatedNorm} (value, unit, validity,
 * catalogue refs, kind of norm, source).
 *
 * @deprecated Since 0.2.0: use `DatedNorm` — the one shape of every norm table. The 0.1.0 fields
 * (`value`, `unit`, `validFrom`, `validTo`, `source`) are unchanged; `id`, `refs` and `normKind` were added.
 */
export type EndOfWachttijdNorm = DatedNorm;

type Unit = 'days' | 'weeks' | 'years';
const n = (id: string, value: number, unit: Unit, validFrom: string, source: string, refs: readonly string[], normKind: DatedNormKind = 'statutory'): DatedNorm =>
  datedNorm(id, value, unit, validFrom, null, refs, normKind, source);

/** The norms used by this folder, one {@link DatedNorm} each (the key is the norm's `id`). Frozen shared data. */
export const END_OF_WACHTTIJD_NORMS = Object.freeze({
  /** Loonsanctie at most 52 weeks (WIA 25 lid 9, second sentence). */
  loonsanctieMaxWeeks: n('loonsanctieMaxWeeks', 52, 'weeks', '2006-01-01', 'WIA art 25 lid 9', ['WIA_25_9']),
  /** UWV decides at the latest six weeks before the end of the wachttijd (WIA 25 lid 10). */
  loonsanctieDecisionWeeksBeforeEnd: n('loonsanctieDecisionWeeksBeforeEnd', 6, 'weeks', '2006-01-01', 'WIA art 25 lid 10', ['WIA_25_10']),
  /** UWV decides on the repair within three weeks after the notice (WIA 25 lid 13). */
  bekortingDecisionWeeks: n('bekortingDecisionWeeks', 3, 'weeks', '2006-01-01', 'WIA art 25 lid 13', ['WIA_25_13']),
  /** The loonsanctie ends six weeks after UWV established the repair (WIA 25 lid 14). */
  bekortingEndWeeksAfterRepair: n('bekortingEndWeeksAfterRepair', 6, 'weeks', '2006-01-01', 'WIA art 25 lid 14', ['WIA_25_14']),
  /** UWV decides on the WIA within six weeks after the repair (WIA 25 lid 15). */
  wiaDecisionWeeksAfterRepair: n('wiaDecisionWeeksAfterRepair', 6, 'weeks', '2006-01-01', 'WIA art 25 lid 15', ['WIA_25_15']),
  /** Handling of the WIA application resumes at least six weeks before the 52 weeks expire (WIA 64 lid 8 c). */
  wiaResumeWeeksBeforeLoonsanctieEnd: n('wiaResumeWeeksBeforeLoonsanctieEnd', 6, 'weeks', '2006-01-01', 'WIA art 64 lid 8 sub c', ['WIA_64_8C']),
  /** Bezwaar within six weeks (Awb 6:7), from the day after the decision (Awb 6:8). */
  bezwaarWeeks: n('bezwaarWeeks', 6, 'weeks', '1994-01-01', 'Algemene wet bestuursrecht art 6:7, 6:8', ['AWB_6_7', 'AWB_6_8']),
  /** A shortened voluntary extension ends no earlier than 13 weeks after the request (WIA 24 lid 3). */
  verkortingNoticeWeeks: n('verkortingNoticeWeeks', 13, 'weeks', '2006-01-01', 'WIA art 24 lid 3', ['WIA_24_3']),
  /** Verkorte wachttijd at least 13 weeks (WIA 23 lid 6). */
  verkorteWachttijdMinWeeks: n('verkorteWachttijdMinWeeks', 13, 'weeks', '2006-01-01', 'WIA art 23 lid 6', ['WIA_23_6']),
  /** Verkorte wachttijd at most 78 weeks (WIA 23 lid 6). */
  verkorteWachttijdMaxWeeks: n('verkorteWachttijdMaxWeeks', 78, 'weeks', '2006-01-01', 'WIA art 23 lid 6', ['WIA_23_6']),
  /** The end of a verkorte wachttijd is at least ten weeks after the application (WIA 23 lid 6). */
  verkorteWachttijdLeadWeeks: n('verkorteWachttijdLeadWeeks', 10, 'weeks', '2006-01-01', 'WIA art 23 lid 6', ['WIA_23_6']),
  /** UWV: apply for vervroegde IVA after at least three weeks of sickness (UWV website; practice). */
  vervroegdeIvaUwvFromWeeks: n('vervroegdeIvaUwvFromWeeks', 3, 'weeks', '2006-01-01', 'uwv.nl "Bijna 2 jaar ziek" (practice, not statutory)', [], 'practice'),
  /** Late UWV notice: an application within four weeks of receipt counts as timely (WIA 64 lid 6). */
  safeHarbourWeeks: n('safeHarbourWeeks', 4, 'weeks', '2006-01-01', 'WIA art 64 lid 6', ['WIA_64_6']),
  /** Opzegverbod: "ten minste twee jaren" — calendar years, not 104 weeks (BW 7:670 lid 1 a). */
  opzegverbodYears: n('opzegverbodYears', 2, 'years', '2004-01-01', 'BW 7:670 lid 1 sub a', ['BW_670_1A']),
  /** Dismissal grounds b and c: 26 weeks (BW 7:669 lid 3 b, c). */
  ontslaggrondWeeks: n('ontslaggrondWeeks', 26, 'weeks', '2015-07-01', 'BW 7:669 lid 3 sub b en c', ['BW_669_3B', 'BW_669_3C']),
  /** Vangnet report: first day after six weeks (ZW 38a lid 3). */
  vangnetSixWeeks: n('vangnetSixWeeks', 42, 'days', '2013-01-01', 'ZW art 38a lid 3', ['ZW_38A_3']),
  /** Vangnet report: the fourth day (ZW 38a lid 2). */
  vangnetFourthDay: n('vangnetFourthDay', 4, 'days', '2013-01-01', 'ZW art 38a lid 2', ['ZW_38A_2A', 'ZW_38A_2B']),
  /** ZW 29d: the fourth day after 13 weeks (ZW 38b lid 3). */
  vangnet29dWeeks: n('vangnet29dWeeks', 13, 'weeks', '2013-01-01', 'ZW art 38b lid 3', ['ZW_38B_3']),
  /** ERD-ZW: six weeks (ZW 38aa). */
  erdZwWeeks: n('erdZwWeeks', 6, 'weeks', '2013-01-01', 'ZW art 38aa (start date not determined)', ['ZW_38AA']),
  /** Ziek uit dienst: RIV when at least six weeks lie between day 1 and the last day (ZW 38 lid 2). */
  ziekUitDienstRivWeeks: n('ziekUitDienstRivWeeks', 6, 'weeks', '2013-01-01', 'ZW art 38 lid 2', ['ZW_38_2']),
} as const);

/** AOW-age variant of the opzegverbod and of 7:669 lid 3 b/c, by first sick day. */
export interface AowDismissalRule {
  /** First sick day from which the rule applies. */
  readonly validFrom: string;
  /** Last first sick day, or `null`. */
  readonly validTo: string | null;
  /** Weeks. */
  readonly weeks: number;
  /** Source. */
  readonly source: string;
}

/**
 * BW 7:670 lid 1 a and 7:669 lid 3 b/c at AOW age: six weeks; 13 weeks under art VIIIa Wet werken na
 * de AOW-gerechtigde leeftijd until 1 July 2023 (Stb. 2023, 169), kept for sickness that began
 * before that date (NDSZ 2023/85, secondary). Before 2016 no AOW variant is applied (the start dates
 * of the 7:670 / 7:669 variants are not verified, docs/sources.md §13).
 */
export const AOW_DISMISSAL_RULES: readonly AowDismissalRule[] = Object.freeze([
  Object.freeze({ validFrom: '2016-01-01', validTo: '2023-06-30', weeks: 13, source: 'Wet werken na de AOW-gerechtigde leeftijd art VIIIa lid 1 en 3 (Stb. 2015, 376); Besluit Stb. 2023, 169 art III' }),
  Object.freeze({ validFrom: '2023-07-01', validTo: null, weeks: 6, source: 'BW 7:670 lid 1 sub a; 7:669 lid 3 sub b en c' }),
]);

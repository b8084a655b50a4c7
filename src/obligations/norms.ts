/**
 * Dated norms of the obligations and remedies module: fees, start dates, practice numbers — one
 * table, {@link OBLIGATION_NORMS}, in the one shape of dated norm (`DatedNorm`, src/law/datedNorm.ts):
 * id, value, unit, validity, catalogue keys, kind of norm and source. Frozen shared data; a change
 * in the law is a data change (a new row with a new `validFrom`).
 *
 * @internal
 * @module
 */

import { datedNorm, normOn as normOnShared, type DatedNorm } from '../law/datedNorm.js';

export type { DatedNorm };

/** The obligations' table of dated norms, frozen (each entry also exported by its own name below). @internal */
export const OBLIGATION_NORMS = Object.freeze({
  /**
   * UWV fee for a deskundigenoordeel. Beleidsregel kosten aanvraag deskundigenoordeel 2013
   * (BWBR0032639) art 1: € 400 for the employer, € 100 for the employee. The regulation was signed on
   * 19 December 2012; its exact first day is not verified, so 2013-01-01 is used and flagged. Before
   * that the fee is not known to the library (secondary sources say € 50).
   */
  deskundigenoordeelFees: Object.freeze([
    datedNorm('deskundigenoordeelFees', Object.freeze({ werkgever: 400, werknemer: 100 }), 'euro', '2013-01-01', null, ['BKD_1', 'SUWI_32A'], 'policy',
      'Beleidsregel kosten aanvraag deskundigenoordeel 2013 (BWBR0032639) art 1; SUWI art 32a lid 2',
      'signed 2012-12-19; first day in force not verified (2013-01-01 assumed)'),
  ]) as readonly DatedNorm<{ readonly werkgever: number; readonly werknemer: number }>[],
  /** Free for the employer when the deskundigenoordeel is needed for a BW 7:671b lid 4/5 dismissal (BKD art 1a). */
  deskundigenoordeelFreeForDismissal: datedNorm('deskundigenoordeelFreeForDismissal', true as const, 'flag', '2015-07-01', null, ['BKD_1A'], 'policy',
    'Beleidsregel kosten aanvraag deskundigenoordeel 2013 (BWBR0032639) art 1a'),
  /** UWV answers a deskundigenoordeel request in 2 to 4 weeks (uwv.nl; practice, not a statutory term). */
  deskundigenoordeelWeeks: datedNorm('deskundigenoordeelWeeks', Object.freeze({ min: 2, max: 4 }), 'weeks', '2013-01-01', null, [], 'practice',
    'uwv.nl, "Deskundigenoordeel als de re-integratie vastloopt"'),
  /** Right to a second opinion by another bedrijfsarts (Arbowet art 14; Arbobesluit, Stb. 2017, 255). */
  secondOpinion: datedNorm('secondOpinion', true as const, 'flag', '2017-07-01', null, ['ARBOWET_14', 'ARBOBESLUIT_2_14D'], 'statutory',
    'Arbowet art 14 (Stb. 2017, 22); Arbobesluit (Stb. 2017, 255)'),
  /**
   * Since 1 July 2023 the plan van aanpak and the evaluations contain the visie of employer and
   * employee (Regeling procesgang art 4 lid 2, Stcrt. 2023, 13931) — for a first sick day on or after
   * that day; for an earlier first sick day the old text applied while {@link OBLIGATION_NORMS}
   * `.visieOldRules` is in force.
   */
  visieRequirement: datedNorm('visieRequirement', true as const, 'flag', '2023-07-01', null, ['RPE_4_2A', 'RPE_4_2B'], 'regulation',
    'Regeling procesgang eerste en tweede ziektejaar art 4 lid 2 (Stcrt. 2023, 13931): first sick day on or after 2023-07-01; for an earlier first sick day the old text applied until 2025-07-01'),
  /** The transition: for a first sick day before 2023-07-01 the old text of art 4 lid 2 applied until 2025-06-30 (its `validTo`). */
  visieOldRules: datedNorm('visieOldRules', true as const, 'flag', '2023-07-01', '2025-06-30', ['RPE_4_2A', 'RPE_4_2B'], 'regulation',
    'Regeling procesgang eerste en tweede ziektejaar art 4 lid 2 (Stcrt. 2023, 13931), transitional rule for a first sick day before 2023-07-01'),
  /** WWZ: dismissal grounds of 7:669, 7:670a and 7:671b in their current form. */
  wwzInForce: datedNorm('wwzInForce', true as const, 'flag', '2015-07-01', null, ['BW_669_3E', 'BW_670A_1', 'BW_671B_5'], 'statutory',
    'Wet werk en zekerheid (Stb. 2014, 216)'),
  /**
   * Default of `options.onverwijldMaxDays` of checkNonCooperation: the longest delay (calendar days
   * after the employer knew or should have known the ground) at which a notice under BW 7:629 lid 7
   * may still be argued to be "onverwijld". The statute names no number; this is a product choice
   * (see docs/sanctions.md): courts require the notice "direct", not at the next wage payment
   * (Rb. Rotterdam 2024, ECLI:NL:RBROT:2024:2492: a letter eight days after the missed work, which
   * only announced the stop, did not meet lid 7), and practice calls "onverwijld" elastic ("een rekbaar
   * begrip", veerkrachtig.nl) — a delay of days may be argued, one of weeks may not.
   */
  onverwijldMaxDays: datedNorm('onverwijldMaxDays', 7, 'days', '1996-03-01', null, ['BW_629_7'], 'product-decision',
    'BW 7:629 lid 7 ("onverwijld", no number); product choice from case law: ECLI:NL:RBROT:2024:2492 (notice must be direct, not at the wage payment); ECLI:NL:RBZWB:2025:1921 (loonstop without onverwijlde kennisgeving fails)',
    'a week: delays of days may be argued before the court, delays of weeks may not; an option, not the law'),
});

/** {@link OBLIGATION_NORMS}`.deskundigenoordeelFees`. */
export const DESKUNDIGENOORDEEL_FEES = OBLIGATION_NORMS.deskundigenoordeelFees;
/** {@link OBLIGATION_NORMS}`.deskundigenoordeelFreeForDismissal`. */
export const DESKUNDIGENOORDEEL_FREE_FOR_DISMISSAL = OBLIGATION_NORMS.deskundigenoordeelFreeForDismissal;
/** {@link OBLIGATION_NORMS}`.deskundigenoordeelWeeks`. */
export const DESKUNDIGENOORDEEL_WEEKS = OBLIGATION_NORMS.deskundigenoordeelWeeks;
/** {@link OBLIGATION_NORMS}`.secondOpinion`. */
export const SECOND_OPINION = OBLIGATION_NORMS.secondOpinion;
/** {@link OBLIGATION_NORMS}`.visieRequirement`. */
export const VISIE_REQUIREMENT = OBLIGATION_NORMS.visieRequirement;
/** {@link OBLIGATION_NORMS}`.visieOldRules`. */
export const VISIE_OLD_RULES = OBLIGATION_NORMS.visieOldRules;
/** {@link OBLIGATION_NORMS}`.wwzInForce`. */
export const WWZ_IN_FORCE = OBLIGATION_NORMS.wwzInForce;
/** {@link OBLIGATION_NORMS}`.onverwijldMaxDays`. */
export const ONVERWIJLD_MAX_DAYS = OBLIGATION_NORMS.onverwijldMaxDays;

/** The norm in force on a date, or `undefined` (the shared `normOn`). @internal */
export const normOn = normOnShared;

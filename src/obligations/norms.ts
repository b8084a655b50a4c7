/**
 * Dated norms of the obligations and remedies module: fees, start dates, practice numbers. Each
 * with `validFrom`/`validTo` and its source. Frozen shared data; a change in the law is a data change.
 *
 * @internal
 * @module
 */

/** A dated norm. */
export interface DatedNorm<T> {
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly value: T;
  readonly source: string;
  readonly normKind: 'statutory' | 'regulation' | 'policy' | 'practice';
  readonly note?: string;
}

/**
 * UWV fee for a deskundigenoordeel. Beleidsregel kosten aanvraag deskundigenoordeel 2013
 * (BWBR0032639) art 1: € 400 for the employer, € 100 for the employee. The regulation was signed on
 * 19 December 2012; its exact first day is not verified, so 2013-01-01 is used and flagged. Before
 * that the fee is not known to the library (secondary sources say € 50).
 */
export const DESKUNDIGENOORDEEL_FEES: readonly DatedNorm<{ readonly werkgever: number; readonly werknemer: number }>[] = Object.freeze([
  Object.freeze({
    validFrom: '2013-01-01',
    validTo: null,
    value: Object.freeze({ werkgever: 400, werknemer: 100 }),
    source: 'Beleidsregel kosten aanvraag deskundigenoordeel 2013 (BWBR0032639) art 1; SUWI art 32a lid 2',
    normKind: 'policy' as const,
    note: 'signed 2012-12-19; first day in force not verified (2013-01-01 assumed)',
  }),
]);

/** Free for the employer when the deskundigenoordeel is needed for a BW 7:671b lid 4/5 dismissal (BKD art 1a). */
export const DESKUNDIGENOORDEEL_FREE_FOR_DISMISSAL: DatedNorm<true> = Object.freeze({
  validFrom: '2015-07-01',
  validTo: null,
  value: true as const,
  source: 'Beleidsregel kosten aanvraag deskundigenoordeel 2013 (BWBR0032639) art 1a',
  normKind: 'policy' as const,
});

/** UWV answers a deskundigenoordeel request in 2 to 4 weeks (uwv.nl; practice, not a statutory term). */
export const DESKUNDIGENOORDEEL_WEEKS: DatedNorm<{ readonly min: number; readonly max: number }> = Object.freeze({
  validFrom: '2013-01-01',
  validTo: null,
  value: Object.freeze({ min: 2, max: 4 }),
  source: 'uwv.nl, "Deskundigenoordeel als de re-integratie vastloopt"',
  normKind: 'practice' as const,
});

/** Right to a second opinion by another bedrijfsarts (Arbowet art 14; Arbobesluit, Stb. 2017, 255). */
export const SECOND_OPINION: DatedNorm<true> = Object.freeze({
  validFrom: '2017-07-01',
  validTo: null,
  value: true as const,
  source: 'Arbowet art 14 (Stb. 2017, 22); Arbobesluit (Stb. 2017, 255)',
  normKind: 'statutory' as const,
});

/** Since 1 July 2023 the plan van aanpak and the evaluations contain the visie of employer and employee (Regeling procesgang art 4 lid 2, Stcrt. 2023, 13931). */
export const VISIE_REQUIREMENT: DatedNorm<{ readonly oldRulesUntil: string }> = Object.freeze({
  validFrom: '2023-07-01',
  validTo: null,
  value: Object.freeze({ oldRulesUntil: '2025-06-30' }),
  source: 'Regeling procesgang eerste en tweede ziektejaar art 4 lid 2 (Stcrt. 2023, 13931): first sick day on or after 2023-07-01; for an earlier first sick day the old text applied until 2025-07-01',
  normKind: 'regulation' as const,
});

/** WWZ: dismissal grounds of 7:669, 7:670a and 7:671b in their current form. */
export const WWZ_IN_FORCE: DatedNorm<true> = Object.freeze({
  validFrom: '2015-07-01',
  validTo: null,
  value: true as const,
  source: 'Wet werk en zekerheid (Stb. 2014, 216)',
  normKind: 'statutory' as const,
});

/**
 * Default of `options.onverwijldMaxDays` of checkNonCooperation: the longest delay (calendar days
 * after the employer knew or should have known the ground) at which a notice under BW 7:629 lid 7
 * may still be argued to be "onverwijld". The statute names no number; this is a product choice
 * (see docs/sanctions.md): courts require the notice "direct", not at the next wage payment
 * (Rb. Rotterdam 2024, ECLI:NL:RBROT:2024:2492: a letter eight days after the missed work, which
 * only announced the stop, did not meet lid 7), and practice calls "onverwijld" elastic ("een rekbaar
 * begrip", veerkrachtig.nl) — a delay of days may be argued, one of weeks may not.
 */
export const ONVERWIJLD_MAX_DAYS: DatedNorm<number> = Object.freeze({
  validFrom: '1996-03-01',
  validTo: null,
  value: 7,
  source: 'BW 7:629 lid 7 ("onverwijld", no number); product choice from case law: ECLI:NL:RBROT:2024:2492 (notice must be direct, not at the wage payment); ECLI:NL:RBZWB:2025:1921 (loonstop without onverwijlde kennisgeving fails)',
  normKind: 'practice' as const,
  note: 'a week: delays of days may be argued before the court, delays of weeks may not; an option, not the law',
});

/** The norm in force on a date, or `undefined`. @internal */
export function normOn<T>(norms: readonly DatedNorm<T>[], date: string): DatedNorm<T> | undefined {
  return norms.find((n) => n.validFrom <= date && (n.validTo === null || date <= n.validTo));
}

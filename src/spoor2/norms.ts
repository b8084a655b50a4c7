import { datedNorm, type DatedNorm } from '../law/datedNorm.js';

/**
 * Spoor-2 norms that are not rule-set parameters (the 42 days and the three months live in
 * `RULE_SETS[..].parameters`), in the one dated-norm shape of the library ({@link DatedNorm}: value,
 * unit, validity, catalogue refs, norm kind, source). Entries with `normKind: 'product-decision'`
 * are the library's own choice where the sources are silent (docs/sources.md §12), documented in
 * docs/spoor-2.md. The 65% of the bevredigend resultaat is not here: it lives once, in
 * `passendWerk/norms.ts`.
 *
 * @internal
 * @module
 */

/** The keys of {@link SPOOR2_NORMS}. @internal */
export type Spoor2NormId = 'temporaryContractCostShare' | 'aowWithinMonthsAfterWachttijd' | 'ownWorkShareWarning' | 'noApplicationsAfterDays';

/** The spoor-2 norm table, frozen; each entry's `id` is its key. @internal */
export const SPOOR2_NORMS: Readonly<Record<Spoor2NormId, DatedNorm>> = Object.freeze({
  /** Temporary contract: spoor-2 costs may not exceed this share of the wage still payable (UWV rule of thumb). */
  temporaryContractCostShare: datedNorm('temporaryContractCostShare', 0.7, 'fraction', '2002-12-03', null, ['BBP_11'], 'policy',
    'Beleidsregels beoordelingskader poortwachter §11 (UWV); resolu.nl (docs/sources.md §6.3)'),
  /** AOW age within this many months after the end of the wachttijd (with both parties agreeing) exempts. */
  aowWithinMonthsAfterWachttijd: datedNorm('aowWithinMonthsAfterWachttijd', 12, 'months', '2017-03-24', null, ['WWP_EXCEPTIONS'], 'practice',
    'UWV Werkwijzer Poortwachter §5, via AKC; resolu.nl (docs/sources.md §6.3)'),
  /** Hours in the own organisation at or above this share of the capacity leave too little for spoor 2 (warning). */
  ownWorkShareWarning: datedNorm('ownWorkShareWarning', 0.5, 'fraction', '2002-12-03', null, ['BBP_9'], 'product-decision',
    'Library choice after a published UWV loonsanctie case where odd jobs used all 20 hours (changecreators.nl, secondary); BBP §9'),
  /** Spoor 2 running this many days without a single application is a finding. */
  noApplicationsAfterDays: datedNorm('noApplicationsAfterDays', 91, 'days', '2002-12-03', null, ['BBP_9'], 'product-decision',
    'Library choice (13 weeks); BBP §9: the employer monitors progress and addresses inactivity'),
});

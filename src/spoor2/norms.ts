/**
 * Spoor-2 norms that are not rule-set parameters (the 42 days and the three months live in
 * `RULE_SETS[..].parameters`). Each entry says where it comes from and how binding it is; entries
 * marked `product-decision` are the library's own choice where the sources are silent
 * (docs/sources.md §12), documented in docs/spoor-2.md. The 65% of the bevredigend resultaat is
 * not here: it lives once, in `passendWerk/norms.ts`.
 *
 * @internal
 * @module
 */

/** One dated norm with its source. */
export interface Spoor2Norm {
  /** The value. */
  readonly value: number;
  /** Unit. */
  readonly unit: 'fraction' | 'months' | 'days' | 'percent';
  /** First day in force. */
  readonly validFrom: string;
  /** Last day in force, or `null`. */
  readonly validTo: string | null;
  /** Where it comes from. */
  readonly source: string;
  /** How binding. */
  readonly kind: 'policy' | 'practice' | 'product-decision';
}

/** The spoor-2 norm table, frozen. @internal */
export const SPOOR2_NORMS = Object.freeze({
  /** Temporary contract: spoor-2 costs may not exceed this share of the wage still payable (UWV rule of thumb). */
  temporaryContractCostShare: Object.freeze({
    value: 0.7, unit: 'fraction', validFrom: '2002-12-03', validTo: null,
    source: 'Beleidsregels beoordelingskader poortwachter §11 (UWV); resolu.nl (docs/sources.md §6.3)', kind: 'policy',
  }),
  /** AOW age within this many months after the end of the wachttijd (with both parties agreeing) exempts. */
  aowWithinMonthsAfterWachttijd: Object.freeze({
    value: 12, unit: 'months', validFrom: '2017-03-24', validTo: null,
    source: 'UWV Werkwijzer Poortwachter §5, via AKC; resolu.nl (docs/sources.md §6.3)', kind: 'practice',
  }),
  /** Hours in the own organisation at or above this share of the capacity leave too little for spoor 2 (warning). */
  ownWorkShareWarning: Object.freeze({
    value: 0.5, unit: 'fraction', validFrom: '2002-12-03', validTo: null,
    source: 'Library choice after a published UWV loonsanctie case where odd jobs used all 20 hours (changecreators.nl, secondary); BBP §9', kind: 'product-decision',
  }),
  /** Spoor 2 running this many days without a single application is a finding. */
  noApplicationsAfterDays: Object.freeze({
    value: 91, unit: 'days', validFrom: '2002-12-03', validTo: null,
    source: 'Library choice (13 weeks); BBP §9: the employer monitors progress and addresses inactivity', kind: 'product-decision',
  }),
} as const satisfies Record<string, Spoor2Norm>);

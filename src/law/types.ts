/**
 * How binding a deadline or norm is: statute/regulation, UWV policy, or practice norm.
 *
 * @example
 * const kind: NormKind = 'statutory';
 */
export type NormKind = 'statutory' | 'regulation' | 'policy' | 'practice';

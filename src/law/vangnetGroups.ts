/**
 * The Ziektewet vangnet (safety-net) groups this library knows:
 * - `'orgaandonatie'` — ZW 29 lid 2 e;
 * - `'zwangerschap-voor-verlof'` — pregnancy-related sickness before the leave, ZW 29a lid 1;
 * - `'flexibiliseringsperiode'` — sick in the weeks before the leave could start, ZW 29a lid 2;
 * - `'ziek-na-bevallingsverlof'` — sick from pregnancy or childbirth after the leave, ZW 29a lid 4;
 * - `'no-riskpolis'` — ZW 29b;
 * - `'compensatieregeling-oudere-ww'` — ZW 29d;
 * - `'ziek-uit-dienst'` — employment ends during sickness, ZW 29 lid 2 c.
 */
export type VangnetGroup =
  | 'orgaandonatie'
  | 'zwangerschap-voor-verlof'
  | 'flexibiliseringsperiode'
  | 'ziek-na-bevallingsverlof'
  | 'no-riskpolis'
  | 'compensatieregeling-oudere-ww'
  | 'ziek-uit-dienst';

/** All {@link VangnetGroup}s, in order. */
export const VANGNET_GROUPS: readonly VangnetGroup[] = Object.freeze([
  'orgaandonatie', 'zwangerschap-voor-verlof', 'flexibiliseringsperiode', 'ziek-na-bevallingsverlof',
  'no-riskpolis', 'compensatieregeling-oudere-ww', 'ziek-uit-dienst',
] as const);

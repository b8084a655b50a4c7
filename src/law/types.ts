/**
 * Stable ids of the timeline's milestones (never translated).
 *
 * @example
 * const id: MilestoneId = 'plan-van-aanpak';
 */
export type MilestoneId =
  | 'probleemanalyse'
  | 'plan-van-aanpak'
  | 'ziekmelding-uwv'
  | 'eerstejaarsevaluatie'
  | 'spoor-2-start'
  | 'vervroegde-iva-uiterlijk'
  | 'wia-brief-uwv'
  | 're-integratieverslag'
  | 'wia-aanvraag'
  | 'einde-wachttijd'
  | 'wia-ingang'
  | 'einde-loondoorbetaling'
  | 'loonsanctie-beschikking'
  | 'bezwaar-loonsanctie'
  | 'bekorting-beschikking'
  | 'einde-loonsanctie'
  | 'einde-opzegverbod';

/**
 * Who has to act.
 *
 * @example
 * const actor: Actor = 'werkgever';
 */
export type Actor = 'werkgever' | 'werknemer' | 'werkgever-en-werknemer' | 'bedrijfsarts' | 'uwv';

/**
 * How binding a deadline or norm is: statute/regulation, UWV policy, or practice norm.
 *
 * @example
 * const kind: NormKind = 'statutory';
 */
export type NormKind = 'statutory' | 'regulation' | 'policy' | 'practice';

import type { MessageTable } from '../i18n/types.js';
import type { RuleSetId } from './ruleSets.js';

/**
 * The rule sets' labels in Dutch and English (`RULE_SETS[i].label`). A missing key or language is
 * a compile error.
 *
 * @internal
 */
export const RULE_SET_LABELS = {
  nl: {
    'wvp-2004-01-01': 'Wet verbetering poortwachter met 104 weken loondoorbetaling: WIA-aanvraag 13 weken voor het einde van de wachttijd (week 91), brief UWV in week 87',
    'verzamelwet-szw-2013-07-01': 'Verzamelwet SZW 2013: WIA-aanvraag 11 weken voor het einde van de wachttijd (week 93), brief UWV in week 89',
  },
  en: {
    'wvp-2004-01-01': 'Wet verbetering poortwachter with 104 weeks of wage payment: WIA application 13 weeks before the end of the waiting period (week 91), UWV letter in week 87',
    'verzamelwet-szw-2013-07-01': 'Verzamelwet SZW 2013: WIA application 11 weeks before the end of the waiting period (week 93), UWV letter in week 89',
  },
} as const satisfies MessageTable<RuleSetId>;

import type { MessageTable } from '../i18n/types.js';
import { fillTemplate } from '../i18n/fill.js';
import type { NormKind } from '../timeline/types.js';

/** Words used in the calendar export, in Dutch and English. A missing key is a compile error. */
export const ICS_MESSAGES = {
  nl: {
    week: 'Week {n} van de ziekte (geteld vanaf dag 1, {d}).',
    windowFrom: 'Verwacht vanaf {d}.',
    normKind: 'Soort norm: {k}.',
    legalBasis: 'Grondslag:',
    done: 'Gedaan op {d}.',
    evaluationSummary: 'Evaluatie plan van aanpak {n} (praktijknorm)',
    generatedBy: 'Berekend met poortwachter. Geen juridisch advies; controleer de termijnen.',
    calendarName: 'Poortwachter-termijnen (dag 1: {d})',
    cancelledSummary: 'Vervallen: {s}',
    lapsed: 'Deze stap is vervallen: hij geldt niet meer voor deze casus.',
  },
  en: {
    week: 'Week {n} of sickness (counted from day 1, {d}).',
    windowFrom: 'Expected from {d}.',
    normKind: 'Kind of norm: {k}.',
    legalBasis: 'Legal basis:',
    done: 'Done on {d}.',
    evaluationSummary: 'Evaluation of the action plan {n} (practice norm)',
    generatedBy: 'Computed with poortwachter. Not legal advice; check the deadlines.',
    calendarName: 'Poortwachter deadlines (day 1: {d})',
    cancelledSummary: 'No longer applies: {s}',
    lapsed: 'This step has lapsed: it no longer applies to this case.',
  },
} as const satisfies MessageTable<'week' | 'windowFrom' | 'normKind' | 'legalBasis' | 'done' | 'evaluationSummary' | 'generatedBy' | 'calendarName' | 'cancelledSummary' | 'lapsed'>;

/** How binding a norm is, in words. */
export const NORM_KIND_LABELS = {
  nl: {
    statutory: 'wettelijk',
    regulation: 'ministeriële regeling',
    policy: 'beleidsregel UWV',
    practice: 'praktijknorm (niet wettelijk)',
  },
  en: {
    statutory: 'statutory',
    regulation: 'ministerial regulation',
    policy: 'UWV policy rule',
    practice: 'practice norm (not statutory)',
  },
} as const satisfies MessageTable<NormKind>;

/**
 * Fills `{name}` placeholders.
 *
 * @internal
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return fillTemplate(template, values);
}

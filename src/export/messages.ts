import type { MessageTable } from '../i18n/types.js';
import { fillTemplate } from '../i18n/fill.js';
import type { MilestoneStatus, NormKind } from '../timeline/types.js';

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

/** Words used in the timeline picture, in Dutch and English. */
export const SVG_MESSAGES = {
  nl: {
    title: 'Poortwachter-tijdlijn (dag 1: {d})',
    desc: 'Tijdlijn van {n} termijnen vanaf de eerste ziektedag {d} tot {e}.',
    descAsOf: 'Status per stap op {a}.',
    descNoAsOf: 'Zonder peildatum: geen status per stap.',
    wachttijd: '104 weken wachttijd',
    extension: 'Verlenging (loonsanctie of vrijwillige verlenging) tot {d}',
    gap: 'Onderbreking {f} t/m {t}: {n} dagen hersteld, telt niet mee (samentelling)',
    leave: 'WAZO-verlof {f} t/m {t}: {n} dagen, telt niet mee',
    mixedGap: 'Onderbreking {f} t/m {t}: {r} dagen hersteld en {l} dagen WAZO-verlof, telt niet mee',
    asOf: 'Peildatum {d}',
    week: 'wk {n}',
    mark: '{l} — {d} ({s}). Grondslag: {b}',
    legend: 'Legenda',
  },
  en: {
    title: 'Poortwachter timeline (day 1: {d})',
    desc: 'Timeline of {n} deadlines from the first day of sickness {d} to {e}.',
    descAsOf: 'Status of each step on {a}.',
    descNoAsOf: 'No reference date: no status per step.',
    wachttijd: '104-week waiting period',
    extension: 'Extension (loonsanctie or voluntary extension) until {d}',
    gap: 'Gap {f} to {t}: {n} days recovered, not counted (samentelling)',
    leave: 'WAZO leave {f} to {t}: {n} days, not counted',
    mixedGap: 'Gap {f} to {t}: {r} days recovered and {l} days of WAZO leave, not counted',
    asOf: 'As of {d}',
    week: 'wk {n}',
    mark: '{l} — {d} ({s}). Legal basis: {b}',
    legend: 'Legend',
  },
} as const satisfies MessageTable<'title' | 'desc' | 'descAsOf' | 'descNoAsOf' | 'wachttijd' | 'extension' | 'gap' | 'leave' | 'mixedGap' | 'asOf' | 'week' | 'mark' | 'legend'>;

/** A step's status in words (the picture never relies on colour alone). `'none'`: no `asOf`. */
export const SVG_STATUS_WORDS = {
  nl: {
    done: 'gedaan', 'done-late': 'te laat gedaan', open: 'open', 'due-soon': 'binnenkort', overdue: 'te laat',
    upcoming: 'komt nog', passed: 'voorbij', lapsed: 'vervallen', none: 'geen status',
  },
  en: {
    done: 'done', 'done-late': 'done late', open: 'open', 'due-soon': 'due soon', overdue: 'overdue',
    upcoming: 'upcoming', passed: 'passed', lapsed: 'lapsed', none: 'no status',
  },
} as const satisfies MessageTable<MilestoneStatus | 'lapsed' | 'none'>;

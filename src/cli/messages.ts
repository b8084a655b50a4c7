import type { MessageTable } from '../i18n/types.js';
import type { MilestoneStatus, NormKind } from '../timeline/types.js';

/** Words of the command-line table, in Dutch and English. A missing key is a compile error. */
export const TABLE_MESSAGES = {
  nl: {
    title: 'Poortwachter-tijdlijn',
    firstSickDay: 'Eerste ziektedag (dag 1)',
    ruleSet: 'Regelset',
    wachttijdEnd: 'Einde wachttijd',
    noWachttijd: 'geen WIA-wachttijd (AOW-leeftijd)',
    asOf: 'Peildatum',
    asOfWeek: 'week {w}, {days} geteld',
    asOfFromClock: 'vandaag volgens de systeemklok; geef --as-of voor een vaste datum',
    noAsOf: 'geen (geef --as-of voor de status per stap)',
    samentelling: 'Samentelling',
    colDate: 'Datum',
    colWeek: 'Week',
    colLabel: 'Stap of datum',
    colNorm: 'Soort',
    colBasis: 'Grondslag',
    colStatus: 'Status',
    evaluation: 'Evaluatie plan van aanpak {n}',
    notices: 'Let op:',
    disclaimer: 'Berekend met poortwachter. Geen juridisch advies: controleer de termijnen aan de bron (wetten.overheid.nl, UWV).',
  },
  en: {
    title: 'Poortwachter timeline',
    firstSickDay: 'First sick day (day 1)',
    ruleSet: 'Rule set',
    wachttijdEnd: 'End of waiting period',
    noWachttijd: 'no WIA waiting period (AOW age)',
    asOf: 'As of',
    asOfWeek: 'week {w}, {days} counted',
    asOfFromClock: 'today from the system clock; pass --as-of for a fixed date',
    noAsOf: 'none (pass --as-of for the status of each step)',
    samentelling: 'Samentelling',
    colDate: 'Date',
    colWeek: 'Week',
    colLabel: 'Step or date',
    colNorm: 'Kind',
    colBasis: 'Legal basis',
    colStatus: 'Status',
    evaluation: 'Evaluation of the action plan {n}',
    notices: 'Note:',
    disclaimer: 'Computed with poortwachter. Not legal advice: check the deadlines against the sources (wetten.overheid.nl, UWV).',
  },
} as const satisfies MessageTable<
  | 'title' | 'firstSickDay' | 'ruleSet' | 'wachttijdEnd' | 'noWachttijd' | 'asOf' | 'asOfWeek' | 'asOfFromClock' | 'noAsOf'
  | 'samentelling' | 'colDate' | 'colWeek' | 'colLabel' | 'colNorm' | 'colBasis' | 'colStatus' | 'evaluation' | 'notices' | 'disclaimer'
>;

/** Status words. */
export const STATUS_LABELS = {
  nl: {
    done: 'gedaan',
    'done-late': 'te laat gedaan',
    open: 'open',
    'due-soon': 'binnenkort',
    overdue: 'TE LAAT',
    upcoming: 'komt nog',
    passed: 'verstreken',
    lapsed: 'vervallen',
  },
  en: {
    done: 'done',
    'done-late': 'done late',
    open: 'open',
    'due-soon': 'due soon',
    overdue: 'OVERDUE',
    upcoming: 'upcoming',
    passed: 'passed',
    lapsed: 'lapsed',
  },
} as const satisfies MessageTable<MilestoneStatus>;

/** Short words for how binding a norm is (the table's "kind" column). */
export const NORM_KIND_SHORT = {
  nl: { statutory: 'wet', regulation: 'regeling', policy: 'beleid', practice: 'praktijk' },
  en: { statutory: 'statute', regulation: 'regulation', policy: 'policy', practice: 'practice' },
} as const satisfies MessageTable<NormKind>;

/** Weekday abbreviations, ISO order (index 1 = Monday). */
export const WEEKDAY_SHORT = {
  nl: ['', 'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'],
  en: ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
} as const;

import type { Locale } from '../i18n/types.js';

/** The language of the command's own messages: the output's (`--locale`). */
export type CliLocale = Locale;

/** Counts a noun with `Intl.PluralRules`: "1 ziektedag", "2 ziektedagen". */
function count(locale: CliLocale, n: number, forms: { readonly one: string; readonly other: string }): string {
  const rule = new Intl.PluralRules(locale).select(n);
  return `${n} ${rule === 'one' ? forms.one : forms.other}`;
}

const NOUNS = {
  nl: { line: { one: 'regel', other: 'regels' }, sickDay: { one: 'ziektedag', other: 'ziektedagen' }, day: { one: 'dag', other: 'dagen' } },
  en: { line: { one: 'line', other: 'lines' }, sickDay: { one: 'sick day', other: 'sick days' }, day: { one: 'day', other: 'days' } },
} as const;

/**
 * The command line's own words in one language (the library's issue messages are English and are
 * passed on as they are; the headline and the command line's own messages follow `--locale`).
 *
 * @param locale - `--locale`.
 * @returns The message functions.
 * @example
 * cliText('nl').sickDays(1) //=> '1 ziektedag'
 */
export function cliText(locale: CliLocale) {
  const nl = locale === 'nl';
  const n = NOUNS[locale];
  return {
    invalidInput: nl ? 'ongeldige invoer' : 'invalid input',
    seeHelp: nl ? "Zie 'poortwachter --help' voor het gebruik." : "Run 'poortwachter --help' for usage.",
    sickDays: (k: number): string => count(locale, k, n.sickDay),
    unknownOption: nl ? 'onbekende optie (zie poortwachter --help)' : 'unknown option (see poortwachter --help)',
    needsValue: nl ? 'heeft een waarde nodig' : 'needs a value',
    takesNoValue: nl ? 'neemt geen waarde' : 'takes no value',
    repeated: (k: number): string => (nl ? `${k} keer gegeven; geef deze optie één keer` : `given ${k} times; give this option once`),
    missingCommand: (list: string): string => (nl ? `geef een opdracht: ${list} (zie poortwachter --help)` : `give a command: ${list} (see poortwachter --help)`),
    unknownCommand: (got: string, list: string): string => (nl ? `onbekende opdracht ${got} (een van: ${list})` : `unknown command ${got} (one of: ${list})`),
    unexpectedArgs: (args: string): string => (nl ? `onverwachte argument(en) ${args}` : `unexpected argument(s) ${args}`),
    expectedOneOf: (list: string, got: string): string => (nl ? `verwacht ${list}, gekregen ${got}` : `expected ${list}, got ${got}`),
    dueSoonRange: (got: string): string =>
      nl ? `moet een geheel aantal dagen van 0 tot en met 365 zijn, gekregen ${got}` : `must be a whole number of days from 0 to 365, got ${got}`,
    jobsRange: (got: string, max: number): string =>
      nl ? `moet een geheel getal van 1 tot en met ${max} zijn, gekregen ${got}` : `must be a whole number from 1 to ${max}, got ${got}`,
    onlyTimeline: (cmd: string): string =>
      nl ? `hoort bij 'timeline' (de opdracht ${cmd} leest zijn invoer als JSON met --input)` : `belongs to 'timeline' (the command ${cmd} reads its input as JSON with --input)`,
    inputNeeded: (cmd: string): string => (nl ? `geef de invoer van ${cmd} als JSON: --input BESTAND (of - voor stdin)` : `give the input of ${cmd} as JSON: --input FILE (or - for stdin)`),
    inputAndFlags: nl ? 'geef --input of de gegevens als opties, niet beide' : 'give --input or the case as options, not both',
    batchNeedsInput: nl ? '--ndjson en --csv lezen --input BESTAND (of - voor stdin)' : '--ndjson and --csv read --input FILE (or - for stdin)',
    csvOnlyTimeline: nl ? "--csv is er alleen voor 'timeline'" : "--csv is only for 'timeline'",
    batchOnly: (opt: string): string => (nl ? `werkt alleen met --ndjson of --csv (gegeven: ${opt})` : `works only with --ndjson or --csv (given: ${opt})`),
    cannotRead: (path: string, why: string): string => (nl ? `kan ${path} niet lezen: ${why}` : `cannot read ${path}: ${why}`),
    notJson: (why: string): string => (nl ? `geen geldige JSON: ${why}` : `not valid JSON: ${why}`),
    formatNotFor: (format: string, cmd: string, list: string): string =>
      nl ? `${format} bestaat niet voor ${cmd}; kies uit ${list}` : `${format} is not available for ${cmd}; choose from ${list}`,
    badCsvHeader: (cols: string, known: string): string =>
      nl ? `poortwachter: onbekende CSV-kolom(men) ${cols}; bekend: ${known}` : `poortwachter: unknown CSV column(s) ${cols}; known: ${known}`,
    csvNeedsDay: nl ? 'poortwachter: de CSV-kop heeft firstSickDay of periods nodig' : 'poortwachter: the CSV header needs firstSickDay or periods',
    writeFailed: (code: string): string =>
      nl ? `poortwachter: kan de uitvoer niet schrijven (${code}); gestopt` : `poortwachter: cannot write the output (${code}); stopped`,
    progress: (done: number, rate: number, leftSecs: number | null): string =>
      `${count(locale, done, n.line)}, ${rate}/s${leftSecs === null ? '' : nl ? `, nog ~${Math.ceil(leftSecs)} s` : `, ~${Math.ceil(leftSecs)} s left`}`,
    summary: (total: number, ok: number, bad: number, secs: number, rate: number): string =>
      nl
        ? `poortwachter: ${count(locale, total, n.line)}: ${ok} goed, ${bad} met fouten, in ${secs.toFixed(2)} s (${rate}/s)`
        : `poortwachter: ${count(locale, total, n.line)}: ${ok} ok, ${bad} with errors, in ${secs.toFixed(2)} s (${rate}/s)`,
  };
}

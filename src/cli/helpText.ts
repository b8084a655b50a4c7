import { COMMANDS, type CommandName, type CommandSpec } from './commands.js';

const commandLines = Object.entries(COMMANDS as Readonly<Record<string, CommandSpec>>)
  .map(([name, c]) => `  ${name.padEnd(16)}${c.functionName}: ${c.summary}`)
  .join('\n');

/** The text of `poortwachter --help`. */
export const HELP_TEXT = `poortwachter — Wet verbetering poortwachter deadlines from a sick report

Usage:
  poortwachter timeline --first-sick-day YYYY-MM-DD [options]
  poortwachter timeline --period FROM[:TO] [--period FROM[:TO] …] [options]
  poortwachter <command> --input FILE|- [--format json|text|csv] [--locale nl|en]
  poortwachter <command> --ndjson --input FILE|- [--jobs N] [--compact]
  poortwachter timeline --csv --input FILE|- [--jobs N] [--compact]
  poortwachter <command> --help
  poortwachter --help | --version

Commands (each reads the library function's own input as JSON):
${commandLines}

Input and batch:
  --input FILE            read the input as JSON from FILE, - for stdin (a "caseId" field is
                          taken out and passed through)
  --ndjson                one JSON input per line; one JSON result per line, in input order:
                          {"line","caseId","ok":true,"result"} or {"line","caseId","ok":false,"issues"}
  --csv                   timeline inputs as CSV with a header row: caseId, firstSickDay, periods
                          (FROM:TO;FROM:), asOf, aowDate, workPattern (1;2;3), events (id=date;…)
  --jobs N                worker threads for a batch (default: the number of CPUs)
  --compact               a batch gives the compact timeline (ids, dates, statuses, legal refs)

The case:
  --first-sick-day DATE   day 1 of sickness (eerste ziektedag), no interruptions
  --period FROM[:TO]      a sick period, TO inclusive; leave TO out for the period still running.
                          Repeat for several periods: gaps under four weeks are summed (samentelling)
  --as-of DATE            "today": gives each step a status. Default: today from the system clock
                          (if day 1 is not in the future); pass it for reproducible output
  --event ID=DATE         a step actually done, e.g. probleemanalyse=2024-02-05. Repeatable. IDs:
                          probleemanalyse, plan-van-aanpak, evaluatie (repeatable), ziekmelding-uwv,
                          eerstejaarsevaluatie, spoor-2-start, vervroegde-iva-uiterlijk, wia-brief-uwv,
                          re-integratieverslag, wia-aanvraag
  --wazo FROM:TO          pregnancy/maternity leave (WAZO), not counted as sickness. Repeatable
  --work-pattern DAYS     working weekdays, 1 = Monday … 7 = Sunday, e.g. 1-5, 1,2,4 or ma,di,wo;
                          a sick report on a non-working day then moves day 1 (WIA art 23 lid 2)
  --aow-date DATE         the day the employee reaches AOW age (BW 7:629 lid 2 sub b)

End of the wachttijd:
  --loonsanctie DATE      date of UWV's loonsanctie decision (WIA art 25 lid 9): adds the bezwaar
                          deadline, the end of the loonsanctie and of wage payment
  --verlenging DATE       last day of a vrijwillige verlenging agreed with UWV (WIA art 24)
  --opzegverbod           add the end of the opzegverbod during sickness (BW 7:670 lid 1 sub a:
                          two years, not 104 weeks)

Conventions:
  --uwv-practice          42-week ziekmelding on the first working day on or after D+294 (UWV
                          practice) instead of the statutory D+294 (Ziektewet art 38 lid 1)
  --six-weeks-after       probleemanalyse due D+42 instead of the end of week 6 (D+41)
  --due-soon-days N       an open step due within N days is "due soon" (default 14)

Output:
  --format FORMAT         timeline: table (default), json (the full Timeline), ics (iCalendar),
                          csv (one row per step) or svg (a picture); other commands: json (default),
                          text or csv
  --locale nl|en          language of labels and explanations (default nl)
  --no-evaluations        leave the periodic evaluations (practice norm) out of table and ics
  --case-id ID            opaque case reference added to calendar UIDs (no names or BSNs)
  -h, --help              this text
  -v, --version           the version

Examples:
  poortwachter timeline --first-sick-day 2024-01-01 --as-of 2024-03-01
  poortwachter timeline --period 2024-01-08:2024-02-02 --period 2024-02-19 --event probleemanalyse=2024-02-05
  poortwachter timeline --first-sick-day 2024-01-01 --as-of 2026-01-15 --loonsanctie 2025-12-01 --opzegverbod
  poortwachter timeline --first-sick-day 2024-01-01 --format ics --locale en > poortwachter.ics

Exit codes: 0 done; 2 invalid command line or input (the message names the option and the
problem); 3 a batch in which some lines were not ok; 4 the output could not be written;
1 internal error.
Not legal advice: check the deadlines against the sources.
`;

/**
 * The help of one command (`poortwachter audit --help`).
 *
 * @param name - A command of the command table.
 * @returns The text.
 * @example
 * commandHelp('passend-werk').startsWith('poortwachter passend-werk') //=> true
 */
export function commandHelp(name: CommandName): string {
  const c: CommandSpec = COMMANDS[name];
  const formats = ['json', ...(c.text === undefined ? [] : ['text']), ...(c.csv === undefined ? [] : ['csv'])].join('|');
  return `poortwachter ${name} — ${c.functionName}: ${c.summary}

Usage:
  poortwachter ${name} --input FILE|- [--format ${formats}] [--locale nl|en]
  poortwachter ${name} --ndjson --input FILE|- [--jobs N]

The input is the JSON input of ${c.functionName} (see the library docs). A "caseId" field is
taken out and copied to the output of --ndjson.
Exit codes: 0 done, 2 invalid input, 3 some batch lines not ok, 4 output not written.
`;
}

/** The text of `poortwachter --help`. */
export const HELP_TEXT = `poortwachter — Wet verbetering poortwachter deadlines from a sick report

Usage:
  poortwachter timeline --first-sick-day YYYY-MM-DD [options]
  poortwachter timeline --period FROM[:TO] [--period FROM[:TO] …] [options]
  poortwachter --help | --version

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
  --format table|json|ics table (default), the full Timeline as JSON, or an iCalendar file
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

Exit codes: 0 done, 2 invalid input (the message names the option and the problem), 1 internal error.
Not legal advice: check the deadlines against the sources.
`;

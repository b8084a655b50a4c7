/**
 * A day that a royal decree under Algemene termijnenwet art 3 lid 3 puts on a par with a public
 * holiday (usually a Friday after Ascension Day or a day between holidays).
 */
export interface AtwDecreeDay {
  /** The day, `'YYYY-MM-DD'`. */
  readonly date: string;
  /** Where the day was found. */
  readonly source: string;
}

/**
 * The days added by decree (Atw art 3 lid 3) known to this version of the library. A new decree is
 * a data change here. Years not covered: see {@link ATW_DECREE_YEARS_COVERED}.
 */
export const ATW_DECREE_DAYS: readonly AtwDecreeDay[] = Object.freeze([
  { date: '2017-04-28', source: 'Besluit gelijkstelling dagen 2017–2019, BWBR0038666' },
  { date: '2017-05-26', source: 'Besluit gelijkstelling dagen 2017–2019, BWBR0038666' },
  { date: '2018-05-11', source: 'Besluit gelijkstelling dagen 2017–2019, BWBR0038666' },
  { date: '2018-12-24', source: 'Besluit gelijkstelling dagen 2017–2019, BWBR0038666' },
  { date: '2018-12-31', source: 'Besluit gelijkstelling dagen 2017–2019, BWBR0038666' },
  { date: '2019-05-31', source: 'Besluit gelijkstelling dagen 2017–2019, BWBR0038666' },
  { date: '2019-12-27', source: 'Besluit gelijkstelling dagen 2017–2019, BWBR0038666' },
  { date: '2023-04-28', source: 'Besluit gelijkstelling dagen 2023–2028 (decree title; secondary source)' },
  { date: '2023-05-19', source: 'Besluit gelijkstelling dagen 2023–2028 (decree title; secondary source)' },
  { date: '2024-05-10', source: 'Besluit gelijkstelling dagen 2023–2028 (decree title; secondary source)' },
  { date: '2024-12-27', source: 'Besluit gelijkstelling dagen 2023–2028 (decree title; secondary source)' },
  { date: '2025-05-30', source: 'Besluit gelijkstelling dagen 2023–2028 (decree title; secondary source)' },
  { date: '2026-01-02', source: 'Besluit gelijkstelling dagen 2023–2028 (decree title; secondary source)' },
  { date: '2026-05-15', source: 'Besluit gelijkstelling dagen 2023–2028 (decree title; secondary source)' },
  { date: '2027-05-07', source: 'Besluit gelijkstelling dagen 2023–2028 (decree title; secondary source)' },
  { date: '2028-04-28', source: 'Besluit gelijkstelling dagen 2023–2028 (decree title; secondary source)' },
  { date: '2028-05-26', source: 'Besluit gelijkstelling dagen 2023–2028 (decree title; secondary source)' },
].map((d) => Object.freeze(d)));

/**
 * The years for which the decree days above are known to be complete. For other years only the
 * statutory holidays (Atw art 3 lid 1–2) are applied, and results that depend on it say so.
 */
export const ATW_DECREE_YEARS_COVERED: readonly number[] = Object.freeze([2017, 2018, 2019, 2023, 2024, 2025, 2026, 2027, 2028]);

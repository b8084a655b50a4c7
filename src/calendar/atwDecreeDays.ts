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
  { date: '2007-12-24', source: 'Besluit van 27 september 2007, nr. 07.003139 (BWBR0022669)' },
  { date: '2008-05-02', source: 'Besluit van 27 september 2007, nr. 07.003139 (BWBR0022669)' },
  { date: '2009-01-02', source: 'Besluit van 27 september 2007, nr. 07.003139 (BWBR0022669)' },
  { date: '2009-05-01', source: 'Besluit van 27 september 2007, nr. 07.003139 (BWBR0022669)' },
  { date: '2009-05-04', source: 'Besluit van 27 september 2007, nr. 07.003139 (BWBR0022669)' },
  { date: '2009-05-22', source: 'Besluit van 27 september 2007, nr. 07.003139 (BWBR0022669)' },
  { date: '2010-05-14', source: 'Besluit van 27 september 2007, nr. 07.003139 (BWBR0022669)' },
  { date: '2011-05-06', source: 'Besluit van 7 juni 2010, nr. 10.001566 (BWBR0027755)' },
  { date: '2011-06-03', source: 'Besluit van 7 juni 2010, nr. 10.001566 (BWBR0027755)' },
  { date: '2012-05-18', source: 'Besluit van 7 juni 2010, nr. 10.001566 (BWBR0027755)' },
  { date: '2012-12-24', source: 'Besluit van 7 juni 2010, nr. 10.001566 (BWBR0027755)' },
  { date: '2012-12-31', source: 'Besluit van 7 juni 2010, nr. 10.001566 (BWBR0027755)' },
  { date: '2013-04-29', source: 'Besluit van 7 juni 2010, nr. 10.001566 (BWBR0027755)' },
  { date: '2013-05-10', source: 'Besluit van 7 juni 2010, nr. 10.001566 (BWBR0027755)' },
  { date: '2013-12-27', source: 'Besluit van 7 juni 2010, nr. 10.001566 (BWBR0027755)' },
  { date: '2014-05-30', source: 'Besluit van 17 juni 2013, nr. 13.001210 (BWBR0033679)' },
  { date: '2015-01-02', source: 'Besluit van 17 juni 2013, nr. 13.001210 (BWBR0033679)' },
  { date: '2015-05-04', source: 'Besluit van 17 juni 2013, nr. 13.001210 (BWBR0033679)' },
  { date: '2015-05-15', source: 'Besluit van 17 juni 2013, nr. 13.001210 (BWBR0033679)' },
  { date: '2016-05-06', source: 'Besluit van 17 juni 2013, nr. 13.001210 (BWBR0033679)' },
  { date: '2017-04-28', source: 'Besluit van 24 oktober 2016, nr. 2016001827 (BWBR0038666)' },
  { date: '2017-05-26', source: 'Besluit van 24 oktober 2016, nr. 2016001827 (BWBR0038666)' },
  { date: '2018-05-11', source: 'Besluit van 24 oktober 2016, nr. 2016001827 (BWBR0038666)' },
  { date: '2018-12-24', source: 'Besluit van 24 oktober 2016, nr. 2016001827 (BWBR0038666)' },
  { date: '2018-12-31', source: 'Besluit van 24 oktober 2016, nr. 2016001827 (BWBR0038666)' },
  { date: '2019-05-31', source: 'Besluit van 24 oktober 2016, nr. 2016001827 (BWBR0038666)' },
  { date: '2019-12-27', source: 'Besluit van 24 oktober 2016, nr. 2016001827 (BWBR0038666)' },
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
 * The years for which the decree days above are known to be complete (the decrees' own texts;
 * 2023–2028 from their titles). 2020–2022 are not: no copy of that decree was found, so only the
 * statutory holidays (Atw art 3 lid 1–2) are applied there, and results that depend on it say so.
 */
export const ATW_DECREE_YEARS_COVERED: readonly number[] = Object.freeze([2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2023, 2024, 2025, 2026, 2027, 2028]);

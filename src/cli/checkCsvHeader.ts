import type { Locale } from '../i18n/types.js';
import { CSV_COLUMNS } from './batchLine.js';
import { cliText } from './cliMessages.js';

/**
 * Checks the header row of `--csv` before any case is read.
 *
 * @param header - The column names of the first line.
 * @param locale - `--locale`, for the message.
 * @returns `null` when every column is known and day 1 can be found, else the message (exit 2).
 * @example
 * checkCsvHeader(['caseId', 'firstSickDay'], 'en') //=> null
 * @internal
 */
export function checkCsvHeader(header: readonly string[], locale: Locale): string | null {
  const t = cliText(locale);
  const unknown = header.filter((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
  if (unknown.length > 0) return t.badCsvHeader(unknown.map((u) => JSON.stringify(u)).join(', '), CSV_COLUMNS.join(', '));
  if (!header.includes('firstSickDay') && !header.includes('periods')) return t.csvNeedsDay;
  return null;
}

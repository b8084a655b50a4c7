import * as z from 'zod';

/** A fact as parsed: settled (`true` / `false`) or `'unknown'`. @internal */
export type ParsedFact = boolean | 'unknown';

/**
 * The zod schema of a {@link FactInput}: a boolean, an `Answer` (`'yes'` / `'no'` / `'unknown'`), or
 * the deprecated 0.1.0 `'onbekend'`; normalised at the parsing boundary to `true` / `false` /
 * `'unknown'`. Used by `checkNonCooperation` and `auditReIntegratieverslag`.
 *
 * @internal
 */
export const factInputSchema = z.union([z.boolean(), z.enum(['yes', 'no', 'unknown', 'onbekend'])])
  .transform((v): ParsedFact => (v === 'yes' ? true : v === 'no' ? false : v === 'onbekend' ? 'unknown' : v));

/**
 * The zod schema of the options of `renderTimelineSvg` (a parsing file: zod lives only where input is parsed).
 *
 * @internal
 * @packageDocumentation
 */
import * as z from 'zod';

/** zod schema of the options of `renderTimelineSvg`: shapes only, the function adds the semantic checks. Public as `renderTimelineSvgOptionsSchema` (see docs/schemas.md). */
export const renderTimelineSvgOptionsSchema = z.strictObject({
  locale: z.enum(['nl', 'en']).optional(),
  width: z.number().int().min(400).max(10000).optional(),
  idPrefix: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/, 'expected a letter, then up to 39 letters, digits, "-" or "_"').optional(),
});

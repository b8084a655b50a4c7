import { PoortwachterError, type InputIssue } from '../errors/PoortwachterError.js';
import { describeValue } from '../errors/describeValue.js';

/** The languages poortwachter writes labels and explanations in. */
export type Locale = 'nl' | 'en';

/** All supported locales, in order. */
export const LOCALES: readonly Locale[] = Object.freeze(['nl', 'en'] as const);

/** A text in every supported language. */
export interface Localized {
  /** Dutch. */
  readonly nl: string;
  /** English. */
  readonly en: string;
}

/**
 * A table of messages for keys `K`, one per locale. Declaring a table with this type makes a
 * missing or misspelt key in any language a compile error.
 *
 * @example
 * const labels = { nl: { a: 'Probleemanalyse' }, en: { a: 'Problem analysis' } } as const satisfies MessageTable<'a'>;
 */
export type MessageTable<K extends string> = { readonly [L in Locale]: { readonly [Key in K]: string } };

/**
 * Picks one key from a message table in both languages.
 *
 * @remarks
 * The library calls this on its own tables in hot loops, so the happy path costs two property
 * reads and two `typeof` checks; the arguments are only examined (for the error message) when that
 * lookup does not give two strings.
 *
 * @param table - The message table.
 * @param key - The key.
 * @returns `{ nl, en }`.
 * @throws {@link PoortwachterError} when `table` is not a message table (`invalid_type` at `table`,
 *   `table.nl` or `table.en`), `key` is not a string (`invalid_type` at `key`) or not a key of the
 *   table in every language (`invalid_value` at `key`).
 * @example
 * localize({ nl: { a: 'Probleemanalyse' }, en: { a: 'Problem analysis' } }, 'a') //=> { nl: 'Probleemanalyse', en: 'Problem analysis' }
 * @internal
 */
export function localize<K extends string>(table: MessageTable<K>, key: K): Localized {
  if (typeof key === 'string' && typeof table === 'object' && table !== null) {
    const nl = (table.nl as Record<string, unknown> | null | undefined)?.[key];
    const en = (table.en as Record<string, unknown> | null | undefined)?.[key];
    if (typeof nl === 'string' && typeof en === 'string') return { nl, en };
  }
  throw localizeError(table, key);
}

/** Why {@link localize} could not look `key` up: only computed when the fast lookup failed. */
function localizeError(table: unknown, key: unknown): PoortwachterError {
  const FN = 'localize';
  if (typeof table !== 'object' || table === null) {
    return PoortwachterError.single(FN, ['table'], 'invalid_type', `expected a message table { nl: {…}, en: {…} }, got ${describeValue(table)}`);
  }
  const issues: InputIssue[] = [];
  for (const locale of LOCALES) {
    const part = (table as Record<string, unknown>)[locale];
    if (typeof part !== 'object' || part === null) issues.push({ path: ['table', locale], code: 'invalid_type', message: `expected an object of texts, got ${describeValue(part)}` });
  }
  if (issues.length > 0) return new PoortwachterError(FN, issues);
  if (typeof key !== 'string') return PoortwachterError.single(FN, ['key'], 'invalid_type', `expected a string, got ${describeValue(key)}`);
  const missing = LOCALES.filter((l) => typeof ((table as Record<string, Record<string, unknown>>)[l]!)[key] !== 'string');
  return PoortwachterError.single(FN, ['key'], 'invalid_value', `no text for key ${describeValue(key, true)} in ${missing.join(' and ')}`);
}

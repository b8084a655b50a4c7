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
 * @param table - The message table.
 * @param key - The key.
 * @returns `{ nl, en }`.
 * @internal
 */
export function localize<K extends string>(table: MessageTable<K>, key: K): Localized {
  return { nl: table.nl[key], en: table.en[key] };
}

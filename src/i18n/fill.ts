import type { Localized } from './types.js';

/** A value for a `{name}` placeholder: the same in every language, or one per language. */
export type TemplateValue = string | number | Localized;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills `{name}` placeholders in one template; unknown names stay as they are.
 *
 * @param template - Text with `{name}` placeholders.
 * @param values - Values by name; a {@link Localized} value gives its `locale` text.
 * @param locale - Which text of a localized value to use. @defaultValue `'nl'`
 * @returns The filled text.
 * @internal
 */
export function fillTemplate(template: string, values: Readonly<Record<string, TemplateValue>>, locale: 'nl' | 'en' = 'nl'): string {
  return template.replace(PLACEHOLDER, (m, name: string) => {
    const v = values[name];
    if (v === undefined) return m;
    return typeof v === 'object' ? v[locale] : String(v);
  });
}

/**
 * Fills the placeholders of a text in both languages.
 *
 * @param text - `{ nl, en }` templates.
 * @param values - Values by name; localized values are used per language.
 * @returns The filled `{ nl, en }`.
 * @internal
 */
export function fillLocalized(text: Localized, values: Readonly<Record<string, TemplateValue>>): Localized {
  return { nl: fillTemplate(text.nl, values, 'nl'), en: fillTemplate(text.en, values, 'en') };
}

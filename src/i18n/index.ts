export { LOCALES, localize, type Locale, type Localized, type MessageTable } from './types.js';

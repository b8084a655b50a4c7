// Small DOM helpers shared by the playground and the spoor-2 page.
import { fieldKey } from './case-url.js';

/**
 * Creates an element with attributes and children (strings become text: nothing is parsed as HTML).
 * @param {string} tag
 * @param {Record<string, string>} [attrs]
 * @param {...(Node | string)} children
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'value') /** @type {HTMLInputElement} */ (node).value = v;
    else node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
}

/** Fills every `[data-i18n]` element from the table and sets the page language. */
export function applyTexts(table, locale) {
  document.documentElement.lang = locale;
  for (const node of document.querySelectorAll('[data-i18n]')) {
    const text = table[node.getAttribute('data-i18n')];
    if (text !== undefined) node.textContent = text;
  }
  if (table.title) document.title = `${table.title} — poortwachter`;
}

/**
 * Shows PoortwachterError issues next to their fields (by `data-path`, or a `data-error-for` box
 * for a whole row), and all of them, named by their field's label, in the general error box.
 * @param {HTMLElement} form
 * @param {readonly { path: readonly (string | number)[], code: string, message: string }[]} issues
 * @param {Record<string, string>} t
 */
export function renderIssues(form, issues, t) {
  for (const p of form.querySelectorAll('.field-error')) p.textContent = '';
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  const general = [];
  for (const issue of issues) {
    let placed = false;
    let where = fieldKey(issue.path) || '(input)';
    // the field itself, else its row or list: sickPeriods[1].to → sickPeriods[1] → sickPeriods
    for (let n = issue.path.length; n > 0 && !placed; n--) {
      const key = CSS.escape(fieldKey(issue.path.slice(0, n)));
      const input = form.querySelector(`[data-path="${key}"]`);
      const box = input ? document.getElementById(input.getAttribute('aria-describedby') ?? '') : form.querySelector(`[data-error-for="${key}"]`);
      if (!box) continue;
      box.textContent = box.textContent ? `${box.textContent} ${issue.message}` : issue.message;
      input?.setAttribute('aria-invalid', 'true');
      const label = input?.id ? form.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent : null;
      if (label) where = label;
      placed = true;
    }
    general.push(`${where}: ${issue.message}`);
  }
  const box = document.getElementById('general-errors');
  if (box) {
    box.hidden = general.length === 0;
    box.replaceChildren(...(general.length ? [el('p', {}, t.errors), el('ul', {}, ...general.map((g) => el('li', {}, g)))] : []));
  }
}

/** Shows that the library could not be loaded (e.g. the page was opened from file://). */
export function showLoadError(text, error) {
  const box = document.getElementById('load-error');
  if (!box) return;
  box.hidden = false;
  box.textContent = `${text} ${error instanceof Error ? error.message : String(error)}`;
}

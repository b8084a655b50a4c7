// The playground: a case from the form (and the URL) → computeTimeline → picture, table, calendar.
import { EVENT_IDS, caseFromQuery, fieldKey, queryFromCase, timelineInputFromCase } from './case-url.js';
import { EVENT_LABELS, UI } from './messages.js';
import { applyTexts, el, renderIssues, showLoadError } from './ui.js';

/** @type {any} */
let lib;
try {
  lib = await import('./lib/poortwachter.js');
} catch (e) {
  showLoadError(UI.nl.loadError, e);
}

const form = /** @type {HTMLFormElement} */ (document.getElementById('case-form'));
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
let state = caseFromQuery(location.search);
if (state.sickPeriods.length === 0) state.sickPeriods.push({ from: '', to: '' });
let lastTimeline = null;

function buildEventFields() {
  const box = $('events');
  box.replaceChildren(...EVENT_IDS.map((id) => {
    const inputId = `event-${id}`;
    return el('div', { class: 'field' },
      el('label', { for: inputId, 'data-event-label': id }),
      el('input', { type: 'date', id: inputId, name: inputId, 'data-event': id, 'data-path': `events.${id}`, 'aria-describedby': `${inputId}-error` }),
      el('p', { class: 'field-error', id: `${inputId}-error`, 'aria-live': 'polite' }));
  }));
}

function buildPeriodRows() {
  const t = UI[state.locale];
  $('periods').replaceChildren(...state.sickPeriods.map((p, i) => {
    const f = `period-${i}-from`;
    const to = `period-${i}-to`;
    return el('li', { class: 'period', 'data-index': String(i) },
      el('div', { class: 'field' },
        el('label', { for: f }, `${t.period} ${i + 1}: ${t.from}`),
        el('input', { type: 'date', id: f, value: p.from, 'data-period': String(i), 'data-part': 'from', 'data-path': `sickPeriods[${i}].from`, 'aria-describedby': `${f}-error` }),
        el('p', { class: 'field-error', id: `${f}-error`, 'aria-live': 'polite' })),
      el('div', { class: 'field' },
        el('label', { for: to }, `${t.period} ${i + 1}: ${t.to}`),
        el('input', { type: 'date', id: to, value: p.to, 'data-period': String(i), 'data-part': 'to', 'data-path': `sickPeriods[${i}].to`, 'aria-describedby': `${to}-error` }),
        el('p', { class: 'field-error', id: `${to}-error`, 'aria-live': 'polite' })),
      el('p', { class: 'field-error row-error', 'data-error-for': `sickPeriods[${i}]`, 'aria-live': 'polite' }),
      el('button', { type: 'button', class: 'secondary remove', 'data-remove': String(i), 'aria-label': `${t.removePeriod} ${t.period} ${i + 1}` }, t.removePeriod));
  }));
}

function writeForm() {
  form.elements.namedItem('mode').value = state.mode;
  /** @type {HTMLInputElement} */ ($('firstSickDay')).value = state.firstSickDay;
  /** @type {HTMLInputElement} */ ($('asOf')).value = state.asOf;
  /** @type {HTMLSelectElement} */ ($('locale')).value = state.locale;
  /** @type {HTMLInputElement} */ ($('evaluaties')).value = state.evaluaties;
  for (const input of form.querySelectorAll('[data-event]')) input.value = state.events[input.dataset.event] ?? '';
  buildPeriodRows();
}

function readForm() {
  const events = {};
  for (const input of form.querySelectorAll('[data-event]')) if (input.value) events[input.dataset.event] = input.value;
  const sickPeriods = state.sickPeriods.map((_, i) => ({
    from: /** @type {HTMLInputElement} */ (form.querySelector(`[data-period="${i}"][data-part="from"]`)).value,
    to: /** @type {HTMLInputElement} */ (form.querySelector(`[data-period="${i}"][data-part="to"]`)).value,
  }));
  state = {
    mode: form.elements.namedItem('mode').value === 'sickPeriods' ? 'sickPeriods' : 'firstSickDay',
    firstSickDay: /** @type {HTMLInputElement} */ ($('firstSickDay')).value,
    sickPeriods,
    asOf: /** @type {HTMLInputElement} */ ($('asOf')).value,
    locale: /** @type {HTMLSelectElement} */ ($('locale')).value === 'en' ? 'en' : 'nl',
    events,
    evaluaties: /** @type {HTMLInputElement} */ ($('evaluaties')).value.trim(),
  };
}

function localizeTexts() {
  const t = UI[state.locale];
  applyTexts(t, state.locale);
  for (const label of form.querySelectorAll('[data-event-label]')) label.textContent = EVENT_LABELS[state.locale][label.dataset.eventLabel];
  $('download').textContent = t.download;
  $('first-sick-day-field').hidden = state.mode !== 'firstSickDay';
  $('periods-field').hidden = state.mode !== 'sickPeriods';
}

function update() {
  const query = queryFromCase(state);
  history.replaceState(null, '', `${location.pathname}${query}`);
  /** @type {HTMLAnchorElement} */ ($('share-link')).href = `${location.pathname}${query}`;
  localizeTexts();
  if (!lib) return;
  const t = UI[state.locale];
  const input = timelineInputFromCase(state);
  renderIssues(form, [], t);
  $('empty').hidden = input !== null;
  if (input === null) { $('result').hidden = true; lastTimeline = null; return; }
  const r = lib.safeComputeTimeline(input, { locale: state.locale });
  if (!r.success) {
    $('result').hidden = true;
    lastTimeline = null;
    renderIssues(form, r.issues, t);
    return;
  }
  lastTimeline = r.data;
  renderTimeline(r.data, t);
}

function renderTimeline(tl, t) {
  $('result').hidden = false;
  $('result-first-sick-day').textContent = tl.firstSickDay;
  $('result-rule-set').textContent = tl.ruleSet.id;
  const picture = $('picture');
  let svgText = null;
  let svgError = null;
  if (typeof lib.renderTimelineSvg === 'function') {
    // renderTimelineSvg(timeline, { locale, asOf }); a renderer that takes asOf from the timeline
    // itself (and rejects the option) is called again without it.
    const attempts = tl.asOf ? [{ locale: state.locale, asOf: tl.asOf }, { locale: state.locale }] : [{ locale: state.locale }];
    for (const options of attempts) {
      try {
        svgText = lib.renderTimelineSvg(tl, options);
        break;
      } catch (e) {
        svgError = e instanceof Error ? e.message : String(e);
      }
    }
  }
  if (svgText !== null) {
    picture.classList.remove('fallback');
    picture.innerHTML = svgText;
    const svg = picture.querySelector('svg');
    if (svg && !svg.getAttribute('role')) svg.setAttribute('role', 'img');
  } else if (svgError !== null) {
    picture.classList.add('fallback');
    picture.replaceChildren(el('p', { class: 'hint', id: 'svg-fallback' }, svgError));
  } else {
    picture.classList.add('fallback');
    picture.replaceChildren(el('p', { class: 'hint', id: 'svg-fallback' }, t.noSvg));
  }
  $('milestones').querySelector('tbody').replaceChildren(...tl.milestones.map((m) => {
    const status = m.status ?? 'none';
    return el('tr', { 'data-milestone-id': m.id },
      el('th', { scope: 'row' }, m.label),
      el('td', { class: 'due' }, el('time', { datetime: m.due }, m.due)),
      el('td', {}, el('span', { class: `status status-${status}` }, t[`status.${status}`] ?? status)),
      el('td', { class: 'basis' }, ...m.legalBasis.flatMap((ref, k) => [
        ...(k > 0 ? [el('br')] : []),
        el('a', { href: ref.url, title: ref.title, target: '_blank', rel: 'noopener' }, ref.id),
      ])),
      el('td', { class: 'explanation' }, m.explanation.text[state.locale]));
  }));
  const notices = $('notices');
  notices.hidden = tl.notices.length === 0;
  notices.querySelector('ul').replaceChildren(...tl.notices.map((n) => el('li', {}, n[state.locale])));
}

function download() {
  if (!lastTimeline) return;
  const ics = lib.toICalendar(lastTimeline, { locale: state.locale });
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const a = /** @type {HTMLAnchorElement} */ ($('download-link'));
  a.href = url;
  a.download = `poortwachter-${lastTimeline.firstSickDay}.ics`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

buildEventFields();
writeForm();
form.addEventListener('input', () => { readForm(); update(); });
form.addEventListener('change', (e) => {
  const target = /** @type {HTMLElement} */ (e.target);
  readForm();
  if (target.getAttribute('name') === 'mode' || target.id === 'locale') buildPeriodRows();
  update();
});
form.addEventListener('submit', (e) => e.preventDefault());
$('add-period').addEventListener('click', () => {
  readForm();
  state.sickPeriods.push({ from: '', to: '' });
  buildPeriodRows();
  update();
  /** @type {HTMLInputElement} */ (form.querySelector(`[data-period="${state.sickPeriods.length - 1}"][data-part="from"]`)).focus();
});
$('periods').addEventListener('click', (e) => {
  const i = /** @type {HTMLElement} */ (e.target).dataset?.remove;
  if (i === undefined) return;
  readForm();
  state.sickPeriods.splice(Number(i), 1);
  if (state.sickPeriods.length === 0) state.sickPeriods.push({ from: '', to: '' });
  buildPeriodRows();
  update();
});
$('download').addEventListener('click', download);
update();
document.body.dataset.ready = 'true';

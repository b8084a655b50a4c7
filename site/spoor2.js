// The spoor-2 readiness check: form (and URL) → checkSpoor2Readiness → status, deadline, findings.
// URL parameters are the field names of the form, which are the input's field paths
// (firstSickDay, asOf, eerstejaarsevaluatie.held=true|false, eerstejaarsevaluatie.date,
// bedrijfsarts.ownWorkPossible, bedrijfsarts.prognosis, perspective.concrete, perspective.expectedReturnDate,
// activities=complete, activities.<date field>), plus locale=nl|en.
import { el, applyTexts, renderIssues, showLoadError } from './ui.js';

const UI = {
  nl: {
    title: 'Spoor 2: moet het starten, wanneer, en wat ontbreekt?', intro: 'De hoofdfeiten van checkSpoor2Readiness. Wat u leeg laat, is onbekend; dat geeft "onbekend", nooit "nog niet nodig".',
    caseLegend: 'Geval', firstSickDay: 'Eerste ziektedag', asOf: 'Peildatum (vandaag)', locale: 'Taal',
    ejeLegend: 'Eerstejaarsevaluatie', ejeHeld: 'Gehouden?', ejeDate: 'Datum gehouden', unknown: 'onbekend', yes: 'ja', no: 'nee', partly: 'gedeeltelijk',
    baLegend: 'Bedrijfsarts en perspectief', ownWork: 'Eigen werk mogelijk', prognosis: 'Prognose', recovery: 'herstel', partial: 'gedeeltelijke verbetering', noImprovement: 'geen verbetering',
    perspective: 'Concreet perspectief eigen organisatie', expectedReturn: 'Verwachte structurele terugkeer',
    actLegend: 'Spoor-2-activiteiten', recorded: 'Dit is het volledige overzicht van wat is gedaan', spoor1Statement: 'Verklaring spoor 1 niet mogelijk', bureau: 'Re-integratiebureau ingeschakeld', pvaAdjusted: 'Plan van aanpak bijgesteld', trajectplan: 'Trajectplan', started: 'Spoor 2 gestart op',
    empty: 'Vul minstens een eerste ziektedag en een peildatum in.', errors: 'De invoer klopt niet:', status: 'Status', requiredBy: 'Uiterlijk starten', provisional: '(voorlopig)', deadlineHow: 'Afleiding', risk: 'Risico loonsanctie', basis: 'Basis',
    findings: 'Bevindingen', noFindings: 'Geen bevindingen.', colSeverity: 'Ernst', colFinding: 'Bevinding', colExplanation: 'Toelichting', missing: 'Ontbrekende feiten', loadError: 'De bibliotheek kon niet worden geladen:',
    'risk.low': 'laag', 'risk.medium': 'middel', 'risk.high': 'hoog', 'risk.unknown': 'onbekend', 'sev.critical': 'kritiek', 'sev.warning': 'waarschuwing', 'sev.info': 'info',
  },
  en: {
    title: 'Spoor 2: must it start, by when, and what is missing?', intro: 'The main facts of checkSpoor2Readiness. What you leave empty is unknown; that gives "unknown", never "not needed yet".',
    caseLegend: 'Case', firstSickDay: 'First sick day', asOf: 'As of (today)', locale: 'Language',
    ejeLegend: 'First-year evaluation', ejeHeld: 'Held?', ejeDate: 'Date held', unknown: 'unknown', yes: 'yes', no: 'no', partly: 'partly',
    baLegend: 'Company doctor and perspective', ownWork: 'Own work possible', prognosis: 'Prognosis', recovery: 'recovery', partial: 'partial improvement', noImprovement: 'no improvement',
    perspective: 'Concrete perspective in own organisation', expectedReturn: 'Expected structural return',
    actLegend: 'Spoor-2 activities', recorded: 'This is the complete record of what was done', spoor1Statement: 'Statement: spoor 1 not possible', bureau: 'Re-integratiebureau assigned', pvaAdjusted: 'Plan van aanpak adjusted', trajectplan: 'Trajectplan', started: 'Spoor 2 started on',
    empty: 'Enter at least a first sick day and an as-of date.', errors: 'The input is not right:', status: 'Status', requiredBy: 'Must start by', provisional: '(provisional)', deadlineHow: 'Derivation', risk: 'Loonsanctie risk', basis: 'Basis',
    findings: 'Findings', noFindings: 'No findings.', colSeverity: 'Severity', colFinding: 'Finding', colExplanation: 'Explanation', missing: 'Missing facts', loadError: 'The library could not be loaded:',
    'risk.low': 'low', 'risk.medium': 'medium', 'risk.high': 'high', 'risk.unknown': 'unknown', 'sev.critical': 'critical', 'sev.warning': 'warning', 'sev.info': 'info',
  },
};

/** @type {any} */
let lib;
try {
  lib = await import('./lib/poortwachter.js');
} catch (e) {
  showLoadError(UI.nl.loadError, e);
}
const form = /** @type {HTMLFormElement} */ (document.getElementById('s2-form'));
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const fields = /** @type {(HTMLInputElement | HTMLSelectElement)[]} */ ([...form.querySelectorAll('input[name], select[name]')]);

function setPath(obj, path, value) {
  const keys = path.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) o = o[k] ??= {};
  o[keys[keys.length - 1]] = value;
}

/** Form → { query, input, locale }. */
function read() {
  const q = new URLSearchParams();
  const input = {};
  let locale = 'nl';
  for (const f of fields) {
    if (f.name === 'locale') { locale = f.value === 'en' ? 'en' : 'nl'; if (locale === 'en') q.set('locale', 'en'); continue; }
    if (f.name === 'activities') { if (/** @type {HTMLInputElement} */ (f).checked) { q.set('activities', 'complete'); input.activities ??= {}; } continue; }
    if (!f.value) continue;
    q.set(f.name, f.value);
    setPath(input, f.name, f.dataset.type === 'bool' ? f.value === 'true' : f.value);
  }
  // a date held implies held: true; "not held" with a date is left to the library to reject
  if (input.eerstejaarsevaluatie && input.eerstejaarsevaluatie.held === undefined) input.eerstejaarsevaluatie.held = true;
  return { query: q.toString(), input, locale };
}

function write(search) {
  const q = new URLSearchParams(search);
  for (const f of fields) {
    if (f.name === 'activities') /** @type {HTMLInputElement} */ (f).checked = q.get('activities') === 'complete';
    else f.value = q.get(f.name) ?? (f.name === 'locale' ? 'nl' : '');
  }
}

const basisLinks = (refs) => refs.flatMap((ref, k) => [...(k > 0 ? [', '] : []), el('a', { href: ref.url, title: ref.title, target: '_blank', rel: 'noopener' }, ref.id)]);

function update() {
  const { query, input, locale } = read();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  const t = UI[locale];
  applyTexts(t, locale);
  if (!lib) return;
  renderIssues(form, [], t);
  const ready = Boolean(input.firstSickDay && input.asOf);
  $('empty').hidden = ready;
  $('result').hidden = true;
  if (!ready) return;
  const r = lib.safeCheckSpoor2Readiness(input);
  if (!r.success) { renderIssues(form, r.issues, t); return; }
  const v = r.data;
  $('result').hidden = false;
  $('s2-status').textContent = v.statusLabel[locale];
  $('s2-status-code').textContent = v.status;
  $('s2-status-explanation').textContent = v.statusExplanation[locale];
  $('s2-required-by').textContent = v.deadline.requiredBy ?? '—';
  if (v.deadline.requiredBy) $('s2-required-by').setAttribute('datetime', v.deadline.requiredBy);
  $('s2-provisional').textContent = v.deadline.provisional ? t.provisional : '';
  $('s2-deadline-explanation').textContent = v.deadline.explanation[locale];
  $('s2-risk').textContent = t[`risk.${v.loonsanctieRisk.level}`];
  $('s2-risk').className = `status status-${v.loonsanctieRisk.level}`;
  $('s2-basis').replaceChildren(...basisLinks(v.legalBasis));
  $('s2-no-findings').hidden = v.findings.length > 0;
  $('s2-findings').hidden = v.findings.length === 0;
  $('s2-findings').querySelector('tbody').replaceChildren(...v.findings.map((f) => el('tr', { 'data-code': f.code },
    el('td', {}, el('span', { class: `status status-${f.severity}` }, t[`sev.${f.severity}`])),
    el('th', { scope: 'row' }, f.title[locale], el('br'), el('code', {}, f.code)),
    el('td', { class: 'explanation' }, f.explanation[locale]),
    el('td', { class: 'basis' }, ...basisLinks(f.legalBasis)))));
  $('s2-missing-box').hidden = v.missingFacts.length === 0;
  $('s2-missing').replaceChildren(...v.missingFacts.map((m) => el('li', {}, el('code', {}, m))));
}

write(location.search);
form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (e) => e.preventDefault());
update();
document.body.dataset.ready = 'true';

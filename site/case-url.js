// The playground's case lives in the URL, so that a link can be shared. Parameters:
//   firstSickDay=YYYY-MM-DD            day 1 of sickness (or, instead:)
//   period=FROM..TO                    a sick period, repeatable; open end: period=FROM..
//   asOf=YYYY-MM-DD                    today (gives each milestone a status)
//   locale=nl|en                       language of labels and texts (default nl)
//   events.<milestone-id>=YYYY-MM-DD   the date a step was done, e.g. events.probleemanalyse=2024-02-05
//   events.evaluaties=D1,D2            periodic evaluations held
// Unknown parameters are ignored; values are passed to the library as typed, so that the
// library (not the page) says what is wrong with them.

/** Event fields of the playground form, in timeline order. */
export const EVENT_IDS = [
  'probleemanalyse',
  'plan-van-aanpak',
  'ziekmelding-uwv',
  'eerstejaarsevaluatie',
  'spoor-2-start',
  'vervroegde-iva-uiterlijk',
  'wia-brief-uwv',
  're-integratieverslag',
  'wia-aanvraag',
];

/**
 * @typedef {{ from: string, to: string }} PeriodField
 * @typedef {{ mode: 'firstSickDay' | 'sickPeriods', firstSickDay: string, sickPeriods: PeriodField[],
 *   asOf: string, locale: 'nl' | 'en', events: Record<string, string>, evaluaties: string }} PlaygroundCase
 */

/**
 * Reads a case from a query string.
 * @param {string} search e.g. location.search
 * @returns {PlaygroundCase}
 */
export function caseFromQuery(search) {
  const q = new URLSearchParams(search);
  const sickPeriods = q.getAll('period').map((p) => {
    const [from = '', to = ''] = p.split('..');
    return { from: from.trim(), to: to.trim() };
  });
  const events = {};
  for (const id of EVENT_IDS) {
    const v = q.get(`events.${id}`);
    if (v) events[id] = v.trim();
  }
  return {
    mode: sickPeriods.length > 0 && !q.get('firstSickDay') ? 'sickPeriods' : 'firstSickDay',
    firstSickDay: (q.get('firstSickDay') ?? '').trim(),
    sickPeriods,
    asOf: (q.get('asOf') ?? '').trim(),
    locale: q.get('locale') === 'en' ? 'en' : 'nl',
    events,
    evaluaties: (q.get('events.evaluaties') ?? '').trim(),
  };
}

/**
 * Writes a case as a query string (without empty fields).
 * @param {PlaygroundCase} c
 * @returns {string} starting with '?', or '' for an empty case
 */
export function queryFromCase(c) {
  const q = new URLSearchParams();
  if (c.mode === 'firstSickDay') {
    if (c.firstSickDay) q.set('firstSickDay', c.firstSickDay);
  } else {
    for (const p of c.sickPeriods) if (p.from || p.to) q.append('period', `${p.from}..${p.to}`);
  }
  if (c.asOf) q.set('asOf', c.asOf);
  if (c.locale === 'en') q.set('locale', 'en');
  for (const id of EVENT_IDS) if (c.events[id]) q.set(`events.${id}`, c.events[id]);
  if (c.evaluaties) q.set('events.evaluaties', c.evaluaties);
  const s = q.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

/**
 * The computeTimeline input for a case, or null when neither day 1 nor a period is given.
 * @param {PlaygroundCase} c
 */
export function timelineInputFromCase(c) {
  const events = { ...c.events };
  if (c.evaluaties) events.evaluaties = c.evaluaties.split(',').map((s) => s.trim()).filter(Boolean);
  const rest = {
    ...(c.asOf ? { asOf: c.asOf } : {}),
    ...(Object.keys(events).length > 0 ? { events } : {}),
  };
  if (c.mode === 'firstSickDay') return c.firstSickDay ? { firstSickDay: c.firstSickDay, ...rest } : null;
  const periods = c.sickPeriods.filter((p) => p.from || p.to).map((p) => (p.to ? { from: p.from, to: p.to } : { from: p.from }));
  return periods.length > 0 ? { sickPeriods: periods, ...rest } : null;
}

/**
 * Where on the form an input issue belongs: the `data-path` of a field, e.g. `sickPeriods[1].to`.
 * @param {readonly (string | number)[]} path
 */
export function fieldKey(path) {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? String(seg) : `.${seg}`;
  return out;
}

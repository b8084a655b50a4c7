import { describe, expect, it } from 'vitest';
import { computeTimeline } from '../../src/index.js';
import { renderTimelineTable } from '../../src/cli/renderTimelineTable.js';

const rowOf = (table: string, text: string): string => {
  // A table row (starts with a date) whose label cell starts with `text`.
  const line = table.split('\n').find((l) => /^\d{4}-\d\d-\d\d /.test(l) && l.split(/\s{2,}/).some((c) => c.startsWith(text)));
  expect(line, text).toBeDefined();
  return line!;
};

describe('renderTimelineTable', () => {
  const t = computeTimeline({ firstSickDay: '2024-01-01' });
  const nl = renderTimelineTable(t);

  // Scenario table: D = 2024-01-01 (a Monday), statutory conventions. Each row: date with weekday,
  // week, Dutch label, kind of norm, first legal basis id.
  const rows: [date: string, week: string, label: string, norm: string, basis: string][] = [
    ['2024-02-11 zo', '6', 'Probleemanalyse (oordeel bedrijfsarts)', 'regeling', 'Regeling procesgang art 2 lid 2'],
    ['2024-02-25 zo', '8', 'Plan van aanpak', 'regeling', 'Regeling procesgang art 4 lid 1'],
    ['2024-10-21 ma', '43', 'Ziekmelding bij UWV (42-wekenmelding)', 'wet', 'ZW art 38 lid 1'],
    ['2025-02-09 zo', '58', 'Start tweede spoor (uiterlijk)', 'praktijk', 'Beoordelingskader poortwachter §5'],
    ['2025-10-12 zo', '93', 'WIA-aanvraag', 'wet', 'WIA art 64 lid 3'],
    ['2025-12-28 zo', '104', 'Einde wachttijd (laatste dag van 104 weken)', 'wet', 'WIA art 23 lid 1'],
  ];
  it.each(rows)('%s  week %s  %s  (%s, %s)', (date, week, label, norm, basis) => {
    const cells = rowOf(nl, label).split(/\s{2,}/);
    expect(cells).toEqual([date, week, label, norm, basis]);
  });

  it('has a header with day 1, the rule set and the end of the wachttijd, and a disclaimer', () => {
    expect(nl).toMatch(/^Poortwachter-tijdlijn\n\nEerste ziektedag \(dag 1\): 2024-01-01 ma\n/);
    expect(nl).toContain('Regelset: verzamelwet-szw-2013-07-01');
    expect(nl).toContain('Einde wachttijd: 2025-12-28 zo');
    expect(nl).toContain('Peildatum: geen');
    expect(nl).toContain('Geen juridisch advies');
    expect(nl.endsWith('\n')).toBe(true);
  });

  it('puts each extra legal basis on a continuation line under the basis column', () => {
    const lines = nl.split('\n');
    const i = lines.findIndex((l) => l.includes('Plan van aanpak'));
    const col = lines[i]!.indexOf('Regeling procesgang art 4 lid 1');
    expect(lines[i + 1]!.trim()).toBe('BW 7:658a lid 3');
    expect(lines[i + 1]!.indexOf('BW 7:658a lid 3')).toBe(col);
  });

  it('aligns the columns: every row starts its label at the same position', () => {
    const lines = nl.split('\n');
    const header = lines.find((l) => l.startsWith('Datum'))!;
    const labelCol = header.indexOf('Stap of datum');
    for (const label of ['Plan van aanpak', 'WIA-aanvraag', 'Evaluatie plan van aanpak 1']) expect(rowOf(nl, label).indexOf(label)).toBe(labelCol);
  });

  it('lists the periodic evaluations as practice-norm rows, or leaves them out', () => {
    expect(rowOf(nl, 'Evaluatie plan van aanpak 1').split(/\s{2,}/)).toEqual(['2024-04-07 zo', 'Evaluatie plan van aanpak 1', 'praktijk', 'Regeling procesgang art 4 lid 4']);
    expect(renderTimelineTable(t, { includeEvaluations: false })).not.toContain('Evaluatie');
  });

  it('shows a status column with asOf, in the chosen locale, with the date done', () => {
    const s = computeTimeline({ firstSickDay: '2024-01-01', asOf: '2024-02-20', events: { probleemanalyse: '2024-02-05' } });
    const en = renderTimelineTable(s, { locale: 'en', asOfFromClock: true });
    expect(en).toContain('As of: 2024-02-20 Tue — week 8, 51 sick days counted (today from the system clock');
    expect(rowOf(en, 'Problem analysis').endsWith('done 2024-02-05')).toBe(true);
    // Plan van aanpak: 14 days after the actual probleemanalyse = 2024-02-19, not done by 2024-02-20.
    expect(rowOf(en, 'Action plan').startsWith('2024-02-19 Mon')).toBe(true);
    expect(rowOf(en, 'Action plan').endsWith('OVERDUE')).toBe(true);
    expect(rowOf(en, 'Sickness report to UWV').endsWith('open')).toBe(true);
    const soon = computeTimeline({ firstSickDay: '2024-01-01', asOf: '2024-02-01' });
    expect(rowOf(renderTimelineTable(soon, { locale: 'en' }), 'Problem analysis').endsWith('due soon')).toBe(true);
  });

  it('marks an overdue step', () => {
    const s = computeTimeline({ firstSickDay: '2024-01-01', asOf: '2024-03-01' });
    const line = rowOf(renderTimelineTable(s), 'Probleemanalyse');
    expect(line.endsWith('TE LAAT')).toBe(true);
  });

  it('says when samentelling applied and prints notices', () => {
    const s = computeTimeline({ sickPeriods: [{ from: '2024-01-01', to: '2024-01-20' }, { from: '2024-02-05' }] });
    const table = renderTimelineTable(s);
    expect(table).toContain('Samentelling:');
    const sat = renderTimelineTable(computeTimeline({ firstSickDay: '2024-01-06' }), { locale: 'en' });
    expect(sat).toContain("Note:\n- Day 1 (2024-01-06) is a Saturday.");
  });
});

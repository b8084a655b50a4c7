import { describe, expect, it } from 'vitest';
import { computeTimeline, PoortwachterError } from '../../src/index.js';
import { toICalendar } from '../../src/export/index.js';
import { escapeIcsText, foldIcsLine, unfoldIcs, utf8Length } from '../../src/export/icsText.js';
import type { Timeline } from '../../src/timeline/types.js';

const D = '2024-01-01';
const base = computeTimeline({ firstSickDay: D });

/** The logical lines of each VEVENT, as a map property-name → value. */
function events(ics: string): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  let cur: Map<string, string> | null = null;
  for (const line of unfoldIcs(ics)) {
    if (line === 'BEGIN:VEVENT') cur = new Map();
    else if (line === 'END:VEVENT') { out.push(cur!); cur = null; }
    else if (cur !== null) {
      const i = line.search(/[:;]/);
      const name = line.slice(0, i);
      cur.set(name === 'DTSTART' || name === 'DTEND' ? line.slice(0, line.indexOf(':')) : name, line.slice(line.indexOf(':') + 1));
    }
  }
  return out;
}

/** Reverses RFC 5545 TEXT escaping. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

describe('toICalendar — structure', () => {
  const ics = toICalendar(base);

  it('is a VCALENDAR with CRLF line endings only, ending in CRLF', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//poortwachter//WvP timeline//NL\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has one VEVENT per milestone and per evaluation, each with the required properties', () => {
    const evs = events(ics);
    expect(evs).toHaveLength(base.milestones.length + base.evaluations.length);
    for (const e of evs) {
      for (const p of ['UID', 'DTSTAMP', 'DTSTART;VALUE=DATE', 'DTEND;VALUE=DATE', 'SUMMARY', 'DESCRIPTION', 'URL']) expect(e.has(p), p).toBe(true);
    }
    expect((ics.match(/BEGIN:VEVENT/g) ?? []).length).toBe((ics.match(/END:VEVENT/g) ?? []).length);
  });

  // Scenario table: D = 2024-01-01, statutory conventions (api-contract.md), all-day events on `due`.
  const rows: [id: string, start: string, end: string, basis: string][] = [
    ['probleemanalyse', '20240211', '20240212', 'Regeling procesgang art 2 lid 2'],
    ['plan-van-aanpak', '20240225', '20240226', 'Regeling procesgang art 4 lid 1'],
    ['ziekmelding-uwv', '20241021', '20241022', 'ZW art 38 lid 1'],
    ['wia-aanvraag', '20251012', '20251013', 'WIA art 64 lid 3'],
    ['einde-wachttijd', '20251228', '20251229', 'WIA art 23 lid 1'],
    ['wia-ingang', '20251229', '20251230', 'WIA art 47 lid 2'],
  ];
  it.each(rows)('%s: all-day event %s (DTEND %s), DESCRIPTION cites %s', (id, start, end, basis) => {
    const e = events(ics).find((x) => x.get('UID') === `20240101-${id}@poortwachter`)!;
    expect(e).toBeDefined();
    expect(e.get('DTSTART;VALUE=DATE')).toBe(start);
    expect(e.get('DTEND;VALUE=DATE')).toBe(end);
    expect(unescapeText(e.get('DESCRIPTION')!)).toContain(basis);
  });

  it('takes SUMMARY from the label in the chosen locale and DESCRIPTION from the explanation', () => {
    const en = toICalendar(base, { locale: 'en' });
    const m = base.milestones.find((x) => x.id === 'wia-aanvraag')!;
    const nlEv = events(ics).find((x) => x.get('UID')!.includes('-wia-aanvraag@'))!;
    const enEv = events(en).find((x) => x.get('UID')!.includes('-wia-aanvraag@'))!;
    expect(unescapeText(nlEv.get('SUMMARY')!)).toBe(m.labels.nl);
    expect(unescapeText(enEv.get('SUMMARY')!)).toBe(m.labels.en);
    expect(unescapeText(nlEv.get('DESCRIPTION')!)).toContain(m.explanation.text.nl);
    expect(unescapeText(enEv.get('DESCRIPTION')!)).toContain(m.explanation.text.en);
    expect(unescapeText(enEv.get('DESCRIPTION')!)).toContain('https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=64&lid=3');
    expect(en).toContain('PRODID:-//poortwachter//WvP timeline//EN');
  });

  it('labels practice norms as practice and records the date done', () => {
    const t = computeTimeline({ firstSickDay: D, asOf: '2024-03-01', events: { probleemanalyse: '2024-01-20' } });
    const evs = events(toICalendar(t, { locale: 'en' }));
    const pa = evs.find((x) => x.get('UID') === '20240101-probleemanalyse@poortwachter')!;
    expect(unescapeText(pa.get('DESCRIPTION')!)).toContain('Done on 2024-01-20.');
    const ev1 = evs.find((x) => x.get('UID') === '20240101-evaluatie-1@poortwachter')!;
    expect(unescapeText(ev1.get('SUMMARY')!)).toBe('Evaluation of the action plan 1 (practice norm)');
    expect(unescapeText(ev1.get('DESCRIPTION')!)).toContain('Practice norm (not statutory)');
    const spoor2 = evs.find((x) => x.get('UID') === '20240101-spoor-2-start@poortwachter')!;
    expect(unescapeText(spoor2.get('DESCRIPTION')!)).toContain('\nKind of norm: practice norm (not statutory).\n');
    const wia = evs.find((x) => x.get('UID') === '20240101-wia-aanvraag@poortwachter')!;
    expect(unescapeText(wia.get('DESCRIPTION')!)).toContain('\nKind of norm: statutory.\n');
  });

  it('leaves the evaluations out on request', () => {
    expect(events(toICalendar(base, { includeEvaluations: false }))).toHaveLength(base.milestones.length);
  });
});

describe('toICalendar — every kind of timeline', () => {
  /** DTSTART of each milestone and its UID, keyed by milestone id. */
  const starts = (ics: string): Record<string, string> =>
    Object.fromEntries(events(ics).map((e) => [/^\d{8}-(.+)@poortwachter$/.exec(e.get('UID')!)![1]!, e.get('DTSTART;VALUE=DATE')!]));

  // Scenario table: D = 2024-01-01; a loonsanctie decided on 2025-12-01 (WIA art 25 lid 9) and the
  // opzegverbod (BW 7:670 lid 1 sub a, extended by the loonsanctie, lid 11). Each end-of-wachttijd
  // milestone is an event on its due date.
  const sanctioned = computeTimeline(
    { firstSickDay: D, asOf: '2026-01-15', events: { loonsanctie: '2025-12-01' } },
    { includeOpzegverbod: true },
  );
  const rows: [id: string, start: string, basis: string][] = [
    ['loonsanctie-beschikking', '20251116', 'WIA art 25 lid 10'],
    ['bezwaar-loonsanctie', '20260112', 'Awb art 6:7'],
    ['einde-loonsanctie', '20261212', 'WIA art 25 lid 9'],
    ['einde-loondoorbetaling', '20261212', 'BW 7:629 lid 1'],
    ['wia-ingang', '20261213', 'WIA art 47 lid 2'],
    ['einde-opzegverbod', '20261215', 'BW 7:670 lid 1 sub a'],
  ];
  it.each(rows)('loonsanctie + opzegverbod: %s on %s (%s)', (id, start, basis) => {
    const e = events(toICalendar(sanctioned)).find((x) => x.get('UID') === `20240101-${id}@poortwachter`)!;
    expect(e, id).toBeDefined();
    expect(e.get('DTSTART;VALUE=DATE')).toBe(start);
    expect(unescapeText(e.get('DESCRIPTION')!)).toContain(`- ${basis} (https://`);
  });

  it('has one event per milestone for every end-of-wachttijd id, the bekorting decision included', () => {
    const t = computeTimeline({
      firstSickDay: D, asOf: '2026-03-01',
      events: { loonsanctie: { decisionDate: '2025-12-01', bekorting: { noticeDate: '2026-02-01' } } },
    }, { includeOpzegverbod: true });
    const ids = t.milestones.map((m) => m.id);
    for (const id of ['loonsanctie-beschikking', 'bezwaar-loonsanctie', 'bekorting-beschikking', 'einde-loonsanctie', 'einde-opzegverbod', 'einde-loondoorbetaling'] as const) {
      expect(ids, id).toContain(id);
    }
    const s = starts(toICalendar(t, { includeEvaluations: false }));
    expect(s).toEqual(Object.fromEntries(t.milestones.map((m) => [m.id, m.due.replace(/-/g, '')])));
  });

  it('a vrijwillige verlenging (WIA art 24): the end of the wachttijd and of wage payment on the agreed day', () => {
    const s = starts(toICalendar(computeTimeline({ firstSickDay: D, events: { vrijwilligeVerlenging: '2026-06-30' } })));
    expect(s['einde-wachttijd']).toBe('20260630');
    expect(s['einde-loondoorbetaling']).toBe('20260630');
    expect(s['wia-ingang']).toBe('20260701');
  });

  it('the AOW case (BW 7:629 lid 2 sub b): no WIA events, the end of wage payment, and the AOW notice as calendar description', () => {
    const t = computeTimeline({ firstSickDay: D, aowDate: '2024-03-01' }, { locale: 'en' });
    const ics = toICalendar(t, { locale: 'en' });
    const s = starts(ics);
    expect(s['einde-loondoorbetaling']).toBe('20240411');
    expect(s['wia-aanvraag']).toBeUndefined();
    expect(s['einde-wachttijd']).toBeUndefined();
    const desc = unescapeText(unfoldIcs(ics).find((l) => l.startsWith('X-WR-CALDESC:'))!.slice(13));
    expect(desc).toContain('AOW age on 2024-03-01: wage payment for 6 weeks');
    expect(desc.endsWith('Computed with poortwachter. Not legal advice; check the deadlines.')).toBe(true);
  });

  it('every notice of the timeline is in the calendar description, in the chosen locale', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-06', asOf: '2026-01-15', events: { loonsanctie: '2025-12-01' } });
    expect(t.notices.length).toBeGreaterThanOrEqual(2);
    for (const locale of ['nl', 'en'] as const) {
      const desc = unescapeText(unfoldIcs(toICalendar(t, { locale })).find((l) => l.startsWith('X-WR-CALDESC:'))!.slice(13));
      expect(desc.split('\n').slice(0, -1)).toEqual(t.notices.map((n) => n[locale]));
    }
  });

  it('a timeline passed through JSON (explanations as plain data, not lazy getters) gives the same bytes', () => {
    for (const t of [base, sanctioned, computeTimeline({ sickPeriods: [{ from: '2024-01-01', to: '2024-01-20' }, { from: '2024-02-05' }], asOf: '2024-06-01', events: { probleemanalyse: '2024-02-20', evaluaties: ['2024-04-01'] } })]) {
      const copy = JSON.parse(JSON.stringify(t)) as Timeline;
      expect(toICalendar(copy, { locale: 'en', caseId: 'c1' })).toBe(toICalendar(t, { locale: 'en', caseId: 'c1' }));
    }
  });
});

describe('toICalendar — DTSTAMP and UIDs (no clock, no randomness)', () => {
  it('DTSTAMP is options.dtstamp, else asOf, else firstSickDay, at midnight UTC', () => {
    expect(toICalendar(base)).toContain('DTSTAMP:20240101T000000Z');
    const t = computeTimeline({ firstSickDay: D, asOf: '2024-06-30' });
    expect(toICalendar(t)).toContain('DTSTAMP:20240630T000000Z');
    expect(toICalendar(t, { dtstamp: '2024-07-02' })).toContain('DTSTAMP:20240702T000000Z');
  });

  it('the same input gives byte-identical output', () => {
    expect(toICalendar(computeTimeline({ firstSickDay: D }))).toBe(toICalendar(computeTimeline({ firstSickDay: D })));
  });

  it('UIDs depend on firstSickDay and milestone id only: an event that moves a date keeps the UID', () => {
    const uids = (t: Timeline): string[] => events(toICalendar(t, { includeEvaluations: false })).map((e) => e.get('UID')!).sort();
    const moved = computeTimeline({ firstSickDay: D, asOf: '2024-02-01', events: { probleemanalyse: '2024-01-15' } });
    expect(moved.milestones.find((m) => m.id === 'plan-van-aanpak')!.due).toBe('2024-01-29');
    expect(uids(moved)).toEqual(uids(base));
    expect(new Set(uids(base)).size).toBe(base.milestones.length);
    expect(uids(computeTimeline({ firstSickDay: '2024-01-02' }))).not.toEqual(uids(base));
  });

  it('caseId keeps two employees with the same day 1 apart, and the UID then holds no date (issue 12)', () => {
    const ics = toICalendar(base, { caseId: 'dossier-17' });
    expect(ics).toContain('UID:dossier-17-wia-aanvraag@poortwachter');
    expect(toICalendar(base, { caseId: 'dossier-18' })).toContain('UID:dossier-18-wia-aanvraag@poortwachter');
  });

  it('with samentelling, UIDs use day 1 of the current wachttijd', () => {
    const t = computeTimeline({ sickPeriods: [{ from: '2024-03-01', to: '2024-03-20' }, { from: '2024-04-01' }] });
    expect(t.firstSickDay).toBe('2024-03-01');
    expect(toICalendar(t)).toContain('UID:20240301-einde-wachttijd@poortwachter');
  });
});

describe('toICalendar — TZ independence', () => {
  // Every vitest project runs this file under another TZ (UTC, Amsterdam, New York, Kiritimati);
  // the expected text below is fixed, so a TZ-dependent date would fail in one of them.
  it(`gives fixed dates under TZ=${process.env['TZ'] ?? '(unset)'} , also on DST and leap days`, () => {
    const t = computeTimeline({ firstSickDay: '2024-02-29' });
    const e = events(toICalendar(t)).find((x) => x.get('UID') === '20240229-ziekmelding-uwv@poortwachter')!;
    expect(e.get('DTSTART;VALUE=DATE')).toBe('20241219');
    expect(e.get('DTEND;VALUE=DATE')).toBe('20241220');
    const dst = computeTimeline({ firstSickDay: '2024-03-31' });
    const pa = events(toICalendar(dst)).find((x) => x.get('UID') === '20240331-probleemanalyse@poortwachter')!;
    expect(pa.get('DTSTART;VALUE=DATE')).toBe('20240511');
    expect(pa.get('DTSTAMP')).toBe('20240331T000000Z');
  });
});

describe('toICalendar — folding and escaping', () => {
  it('folds long lines at 75 octets with a leading space, counting UTF-8 octets', () => {
    const ics = toICalendar(base);
    for (const line of ics.split('\r\n')) expect(utf8Length(line)).toBeLessThanOrEqual(75);
    expect(ics).toMatch(/\r\n [^ ]/);
    expect(foldIcsLine(`DESCRIPTION:${'x'.repeat(100)}`).map((l) => l.length)).toEqual([75, 38]);
    // 'é' is 2 octets: 37 of them after "X:" are 2 + 74 = 76 octets, so the last one moves on.
    const folded = foldIcsLine(`X:${'é'.repeat(37)}`);
    expect(folded).toEqual([`X:${'é'.repeat(36)}`, ' é']);
    expect(utf8Length(folded[0]!)).toBe(74);
    // A 4-octet emoji is never split.
    expect(foldIcsLine(`X:${'a'.repeat(72)}😀b`)).toEqual([`X:${'a'.repeat(72)}`, ' 😀b']);
  });

  it('escapes backslash, semicolon, comma and newlines in TEXT values', () => {
    expect(escapeIcsText('a,b;c\\d\ne\r\nf\rg')).toBe('a\\,b\\;c\\\\d\\ne\\nf\\ng');
    // Control characters other than tab may not appear in TEXT (RFC 5545 §3.1, §3.3.11): dropped.
    expect(escapeIcsText('a\u0000b\u0007c\td\u001be\u007ff')).toBe('ab' + 'c\td' + 'ef');
    const t = computeTimeline({ firstSickDay: D });
    const tricky: Timeline = {
      ...t,
      milestones: t.milestones.map((m) => (m.id === 'wia-aanvraag' ? { ...m, labels: { nl: 'A, B; C \\ D\nE', en: 'x' } } : m)),
    };
    const ics = toICalendar(tricky);
    expect(ics).toContain('SUMMARY:A\\, B\\; C \\\\ D\\nE\r\n');
    expect(ics).toContain('X-WR-CALNAME:Poortwachter-termijnen (dag 1: 2024-01-01)');
    expect(toICalendar(t, { calendarName: 'Team A, verzuim' })).toContain('X-WR-CALNAME:Team A\\, verzuim\r\n');
  });
});

describe('toICalendar — invalid input', () => {
  it('rejects unknown and invalid options with PoortwachterError naming the field', () => {
    expect(() => toICalendar(base, { locale: 'de' } as never)).toThrow(PoortwachterError);
    expect(() => toICalendar(base, { dtstamp: '2023-02-29' })).toThrow(/toICalendar: invalid input — options\.dtstamp/);
    expect(() => toICalendar(base, { caseId: 'Jan Jansen' })).toThrow(/options\.caseId/);
    expect(() => toICalendar(base, { colour: 'red' } as never)).toThrow(/options\.colour: unknown field/);
  });

  it('rejects something that is not a timeline, rather than writing a broken file', () => {
    expect(() => toICalendar({} as Timeline)).toThrow(/timeline\.firstSickDay/);
    const noBasis = { ...base, milestones: [{ ...base.milestones[0]!, legalBasis: [] }] } as Timeline;
    expect(() => toICalendar(noBasis)).toThrow(/timeline\.milestones\[0\]\.legalBasis/);
    const injected = { ...base, milestones: [{ ...base.milestones[0]!, id: 'x\r\nATTENDEE:evil' }] } as unknown as Timeline;
    expect(() => toICalendar(injected)).toThrow(PoortwachterError);
  });
});

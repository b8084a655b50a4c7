import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { computeTimeline, PoortwachterError } from '../../src/index.js';
import { toICalendar } from '../../src/export/index.js';
import { isTimelineShape } from '../../src/export/isTimelineShape.js';
import type { Milestone, Timeline } from '../../src/timeline/types.js';

interface Parsed {
  readonly method: string | null;
  readonly events: readonly {
    uid: string; sequence: number; status: string; start: string; summary: string;
    lastModified: string; dtstamp: string; organizer: string | null; alarms: readonly string[];
  }[];
}

/** Parses with a real iCalendar parser (ical.js), so a malformed file fails the test. */
function parse(ics: string): Parsed {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return {
    method: (cal.getFirstPropertyValue('method') as string | null) ?? null,
    events: cal.getAllSubcomponents('vevent').map((v) => ({
      uid: String(v.getFirstPropertyValue('uid')),
      sequence: Number(v.getFirstPropertyValue('sequence')),
      status: String(v.getFirstPropertyValue('status')),
      start: String(v.getFirstPropertyValue('dtstart')),
      summary: String(v.getFirstPropertyValue('summary')),
      lastModified: String(v.getFirstPropertyValue('last-modified')),
      dtstamp: String(v.getFirstPropertyValue('dtstamp')),
      organizer: (v.getFirstPropertyValue('organizer') as string | null) ?? null,
      alarms: v.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))),
    })),
  };
}

const withStatus = (t: Timeline, id: string, status: string): Timeline =>
  ({ ...t, milestones: t.milestones.map((m) => (m.id === id ? { ...m, status } as unknown as Milestone : m)) });

describe('toICalendar — calendars that update (issue 12)', () => {
  const first = computeTimeline({ firstSickDay: '2024-01-01', asOf: '2024-03-01' });
  const corrected = computeTimeline({ firstSickDay: '2024-01-03', asOf: '2024-03-01' });

  it('export → correct day 1 → export again: same UIDs, higher SEQUENCE, newer LAST-MODIFIED, moved dates', () => {
    const a = parse(toICalendar(first, { caseId: 'c1' }));
    const b = parse(toICalendar(corrected, { caseId: 'c1', sequence: 1, lastModified: '2024-03-02T09:30:00Z' }));
    expect(b.events.map((e) => e.uid)).toEqual(a.events.map((e) => e.uid));
    for (const e of a.events) expect(e.sequence).toBe(0);
    for (const e of b.events) {
      expect(e.sequence).toBe(1);
      expect(e.lastModified).toBe('2024-03-02T09:30:00Z');
      expect(e.dtstamp).toBe('2024-03-02T09:30:00Z');
      expect(e.status).toBe('CONFIRMED');
    }
    const wia = (p: Parsed): string => p.events.find((e) => e.uid === 'c1-wia-aanvraag@poortwachter')!.start;
    expect(wia(a)).toBe('2025-10-12');
    expect(wia(b)).toBe('2025-10-14');
  });

  it('without lastModified, LAST-MODIFIED and DTSTAMP are the dtstamp date at midnight UTC (deterministic)', () => {
    const p = parse(toICalendar(first));
    for (const e of p.events) {
      expect(e.lastModified).toBe('2024-03-01T00:00:00Z');
      expect(e.dtstamp).toBe('2024-03-01T00:00:00Z');
    }
    expect(toICalendar(first, { sequence: 3 })).toBe(toICalendar(first, { sequence: 3 }));
  });

  it("a milestone with status 'lapsed' is STATUS:CANCELLED under the same UID, without reminders", () => {
    const lapsed = withStatus(first, 'spoor-2-start', 'lapsed');
    const p = parse(toICalendar(lapsed, { caseId: 'c1', sequence: 2, reminders: [{ daysBefore: 7 }] }));
    const e = p.events.find((x) => x.uid === 'c1-spoor-2-start@poortwachter')!;
    expect(e.status).toBe('CANCELLED');
    expect(e.summary).toMatch(/^Vervallen: /);
    expect(e.alarms).toEqual([]);
    expect(p.events.filter((x) => x.status === 'CANCELLED')).toHaveLength(1);
  });

  it('ids a previous export had and this timeline lacks are CANCELLED, on the date given (or day 1)', () => {
    const ics = toICalendar(first, {
      caseId: 'c1', sequence: 1, locale: 'en',
      cancelled: [{ id: 'loonsanctie-beschikking', due: '2025-11-16' }, 'einde-loonsanctie', 'wia-aanvraag', 'evaluatie-40'],
    });
    const p = parse(ics);
    const byUid = new Map(p.events.map((e) => [e.uid, e]));
    expect(byUid.get('c1-loonsanctie-beschikking@poortwachter')).toMatchObject({ status: 'CANCELLED', start: '2025-11-16', sequence: 1 });
    expect(byUid.get('c1-einde-loonsanctie@poortwachter')).toMatchObject({ status: 'CANCELLED', start: '2024-01-01' });
    expect(byUid.get('c1-evaluatie-40@poortwachter')!.summary).toMatch(/^No longer applies: Evaluation of the action plan 40/);
    // wia-aanvraag is still in the timeline: not cancelled, not duplicated.
    expect(byUid.get('c1-wia-aanvraag@poortwachter')!.status).toBe('CONFIRMED');
    expect(p.events).toHaveLength(new Set(p.events.map((e) => e.uid)).size);
    expect(p.events).toHaveLength(first.milestones.length + first.evaluations.length + 3);
  });

  it('reminders: one VALARM per daysBefore on open steps, none on steps done', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', asOf: '2024-03-01', events: { probleemanalyse: '2024-02-01' } });
    const ics = toICalendar(t, { reminders: [{ daysBefore: 7 }, { daysBefore: 0 }, { daysBefore: 7 }] });
    const p = parse(ics);
    const pa = p.events.find((e) => e.uid.includes('-probleemanalyse@'))!;
    const wia = p.events.find((e) => e.uid.includes('-wia-aanvraag@'))!;
    expect(pa.alarms).toEqual([]);
    expect(wia.alarms).toEqual(['-P7D', 'PT0S']);
    expect(ics).toContain('BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P7D\r\nDESCRIPTION:WIA-aanvraag\r\nEND:VALARM\r\n');
  });

  it('iTIP (RFC 5546): no METHOD without an organizer; METHOD:PUBLISH with ORGANIZER in every event with one', () => {
    const plain = parse(toICalendar(first));
    expect(plain.method).toBeNull();
    for (const e of plain.events) expect(e.organizer).toBeNull();
    const pub = parse(toICalendar(first, { organizer: 'mailto:hr@example.org' }));
    expect(pub.method).toBe('PUBLISH');
    for (const e of pub.events) expect(e.organizer).toBe('mailto:hr@example.org');
  });

  it('rejects invalid update options with PoortwachterError naming the field', () => {
    expect(() => toICalendar(first, { sequence: -1 })).toThrow(/options\.sequence/);
    expect(() => toICalendar(first, { sequence: 1.5 })).toThrow(/options\.sequence/);
    expect(() => toICalendar(first, { lastModified: '2024-03-02' })).toThrow(/options\.lastModified/);
    expect(() => toICalendar(first, { lastModified: '2023-02-29T10:00:00Z' })).toThrow(/options\.lastModified/);
    expect(() => toICalendar(first, { lastModified: '2024-03-02T24:00:00Z' })).toThrow(/options\.lastModified/);
    expect(() => toICalendar(first, { cancelled: ['Not An Id'] })).toThrow(/options\.cancelled\[0\]/);
    expect(() => toICalendar(first, { cancelled: [{ id: 'x', due: '2024-13-01' }] })).toThrow(/options\.cancelled\[0\]\.due/);
    expect(() => toICalendar(first, { reminders: [{ daysBefore: -1 }] })).toThrow(/options\.reminders\[0\]\.daysBefore/);
    expect(() => toICalendar(first, { organizer: 'hr@example.org' })).toThrow(PoortwachterError);
    expect(() => toICalendar(first, { organizer: 'mailto:a@b\r\nX:y' })).toThrow(/options\.organizer/);
  });
});

describe('toICalendar — the cheap timeline check (issue 11)', () => {
  const t = computeTimeline({ firstSickDay: '2024-01-01', asOf: '2026-01-15', events: { loonsanctie: '2025-12-01' } });

  it('accepts library timelines, also after JSON', () => {
    expect(isTimelineShape(t)).toBe(true);
    expect(isTimelineShape(JSON.parse(JSON.stringify(t)))).toBe(true);
  });

  it('does not trust a look-alike: each broken field fails the check, and the export still names it', () => {
    const m0 = t.milestones[0]!;
    const broken: [string, unknown, RegExp][] = [
      ['bad day 1', { ...t, firstSickDay: '2024-02-30' }, /timeline\.firstSickDay/],
      ['injected id', { ...t, milestones: [{ ...m0, id: 'x\r\nMETHOD:CANCEL' }] }, /timeline\.milestones\[0\]\.id/],
      ['url with space', { ...t, milestones: [{ ...m0, legalBasis: [{ id: 'a', url: 'http://x y' }] }] }, /timeline\.milestones\[0\]\.legalBasis\[0\]\.url/],
      ['no basis', { ...t, milestones: [{ ...m0, legalBasis: [] }] }, /timeline\.milestones\[0\]\.legalBasis/],
      ['week not an integer', { ...t, milestones: [{ ...m0, week: 1.5 }] }, /timeline\.milestones\[0\]\.week/],
      ['bad norm kind', { ...t, milestones: [{ ...m0, normKind: 'law' }] }, /timeline\.milestones\[0\]\.normKind/],
      ['label missing', { ...t, milestones: [{ ...m0, labels: { nl: 'x' } }] }, /timeline\.milestones\[0\]\.labels\.en/],
      ['bad done', { ...t, milestones: [{ ...m0, done: 'yesterday' }] }, /timeline\.milestones\[0\]\.done/],
      ['notice not localized', { ...t, notices: ['x'] }, /timeline\.notices\[0\]/],
      ['evaluation sequence 0', { ...t, evaluations: [{ ...t.evaluations[0]!, sequence: 0 }] }, /timeline\.evaluations\[0\]\.sequence/],
      ['not an object', null, /timeline/],
    ];
    for (const [name, value, message] of broken) {
      expect(isTimelineShape(value), name).toBe(false);
      expect(() => toICalendar(value as Timeline), name).toThrow(message);
    }
  });

  it('explanation.text (a lazy getter on library timelines) is read once, where used, and checked there', () => {
    const m0 = t.milestones[0]!;
    expect(() => toICalendar({ ...t, milestones: [{ ...m0, explanation: {} }] } as unknown as Timeline)).toThrow(/timeline\.milestones\[0\]\.explanation\.text/);
    expect(() => toICalendar({ ...t, milestones: [{ ...m0, explanation: null }] } as unknown as Timeline)).toThrow(/timeline\.milestones\[0\]\.explanation/);
    let reads = 0;
    const counted = { ...t, milestones: t.milestones.map((m) => ({ ...m, explanation: { get text() { reads++; return m.explanation.text; } } })) };
    toICalendar(counted as unknown as Timeline);
    expect(reads).toBe(t.milestones.length);
  });
});

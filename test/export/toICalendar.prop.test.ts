import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { computeTimeline } from '../../src/index.js';
import { toICalendar } from '../../src/export/index.js';
import { escapeIcsText, foldIcsLine, unfoldIcs, utf8Length } from '../../src/export/icsText.js';
import { fromDayNumber } from '../../src/calendar/dayNumber.js';
import { dayNumberArb, specialDateArb } from '../helpers/arbitraries.js';

const firstDayArb = fc.oneof(dayNumberArb.map(fromDayNumber), specialDateArb);

describe('toICalendar properties', () => {
  test.prop([fc.string({ unit: 'grapheme', maxLength: 300 })])('folding: every line ≤ 75 octets, continuation starts with one space, unfolding restores the line', (s) => {
    const line = `DESCRIPTION:${escapeIcsText(s)}`;
    const folded = foldIcsLine(line);
    for (const [i, l] of folded.entries()) {
      expect(utf8Length(l)).toBeLessThanOrEqual(75);
      if (i > 0) expect(l.startsWith(' ')).toBe(true);
    }
    expect(unfoldIcs(`${folded.join('\r\n')}\r\n`)).toEqual([line]);
  });

  test.prop([fc.string({ unit: fc.oneof(fc.constantFrom('\ud800', '\udc00'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 200 })])('utf8Length equals the UTF-8 byte length (lone surrogates as U+FFFD)', (s) => {
    expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'));
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 200 })])('escaping: no raw line break, control character, comma or semicolon is left, and it round-trips', (s) => {
    const e = escapeIcsText(s);
    expect(e).not.toMatch(/[\x00-\x08\x0a-\x1f\x7f]/);
    expect(e.replace(/\\[\\;,n]/g, '')).not.toMatch(/[\\;,]/);
    const back = e.replace(/\\([\\;,n])/g, (_, c: string) => (c === 'n' ? '\n' : c));
    expect(back).toBe(s.replace(/\r\n|\r/g, '\n').replace(/[\x00-\x08\x0b-\x1f\x7f]/g, ''));
  });

  test.prop([firstDayArb])('every event is all-day on its due date, with a UID from day 1 and id, and the file is well-formed', (d) => {
    const t = computeTimeline({ firstSickDay: d });
    const ics = toICalendar(t);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const l of ics.split('\r\n')) expect(utf8Length(l)).toBeLessThanOrEqual(75);
    const lines = unfoldIcs(ics);
    const starts = lines.filter((l) => l.startsWith('DTSTART;VALUE=DATE:')).map((l) => l.slice(19));
    const dues = [...t.milestones.map((m) => m.due), ...t.evaluations.map((e) => e.due)].map((x) => x.replace(/-/g, ''));
    expect(starts).toEqual(dues);
    const uids = lines.filter((l) => l.startsWith('UID:'));
    expect(new Set(uids).size).toBe(uids.length);
    for (const u of uids) expect(u.startsWith(`UID:${d.replace(/-/g, '')}-`)).toBe(true);
  }, 30_000); // 100 full exports; on a loaded shared machine this exceeded the 5 s default
});

import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import ICAL from 'ical.js';
import { computeTimeline, toICalendar } from '../../src/index.js';
import { isTimelineShape } from '../../src/export/isTimelineShape.js';
import { timelineSchema } from '../../src/export/timelineExportSchema.js';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { timelineInputArb } from '../../src/testing/index.js';
import { currentRulesDateArb } from '../helpers/arbitraries.js';

/** Values a corrupted field may take. */
const junkArb = fc.oneof(
  fc.constantFrom(null, undefined, 0, 1.5, -1, '', ' ', '2024-02-30', '2024-1-01', 'x y', 'a\r\nb', 'http://x y', [], {}, { nl: 'x' }, 'law'),
  fc.string({ maxLength: 12 }),
);

describe('export timeline check: the structural check agrees with the schema', () => {
  test.prop([timelineInputArb(), fc.nat(), fc.constantFrom('milestone', 'ref', 'evaluation', 'top'), fc.nat(), junkArb], { numRuns: 80 })(
    'a library timeline passes both; after corrupting one field, the structural check never accepts what the schema rejects',
    (input, pick, where, fieldPick, junk) => {
      const t = JSON.parse(JSON.stringify(computeTimeline(input))) as Record<string, unknown>;
      expect(isTimelineShape(t)).toBe(true);
      expect(timelineSchema.safeParse(t).success).toBe(true);
      const ms = t['milestones'] as Record<string, unknown>[];
      const evs = t['evaluations'] as Record<string, unknown>[];
      const setField = (o: Record<string, unknown>, keys: readonly string[]): void => { o[keys[fieldPick % keys.length]!] = junk; };
      if (where === 'top') setField(t, ['firstSickDay', 'asOf', 'milestones', 'notices', 'evaluations']);
      else if (where === 'milestone' && ms.length > 0) setField(ms[pick % ms.length]!, ['id', 'due', 'windowFrom', 'week', 'labels', 'legalBasis', 'normKind', 'done']);
      else if (where === 'ref' && ms.length > 0) setField((ms[pick % ms.length]!['legalBasis'] as Record<string, unknown>[])[0]!, ['id', 'url']);
      else if (where === 'evaluation' && evs.length > 0) setField(evs[pick % evs.length]!, ['sequence', 'due', 'done', 'legalBasis', 'explanation']);
      if (isTimelineShape(t)) expect(timelineSchema.safeParse(t).success).toBe(true);
    },
    30_000,
  );
});

describe('toICalendar: the update cycle, for any day 1 and correction', () => {
  test.prop([currentRulesDateArb, fc.integer({ min: -20, max: 20 }), fc.integer({ min: 0, max: 1000 })], { numRuns: 25 })(
    'export → correct day 1 → export again with caseId: same UIDs, higher SEQUENCE, both parse with ical.js',
    (day1, shift, seq) => {
      const corrected = fromDayNumber(toDayNumber(day1) + shift);
      const parse = (ics: string): { uid: string; seq: number }[] => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')
        .map((v) => ({ uid: String(v.getFirstPropertyValue('uid')), seq: Number(v.getFirstPropertyValue('sequence')) }));
      const a = parse(toICalendar(computeTimeline({ firstSickDay: day1 }), { caseId: 'case-1', sequence: seq }));
      const b = parse(toICalendar(computeTimeline({ firstSickDay: corrected }), { caseId: 'case-1', sequence: seq + 1 }));
      expect(b.map((e) => e.uid).sort()).toEqual(a.map((e) => e.uid).sort());
      for (const e of b) expect(e.seq).toBe(seq + 1);
    },
  );
});

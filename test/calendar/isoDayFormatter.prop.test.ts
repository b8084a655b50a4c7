import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { IsoDayFormatter, fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';

const MIN = toDayNumber('1900-01-01');
const MAX = toDayNumber('2999-12-31');

describe('IsoDayFormatter (issue 11: the per-call conversion of computeTimeline)', () => {
  test.prop([fc.integer({ min: MIN, max: MAX }), fc.array(fc.integer({ min: -800, max: 2200 }), { minLength: 1, maxLength: 40 })])(
    'format(day) === fromDayNumber(day), inside and outside its four years, in any order',
    (anchor, offsets) => {
      const fmt = new IsoDayFormatter(anchor);
      for (const o of offsets) expect(fmt.format(anchor + o)).toBe(fromDayNumber(anchor + o));
    },
  );
  test('year ends, leap days and century years', () => {
    for (const anchor of ['1900-01-01', '1999-12-31', '2000-02-28', '2023-12-31', '2024-01-01', '2100-02-28', '2999-12-31']) {
      const a = toDayNumber(anchor);
      const fmt = new IsoDayFormatter(a);
      for (let d = a - 400; d <= a + 1900; d++) expect(fmt.format(d)).toBe(fromDayNumber(d));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { addDays, computeTimeline, determineFirstSickDay, lastDayOfSicknessWeek, isPoortwachterError, combineSickPeriods } from '../../src/index.js';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { isValidIsoDate } from '../../src/calendar/isValidIsoDate.js';

/** Calls `f`; the outcome is a valid date string (or object with only valid dates) or a PoortwachterError — never a date outside 1900–2999. */
function outcome(f: () => unknown): 'ok' | 'rejected' {
  try {
    const r = f();
    const dates = JSON.stringify(r).match(/(?<![\w-])\d{4,}-\d{2}-\d{2}/g) ?? [];
    for (const d of dates) expect(isValidIsoDate(d), d).toBe(true);
    return 'ok';
  } catch (e) {
    expect(isPoortwachterError(e), String(e)).toBe(true);
    return 'rejected';
  }
}

describe('arithmetic never returns a date outside 1900–2999', () => {
  it('addDays past 2999-12-31 or before 1900-01-01 is rejected, not a garbage string', () => {
    expect(() => addDays('2999-12-31', 1)).toThrow(/2999-12-31/);
    expect(() => addDays('1900-01-01', -1)).toThrow(/1900-01-01/);
    expect(() => addDays('2000-01-01', 1e15)).toThrow(/days/);
    expect(addDays('2999-12-30', 1)).toBe('2999-12-31');
    expect(addDays('1900-01-02', -1)).toBe('1900-01-01');
  });
  it('lastDayOfSicknessWeek beyond 2999 is rejected', () => {
    expect(outcome(() => lastDayOfSicknessWeek({ firstSickDay: '2999-06-01' }, 260))).toBe('rejected');
    expect(lastDayOfSicknessWeek({ firstSickDay: '2999-06-01' }, 1)).toBe('2999-06-07');
  });
  it('computeTimeline with a day 1 whose deadlines run past 2999 is rejected as out of scope', () => {
    expect(outcome(() => computeTimeline({ firstSickDay: '2999-06-01' }))).toBe('rejected');
    try { computeTimeline({ firstSickDay: '2999-06-01' }); } catch (e) {
      expect(isPoortwachterError(e) && e.issues[0]).toMatchObject({ path: ['firstSickDay'], code: 'out_of_scope' });
    }
    expect(outcome(() => computeTimeline({ firstSickDay: '2997-06-01' }))).toBe('ok');
  });
  it('determineFirstSickDay and the work-pattern move do not step past 2999-12-31', () => {
    expect(outcome(() => determineFirstSickDay({ reportDate: '2999-12-31', workedOnReportDate: 'full' }))).toBe('rejected');
    expect(outcome(() => combineSickPeriods([{ from: '2999-12-31' }], { workPattern: [7] }))).toBe('rejected');
  });
  test.prop([fc.integer({ min: toDayNumber('2990-01-01'), max: toDayNumber('2999-12-31') }), fc.integer({ min: 1, max: 260 })], { numRuns: 50 })(
    'near 2999 every public function either answers with valid dates or throws PoortwachterError',
    (dn, week) => {
      const d = fromDayNumber(dn);
      outcome(() => addDays(d, week * 7));
      outcome(() => lastDayOfSicknessWeek({ firstSickDay: d }, week));
      outcome(() => computeTimeline({ firstSickDay: d, events: { loonsanctie: { decisionDate: d } } } as never));
      outcome(() => computeTimeline({ firstSickDay: d }, { ziekmeldingConvention: 'uwv-first-working-day', includeOpzegverbod: true }));
    },
  );
});

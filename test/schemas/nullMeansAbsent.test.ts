import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { checkPassendWerk, computeLoonsanctie, computeTimeline, combineSickPeriods, determineFirstSickDay } from '../../src/index.js';
import { PoortwachterError } from '../../src/errors/index.js';
import { stripNulls } from '../../src/input/stripNulls.js';
import { fromDayNumber } from '../../src/calendar/dayNumber.js';
import { dayNumberArb } from '../helpers/arbitraries.js';

/** Issue 12 / api-contract "One vocabulary": `null` in an input means the same as leaving the field out. */

/** The result, or the error's issues: what a caller can observe. */
function outcome(f: () => unknown): unknown {
  try {
    return { ok: f() };
  } catch (e) {
    if (e instanceof PoortwachterError) return { issues: e.issues };
    throw e;
  }
}

/** Deep-freezes a value (frozen inputs must work). */
function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object') {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}

/**
 * Sets the given optional fields to `null` where they are absent, at the top level and in the
 * objects of `nested` lists/objects (by key). Returns a new value.
 */
function nullify(input: Record<string, unknown>, optional: readonly string[], pick: readonly boolean[], nested: Record<string, readonly string[]> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = { ...input };
  optional.forEach((k, i) => { if (!(k in out) && pick[i % pick.length]) out[k] = null; });
  for (const [k, keys] of Object.entries(nested)) {
    const v = out[k];
    const fill = (o: unknown): unknown => (o !== null && typeof o === 'object' ? Object.fromEntries([...keys.map((x) => [x, null] as const), ...Object.entries(o)]) : o);
    if (Array.isArray(v)) out[k] = v.map(fill);
    else if (v !== undefined && v !== null) out[k] = fill(v);
  }
  return out;
}

const date = dayNumberArb.map(fromDayNumber);
const picks = fc.array(fc.boolean(), { minLength: 1, maxLength: 8 });

describe('null means absent (one parse boundary: stripNulls in parseInput)', () => {
  test.prop([
    fc.oneof(
      fc.record({ firstSickDay: date }),
      fc.record({ sickPeriods: fc.tuple(dayNumberArb, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 60 }), fc.boolean())
        .map(([s, len, gap, open]) => [{ from: fromDayNumber(s), to: fromDayNumber(s + len) }, open ? { from: fromDayNumber(s + len + gap) } : { from: fromDayNumber(s + len + gap), to: fromDayNumber(s + len + gap + 10) }]) }),
    ),
    fc.record({ asOf: date, aowDate: date, events: fc.record({ probleemanalyse: date }), workPattern: fc.constant([1, 2, 3, 4, 5]) }, { requiredKeys: [] }),
    picks,
  ])('computeTimeline: an optional field set to null gives the same result (or the same issues) as leaving it out', (sickness, rest, pick) => {
    const input = { ...sickness, ...rest } as Record<string, unknown>;
    const withNulls = deepFreeze(nullify(input, ['firstSickDay', 'sickPeriods', 'asOf', 'aowDate', 'events', 'workPattern', 'wazoLeave'], pick, { sickPeriods: ['to', 'cause', 'pregnancyRelated'] }));
    expect(outcome(() => computeTimeline(withNulls as never, { locale: 'en', dueSoonDays: null } as never))).toEqual(outcome(() => computeTimeline(input as never, { locale: 'en' })));
  });

  test.prop([
    dayNumberArb, fc.integer({ min: 0, max: 400 }),
    fc.record({ hoursPerWeek: fc.integer({ min: 1, max: 40 }), wage: fc.integer({ min: 100, max: 5000 }), structural: fc.boolean() }, { requiredKeys: [] }),
    fc.record({ maxHoursPerWeek: fc.integer({ min: 1, max: 40 }), previousWage: fc.integer({ min: 100, max: 5000 }) }, { requiredKeys: [] }),
    fc.option(fc.boolean(), { nil: undefined }),
    picks,
  ])('checkPassendWerk: the same with null for absent optional facts, at the top and inside offer/employee', (d1, after, offer, employee, achievable, pick) => {
    const input: Record<string, unknown> = { firstSickDay: fromDayNumber(d1), offerDate: fromDayNumber(d1 + after), offer, employee, ...(achievable === undefined ? {} : { matchingWorkAchievable: achievable }) };
    const withNulls = deepFreeze(nullify(input, ['matchingWorkAchievable', 'workPattern', 'wazoLeave', 'sickPeriods', 'options'], pick, {
      offer: ['hoursPerWeek', 'wage', 'structural', 'educationLevel', 'shift'], employee: ['maxHoursPerWeek', 'previousWage', 'educationLevel'],
    }));
    expect(outcome(() => checkPassendWerk(withNulls as never))).toEqual(outcome(() => checkPassendWerk(input as never)));
  });

  test.prop([dayNumberArb, fc.integer({ min: 500, max: 800 }), fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }), picks])(
    'computeLoonsanctie: the same with null for absent optional fields', (d1, decisionAfter, asOfAfter, pick) => {
      const input: Record<string, unknown> = { firstSickDay: fromDayNumber(d1), decisionDate: fromDayNumber(d1 + decisionAfter), ...(asOfAfter === undefined ? {} : { asOf: fromDayNumber(d1 + asOfAfter) }) };
      const withNulls = deepFreeze(nullify(input, ['asOf', 'referenceLastDay', 'bekorting', 'sickPeriods', 'wazoLeave', 'causeExceptionScope'], pick));
      expect(outcome(() => computeLoonsanctie(withNulls as never))).toEqual(outcome(() => computeLoonsanctie(input as never)));
    });

  it('never mutates the caller\'s input, and works on frozen input', () => {
    const input = deepFreeze({ sickPeriods: [{ from: '2024-01-01', to: '2024-01-20', cause: null }, { from: '2024-02-01', to: null }], asOf: null, events: null });
    const copy = JSON.parse(JSON.stringify(input)) as unknown;
    expect(computeTimeline(input as never)).toEqual(computeTimeline({ sickPeriods: [{ from: '2024-01-01', to: '2024-01-20' }, { from: '2024-02-01' }] }));
    expect(input).toEqual(copy);
  });

  it('null inside a list stays an error, at its index', () => {
    expect(() => computeTimeline({ sickPeriods: [null] } as never)).toThrow(/sickPeriods\[0\]/);
    expect(() => combineSickPeriods([{ from: '2024-01-01' }, null] as never)).toThrow(/periods\[1\]/);
  });

  it('null for a required field is "missing", and null as the whole input is still an error', () => {
    expect(() => determineFirstSickDay({ reportDate: null } as never)).toThrow(/reportDate.*required/);
    expect(() => computeTimeline(null as never)).toThrow(PoortwachterError);
  });

  it('stripNulls: returns the same object when there is no null, copies only what it changes', () => {
    const clean = { a: 1, b: [{ c: 2 }], d: { e: 'x' } };
    expect(stripNulls(clean)).toBe(clean);
    const mixed = { a: null, b: [{ c: null, k: 1 }, null], d: { e: 'x' } };
    const out = stripNulls(mixed) as typeof mixed;
    expect(out).toEqual({ b: [{ k: 1 }, null], d: { e: 'x' } });
    expect(out.d).toBe(mixed.d);
    expect(mixed.a).toBeNull();
    const date = new Date(0);
    expect(stripNulls({ when: date }) as { when: Date }).toEqual({ when: date });
  });
});

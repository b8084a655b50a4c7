import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { fastParseTimelineInput, fastParseTimelineOptions, isValidIsoDateFast } from '../../src/timeline/fastParse.js';
import { isValidIsoDate } from '../../src/calendar/isValidIsoDate.js';
import { timelineInputSchema, timelineOptionsSchema } from '../../src/timeline/timelineSchema.js';
import { computeTimeline } from '../../src/timeline/computeTimeline.js';
import { PoortwachterError } from '../../src/errors/PoortwachterError.js';
import { isoDateArb } from '../helpers/arbitraries.js';

// Valid dates, and strings that look like dates but are not (the fast path must refuse them all).
const dateLike = fc.oneof(
  { weight: 6, arbitrary: isoDateArb },
  fc.constantFrom('2023-02-29', '2024-13-01', '1899-12-31', '3000-01-01', '2024-1-01', '2024-01-01T00:00:00Z', '', ' 2024-01-01'),
  fc.constantFrom(undefined, null, 20240101, new Date(0)),
);
const eventKey = fc.constantFrom('probleemanalyse', 'plan-van-aanpak', 'planVanAanpak', 'ziekmelding-uwv', 'eerstejaarsevaluatie', 'wia-brief-uwv', 'wiaAanvraag', 'loonsanctie', 'evaluatie', 'unknown');
const noisyInputArb = fc.record({
  firstSickDay: dateLike,
  sickPeriods: fc.oneof(
    fc.array(fc.record({ from: dateLike, to: dateLike, cause: fc.constant('x') }, { requiredKeys: ['from'] }), { maxLength: 4 }),
    fc.constant('2024-01-01'),
  ),
  asOf: dateLike,
  aowDate: dateLike,
  events: fc.oneof(
    fc.dictionary(eventKey, dateLike, { maxKeys: 4 }),
    fc.record({ evaluaties: fc.array(dateLike, { maxLength: 4 }) }),
    fc.constant([{ id: 'probleemanalyse', date: '2024-02-01' }]),
  ),
  workPattern: fc.constant([1, 2, 3, 4, 5]),
  extra: fc.constant(1),
}, { requiredKeys: [] });
const noisyOptionsArb = fc.record({
  locale: fc.constantFrom('nl', 'en', 'de', undefined),
  dueSoonDays: fc.oneof(fc.integer({ min: -2, max: 400 }), fc.constantFrom(1.5, Number.NaN, '7')),
  ziekmeldingConvention: fc.constantFrom('statutory', 'uwv-first-working-day', 'x'),
  probleemanalyseConvention: fc.constantFrom('end-of-week-6', 'six-weeks-after', 'x'),
  causeExceptionScope: fc.constantFrom('wazo-only', 'all', 'x'),
  includeOpzegverbod: fc.constantFrom(true, false, 'yes'),
  other: fc.constant(true),
}, { requiredKeys: [] });

// The shapes the fast path is for, so that it is exercised as often as it is refused.
const validInputArb = fc.record({
  firstSickDay: isoDateArb,
  sickPeriods: fc.array(fc.record({ from: isoDateArb, to: isoDateArb }, { requiredKeys: ['from'] }), { minLength: 1, maxLength: 4 }),
  asOf: isoDateArb,
  aowDate: isoDateArb,
  events: fc.record({
    probleemanalyse: isoDateArb, 'plan-van-aanpak': isoDateArb, planVanAanpak: isoDateArb, eerstejaarsevaluatie: isoDateArb,
    'ziekmelding-uwv': isoDateArb, wiaAanvraag: isoDateArb, evaluaties: fc.array(isoDateArb, { maxLength: 5 }),
  }, { requiredKeys: [] }),
}, { requiredKeys: [] });
const validOptionsArb = fc.record({
  locale: fc.constantFrom('nl', 'en'),
  dueSoonDays: fc.integer({ min: 0, max: 365 }),
  ziekmeldingConvention: fc.constantFrom('statutory', 'uwv-first-working-day'),
  probleemanalyseConvention: fc.constantFrom('end-of-week-6', 'six-weeks-after'),
  causeExceptionScope: fc.constantFrom('wazo-only', 'all'),
  includeOpzegverbod: fc.boolean(),
}, { requiredKeys: [] });
const inputArb = fc.oneof(validInputArb, noisyInputArb);
const optionsArb = fc.oneof(validOptionsArb, noisyOptionsArb);

describe('fastParse: the hand-written path in front of zod (issue 11)', () => {
  test.prop([inputArb])('accepts only what zod accepts, and returns exactly what zod returns', (input) => {
    const fast = fastParseTimelineInput(input);
    if (fast === undefined) return; // zod decides
    const zod = timelineInputSchema.safeParse(input);
    expect(zod.success).toBe(true);
    expect(fast).toStrictEqual(zod.data);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
    expect(Object.keys(fast.events ?? {})).toEqual(Object.keys(zod.data?.events ?? {}));
  });
  test.prop([optionsArb])('options: accepts only what zod accepts, and returns exactly what zod returns', (options) => {
    const fast = fastParseTimelineOptions(options);
    if (fast === undefined) return;
    const zod = timelineOptionsSchema.safeParse(options);
    expect(zod.success).toBe(true);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
    expect(fast).toStrictEqual(zod.data);
  });
  test.prop([inputArb, optionsArb])('computeTimeline gives the same result or the same error as with zod alone', (input, options) => {
    const run = (): string => {
      try {
        return JSON.stringify(computeTimeline(input as never, options as never));
      } catch (e) {
        if (!(e instanceof PoortwachterError)) throw e;
        return `error ${e.message} ${JSON.stringify(e.issues)}`;
      }
    };
    const withFast = run();
    const zodIn = timelineInputSchema.safeParse(input);
    const zodOpts = timelineOptionsSchema.safeParse(options);
    if (zodIn.success && zodOpts.success) {
      // The zod-parsed objects are never plain shapes the fast path refuses, so compare the outcome.
      expect(withFast.startsWith('error') ? withFast : JSON.parse(withFast)).toEqual(
        (() => { try { return JSON.parse(JSON.stringify(computeTimeline(zodIn.data as never, zodOpts.data as never))); } catch (e) { return `error ${(e as Error).message} ${JSON.stringify((e as PoortwachterError).issues)}`; } })(),
      );
    } else {
      expect(withFast.startsWith('error')).toBe(true);
      expect(fastParseTimelineInput(input) === undefined || fastParseTimelineOptions(options) === undefined).toBe(true);
    }
  });
  test('the common shapes take the fast path', () => {
    expect(fastParseTimelineInput({ firstSickDay: '2024-01-01' })).toEqual({ firstSickDay: '2024-01-01' });
    expect(fastParseTimelineInput({ sickPeriods: [{ to: '2024-01-20', from: '2024-01-01' }, { from: '2024-02-05' }], asOf: '2024-03-01' }))
      .toStrictEqual({ sickPeriods: [{ from: '2024-01-01', to: '2024-01-20' }, { from: '2024-02-05' }], asOf: '2024-03-01' });
    expect(fastParseTimelineInput({ firstSickDay: '2024-01-01', events: { evaluaties: ['2024-03-20'], probleemanalyse: '2024-02-01' } }))
      .toStrictEqual({ firstSickDay: '2024-01-01', events: { probleemanalyse: '2024-02-01', evaluaties: ['2024-03-20'] } });
    expect(fastParseTimelineOptions({})).toEqual({});
    expect(fastParseTimelineOptions({ locale: 'en', dueSoonDays: 7 })).toEqual({ locale: 'en', dueSoonDays: 7 });
  });
  test('anything unusual goes to zod', () => {
    expect(fastParseTimelineInput({ firstSickDay: '2024-01-01', workPattern: [1, 2, 3, 4, 5] })).toBeUndefined();
    expect(fastParseTimelineInput({ firstSickDay: '2024-01-01', asOf: undefined })).toBeUndefined();
    expect(fastParseTimelineInput({ firstSickDay: '2023-02-29' })).toBeUndefined();
    expect(fastParseTimelineInput({ firstSickDay: '2024-01-01', events: { loonsanctie: '2026-01-01' } })).toBeUndefined();
    expect(fastParseTimelineInput(null)).toBeUndefined();
    expect(fastParseTimelineOptions({ locale: 'de' })).toBeUndefined();
    expect(fastParseTimelineOptions({ foo: 1 })).toBeUndefined();
  });
});

describe('isValidIsoDateFast', () => {
  const digit = fc.constantFrom(...'0123456789/:-a '.split(''));
  const dateish = fc.array(digit, { minLength: 10, maxLength: 10 }).map((cs) => cs.join(''));
  const near = fc.tuple(fc.integer({ min: 1890, max: 3010 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  test.prop([fc.oneof(dateish, near, isoDateArb, fc.string(), fc.anything())])('gives isValidIsoDate\'s answer for every value', (v) => {
    expect(isValidIsoDateFast(v)).toBe(isValidIsoDate(v));
  });
});

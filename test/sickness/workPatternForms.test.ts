import { describe, expect, it } from 'vitest';
import { computeTimeline, determineFirstSickDay, PoortwachterError } from '../../src/index.js';

describe('work pattern: accepted forms', () => {
  // 2025-03-16 is a Sunday; with Monday–Friday, day 1 is Monday 2025-03-17.
  it.each([
    ['ISO numbers', [1, 2, 3, 4, 5]],
    ['English names', ['monday', 'tuesday', 'wednesday', 'thursday', 'friday']],
    ['Dutch short names', ['ma', 'di', 'wo', 'do', 'vr']],
    ['an object of days', { monday: true, tuesday: true, wednesday: true, thursday: true, friday: true, saturday: false, sunday: false }],
  ])('%s', (_name, workPattern) => {
    expect(computeTimeline({ firstSickDay: '2025-03-16', workPattern: workPattern as never }).firstSickDay).toBe('2025-03-17');
  });
  it('0 is Sunday (as JavaScript getDay counts)', () => {
    expect(determineFirstSickDay({ reportDate: '2025-03-16', workPattern: [0, 6] as never }).firstSickDay).toBe('2025-03-16');
  });
  it('unknown day names and values are rejected with the field named', () => {
    expect(() => computeTimeline({ firstSickDay: '2025-03-16', workPattern: ['funday'] as never })).toThrow(PoortwachterError);
    expect(() => computeTimeline({ firstSickDay: '2025-03-16', workPattern: ['funday'] as never })).toThrow('workPattern[0]: not a weekday: "funday"');
    expect(() => computeTimeline({ firstSickDay: '2025-03-16', workPattern: [8] as never })).toThrow(/workPattern/);
    expect(() => computeTimeline({ firstSickDay: '2025-03-16', workPattern: { monday: 'yes' } as never })).toThrow(/workPattern/);
  });
});

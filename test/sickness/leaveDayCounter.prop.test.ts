import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { leaveDayCounter } from '../../src/sickness/sickClock.js';

/** Sorted, disjoint leave intervals from gaps and lengths. */
const leaveArb = fc.array(fc.record({ gap: fc.integer({ min: 0, max: 40 }), len: fc.integer({ min: 1, max: 120 }) }), { maxLength: 8 })
  .map((parts) => {
    let at = 0;
    return parts.map(({ gap, len }) => {
      const start = at + gap + 1;
      at = start + len - 1;
      return { start, end: at };
    });
  });

/** Queries `[from, to]` with non-decreasing `from`, as the samentelling makes them. */
const queriesArb = fc.array(fc.record({ step: fc.integer({ min: 0, max: 60 }), len: fc.integer({ min: 0, max: 200 }) }), { maxLength: 12 });

const naive = (leave: readonly { start: number; end: number }[], from: number, to: number): number =>
  leave.reduce((n, l) => n + Math.max(0, Math.min(l.end, to) - Math.max(l.start, from) + 1), 0);

test.prop([leaveArb, queriesArb])('the linear leave-day counter counts what a scan of all leave counts', (leave, queries) => {
  const count = leaveDayCounter(leave);
  let from = 0;
  for (const { step, len } of queries) {
    from += step;
    expect(count(from, from + len)).toBe(naive(leave, from, from + len));
  }
});

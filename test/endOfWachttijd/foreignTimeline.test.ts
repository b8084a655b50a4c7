import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { applyEndOfWachttijdEvents, computeTimeline, PoortwachterError } from '../../src/index.js';
import { timelineInputArb } from '../../src/testing/index.js';

/**
 * Issue 14: applyEndOfWachttijdEvents on a timeline it did not make (hand-made, deserialised,
 * corrupted) gives a PoortwachterError naming the timeline field — never a TypeError.
 */

const base = (): Record<string, unknown> => JSON.parse(JSON.stringify(computeTimeline({ firstSickDay: '2024-01-01', asOf: '2025-12-01' }))) as Record<string, unknown>;
const EVENTS = { loonsanctie: { decisionDate: '2025-11-16' } };

function pathOf(timeline: unknown): string {
  try {
    applyEndOfWachttijdEvents(timeline as never, EVENTS);
  } catch (e) {
    if (!(e instanceof PoortwachterError)) throw e;
    return e.issues[0]!.path.join('.');
  }
  return 'no error';
}

describe('applyEndOfWachttijdEvents: the timeline is checked at entry', () => {
  it('a deserialised library timeline is accepted and gives the same result', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', asOf: '2025-12-01' });
    expect(JSON.parse(JSON.stringify(applyEndOfWachttijdEvents(base() as never, EVENTS)))).toEqual(JSON.parse(JSON.stringify(applyEndOfWachttijdEvents(t, EVENTS))));
  });

  it('a structured clone (explanation texts, built lazily, are dropped) is accepted: only the fields it reads are checked', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', asOf: '2025-12-01' });
    const r = applyEndOfWachttijdEvents(structuredClone(t), EVENTS);
    expect(r.milestones.map((m) => [m.id, m.due])).toEqual(applyEndOfWachttijdEvents(t, EVENTS).milestones.map((m) => [m.id, m.due]));
  });

  it.each([
    ['not an object', () => 'x', 'timeline'],
    ['no milestones', () => ({ ...base(), milestones: undefined }), 'timeline.milestones'],
    ['a milestone without due', (t: Record<string, unknown>) => { delete (t['milestones'] as Record<string, unknown>[])[0]!['due']; return t; }, 'timeline.milestones.0.due'],
    ['an unknown milestone id', (t: Record<string, unknown>) => { (t['milestones'] as Record<string, unknown>[])[0]!['id'] = 'no-such-step'; return t; }, 'timeline.milestones.0.id'],
    ['no samentelling', (t: Record<string, unknown>) => ({ ...t, samentelling: null }), 'timeline.samentelling'],
    ['a period that is not one', (t: Record<string, unknown>) => ({ ...t, samentelling: { periods: [{ from: '2024-02-30' }] } }), 'timeline.samentelling.periods.0.from'],
    ['no conventions', (t: Record<string, unknown>) => ({ ...t, conventions: {} }), 'timeline.conventions.causeExceptionScope'],
    ['wachttijdLastDay a number', (t: Record<string, unknown>) => ({ ...t, wachttijdLastDay: 5 }), 'timeline.wachttijdLastDay'],
    ['notices not a list', (t: Record<string, unknown>) => ({ ...t, notices: 'x' }), 'timeline.notices'],
    ['aow without a date', (t: Record<string, unknown>) => ({ ...t, aow: {} }), 'timeline.aow.aowDate'],
    ['wachttijdEnded with a bad date', (t: Record<string, unknown>) => ({ ...t, wachttijdEnded: { reason: 'recovered', endedOn: '2024-13-01' } }), 'timeline.wachttijdEnded.endedOn'],
    ['100 000 milestones', (t: Record<string, unknown>) => ({ ...t, milestones: Array.from({ length: 100_000 }, () => ({})) }), 'timeline.milestones'],
  ] as const)('%s → PoortwachterError at the field', (_, corrupt, path) => {
    expect(pathOf((corrupt as (t: Record<string, unknown>) => unknown)(base()))).toBe(path);
  });

  const junkArb = fc.oneof(fc.constantFrom(null, undefined, 0, 1.5, '', '2024-02-30', [], {}, { nl: 'x' }, 'x', [{}]), fc.string({ maxLength: 8 }));
  test.prop([timelineInputArb(), fc.constantFrom('top', 'milestone', 'samentelling', 'conventions'), fc.nat(), fc.nat(), junkArb], { numRuns: 60, seed: 142026 })(
    'one corrupted field: a result or a PoortwachterError, never another error',
    (input, where, pick, fieldPick, junk) => {
      const t = JSON.parse(JSON.stringify(computeTimeline(input))) as Record<string, unknown>;
      const set = (o: Record<string, unknown>, keys: readonly string[]): void => { o[keys[fieldPick % keys.length]!] = junk; };
      const ms = t['milestones'] as Record<string, unknown>[];
      if (where === 'top') set(t, ['firstSickDay', 'asOf', 'milestones', 'notices', 'samentelling', 'conventions', 'wachttijdLastDay', 'aow', 'wachttijdEnded']);
      else if (where === 'milestone' && ms.length > 0) set(ms[pick % ms.length]!, ['id', 'due', 'done', 'windowFrom', 'labels', 'legalBasis', 'explanation', 'week']);
      else if (where === 'samentelling') set(t['samentelling'] as Record<string, unknown>, ['periods']);
      else set(t['conventions'] as Record<string, unknown>, ['causeExceptionScope']);
      try {
        applyEndOfWachttijdEvents(t as never, EVENTS);
      } catch (e) {
        expect(e).toBeInstanceOf(PoortwachterError);
      }
    },
    60_000,
  );
});

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { computeTimeline, safeComputeTimeline } from '../../src/index.js';
import { isoDateArb } from '../helpers/arbitraries.js';

// site/case-url.js is plain browser JavaScript (no types); loaded by URL so tsc does not resolve it.
interface PlaygroundCase {
  mode: 'firstSickDay' | 'sickPeriods';
  firstSickDay: string;
  sickPeriods: { from: string; to: string }[];
  asOf: string;
  locale: 'nl' | 'en';
  events: Record<string, string>;
  evaluaties: string;
}
interface CaseUrl {
  EVENT_IDS: string[];
  caseFromQuery(search: string): PlaygroundCase;
  queryFromCase(c: PlaygroundCase): string;
  timelineInputFromCase(c: PlaygroundCase): Parameters<typeof computeTimeline>[0] | null;
  fieldKey(path: readonly (string | number)[]): string;
}
const url = pathToFileURL(resolve(import.meta.dirname, '../../site/case-url.js')).href;
const { EVENT_IDS, caseFromQuery, queryFromCase, timelineInputFromCase, fieldKey } = (await import(url)) as CaseUrl;

describe('the playground URL (site/case-url.js)', () => {
  it('reads the documented parameters', () => {
    const c = caseFromQuery('?firstSickDay=2024-01-01&asOf=2024-03-01&locale=en&events.probleemanalyse=2024-02-05&events.evaluaties=2024-03-15,2024-04-26');
    expect(timelineInputFromCase(c)).toEqual({
      firstSickDay: '2024-01-01',
      asOf: '2024-03-01',
      events: { probleemanalyse: '2024-02-05', evaluaties: ['2024-03-15', '2024-04-26'] },
    });
    expect(c.locale).toBe('en');
  });

  it('reads repeated period parameters, an open end included', () => {
    const c = caseFromQuery('?period=2025-01-06..2025-01-23&period=2025-02-10..');
    expect(c.mode).toBe('sickPeriods');
    expect(timelineInputFromCase(c)).toEqual({ sickPeriods: [{ from: '2025-01-06', to: '2025-01-23' }, { from: '2025-02-10' }] });
  });

  it('has no case without day 1 or a period, and ignores unknown locales', () => {
    const c = caseFromQuery('?asOf=2024-03-01&locale=fr');
    expect(timelineInputFromCase(c)).toBeNull();
    expect(c.locale).toBe('nl');
  });

  it('names form fields the way issue paths are written', () => {
    expect(fieldKey(['sickPeriods', 1, 'to'])).toBe('sickPeriods[1].to');
    expect(fieldKey(['events', 'plan-van-aanpak'])).toBe('events.plan-van-aanpak');
  });

  it('passes invalid values on to the library, which names the field', () => {
    const r = safeComputeTimeline(timelineInputFromCase(caseFromQuery('?firstSickDay=2024-02-30'))!);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]?.path).toEqual(['firstSickDay']);
  });

  const caseArb = fc.record({
    firstSickDay: isoDateArb,
    asOf: fc.option(isoDateArb, { nil: undefined }),
    locale: fc.constantFrom('nl' as const, 'en' as const),
    events: fc.dictionary(fc.constantFrom(...EVENT_IDS), isoDateArb, { maxKeys: 4 }),
  });

  test.prop([caseArb])('a case survives the round trip through its URL, and the page computes the same timeline', ({ firstSickDay, asOf, locale, events }) => {
    const c: PlaygroundCase = { mode: 'firstSickDay', firstSickDay, sickPeriods: [], asOf: asOf ?? '', locale, events, evaluaties: '' };
    const back = caseFromQuery(queryFromCase(c));
    expect(back).toEqual({ ...c, events: Object.fromEntries(EVENT_IDS.filter((id) => events[id]).map((id) => [id, events[id]!])) });
    const input = timelineInputFromCase(back)!;
    expect(input.firstSickDay).toBe(firstSickDay);
    expect(input.asOf).toBe(asOf);
    expect(input.events).toEqual(Object.keys(events).length > 0 ? events : undefined);
  });

  test.prop([fc.array(fc.tuple(isoDateArb, fc.option(isoDateArb, { nil: '' })), { minLength: 1, maxLength: 4 })])('sick periods survive the round trip in order', (periods) => {
    const c: PlaygroundCase = { mode: 'sickPeriods', firstSickDay: '', sickPeriods: periods.map(([from, to]) => ({ from, to })), asOf: '', locale: 'nl', events: {}, evaluaties: '' };
    expect(caseFromQuery(queryFromCase(c)).sickPeriods).toEqual(c.sickPeriods);
  });
});

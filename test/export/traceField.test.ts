import { describe, expect, it } from 'vitest';
import { computeTimeline } from '../../src/index.js';
import { renderTimelineSvg, toICalendar } from '../../src/export/index.js';
import { isTimelineShape } from '../../src/export/isTimelineShape.js';
import { checkExportTimeline } from '../../src/export/timelineExportSchema.js';
import { exportTimelineSchema } from '../../src/schemas/index.js';
import type { Timeline } from '../../src/timeline/types.js';

// Timelines are gaining a `trace` (issue 10): a lazy getter with toJSON on a library timeline, a
// plain array in a deserialised one. The exports read only the fields they use and ignore it.
const base = computeTimeline({ firstSickDay: '2024-01-01', asOf: '2024-06-01', events: { probleemanalyse: '2024-02-01' } });
const step = { rule: 'timeline.milestone.probleemanalyse', refs: ['RPE_2_2'], outcome: 'computed', inputs: { firstSickDay: '2024-01-01' }, outputs: { due: '2024-02-11' }, missingFacts: [], message: 'milestone.probleemanalyse', params: {} };

/** The library timeline with a lazy `trace` getter that counts its reads. */
function withLazyTrace(t: Timeline): { timeline: Timeline; reads: () => number } {
  let reads = 0;
  const timeline = Object.create(Object.getPrototypeOf(t), Object.getOwnPropertyDescriptors(t)) as Timeline;
  Object.defineProperty(timeline, 'trace', { enumerable: true, get: () => { reads++; return [step]; } });
  return { timeline, reads: () => reads };
}

describe('a timeline with a trace field', () => {
  it('with trace: [] gives the same calendar and picture, and passes the cheap check', () => {
    const t = { ...base, trace: [] } as Timeline;
    expect(isTimelineShape(t)).toBe(true);
    expect(toICalendar(t, { locale: 'en', caseId: 'c1' })).toBe(toICalendar(base, { locale: 'en', caseId: 'c1' }));
    expect(renderTimelineSvg(t, { locale: 'en' })).toBe(renderTimelineSvg(base, { locale: 'en' }));
  });

  it('a library timeline with a lazy trace is recognised without reading the trace or re-validating', () => {
    const { timeline, reads } = withLazyTrace(base);
    expect(isTimelineShape(timeline)).toBe(true);
    expect(() => checkExportTimeline(timeline, 'toICalendar')).not.toThrow();
    expect(toICalendar(timeline)).toBe(toICalendar(base));
    expect(renderTimelineSvg(timeline)).toBe(renderTimelineSvg(base));
    expect(reads()).toBe(0);
  });

  it('the export schema accepts a deserialised timeline with trace steps and leaves the trace out', () => {
    const json = JSON.parse(JSON.stringify({ ...base, trace: [step] })) as Record<string, unknown>;
    const parsed = exportTimelineSchema.safeParse(json);
    expect(parsed.success).toBe(true);
    expect(parsed.data).not.toHaveProperty('trace');
  });

  it('a bad timeline with a trace still gets the same error as without', () => {
    const bad = { ...base, milestones: [{ ...base.milestones[0]!, due: '2024-02-30' }] };
    const error = (t: unknown): unknown => {
      try {
        toICalendar(t as Timeline);
      } catch (e) {
        return (e as { issues?: unknown }).issues;
      }
      return 'no error';
    };
    expect(error({ ...bad, trace: [] })).toEqual(error(bad));
    expect(error(bad)).not.toBe('no error');
  });
});

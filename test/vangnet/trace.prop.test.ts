import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { TRACE_OUTCOMES } from '../../src/engine/trace.js';
import { LEGAL_CATALOGUE } from '../../src/legal/catalogue.js';
import { computeVangnetMelding, VANGNET_GROUPS } from '../../src/vangnet/index.js';
import { renderStep } from '../../src/vangnet/steps.js';

/** Issue 10, one trace: computeVangnetMelding records every rule it applies, and every text is the text of a step. */
const dayArb = fc.integer({ min: toDayNumber('2014-01-01'), max: toDayNumber('2028-12-31') });
const keys = new Set(Object.keys(LEGAL_CATALOGUE));
const LATE_DISCOVERY = ['zwangerschap-voor-verlof', 'flexibiliseringsperiode', 'ziek-na-bevallingsverlof', 'no-riskpolis'];

describe('computeVangnetMelding trace', () => {
  test.prop([fc.constantFrom(...VANGNET_GROUPS), dayArb, fc.integer({ min: 0, max: 200 }), fc.boolean(), fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }),
    fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }), fc.boolean()])(
    'every finding, date, the reintegration and the summary are rendered from a step; refs are catalogue keys; trace is last',
    (group, d, extra, erd, reportOff, clearOff, withEnd) => {
      const r = computeVangnetMelding({
        group, firstSickDay: fromDayNumber(d),
        ...(group === 'ziek-uit-dienst' ? { employmentEnds: fromDayNumber(d + extra), eigenrisicodragerZw: erd } : {}),
        ...(group !== 'ziek-uit-dienst' && withEnd ? { employmentEnds: fromDayNumber(d + extra) } : {}),
        ...(group === 'flexibiliseringsperiode' ? { leaveEntitlementFrom: fromDayNumber(d + (extra % 20) - 10) } : {}),
        ...(clearOff !== undefined && LATE_DISCOVERY.includes(group) ? { claimClearFrom: fromDayNumber(d + clearOff) } : {}),
        ...(reportOff === undefined ? {} : { reportedOn: fromDayNumber(d + reportOff) }),
      });
      for (const s of r.trace) {
        expect(s.rule.startsWith('vangnet.')).toBe(true);
        for (const k of s.refs) expect(keys.has(k)).toBe(true);
        expect(TRACE_OUTCOMES).toContain(s.outcome);
        expect(JSON.parse(JSON.stringify(s))).toEqual(s);
      }
      const texts = r.trace.map((s) => renderStep(s).en);
      for (const f of [...r.findings, ...r.notApplicable]) expect(texts).toContain(f.explanation.en);
      for (const x of r.dates) expect(texts).toContain(x.explanation.en);
      expect(texts).toContain(r.reintegration.explanation.en);
      expect(renderStep(r.trace[r.trace.length - 1]!)).toEqual(r.explanation);
      expect(r.trace.filter((s) => s.rule.startsWith('vangnet.melding.'))).toHaveLength(1);
      expect(Object.keys(r).at(-1)).toBe('trace');
    },
  );
});

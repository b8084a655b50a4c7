import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { fromDayNumber as iso, toDayNumber } from '../../src/calendar/dayNumber.js';
import { missingFactsOf, TRACE_OUTCOMES, type TraceStep } from '../../src/engine/trace.js';
import { LEGAL_CATALOGUE } from '../../src/legal/catalogue.js';
import { checkVervroegdeIva, computeLateWiaAanvraag } from '../../src/endOfWachttijd/index.js';
import { renderStep } from '../../src/endOfWachttijd/stepMessages.js';

/**
 * Issue 10, one trace: checkVervroegdeIva and computeLateWiaAanvraag record every rule they apply;
 * `missingFacts` is the trace's missing facts, and every explanation is the text of a step.
 */
const dayArb = fc.integer({ min: toDayNumber('2012-01-01'), max: toDayNumber('2040-12-31') });
const opt = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined });
const keys = new Set(Object.keys(LEGAL_CATALOGUE));

/** Every step: a known rule prefix, catalogue refs, a known outcome, plain JSON. */
function expectWellFormed(trace: readonly TraceStep[], prefix: string): void {
  expect(trace.length).toBeGreaterThan(0);
  for (const s of trace) {
    expect(s.rule.startsWith(`${prefix}.`)).toBe(true);
    for (const r of s.refs) expect(keys.has(r)).toBe(true);
    expect(TRACE_OUTCOMES).toContain(s.outcome);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  }
  expect(Object.isFrozen(trace)).toBe(true);
}

/** The explanation texts of a result, as rendered from its trace. */
const rendered = (trace: readonly TraceStep[]): string[] => trace.map((s) => renderStep(s).nl);

describe('checkVervroegdeIva trace', () => {
  test.prop([dayArb, opt(fc.integer({ min: 0, max: 600 })), opt(fc.boolean()), opt(fc.boolean()), opt(fc.boolean())])(
    'missingFacts = missingFactsOf(trace); every criterion, date and the summary is rendered from a step; trace is last',
    (d, off, earlier, verklaring, zzl) => {
      const r = checkVervroegdeIva({
        firstSickDay: iso(d), ...(off === undefined ? {} : { applicationDate: iso(d + off) }),
        ...(earlier === undefined ? {} : { earlierApplication: earlier }),
        ...(verklaring === undefined ? {} : { bedrijfsartsVerklaring: verklaring }),
        ...(zzl === undefined ? {} : { ziekengeldZonderLoon: zzl }),
      });
      expect(r.missingFacts).toEqual(missingFactsOf(r.trace));
      expectWellFormed(r.trace, 'vervroegdeIva');
      const texts = rendered(r.trace);
      for (const c of r.criteria) expect(texts).toContain(c.explanation.nl);
      for (const x of r.dates) expect(texts).toContain(x.explanation.nl);
      expect(renderStep(r.trace[r.trace.length - 1]!)).toEqual(r.explanation);
      expect(Object.keys(r).at(-1)).toBe('trace');
    },
  );
});

describe('computeLateWiaAanvraag trace', () => {
  const briefArb = opt(fc.oneof(fc.constant('not-received' as const), fc.integer({ min: 560, max: 700 })));
  const meldingArb = opt(fc.oneof(fc.constant('not-done' as const), fc.integer({ min: 250, max: 600 })));
  test.prop([dayArb, fc.integer({ min: 550, max: 760 }), briefArb, meldingArb, opt(fc.boolean()), opt(fc.integer({ min: 0, max: 300 }))])(
    'missingFacts = missingFactsOf(trace); every finding, date and the summary is rendered from a step; trace is last',
    (d, appOff, brief, melding, grond, ext) => {
      const first = iso(d);
      const wachttijdEnd = d + 727;
      const r = computeLateWiaAanvraag({
        firstSickDay: first, applicationDate: iso(d + appOff),
        ...(brief === undefined ? {} : { wiaBriefReceived: typeof brief === 'string' ? brief : iso(d + brief) }),
        ...(melding === undefined ? {} : { ziekmeldingUwv: typeof melding === 'string' ? melding : iso(d + melding) }),
        ...(grond === undefined ? {} : { deugdelijkeGrond: grond }),
        ...(ext === undefined ? {} : { extendedLastDay: iso(wachttijdEnd + ext) }),
      });
      expect(r.missingFacts).toEqual(missingFactsOf(r.trace));
      expectWellFormed(r.trace, 'lateWiaAanvraag');
      const texts = rendered(r.trace);
      for (const f of r.findings) expect(texts).toContain(f.explanation.nl);
      for (const x of r.dates) expect(texts).toContain(x.explanation.nl);
      expect(renderStep(r.trace[r.trace.length - 1]!)).toEqual(r.explanation);
      expect(Object.keys(r).at(-1)).toBe('trace');
    },
  );
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { missingFactsOf, type TraceStep } from '../../src/engine/trace.js';
import { LEGAL_CATALOGUE } from '../../src/legal/catalogue.js';
import { checkPassendWerk, type PassendWerkInput, type PassendWerkResult } from '../../src/passendWerk/index.js';
import { PASSEND_WERK_MESSAGES } from '../../src/passendWerk/messages.js';
import { renderStep, renderSteps } from '../../src/passendWerk/renderStep.js';
import { passendWerkInputArb } from '../../src/testing/arbitraries.js';

/** Valid inputs: complete ones, and ones without the offer date and/or the sickness (phase unknown). */
const inputArb: fc.Arbitrary<PassendWerkInput> = fc.record({
  base: passendWerkInputArb(),
  drop: fc.constantFrom('none', 'none', 'offerDate', 'firstSickDay', 'both'),
  matchingWorkAchievable: fc.option(fc.boolean(), { nil: undefined }),
  phaseConvention: fc.constantFrom('counted-days', 'calendar-months') as fc.Arbitrary<'counted-days' | 'calendar-months'>,
}).map(({ base, drop, matchingWorkAchievable, phaseConvention }) => {
  const { firstSickDay, offerDate, ...rest } = base as { firstSickDay: string; offerDate: string };
  return {
    ...rest,
    ...(drop === 'firstSickDay' || drop === 'both' ? {} : { firstSickDay }),
    ...(drop === 'offerDate' || drop === 'both' ? {} : { offerDate }),
    ...(matchingWorkAchievable === undefined ? {} : { matchingWorkAchievable }),
    options: { phaseConvention },
  } as PassendWerkInput;
});

const only = (r: PassendWerkResult, ...rules: string[]): TraceStep[] => r.trace.filter((s) => rules.includes(s.rule));
const one = (r: PassendWerkResult, rule: string): TraceStep => {
  const steps = only(r, rule);
  expect(steps).toHaveLength(1);
  return steps[0]!;
};

describe('checkPassendWerk trace (issue 10: one trace)', () => {
  test.prop([inputArb])('trace is the last field, plain JSON, cites catalogue keys and catalogue messages', (input) => {
    const r = checkPassendWerk(input);
    expect(Object.keys(r).at(-1)).toBe('trace');
    expect(JSON.parse(JSON.stringify(r.trace))).toEqual(r.trace);
    for (const s of r.trace) {
      expect(s.rule).toMatch(/^passendWerk\./);
      for (const key of s.refs) expect(LEGAL_CATALOGUE).toHaveProperty(key);
      expect(PASSEND_WERK_MESSAGES.nl).toHaveProperty(s.message);
    }
    expect(r.trace[0]!.rule).toBe('passendWerk.phase');
    expect(r.trace.at(-1)!.rule).toBe('passendWerk.refusal');
  });

  test.prop([inputArb])('every missingFacts is missingFactsOf the steps it rests on', (input) => {
    const r = checkPassendWerk(input);
    expect(r.missingFacts).toEqual(missingFactsOf(only(r, 'passendWerk.verdict')));
    expect(r.phase.missingFacts).toEqual(missingFactsOf(only(r, 'passendWerk.phase', 'passendWerk.phase.boundary')));
    expect(r.refusal.missingFacts).toEqual(missingFactsOf(only(r, 'passendWerk.refusal')));
    if (r.bevredigendResultaat !== null) {
      // With the phase unknown: the phase facts first (the phase-unknown step), then the assessment's.
      expect(r.bevredigendResultaat.missingFacts).toEqual(missingFactsOf([
        ...only(r, 'passendWerk.bevredigend-resultaat.phase-unknown'), one(r, 'passendWerk.bevredigend-resultaat')]));
    }
    for (const c of r.criteria) {
      const merged = r.trace.filter((s) => s.rule.startsWith(`passendWerk.criterion.${c.criterion}.phase-unknown`));
      const own = r.trace.find((s) => s.rule === `passendWerk.criterion.${c.criterion}`)!;
      expect(c.missingFacts).toEqual(missingFactsOf(merged.length > 0 ? merged : [own]));
    }
  });

  test.prop([inputArb])('every explanation is rendered from the steps', (input) => {
    const r = checkPassendWerk(input);
    expect(r.explanation).toEqual(renderSteps(only(r, 'passendWerk.verdict', 'passendWerk.weighing')));
    expect(r.phase.explanation).toEqual(renderSteps(only(r, 'passendWerk.phase', 'passendWerk.phase.boundary')));
    expect(r.refusal.explanation).toEqual(renderStep(one(r, 'passendWerk.refusal')));
    if (r.bevredigendResultaat !== null) expect(r.bevredigendResultaat.explanation).toEqual(renderStep(r.trace.at(-2)!));
    for (const c of r.criteria) {
      const merged = r.trace.filter((s) => s.rule.startsWith(`passendWerk.criterion.${c.criterion}.phase-unknown`));
      const own = r.trace.filter((s) => s.rule.startsWith(`passendWerk.criterion.${c.criterion}`)).slice(0, 2);
      expect(c.explanation).toEqual(renderSteps(merged.length > 0 ? merged : own));
    }
  });

  test.prop([inputArb])('the verdict step and the criterion steps agree with the result', (input) => {
    const r = checkPassendWerk(input);
    const v = one(r, 'passendWerk.verdict');
    expect(v.outputs).toEqual({ verdict: r.verdict, verdictReason: r.verdictReason });
    expect(v.outcome).toBe(r.verdict === 'passend' ? 'met' : r.verdict === 'niet-passend' ? 'not-met' : 'unknown');
    if (r.phase.id !== 'unknown') {
      for (const c of r.criteria) expect(one(r, `passendWerk.criterion.${c.criterion}`).outcome).toBe(c.status);
    }
  });
});

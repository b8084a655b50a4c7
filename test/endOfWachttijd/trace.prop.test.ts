import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { computeLoonsanctie, computeOpzegverbod, computeVrijwilligeVerlenging } from '../../src/index.js';
import { missingFactsOf, type TraceStep } from '../../src/engine/trace.js';
import { LEGAL_CATALOGUE } from '../../src/legal/catalogue.js';
import { renderStep } from '../../src/endOfWachttijd/renderStep.js';
import { VANGNET_GROUPS } from '../../src/law/vangnetGroups.js';

/**
 * Issue 10, one trace: the results of computeLoonsanctie, computeVrijwilligeVerlenging and
 * computeOpzegverbod carry `trace` last; `missingFacts` is `missingFactsOf(trace)`; every
 * explanation text is the rendering of a step (no second path to the texts).
 */
const dayArb = fc.integer({ min: toDayNumber('2014-01-01'), max: toDayNumber('2060-12-31') });
const iso = fromDayNumber;
const KEYS = new Set(Object.keys(LEGAL_CATALOGUE));

function checkTrace(r: { readonly trace: readonly TraceStep[]; readonly explanation: unknown; readonly dates: readonly { readonly id: string; readonly explanation: unknown }[] }, module: string): void {
  expect(Object.keys(r).at(-1)).toBe('trace');
  expect(JSON.parse(JSON.stringify(r.trace))).toEqual(r.trace);
  for (const s of r.trace) {
    expect(s.rule.startsWith(`${module}.`)).toBe(true);
    for (const k of s.refs) expect(KEYS.has(k)).toBe(true);
  }
  const summary = r.trace.find((s) => s.rule === `${module}.result`)!;
  expect(renderStep(summary)).toEqual(r.explanation);
  for (const d of r.dates) expect(renderStep(r.trace.find((s) => s.rule === `${module}.${d.id}`)!)).toEqual(d.explanation);
}

function checkFindings(r: { readonly trace: readonly TraceStep[]; readonly findings: readonly { readonly code: string; readonly explanation: unknown }[]; readonly missingFacts: readonly string[] }, module: string): void {
  expect(r.missingFacts).toEqual(missingFactsOf(r.trace));
  for (const f of r.findings) expect(renderStep(r.trace.find((s) => s.rule === `${module}.condition.${f.code}`)!)).toEqual(f.explanation);
}

describe('trace of the end-of-wachttijd results', () => {
  test.prop([dayArb, fc.integer({ min: -60, max: 60 }), fc.option(fc.record({ notice: fc.integer({ min: 0, max: 300 }), delay: fc.option(fc.integer({ min: 0, max: 60 })), repaired: fc.boolean() }))])(
    'computeLoonsanctie: missingFacts = missingFactsOf(trace); texts rendered from steps',
    (d, off, bek) => {
      const decision = d + 685 + off;
      const r = computeLoonsanctie({
        firstSickDay: iso(d), decisionDate: iso(decision),
        ...(bek === null || off > 41 ? {} : { bekorting: { noticeDate: iso(decision + bek.notice), ...(bek.delay === null ? {} : { decisionDate: iso(decision + bek.notice + bek.delay), repaired: bek.repaired }) } }),
      });
      checkTrace(r, 'loonsanctie');
      checkFindings(r, 'loonsanctie');
    },
  );

  test.prop([dayArb, fc.integer({ min: 1, max: 400 }), fc.option(fc.constantFrom('none', ...VANGNET_GROUPS)), fc.option(fc.integer({ min: -200, max: 100 })), fc.boolean()])(
    'computeVrijwilligeVerlenging: missingFacts = missingFactsOf(trace); texts rendered from steps',
    (d, ext, vangnet, request, shorten) => {
      const base = computeVrijwilligeVerlenging({ firstSickDay: iso(d), extendedLastDay: iso(d + 800) });
      const end0 = toDayNumber(base.wachttijdLastDay);
      const r = computeVrijwilligeVerlenging({
        firstSickDay: iso(d), extendedLastDay: iso(end0 + ext),
        ...(vangnet === null ? {} : { vangnet }),
        ...(request === null ? {} : { requestDate: iso(end0 + request) }),
        ...(shorten && ext > 1 ? { verkorting: { requestDate: iso(end0 - 30), requestedLastDay: iso(end0 + 1) } } : {}),
      });
      checkTrace(r, 'vrijwilligeVerlenging');
      checkFindings(r, 'vrijwilligeVerlenging');
    },
  );

  test.prop([dayArb, fc.option(fc.integer({ min: -800, max: 900 })), fc.option(fc.integer({ min: -10, max: 10 })), fc.integer({ min: 0, max: 200 })])(
    'computeOpzegverbod: texts rendered from steps',
    (d, aow, dismissal, extra) => {
      const r = computeOpzegverbod({
        firstSickDay: iso(d), extensions: { loonsanctieDays: extra },
        ...(aow === null ? {} : { aowDate: iso(d + aow) }),
        ...(dismissal === null ? {} : { dismissalRequestReceived: iso(d + dismissal) }),
      });
      checkTrace(r, 'opzegverbod');
    },
  );

  it('a pending bekorting is the one missing fact, recorded by the step that needed it (WIA 25 lid 13)', () => {
    const r = computeLoonsanctie({ firstSickDay: '2024-01-01', decisionDate: '2025-11-16', bekorting: { noticeDate: '2026-03-02' } });
    expect(r.missingFacts).toEqual(['bekorting.decisionDate']);
    const step = r.trace.find((s) => s.missingFacts.length > 0)!;
    expect(step).toMatchObject({ rule: 'loonsanctie.condition.herstel-vastgesteld', outcome: 'unknown', refs: ['WIA_25_12', 'WIA_25_13'] });
  });

  it('the bezwaar date is six weeks after the decision, moved by the Atw, and cites Awb 6:7 (the effect row)', () => {
    const r = computeLoonsanctie({ firstSickDay: '2024-01-01', decisionDate: '2025-11-16' });
    expect(r.trace.find((s) => s.rule === 'loonsanctie.bezwaar-loonsanctie-uiterlijk')).toMatchObject({
      refs: ['AWB_6_7', 'ATW_1'], outcome: 'computed', inputs: { decision: '2025-11-16' }, outputs: { date: '2025-12-29' }, message: 'sixWeeksAfterTheDecisionOf',
    });
  });

  it('an unknown vangnet group is the missing fact of WIA 24 lid 1 sub a', () => {
    const r = computeVrijwilligeVerlenging({ firstSickDay: '2024-01-01', extendedLastDay: '2026-06-28' });
    expect(r.allowed).toBe('unknown');
    expect(r.missingFacts).toEqual(['vangnet']);
    expect(r.trace[0]).toMatchObject({ rule: 'vrijwilligeVerlenging.condition.geen-vangnet', outcome: 'unknown', refs: ['WIA_24_1A'], missingFacts: ['vangnet'] });
  });
});

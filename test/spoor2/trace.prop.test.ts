import { readFileSync } from 'node:fs';
import { test, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { missingFactsOf, type TraceStep, type TraceValue } from '../../src/engine/trace.js';
import { LEGAL_CATALOGUE } from '../../src/legal/catalogue.js';
import { checkSpoor2Readiness, type Spoor2Input, type Spoor2Readiness } from '../../src/spoor2/index.js';
import { renderMsg, renderStep, renderValue } from '../../src/spoor2/renderStep.js';
import { spoor2InputArb } from '../../src/testing/arbitraries.js';
import { PoortwachterError } from '../../src/errors/index.js';

/** Inputs with facts left out at random (so that rules miss facts), plus exceptions, work and conflict facts. */
const KEYS = ['eerstejaarsevaluatie', 'bedrijfsarts', 'arbeidsdeskundige', 'activities', 'asOf', 'conflict'] as const;
const inputArb: fc.Arbitrary<Spoor2Input> = fc.record({
  base: spoor2InputArb(),
  drop: fc.subarray([...KEYS]),
  postponementTo: fc.option(fc.boolean(), { nil: undefined }),
  hours: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
  structural: fc.option(fc.boolean(), { nil: undefined }),
  mediation: fc.option(fc.boolean(), { nil: undefined }),
  aowAgree: fc.option(fc.boolean(), { nil: undefined }),
}).map(({ base, drop, postponementTo, hours, structural, mediation, aowAgree }) => {
  const out: Record<string, unknown> = { ...base };
  for (const k of drop) delete out[k];
  const day1 = base.firstSickDay!;
  const exceptions: Record<string, unknown> = {};
  if (postponementTo !== undefined) exceptions['postponement'] = { from: day1, ...(postponementTo ? { to: day1 } : {}) };
  if (aowAgree !== undefined) exceptions['aow'] = { bothAgree: aowAgree };
  if (Object.keys(exceptions).length > 0) out['exceptions'] = exceptions;
  if (hours !== undefined) out['ownOrganisationWork'] = { hoursPerWeek: hours, ...(structural === undefined ? {} : { structuralPosition: structural }) };
  if (mediation !== undefined || !drop.includes('conflict')) out['conflict'] = { present: true, ...(mediation === undefined ? {} : { mediationTried: mediation }) };
  return out as Spoor2Input;
});

const CATALOGUE: ReadonlySet<string> = new Set(Object.keys(LEGAL_CATALOGUE));

function check(input: unknown): Spoor2Readiness | undefined {
  try {
    return checkSpoor2Readiness(input as Spoor2Input);
  } catch (e) {
    if (e instanceof PoortwachterError) return undefined;
    throw e;
  }
}

/** The trace contract of the house rules, for one result. */
function expectTraceContract(r: Spoor2Readiness): void {
  const keys = Object.keys(r);
  expect(keys[keys.length - 1]).toBe('trace');
  expect(r.missingFacts).toEqual(missingFactsOf(r.trace));
  const byRule = new Map<string, TraceStep>(r.trace.map((s) => [s.rule, s]));
  expect(renderStep(byRule.get('spoor2.status')!)).toEqual(r.statusExplanation);
  expect(renderStep(byRule.get('spoor2.deadline.required-by')!)).toEqual(r.deadline.explanation);
  expect(renderStep(byRule.get('spoor2.loonsanctie.risk')!)).toEqual(r.loonsanctieRisk.explanation);
  for (const e of r.exceptions) {
    const step = byRule.get(`spoor2.exception.${e.id}`)!;
    expect(e.missingFacts).toEqual(missingFactsOf([step]));
    expect(renderStep(step)).toEqual(e.explanation);
  }
  for (const f of r.findings) expect(renderStep(byRule.get(`spoor2.finding.${f.code}`)!)).toEqual(f.explanation);
  for (const t of r.trajectory) expect(renderStep(byRule.get(`spoor2.trajectory.${t.id}`)!)).toEqual(t.label);
  for (const st of r.loonsanctieRisk.steps) {
    const step = byRule.get(`spoor2.loonsanctie.${st.id}`);
    if (st.answer === null) expect(step).toBeUndefined();
    else expect((step!.params['reasons'] as TraceValue[]).map(renderValue)).toEqual(st.reasons);
  }
  for (const s of r.trace) {
    if (!s.rule.startsWith('spoor2.')) expect(s.rule).toMatch(/^spoor2\./);
    for (const ref of s.refs) if (!CATALOGUE.has(ref)) expect(CATALOGUE).toContain(ref);
  }
  expect(JSON.parse(JSON.stringify(r.trace))).toEqual(r.trace);
  expect(r.trace.filter((s) => s.rule.startsWith('spoor2.condition.')).map((s) => s.rule)).toEqual([
    'spoor2.condition.own-work-lost', 'spoor2.condition.no-passend-werk-own-organisation', 'spoor2.condition.duty',
  ]);
}

describe('checkSpoor2Readiness — trace (issue 10)', () => {
  test.prop([inputArb])('missingFacts is missingFactsOf(trace), per exception too; every text is its step rendered', (input) => {
    const r = check(input);
    if (r !== undefined) expectTraceContract(r);
  });

  it('holds for every input of the golden corpus', () => {
    const lines = readFileSync(new URL('../golden/data/checkSpoor2Readiness.jsonl', import.meta.url), 'utf8').split('\n').filter((l) => l !== '');
    let n = 0;
    for (const line of lines) {
      const r = check((JSON.parse(line) as { in: unknown[] }).in[0]);
      if (r !== undefined) { expectTraceContract(r); n++; }
    }
    expect(n).toBeGreaterThan(100);
  }, 60_000);

  it('renderMsg: a nested message, a { nl, en } text and a plain value render per locale; an unknown key throws', () => {
    expect(renderMsg({ message: 'assess.anchor-due-by', params: { date: '2025-01-01' } })).toEqual({ nl: 'uiterlijk 2025-01-01', en: 'due by 2025-01-01' });
    expect(renderValue({ message: 'assess.date-unknown', params: {} })).toEqual({ nl: 'onbekend', en: 'unknown' });
    expect(renderValue({ nl: 'ja', en: 'yes' })).toEqual({ nl: 'ja', en: 'yes' });
    expect(renderValue(true)).toEqual({ nl: 'true', en: 'true' });
    expect(() => renderMsg({ message: 'assess.no-such-key', params: {} })).toThrow(/no message assess.no-such-key/);
  });

  it('BW 7:658a lid 1: an unsettled condition records its missing facts on its own step when the status turns on it', () => {
    const r = checkSpoor2Readiness({ firstSickDay: '2024-01-01', asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, activities: {} });
    expect(r.status).toBe('unknown');
    const own = r.trace.find((s) => s.rule === 'spoor2.condition.own-work-lost')!;
    const other = r.trace.find((s) => s.rule === 'spoor2.condition.no-passend-werk-own-organisation')!;
    expect(own).toMatchObject({ outcome: 'unknown', refs: ['BW_658A_1'], missingFacts: ['bedrijfsarts.ownWorkPossible', 'bedrijfsarts.prognosis', 'arbeidsdeskundige.ownWorkPossible'] });
    expect(other).toMatchObject({ outcome: 'unknown', missingFacts: ['arbeidsdeskundige.passendWerkOwnOrganisation'] });
    expect(r.trace.find((s) => s.rule === 'spoor2.deadline.anchor')).toMatchObject({ outcome: 'computed', outputs: { anchor: '2024-12-16', provisional: false } });
    expect(r.trace.find((s) => s.rule === 'spoor2.deadline.required-by')!.outputs['requiredBy']).toBe('2025-01-27');
  });
});

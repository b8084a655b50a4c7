import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { missingFactsOf } from '../../src/engine/trace.js';
import { LEGAL_CATALOGUE } from '../../src/legal/catalogue.js';
import { safeCheckNonCooperation } from '../../src/obligations/index.js';
import { renderNonCooperationStep } from '../../src/obligations/renderNonCooperationStep.js';
import type { FactInput, NonCooperationInput, NonCooperationKind, NonCooperationResult } from '../../src/obligations/types.js';

const KINDS: NonCooperationKind[] = ['controlevoorschriften', 'passend-werk-weigeren', 'plan-van-aanpak-weigeren', 'bedrijfsarts-niet-bezoeken', 'niet-solliciteren', 'scholing-weigeren', 'herstel-belemmeren', 'wia-aanvraag-te-laat', 'ziekte-door-opzet-of-valse-keuring'];
const FACTS: readonly (FactInput | undefined)[] = [true, false, 'yes', 'no', 'unknown', undefined];
const fact = fc.constantFrom(...FACTS);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** Random inputs, many of them invalid (a wage measure that does not fit the kind): those are skipped. */
const inputArb = fc.record({
  kind: fc.constantFrom(...KINDS),
  since: fc.integer({ min: toDayNumber('2010-01-01'), max: toDayNumber('2030-12-31') }),
  span: fc.nat(300), untilAfter: opt(fc.nat(300)), knownAfter: opt(fc.nat(30)),
  grond: fact, rules: fact, passend: fact, able: fact, aimed: fact,
  verdict: opt(fc.constantFrom('passend', 'niet-passend', 'unknown')),
  notifyAfter: opt(fc.nat(40)), notified: opt(fc.boolean()), warnAfter: opt(fc.nat(40)), wageAfter: opt(fc.nat(40)),
  wageMeasure: opt(fc.constantFrom('loonopschorting', 'loonstop')), dkAfter: opt(fc.nat(40)),
  dkOutcome: opt(fc.constantFrom('werknemer-werkt-onvoldoende-mee', 'werknemer-werkt-voldoende-mee', 'unknown')),
  maxDays: opt(fc.nat(30)),
}).map((x) => {
  const asOf = x.since + x.span;
  const at = (n: number | undefined) => (n === undefined ? undefined : fromDayNumber(Math.min(x.since + n, asOf)));
  const pw = x.kind === 'passend-werk-weigeren' ? x.verdict : undefined;
  return clean({
    kind: x.kind, since: fromDayNumber(x.since), asOf: fromDayNumber(asOf),
    until: x.untilAfter === undefined ? undefined : fromDayNumber(x.since + x.untilAfter),
    knownSince: at(x.knownAfter),
    deugdelijkeGrond: x.grond, controlRulesInWriting: x.rules, workIsPassend: pw === undefined ? x.passend : undefined,
    ableToWork: x.able, aimedAtPassendeArbeid: x.aimed, passendWerk: pw,
    employerActions: clean({
      notifiedOn: x.notified === false ? undefined : at(x.notifyAfter), notified: x.notified, writtenWarningOn: at(x.warnAfter),
      wageMeasureFrom: at(x.wageAfter), wageMeasure: x.wageAfter === undefined ? undefined : x.wageMeasure,
      deskundigenoordeelRequestedOn: at(x.dkAfter), deskundigenoordeelOutcome: x.dkAfter === undefined ? undefined : x.dkOutcome,
    }),
    options: x.maxDays === undefined ? undefined : { onverwijldMaxDays: x.maxDays },
  }) as unknown as NonCooperationInput;
});

function run(input: NonCooperationInput): NonCooperationResult {
  const r = safeCheckNonCooperation(input);
  fc.pre(r.success);
  return r.data;
}

test.prop([inputArb], { numRuns: 300 })('missingFacts is the sorted missingFactsOf(trace); trace is the last field', (input) => {
  const r = run(input);
  expect(r.missingFacts).toEqual(missingFactsOf(r.trace).sort());
  expect(Object.keys(r).at(-1)).toBe('trace');
}, 60_000);

test.prop([inputArb], { numRuns: 200 })('every explanation is rendered from a trace step; refs are catalogue keys; steps are plain JSON', (input) => {
  const r = run(input);
  const rendered = r.trace.map((s) => JSON.stringify(renderNonCooperationStep(s)));
  const texts = [...r.measures.flatMap((m) => [m.explanation, ...m.conditions.map((c) => c.explanation)]), r.employerRisk.explanation];
  for (const t of texts) expect(rendered).toContain(JSON.stringify(t));
  for (const s of r.trace) for (const k of s.refs) expect(Object.keys(LEGAL_CATALOGUE)).toContain(k);
  expect(JSON.parse(JSON.stringify(r.trace))).toEqual(r.trace);
}, 60_000);

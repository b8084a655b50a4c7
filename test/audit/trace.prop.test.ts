import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { safeAuditReIntegratieverslag } from '../../src/audit/safeAuditReIntegratieverslag.js';
import type { ReIntegratieverslagAudit } from '../../src/audit/types.js';
import { renderAuditStep } from '../../src/audit/renderAuditStep.js';
import { addDays } from '../../src/calendar/addDays.js';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { missingFactsOf } from '../../src/engine/trace.js';
import { LEGAL_CATALOGUE } from '../../src/legal/catalogue.js';
import { timelyDossier } from './fixtures.js';

const day1 = fc.integer({ min: toDayNumber('2005-01-01'), max: toDayNumber('2027-12-31') }).map(fromDayNumber);
const tri = fc.constantFrom(true, false, 'unknown' as const, undefined);

/** A random file: the timely dossier with jitter, documents dropped, visie flags and facts at random. */
const auditCase = fc.record({
  d1: day1,
  n: fc.integer({ min: 0, max: 900 }),
  jitter: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 17, maxLength: 17 }),
  keep: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  visie: fc.array(fc.constantFrom(true, false, undefined), { minLength: 40, maxLength: 40 }),
  facts: fc.record({ ziekmeldingCulpable: tri, bevredigendResultaat: tri, deugdelijkeGrond: tri, wiaAanvraagDeugdelijkeGrond: tri }),
});

type Case = typeof auditCase extends fc.Arbitrary<infer T> ? T : never;

/** The audit of a random file; a file the timeline rejects (an evaluation before the plan) is skipped. */
function run(x: Case): ReIntegratieverslagAudit {
  const asOf = addDays(x.d1, x.n);
  const documents = timelyDossier(x.d1, asOf, (i) => x.jitter[i] ?? 0)
    .filter((d, i) => (x.keep[i] ?? true) && d.date <= asOf)
    .map((d, i) => (d.visie === undefined ? d : { ...d, visie: x.visie[i] ?? d.visie }))
    .map((d) => (d.visie === undefined ? (({ visie: _v, ...rest }) => rest)(d) : d));
  const facts = Object.fromEntries(Object.entries(x.facts).filter(([, v]) => v !== undefined));
  const r = safeAuditReIntegratieverslag({ firstSickDay: x.d1, asOf, documents, facts });
  fc.pre(r.success);
  return r.data;
}

test.prop([auditCase], { numRuns: 60 })('missingFacts is the sorted missingFactsOf(trace)', (x) => {
  const a = run(x);
  expect(a.missingFacts).toEqual(missingFactsOf(a.trace).sort());
  expect(Object.keys(a).at(-1)).toBe('trace');
}, 60_000);

test.prop([auditCase], { numRuns: 60 })('every explanation is rendered from a trace step; refs are catalogue keys; steps are plain JSON', (x) => {
  const a = run(x);
  const rendered = a.trace.map((s) => JSON.stringify(renderAuditStep(s)));
  const texts = [
    ...a.findings.map((f) => f.explanation), ...a.steps.flatMap((s) => s.consequences.map((c) => c.explanation)),
    ...a.loonsanctieRisk.review.map((r) => r.explanation), ...a.loonsanctieRisk.repairs.map((r) => r.explanation), a.loonsanctieRisk.explanation,
  ];
  for (const t of texts) expect(rendered).toContain(JSON.stringify(t));
  for (const s of a.trace) for (const k of s.refs) expect(Object.keys(LEGAL_CATALOGUE)).toContain(k);
  expect(JSON.parse(JSON.stringify(a.trace))).toEqual(a.trace);
}, 60_000);

import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { auditReIntegratieverslag } from '../../src/audit/auditReIntegratieverslag.js';
import { addDays } from '../../src/calendar/addDays.js';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import type { ReIntegratieverslagAudit } from '../../src/audit/types.js';
import { timelyDossier } from './fixtures.js';

const day1 = fc.integer({ min: toDayNumber('2005-01-01'), max: toDayNumber('2027-12-31') }).map(fromDayNumber);
const LEVEL = { low: 0, unknown: 0.5, medium: 1, high: 2 } as const;
const SEV = { info: 0, warning: 1, critical: 2 } as const;
const worst = (a: ReIntegratieverslagAudit): number => Math.max(-1, ...a.findings.map((f) => SEV[f.severity]));

test.prop([day1, fc.integer({ min: 0, max: 900 })])('a complete, timely file has no findings on any asOf', (d1, n) => {
  const asOf = addDays(d1, n);
  const a = auditReIntegratieverslag({ firstSickDay: d1, asOf, documents: timelyDossier(d1, asOf) });
  expect(a.findings).toEqual([]);
  expect(a.loonsanctieRisk.level).toBe('low');
});

test.prop([
  day1,
  fc.integer({ min: 700, max: 900 }),
  fc.array(fc.integer({ min: -15, max: 40 }), { minLength: 17, maxLength: 17 }),
  fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  fc.nat(60),
])('removing a document never lowers the risk (all deadlines passed, visie given)', (d1, n, jitter, keep, drop) => {
  const asOf = addDays(d1, n);
  const docs = timelyDossier(d1, asOf, (i) => jitter[i] ?? 0).filter((_, i) => keep[i] ?? true);
  fc.pre(docs.length > 0);
  const fewer = docs.filter((_, i) => i !== drop % docs.length);
  const a = auditReIntegratieverslag({ firstSickDay: d1, asOf, documents: docs });
  const b = auditReIntegratieverslag({ firstSickDay: d1, asOf, documents: fewer });
  expect(LEVEL[b.loonsanctieRisk.level]).toBeGreaterThanOrEqual(LEVEL[a.loonsanctieRisk.level]);
  expect(worst(b)).toBeGreaterThanOrEqual(worst(a));
});

test.prop([day1, fc.integer({ min: 0, max: 900 })])('every finding has a stable code, a legal basis and both languages', (d1, n) => {
  const asOf = addDays(d1, n);
  const a = auditReIntegratieverslag({ firstSickDay: d1, asOf, documents: [] });
  for (const f of a.findings) {
    expect(f.code).toMatch(/^[a-z0-9-]+$/);
    expect(f.legalBasis.length).toBeGreaterThan(0);
    expect(f.explanation.nl.length * f.explanation.en.length).toBeGreaterThan(0);
  }
  for (const s of a.steps) for (const c of s.consequences) expect(c.legalBasis.length).toBeGreaterThan(0);
});

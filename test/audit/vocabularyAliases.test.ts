import { describe, expect, it } from 'vitest';
import { auditReIntegratieverslag } from '../../src/audit/auditReIntegratieverslag.js';
import { addDays } from '../../src/calendar/addDays.js';
import type { ReIntegratieverslagAuditInput } from '../../src/audit/types.js';
import { timelyDossier } from './fixtures.js';

// 0.2.0 vocabulary (issue 10): the facts accept booleans, 'yes' | 'no' | 'unknown' and the 0.1.0
// 'onbekend' (deprecated, read as 'unknown'); the output uses the new values only.
const D = '2024-01-01';
const AFTER = addDays(D, 700);
const docs = timelyDossier(D, AFTER).filter((d) => d.type !== 'spoor-2-start')
  .map((d) => (d.type === 'ziekmelding-uwv' ? { ...d, date: addDays(D, 304) } : d));
const audit = (facts: Record<string, unknown>) =>
  JSON.stringify(auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: docs, facts } as unknown as ReIntegratieverslagAuditInput));

describe('auditReIntegratieverslag — fact aliases', () => {
  it("'yes' / 'no' give the same result as true / false", () => {
    expect(audit({ ziekmeldingCulpable: 'yes', deugdelijkeGrond: 'no', bevredigendResultaat: 'no' }))
      .toBe(audit({ ziekmeldingCulpable: true, deugdelijkeGrond: false, bevredigendResultaat: false }));
  });
  it("'onbekend' (0.1.0) and 'unknown' both mean the fact is not known, like leaving it out", () => {
    const unknown = audit({ ziekmeldingCulpable: 'unknown', deugdelijkeGrond: 'unknown', bevredigendResultaat: 'unknown', wiaAanvraagDeugdelijkeGrond: 'unknown' });
    expect(audit({ ziekmeldingCulpable: 'onbekend', deugdelijkeGrond: 'onbekend', bevredigendResultaat: 'onbekend', wiaAanvraagDeugdelijkeGrond: 'onbekend' })).toBe(unknown);
    expect(audit({})).toBe(unknown);
    const r = JSON.parse(unknown) as ReturnType<typeof auditReIntegratieverslag>;
    expect(r.missingFacts).toEqual(expect.arrayContaining(['facts.ziekmeldingCulpable', 'facts.deugdelijkeGrond']));
    expect(r.loonsanctieRisk.level).toBe('high');
    expect(r.loonsanctieRisk.review.map((s) => s.status)).toEqual(['ok', 'unknown', 'risk', 'unknown', 'ok']);
  });
  it('rejects a value outside both vocabularies, naming the field', () => {
    expect(() => audit({ deugdelijkeGrond: 'misschien' })).toThrow(/facts\.deugdelijkeGrond/);
  });
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { auditReIntegratieverslag, safeAuditReIntegratieverslag } from '../../src/audit/index.js';
import { addDays } from '../../src/calendar/addDays.js';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import type { ReIntegratieverslagAuditInput, Spoor2Exception } from '../../src/audit/types.js';
import type { FactInput } from '../../src/obligations/types.js';
import { ANSWERS, RISKS, SEVERITIES, vocabularyViolations, type VocabularyRules } from '../helpers/vocabulary-vocab-a.js';
import { timelyDossier } from './fixtures.js';

// Issue 10 ("Vocabulary, once"): every answer / risk / severity field of auditReIntegratieverslag
// holds only values of src/vocabulary, for random valid inputs (facts also in the 0.1.0 vocabulary).
const RULES: VocabularyRules = {
  'findings[].severity': SEVERITIES,
  'steps[].consequences[].applies': ANSWERS,
  'loonsanctieRisk.level': RISKS,
  'loonsanctieRisk.review[].status': ['ok', 'risk', 'unknown', 'not-assessed', 'not-yet-assessable'],
};

const fact = fc.constantFrom<FactInput | undefined>(true, false, 'yes', 'no', 'unknown', 'onbekend', undefined);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const inputArb: fc.Arbitrary<ReIntegratieverslagAuditInput> = fc.record({
  d1: fc.integer({ min: toDayNumber('2005-01-01'), max: toDayNumber('2027-12-31') }),
  n: fc.integer({ min: 0, max: 900 }),
  jitter: fc.array(fc.integer({ min: -10, max: 30 }), { minLength: 25, maxLength: 25 }),
  keep: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  visie: fc.array(opt(fc.boolean()), { minLength: 40, maxLength: 40 }),
  facts: fc.record({
    ziekmeldingCulpable: fact, bevredigendResultaat: fact, deugdelijkeGrond: fact, wiaAanvraagDeugdelijkeGrond: fact,
    spoor2Exception: opt(fc.constantFrom<Spoor2Exception>('perspectief-eigen-organisatie', 'geen-benutbare-mogelijkheden', 'uitstel-op-advies-bedrijfsarts', 'aow-binnen-een-jaar')),
    wiaBriefNotReceived: opt(fc.boolean()),
  }),
}).map(({ d1, n, jitter, keep, visie, facts }) => {
  const first = fromDayNumber(d1);
  const asOf = addDays(first, n);
  const documents = timelyDossier(first, asOf, (i) => jitter[i] ?? 0)
    .filter((_, i) => keep[i] ?? true)
    .map((d, i) => {
      if (!('visie' in d)) return d;
      const { visie: _v, ...rest } = d;
      const v = visie[i];
      return v === undefined ? rest : { ...rest, visie: v };
    });
  return { firstSickDay: first, asOf, documents, facts: clean(facts) } as ReIntegratieverslagAuditInput;
});

describe('auditReIntegratieverslag — one vocabulary (issue 10)', () => {
  test.prop([inputArb], { numRuns: 150 })('every answer, risk and severity field holds a vocabulary value; no 0.1.0 value anywhere', (input) => {
    const r = safeAuditReIntegratieverslag(input);
    // Jitter may put an evaluation before its plan van aanpak: an input error, not a valid input.
    fc.pre(r.success);
    if (!r.success) return;
    expect(vocabularyViolations(r.data, RULES).violations).toEqual([]);
  });

  it('the rules are exercised (each ruled field occurs)', () => {
    const D = '2024-01-01';
    const asOf = addDays(D, 700);
    const docs = timelyDossier(D, asOf).filter((d) => d.type !== 'spoor-2-start').map((d) => (d.type === 'ziekmelding-uwv' ? { ...d, date: addDays(D, 304) } : d));
    const { violations, seen } = vocabularyViolations(auditReIntegratieverslag({ firstSickDay: D, asOf, documents: docs }), RULES);
    expect(violations).toEqual([]);
    expect([...seen].sort()).toEqual(Object.keys(RULES).sort());
  });
});

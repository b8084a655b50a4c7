import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { checkPassendWerk } from '../../src/passendWerk/checkPassendWerk.js';
import { auditReIntegratieverslag } from '../../src/audit/auditReIntegratieverslag.js';
import { addDays } from '../../src/calendar/addDays.js';
import {
  checkNonCooperation, listObligations, listRemedies, safeCheckNonCooperation, safeListObligations, safeListRemedies,
} from '../../src/obligations/index.js';
import type { FactInput, NonCooperationInput, NonCooperationKind } from '../../src/obligations/types.js';
import { ANSWERS, OUTCOMES, RISKS, vocabularyViolations, type VocabularyRules } from '../helpers/vocabulary-vocab-a.js';
import { timelyDossier } from '../audit/fixtures.js';

// Issue 10 ("Vocabulary, once"): every answer / outcome / risk field of the obligations functions
// holds only values of src/vocabulary, for random valid inputs — also inputs in the 0.1.0 vocabulary.
const RULES: VocabularyRules = {
  'measures[].available': [...ANSWERS, 'after-action'],
  'measures[].conditions[].status': OUTCOMES,
  'employerRisk.level': RISKS,
};

const KINDS: NonCooperationKind[] = ['controlevoorschriften', 'passend-werk-weigeren', 'plan-van-aanpak-weigeren', 'bedrijfsarts-niet-bezoeken', 'niet-solliciteren', 'scholing-weigeren', 'herstel-belemmeren', 'wia-aanvraag-te-laat', 'ziekte-door-opzet-of-valse-keuring'];
const FACTS: readonly (FactInput | undefined)[] = [true, false, 'yes', 'no', 'unknown', 'onbekend', undefined];
const fact = fc.constantFrom(...FACTS);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const inputArb: fc.Arbitrary<NonCooperationInput> = fc.record({
  kind: fc.constantFrom(...KINDS),
  since: fc.integer({ min: toDayNumber('2010-01-01'), max: toDayNumber('2030-12-31') }),
  span: fc.nat(300), untilAfter: opt(fc.nat(300)), knownAfter: opt(fc.nat(30)),
  grond: fact, rules: fact, passend: fact, able: fact, aimed: fact,
  pw: opt(fc.oneof(
    fc.constantFrom('passend', 'niet-passend', 'unknown', 'onbekend'),
    fc.record({ cap: opt(fc.boolean()), cao: opt(fc.boolean()), reasons: opt(fc.boolean()) }),
  )),
  notifyAfter: opt(fc.nat(40)), warnAfter: opt(fc.nat(40)), wageAfter: opt(fc.nat(40)), dkAfter: opt(fc.nat(40)),
  dkOutcome: opt(fc.constantFrom('werknemer-werkt-onvoldoende-mee', 'werknemer-werkt-voldoende-mee', 'unknown', 'onbekend')),
}).map((x) => {
  const asOf = x.since + x.span;
  const at = (n: number | undefined) => (n === undefined ? undefined : fromDayNumber(Math.min(x.since + n, asOf)));
  const pw = x.kind !== 'passend-werk-weigeren' || x.pw === undefined ? undefined
    : typeof x.pw === 'string' ? x.pw
      : checkPassendWerk(clean({
        offer: clean({ withinFunctionalCapacity: x.pw.cap, conflictsWithCao: x.pw.cao }),
        employee: x.pw.reasons === undefined ? {} : { reasonsAgainstAcceptance: { physical: x.pw.reasons, mental: false, social: false } },
      }));
  return clean({
    kind: x.kind, since: fromDayNumber(x.since), asOf: fromDayNumber(asOf),
    until: x.untilAfter === undefined ? undefined : fromDayNumber(x.since + x.untilAfter),
    knownSince: at(x.knownAfter),
    deugdelijkeGrond: x.grond, controlRulesInWriting: x.rules, workIsPassend: pw === undefined ? x.passend : undefined,
    ableToWork: pw === undefined ? x.able : undefined, aimedAtPassendeArbeid: x.aimed,
    passendWerk: pw,
    employerActions: clean({
      notifiedOn: at(x.notifyAfter), writtenWarningOn: at(x.warnAfter),
      deskundigenoordeelRequestedOn: at(x.dkAfter), deskundigenoordeelOutcome: x.dkAfter === undefined ? undefined : x.dkOutcome,
    }),
  }) as unknown as NonCooperationInput;
});

describe('obligations — one vocabulary (issue 10)', () => {
  test.prop([inputArb], { numRuns: 200 })('checkNonCooperation: every answer, outcome and risk field holds a vocabulary value; no 0.1.0 value anywhere', (input) => {
    const r = safeCheckNonCooperation(input);
    if (!r.success) {
      // Only the documented contradictions may be rejected (deugdelijkeGrond false vs a ground found).
      expect(r.issues.map((i) => i.path.join('.'))).toEqual(['deugdelijkeGrond']);
      return;
    }
    expect(vocabularyViolations(r.data, RULES).violations).toEqual([]);
  });

  test.prop([
    opt(fc.constantFrom('werknemer', 'werkgever') as fc.Arbitrary<'werknemer' | 'werkgever'>),
    opt(fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2040-12-31') }).map(fromDayNumber)),
    opt(fc.constantFrom('nl', 'en') as fc.Arbitrary<'nl' | 'en'>), opt(fc.boolean()),
  ])('listObligations and listRemedies: no 0.1.0 value anywhere', (party, asOf, locale, forDismissal) => {
    const o = safeListObligations(clean({ party, asOf, locale }));
    expect(o.success).toBe(true);
    expect(vocabularyViolations(o, {}).violations).toEqual([]);
    const r = safeListRemedies(clean({ asOf: asOf ?? '2025-01-01', party, locale, forDismissal }));
    expect(r.success).toBe(true);
    expect(vocabularyViolations(r, {}).violations).toEqual([]);
  });

  it('the rules are exercised (each ruled field occurs)', () => {
    const r = checkNonCooperation({ kind: 'plan-van-aanpak-weigeren', since: '2025-03-03', asOf: '2025-03-20', deugdelijkeGrond: 'no' });
    const { violations, seen } = vocabularyViolations(r, RULES);
    expect(violations).toEqual([]);
    expect([...seen].sort()).toEqual(Object.keys(RULES).sort());
    expect(listObligations().length).toBeGreaterThan(0);
    expect(listRemedies({ asOf: '2025-01-01' }).length).toBeGreaterThan(0);
  });

  it('the walker finds an out-of-vocabulary value and a 0.1.0 value', () => {
    expect(vocabularyViolations({ measures: [{ available: 'ja' }] }, RULES).violations).toHaveLength(2);
    expect(vocabularyViolations({ x: { deep: ['onbekend'] } }, {}).violations).toHaveLength(1);
    expect(vocabularyViolations({ explanation: { nl: 'ja', en: 'yes' } }, {}).violations).toEqual([]);
  });
});

/**
 * One rule, two functions: checkNonCooperation and auditReIntegratieverslag read a fact through the
 * same schema (src/obligations/factInput.ts). Fed the same random fact, both treat it as settled or
 * unknown alike — an unknown deugdelijke grond is a missing fact in both, a settled one in neither.
 */
describe('a fact means the same in checkNonCooperation and auditReIntegratieverslag', () => {
  const D = '2024-01-01';
  const AFTER = addDays(D, 700);
  // Spoor 2 missing, no bevredigend resultaat: UWV's review reaches the deugdelijke grond (step 4).
  const docs = timelyDossier(D, AFTER).filter((d) => d.type !== 'spoor-2-start');
  test.prop([fact, fc.integer({ min: 0, max: 60 })])('deugdelijkeGrond: missing in both or in neither', (grond, span) => {
    const nc = checkNonCooperation(clean({ kind: 'plan-van-aanpak-weigeren', since: '2025-03-03', asOf: addDays('2025-03-03', span), deugdelijkeGrond: grond }) as NonCooperationInput);
    const au = auditReIntegratieverslag({ firstSickDay: D, asOf: AFTER, documents: docs, facts: clean({ bevredigendResultaat: false, deugdelijkeGrond: grond }) });
    const unknown = grond === undefined || grond === 'unknown' || grond === 'onbekend';
    expect(nc.missingFacts.includes('deugdelijkeGrond')).toBe(unknown);
    expect(au.missingFacts.includes('facts.deugdelijkeGrond')).toBe(unknown);
    const settledYes = grond === true || grond === 'yes';
    // A deugdelijke grond: the loonstop is closed (BW 7:629 lid 3 sub e) and UWV's step 4 is ok (WIA 25 lid 9).
    expect(nc.measures.find((m) => m.id === 'loonstop')!.available === 'no').toBe(settledYes);
    expect(au.loonsanctieRisk.review[3]!.status).toBe(unknown ? 'unknown' : settledYes ? 'ok' : 'risk');
  });
});

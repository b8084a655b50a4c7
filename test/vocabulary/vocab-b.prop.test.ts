import { describe, expect, expectTypeOf, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { fromDayNumber as iso, toDayNumber } from '../../src/calendar/dayNumber.js';
import { safeCheckSpoor2Readiness, type Spoor2Answer, type Spoor2ExceptionResult, type Spoor2Input, type Spoor2LoonsanctieRisk, type Spoor2Severity } from '../../src/spoor2/index.js';
import {
  applyEndOfWachttijdEvents, safeCheckVervroegdeIva, safeComputeLateWiaAanvraag, safeComputeLoonsanctie, safeComputeOpzegverbod,
  safeComputeVrijwilligeVerlenging, type EndOfWachttijdDateCode, type EndOfWachttijdDateId, type LegalDate, type Tristate,
} from '../../src/index.js';
import { safeComputeVangnetMelding, VANGNET_GROUPS } from '../../src/vangnet/index.js';
import { safeComputeTimeline } from '../../src/timeline/index.js';
import { combineSickPeriods, determineFirstSickDay } from '../../src/sickness/index.js';
import { walkUwvReviewOrder } from '../../src/review/uwvReviewOrder.js';
import { ANSWERS, type Answer, type Risk, type Severity } from '../../src/vocabulary/index.js';
import { vocabularyViolations, type VocabularyFields } from '../helpers/vocabulary-vocab-b.js';

/**
 * Issue 10 (one vocabulary): for random valid inputs of every public function of spoor2, review,
 * endOfWachttijd, vangnet, timeline and sickness, every answer/outcome/risk/severity field of the
 * result holds a vocabulary value, and no 0.1.0 word or field name is left anywhere.
 */
const dayArb = fc.integer({ min: toDayNumber('2014-01-01'), max: toDayNumber('2060-12-31') });
const maybe = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const offset = (min: number, max: number) => fc.integer({ min, max });

/** Answer fields of the end-of-wachttijd results (a finding's `status` is an Answer there). */
const EOW: VocabularyFields = { answer: ['status', 'timely', 'wageForfeited', 'allowed', 'repaired', 'reportedOnTime'] };
const SPOOR2: VocabularyFields = { answer: ['holds', 'started', 'onTime', 'expected', 'answer', 'duty'], severity: ['severity'], risk: ['level'] };

/** Checks one safe result; returns whether it was valid input (so a property is not vacuous). */
function check(r: { success: true; data: unknown } | { success: false }, fields: VocabularyFields): boolean {
  if (!r.success) return false;
  expect(vocabularyViolations(r.data, fields)).toEqual([]);
  return true;
}

describe('the vocabulary walker', () => {
  it('finds 0.1.0 words, renamed fields and values outside a vocabulary field', () => {
    const bad = { findings: [{ code: 'x', status: 'ja', explanation: { nl: 'ja', en: 'yes' } }], level: 'hoog', exceptions: [{ until: null }], assumptions: [] };
    expect(vocabularyViolations(bad, { answer: ['status'], risk: ['level'] })).toEqual([
      '$.findings[0].status: "ja"', '$.findings[0].status: "ja" (0.1.0 word)', '$.level: "hoog"', '$.level: "hoog" (0.1.0 word)',
      '$.exceptions[0].until (0.1.0 field name)', '$.assumptions (0.1.0 field name)',
    ]);
    expect(vocabularyViolations({ findings: [{ status: 'yes', severity: 'critical' }], level: null }, { answer: ['status'], severity: ['severity'], risk: ['level'] })).toEqual([]);
  });
});

describe('every result speaks the 0.2.0 vocabulary (random valid inputs)', () => {
  const spoor2Arb = fc.record({
    d: dayArb, asOf: offset(0, 900), eje: maybe(fc.oneof(fc.constant(null), offset(300, 420))),
    ba: maybe(fc.record({ ownWorkPossible: maybe(fc.constantFrom('yes', 'partly', 'no')), prognosis: maybe(fc.constantFrom('recovery', 'partial', 'no-improvement')), capacityHoursPerWeek: maybe(fc.integer({ min: 0, max: 40 })) })),
    ad: maybe(fc.record({ ownWorkPossible: maybe(fc.constantFrom('yes', 'partly', 'no')), passendWerkOwnOrganisation: maybe(fc.constantFrom('available', 'not-available')) })),
    postponement: maybe(fc.record({ from: offset(200, 500), len: maybe(offset(0, 200)), alias: fc.boolean() })),
    gbm: maybe(fc.record({ from: offset(200, 500), len: maybe(offset(0, 200)) })),
    aow: maybe(offset(0, 1200)),
    activities: maybe(fc.record({ bureau: maybe(offset(300, 900)), plan: maybe(offset(300, 900)), apps: fc.array(offset(300, 900), { maxLength: 3 }), stalled: maybe(fc.boolean()), contract: maybe(offset(400, 900)) })),
    outcome: maybe(fc.record({ structuralWorkMatchingCapacity: maybe(fc.boolean()), wageValuePercent: maybe(fc.integer({ min: 0, max: 120 })), employeeAgrees: maybe(fc.boolean()) })),
    conflict: maybe(fc.record({ present: maybe(fc.boolean()), mediationTried: maybe(fc.boolean()) })),
    grond: maybe(fc.record({ followedDeskundigenoordeel: maybe(fc.boolean()) })),
  });
  test.prop([spoor2Arb], { numRuns: 80 })('checkSpoor2Readiness', (c) => {
    const asOf = c.d + c.asOf;
    const done = (o: number | undefined) => (o === undefined || c.d + o > asOf ? undefined : iso(c.d + o));
    const period = (p: { from: number; len?: number | undefined } | undefined) =>
      p === undefined || c.d + p.from > asOf ? undefined : { from: iso(c.d + p.from), ...(p.len === undefined ? {} : { to: iso(c.d + p.from + p.len) }) };
    const post = period(c.postponement);
    const input: Spoor2Input = {
      firstSickDay: iso(c.d), asOf: iso(asOf),
      ...(c.eje === undefined ? {} : c.eje === null ? { eerstejaarsevaluatie: { held: false } } : done(c.eje) === undefined ? {} : { eerstejaarsevaluatie: { held: true, date: done(c.eje)! } }),
      ...(c.ba === undefined ? {} : { bedrijfsarts: c.ba }), ...(c.ad === undefined ? {} : { arbeidsdeskundige: c.ad }),
      exceptions: {
        ...(post === undefined ? {} : { postponement: c.postponement!.alias && post.to !== undefined ? { from: post.from, until: post.to } : post }),
        ...(period(c.gbm) === undefined ? {} : { geenBenutbareMogelijkheden: period(c.gbm)! }),
      },
      ...(c.aow === undefined ? {} : { aowAgeDate: iso(c.d + c.aow) }),
      ...(c.activities === undefined ? {} : { activities: {
        reIntegratiebureauAssignedOn: done(c.activities.bureau), planVanAanpakAdjustedOn: done(c.activities.plan),
        applications: c.activities.apps.map(done).filter((x): x is string => x !== undefined), progressStalled: c.activities.stalled,
        employmentContractOn: done(c.activities.contract),
      } }),
      ...(c.outcome === undefined ? {} : { outcome: c.outcome }), ...(c.conflict === undefined ? {} : { conflict: c.conflict }),
      ...(c.grond === undefined ? {} : { deugdelijkeGrond: c.grond }),
    } as Spoor2Input;
    expect(check(safeCheckSpoor2Readiness(input), SPOOR2)).toBe(true);
  });

  const answer = fc.constantFrom(...ANSWERS);
  test.prop([fc.record({ documents: fc.option(answer, { nil: null }), documentsDefect: maybe(fc.constantFrom('critical', 'warning', 'info') as fc.Arbitrary<'critical' | 'warning' | 'info'>), satisfactoryResult: answer, efforts: fc.constantFrom('yes', 'no', 'unknown', 'doubt') as fc.Arbitrary<'yes' | 'no' | 'unknown' | 'doubt'>, deugdelijkeGrond: answer, deugdelijkeGrondPutForward: maybe(fc.boolean()), repairable: answer })])(
    'walkUwvReviewOrder (the one review order of spoor 2 and the audit)', (facts) => {
      const r = walkUwvReviewOrder(facts);
      // `doubt` is the review's own extra answer for the efforts (documented); everything else is vocabulary.
      expect(vocabularyViolations({ ...r, steps: r.steps.map((s) => ({ ...s, answer: s.answer === 'doubt' ? 'unknown' : s.answer })) }, { answer: ['answer'], risk: ['level'] })).toEqual([]);
    });

  test.prop([dayArb, offset(-60, 60), maybe(fc.record({ notice: offset(0, 300), delay: maybe(offset(0, 60)), repaired: fc.boolean() }))])('computeLoonsanctie', (d, off, bek) => {
    const decision = d + 685 + off;
    const notice = decision + (bek?.notice ?? 0);
    const bekorting = bek === undefined ? undefined : bek.delay === undefined ? { noticeDate: iso(notice) } : { noticeDate: iso(notice), decisionDate: iso(notice + bek.delay), repaired: bek.repaired };
    const r = safeComputeLoonsanctie({ firstSickDay: iso(d), decisionDate: iso(decision), ...(bekorting === undefined ? {} : { bekorting }) });
    if (off <= 41) expect(check(r, EOW)).toBe(true);
    else check(r, EOW);
  });

  test.prop([dayArb, offset(500, 800), maybe(fc.oneof(fc.constant('not-received' as const), offset(500, 700))), maybe(fc.oneof(fc.constant('not-done' as const), offset(250, 400))), maybe(fc.boolean())])(
    'computeLateWiaAanvraag', (d, app, brief, melding, grond) => {
      const r = safeComputeLateWiaAanvraag({
        firstSickDay: iso(d), applicationDate: iso(d + app),
        ...(brief === undefined ? {} : { wiaBriefReceived: typeof brief === 'string' ? brief : iso(d + brief) }),
        ...(melding === undefined ? {} : { ziekmeldingUwv: typeof melding === 'string' ? melding : iso(d + melding) }),
        ...(grond === undefined ? {} : { deugdelijkeGrond: grond }),
      });
      expect(check(r, EOW)).toBe(true);
    });

  test.prop([dayArb, offset(1, 600), maybe(fc.constantFrom(...VANGNET_GROUPS, 'none' as const)), maybe(offset(-100, 0))])('computeVrijwilligeVerlenging', (d, ext, vangnet, req) => {
    const r = safeComputeVrijwilligeVerlenging({ firstSickDay: iso(d), extendedLastDay: iso(d + 727 + ext), ...(vangnet === undefined ? {} : { vangnet }), ...(req === undefined ? {} : { requestDate: iso(d + 727 + req) }) });
    expect(check(r, EOW)).toBe(true);
  });

  test.prop([dayArb, maybe(offset(0, 520)), maybe(fc.boolean()), maybe(fc.boolean())])('checkVervroegdeIva', (d, app, earlier, verklaring) => {
    const r = safeCheckVervroegdeIva({ firstSickDay: iso(d), ...(app === undefined ? {} : { applicationDate: iso(d + app) }), ...(earlier === undefined ? {} : { earlierApplication: earlier }), ...(verklaring === undefined ? {} : { bedrijfsartsVerklaring: verklaring }) });
    expect(check(r, EOW)).toBe(true);
  });

  test.prop([dayArb, maybe(offset(-400, 1200)), fc.nat({ max: 300 })])('computeOpzegverbod', (d, aow, late) => {
    const r = safeComputeOpzegverbod({ firstSickDay: iso(d), ...(aow === undefined ? {} : { aowDate: iso(d + aow) }), extensions: { lateWiaAanvraagDays: late } });
    expect(check(r, EOW)).toBe(true);
  });

  test.prop([fc.constantFrom(...VANGNET_GROUPS), dayArb, offset(0, 200), fc.boolean(), maybe(offset(0, 600))])('computeVangnetMelding', (group, d, extra, erd, reported) => {
    const r = safeComputeVangnetMelding({
      group, firstSickDay: iso(d), ...(reported === undefined ? {} : { reportedOn: iso(d + reported) }),
      ...(group === 'ziek-uit-dienst' ? { employmentEnds: iso(d + extra), eigenrisicodragerZw: erd } : {}),
      ...(group === 'flexibiliseringsperiode' ? { leaveEntitlementFrom: iso(d + (extra % 20)) } : {}),
    });
    expect(check(r, EOW)).toBe(true);
  });

  test.prop([dayArb, offset(0, 900), offset(-50, 41), maybe(offset(550, 800))], { numRuns: 40 })('computeTimeline and applyEndOfWachttijdEvents', (d, asOf, off, app) => {
    const tl = safeComputeTimeline({ firstSickDay: iso(d), asOf: iso(d + asOf) });
    expect(check(tl, {})).toBe(true);
    const plain = safeComputeTimeline({ firstSickDay: iso(d) });
    if (!plain.success) return;
    const out = applyEndOfWachttijdEvents(plain.data, { loonsanctie: { decisionDate: iso(d + 685 + off) }, ...(app === undefined ? {} : { lateWiaAanvraag: {} }) });
    expect(vocabularyViolations(out, {})).toEqual([]);
  });

  test.prop([dayArb, fc.array(fc.record({ len: offset(1, 120), gap: offset(1, 60) }), { maxLength: 4 }), fc.constantFrom('none', 'part', 'full') as fc.Arbitrary<'none' | 'part' | 'full'>])('combineSickPeriods and determineFirstSickDay', (d, parts, worked) => {
    const periods: { from: string; to?: string }[] = [];
    let cur = d;
    for (const p of parts) { periods.push({ from: iso(cur), to: iso(cur + p.len - 1) }); cur += p.len + p.gap; }
    periods.push({ from: iso(cur) });
    expect(vocabularyViolations(combineSickPeriods(periods), {})).toEqual([]);
    expect(vocabularyViolations(determineFirstSickDay({ reportDate: iso(d), workedOnReportDate: worked }), {})).toEqual([]);
  });
});

describe('deprecated names point to the vocabulary (no old values behind them)', () => {
  it('Tristate, Spoor2Answer, Spoor2Severity, EndOfWachttijdDateCode are the new types', async () => {
    expectTypeOf<Tristate>().toEqualTypeOf<Answer>();
    expectTypeOf<Spoor2Answer>().toEqualTypeOf<Answer>();
    expectTypeOf<Spoor2Severity>().toEqualTypeOf<Severity>();
    expectTypeOf<Spoor2LoonsanctieRisk['level']>().toEqualTypeOf<Risk>();
    expectTypeOf<EndOfWachttijdDateCode>().toEqualTypeOf<EndOfWachttijdDateId>();
    expectTypeOf<LegalDate>().toHaveProperty('id');
    expectTypeOf<Spoor2ExceptionResult>().toHaveProperty('to');
    // The modules do not export the vocabulary's own names (the lead re-exports src/vocabulary once).
    for (const path of ['../../src/spoor2/index.js', '../../src/endOfWachttijd/index.js', '../../src/vangnet/index.js', '../../src/timeline/index.js', '../../src/sickness/index.js']) {
      const mod = await import(path) as Record<string, unknown>;
      for (const name of ['ANSWERS', 'OUTCOMES', 'RISKS', 'SEVERITIES']) expect(mod[name], `${path} ${name}`).toBeUndefined();
    }
  });
});

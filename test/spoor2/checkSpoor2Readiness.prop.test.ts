import { test, fc } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { checkSpoor2Readiness, type Spoor2Input, type Spoor2Status } from '../../src/spoor2/index.js';
import { computeTimeline } from '../../src/timeline/computeTimeline.js';

const MIN = toDayNumber('2004-01-01');
const MAX = toDayNumber('2060-12-31');
const day1 = fc.integer({ min: MIN, max: MAX });
const iso = fromDayNumber;

/** Sick periods as (length, gap) pairs; gaps under 28 days keep them in one wachttijd. */
const chain = fc.array(fc.tuple(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 27 })), { minLength: 1, maxLength: 4 });

/** Oracle: the calendar day of counted sick day k (1-based) for the chain, projecting the last period. */
function oracleSickDay(start: number, parts: readonly (readonly [number, number])[], k: number): number {
  let d = start;
  let left = k;
  for (let i = 0; i < parts.length; i++) {
    const [len, gap] = parts[i]!;
    const last = i === parts.length - 1;
    if (last || left <= len) return d + left - 1;
    left -= len;
    d += len + gap;
  }
  return d + left - 1;
}

function periodsOf(start: number, parts: readonly (readonly [number, number])[]): { from: string; to?: string }[] {
  const out: { from: string; to?: string }[] = [];
  let d = start;
  parts.forEach(([len, gap], i) => {
    if (i === parts.length - 1) out.push({ from: iso(d) });
    else out.push({ from: iso(d), to: iso(d + len - 1) });
    d += len + gap;
  });
  return out;
}

/** Forward order; `started` and `overdue` are alternative final states (same rank, and never each other). */
const RANK: Partial<Record<Spoor2Status, number>> = { 'not-needed-yet': 0, 'may-start': 1, 'must-start': 2, started: 3, overdue: 3 };

describe('checkSpoor2Readiness — properties', () => {
  test.prop([day1, chain, fc.integer({ min: -400, max: 200 })])(
    'required-by is exactly 42 days after the earlier of held and due (counted sick day 364), without exceptions',
    (start, parts, heldOffset) => {
      const due = oracleSickDay(start, parts, 364);
      const held = due + heldOffset;
      const firstDay = start;
      const input: Spoor2Input = held >= firstDay
        ? { sickPeriods: periodsOf(start, parts), eerstejaarsevaluatie: { held: true, date: iso(held) } }
        : { sickPeriods: periodsOf(start, parts), eerstejaarsevaluatie: { held: false } };
      const r = checkSpoor2Readiness(input);
      const anchor = held >= firstDay ? Math.min(held, due) : due;
      expect(r.deadline.eerstejaarsevaluatieDue).toBe(iso(due));
      expect(r.deadline.requiredBy).toBe(iso(anchor + 42));
      expect(r.deadline.latestRequiredBy).toBe(iso(due + 42));
      expect(toDayNumber(r.deadline.requiredBy!)).toBeLessThanOrEqual(due + 42);
    },
  );

  test.prop([day1, fc.integer({ min: 300, max: 420 }), fc.integer({ min: 200, max: 500 }), fc.integer({ min: 0, max: 150 })])(
    'with a postponement: 42 days after the anchor, or 42 days after the postponement if it held during the term',
    (start, heldOffset, fromOffset, length) => {
      const due = start + 363;
      const anchor = Math.min(start + heldOffset, due);
      const from = start + fromOffset;
      const until = from + length;
      const r = checkSpoor2Readiness({
        firstSickDay: iso(start),
        eerstejaarsevaluatie: { held: true, date: iso(start + heldOffset) },
        exceptions: { postponement: { from: iso(from), to: iso(until) } },
      });
      const heldDuringTerm = from <= anchor + 42 && until >= anchor;
      expect(r.deadline.requiredBy).toBe(iso(heldDuringTerm ? Math.max(anchor + 42, until + 1 + 42) : anchor + 42));
      expect(r.deadline.regularRequiredBy).toBe(iso(anchor + 42));
      expect(r.exceptions[0]!.lapse).toEqual({ mustStartFrom: iso(Math.max(until + 1, anchor)), mustStartBy: iso(Math.max(toDayNumber(r.deadline.requiredBy!), until + 1, anchor)) });
    },
  );

  // asOf stays inside the wage period (counted sick day 728): after it there is no spoor-2 duty
  // (BW 7:658a lid 1) and so no required-by date.
  test.prop([day1, fc.integer({ min: 0, max: 420 }), fc.integer({ min: 0, max: 727 })])(
    'agrees with computeTimeline’s spoor-2-start milestone',
    (start, heldOffset, asOfOffset) => {
      const held = start + heldOffset;
      const asOf = Math.max(held, start + asOfOffset);
      const t = computeTimeline({ firstSickDay: iso(start), asOf: iso(asOf), events: { eerstejaarsevaluatie: iso(held) } });
      const m = t.milestones.find((x) => x.id === 'spoor-2-start')!;
      const r = checkSpoor2Readiness({ firstSickDay: iso(start), asOf: iso(asOf), eerstejaarsevaluatie: { held: true, date: iso(held) } });
      expect(r.deadline.requiredBy).toBe(m.due);
      expect(r.deadline.eerstejaarsevaluatieDue).toBe(t.milestones.find((x) => x.id === 'eerstejaarsevaluatie')!.due);
      const plain = computeTimeline({ firstSickDay: iso(start) }).milestones.find((x) => x.id === 'spoor-2-start')!;
      expect(checkSpoor2Readiness({ firstSickDay: iso(start), eerstejaarsevaluatie: { held: false } }).deadline.requiredBy).toBe(plain.due);
    },
  );

  test.prop([day1, fc.integer({ min: 0, max: 314 })])(
    'nothing said about the evaluation before its window opens (week 46): may-start, required by computeTimeline’s spoor-2-start (provisional), evaluation missing',
    (start, asOfOffset) => {
      const asOf = iso(start + asOfOffset);
      const t = computeTimeline({ firstSickDay: iso(start), asOf });
      const r = checkSpoor2Readiness({ firstSickDay: iso(start), asOf });
      expect(r.status).toBe('may-start');
      expect(r.deadline.requiredBy).toBe(t.milestones.find((x) => x.id === 'spoor-2-start')!.due);
      expect(r.deadline.eerstejaarsevaluatieDue).toBe(t.milestones.find((x) => x.id === 'eerstejaarsevaluatie')!.due);
      expect(r.deadline.provisional).toBe(true);
      expect(r.missingFacts).toContain('eerstejaarsevaluatie');
    },
  );

  /** A case with all fact dates between day 1 and `latestFact`. */
  const caseArb = fc.record({
    start: day1,
    eje: fc.oneof(fc.constant<'missing'>('missing'), fc.constant<'not-held'>('not-held'), fc.integer({ min: 300, max: 420 })),
    startOffset: fc.option(fc.integer({ min: 100, max: 600 }), { nil: undefined }),
    activitiesGiven: fc.boolean(),
    ba: fc.option(fc.record({ ownWorkPossible: fc.constantFrom('yes', 'partly', 'no'), prognosis: fc.constantFrom('recovery', 'partial', 'no-improvement') }), { nil: undefined }),
    ad: fc.option(fc.record({ passendWerkOwnOrganisation: fc.constantFrom('available', 'not-available'), ownWorkPossible: fc.constantFrom('yes', 'partly', 'no') }), { nil: undefined }),
    postponement: fc.option(fc.tuple(fc.integer({ min: 200, max: 500 }), fc.integer({ min: 0, max: 120 })), { nil: undefined }),
  });

  type CaseFacts = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

  function build(c: CaseFacts, asOf: number, withExceptions: boolean): Spoor2Input {
    const { start } = c;
    const activities = c.activitiesGiven
      ? (c.startOffset === undefined ? {} : { reIntegratiebureauAssignedOn: iso(start + c.startOffset) })
      : undefined;
    return {
      firstSickDay: iso(start),
      asOf: iso(asOf),
      ...(c.eje === 'missing' ? {} : c.eje === 'not-held' ? { eerstejaarsevaluatie: { held: false } } : { eerstejaarsevaluatie: { held: true, date: iso(start + c.eje) } }),
      ...(activities === undefined ? {} : { activities }),
      ...(c.ba === undefined ? {} : { bedrijfsarts: c.ba }),
      ...(c.ad === undefined ? {} : { arbeidsdeskundige: c.ad }),
      ...(withExceptions && c.postponement !== undefined
        ? { exceptions: { postponement: { from: iso(start + c.postponement[0]), to: iso(start + c.postponement[0] + c.postponement[1]) } } }
        : {}),
    };
  }
  const latestFact = (c: CaseFacts): number =>
    c.start + Math.max(0, typeof c.eje === 'number' ? c.eje : 0, c.activitiesGiven ? c.startOffset ?? 0 : 0, c.postponement?.[0] ?? 0);

  test.prop([caseArb, fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 900 }), fc.boolean()])(
    'status only moves forward as asOf advances (exception windows aside)',
    (c, a, b, withExceptions) => {
      const lo = latestFact(c) + Math.min(a, b);
      const hi = latestFact(c) + Math.max(a, b);
      const s1 = checkSpoor2Readiness(build(c, lo, withExceptions)).status;
      const s2 = checkSpoor2Readiness(build(c, hi, withExceptions)).status;
      const r1 = RANK[s1];
      const r2 = RANK[s2];
      if (r1 !== undefined && r2 !== undefined) expect(r2).toBeGreaterThanOrEqual(r1);
      if (s1 === 'started' || s1 === 'overdue') expect([s1, 'exempt', 'postponed', 'unknown']).toContain(s2);
    },
  );

  test.prop([caseArb, fc.integer({ min: 0, max: 900 })])(
    'a missing fact never produces a definite "not needed"',
    (c, a) => {
      const asOf = latestFact(c) + a;
      const input = build(c, asOf, false);
      const r = checkSpoor2Readiness(input);
      if (r.status === 'not-needed-yet') {
        // Established by a fact that makes a condition of BW 7:658a lid 1 fail, not by an absence:
        const ba = input.bedrijfsarts;
        const ad = input.arbeidsdeskundige;
        const fails = ba?.prognosis === 'recovery' || ba?.ownWorkPossible === 'yes' || ba?.ownWorkPossible === 'partly' || ad?.ownWorkPossible === 'yes' || ad?.ownWorkPossible === 'partly' || ad?.passendWerkOwnOrganisation === 'available';
        expect(fails).toBe(true);
      } else {
        // Dropping any of these facts never turns a status into "not needed".
        for (const key of ['asOf', 'eerstejaarsevaluatie', 'bedrijfsarts', 'arbeidsdeskundige', 'firstSickDay'] as const) {
          const { [key]: _dropped, ...rest } = input;
          const r2 = checkSpoor2Readiness(rest);
          expect(r2.status).not.toBe('not-needed-yet');
        }
      }
    },
  );

  test.prop([caseArb, fc.integer({ min: 0, max: 900 })])(
    'every finding and every status carries a legal basis and both languages',
    (c, a) => {
      const r = checkSpoor2Readiness(build(c, latestFact(c) + a, true));
      expect(r.legalBasis.length).toBeGreaterThan(0);
      expect(r.statusExplanation.nl.length).toBeGreaterThan(0);
      expect(r.statusExplanation.en.length).toBeGreaterThan(0);
      for (const f of r.findings) {
        expect(f.legalBasis.length).toBeGreaterThan(0);
        expect(f.title.nl && f.title.en).toBeTruthy();
      }
      for (const e of r.exceptions) expect(e.legalBasis.length).toBeGreaterThan(0);
      for (const s of r.loonsanctieRisk.steps) expect(s.legalBasis.length).toBeGreaterThan(0);
    },
  );
});

describe('checkSpoor2Readiness — robustness', () => {
  const dateish = fc.oneof(
    fc.integer({ min: toDayNumber('2003-06-01'), max: toDayNumber('2030-12-31') }).map(fromDayNumber),
    fc.constantFrom('2024-02-30', '', 'x', '2024-1-1'),
  );
  const maybe = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
  const looseInput = fc.record({
    firstSickDay: maybe(dateish),
    sickPeriods: maybe(fc.array(fc.record({ from: dateish, to: maybe(dateish) }, { requiredKeys: ['from'] }), { maxLength: 3 })),
    asOf: maybe(dateish),
    eerstejaarsevaluatie: maybe(fc.record({ held: fc.boolean(), date: maybe(dateish) }, { requiredKeys: ['held'] })),
    exceptions: maybe(fc.record({
      postponement: maybe(fc.record({ from: dateish, to: maybe(dateish) }, { requiredKeys: ['from'] })),
      geenBenutbareMogelijkheden: maybe(fc.record({ from: dateish, to: maybe(dateish) }, { requiredKeys: ['from'] })),
      aow: maybe(fc.record({ aowDate: maybe(dateish), bothAgree: maybe(fc.boolean()) })),
    }, { requiredKeys: [] })),
    perspective: maybe(fc.record({ concrete: maybe(fc.boolean()), structural: maybe(fc.boolean()), expectedReturnDate: maybe(dateish), assessedOn: maybe(dateish), realisedOn: maybe(dateish) })),
    activities: maybe(fc.record({ reIntegratiebureauAssignedOn: maybe(dateish), applications: maybe(fc.array(dateish, { maxLength: 3 })), trajectplanOn: maybe(dateish) }, { requiredKeys: [] })),
  }, { requiredKeys: [] });

  test.prop([fc.oneof(looseInput, fc.anything())])('never throws anything but PoortwachterError', (input) => {
    try {
      const r = checkSpoor2Readiness(input as Spoor2Input);
      expect(typeof r.status).toBe('string');
    } catch (e) {
      expect((e as Error).name).toBe('PoortwachterError');
    }
  });
});

describe('checkSpoor2Readiness — BW 7:658a lid 1 (properties)', () => {
  const judgement = fc.option(fc.constantFrom('yes', 'partly', 'no'), { nil: undefined });
  const factsArb = fc.record({
    start: fc.integer({ min: toDayNumber('2016-01-01'), max: toDayNumber('2060-12-31') }),
    asOf: fc.integer({ min: 350, max: 900 }),
    ba: fc.option(fc.record({ ownWorkPossible: judgement, prognosis: fc.option(fc.constantFrom('recovery', 'partial', 'no-improvement'), { nil: undefined }) }), { nil: undefined }),
    ad: fc.option(fc.record({ ownWorkPossible: judgement, passendWerkOwnOrganisation: fc.option(fc.constantFrom('available', 'not-available'), { nil: undefined }) }), { nil: undefined }),
    aow: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
  });
  const buildCase = (c: { start: number; asOf: number; ba?: object | undefined; ad?: object | undefined; aow?: number | undefined }): Spoor2Input => ({
    firstSickDay: iso(c.start), asOf: iso(c.start + c.asOf), eerstejaarsevaluatie: { held: true, date: iso(c.start + 350) }, activities: {},
    ...(c.ba === undefined ? {} : { bedrijfsarts: c.ba }), ...(c.ad === undefined ? {} : { arbeidsdeskundige: c.ad }),
    ...(c.aow === undefined ? {} : { aowAgeDate: iso(c.start + c.aow) }),
  } as Spoor2Input);

  test.prop([factsArb])('must-start and overdue need both conditions settled, before AOW age and inside the wage period', (c) => {
    const input = buildCase(c);
    const r = checkSpoor2Readiness(input);
    if (r.status === 'must-start' || r.status === 'overdue') {
      expect(input.arbeidsdeskundige?.passendWerkOwnOrganisation).toBe('not-available');
      const own = input.arbeidsdeskundige?.ownWorkPossible === 'no' || (input.bedrijfsarts?.ownWorkPossible === 'no' && input.bedrijfsarts.prognosis === 'no-improvement');
      expect(own).toBe(true);
      expect(input.bedrijfsarts?.prognosis).not.toBe('recovery');
      if (c.aow !== undefined) expect(c.asOf).toBeLessThan(c.aow);
      expect(c.asOf).toBeLessThanOrEqual(727);
    }
    if (r.status !== 'overdue') expect(r.findings.map((f) => f.code)).not.toContain('spoor2-overdue');
  });
});

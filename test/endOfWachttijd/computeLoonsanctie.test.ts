import { describe, expect, it } from 'vitest';
import { computeLoonsanctie, safeComputeLoonsanctie, type LoonsanctieInput } from '../../src/endOfWachttijd/index.js';
import { PoortwachterError } from '../../src/errors/index.js';

// Day 1 = Mon 2024-01-01: wachttijd ends 2025-12-28 (D+727); decision due 2025-11-16 (D+685);
// the 52 weeks run 2025-12-29 … 2026-12-27 (D+1091, wvp-rules.md §8.2).
const D = '2024-01-01';

interface Row {
  readonly name: string;
  readonly basis: string;
  readonly input: Omit<LoonsanctieInput, 'firstSickDay' | 'sickPeriods'>;
  readonly imposed: boolean;
  readonly start: string | null;
  readonly lastDay: string | null;
  readonly wageLastDay: string;
  readonly wiaIngang: string;
  readonly lengthDays: number;
}

const ROWS: readonly Row[] = [
  { name: 'decision on the due date: full 52 weeks', basis: 'WIA 25 lid 9, 10', input: { decisionDate: '2025-11-16' },
    imposed: true, start: '2025-12-29', lastDay: '2026-12-27', wageLastDay: '2026-12-27', wiaIngang: '2026-12-28', lengthDays: 364 },
  { name: 'decision 14 days late: ends 14 days earlier', basis: 'WIA 25 lid 14, second sentence', input: { decisionDate: '2025-11-30' },
    imposed: true, start: '2025-12-29', lastDay: '2026-12-13', wageLastDay: '2026-12-13', wiaIngang: '2026-12-14', lengthDays: 350 },
  { name: 'decision on the last day of the wachttijd: 42 days shorter, still imposed', basis: 'WIA 25 lid 11, 14', input: { decisionDate: '2025-12-28' },
    imposed: true, start: '2025-12-29', lastDay: '2026-11-15', wageLastDay: '2026-11-15', wiaIngang: '2026-11-16', lengthDays: 322 },
  { name: 'decision after the end of the wachttijd: no loonsanctie', basis: 'WIA 25 lid 11', input: { decisionDate: '2025-12-29' },
    imposed: false, start: null, lastDay: null, wageLastDay: '2025-12-28', wiaIngang: '2025-12-29', lengthDays: 0 },
  { name: 'bekorting decided within 3 weeks: ends 6 weeks after the repair', basis: 'WIA 25 lid 12–14',
    input: { decisionDate: '2025-11-16', bekorting: { noticeDate: '2026-03-02', decisionDate: '2026-03-20', repaired: true } },
    imposed: true, start: '2025-12-29', lastDay: '2026-05-01', wageLastDay: '2026-05-01', wiaIngang: '2026-05-02', lengthDays: 124 },
  { name: 'bekorting decided 7 days late: 7 days earlier still', basis: 'WIA 25 lid 13, 14',
    input: { decisionDate: '2025-11-16', bekorting: { noticeDate: '2026-03-02', decisionDate: '2026-03-30', repaired: true } },
    imposed: true, start: '2025-12-29', lastDay: '2026-05-04', wageLastDay: '2026-05-04', wiaIngang: '2026-05-05', lengthDays: 127 },
  { name: 'late loonsanctie decision and late bekorting decision add up', basis: 'WIA 25 lid 14',
    input: { decisionDate: '2025-11-20', bekorting: { noticeDate: '2026-03-02', decisionDate: '2026-03-30', repaired: true } },
    imposed: true, start: '2025-12-29', lastDay: '2026-04-30', wageLastDay: '2026-04-30', wiaIngang: '2026-05-01', lengthDays: 123 },
  { name: 'late decision that the shortcoming is NOT repaired also shortens', basis: 'WIA 25 lid 14, second sentence',
    input: { decisionDate: '2025-11-16', bekorting: { noticeDate: '2026-03-02', decisionDate: '2026-04-02', repaired: false } },
    imposed: true, start: '2025-12-29', lastDay: '2026-12-17', wageLastDay: '2026-12-17', wiaIngang: '2026-12-18', lengthDays: 354 },
  { name: 'shortenings leave nothing: wage ends at the wachttijd', basis: 'WIA 25 lid 14',
    input: { decisionDate: '2025-12-28', bekorting: { noticeDate: '2025-12-28', decisionDate: '2025-12-28', repaired: true } },
    imposed: true, start: '2025-12-29', lastDay: null, wageLastDay: '2025-12-28', wiaIngang: '2025-12-29', lengthDays: 0 },
  { name: 'WAZO leave running at the end: starts after it', basis: 'WIA 25 lid 9, third sentence',
    input: { decisionDate: '2025-11-16', wazoLeave: [{ from: '2025-12-29', to: '2026-04-19' }] },
    imposed: true, start: '2026-04-20', lastDay: '2027-04-18', wageLastDay: '2027-04-18', wiaIngang: '2027-04-19', lengthDays: 364 },
  { name: 'new WAZO leave interrupts the loonsanctie', basis: 'WIA 25 lid 9, fourth sentence',
    input: { decisionDate: '2025-11-16', wazoLeave: [{ from: '2026-03-01', to: '2026-06-20' }] },
    imposed: true, start: '2025-12-29', lastDay: '2027-04-18', wageLastDay: '2027-04-18', wiaIngang: '2027-04-19', lengthDays: 364 },
  { name: 'measured against a voluntarily extended period', basis: 'WIA 25 lid 10 (with WIA 24)',
    input: { decisionDate: '2026-05-17', referenceLastDay: '2026-06-28' },
    imposed: true, start: '2026-06-29', lastDay: '2027-06-27', wageLastDay: '2027-06-27', wiaIngang: '2027-06-28', lengthDays: 364 },
];

describe('computeLoonsanctie — scenario table (day 1 = 2024-01-01)', () => {
  it.each(ROWS)('$name ($basis)', (row) => {
    const r = computeLoonsanctie({ firstSickDay: D, ...row.input } as LoonsanctieInput);
    expect(r.imposed).toBe(row.imposed);
    expect(r.start).toBe(row.start);
    expect(r.lastDay).toBe(row.lastDay);
    expect(r.wageLastDay).toBe(row.wageLastDay);
    expect(r.wiaIngang).toBe(row.wiaIngang);
    expect(r.lengthDays).toBe(row.lengthDays);
    for (const d of r.dates) expect(d.legalBasis.length).toBeGreaterThan(0);
    expect(r.legalBasis.length).toBeGreaterThan(0);
  });
});

describe('computeLoonsanctie — details', () => {
  it('gives the decision deadline, the objection term (moved by the Atw) and the resume date', () => {
    const r = computeLoonsanctie({ firstSickDay: D, decisionDate: '2025-11-20' });
    expect(r.decisionDue).toBe('2025-11-16');
    expect(r.decisionDelayDays).toBe(4);
    const byCode = Object.fromEntries(r.dates.map((d) => [d.id, d.date]));
    // 2025-11-20 + 42 = 2026-01-01 (Nieuwjaarsdag), 2-1-2026 is a decree day, then the weekend.
    expect(byCode['bezwaar-loonsanctie-uiterlijk']).toBe('2026-01-05');
    expect(byCode['wia-hervatting-uiterlijk']).toBe('2026-11-15');
    expect(r.findings.find((f) => f.code === 'beschikking-tijdig')?.status).toBe('no');
  });

  it('a pending bekorting is unknown, with the end if UWV decides on its due date', () => {
    const r = computeLoonsanctie({ firstSickDay: D, decisionDate: '2025-11-16', asOf: '2026-04-01', bekorting: { noticeDate: '2026-03-02' } });
    expect(r.missingFacts).toContain('bekorting.decisionDate');
    expect(r.bekorting?.repaired).toBe('unknown');
    expect(r.bekorting?.decisionDue).toBe('2026-03-23');
    expect(r.bekorting?.endIfRepairEstablishedOnDue).toBe('2026-05-04');
    expect(r.lastDay).toBe('2026-12-27');
  });

  it('the bekorting decision term is moved by the Atw', () => {
    // notice 2026-04-06 (Easter Monday) + 21 = Mon 2026-04-27 (Koningsdag) → Tue 2026-04-28
    const r = computeLoonsanctie({ firstSickDay: D, decisionDate: '2025-11-16', bekorting: { noticeDate: '2026-04-06' } });
    expect(r.bekorting?.decisionDue).toBe('2026-04-28');
  });

  it('counts gaps of samentelling (the wachttijd ends later)', () => {
    const r = computeLoonsanctie({ sickPeriods: [{ from: '2024-01-01', to: '2024-01-31' }, { from: '2024-02-11' }], decisionDate: '2025-11-26' });
    expect(r.wachttijdLastDay).toBe('2026-01-07');
    expect(r.decisionDue).toBe('2025-11-26');
    expect(r.lastDay).toBe('2027-01-06');
  });

  it('rejects decisions in an impossible order and missing facts', () => {
    expect(() => computeLoonsanctie({ firstSickDay: D, decisionDate: '2025-11-16', bekorting: { noticeDate: '2025-11-01' } })).toThrow(PoortwachterError);
    const r = safeComputeLoonsanctie({ firstSickDay: D, decisionDate: '2025-11-16', bekorting: { noticeDate: '2026-03-02', decisionDate: '2026-03-10' } });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]).toMatchObject({ path: ['bekorting', 'repaired'], code: 'missing' });
    const bad = safeComputeLoonsanctie({ firstSickDay: D, decisionDate: '2025-02-30' });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.message).toContain('computeLoonsanctie');
    expect(safeComputeLoonsanctie({ firstSickDay: D, decisionDate: '2025-11-16', extra: 1 } as unknown as LoonsanctieInput).success).toBe(false);
    expect(() => computeLoonsanctie({ firstSickDay: D, decisionDate: '2026-01-10', bekorting: { noticeDate: '2026-02-01' } })).toThrow(/nothing to shorten/);
  });
});

import { describe, expect, it } from 'vitest';
import { checkSpoor2Readiness, type Spoor2Input } from '../../src/spoor2/index.js';
import { PoortwachterError } from '../../src/errors/index.js';

/**
 * Issue 9 (spoor 2): the statutory conditions and limits of BW 7:658a lid 1, and exceptions that
 * are not deadlines. Day 1 = 2024-01-01; the evaluation held on 2024-12-16 puts the regular
 * required-by date on 2025-01-27 (42 days).
 */
const base = { firstSickDay: '2024-01-01', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, activities: {} } as const satisfies Spoor2Input;
/** Both conditions of 7:658a lid 1 settled: own work impossible for good, no other passend werk in the own organisation. */
const bothSettled = { arbeidsdeskundige: { ownWorkPossible: 'no', passendWerkOwnOrganisation: 'not-available' } } as const satisfies Spoor2Input;
const codes = (r: ReturnType<typeof checkSpoor2Readiness>): string[] => r.findings.map((f) => f.code);
const cites658a1 = (refs: readonly { article: string; paragraph?: string | null | undefined }[]): boolean =>
  refs.some((x) => x.article === '7:658a' && x.paragraph === '1');

describe('BW 7:658a lid 1: both conditions', () => {
  it('neither condition known: unknown (not must-start), lists the facts, keeps the date it would be required by', () => {
    const r = checkSpoor2Readiness({ ...base, asOf: '2025-01-20' });
    expect(r.status).toBe('unknown');
    expect(r.deadline.requiredBy).toBe('2025-01-27');
    expect(r.missingFacts).toEqual(expect.arrayContaining(['bedrijfsarts.ownWorkPossible', 'arbeidsdeskundige.passendWerkOwnOrganisation']));
    expect(cites658a1(r.legalBasis)).toBe(true);
  });

  it('past the date, conditions unknown: unknown, no overdue finding, efforts not "no"', () => {
    const r = checkSpoor2Readiness({ ...base, asOf: '2025-03-01' });
    expect(r.status).toBe('unknown');
    expect(codes(r)).not.toContain('spoor2-overdue');
    expect(r.loonsanctieRisk.steps.find((s) => s.id === 'sufficient-efforts')!.answer).not.toBe('no');
    expect(r.deadline.requiredBy).toBe('2025-01-27');
  });

  it('own work impossible but the other condition unknown: still unknown', () => {
    const r = checkSpoor2Readiness({ ...base, asOf: '2025-03-01', bedrijfsarts: { ownWorkPossible: 'no', prognosis: 'no-improvement' } });
    expect(r.status).toBe('unknown');
    expect(r.missingFacts).toContain('arbeidsdeskundige.passendWerkOwnOrganisation');
    expect(codes(r)).not.toContain('spoor2-overdue');
  });

  it('passend werk in the own organisation available: no spoor-2 duty', () => {
    const r = checkSpoor2Readiness({ ...base, asOf: '2025-03-01', arbeidsdeskundige: { ownWorkPossible: 'no', passendWerkOwnOrganisation: 'available' } });
    expect(r.status).toBe('not-needed-yet');
    expect(codes(r)).not.toContain('spoor2-overdue');
    expect(cites658a1(r.legalBasis)).toBe(true);
  });

  it('recovery in the own work expected: not-needed-yet even with the other condition unknown', () => {
    const r = checkSpoor2Readiness({ ...base, asOf: '2025-03-01', bedrijfsarts: { ownWorkPossible: 'partly', prognosis: 'recovery' } });
    expect(r.status).toBe('not-needed-yet');
    expect(codes(r)).not.toContain('spoor2-overdue');
  });

  it('both conditions settled: must-start, then overdue', () => {
    expect(checkSpoor2Readiness({ ...base, ...bothSettled, asOf: '2025-01-20' }).status).toBe('must-start');
    const late = checkSpoor2Readiness({ ...base, ...bothSettled, asOf: '2025-03-01' });
    expect(late.status).toBe('overdue');
    expect(codes(late)).toContain('spoor2-overdue');
  });

  it('a recorded statement that spoor 1 is not possible settles both conditions', () => {
    const r = checkSpoor2Readiness({ ...base, asOf: '2025-01-20', activities: { spoor1NotPossibleStatementOn: '2024-12-16' } });
    expect(r.status).toBe('must-start');
  });
});

describe('BW 7:658a lid 1 (Wet werken na de AOW-gerechtigde leeftijd): AOW age and the wage period', () => {
  it('from the day AOW age is reached there is no spoor-2 duty', () => {
    const before = checkSpoor2Readiness({ ...base, ...bothSettled, aowAgeDate: '2025-02-15', asOf: '2025-01-20' });
    expect(before.status).toBe('must-start');
    const after = checkSpoor2Readiness({ ...base, ...bothSettled, aowAgeDate: '2025-02-15', asOf: '2025-03-01' });
    expect(after.status).toBe('exempt');
    expect(codes(after)).not.toContain('spoor2-overdue');
    expect(after.exceptions.find((e) => e.id === 'aow-age-reached')?.holds).toBe('yes');
    expect(cites658a1(after.legalBasis)).toBe(true);
    expect(after.deadline.requiredBy).toBeNull();
  });

  it('AOW age reached inside the 42 days: never overdue', () => {
    const r = checkSpoor2Readiness({ ...base, ...bothSettled, aowAgeDate: '2025-01-10', asOf: '2025-06-01' });
    expect(r.status).toBe('exempt');
    expect(r.start.onTime).not.toBe('no');
  });

  it('after the wage period (wagePeriodLastDay) there is no spoor-2 duty', () => {
    const r = checkSpoor2Readiness({ ...base, ...bothSettled, wagePeriodLastDay: '2025-02-20', asOf: '2025-03-01' });
    expect(r.status).toBe('exempt');
    expect(r.exceptions.find((e) => e.id === 'wage-period-ended')?.holds).toBe('yes');
    expect(codes(r)).not.toContain('spoor2-overdue');
  });

  it('the wage period ends with the wachttijd by default', () => {
    const r = checkSpoor2Readiness({ ...base, ...bothSettled, asOf: '2026-01-15' });
    expect(r.wachttijdLastDay).toBe('2025-12-28');
    expect(r.status).toBe('exempt');
    expect(r.exceptions.find((e) => e.id === 'wage-period-ended')?.from).toBe('2025-12-29');
  });

  it('a wagePeriodLastDay before the first sick day is invalid input', () => {
    expect(() => checkSpoor2Readiness({ ...base, wagePeriodLastDay: '2023-12-01', asOf: '2025-03-01' })).toThrow(PoortwachterError);
  });
});

describe('an exception is not a deadline', () => {
  it.each([
    ['postponement', { postponement: { from: '2024-12-01', to: '2025-03-31' } }, 'postponed'],
    ['geen benutbare mogelijkheden', { geenBenutbareMogelijkheden: { from: '2024-12-01', to: '2025-03-31' } }, 'exempt'],
    ['marginale mogelijkheden', { marginaleMogelijkheden: { from: '2024-12-01', to: '2025-03-31' } }, 'exempt'],
  ] as const)('%s: requiredBy is null while it holds; the date after it lapses is in lapse', (_n, exceptions, status) => {
    const r = checkSpoor2Readiness({ ...base, ...bothSettled, asOf: '2025-01-20', exceptions });
    expect(r.status).toBe(status);
    expect(r.deadline.requiredBy).toBeNull();
    expect(r.exceptions[0]!.lapse).toEqual({ mustStartFrom: '2025-04-01', mustStartBy: '2025-05-13' });
  });

  it('perspective within three months: requiredBy null, lapse has the date', () => {
    const r = checkSpoor2Readiness({ ...base, ...bothSettled, asOf: '2025-01-20', perspective: { concrete: true, structural: true, expectedReturnDate: '2025-02-28' } });
    expect(r.status).toBe('exempt');
    expect(r.deadline.requiredBy).toBeNull();
    expect(r.exceptions[0]!.lapse).toEqual({ mustStartFrom: '2025-03-01', mustStartBy: '2025-04-12' });
  });

  it('a perspective given before the eerstejaarsevaluatie is not an exemption but not-needed-yet', () => {
    const input: Spoor2Input = { ...base, asOf: '2025-01-10', perspective: { concrete: true, structural: true, assessedOn: '2024-11-01', expectedReturnDate: '2025-01-15' } };
    const r = checkSpoor2Readiness(input);
    expect(r.status).toBe('not-needed-yet');
    expect(r.exceptions.some((e) => e.holds === 'yes')).toBe(false);
    expect(r.deadline.requiredBy).toBe('2025-01-27');
  });

  it('a perspective whose return lies before its (default) assessment date is invalid input', () => {
    const run = (): unknown => checkSpoor2Readiness({ ...base, asOf: '2025-01-20', perspective: { concrete: true, structural: true, expectedReturnDate: '2024-12-01' } });
    expect(run).toThrow(PoortwachterError);
    try { run(); } catch (e) { expect((e as PoortwachterError).issues[0]!.path).toEqual(['perspective', 'expectedReturnDate']); }
  });
});

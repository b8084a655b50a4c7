import { describe, expect, it } from 'vitest';
import { computeOpzegverbod, safeComputeOpzegverbod, type OpzegverbodInput } from '../../src/endOfWachttijd/index.js';

interface Row {
  readonly name: string;
  readonly basis: string;
  readonly input: OpzegverbodInput;
  readonly lastDay: string | null;
  readonly wachttijdLastDay: string;
  readonly differenceDays: number | null;
}

const ROWS: readonly Row[] = [
  { name: 'two calendar years (2024 is a leap year: 731 days) end 3 days after the 104 weeks', basis: 'BW 7:670 lid 1 a; WIA 23 lid 1',
    input: { firstSickDay: '2024-01-01' }, lastDay: '2025-12-31', wachttijdLastDay: '2025-12-28', differenceDays: 3 },
  { name: 'two years without a leap day: 730 days, 2 days after the wachttijd', basis: 'BW 7:670 lid 1 a',
    input: { firstSickDay: '2025-03-03' }, lastDay: '2027-03-02', wachttijdLastDay: '2027-02-28', differenceDays: 2 },
  { name: '29 February: two years run to 1 March (reading)', basis: 'BW 7:670 lid 1 a',
    input: { firstSickDay: '2024-02-29' }, lastDay: '2026-02-28', wachttijdLastDay: '2026-02-25', differenceDays: 3 },
  { name: 'pregnancy-related sickness before the leave is not counted (91 days)', basis: 'BW 7:670 lid 1',
    input: { sickPeriods: [{ from: '2024-01-01', to: '2024-03-31', pregnancyRelated: true }, { from: '2024-06-24' }], wazoLeave: [{ from: '2024-04-01', to: '2024-06-23' }] },
    lastDay: '2026-06-24', wachttijdLastDay: '2026-03-22', differenceDays: 94 },
  { name: 'pregnancy-related sickness after the leave counts', basis: 'BW 7:670 lid 1',
    input: { sickPeriods: [{ from: '2024-07-01', pregnancyRelated: true }], wazoLeave: [{ from: '2024-03-01', to: '2024-06-20' }] },
    lastDay: '2026-06-30', wachttijdLastDay: '2026-06-28', differenceDays: 2 },
  { name: 'pregnancy-related sickness still running before any leave: not determinable', basis: 'BW 7:670 lid 1',
    input: { sickPeriods: [{ from: '2024-01-01', pregnancyRelated: true }] }, lastDay: null, wachttijdLastDay: '2025-12-28', differenceDays: null },
  { name: 'AOW age reached during sickness: six weeks from the AOW date', basis: 'BW 7:670 lid 1 a',
    input: { firstSickDay: '2024-01-01', aowDate: '2025-03-01' }, lastDay: '2025-04-11', wachttijdLastDay: '2025-12-28', differenceDays: -261 },
  { name: 'AOW age before day 1: six weeks of sickness', basis: 'BW 7:670 lid 1 a',
    input: { firstSickDay: '2024-01-01', aowDate: '2023-05-01' }, lastDay: '2024-02-11', wachttijdLastDay: '2025-12-28', differenceDays: -686 },
  { name: 'sick before 1 July 2023 at AOW age: 13 weeks (transitional law)', basis: 'Wet werken na de AOW-gerechtigde leeftijd art VIIIa',
    input: { firstSickDay: '2022-01-03', aowDate: '2022-06-01' }, lastDay: '2022-08-30', wachttijdLastDay: '2023-12-31', differenceDays: -488 },
];

describe('computeOpzegverbod — scenario table', () => {
  it.each(ROWS)('$name ($basis)', (row) => {
    const r = computeOpzegverbod(row.input);
    expect(r.lastDay).toBe(row.lastDay);
    expect(r.wachttijdLastDay).toBe(row.wachttijdLastDay);
    expect(r.differenceDays).toBe(row.differenceDays);
    for (const d of r.dates) expect(d.legalBasis.length).toBeGreaterThan(0);
  });
});

describe('computeOpzegverbod — details', () => {
  it('extensions of lid 11 add up; notice is possible the day after', () => {
    const r = computeOpzegverbod({ firstSickDay: '2024-01-01', extensions: { lateWiaAanvraagDays: 14, vrijwilligeVerlengingDays: 182, loonsanctieDays: 364 } });
    expect(r.baseLastDay).toBe('2025-12-31');
    expect(r.extensionDays.total).toBe(560);
    expect(r.lastDay).toBe('2027-07-14');
    expect(r.noticeFrom).toBe('2027-07-15');
    expect(r.legalBasis.map((l) => l.id)).toContain('BW 7:670 lid 11');
  });
  it('AOW age also shortens the 26 weeks of 7:669 lid 3 b and c', () => {
    expect(computeOpzegverbod({ firstSickDay: '2024-01-01', aowDate: '2025-03-01' }).ontslaggrondWeeks).toBe(6);
    expect(computeOpzegverbod({ firstSickDay: '2022-01-03', aowDate: '2022-06-01' }).ontslaggrondWeeks).toBe(13);
    expect(computeOpzegverbod({ firstSickDay: '2024-01-01' }).ontslaggrondWeeks).toBe(26);
  });
  it('no AOW variant applied before 2016 (with a notice)', () => {
    const r = computeOpzegverbod({ firstSickDay: '2014-01-06', aowDate: '2014-06-01' });
    expect(r.code).toBe('twee-jaren');
    expect(r.notices[0]?.en).toContain('Before 2016');
  });
  it('no opzegverbod when the sickness began after UWV received the permit request (lid 1 b)', () => {
    const r = computeOpzegverbod({ firstSickDay: '2024-01-01', dismissalRequestReceived: '2023-12-15' });
    expect(r.applies).toBe(false);
    expect(r.legalBasis[0]?.id).toBe('BW 7:670 lid 1 sub b');
  });
  it('rejects negative extensions', () => {
    expect(safeComputeOpzegverbod({ firstSickDay: '2024-01-01', extensions: { loonsanctieDays: -1 } }).success).toBe(false);
  });
});

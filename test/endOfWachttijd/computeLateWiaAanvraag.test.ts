import { describe, expect, it } from 'vitest';
import { computeLateWiaAanvraag, type LateWiaAanvraagInput } from '../../src/endOfWachttijd/index.js';

// Day 1 = 2024-01-01: aanvraag due 2025-10-12 (D+650), UWV notice due 2025-09-14 (D+622),
// 42-week melding before 2025-07-20 (D+566).
const D = '2024-01-01';

interface Row {
  readonly name: string;
  readonly basis: string;
  readonly input: Omit<LateWiaAanvraagInput, 'firstSickDay' | 'sickPeriods'>;
  readonly timely: 'yes' | 'no' | 'unknown';
  readonly code: string;
  readonly wageLastDay: string;
}

const ROWS: readonly Row[] = [
  { name: 'on time', basis: 'WIA 64 lid 3', input: { applicationDate: '2025-10-10' }, timely: 'yes', code: 'tijdig', wageLastDay: '2025-12-28' },
  { name: '14 days late, notice on time', basis: 'BW 7:629 lid 11 a', input: { applicationDate: '2025-10-26', wiaBriefReceived: '2025-09-10', ziekmeldingUwv: '2024-10-21' },
    timely: 'no', code: 'te-laat', wageLastDay: '2026-01-11' },
  { name: 'late notice, application within four weeks of receipt', basis: 'WIA 64 lid 6', input: { applicationDate: '2025-10-26', wiaBriefReceived: '2025-10-01', ziekmeldingUwv: '2024-10-21' },
    timely: 'yes', code: 'tijdig-late-kennisgeving', wageLastDay: '2025-12-28' },
  { name: 'late notice but no 42-week melding', basis: 'WIA 64 lid 6, second sentence', input: { applicationDate: '2025-10-26', wiaBriefReceived: '2025-10-01', ziekmeldingUwv: 'not-done' },
    timely: 'no', code: 'te-laat', wageLastDay: '2026-01-11' },
  { name: 'late notice, melding made ON the week-81 day (not before it)', basis: 'WIA 64 lid 6, second sentence', input: { applicationDate: '2025-10-26', wiaBriefReceived: '2025-10-01', ziekmeldingUwv: '2025-07-20' },
    timely: 'no', code: 'te-laat', wageLastDay: '2026-01-11' },
  { name: 'late notice, melding the day before', basis: 'WIA 64 lid 6', input: { applicationDate: '2025-10-26', wiaBriefReceived: '2025-10-01', ziekmeldingUwv: '2025-07-19' },
    timely: 'yes', code: 'tijdig-late-kennisgeving', wageLastDay: '2025-12-28' },
  { name: 'no notice at all: timely without a four-week limit', basis: 'WIA 64 lid 6', input: { applicationDate: '2025-12-20', wiaBriefReceived: 'not-received', ziekmeldingUwv: '2024-10-21' },
    timely: 'yes', code: 'tijdig-geen-kennisgeving', wageLastDay: '2025-12-28' },
  { name: 'late notice, application after four weeks', basis: 'WIA 64 lid 6', input: { applicationDate: '2025-11-05', wiaBriefReceived: '2025-10-01', ziekmeldingUwv: '2024-10-21' },
    timely: 'no', code: 'te-laat', wageLastDay: '2026-01-21' },
  { name: 'four weeks end on a Saturday: moved to Monday', basis: 'WIA 64 lid 6; Atw art 1', input: { applicationDate: '2025-12-29', wiaBriefReceived: '2025-11-29', ziekmeldingUwv: '2024-10-21' },
    timely: 'yes', code: 'tijdig-late-kennisgeving', wageLastDay: '2025-12-28' },
  { name: 'receipt of the notice unknown', basis: 'WIA 64 lid 6', input: { applicationDate: '2025-10-26', ziekmeldingUwv: '2024-10-21' },
    timely: 'unknown', code: 'unknown', wageLastDay: '2026-01-11' },
];

describe('computeLateWiaAanvraag — scenario table', () => {
  it.each(ROWS)('$name ($basis)', (row) => {
    const r = computeLateWiaAanvraag({ firstSickDay: D, ...row.input } as LateWiaAanvraagInput);
    expect(r.timely).toBe(row.timely);
    expect(r.code).toBe(row.code);
    expect(r.wageLastDay).toBe(row.wageLastDay);
    expect(r.deadline).toBe('2025-10-12');
    expect(r.wiaBriefDue).toBe('2025-09-14');
    expect(r.ziekmeldingBefore).toBe('2025-07-20');
    for (const d of r.dates) expect(d.legalBasis.length).toBeGreaterThan(0);
  });
});

describe('computeLateWiaAanvraag — consequences', () => {
  it('late without deugdelijke grond: no wage over the delay (7:629 lid 3 f); opzegverbod extended', () => {
    const r = computeLateWiaAanvraag({ firstSickDay: D, applicationDate: '2025-10-26', wiaBriefReceived: '2025-09-10', ziekmeldingUwv: '2024-10-21', deugdelijkeGrond: false });
    expect(r.wageForfeited).toBe('yes');
    expect(r.delayDays).toBe(14);
    expect(r.opzegverbodExtensionDays).toBe(14);
    expect(r.loonsanctieDecisionDue).toBe('2025-11-30');
    expect(r.wiaIngang).toBe('2026-01-12');
  });
  it('unknown deugdelijke grond is onbekend with the missing fact', () => {
    const r = computeLateWiaAanvraag({ firstSickDay: D, applicationDate: '2025-10-26', wiaBriefReceived: '2025-09-10', ziekmeldingUwv: '2024-10-21' });
    expect(r.wageForfeited).toBe('unknown');
    expect(r.missingFacts).toContain('deugdelijkeGrond');
  });
  it('uses 13 weeks / week 87 / week 79 before 1 July 2013', () => {
    const r = computeLateWiaAanvraag({ firstSickDay: '2010-01-04', applicationDate: '2011-10-01' });
    expect(r).toMatchObject({ timely: 'yes', deadline: '2011-10-02', wiaBriefDue: '2011-09-04', ziekmeldingBefore: '2011-07-10' });
  });
  it('measures against a voluntarily extended period', () => {
    const r = computeLateWiaAanvraag({ firstSickDay: D, applicationDate: '2026-04-12', extendedLastDay: '2026-06-28' });
    expect(r.timely).toBe('yes');
    expect(r.deadline).toBe('2026-04-12');
  });
});

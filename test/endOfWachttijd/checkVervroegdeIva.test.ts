import { describe, expect, it } from 'vitest';
import { checkVervroegdeIva, safeCheckVervroegdeIva } from '../../src/endOfWachttijd/index.js';

const D = '2024-01-01';

describe('checkVervroegdeIva (WIA 23 lid 6, 66)', () => {
  it('window: from week 4 (UWV, practice) to the end of week 68 (D+475, derived from 78 − 10)', () => {
    const r = checkVervroegdeIva({ firstSickDay: D });
    expect(r.window).toEqual({ from: '2024-01-22', to: '2025-04-20' });
    expect(r.dates.find((d) => d.id === 'vervroegde-iva-aanvragen-vanaf')?.normKind).toBe('practice');
    expect(r.dates.find((d) => d.id === 'vervroegde-iva-uiterlijk')?.normKind).toBe('statutory');
    expect(r.verdict).toBe('unknown');
  });

  it.each([
    { app: '2024-01-08', earliest: '2024-03-31', note: 'early application: 13 weeks (end of week 13)' },
    { app: '2024-06-03', earliest: '2024-08-12', note: 'ten weeks after the application' },
    { app: '2025-04-20', earliest: '2025-06-29', note: 'last day to apply: earliest = latest = end of week 78' },
  ])('verkorte wachttijd for an application on $app: $note', ({ app, earliest }) => {
    const r = checkVervroegdeIva({ firstSickDay: D, applicationDate: app, earlierApplication: false, bedrijfsartsVerklaring: true });
    expect(r.verkorteWachttijd?.earliestLastDay).toBe(earliest);
    expect(r.verkorteWachttijd?.latestLastDay).toBe('2025-06-29');
    expect(r.verdict).toBe('mogelijk');
  });

  it('after week 68 it is no longer possible', () => {
    const r = checkVervroegdeIva({ firstSickDay: D, applicationDate: '2025-04-21', earlierApplication: false, bedrijfsartsVerklaring: true });
    expect(r.verdict).toBe('niet-mogelijk');
    expect(r.verkorteWachttijd).toBeNull();
    expect(r.criteria.find((c) => c.code === 'aanvraag-binnen-termijn')?.status).toBe('no');
  });

  it('only once (66 lid 2); a bedrijfsarts statement is needed unless 66 lid 7', () => {
    expect(checkVervroegdeIva({ firstSickDay: D, applicationDate: '2024-06-03', earlierApplication: true, bedrijfsartsVerklaring: true }).verdict).toBe('niet-mogelijk');
    expect(checkVervroegdeIva({ firstSickDay: D, applicationDate: '2024-06-03', earlierApplication: false, bedrijfsartsVerklaring: false }).verdict).toBe('niet-mogelijk');
    expect(checkVervroegdeIva({ firstSickDay: D, applicationDate: '2024-06-03', earlierApplication: false, ziekengeldZonderLoon: true }).verdict).toBe('mogelijk');
    const unknown = checkVervroegdeIva({ firstSickDay: D, applicationDate: '2024-06-03' });
    expect(unknown.verdict).toBe('unknown');
    expect(unknown.missingFacts).toEqual(['earlierApplication', 'bedrijfsartsVerklaring']);
  });

  it('the medical criterion is always for UWV', () => {
    const r = checkVervroegdeIva({ firstSickDay: D, applicationDate: '2024-06-03', earlierApplication: false, bedrijfsartsVerklaring: true });
    expect(r.criteria.find((c) => c.code === 'volledig-en-duurzaam-arbeidsongeschikt')?.status).toBe('unknown');
  });

  it('rejects a set end outside 13–78 weeks or less than ten weeks after the application', () => {
    expect(safeCheckVervroegdeIva({ firstSickDay: D, applicationDate: '2024-06-03', setLastDay: '2024-08-01' }).success).toBe(false);
    expect(safeCheckVervroegdeIva({ firstSickDay: D, applicationDate: '2024-06-03', setLastDay: '2025-07-01' }).success).toBe(false);
    expect(safeCheckVervroegdeIva({ firstSickDay: D, applicationDate: '2024-06-03', setLastDay: '2024-09-01' }).success).toBe(true);
  });
});

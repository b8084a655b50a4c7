import { describe, expect, it } from 'vitest';
import { checkVervroegdeIva, computeLateWiaAanvraag, safeCheckVervroegdeIva, safeComputeLateWiaAanvraag } from '../../src/endOfWachttijd/index.js';

describe('checkVervroegdeIva: rules at the edges', () => {
  it('a verkorte wachttijd set by UWV presupposes an application (WIA 23 lid 6: ten weeks after it)', () => {
    const r = safeCheckVervroegdeIva({ firstSickDay: '2024-01-01', setLastDay: '2024-09-01' });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues).toEqual([expect.objectContaining({ path: ['applicationDate'], code: 'missing' })]);
  });

  it('the trace: window, criteria, verkorte wachttijd, verdict — with the missing facts where they arise', () => {
    const r = checkVervroegdeIva({ firstSickDay: '2024-01-01', applicationDate: '2024-06-03' });
    expect(r.trace.map((s) => s.rule)).toEqual([
      'vervroegdeIva.window.from', 'vervroegdeIva.window.to', 'vervroegdeIva.aanvraag-binnen-termijn',
      'vervroegdeIva.verkorte-wachttijd.earliest', 'vervroegdeIva.verkorte-wachttijd.latest', 'vervroegdeIva.eerste-aanvraag',
      'vervroegdeIva.bedrijfsartsverklaring', 'vervroegdeIva.volledig-en-duurzaam-arbeidsongeschikt', 'vervroegdeIva.verdict',
    ]);
    expect(r.trace.find((s) => s.rule === 'vervroegdeIva.eerste-aanvraag')!.missingFacts).toEqual(['earlierApplication']);
    expect(r.missingFacts).toEqual(['earlierApplication', 'bedrijfsartsVerklaring']);
    expect(r.trace.at(-1)).toMatchObject({ outcome: 'unknown', outputs: { verdict: 'unknown' }, message: 'applyThroughTheFormalConditionsAre' });
  });

  it('WIA 66 lid 7: ziekengeld without wage needs no bedrijfsarts statement; all formal conditions met → mogelijk', () => {
    const r = checkVervroegdeIva({ firstSickDay: '2024-01-01', applicationDate: '2024-06-03', earlierApplication: false, ziekengeldZonderLoon: true });
    expect(r.verdict).toBe('mogelijk');
    expect(r.missingFacts).toEqual([]);
    expect(r.trace.find((s) => s.rule === 'vervroegdeIva.bedrijfsartsverklaring')).toMatchObject({ refs: ['WIA_66_7'], outcome: 'met' });
  });
});

describe('computeLateWiaAanvraag: the safe twin and the trace', () => {
  it('safeComputeLateWiaAanvraag returns the result or the input issues', () => {
    const ok = safeComputeLateWiaAanvraag({ firstSickDay: '2024-01-01', applicationDate: '2025-10-26', wiaBriefReceived: '2025-09-10', ziekmeldingUwv: '2024-10-21' });
    expect(ok.success).toBe(true);
    if (ok.success) expect(ok.data).toMatchObject({ timely: 'no', code: 'te-laat', delayDays: 14 });
    const bad = safeComputeLateWiaAanvraag({ firstSickDay: '2024-01-01', applicationDate: '2023-12-31' });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.issues).toEqual([expect.objectContaining({ path: ['applicationDate'] })]);
  });

  it('a late notice with the application within four weeks counts as timely (WIA 64 lid 6); the trace shows the safe harbour', () => {
    // Deadline 2025-10-12, notice due 2025-09-14 but received 2025-11-06: applying by 2025-12-04 (four weeks) is timely.
    const r = computeLateWiaAanvraag({ firstSickDay: '2024-01-01', applicationDate: '2025-11-20', wiaBriefReceived: '2025-11-06', ziekmeldingUwv: '2024-10-21' });
    expect(r).toMatchObject({ timely: 'yes', code: 'tijdig-late-kennisgeving', deadline: '2025-10-12', wiaBriefDue: '2025-09-14', safeHarbourDeadline: '2025-12-04', delayDays: 0, missingFacts: [] });
    expect(r.trace.map((s) => s.rule)).toContain('lateWiaAanvraag.safe-harbour-deadline');
    expect(r.trace.find((s) => s.rule === 'lateWiaAanvraag.kennisgeving-uwv-te-laat')).toMatchObject({ outcome: 'met', outputs: { status: 'yes', notice: 'late-within' } });
    expect(r.trace.at(-1)).toMatchObject({ rule: 'lateWiaAanvraag.timely', outcome: 'met', params: { safeHarbour: { message: 'underTheSafeHarbour' } } });
  });
});

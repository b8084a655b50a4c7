import { describe, expect, it } from 'vitest';
import { END_OF_WACHTTIJD_EFFECTS, END_OF_WACHTTIJD_MILESTONE_EFFECTS } from '../../src/law/endOfWachttijdEffects.js';
import { END_OF_WACHTTIJD_NORMS } from '../../src/law/endOfWachttijdNorms.js';
import { END_OF_WACHTTIJD_TEXTS } from '../../src/endOfWachttijd/messages.js';
import { effectDay } from '../../src/endOfWachttijd/evaluateEffect.js';
import { LEGAL_CATALOGUE } from '../../src/legal/catalogue.js';
import { MILESTONE_RULES_TABLE } from '../../src/law/milestoneRules.js';
import { toDayNumber, fromDayNumber } from '../../src/calendar/dayNumber.js';
import { computeTimeline } from '../../src/timeline/computeTimeline.js';
import { applyEndOfWachttijdEvents, endOfWachttijdSteps } from '../../src/timeline/applyEndOfWachttijdEvents.js';
import { renderStep } from '../../src/endOfWachttijd/renderStep.js';

const messages = new Set(Object.keys(END_OF_WACHTTIJD_TEXTS.nl));
const keys = new Set(Object.keys(LEGAL_CATALOGUE));

describe('end-of-wachttijd effects as rows (law/endOfWachttijdEffects.ts)', () => {
  it('each dated effect: its key as id, a norm of the table, catalogue refs, a message of the catalogue', () => {
    for (const [id, row] of Object.entries(END_OF_WACHTTIJD_EFFECTS)) {
      expect(row.id).toBe(id);
      expect(END_OF_WACHTTIJD_NORMS[row.offset.norm].unit).toBe('weeks');
      for (const r of row.refs) expect(keys.has(r)).toBe(true);
      expect(messages.has(row.message)).toBe(true);
      // A backward term is never moved by the Algemene termijnenwet (art 1 lid 2).
      if (row.offset.direction === 'before') expect(row.atw).toBe(false);
    }
    const orders = Object.values(END_OF_WACHTTIJD_EFFECTS).map((r) => r.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('each milestone effect: a milestone of the rule table, catalogue refs, a message of the catalogue or null', () => {
    for (const [id, row] of Object.entries(END_OF_WACHTTIJD_MILESTONE_EFFECTS)) {
      expect(row.id).toBe(id);
      expect(Object.keys(MILESTONE_RULES_TABLE)).toContain(row.milestone);
      for (const r of row.refs) expect(keys.has(r)).toBe(true);
      if (row.message !== null) expect(messages.has(row.message)).toBe(true);
    }
  });

  it('the evaluator: anchor plus the weeks of the norm, moved to a working day where the Atw applies', () => {
    // Decision Sunday 2025-11-16: six weeks later is Sunday 2025-12-28, moved to Monday (Awb 6:7, Atw 1 lid 1).
    expect(fromDayNumber(effectDay('bezwaar-loonsanctie-uiterlijk', toDayNumber('2025-11-16')))).toBe('2025-12-29');
    // Six weeks before Sunday 2025-12-28 is Sunday 2025-11-16: a backward term stays (Atw 1 lid 2).
    expect(fromDayNumber(effectDay('loonsanctie-beschikking-uiterlijk', toDayNumber('2025-12-28')))).toBe('2025-11-16');
    // WIA 25 lid 14: "zes weken nadat" the repair was established — not moved.
    expect(fromDayNumber(effectDay('einde-loonsanctie-na-herstel', toDayNumber('2026-03-01')))).toBe('2026-04-12');
    // WIA 24 lid 3: 13 weeks, over twelve weeks, so not moved (Atw 4).
    expect(fromDayNumber(effectDay('verkorting-vroegste-einde', toDayNumber('2026-01-04')))).toBe('2026-04-05');
  });
});

describe('endOfWachttijdSteps: the trace of the milestones applyEndOfWachttijdEvents sets', () => {
  const tl = computeTimeline({ firstSickDay: '2024-01-01' });

  it('one step per milestone set, in the order applied, with the due date it produced and its message rendered as the milestone text', () => {
    const events = { loonsanctie: { decisionDate: '2025-11-16', bezwaarDate: '2025-12-01' }, vrijwilligeVerlenging: undefined };
    const out = applyEndOfWachttijdEvents(tl, events);
    const steps = endOfWachttijdSteps(tl, events);
    expect(steps.map((s) => s.rule)).toEqual([
      'endOfWachttijd.loonsanctie.beschikking', 'endOfWachttijd.loonsanctie.bezwaar', 'endOfWachttijd.loonsanctie.einde',
      'endOfWachttijd.loon.einde-loondoorbetaling', 'endOfWachttijd.loon.wia-ingang', 'endOfWachttijd.opzegverbod.einde',
    ]);
    for (const s of steps) {
      const m = out.milestones.find((x) => x.id === s.outputs['milestone'])!;
      expect(s.outputs['due']).toBe(m.due);
      expect(renderStep(s)).toEqual(m.explanation.text);
      for (const r of s.refs) expect(keys.has(r)).toBe(true);
    }
    expect(steps[1]).toMatchObject({ inputs: { event: '2025-11-16', eventUsed: 'loonsanctie', done: '2025-12-01' }, refs: expect.arrayContaining(['AWB_6_7']) });
    expect(out.milestones.find((m) => m.id === 'wia-ingang')?.due).toBe('2026-12-28');
  });

  it('a vrijwillige verlenging with a vervroegde IVA application and the opzegverbod: every milestone set is traced', () => {
    const t2 = computeTimeline({ firstSickDay: '2024-01-01', events: { 'vervroegde-iva-uiterlijk': '2025-06-01' } } as never);
    const events = { vrijwilligeVerlenging: { extendedLastDay: '2026-06-28', vangnet: 'none' as const }, vervroegdeIva: {} };
    const out = applyEndOfWachttijdEvents(t2, events);
    const steps = endOfWachttijdSteps(t2, events);
    expect(steps.map((s) => s.rule)).toContain('endOfWachttijd.verlenging.einde-wachttijd');
    expect(steps.map((s) => s.rule)).toContain('endOfWachttijd.opzegverbod.einde');
    for (const s of steps) expect(out.milestones.find((x) => x.id === s.outputs['milestone'])?.due).toBe(s.outputs['due']);
  });
});

describe('timeline notices of a vrijwillige verlenging come from the one catalogue', () => {
  it('the texts are those of 0.1.0, byte for byte', async () => {
    const { EOW_NOTICES } = await import('../../src/endOfWachttijd/timelineNotices.js');
    expect(EOW_NOTICES.verlengingApplied('2026-06-28')).toEqual({ nl: 'Vrijwillige verlenging (WIA 24) tot en met 2026-06-28.', en: 'Voluntary extension (WIA 24) through 2026-06-28.' });
    expect(EOW_NOTICES.verlengingUncertain('2026-06-28', true).en).toBe("Voluntary extension (WIA 24) through 2026-06-28 applied, but it is unknown whether the employee is in a safety-net group (ZW 29, 29a lid 1 or 4); if so, an extension is excluded (WIA 24 lid 1 sub a). Pass 'vangnet'.");
    expect(EOW_NOTICES.verlengingUncertain('2026-06-28', false).nl).toBe('Vrijwillige verlenging (WIA 24) tot en met 2026-06-28 toegepast, maar of die mogelijk is, is onzeker (WIA 24 lid 1 sub a; zie de bevindingen van computeVrijwilligeVerlenging).');
  });
});

import { describe, expect, it } from 'vitest';
import { applyEndOfWachttijdEvents, computeLateWiaAanvraag, computeVrijwilligeVerlenging } from '../../src/index.js';
import { computeTimeline } from '../../src/timeline/index.js';

/** Issue 10 (one vocabulary): the 0.1.0 input words stay accepted as deprecated aliases, with the same result. */
const D = '2024-01-01';

describe('end of the wachttijd — deprecated input words of 0.1.0', () => {
  it("vangnet 'geen' means 'none' (computeVrijwilligeVerlenging)", () => {
    const viaNone = computeVrijwilligeVerlenging({ firstSickDay: D, extendedLastDay: '2026-06-28', vangnet: 'none' });
    expect(viaNone.allowed).toBe('yes');
    expect(computeVrijwilligeVerlenging({ firstSickDay: D, extendedLastDay: '2026-06-28', vangnet: 'geen' })).toEqual(viaNone);
  });

  it("vangnet 'geen' means 'none' in the events of a timeline", () => {
    const tl = computeTimeline({ firstSickDay: D });
    expect(applyEndOfWachttijdEvents(tl, { vrijwilligeVerlenging: { extendedLastDay: '2026-06-28', vangnet: 'geen' } }))
      .toEqual(applyEndOfWachttijdEvents(tl, { vrijwilligeVerlenging: { extendedLastDay: '2026-06-28', vangnet: 'none' } }));
  });

  it("'niet-ontvangen' means 'not-received' and 'niet-gedaan' means 'not-done' (computeLateWiaAanvraag)", () => {
    const base = { firstSickDay: '2023-12-31', applicationDate: '2025-12-20' } as const;
    const now = computeLateWiaAanvraag({ ...base, wiaBriefReceived: 'not-received', ziekmeldingUwv: '2024-09-01' });
    expect(now.code).toBe('tijdig-geen-kennisgeving');
    expect(computeLateWiaAanvraag({ ...base, wiaBriefReceived: 'niet-ontvangen', ziekmeldingUwv: '2024-09-01' })).toEqual(now);
    const noMelding = computeLateWiaAanvraag({ ...base, wiaBriefReceived: 'not-received', ziekmeldingUwv: 'not-done' });
    expect(noMelding.timely).toBe('no');
    expect(computeLateWiaAanvraag({ ...base, wiaBriefReceived: 'not-received', ziekmeldingUwv: 'niet-gedaan' })).toEqual(noMelding);
  });
});

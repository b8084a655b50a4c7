import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { applyEndOfWachttijdEvents, computeOpzegverbod, computeTimeline, LEGAL_CATALOGUE, type LegalRef, type SickPeriod } from '../../src/index.js';
import { fromDayNumber } from '../../src/calendar/dayNumber.js';
import { sickChainArb } from '../helpers/arbitraries.js';

const catalogue = new Set<unknown>(Object.values(LEGAL_CATALOGUE));

/** Every object with a `bwbId` (a legal reference) anywhere in `v`. */
function refsIn(v: unknown, out: LegalRef[] = [], seen = new Set<object>()): LegalRef[] {
  if (v === null || typeof v !== 'object' || seen.has(v)) return out;
  seen.add(v);
  if ('bwbId' in v) out.push(v as LegalRef);
  else for (const x of Object.values(v)) refsIn(x, out, seen);
  return out;
}

function chainPeriods(c: { start: number; parts: { len: number; gap: number }[] }): SickPeriod[] {
  const out: SickPeriod[] = [];
  let cur = c.start;
  for (const p of c.parts) {
    out.push({ from: fromDayNumber(cur), to: fromDayNumber(cur + p.len - 1) });
    cur += p.len + p.gap;
  }
  out.push({ from: fromDayNumber(cur) });
  return out;
}

describe('one legal catalogue: random facts', () => {
  test.prop([sickChainArb, fc.integer({ min: 0, max: 900 }), fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined })])(
    'the timeline, its end-of-wachttijd view and the opzegverbod cite only catalogue objects, and one title per id',
    (c, asOfOffset, aow) => {
      const sickPeriods = chainPeriods(c);
      const first = sickPeriods[0]!.from;
      const last = sickPeriods.at(-1)!.from;
      const asOf = fromDayNumber(c.start + asOfOffset);
      const aowDate = aow === undefined ? undefined : fromDayNumber(c.start + aow);
      let timeline;
      try {
        timeline = computeTimeline({ sickPeriods, asOf: asOf < last ? last : asOf, ...(aowDate ? { aowDate } : {}) }, { includeOpzegverbod: true });
      } catch {
        return; // out-of-range facts are not the point here
      }
      const outputs: unknown[] = [timeline];
      try {
        // A loonsanctie decided some weeks before the end of the wachttijd (WIA 25 lid 9/10).
        outputs.push(applyEndOfWachttijdEvents(timeline, { loonsanctie: { decisionDate: fromDayNumber(c.start + 600 + (asOfOffset % 60)) } }));
      } catch {
        /* a decision date the function rejects for these facts */
      }
      try {
        outputs.push(computeOpzegverbod({ firstSickDay: first, ...(aowDate ? { aowDate } : {}) }));
      } catch {
        /* input the opzegverbod rejects */
      }
      const titles = new Map<string, string>();
      for (const ref of refsIn(outputs)) {
        expect(catalogue.has(ref), ref.id).toBe(true);
        expect(titles.get(ref.id) ?? ref.title, ref.id).toBe(ref.title);
        titles.set(ref.id, ref.title);
      }
      expect(titles.size).toBeGreaterThan(0);
    },
  );
});

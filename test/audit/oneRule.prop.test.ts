import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { auditReIntegratieverslag } from '../../src/audit/auditReIntegratieverslag.js';
import { addDays } from '../../src/calendar/addDays.js';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { computeLateWiaAanvraag } from '../../src/endOfWachttijd/computeLateWiaAanvraag.js';
import { computeLoonsanctie } from '../../src/endOfWachttijd/computeLoonsanctie.js';
import { computeTimeline } from '../../src/timeline/computeTimeline.js';
import type { DossierDocument } from '../../src/audit/types.js';
import { timelyDossier } from './fixtures.js';

/** computeLateWiaAanvraag's answer in the 0.2.0 vocabulary, whichever spelling that module uses. */
const ans = (v: string): 'yes' | 'no' | 'unknown' => (v === 'ja' || v === 'yes' ? 'yes' : v === 'nee' || v === 'no' ? 'no' : 'unknown');

// The rules the audit shares with the end-of-wachttijd functions, fed the same random facts:
// WIA 25 lid 10 (decision deadline), WIA 25 lid 9 (52 weeks with WAZO leave), BW 7:629 lid 11 a
// (delay of a late WIA-aanvraag, also in computeTimeline) and WIA 64 lid 6 (the week-81 day).
const day1 = fc.integer({ min: toDayNumber('2010-01-01'), max: toDayNumber('2027-12-31') }).map(fromDayNumber);
const leaveArb = fc.option(fc.record({ from: fc.integer({ min: 400, max: 1000 }), len: fc.integer({ min: 1, max: 140 }) }), { nil: undefined });
const ASOF = 1200;

const facts = fc.record({
  d1: day1,
  leave: leaveArb,
  app: fc.integer({ min: 600, max: 760 }),
  brief: fc.option(fc.integer({ min: 560, max: 700 }), { nil: undefined }),
  melding: fc.option(fc.integer({ min: 250, max: 620 }), { nil: undefined }),
  spoor2: fc.boolean(),
});

test.prop([facts], { numRuns: 60 })('audit, computeLateWiaAanvraag, computeLoonsanctie and computeTimeline agree', ({ d1, leave, app, brief, melding, spoor2 }) => {
  const asOf = addDays(d1, ASOF);
  const wazoLeave = leave === undefined ? undefined : [{ from: addDays(d1, leave.from), to: addDays(d1, leave.from + leave.len - 1) }];
  const docs: DossierDocument[] = timelyDossier(d1, asOf)
    .filter((d) => d.type !== 'wia-aanvraag' && d.type !== 'ziekmelding-uwv' && (spoor2 || d.type !== 'spoor-2-start'));
  docs.push({ type: 'wia-aanvraag', date: addDays(d1, app) });
  if (brief !== undefined) docs.push({ type: 'wia-brief-uwv', date: addDays(d1, brief) });
  if (melding !== undefined) docs.push({ type: 'ziekmelding-uwv', date: addDays(d1, melding) });
  const wl = wazoLeave === undefined ? {} : { wazoLeave };
  const a = auditReIntegratieverslag({ firstSickDay: d1, asOf, documents: docs, ...wl });

  const late = computeLateWiaAanvraag({
    firstSickDay: d1, ...wl, applicationDate: addDays(d1, app),
    ...(brief === undefined ? {} : { wiaBriefReceived: addDays(d1, brief) }),
    ziekmeldingUwv: melding === undefined ? 'niet-gedaan' : addDays(d1, melding),
  });
  // BW 7:629 lid 11 a — the audit's consequence is computeLateWiaAanvraag's answer.
  const ext = a.steps.find((s) => s.id === 'wia-aanvraag')!.consequences.find((c) => c.id === 'loondoorbetaling-verlengd');
  if (ext !== undefined) {
    expect(ext.applies).toBe(ans(late.timely) === 'yes' ? 'no' : ans(late.timely) === 'no' ? 'yes' : 'unknown');
    expect(ext.date).toBe(ans(late.timely) === 'yes' ? null : late.wageLastDay);
  } else {
    expect(ans(late.timely)).toBe('yes');
  }
  // ... and computeTimeline's, which calls computeLateWiaAanvraag too. (The audit reads a 42-week
  // melding absent from the file as not made; a timeline without that event leaves it unknown.)
  const events: Record<string, string> = { 'wia-aanvraag': addDays(d1, app) };
  if (brief !== undefined) events['wia-brief-uwv'] = addDays(d1, brief);
  if (melding !== undefined) events['ziekmelding-uwv'] = addDays(d1, melding);
  const tl = computeTimeline({ firstSickDay: d1, asOf, events, ...wl });
  const wageEnd = tl.milestones.find((m) => m.id === 'einde-loondoorbetaling')?.due ?? tl.wachttijdLastDay;
  if (melding !== undefined) expect(wageEnd).toBe(ans(late.timely) === 'no' ? late.wageLastDay : a.wachttijdLastDay);

  // WIA 25 lid 10 and lid 9 — against the wage period the decision is measured by.
  const ls = computeLoonsanctie({ firstSickDay: d1, ...wl, decisionDate: d1, ...(ans(late.timely) === 'no' ? { referenceLastDay: late.wageLastDay } : {}) });
  const repairs = new Map(a.loonsanctieRisk.repairs.map((r) => [r.id, r.to]));
  if (!spoor2) expect(repairs.get('herstellen-voor-beslissing-uwv')).toBe(ls.decisionDue);
  if (repairs.has('bekortingsverzoek')) expect(repairs.get('bekortingsverzoek')).toBe(ls.maxLastDay);
  if (!spoor2) expect(repairs.has('bekortingsverzoek')).toBe(true);

  // WIA 64 lid 6 — the week-81 day of the audit's ziekmelding consequence.
  const lost = a.steps.find((s) => s.id === 'ziekmelding-uwv')!.consequences.find((c) => c.id === 'wia-64-6-bescherming-vervalt');
  if (lost !== undefined) expect(lost.date).toBe(late.ziekmeldingBefore);
  expect(lost !== undefined).toBe(melding === undefined || addDays(d1, melding) >= late.ziekmeldingBefore);
});

test.prop([day1, leaveArb, fc.subarray(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'] as const, { minLength: 1 })], { numRuns: 40 })(
  'an item the verslag lacks is a finding, and the administrative loonsanctie gets the same bekorting day as computeLoonsanctie', (d1, leave, lacking) => {
    const asOf = addDays(d1, 700);
    const wazoLeave = leave === undefined ? undefined : [{ from: addDays(d1, Math.min(leave.from, 690 - leave.len)), to: addDays(d1, Math.min(leave.from, 690 - leave.len) + leave.len - 1) }];
    const wl = wazoLeave === undefined ? {} : { wazoLeave };
    const docs = timelyDossier(d1, asOf).map((d) => (d.type === 're-integratieverslag' ? { ...d, missingItems: [...lacking] } : d));
    const a = auditReIntegratieverslag({ firstSickDay: d1, asOf, documents: docs, ...wl });
    for (const x of lacking) expect(a.items.find((i) => i.item === x)!.status).toBe('missing');
    expect(a.loonsanctieRisk.level).toBe('high');
    const bek = a.loonsanctieRisk.repairs.find((r) => r.id === 'bekortingsverzoek');
    expect(bek?.to).toBe(computeLoonsanctie({ firstSickDay: d1, ...wl, decisionDate: d1 }).maxLastDay);
  });

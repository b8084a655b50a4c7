import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { checkNonCooperation } from '../../src/obligations/checkNonCooperation.js';
import { checkPassendWerk } from '../../src/passendWerk/checkPassendWerk.js';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import type { EmployeeFacts, OfferedWork } from '../../src/passendWerk/types.js';
import type { TriState } from '../../src/obligations/types.js';

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const strip = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
const levels = ['hoger-onderwijs', 'mbo-havo-vwo', 'vmbo-mavo', 'lager-of-geen'] as const;

/** Random facts for checkPassendWerk (each present or not). */
const offerArb = fc.record({
  withinFunctionalCapacity: opt(fc.boolean()), educationLevel: opt(fc.constantFrom(...levels)), matchesWorkExperience: opt(fc.boolean()),
  wage: opt(fc.integer({ min: 0, max: 6000 })), travelMinutesPerDay: opt(fc.integer({ min: 0, max: 300 })),
  conflictsWithCao: opt(fc.boolean()), conflictsWithSafetyRules: opt(fc.boolean()), conflictsWithMedicalAdvice: opt(fc.boolean()),
}).map((o) => strip(o) as OfferedWork);
const employeeArb = fc.record({
  educationLevel: opt(fc.constantFrom(...levels)), previousWage: opt(fc.integer({ min: 1000, max: 6000 })),
  reasonsAgainstAcceptance: opt(fc.record({ physical: opt(fc.boolean()), mental: opt(fc.boolean()), social: opt(fc.boolean()) }).map(strip)),
}).map((e) => strip(e) as EmployeeFacts);
const tri = fc.constantFrom<TriState | undefined>(true, false, 'unknown', undefined);
const CONSEQUENCES = ['loonstop', 'ontbinding-669-3e', 'opzegverbod-opgeheven'] as const;

test.prop([
  fc.integer({ min: toDayNumber('2016-01-01'), max: toDayNumber('2030-12-31') }), fc.nat(600), fc.nat(60), offerArb, employeeArb, tri, fc.boolean(), fc.boolean(),
])('fed the result of checkPassendWerk, checkNonCooperation opens the 7:660a consequences only for passend work refused without deugdelijke grond', (first, offerOffset, span, offer, employee, grond, warned, verdictOnly) => {
  const offerDate = fromDayNumber(first + offerOffset);
  const pw = checkPassendWerk({ firstSickDay: fromDayNumber(first), offerDate, offer, employee });
  const r = checkNonCooperation({
    kind: 'passend-werk-weigeren', since: offerDate, asOf: fromDayNumber(first + offerOffset + span),
    passendWerk: verdictOnly ? pw.verdict : pw,
    ...(grond === undefined || (grond === false && pw.refusal.deugdelijkeGronden.length > 0 && !verdictOnly) ? {} : { deugdelijkeGrond: grond }),
    employerActions: { notifiedOn: offerDate, ...(warned ? { writtenWarningOn: offerDate } : {}) },
  });
  const open = CONSEQUENCES.filter((id) => ['yes', 'after-action'].includes(r.measures.find((m) => m.id === id)!.available));
  const breach = r.measures.find((m) => m.id === 'ontbinding-669-3e')!.conditions.find((c) => c.id === 'weigering-660a');
  if (breach?.status === 'met') expect(pw.verdict).toBe('passend');
  if (open.length > 0) {
    expect(pw.verdict).toBe('passend');
    expect(grond === true || (!verdictOnly && pw.refusal.deugdelijkeGronden.length > 0)).toBe(false);
  }
  if (pw.verdict === 'niet-passend') for (const id of CONSEQUENCES) expect(r.measures.find((m) => m.id === id)!.available).toBe('no');
  if (pw.verdict === 'unknown') for (const id of CONSEQUENCES) expect(['no', 'unknown']).toContain(r.measures.find((m) => m.id === id)!.available);
});

test.prop([
  fc.integer({ min: toDayNumber('2016-01-01'), max: toDayNumber('2030-12-31') }), fc.nat(60), fc.nat(90), fc.option(fc.nat(30), { nil: undefined }),
])('onverwijld (BW 7:629 lid 7): met on the day, unknown up to the threshold, not-met after; a wage measure never covers the time before a late notice', (since, delay, extra, max) => {
  const notifiedOn = fromDayNumber(since + delay);
  const r = checkNonCooperation({
    kind: 'plan-van-aanpak-weigeren', since: fromDayNumber(since), asOf: fromDayNumber(since + delay + extra), deugdelijkeGrond: false,
    employerActions: { notifiedOn }, ...(max === undefined ? {} : { options: { onverwijldMaxDays: max } }),
  });
  const threshold = max ?? 7;
  const status = r.measures.find((m) => m.id === 'onverwijlde-mededeling')!.conditions[0]!.status;
  expect(status).toBe(delay === 0 ? 'met' : delay <= threshold ? 'unknown' : 'not-met');
  const stop = r.measures.find((m) => m.id === 'loonstop')!;
  expect(stop.period?.from).toBe(delay > threshold ? notifiedOn : fromDayNumber(since));
});

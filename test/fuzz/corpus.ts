import { fc } from '@fast-check/vitest';
import * as api from '../../src/index.js';

/**
 * The fuzz corpus: for every function exported by src/index.ts, documented example calls (valid
 * argument lists) that the fuzz suite mutates one field at a time, and the safe twin of each
 * throwing function. A new export without an entry here fails `exports.fuzz.test.ts`.
 */

/** A timeline the library made, for the functions that take one. */
export const TIMELINE = api.computeTimeline({ firstSickDay: '2024-01-01', asOf: '2024-06-01', events: { probleemanalyse: '2024-02-05' } });
/** The same without `asOf`, for events in the future. */
const TIMELINE_OPEN = api.computeTimeline({ firstSickDay: '2024-01-01' });

const OFFER = {
  withinFunctionalCapacity: true, hoursPerWeek: 24, educationLevel: 'mbo-havo-vwo', matchesWorkExperience: true, wage: 2400,
  travelMinutesPerDay: 60, shift: 'dag', workDays: [1, 2, 3], structural: true, matchesRemainingCapacity: true,
  conflictsWithCao: false, conflictsWithSafetyRules: false, conflictsWithMedicalAdvice: false,
};
const EMPLOYEE = {
  maxHoursPerWeek: 24, educationLevel: 'mbo-havo-vwo', previousWage: 3000, previousHoursPerWeek: 36, previousShift: 'dag',
  previousWorkDays: [1, 2, 3, 4, 5], reasonsAgainstAcceptance: { physical: false, mental: false, social: false }, agreesWithOffer: true,
};

/** How each export is called. `construct` marks a class. */
export interface Entry {
  readonly examples: readonly (readonly unknown[])[];
  readonly construct?: boolean;
}

/** Every exported function, with documented example calls (argument lists). */
export const FUNCTIONS: Readonly<Record<string, Entry>> = {
  addDays: { examples: [['2024-02-28', 1], ['2025-01-01', -365]] },
  applyAlgemeneTermijnenwet: { examples: [['2026-04-04'], ['2026-12-25']] },
  atwHolidays: { examples: [[2026], [1900]] },
  differenceInDays: { examples: [['2025-03-01', '2024-03-01']] },
  isAtwWorkingDay: { examples: [['2026-04-27'], ['2026-04-28']] },
  isValidIsoDate: { examples: [['2024-02-29'], ['2025-06-31']] },
  PoortwachterError: { construct: true, examples: [['computeTimeline', [{ path: ['sickPeriods', 0, 'to'], code: 'end_before_start', message: 'before from' }]]] },
  isPoortwachterError: { examples: [[new Error('x')]] },
  localize: { examples: [[api.MILESTONE_LABELS, 'probleemanalyse']] },
  makeLegalRef: { examples: [['WIA', '64', '3', 'termijn WIA-aanvraag'], ['BW7', '7:629', undefined, 'loondoorbetaling'], ['BBP', '§5', 'sub a', 'x']] },
  combineSickPeriods: { examples: [[[{ from: '2024-01-01', to: '2024-01-05' }, { from: '2024-01-20' }]], [[{ from: '2024-01-01', to: '2024-01-05' }], { workPattern: [1, 2, 3, 4, 5] }]] },
  determineFirstSickDay: { examples: [[{ reportDate: '2025-03-15' }], [{ reportDate: '2025-03-14', workedOnReportDate: 'part', workPattern: [1, 2, 3, 4, 5] }]] },
  lastDayOfSicknessWeek: { examples: [[{ firstSickDay: '2024-01-01' }, 104], [{ sickPeriods: [{ from: '2024-01-01', to: '2024-02-01' }, { from: '2024-02-10' }] }, 6]] },
  sicknessWeekOn: { examples: [[{ firstSickDay: '2024-01-01' }, '2024-06-01']] },
  computeTimeline: { examples: [[{ firstSickDay: '2024-01-01', asOf: '2024-06-01', events: { probleemanalyse: '2024-02-05' } }], [{ sickPeriods: [{ from: '2024-01-01', to: '2024-01-10' }, { from: '2024-02-01' }], workPattern: [1, 2, 3, 4, 5] }, { locale: 'en' }]] },
  safeComputeTimeline: { examples: [[{ firstSickDay: '2024-01-01' }]] },
  checkPassendWerk: { examples: [[{ firstSickDay: '2025-01-06', offerDate: '2025-04-01', offer: OFFER, employee: EMPLOYEE }]] },
  safeCheckPassendWerk: { examples: [[{ firstSickDay: '2025-01-06', offerDate: '2025-07-07', offer: OFFER, employee: EMPLOYEE }]] },
  checkNonCooperation: { examples: [[{ since: '2025-03-03', asOf: '2025-04-15', kind: 'passend-werk-weigeren', deugdelijkeGrond: false, workIsPassend: true, ableToWork: true, employerActions: { notifiedOn: '2025-03-03', wageMeasureFrom: '2025-03-03' } }]] },
  safeCheckNonCooperation: { examples: [[{ since: '2025-03-03', asOf: '2025-03-03', kind: 'controlevoorschriften' }]] },
  listObligations: { examples: [[], [{ party: 'werknemer' }], [{ asOf: '2023-06-30' }]] },
  safeListObligations: { examples: [[{ party: 'werkgever' }]] },
  listRemedies: { examples: [[{ asOf: '2026-07-01', party: 'werkgever' }]] },
  safeListRemedies: { examples: [[{ asOf: '2026-07-01', party: 'werknemer' }]] },
  auditReIntegratieverslag: { examples: [[{ firstSickDay: '2024-01-01', asOf: '2025-09-01', documents: [{ type: 'probleemanalyse', date: '2024-02-05' }, { type: 'plan-van-aanpak', date: '2024-02-16', visie: true }] }]] },
  safeAuditReIntegratieverslag: { examples: [[{ firstSickDay: '2024-01-01', asOf: '2024-03-01', documents: [{ type: 'probleemanalyse', date: '2024-02-05' }] }]] },
  checkSpoor2Readiness: { examples: [[{ firstSickDay: '2024-01-01', asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-12-16' }, activities: {} }], [{ firstSickDay: '2024-01-01', asOf: '2024-05-20', eerstejaarsevaluatie: { held: false }, companySize: 8, bedrijfsarts: { ownWorkPossible: 'no', prognosis: 'no-improvement' } }]] },
  safeCheckSpoor2Readiness: { examples: [[{ firstSickDay: '2024-01-01', asOf: '2024-05-20' }]] },
  toICalendar: { examples: [[TIMELINE], [TIMELINE, { locale: 'en', caseId: 'case-1' }]] },
  renderTimelineSvg: { examples: [[TIMELINE], [TIMELINE, { locale: 'en' }]] },
  compactTimeline: { examples: [[TIMELINE]] },
  applyEndOfWachttijdEvents: { examples: [[TIMELINE, {}], [TIMELINE_OPEN, { loonsanctie: { decisionDate: '2025-11-20' } }], [TIMELINE_OPEN, { vrijwilligeVerlenging: { extendedLastDay: '2026-06-28', vangnet: 'geen' } }, { opzegverbod: false }]] },
  checkVervroegdeIva: { examples: [[{ firstSickDay: '2024-01-01', applicationDate: '2025-04-21', earlierApplication: false, bedrijfsartsVerklaring: true }]] },
  safeCheckVervroegdeIva: { examples: [[{ firstSickDay: '2024-01-01' }]] },
  computeLateWiaAanvraag: { examples: [[{ firstSickDay: '2024-01-01', applicationDate: '2025-10-26', wiaBriefReceived: '2025-08-20', ziekmeldingUwv: '2024-10-21' }]] },
  safeComputeLateWiaAanvraag: { examples: [[{ firstSickDay: '2024-01-01', applicationDate: '2025-10-26' }]] },
  computeLoonsanctie: { examples: [[{ firstSickDay: '2024-01-01', decisionDate: '2025-11-20' }], [{ firstSickDay: '2024-01-01', decisionDate: '2025-11-16', asOf: '2026-04-01', bekorting: { noticeDate: '2026-03-02' } }]] },
  safeComputeLoonsanctie: { examples: [[{ firstSickDay: '2024-01-01', decisionDate: '2025-11-20' }]] },
  computeOpzegverbod: { examples: [[{ firstSickDay: '2024-01-01' }], [{ sickPeriods: [{ from: '2024-01-01', to: '2024-02-01' }, { from: '2024-02-10' }] }]] },
  safeComputeOpzegverbod: { examples: [[{ firstSickDay: '2024-01-01' }]] },
  computeVrijwilligeVerlenging: { examples: [[{ firstSickDay: '2024-01-01', extendedLastDay: '2026-06-28', vangnet: 'geen' }]] },
  safeComputeVrijwilligeVerlenging: { examples: [[{ firstSickDay: '2024-01-01', extendedLastDay: '2026-06-28', vangnet: 'geen' }]] },
  computeVangnetMelding: { examples: [[{ group: 'no-riskpolis', firstSickDay: '2026-03-02' }], [{ group: 'ziek-uit-dienst', firstSickDay: '2026-01-05', employmentEnds: '2026-03-01' }]] },
  safeComputeVangnetMelding: { examples: [[{ group: 'no-riskpolis', firstSickDay: '2026-03-02' }]] },
};

/** Safe twin → throwing function. */
export const TWINS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.keys(FUNCTIONS).filter((k) => /^safe[A-Z]/.test(k)).map((k) => [k, k[4]!.toLowerCase() + k.slice(5)]),
);

/** Calls an export by name (with `new` for a class). */
export function call(name: string, args: readonly unknown[]): unknown {
  const fn = (api as Record<string, unknown>)[name] as (...a: unknown[]) => unknown;
  if (FUNCTIONS[name]?.construct === true) return Reflect.construct(fn, args);
  return fn(...args);
}

/** A value that is not plain data: cyclic objects and arrays, functions, Symbols, BigInts, Dates, Maps. */
export const notPlainArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.bigInt(),
  fc.constantFrom(Symbol('x'), Symbol.iterator, () => '2024-01-01', function named() { return 1; }, class K {}),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(new Map([['firstSickDay', '2024-01-01']]), new Set([1]), new Uint8Array(3), /2024-01-01/, new Error('e'), Promise.resolve(1)),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_SAFE_INTEGER + 2, 1e21, 0.5, -1),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }).map((o) => {
    const c = o as Record<string, unknown>;
    c['self'] = c;
    return c;
  }),
  fc.array(fc.integer(), { maxLength: 3 }).map((a) => {
    const c = a as unknown[];
    c.push(c);
    return c;
  }),
  fc.constant(Object.create(null) as unknown),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as unknown),
);

/** Dates and numbers just beside the valid ones. */
export const nearValidArb: fc.Arbitrary<unknown> = fc.constantFrom(
  '2025-06-31', '2025-02-29', '2024-02-30', '1899-12-31', '3000-01-01', '2024-1-01', '2024-01-01T00:00:00Z', ' 2024-01-01', '2024-13-01',
  '2024-00-10', '', '0000-00-00', '9999-12-31', 0, 1, 7, 8, 260, 261, 2999, 3000, 1899, true, false, null, undefined, [], {},
);

/** Anything: fast-check's `anything` with every option, plus non-plain and near-valid values. */
export const anyValueArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.anything({ withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true, maxDepth: 3 }) },
  { weight: 3, arbitrary: notPlainArb },
  { weight: 3, arbitrary: nearValidArb },
);

/** Deeply freezes a value (objects and arrays), cycles allowed. */
export function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(value)) return value;
  seen.add(value);
  if (ArrayBuffer.isView(value)) return value;
  for (const key of Reflect.ownKeys(value as object)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d !== undefined && 'value' in d) deepFreeze(d.value, seen);
  }
  return Object.freeze(value);
}

/** Paths to every field, item and nested field of a value (no cycles in the examples). */
export function pathsOf(value: unknown, prefix: readonly (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [];
  if (value !== null && typeof value === 'object' && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype)) {
    for (const [k, v] of Object.entries(value)) {
      const key = Array.isArray(value) ? Number(k) : k;
      out.push([...prefix, key], ...pathsOf(v, [...prefix, key]));
    }
  }
  return out;
}

/** A copy of `root` with the value at `path` replaced (or deleted when `del`). */
export function withAt(root: unknown, path: readonly (string | number)[], replacement: unknown, del = false): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy: Record<string | number, unknown> = Array.isArray(root) ? [...root] as never : { ...(root as object) };
  if (rest.length === 0 && del) {
    if (Array.isArray(copy)) copy.splice(head as number, 1);
    else delete copy[head!];
  } else {
    copy[head!] = withAt(copy[head!], rest, replacement, del);
  }
  return copy;
}

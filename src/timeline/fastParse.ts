/**
 * A hand-written fast path in front of zod for computeTimeline's common input shapes (issue 11).
 *
 * It accepts only what it can check completely by hand and returns exactly what
 * `timelineInputSchema.parse` / `timelineOptionsSchema.parse` would (fresh objects, keys in the
 * schema's order). Anything else — an unknown or unusual field (`workPattern`, `wazoLeave`, an
 * end-of-wachttijd event, events as a list, a field present with the value `undefined`, a non-plain
 * object) and every invalid value — returns `undefined`, and the caller runs zod: error outputs
 * therefore stay those of zod, word for word.
 *
 * @internal
 * @module
 */
import { MAX_YEAR, MIN_YEAR, daysInMonth } from '../calendar/isValidIsoDate.js';
import type * as z from 'zod';
import { EVENT_ALIASES, type timelineInputSchema, type timelineOptionsSchema } from './timelineSchema.js';

type ParsedInput = z.output<typeof timelineInputSchema>;
type ParsedOptions = z.output<typeof timelineOptionsSchema>;

const INPUT_KEYS: ReadonlySet<string> = new Set(['firstSickDay', 'sickPeriods', 'asOf', 'events', 'aowDate']);
const ALIAS_KEYS: readonly string[] = Object.freeze(Object.keys(EVENT_ALIASES));
/** Each event key's position in the schema (the order zod returns them in). */
const EVENT_ORDER: ReadonlyMap<string, number> = new Map([...ALIAS_KEYS, 'evaluaties'].map((k, i) => [k, i]));
const LOCALES: ReadonlySet<unknown> = new Set(['nl', 'en']);
const ZIEKMELDING: ReadonlySet<unknown> = new Set(['statutory', 'uwv-first-working-day']);
const PROBLEEMANALYSE: ReadonlySet<unknown> = new Set(['end-of-week-6', 'six-weeks-after']);
const CAUSE_SCOPE: ReadonlySet<unknown> = new Set(['wazo-only', 'all']);

/**
 * `isValidIsoDate` on character codes (no regular expression, no match array): the same answer for
 * every value (a property in test/timeline/fastParse.prop.test.ts).
 *
 * @param value - Anything.
 * @returns `true` for a real `'YYYY-MM-DD'` date in 1900–2999.
 * @internal
 */
export function isValidIsoDateFast(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const d0 = value.charCodeAt(0) - 48;
  const d1 = value.charCodeAt(1) - 48;
  const d2 = value.charCodeAt(2) - 48;
  const d3 = value.charCodeAt(3) - 48;
  const m0 = value.charCodeAt(5) - 48;
  const m1 = value.charCodeAt(6) - 48;
  const a0 = value.charCodeAt(8) - 48;
  const a1 = value.charCodeAt(9) - 48;
  if (!(d0 >= 0 && d0 <= 9 && d1 >= 0 && d1 <= 9 && d2 >= 0 && d2 <= 9 && d3 >= 0 && d3 <= 9 &&
    m0 >= 0 && m0 <= 9 && m1 >= 0 && m1 <= 9 && a0 >= 0 && a0 <= 9 && a1 >= 0 && a1 <= 9)) return false;
  const year = d0 * 1000 + d1 * 100 + d2 * 10 + d3;
  const month = m0 * 10 + m1;
  const day = a0 * 10 + a1;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}
const isValidIsoDate = isValidIsoDateFast;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function isPlainArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype;
}

/** A copy of a list of valid dates, or `undefined`. */
function dates(value: unknown): string[] | undefined {
  if (!isPlainArray(value)) return undefined;
  const out: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const d = value[i];
    if (!isValidIsoDate(d)) return undefined;
    out.push(d);
  }
  return out;
}

function sickPeriods(value: unknown): { from: string; to?: string }[] | undefined {
  if (!isPlainArray(value)) return undefined;
  const out: { from: string; to?: string }[] = [];
  for (let i = 0; i < value.length; i++) {
    const p = value[i];
    if (!isPlainObject(p)) return undefined;
    let n = 0;
    for (const k in p) {
      if (k !== 'from' && k !== 'to') return undefined;
      n++;
    }
    const from = p['from'];
    if (!isValidIsoDate(from)) return undefined;
    if (n === 1) {
      out.push({ from });
      continue;
    }
    const to = p['to'];
    if (!isValidIsoDate(to)) return undefined;
    out.push({ from, to });
  }
  return out;
}

function events(value: unknown): Record<string, unknown> | undefined {
  if (!isPlainObject(value)) return undefined;
  // Checked and copied in one pass; usually the keys come in the schema's order and the copy is the result.
  const keys: string[] = [];
  const values: unknown[] = [];
  const at: number[] = [];
  let ordered = true;
  for (const k in value) {
    const pos = EVENT_ORDER.get(k);
    if (pos === undefined) return undefined;
    const v = k === 'evaluaties' ? dates(value[k]) : value[k];
    if (k === 'evaluaties' ? v === undefined : !isValidIsoDate(v)) return undefined;
    if (at.length > 0 && pos < at[at.length - 1]!) ordered = false;
    keys.push(k);
    values.push(v);
    at.push(pos);
  }
  return inSchemaOrder(keys, values, at, ordered);
}

/** The checked events as an object with the keys in the schema's order, as zod returns them. */
function inSchemaOrder(keys: string[], values: unknown[], at: number[], ordered: boolean): Record<string, unknown> {
  if (!ordered) {
    // An insertion sort of the few keys by their place in the schema (each key occurs once).
    for (let i = 1; i < at.length; i++) {
      const k = keys[i]!;
      const v = values[i];
      const p = at[i]!;
      let j = i - 1;
      for (; j >= 0 && at[j]! > p; j--) {
        keys[j + 1] = keys[j]!;
        values[j + 1] = values[j];
        at[j + 1] = at[j]!;
      }
      keys[j + 1] = k;
      values[j + 1] = v;
      at[j + 1] = p;
    }
  }
  const out: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) out[keys[i]!] = values[i];
  return out;
}

/**
 * What `timelineInputSchema` would return for `input`, or `undefined` when the fast path does not
 * apply (then parse with zod).
 *
 * @param input - computeTimeline's first argument, unchecked.
 * @returns The parsed input, or `undefined`.
 * @internal
 */
export function fastParseTimelineInput(input: unknown): ParsedInput | undefined {
  if (!isPlainObject(input)) return undefined;
  for (const k in input) {
    if (!INPUT_KEYS.has(k) || input[k] === undefined) return undefined;
  }
  const out: Record<string, unknown> = {};
  const { firstSickDay, asOf, aowDate } = input;
  if (firstSickDay !== undefined) {
    if (!isValidIsoDate(firstSickDay)) return undefined;
    out['firstSickDay'] = firstSickDay;
  }
  if (input['sickPeriods'] !== undefined) {
    const periods = sickPeriods(input['sickPeriods']);
    if (periods === undefined) return undefined;
    out['sickPeriods'] = periods;
  }
  if (asOf !== undefined) {
    if (!isValidIsoDate(asOf)) return undefined;
    out['asOf'] = asOf;
  }
  if (input['events'] !== undefined) {
    const ev = events(input['events']);
    if (ev === undefined) return undefined;
    out['events'] = ev;
  }
  if (aowDate !== undefined) {
    if (!isValidIsoDate(aowDate)) return undefined;
    out['aowDate'] = aowDate;
  }
  return out as ParsedInput;
}

/**
 * What `timelineOptionsSchema` would return for `options`, or `undefined` when the fast path does
 * not apply (then parse with zod).
 *
 * @param options - computeTimeline's second argument, unchecked.
 * @returns The parsed options, or `undefined`.
 * @internal
 */
export function fastParseTimelineOptions(options: unknown): ParsedOptions | undefined {
  if (!isPlainObject(options)) return undefined;
  let n = 0;
  for (const k in options) {
    if (options[k] === undefined) return undefined;
    n++;
  }
  if (n === 0) return {};
  const o = options;
  const out: Record<string, unknown> = {};
  let used = 0;
  if ('locale' in o) {
    if (!LOCALES.has(o['locale'])) return undefined;
    out['locale'] = o['locale'];
    used++;
  }
  if ('dueSoonDays' in o) {
    const d = o['dueSoonDays'];
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > 365) return undefined;
    out['dueSoonDays'] = d;
    used++;
  }
  if ('ziekmeldingConvention' in o) {
    if (!ZIEKMELDING.has(o['ziekmeldingConvention'])) return undefined;
    out['ziekmeldingConvention'] = o['ziekmeldingConvention'];
    used++;
  }
  if ('probleemanalyseConvention' in o) {
    if (!PROBLEEMANALYSE.has(o['probleemanalyseConvention'])) return undefined;
    out['probleemanalyseConvention'] = o['probleemanalyseConvention'];
    used++;
  }
  if ('causeExceptionScope' in o) {
    if (!CAUSE_SCOPE.has(o['causeExceptionScope'])) return undefined;
    out['causeExceptionScope'] = o['causeExceptionScope'];
    used++;
  }
  if ('includeOpzegverbod' in o) {
    if (typeof o['includeOpzegverbod'] !== 'boolean') return undefined;
    out['includeOpzegverbod'] = o['includeOpzegverbod'];
    used++;
  }
  // Any other key: zod reports it as unknown.
  return used === n ? (out as ParsedOptions) : undefined;
}

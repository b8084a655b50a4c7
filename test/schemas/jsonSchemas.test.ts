import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import * as lib from '../../src/index.js';
import { PoortwachterError } from '../../src/errors/index.js';
import { SCHEMA_ENTRIES, buildJsonSchemas, fileNameOf, serialize, type SchemaEntry } from '../../scripts/json-schemas.js';

/** Issue 12: JSON Schema files of every public input ship in the package (schemas/, docs/schemas.md). */
interface Vector { readonly id: string; readonly function: string; readonly input: unknown; readonly options?: unknown; readonly expected: Record<string, unknown> }

const dir = new URL('../../schemas/', import.meta.url);
const committed = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.schema.json')).map((f) => [f, readFileSync(new URL(f, dir), 'utf8')]));
const vectors = JSON.parse(readFileSync(new URL('../../conformance/conformance.json', import.meta.url), 'utf8')) as Vector[];

const ajv = new Ajv2020.default({ allErrors: true, strict: true });
(addFormats as unknown as { default: (a: unknown) => void }).default(ajv);
const validators = new Map(Object.entries(committed).map(([f, text]) => [f, ajv.compile(JSON.parse(text) as object)]));
const validate = (fn: string, part: string, value: unknown): boolean => {
  const v = validators.get(`${fn}.${part}.schema.json`);
  if (v === undefined) throw new Error(`no schema ${fn}.${part}`);
  return v(value) as boolean;
};

const api = lib as unknown as Record<string, (...args: unknown[]) => unknown>;
const TIMELINE = lib.computeTimeline({ firstSickDay: '2024-01-01' });

/** Calls `entry.fn` with `value` as the argument `entry.part`, the others from a valid base case. */
function call(entry: SchemaEntry, value: unknown): unknown {
  const f = api[entry.fn]!;
  if (entry.fn === 'applyEndOfWachttijdEvents') return entry.part === 'input' ? f(TIMELINE, value) : f(TIMELINE, {}, value);
  if (entry.part === 'options') return f(BASE[`${entry.fn}.input`], value);
  return f(value);
}
/** `true` when the function rejects `value` with an input error. */
function rejects(entry: SchemaEntry, value: unknown): boolean {
  try {
    call(entry, value);
    return false;
  } catch (e) {
    if (e instanceof PoortwachterError) return true;
    throw e;
  }
}

const firstVector = (fn: string): unknown => vectors.find((v) => v.function === fn && !('error' in v.expected))!.input;
/** One valid value per schema file (the conformance vectors' inputs where there are any). */
const BASE: Record<string, unknown> = {
  'computeTimeline.input': { firstSickDay: '2024-01-01', asOf: '2024-06-01', events: { probleemanalyse: '2024-02-05' }, workPattern: [1, 2, 3, 4, 5] },
  'computeTimeline.options': { locale: 'en', dueSoonDays: 7 },
  'combineSickPeriods.input': [{ from: '2024-01-01', to: '2024-01-20' }, { from: '2024-02-01' }],
  'combineSickPeriods.options': { asOf: '2024-06-01' },
  'determineFirstSickDay.input': firstVector('determineFirstSickDay'),
  'checkPassendWerk.input': firstVector('checkPassendWerk'),
  'checkSpoor2Readiness.input': firstVector('checkSpoor2Readiness'),
  'listObligations.input': { party: 'werkgever', asOf: '2024-06-01' },
  'checkNonCooperation.input': firstVector('checkNonCooperation'),
  'listRemedies.input': firstVector('listRemedies'),
  'auditReIntegratieverslag.input': firstVector('auditReIntegratieverslag'),
  'computeLoonsanctie.input': firstVector('computeLoonsanctie'),
  'computeVrijwilligeVerlenging.input': firstVector('computeVrijwilligeVerlenging'),
  'checkVervroegdeIva.input': firstVector('checkVervroegdeIva'),
  'computeLateWiaAanvraag.input': firstVector('computeLateWiaAanvraag'),
  'computeOpzegverbod.input': firstVector('computeOpzegverbod'),
  'computeVangnetMelding.input': firstVector('computeVangnetMelding'),
  'applyEndOfWachttijdEvents.input': { loonsanctie: { decisionDate: '2025-11-16' } },
  'applyEndOfWachttijdEvents.options': { locale: 'en', opzegverbod: true },
  'toICalendar.input': JSON.parse(JSON.stringify(TIMELINE)),
  'toICalendar.options': { locale: 'en', caseId: 'case-1', dtstamp: '2024-06-01' },
  'renderTimelineSvg.input': JSON.parse(JSON.stringify(TIMELINE)),
  'renderTimelineSvg.options': { width: 800, idPrefix: 'p' },
};

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A representative set of variants of a valid value: wrong types, bad dates, unknown keys, nulls, missing required fields. */
function variants(entry: SchemaEntry, base: unknown): [string, unknown][] {
  const out: [string, unknown][] = [['base', base], ['a number', 42], ['a string', 'x'], ['null', null]];
  if (Array.isArray(base)) {
    out.push(['null in the array', [...base, null]], ['an empty list', []], ['a bad date in an element', [{ ...(base[0] as object), from: '2024-1-1' }]]);
    return out;
  }
  if (!isObject(base)) return out;
  out.push(['an unknown key', { ...base, bogusField: 1 }]);
  for (const [k, v] of Object.entries(base)) {
    const { [k]: _, ...without } = base;
    out.push([`without ${k}`, without], [`${k}: null`, { ...base, [k]: null }], [`${k}: a number`, { ...base, [k]: 12345 }]);
    if (typeof v === 'string' && DATE.test(v)) out.push([`${k}: not a date`, { ...base, [k]: '2024-13-01' }], [`${k}: no dashes`, { ...base, [k]: v.replace(/-/g, '') }]);
    if (Array.isArray(v)) out.push([`${k}: null in the list`, { ...base, [k]: [...v, null] }]);
  }
  if (entry.sickness !== 'none') {
    const { firstSickDay: _f, sickPeriods: _s, ...rest } = base;
    out.push(['both sickness forms', { ...rest, firstSickDay: '2024-01-01', sickPeriods: [{ from: '2024-01-01' }] }],
      ['only sickPeriods', { ...rest, sickPeriods: [{ from: '2024-01-01' }] }],
      ['sickPeriods: []', { ...rest, sickPeriods: [] }],
      ['sickPeriods, firstSickDay null', { ...rest, sickPeriods: [{ from: '2024-01-01' }], firstSickDay: null }]);
    out.push(['neither sickness form', rest]);
  }
  return out;
}

/**
 * Variants where JSON Schema cannot say what the function checks (docs/schemas.md, "What JSON Schema
 * cannot express"): excluded from the ⇔ check by name.
 */
const GAPS: Record<string, readonly string[]> = {};

describe('JSON Schemas (schemas/)', () => {
  it('are up to date with the zod schemas (regenerate with npm run schemas)', () => {
    const built = buildJsonSchemas();
    expect(Object.keys(committed).sort()).toEqual(Object.keys(built).sort());
    for (const [name, js] of Object.entries(built)) expect(committed[name], name).toBe(serialize(js));
  }, 60_000);

  it('cover every public function of the contract, each with an input schema', () => {
    const fns = ['computeTimeline', 'combineSickPeriods', 'determineFirstSickDay', 'checkPassendWerk', 'checkSpoor2Readiness', 'listObligations',
      'checkNonCooperation', 'listRemedies', 'auditReIntegratieverslag', 'computeLoonsanctie', 'computeVrijwilligeVerlenging', 'checkVervroegdeIva',
      'computeLateWiaAanvraag', 'computeOpzegverbod', 'computeVangnetMelding', 'applyEndOfWachttijdEvents', 'toICalendar', 'renderTimelineSvg'];
    for (const fn of fns) expect(committed[`${fn}.input.schema.json`], fn).toBeDefined();
    for (const e of SCHEMA_ENTRIES) expect(typeof api[e.exportName] === 'object', e.exportName).toBe(true);
  });

  it('say date, with pattern and format, and give the top-level fields a description', () => {
    const js = JSON.parse(committed['computeTimeline.input.schema.json']!) as { properties: Record<string, { description?: string; anyOf: { format?: string; pattern?: string }[] }>; oneOf: unknown[] };
    expect(js.properties['firstSickDay']!.anyOf[0]).toMatchObject({ type: 'string', format: 'date', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });
    expect(js.oneOf).toHaveLength(2);
    for (const [name, text] of Object.entries(committed)) {
      const s = JSON.parse(text) as { properties?: Record<string, { description?: string }>; items?: unknown };
      for (const [k, p] of Object.entries(s.properties ?? {})) expect(p.description, `${name}: ${k}`).toBeTypeOf('string');
    }
  });

  it('accept the input of every non-error conformance vector; the function rejects every error vector', () => {
    let checked = 0;
    for (const v of vectors) {
      const hasSchema = validators.has(`${v.function}.input.schema.json`);
      if (!hasSchema) continue;
      if ('error' in v.expected) {
        expect(() => (v.options === undefined ? api[v.function]!(v.input) : api[v.function]!(v.input, v.options)), v.id).toThrow(PoortwachterError);
        continue;
      }
      expect(validate(v.function, 'input', v.input), `${v.id}: ${JSON.stringify(validators.get(`${v.function}.input.schema.json`)!.errors?.slice(0, 3))}`).toBe(true);
      if (v.options !== undefined) expect(validate(v.function, 'options', v.options), v.id).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(450);
  });

  it('reject a set of invalid inputs', () => {
    expect(validate('computeTimeline', 'input', { firstSickDay: '2024-02-30' })).toBe(false);
    expect(validate('computeTimeline', 'input', { firstSickDay: '2024-01-01', sickPeriods: [{ from: '2024-01-01' }] })).toBe(false);
    expect(validate('computeTimeline', 'input', {})).toBe(false);
    expect(validate('computeTimeline', 'input', { firstSickDay: '2024-01-01', bogus: 1 })).toBe(false);
    expect(validate('computeTimeline', 'input', { sickPeriods: [null] })).toBe(false);
    expect(validate('computeTimeline', 'options', { locale: 'de' })).toBe(false);
    expect(validate('combineSickPeriods', 'input', [{ to: '2024-01-01' }])).toBe(false);
    expect(validate('determineFirstSickDay', 'input', { reportDate: '1 jan 2024' })).toBe(false);
  });

  it('accept null for every optional field ("null means absent")', () => {
    expect(validate('computeTimeline', 'input', { firstSickDay: '2024-01-01', asOf: null, events: null, sickPeriods: null })).toBe(true);
    expect(validate('computeTimeline', 'input', { sickPeriods: [{ from: '2024-01-01', to: null }], firstSickDay: null })).toBe(true);
  });

  describe('agree with the functions: JSON Schema accepts ⇔ the function does not throw an input error', () => {
    for (const entry of SCHEMA_ENTRIES) {
      const file = fileNameOf(entry);
      it(file, () => {
        const base = BASE[`${entry.fn}.${entry.part}`];
        expect(base, 'a base value').toBeDefined();
        expect(validate(entry.fn, entry.part, base), JSON.stringify(validators.get(file)!.errors)).toBe(true);
        const gaps = new Set(GAPS[`${entry.fn}.${entry.part}`] ?? []);
        const disagreements: string[] = [];
        for (const [name, value] of variants(entry, base)) {
          if (gaps.has(name)) continue;
          const schemaOk = validate(entry.fn, entry.part, value);
          const fnOk = !rejects(entry, value);
          if (schemaOk !== fnOk) disagreements.push(`${name}: schema ${schemaOk ? 'accepts' : 'rejects'}, function ${fnOk ? 'accepts' : 'rejects'}`);
        }
        expect(disagreements).toEqual([]);
      });
    }
  });
});

/**
 * Rules JSON Schema cannot express (docs/schemas.md, "What JSON Schema cannot say"): the schema accepts
 * these inputs, the function rejects them. Kept out of the ⇔ check above, and listed here so that a
 * change on either side is noticed.
 */
describe('known gaps: the JSON Schema accepts, the function rejects', () => {
  const gaps: [string, string, unknown][] = [
    ['a period that ends before it starts', 'combineSickPeriods', [{ from: '2025-03-10', to: '2025-03-01' }]],
    ['overlapping periods', 'combineSickPeriods', [{ from: '2025-01-01', to: '2025-01-20' }, { from: '2025-01-10', to: '2025-01-30' }]],
    ['a date before 1900', 'computeTimeline', { firstSickDay: '1899-12-31' }],
    ['WAZO leave that ends before it starts', 'computeTimeline', { firstSickDay: '2024-01-01', wazoLeave: [{ from: '2024-03-01', to: '2024-02-01' }] }],
    ['an unknown day name in a work pattern', 'computeTimeline', { firstSickDay: '2024-01-01', workPattern: ['funday'] }],
    ['an event given twice in the list form', 'computeTimeline', { firstSickDay: '2024-01-01', events: [{ id: 'probleemanalyse', date: '2024-02-01' }, { id: 'probleemanalyse', date: '2024-02-02' }] }],
  ];
  for (const [name, fn, input] of gaps) {
    it(`${fn}: ${name}`, () => {
      expect(validate(fn, 'input', input)).toBe(true);
      expect(() => api[fn]!(input)).toThrow(PoortwachterError);
    });
  }
});

describe('null means absent, for every function: each top-level field of the base case set to null gives the same outcome as leaving it out', () => {
  const outcome = (entry: SchemaEntry, value: unknown): unknown => {
    try {
      return { ok: JSON.parse(JSON.stringify(call(entry, value)) ?? 'null') as unknown };
    } catch (err) {
      if (err instanceof PoortwachterError) return { issues: err.issues };
      throw err;
    }
  };
  for (const entry of SCHEMA_ENTRIES) {
    it(fileNameOf(entry), () => {
      const base = BASE[`${entry.fn}.${entry.part}`];
      if (!isObject(base)) return;
      for (const k of Object.keys(base)) {
        const { [k]: _, ...without } = base;
        expect(outcome(entry, { ...base, [k]: null }), k).toEqual(outcome(entry, without));
      }
    });
  }
});

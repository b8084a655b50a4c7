/**
 * Generates the JSON Schema (draft 2020-12) of every public input from its zod schema into
 * `schemas/<function>.<part>.schema.json` (issue 12). Run with `npm run schemas`; the test
 * test/schemas/jsonSchemas.test.ts fails when a committed file is out of date.
 *
 * On top of `z.toJSONSchema(schema, { io: 'input' })`:
 * - dates get `pattern` and `format: date`;
 * - the forms a preprocess accepts that zod cannot express (work patterns, the event list) are written out;
 * - every optional property also accepts `null` ("null means absent", docs/schemas.md);
 * - "firstSickDay or sickPeriods" becomes a `oneOf` (or a `not` both) where the function requires it;
 * - descriptions come from the TSDoc of the documented input type (read with the TypeScript compiler).
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import * as z from 'zod';
import * as api from '../src/index.js';
import { isoDateSchema } from '../src/input/zodIssues.js';
import { workPatternSchema } from '../src/sickness/validateSickInput.js';
import { timelineEventsSchema } from '../src/timeline/timelineSchema.js';

type Json = Record<string, unknown>;

/** How a function treats `firstSickDay` / `sickPeriods`: exactly one, at most one, at least one, or they are not its fields. */
type Sickness = 'exactly-one' | 'at-most-one' | 'at-least-one' | 'none';

/** One public input: the function, which argument, its zod schema and its documented TypeScript type. */
export interface SchemaEntry {
  readonly fn: string;
  readonly part: 'input' | 'options' | 'events';
  readonly schema: z.ZodType;
  /** Exported name of the zod schema in `poortwachter`. */
  readonly exportName: string;
  /** The documented input type whose TSDoc gives the descriptions. */
  readonly type: string;
  readonly sickness: Sickness;
  /** What the function checks outside its zod schema and JSON Schema can say, added to the generated schema. */
  readonly patch?: (js: Json) => void;
}

const e = (fn: string, part: SchemaEntry['part'], exportName: keyof typeof api, type: string, sickness: Sickness = 'none', patch?: (js: Json) => void): SchemaEntry =>
  ({ fn, part, exportName, schema: api[exportName] as unknown as z.ZodType, type, sickness, ...(patch === undefined ? {} : { patch }) });

/** Every public input, in the order of the contract. */
export const SCHEMA_ENTRIES: readonly SchemaEntry[] = Object.freeze([
  e('computeTimeline', 'input', 'timelineInputSchema', 'TimelineInput', 'exactly-one'),
  e('computeTimeline', 'options', 'timelineOptionsSchema', 'TimelineOptions'),
  e('combineSickPeriods', 'input', 'sickPeriodsInputSchema', 'SickPeriod', 'none', (js) => { js['minItems'] = 1; }),
  e('combineSickPeriods', 'options', 'combineSickPeriodsOptionsSchema', 'CombineSickPeriodsOptions'),
  e('determineFirstSickDay', 'input', 'sickReportInputSchema', 'SickReport'),
  e('checkPassendWerk', 'input', 'passendWerkInputSchema', 'PassendWerkInput', 'at-most-one'),
  e('checkSpoor2Readiness', 'input', 'spoor2InputSchema', 'Spoor2Input', 'at-most-one'),
  e('listObligations', 'input', 'listObligationsOptionsSchema', 'ListObligationsOptions'),
  e('checkNonCooperation', 'input', 'nonCooperationInputSchema', 'NonCooperationInput'),
  e('listRemedies', 'input', 'remediesInputSchema', 'ListRemediesInput'),
  e('auditReIntegratieverslag', 'input', 'auditInputSchema', 'ReIntegratieverslagAuditInput', 'at-least-one'),
  e('computeLoonsanctie', 'input', 'loonsanctieInputSchema', 'LoonsanctieInput', 'exactly-one'),
  e('computeVrijwilligeVerlenging', 'input', 'vrijwilligeVerlengingInputSchema', 'VrijwilligeVerlengingInput', 'exactly-one'),
  e('checkVervroegdeIva', 'input', 'vervroegdeIvaInputSchema', 'VervroegdeIvaInput', 'exactly-one'),
  e('computeLateWiaAanvraag', 'input', 'lateWiaAanvraagInputSchema', 'LateWiaAanvraagInput', 'exactly-one'),
  e('computeOpzegverbod', 'input', 'opzegverbodInputSchema', 'OpzegverbodInput', 'exactly-one'),
  e('computeVangnetMelding', 'input', 'vangnetMeldingInputSchema', 'VangnetMeldingInput'),
  e('applyEndOfWachttijdEvents', 'input', 'endOfWachttijdEventsSchema', 'EndOfWachttijdEvents'),
  e('applyEndOfWachttijdEvents', 'options', 'applyEndOfWachttijdOptionsSchema', 'ApplyEndOfWachttijdOptions'),
  e('toICalendar', 'input', 'exportTimelineSchema', 'Timeline'),
  e('toICalendar', 'options', 'toICalendarOptionsSchema', 'ToICalendarOptions'),
  e('renderTimelineSvg', 'input', 'exportTimelineSchema', 'Timeline', 'none', (js) => {
    // renderTimelineSvg also reads (and checks) the last day of the wachttijd.
    js['properties'] = { ...(js['properties'] as Json), wachttijdLastDay: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', format: 'date' } };
  }),
  e('renderTimelineSvg', 'options', 'renderTimelineSvgOptionsSchema', 'RenderTimelineSvgOptions'),
]);

/** File name of an entry's JSON Schema. */
export const fileNameOf = (entry: SchemaEntry): string => `${entry.fn}.${entry.part}.schema.json`;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the JSON Schemas are committed (and shipped: package.json "files", "exports" "./schemas/*"). */
export const SCHEMAS_DIR = join(ROOT, 'schemas');

const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
const DAY_NAMES = ['monday', 'mon', 'maandag', 'ma', 'tuesday', 'tue', 'dinsdag', 'di', 'wednesday', 'wed', 'woensdag', 'wo',
  'thursday', 'thu', 'donderdag', 'do', 'friday', 'fri', 'vrijdag', 'vr', 'saturday', 'sat', 'zaterdag', 'za', 'sunday', 'sun', 'zondag', 'zo'];

const WORK_PATTERN_JSON: Json = {
  description: "Working days: ISO weekdays 1 (Monday) … 7 (Sunday) (0 is read as Sunday), English or Dutch day names (full or short, any case), or an object { monday: true, … }.",
  anyOf: [
    { type: 'array', minItems: 1, items: { anyOf: [{ type: 'integer', minimum: 0, maximum: 7 }, { type: 'string' }] } },
    { type: 'object', propertyNames: { enum: DAY_NAMES }, additionalProperties: { type: 'boolean' } },
  ],
};

function replace(target: Json, by: Json): void {
  for (const k of Object.keys(target)) delete target[k];
  Object.assign(target, by);
}

const OPTIONS = { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' } as const;

function toJson(schema: z.ZodType): Json {
  const eventsPipe = (api.timelineInputSchema.shape.events as unknown as z.ZodOptional<z.ZodType>).unwrap();
  return z.toJSONSchema(schema, {
    ...OPTIONS,
    override: (ctx) => {
      const js = ctx.jsonSchema as Json;
      const s = ctx.zodSchema as unknown as z.ZodType;
      if (s === isoDateSchema) {
        js['pattern'] = DATE_PATTERN;
        js['format'] = 'date';
      } else if (s === (workPatternSchema as unknown as z.ZodType)) {
        replace(js, WORK_PATTERN_JSON);
      } else if (s === eventsPipe) {
        const obj = stripDollarSchema(toJson(timelineEventsSchema));
        replace(js, {
          anyOf: [obj, {
            type: 'array',
            items: {
              type: 'object',
              properties: { id: { type: 'string' }, type: { type: 'string' }, milestone: { type: 'string' }, date: { type: 'string', pattern: DATE_PATTERN, format: 'date' } },
              anyOf: ['id', 'type', 'milestone'].map((k) => ({ required: [k], properties: { [k]: { type: 'string' } } })),
            },
          }],
        });
      } else {
        // Any other preprocess (aliases of vocabulary values): the JSON Schema gives the canonical form.
        const def = (s as unknown as { _zod: { def: { type: string; in?: { _zod: { def: { type: string } } }; out?: z.ZodType } } })._zod.def;
        if (def.type === 'pipe' && def.in?._zod.def.type === 'transform' && def.out !== undefined) replace(js, stripDollarSchema(toJson(def.out)));
      }
    },
  }) as Json;
}

function stripDollarSchema(js: Json): Json {
  const { $schema: _, ...rest } = js;
  return rest;
}

/** Every property not in `required` also accepts `null`, at any depth. */
function allowNullForOptional(node: unknown): void {
  if (Array.isArray(node)) { node.forEach(allowNullForOptional); return; }
  if (node === null || typeof node !== 'object') return;
  const js = node as Json;
  for (const v of Object.values(js)) allowNullForOptional(v);
  const props = js['properties'] as Record<string, Json> | undefined;
  if (props === undefined) return;
  const required = new Set((js['required'] as string[] | undefined) ?? []);
  for (const [key, prop] of Object.entries(props)) {
    if (required.has(key)) continue;
    const { description, ...rest } = prop;
    props[key] = { ...(description === undefined ? {} : { description }), anyOf: [rest, { type: 'null' }] };
  }
}

/** Every function rejects an empty list of sick periods (the sick model needs at least one). */
function nonEmptySickPeriods(js: Json): void {
  const p = (js['properties'] as Record<string, Json> | undefined)?.['sickPeriods'];
  if (p?.['type'] === 'array') p['minItems'] = 1;
}

function addSicknessAlternative(js: Json, sickness: Sickness): void {
  if (sickness === 'none') return;
  const given = (key: string): Json => ({ required: [key], properties: { [key]: { not: { type: 'null' } } } });
  if (sickness === 'exactly-one') js['oneOf'] = [given('firstSickDay'), given('sickPeriods')];
  else if (sickness === 'at-least-one') js['anyOf'] = [given('firstSickDay'), given('sickPeriods')];
  else js['not'] = { allOf: [given('firstSickDay'), given('sickPeriods')] };
}

/**
 * TSDoc of the properties of the documented types, by type name and property path. Read
 * syntactically (no type checker, so it is fast): interfaces, type literals, unions and
 * intersections of them, arrays, and references to other declarations under src/.
 */
function readDescriptions(): (type: string) => ((path: readonly string[]) => string | undefined) {
  const decls = new Map<string, ts.Node>();
  const walk = (dir: string): void => {
    for (const ent of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, ent.name);
      if (ent.isDirectory()) { walk(p); continue; }
      if (!ent.name.endsWith('.ts')) continue;
      const sf = ts.createSourceFile(p, readFileSync(p, 'utf8'), ts.ScriptTarget.ES2022, true);
      for (const st of sf.statements) {
        if ((ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) && !decls.has(st.name.text)) decls.set(st.name.text, st);
      }
    }
  };
  walk(join(ROOT, 'src'));
  /** The property signatures of a type node, following references. */
  const members = (node: ts.Node | undefined, seen = new Set<ts.Node>()): ts.PropertySignature[] => {
    if (node === undefined || seen.has(node)) return [];
    seen.add(node);
    if (ts.isInterfaceDeclaration(node)) {
      const inherited = (node.heritageClauses ?? []).flatMap((h) => h.types.flatMap((t) => ts.isIdentifier(t.expression) ? members(decls.get(t.expression.text), seen) : []));
      return [...node.members.filter(ts.isPropertySignature), ...inherited];
    }
    if (ts.isTypeAliasDeclaration(node)) return members(node.type, seen);
    if (ts.isTypeLiteralNode(node)) return node.members.filter(ts.isPropertySignature);
    if (ts.isUnionTypeNode(node) || ts.isIntersectionTypeNode(node)) return node.types.flatMap((t) => members(t, seen));
    if (ts.isParenthesizedTypeNode(node) || ts.isTypeOperatorNode(node)) return members(node.type, seen);
    if (ts.isArrayTypeNode(node)) return members(node.elementType, seen);
    if (ts.isTypeReferenceNode(node)) {
      const name = node.typeName.getText();
      if ((name === 'ReadonlyArray' || name === 'Array' || name === 'Readonly' || name === 'Partial') && node.typeArguments?.[0]) return members(node.typeArguments[0], seen);
      return members(decls.get(name), seen);
    }
    return [];
  };
  const docOf = (p: ts.PropertySignature): string | undefined => {
    const text = ts.getJSDocCommentsAndTags(p).filter(ts.isJSDoc).map((d) => ts.getTextOfJSDocComment(d.comment) ?? '').join(' ');
    return text.replace(/\{@link\s+([^}|]+?)(?:\s*\|\s*([^}]+))?\}/g, (_m, a: string, b?: string) => (b ?? a).trim()).replace(/\s+/g, ' ').trim() || undefined;
  };
  return (typeName) => {
    const root = decls.get(typeName);
    if (root === undefined) throw new Error(`json-schemas: no type ${typeName} under src/`);
    return (path) => {
      let ms = members(root);
      let doc: string | undefined;
      for (const key of path) {
        const props = ms.filter((m) => m.name.getText().replace(/['"]/g, '') === key);
        if (props.length === 0) return undefined;
        doc = props.map(docOf).find((d) => d !== undefined);
        ms = props.flatMap((pr) => members(pr.type));
      }
      return doc;
    };
  };
}

/** The two forms of the sickness, where a type leaves them undocumented (api-contract, computeTimeline). */
const SICKNESS_DOCS: Readonly<Record<string, string>> = {
  firstSickDay: "Day 1 of sickness (eerste ziektedag), 'YYYY-MM-DD', no interruptions. Give this or sickPeriods.",
  sickPeriods: 'Sick periods in any order, `to` inclusive, the latest one may be open (still sick); periods less than four weeks apart count together (samentelling). Give this or firstSickDay.',
};

/** Adds `description` to every property (at any depth) that the documented type documents. */
function describe(node: unknown, lookup: (path: readonly string[]) => string | undefined, path: readonly string[]): void {
  if (Array.isArray(node)) { node.forEach((n) => describe(n, lookup, path)); return; }
  if (node === null || typeof node !== 'object') return;
  const js = node as Json;
  const props = js['properties'] as Record<string, Json> | undefined;
  for (const [k, v] of Object.entries(js)) {
    if (k === 'properties' || k === 'oneOf' || k === 'not') continue;
    describe(v, lookup, path);
  }
  if (props === undefined) return;
  for (const [key, prop] of Object.entries(props)) {
    const doc = lookup([...path, key]) ?? (path.length === 0 ? SICKNESS_DOCS[key] : undefined);
    if (doc !== undefined && prop['description'] === undefined) props[key] = { description: doc, ...prop };
    describe(props[key], lookup, [...path, key]);
  }
}

/** The JSON Schemas, by file name. */
export function buildJsonSchemas(): Record<string, Json> {
  const docs = readDescriptions();
  const out: Record<string, Json> = {};
  for (const entry of SCHEMA_ENTRIES) {
    const js = toJson(entry.schema);
    entry.patch?.(js);
    nonEmptySickPeriods(js);
    describe(js, docs(entry.type), []);
    allowNullForOptional(js);
    addSicknessAlternative(js, entry.sickness);
    out[fileNameOf(entry)] = {
      $schema: js['$schema'],
      $id: `https://github.com/poortwachter/poortwachter/schemas/${fileNameOf(entry)}`,
      title: `${entry.fn} ${entry.part}`,
      description: `The ${entry.part} of ${entry.fn}: JSON Schema of the zod schema \`${entry.exportName}\` (poortwachter). null means the same as leaving an optional field out. Rules JSON Schema cannot express (date order, overlapping periods, dates after asOf, real calendar days) are checked by the function: see docs/schemas.md.`,
      ...stripDollarSchema(js),
    };
  }
  return out;
}

/** Serialises one schema as committed (2-space JSON and a newline). */
export const serialize = (js: Json): string => `${JSON.stringify(js, null, 2)}\n`;

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const all = buildJsonSchemas();
  mkdirSync(SCHEMAS_DIR, { recursive: true });
  for (const f of readdirSync(SCHEMAS_DIR)) if (f.endsWith('.schema.json') && !(f in all)) rmSync(join(SCHEMAS_DIR, f));
  for (const [name, js] of Object.entries(all)) writeFileSync(join(SCHEMAS_DIR, name), serialize(js));
  console.log(`json-schemas: wrote ${Object.keys(all).length} files to schemas/`);
}

/**
 * A hand-written check of the timeline fields the calendar export (and applyEndOfWachttijdEvents) reads: the same constraints as
 * toICalendar's zod schema, in one pass without allocations. A timeline made by `computeTimeline`
 * passes it quickly; anything that fails it goes to the zod schema, which gives the error message.
 * It trusts nothing about where the object came from: a look-alike that passes has every field the
 * export uses, valid.
 *
 * @internal
 * @packageDocumentation
 */
import { daysInMonth, MAX_YEAR, MIN_YEAR } from '../calendar/isValidIsoDate.js';
import { LEGAL_REFS } from '../legal/references.js';
import { EOW_REFS } from '../law/endOfWachttijdRefs.js';

/**
 * The library's own frozen legal references, which the timeline cites by identity. A constant built
 * once from frozen constants (never changed): an object in it cannot be a look-alike and cannot
 * have been altered, so its URL need not be scanned again.
 */
const LIBRARY_REFS: ReadonlySet<unknown> = new Set([...Object.values(LEGAL_REFS), ...Object.values(EOW_REFS)].filter((r) => Object.isFrozen(r)));

const NORM_KINDS: ReadonlySet<unknown> = new Set(['statutory', 'regulation', 'policy', 'practice']);

/**
 * The longest milestone, evaluation, notice or period list a timeline may have (a real one has a few
 * dozen): longer lists are rejected before the zod schema walks them. @internal
 */
export const MAX_TIMELINE_ITEMS = 10_000;

type Obj = Record<string, unknown>;
/** Whether `v` is a non-null object. @internal */
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null;
const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1e6;
};

/** `isValidIsoDate` without a regex or allocation. @internal */
export function isDate(v: unknown): boolean {
  if (typeof v !== 'string' || v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return false;
  const y = digit(v, 0) * 1000 + digit(v, 1) * 100 + digit(v, 2) * 10 + digit(v, 3);
  const m = digit(v, 5) * 10 + digit(v, 6);
  const d = digit(v, 8) * 10 + digit(v, 9);
  return y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
/** `undefined`, `null` or a valid date. @internal */
export const optDate = (v: unknown): boolean => v === undefined || v === null || isDate(v);

/** A kebab-case id, 1–64 of `a-z0-9-`. */
function isId(v: unknown): boolean {
  if (typeof v !== 'string' || v.length === 0 || v.length > 64) return false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return false;
  }
  return true;
}

/**
 * A URL of printable ASCII without space, `"`, `<`, `>`, `\\`, `^`, `` ` ``, `{`, `|`, `}`. Stricter than
 * the schema (which allows other non-space characters): anything else goes to the schema.
 */
function isUri(v: unknown): boolean {
  if (typeof v !== 'string' || v.length === 0) return false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c <= 32 || c >= 127 || c === 34 || c === 60 || c === 62 || c === 92 || c === 94 || c === 96 || c === 123 || c === 124 || c === 125) return false;
  }
  return true;
}
/**
 * Whether `v` is `{ nl: string, en: string }`.
 *
 * @internal
 */
export const isLocalized = (v: unknown): v is { readonly nl: string; readonly en: string } => isObj(v) && typeof v['nl'] === 'string' && typeof v['en'] === 'string';
const isInt = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v);

/**
 * Legal basis: a non-empty list of `{ id, url }`. `checked` (one per call) holds the ref objects and
 * URLs already found valid: a library timeline shares a few ref objects among all its milestones,
 * so each is scanned once.
 */
function isRefs(v: unknown, checked: Set<unknown>): boolean {
  if (!Array.isArray(v) || v.length === 0) return false;
  for (const r of v as unknown[]) {
    if (LIBRARY_REFS.has(r) || checked.has(r)) continue;
    if (!isObj(r)) return false;
    const id = r['id'];
    const url = r['url'];
    if (typeof id !== 'string' || id.length === 0) return false;
    if (!checked.has(url)) {
      if (!isUri(url)) return false;
      checked.add(url);
    }
    if (Object.isFrozen(r)) checked.add(r); // a frozen ref cannot change between here and its use
  }
  return true;
}

/**
 * Whether `t` has, valid, every field that toICalendar and renderTimelineSvg read: `firstSickDay`,
 * `asOf`, the milestones (id, due, windowFrom, week, labels, legal basis, norm kind, done),
 * notices and evaluations. `false` means "let the zod schema decide and
 * explain". It may be stricter than the schema, never more lenient. `explanation.text` is not read
 * here (on a library timeline it is computed on each read): check it with {@link isLocalized} where
 * it is used.
 *
 * @param t - Anything.
 * @returns `true` when every field the export reads is present and valid.
 * @example
 * isTimelineShape(computeTimeline({ firstSickDay: '2024-01-01' })) //=> true
 * isTimelineShape({ firstSickDay: '2024-01-01' })                   //=> false (no milestones)
 * @internal
 */
export function isTimelineShape(t: unknown): boolean {
  if (!isObj(t) || !isDate(t['firstSickDay']) || !optDate(t['asOf'])) return false;
  const milestones = t['milestones'];
  if (!Array.isArray(milestones) || milestones.length > MAX_TIMELINE_ITEMS) return false;
  const checked = new Set<unknown>();
  for (const m of milestones as unknown[]) {
    if (!isObj(m)) return false;
    if (!isId(m['id']) || !isDate(m['due']) || !optDate(m['windowFrom']) || !optDate(m['done']) || !isInt(m['week'])) return false;
    if (!isLocalized(m['labels']) || !isRefs(m['legalBasis'], checked) || !NORM_KINDS.has(m['normKind'])) return false;
    // explanation.text is not read here: on a library timeline it is computed on each read, so the
    // caller reads it once, where it is used, and checks it with isLocalized.
  }
  const notices = t['notices'];
  if (notices !== undefined) {
    if (!Array.isArray(notices) || notices.length > MAX_TIMELINE_ITEMS) return false;
    for (const n of notices as unknown[]) if (!isLocalized(n)) return false;
  }
  const evaluations = t['evaluations'];
  if (evaluations !== undefined) {
    if (!Array.isArray(evaluations) || evaluations.length > MAX_TIMELINE_ITEMS) return false;
    for (const e of evaluations as unknown[]) {
      if (!isObj(e)) return false;
      const seq = e['sequence'];
      if (!isInt(seq) || (seq as number) < 1 || !isDate(e['due']) || !optDate(e['done'])) return false;
      if (!isRefs(e['legalBasis'], checked) || !isLocalized(e['explanation'])) return false;
    }
  }
  return true;
}

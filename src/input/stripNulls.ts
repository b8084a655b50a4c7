/**
 * "`null` means absent": returns `value` with every property whose value is `null` left out, in
 * plain objects at any depth (also objects inside arrays). `null` as an array element is kept, so
 * that the schema rejects it. Never mutates `value` (frozen inputs work): an object is copied only
 * when it, or something below it, holds a `null` property; otherwise the same object is returned.
 * A cyclic or very deeply nested value is returned as it is below that point (the schema then
 * rejects it with an issue, never a stack overflow).
 *
 * @internal
 */
export function stripNulls(value: unknown, seen: Map<object, unknown> = new Map(), depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  // Each object is visited once (shared parts and cycles too: linear, never exponential).
  if (seen.has(value)) return seen.get(value);
  if (depth > 64) return value;
  seen.set(value, value);
  const out = stripNullsIn(value, seen, depth);
  seen.set(value, out);
  return out;
}

function stripNullsIn(value: object, seen: Map<object, unknown>, depth: number): unknown {
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const s = stripNulls(v, seen, depth + 1);
      if (s !== v) (out ??= value.slice())[i] = s;
    }
    return out ?? value;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const obj = value as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    const s = v === null ? undefined : stripNulls(v, seen, depth + 1);
    if (s === v) continue;
    out ??= { ...obj };
    if (v === null) delete out[key];
    else out[key] = s;
  }
  return out ?? value;
}

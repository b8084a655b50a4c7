/**
 * "`null` means absent": returns `value` with every property whose value is `null` left out, in
 * plain objects at any depth (also objects inside arrays). `null` as an array element is kept, so
 * that the schema rejects it. Never mutates `value` (frozen inputs work): an object is copied only
 * when it, or something below it, holds a `null` property; otherwise the same object is returned.
 *
 * @internal
 */
export function stripNulls(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const s = stripNulls(v);
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
    const s = v === null ? undefined : stripNulls(v);
    if (s === v) continue;
    out ??= { ...obj };
    if (v === null) delete out[key];
    else out[key] = s;
  }
  return out ?? value;
}

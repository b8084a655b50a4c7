import { describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import * as api from '../../src/index.js';
import { PoortwachterError } from '../../src/errors/index.js';
import { anyValueArb, call, deepFreeze, FUNCTIONS, pathsOf, TWINS, withAt } from './corpus.js';

/**
 * Totality fuzz suite (issue 14): every export of src/index.ts, given any value, returns a result
 * or throws a PoortwachterError whose issues name a path and a problem — never another error. Safe
 * twins never throw and agree with their throwing twin. Inputs are not modified; Object.prototype
 * stays clean. Fixed seeds and bounded runs: the same cases in every run (about 10–30 s per time zone on a
 * loaded machine, hence the 60 s timeouts). No allow-list: every export, every property.
 */

const SEED = 14_2026;
const NAMES = Object.keys(FUNCTIONS);

type Outcome = { ok: true; value: unknown } | { ok: false; error: PoortwachterError };

/** Calls and classifies; any error that is not a PoortwachterError fails the test with its stack. */
function outcome(name: string, args: readonly unknown[]): Outcome {
  try {
    return { ok: true, value: call(name, args) };
  } catch (e) {
    if (!(e instanceof PoortwachterError)) {
      throw new Error(`${name} threw ${e instanceof Error ? `${e.name}: ${e.message}\n${e.stack}` : typeof e} for ${describeArgs(args)}`);
    }
    checkError(e);
    return { ok: false, error: e };
  }
}

function describeArgs(args: readonly unknown[]): string {
  try {
    return fc.stringify(args).slice(0, 400);
  } catch {
    return '(unprintable)';
  }
}

/** A PoortwachterError is well-formed: issues name a path and a problem, the message is a string. */
function checkError(e: PoortwachterError): void {
  // Plain checks, not expect(): an input of 100 000 periods can give 100 000 issues.
  const bad = (why: string): never => { throw new Error(`malformed PoortwachterError (${why}): ${e.message.slice(0, 300)}`); };
  if (typeof e.message !== 'string') bad('message');
  if (!Array.isArray(e.issues) || e.issues.length === 0) bad('no issues');
  for (const i of e.issues) {
    if (!Array.isArray(i.path) || !i.path.every((seg) => typeof seg === 'string' || typeof seg === 'number')) bad('path');
    if (typeof i.code !== 'string' || typeof i.message !== 'string' || i.message.length === 0) bad('code or message');
  }
}

/** The safe twin never throws and agrees with the throwing function. */
function checkTwin(safeName: string, args: readonly unknown[]): void {
  const throwing = outcome(TWINS[safeName]!, args);
  let safe: api.SafeResult<unknown>;
  try {
    safe = call(safeName, args) as api.SafeResult<unknown>;
  } catch (e) {
    throw new Error(`${safeName} threw ${String(e)} for ${describeArgs(args)}`);
  }
  expect(safe.success).toBe(throwing.ok);
  if (safe.success && throwing.ok) expect(safe.data).toEqual(throwing.value);
  if (!safe.success && !throwing.ok) expect(safe.issues).toEqual(throwing.error.issues);
}

function check(name: string, args: readonly unknown[]): void {
  outcome(name, args);
  if (name in TWINS) checkTwin(name, args);
}

const prototypeKeys = (): string[] => [Object.prototype, Array.prototype, Function.prototype, String.prototype]
  .flatMap((p) => Reflect.ownKeys(p).map(String)).sort();

describe('fuzz: every export is total', () => {
  const before = prototypeKeys();

  it('the corpus covers every function exported by src/index.ts', () => {
    const exported = Object.entries(api).filter(([, v]) => typeof v === 'function').map(([k]) => k).sort();
    expect(NAMES.slice().sort()).toEqual(exported);
  });

  it('the documented examples give a result', () => {
    for (const name of NAMES) {
      for (const args of FUNCTIONS[name]!.examples) {
        const o = outcome(name, args);
        expect(o.ok ? 'result' : o.error.message, name).toBe('result');
      }
    }
  });

  it('arbitrary values as arguments: a result or a PoortwachterError', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.array(anyValueArb, { maxLength: 4 }), (name, args) => check(name, args)),
      { seed: SEED, numRuns: 1500, endOnFailure: true },
    );
  }, 60_000);

  it('one argument of a documented example replaced by an arbitrary value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.nat(), fc.nat(), anyValueArb, (name, e, a, value) => {
        const examples = FUNCTIONS[name]!.examples;
        const args = [...examples[e % examples.length]!];
        args[a % Math.max(1, args.length + 1)] = value;
        check(name, args);
      }),
      { seed: SEED, numRuns: 800, endOnFailure: true },
    );
  }, 60_000);

  it('near-valid mutations of the documented examples: one field changed, removed or added', () => {
    const cases = NAMES.flatMap((name) => FUNCTIONS[name]!.examples.flatMap((args) => pathsOf(args).map((path) => ({ name, args, path }))));
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.constantFrom('replace', 'delete', 'add'), anyValueArb, ({ name, args, path }, op, value) => {
        const parent = pathsParent(args, path);
        const mutated = op === 'add' && parent !== null && typeof parent === 'object' && !Array.isArray(parent)
          ? withAt(args, [...path.slice(0, -1), 'unknownField'], value)
          : withAt(args, path, value, op === 'delete');
        check(name, mutated as unknown[]);
      }),
      { seed: SEED, numRuns: 2500, endOnFailure: true },
    );
  }, 60_000);

  it('deep-frozen inputs stay unchanged (and freezing does not make a function crash)', () => {
    // Unfrozen inputs are not written to: each example call leaves a structured copy equal.
    for (const name of NAMES) {
      for (const args of FUNCTIONS[name]!.examples) {
        const before = structuredClone(args);
        call(name, args);
        expect(structuredClone(args)).toEqual(before);
      }
    }
    // Then the examples themselves are frozen deeply (getters included) and called again.
    for (const name of NAMES) {
      for (const args of FUNCTIONS[name]!.examples) {
        const before = structuredClone(args);
        deepFreeze(args);
        const o = outcome(name, args);
        expect(o.ok ? 'result' : o.error.message, name).toBe('result');
        expect(structuredClone(args)).toEqual(before);
      }
    }
  });

  it('huge inputs: a result or a PoortwachterError, quickly', () => {
    const huge: unknown[] = [
      'x'.repeat(1_000_000),
      '2024-01-01'.repeat(100_000),
      Array.from({ length: 100_000 }, () => ({ from: '2024-01-01', to: '2024-01-02' })),
      Array.from({ length: 100_000 }, (_, i) => i),
      Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i])),
      nested(5_000),
      Number.MAX_VALUE,
      2n ** 4000n,
    ];
    const started = Date.now();
    for (const name of NAMES) {
      for (const value of huge) {
        if (process.env['FUZZ_DEBUG']) process.stderr.write(`huge ${name} ${typeof value} ${Date.now() - started}\n`);
        check(name, [value]);
        const ex = FUNCTIONS[name]!.examples[0]!;
        if (ex.length > 0 && typeof ex[0] === 'object' && ex[0] !== null && !Array.isArray(ex[0])) {
          for (const key of Object.keys(ex[0])) check(name, [{ ...(ex[0] as object), [key]: value }, ...ex.slice(1)]);
        }
      }
    }
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 120_000);

  it('Object.prototype and the other built-in prototypes stay clean', () => {
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(prototypeKeys()).toEqual(before);
  });
});

function pathsParent(root: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = root;
  for (const seg of path.slice(0, -1)) v = (v as Record<string | number, unknown>)[seg];
  return v;
}

function nested(depth: number): unknown {
  let v: unknown = '2024-01-01';
  for (let i = 0; i < depth; i++) v = i % 2 === 0 ? { firstSickDay: v, sickPeriods: v } : [v];
  return v;
}

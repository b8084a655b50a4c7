import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Issue 10 "One home for the law": the folders of src/ form layers without cycles.
 * The map, what each layer may import and how to add a rule: docs/architecture.md.
 *
 * The imports are read with a regex over `import … from`, `export … from` and `import('…')`, the
 * same way `node ../shared/tools/structure.mjs cycles|deps` reads them.
 */

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

/** Folder of src/ → layer. A folder may import its own layer and the layers below, never above. */
const LAYERS: Readonly<Record<string, number>> = {
  // 0 — foundations, no domain knowledge
  calendar: 0, errors: 0, i18n: 0, legal: 0, vocabulary: 0,
  // 1 — the law as data: rule sets, norms, groups, review steps
  law: 1, review: 1,
  // 2 — the engine: parsing (zod) and the sick clock
  input: 2, sickness: 2, engine: 2,
  // 3 — the domains
  timeline: 3, endOfWachttijd: 3, vangnet: 3, passendWerk: 3, spoor2: 3, obligations: 3, audit: 3,
  // 4 — export, schemas, test builders, CLI, and src/index.ts
  export: 4, schemas: 4, testing: 4, cli: 4, '(root)': 4,
};

/** Where zod may be imported at run time: the parsing folder and the parsing files. */
const PARSING_FOLDERS = ['input'];
const PARSING_FILE = /(^|\/)(\w*[sS]chemas?|validate\w*Input|factInput|fastParse)\.ts$/;

interface Import { readonly from: string; readonly spec: string; readonly typeOnly: boolean }

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(n) && !n.endsWith('.d.ts') ? [p] : [];
  });
}

const rel = (file: string): string => path.relative(SRC, file).split(path.sep).join('/');
const folderOf = (relPath: string): string => (relPath.includes('/') ? relPath.slice(0, relPath.indexOf('/')) : '(root)');

/** Every import of every file of src/, with its file relative to src/. */
function importsOfSrc(): Import[] {
  const out: Import[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const re = /(import|export)(\s+type)?\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
    for (const m of text.matchAll(re)) {
      out.push({ from: rel(file), spec: (m[3] ?? m[4])!, typeOnly: m[2] !== undefined });
    }
  }
  return out;
}

/** The folder an import points to, or undefined for a package. */
function targetFolder(imp: Import): string | undefined {
  if (!imp.spec.startsWith('.')) return undefined;
  const target = path.resolve(SRC, path.dirname(imp.from), imp.spec);
  return folderOf(rel(target));
}

/** Folder → folders it imports (other than itself). */
function folderGraph(imports: readonly Import[]): Map<string, Set<string>> {
  const g = new Map<string, Set<string>>();
  for (const imp of imports) {
    const a = folderOf(imp.from);
    const b = targetFolder(imp);
    if (b === undefined || a === b) continue;
    if (!g.has(a)) g.set(a, new Set());
    g.get(a)!.add(b);
  }
  return g;
}

/** The strongly connected components with more than one folder (Tarjan). */
function folderCycles(g: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next); low.set(v, next); next++; stack.push(v); onStack.add(v);
    for (const w of g.get(v) ?? []) {
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const c: string[] = [];
      let w: string;
      do { w = stack.pop()!; onStack.delete(w); c.push(w); } while (w !== v);
      if (c.length > 1) cycles.push(c.sort());
    }
  };
  const nodes = new Set([...g.keys(), ...[...g.values()].flatMap((s) => [...s])]);
  for (const v of nodes) if (!index.has(v)) visit(v);
  return cycles;
}

const imports = importsOfSrc();

describe('layers of src/ (issue 10, docs/architecture.md)', () => {
  it('reads the imports (sanity: the parser sees the calendar and the domains)', () => {
    expect(imports.length).toBeGreaterThan(300);
    expect(imports.some((i) => i.from === 'index.ts' && i.spec === './timeline/index.js')).toBe(true);
  });

  it('every folder of src/ has a layer', () => {
    const folders = [...new Set(sourceFiles(SRC).map((f) => folderOf(rel(f))))].sort();
    expect(folders.filter((f) => LAYERS[f] === undefined)).toEqual([]);
  });

  it('no import cycle between folders', () => {
    expect(folderCycles(folderGraph(imports))).toEqual([]);
  });

  it('no import into a higher layer', () => {
    const up = imports.flatMap((imp) => {
      const a = folderOf(imp.from);
      const b = targetFolder(imp);
      if (b === undefined || a === b) return [];
      return LAYERS[b]! > LAYERS[a]! ? [`${imp.from} (layer ${LAYERS[a]}) imports ${imp.spec} (layer ${LAYERS[b]})`] : [];
    });
    expect(up).toEqual([]);
  });

  it('date-fns is imported nowhere in src/ (it is no runtime dependency)', () => {
    const uses = imports.filter((i) => i.spec.startsWith('date-fns') || i.spec.startsWith('@date-fns/')).map((i) => i.from);
    expect(uses).toEqual([]);
  });

  it('zod is imported at run time only where input is parsed', () => {
    const isZod = (i: Import): boolean => i.spec === 'zod' || i.spec.startsWith('zod/');
    const allowed = (f: string): boolean => PARSING_FOLDERS.includes(folderOf(f)) || PARSING_FILE.test(f);
    const outside = [...new Set(imports.filter((i) => isZod(i) && !i.typeOnly && !allowed(i.from)).map((i) => i.from))].sort();
    // no allow-list: every runtime zod import is in a parsing file or folder
    expect(outside).toEqual([]);
  });

  it('the cycle finder finds a planted cycle (the checks above can fail)', () => {
    const g = new Map([['timeline', new Set(['endOfWachttijd'])], ['endOfWachttijd', new Set(['vangnet'])], ['vangnet', new Set(['timeline'])], ['law', new Set(['legal'])]]);
    expect(folderCycles(g)).toEqual([['endOfWachttijd', 'timeline', 'vangnet']]);
  });
});

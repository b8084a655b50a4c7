import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, it } from 'vitest';

/**
 * package.json says `"sideEffects": false`, so a bundler drops any module whose exports an app does
 * not use (issue 11). That is only true if no library module DOES something when loaded: every
 * top-level statement must be a declaration (import, export, const/let, function, class, type).
 * A top-level call, assignment or loop (a registry, a global, a polyfill) would be silently lost.
 * The CLI (src/cli) is not part of the library bundle and may do what it likes.
 */
const src = fileURLToPath(new URL('../../src/', import.meta.url));
const files = (readdirSync(src, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts') && !f.startsWith('cli'))
  .map((f) => join(src, f));

const DECLARATIONS = new Set([
  ts.SyntaxKind.ImportDeclaration, ts.SyntaxKind.ExportDeclaration, ts.SyntaxKind.VariableStatement,
  ts.SyntaxKind.FunctionDeclaration, ts.SyntaxKind.ClassDeclaration, ts.SyntaxKind.InterfaceDeclaration,
  ts.SyntaxKind.TypeAliasDeclaration, ts.SyntaxKind.EnumDeclaration,
]);

/**
 * Checked by hand: the statement only fills a module-local object, nothing outside the module sees
 * it. (Better written as a declaration, e.g. `const eventShape = Object.fromEntries(…)`; the file
 * belongs to the timeline module.)
 */
const REVIEWED = new Set(['timeline/timelineSchema.ts ForOfStatement']);

it('no library module has a top-level statement that is not a declaration (sideEffects: false holds)', () => {
  const offenders: string[] = [];
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    for (const st of sf.statements) {
      if (!DECLARATIONS.has(st.kind) && !REVIEWED.has(`${relative(src, file).replace(/\\/g, '/')} ${ts.SyntaxKind[st.kind]}`)) {
        offenders.push(`${relative(src, file)}:${sf.getLineAndCharacterOfPosition(st.getStart()).line + 1} ${ts.SyntaxKind[st.kind]}`);
      }
    }
  }
  expect(files.length).toBeGreaterThan(50);
  expect(offenders).toEqual([]);
});

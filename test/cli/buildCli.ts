import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Bundles src/cli/main.ts into a temporary directory the way tsup builds dist/cli.js (one ESM file,
 * its own worker), so that the end-to-end tests need no `npm run build` and no dist/.
 *
 * @returns The path of the bundled cli.js.
 */
export async function buildCli(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'poortwachter-cli-'));
  const outfile = join(dir, 'cli.js');
  await build({
    entryPoints: [fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

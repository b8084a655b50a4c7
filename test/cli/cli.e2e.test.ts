import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromDayNumber } from '../../src/calendar/dayNumber.js';
import { buildCli } from './buildCli.js';

/** The bundled command, spawned as a user would run it (worker threads, real streams, exit codes). */
let cli = '';
let dir = '';
beforeAll(async () => {
  cli = await buildCli();
  dir = mkdtempSync(join(tmpdir(), 'poortwachter-e2e-'));
}, 60_000);

const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, maxBuffer: 1 << 28 });

// Spawning node on a loaded machine takes seconds: generous timeouts (these tests assert outcomes, never timings).
describe('poortwachter (built, spawned)', { timeout: 60_000 }, () => {
  it('--ndjson --jobs 2 with bad lines in the middle: nothing lost, order kept, caseIds passed through, exit 3', () => {
    const n = 3000;
    const bad = new Set([1200, 1201, 2999]);
    const lines = Array.from({ length: n }, (_, i) => {
      const line = i + 1;
      if (line === 1200) return '{"caseId":"x1200", not json';
      if (line === 1201) return JSON.stringify({ caseId: `x${line}`, firstSickDay: '2023-02-29' });
      if (line === 2999) return JSON.stringify({ caseId: `x${line}`, firstSickDay: '2024-01-01', bogus: 1 });
      return JSON.stringify({ caseId: `x${line}`, firstSickDay: fromDayNumber(16000 + i), asOf: '2024-06-01' });
    });
    const file = join(dir, 'cases.ndjson');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const r = run(['timeline', '--ndjson', '--compact', '--jobs', '2', '--input', file, '--locale', 'en']);
    expect(r.status).toBe(3);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { line: number; caseId: string | null; ok: boolean });
    expect(out.map((o) => o.line)).toEqual(lines.map((_, i) => i + 1));
    expect(out.filter((o) => !o.ok).map((o) => o.line)).toEqual([...bad]);
    for (const o of out) if (o.line !== 1200) expect(o.caseId).toBe(`x${o.line}`);
    expect(out[1199]!.caseId).toBeNull();
    expect(r.stderr).toMatch(/^poortwachter: 3000 lines: 2997 ok, 3 with errors, in [\d.]+ s \(\d+\/s\)\n$/);
  });

  it('stdin (--input -), every line ok: exit 0; --csv works the same way', () => {
    const ok = run(['loonsanctie', '--ndjson', '--input', '-'], '{"caseId":"a","firstSickDay":"2024-01-01","decisionDate":"2025-12-01"}\n');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ line: 1, caseId: 'a', ok: true, result: { code: 'loonsanctie' } });
    const csv = run(['timeline', '--csv', '--compact', '--input', '-'], 'caseId,firstSickDay\nq,2024-01-01\n');
    expect(csv.status).toBe(0);
    expect(JSON.parse(csv.stdout)).toMatchObject({ line: 2, caseId: 'q', ok: true, result: { firstSickDay: '2024-01-01' } });
  });

  it('no arguments: the help, exit 0; a wrong command line: exit 2', () => {
    const h = run([]);
    expect(h.status).toBe(0);
    expect(h.stdout).toMatch(/^poortwachter — /);
    const twice = run(['timeline', '--first-sick-day', '2024-01-01', '--format', 'json', '--format', 'csv']);
    expect(twice.status).toBe(2);
    expect(twice.stdout).toBe('');
    const missing = run(['audit', '--ndjson', '--input', join(dir, 'missing.ndjson'), '--locale', 'en']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read');
  });

  it.runIf(existsSync('/dev/full'))('a full disk (ENOSPC on stdout) is one line on stderr and exit 4, no stack trace', () => {
    const r = spawnSync(`${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} timeline --first-sick-day 2024-01-01 --as-of 2024-03-01 --locale en > /dev/full`, { shell: true, encoding: 'utf8' });
    expect(r.status).toBe(4);
    expect(r.stderr).toBe('poortwachter: cannot write the output (ENOSPC); stopped\n');
  });

  it('a closed pipe (EPIPE) in a batch: one line on stderr, non-zero exit', () => {
    const file = join(dir, 'many.ndjson');
    writeFileSync(file, `${Array.from({ length: 20000 }, (_, i) => JSON.stringify({ firstSickDay: fromDayNumber(18000 + (i % 2000)) })).join('\n')}\n`);
    const r = spawnSync(`${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} timeline --ndjson --input ${JSON.stringify(file)} --jobs 1 | head -c 10 > /dev/null; exit \${PIPESTATUS[0]}`, { shell: '/bin/bash', encoding: 'utf8' });
    expect(r.status).toBe(4);
    expect(r.stderr).toBe('poortwachter: kan de uitvoer niet schrijven (EPIPE); gestopt\n');
  });
});

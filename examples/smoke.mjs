// Smoke test of the BUILT package through ESM, and of the `poortwachter` command (dist/cli.js):
// run `npm run build` first, then `node examples/smoke.mjs`. Exits non-zero on any mismatch.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pw from '../dist/index.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const failures = [];
function check(name, fn) {
  try {
    fn();
    console.log(`ok   ${name}`);
  } catch (e) {
    failures.push(name);
    console.error(`FAIL ${name}\n     ${String(e?.message).split('\n').join('\n     ')}`);
  }
}
const due = (t, id) => t.milestones.find((m) => m.id === id)?.due;
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

check('exports the core API', () => {
  for (const name of ['computeTimeline', 'safeComputeTimeline', 'combineSickPeriods', 'PoortwachterError']) {
    assert.equal(typeof pw[name], 'function', `${name} is not exported`);
  }
});

check('computeTimeline({ firstSickDay: 2024-01-01 }): wia-aanvraag 2025-10-12 (D+650, WIA art 64 lid 3)', () => {
  const t = pw.computeTimeline({ firstSickDay: '2024-01-01' }, { locale: 'en' });
  assert.equal(due(t, 'wia-aanvraag'), '2025-10-12');
  assert.equal(due(t, 'ziekmelding-uwv'), '2024-10-21');
  assert.equal(due(t, 'einde-wachttijd'), '2025-12-28');
  assert.equal(t.milestones.find((m) => m.id === 'wia-aanvraag').label, 'WIA application');
});

check('invalid input throws PoortwachterError', () => {
  assert.throws(() => pw.computeTimeline({ firstSickDay: '2024-01-01', colour: 'red' }), pw.PoortwachterError);
});

if (typeof pw.toICalendar === 'function') {
  check('toICalendar writes an RFC 5545 calendar', () => {
    const ics = pw.toICalendar(pw.computeTimeline({ firstSickDay: '2024-01-01' }), { locale: 'en' });
    assert.ok(ics.includes('UID:20240101-wia-aanvraag@poortwachter\r\nDTSTAMP:20240101T000000Z\r\nDTSTART;VALUE=DATE:20251012\r\n'));
  });
} else {
  console.log('skip toICalendar (not exported from src/index.ts yet)');
}

check('dist/cli.js is an executable script', () => {
  assert.ok(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n'));
});

check('poortwachter --version prints the package version', () => {
  const r = run('--version');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), pkg.version);
});

check('poortwachter timeline --format json gives the same dates', () => {
  const r = run('timeline', '--first-sick-day', '2024-01-01', '--as-of', '2024-03-01', '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const t = JSON.parse(r.stdout);
  assert.equal(t.asOf, '2024-03-01');
  assert.equal(due(t, 'wia-aanvraag'), '2025-10-12');
});

check('poortwachter timeline prints a Dutch table with legal basis', () => {
  const r = run('timeline', '--first-sick-day', '2024-01-01', '--as-of', '2024-03-01');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /2025-10-12 zo\s+93\s+WIA-aanvraag\s+wet\s+WIA art 64 lid 3/);
});

check('poortwachter timeline --format ics writes a calendar', () => {
  const r = run('timeline', '--first-sick-day', '2024-01-01', '--as-of', '2024-03-01', '--format', 'ics');
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.startsWith('BEGIN:VCALENDAR\r\n'));
  assert.ok(r.stdout.includes('DTSTART;VALUE=DATE:20251012\r\n'));
});

check('poortwachter --help exits 0 and names the end-of-wachttijd options', () => {
  const r = run('--help');
  assert.equal(r.status, 0, r.stderr);
  for (const o of ['--loonsanctie', '--verlenging', '--opzegverbod']) assert.ok(r.stdout.includes(o), o);
});

check('poortwachter timeline --loonsanctie --opzegverbod: bezwaar, end of loonsanctie and opzegverbod (WIA 25 lid 9, BW 7:670)', () => {
  const r = run('timeline', '--first-sick-day', '2024-01-01', '--as-of', '2026-01-15', '--loonsanctie', '2025-12-01', '--opzegverbod', '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const t = JSON.parse(r.stdout);
  assert.equal(due(t, 'bezwaar-loonsanctie'), '2026-01-12');
  assert.equal(due(t, 'einde-loonsanctie'), '2026-12-12');
  assert.equal(due(t, 'einde-opzegverbod'), '2026-12-15');
});

check('invalid input: exit code 2 and the PoortwachterError message on stderr', () => {
  const r = run('timeline', '--first-sick-day', '2023-02-29', '--locale', 'en');
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^poortwachter: invalid input — --first-sick-day: not a valid 'YYYY-MM-DD' date/);
});

if (failures.length > 0) {
  console.error(`\nsmoke.mjs: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('\nsmoke.mjs: all checks passed');

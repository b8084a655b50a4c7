// Smoke test of the BUILT package through CommonJS: run `npm run build` first, then `node examples/smoke.cjs`.
// Exits non-zero on any mismatch. No test framework: this is what a user's require() sees.
'use strict';
const assert = require('node:assert/strict');
const pw = require('../dist/index.cjs');

const failures = [];
function check(name, fn) {
  try {
    fn();
    console.log(`ok   ${name}`);
  } catch (e) {
    failures.push(name);
    console.error(`FAIL ${name}\n     ${String(e && e.message).split('\n').join('\n     ')}`);
  }
}
const due = (t, id) => t.milestones.find((m) => m.id === id)?.due;

check('exports the core API', () => {
  for (const name of ['computeTimeline', 'safeComputeTimeline', 'combineSickPeriods', 'PoortwachterError']) {
    assert.equal(typeof pw[name], 'function', `${name} is not exported`);
  }
});

// D = 2024-01-01, statutory conventions (api-contract.md).
const expected = {
  probleemanalyse: '2024-02-11', // D+41, end of week 6
  'plan-van-aanpak': '2024-02-25', // D+55
  'ziekmelding-uwv': '2024-10-21', // D+294
  eerstejaarsevaluatie: '2024-12-29', // D+363
  'wia-aanvraag': '2025-10-12', // D+650, end of week 93 (WIA art 64 lid 3)
  'einde-wachttijd': '2025-12-28', // D+727
  'wia-ingang': '2025-12-29', // D+728
};
check('computeTimeline({ firstSickDay: 2024-01-01 }) gives the contract dates', () => {
  const t = pw.computeTimeline({ firstSickDay: '2024-01-01' });
  assert.equal(t.firstSickDay, '2024-01-01');
  for (const [id, date] of Object.entries(expected)) assert.equal(due(t, id), date, id);
  assert.ok(t.milestones.every((m) => m.legalBasis.length > 0 && m.legalBasis[0].url.startsWith('https://')));
});

check('samentelling: a 14-day gap pushes the end of the wachttijd by 14 days', () => {
  const t = pw.computeTimeline({ sickPeriods: [{ from: '2024-02-15' }, { from: '2024-01-01', to: '2024-01-31' }] });
  assert.equal(t.firstSickDay, '2024-01-01');
  assert.equal(due(t, 'einde-wachttijd'), '2026-01-11');
});

check('invalid input throws PoortwachterError naming the field; safeComputeTimeline returns it', () => {
  assert.throws(() => pw.computeTimeline({ firstSickDay: '2023-02-29' }), (e) => {
    assert.ok(e instanceof pw.PoortwachterError);
    assert.deepEqual(e.issues[0].path, ['firstSickDay']);
    assert.match(e.message, /firstSickDay/);
    return true;
  });
  const r = pw.safeComputeTimeline({ firstSickDay: '2023-02-29' });
  assert.equal(r.success, false);
});

if (typeof pw.toICalendar === 'function') {
  check('toICalendar writes an RFC 5545 calendar', () => {
    const ics = pw.toICalendar(pw.computeTimeline({ firstSickDay: '2024-01-01' }));
    assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'));
    assert.ok(ics.includes('UID:20240101-wia-aanvraag@poortwachter\r\n'));
    assert.ok(ics.includes('DTSTART;VALUE=DATE:20251012\r\n'));
  });
  check('toICalendar gives the same file for a timeline read back from JSON', () => {
    const t = pw.computeTimeline({ firstSickDay: '2024-01-01', asOf: '2026-01-15', events: { loonsanctie: '2025-12-01' } });
    assert.equal(pw.toICalendar(JSON.parse(JSON.stringify(t))), pw.toICalendar(t));
    assert.ok(pw.toICalendar(t).includes('UID:20240101-einde-loonsanctie@poortwachter\r\n'));
  });
} else {
  console.log('skip toICalendar (not exported from src/index.ts yet)');
}

if (failures.length > 0) {
  console.error(`\nsmoke.cjs: ${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('\nsmoke.cjs: all checks passed');

import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { computeTimeline } from '../../src/index.js';
import { runCli } from '../../src/cli/runCli.js';
import { fromDayNumber } from '../../src/calendar/dayNumber.js';
import { dayNumberArb } from '../helpers/arbitraries.js';

describe('runCli properties', () => {
  test.prop([dayNumberArb, fc.integer({ min: 0, max: 800 }), fc.constantFrom('nl', 'en')], { numRuns: 50 })(
    'the table lists every milestone date and label of computeTimeline, and --format json equals it',
    (d, asOfOffset, locale) => {
      const D = fromDayNumber(d);
      const asOf = fromDayNumber(d + asOfOffset);
      const t = computeTimeline({ firstSickDay: D, asOf }, { locale });
      const table = runCli(['timeline', '--first-sick-day', D, '--as-of', asOf, '--locale', locale], { version: 'x' });
      expect(table.exitCode).toBe(0);
      const lines = table.stdout.split('\n');
      for (const m of t.milestones) {
        expect(lines.some((l) => l.startsWith(m.due) && l.includes(m.labels[locale]) && l.includes(m.legalBasis[0]!.id))).toBe(true);
      }
      const json = runCli(['timeline', '--first-sick-day', D, '--as-of', asOf, '--locale', locale, '--format', 'json'], { version: 'x' });
      expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(t)));
    },
  );

  test.prop([fc.string({ maxLength: 12 })], { numRuns: 100 })('any --first-sick-day value gives exit 0 or exit 2 with a message, never a crash', (s) => {
    const r = runCli(['timeline', `--first-sick-day=${s}`], { version: 'x' });
    if (r.exitCode === 2) expect(r.stderr).toMatch(/^poortwachter: ongeldige invoer — /);
    else expect(r.exitCode).toBe(0);
  });
});

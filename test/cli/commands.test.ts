import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import {
  checkVervroegdeIva, combineSickPeriods, computeLoonsanctie, computeOpzegverbod, computeTimeline, computeVangnetMelding, listObligations, listRemedies,
} from '../../src/index.js';
import { runCli } from '../../src/cli/runCli.js';
import { COMMANDS } from '../../src/cli/commands.js';
import { HELP_TEXT } from '../../src/cli/helpText.js';
import { renderTimelineTable } from '../../src/cli/renderTimelineTable.js';
import { fromDayNumber } from '../../src/calendar/dayNumber.js';
import { addDays } from '../../src/calendar/addDays.js';
import { dayNumberArb } from '../helpers/arbitraries.js';

/** runCli with `--input` served from memory. */
const withInput = (argv: string[], input: unknown) =>
  runCli(argv, { version: 'x', readInput: (p) => (p === 'in.json' ? (typeof input === 'string' ? input : JSON.stringify(input)) : (() => { throw new Error(`ENOENT: no such file, open '${p}'`); })()) });
const jsonOf = (argv: string[], input: unknown): unknown => {
  const r = withInput([...argv, '--input', 'in.json'], input);
  expect(r.stderr).toBe('');
  expect(r.exitCode).toBe(0);
  return JSON.parse(r.stdout);
};
const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v));

describe('one command per capability, dispatched through one table', () => {
  it('the table has every capability of the library, and --help lists each command', () => {
    expect(Object.values(COMMANDS).map((c) => c.functionName).sort()).toEqual([
      'auditReIntegratieverslag', 'checkNonCooperation', 'checkPassendWerk', 'checkSpoor2Readiness', 'checkVervroegdeIva', 'combineSickPeriods',
      'computeLateWiaAanvraag', 'computeLoonsanctie', 'computeOpzegverbod', 'computeTimeline', 'computeVangnetMelding', 'computeVrijwilligeVerlenging',
      'listObligations', 'listRemedies',
    ]);
    for (const name of Object.keys(COMMANDS)) expect(HELP_TEXT).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  it('each command gives the library result for the library input (JSON round trip)', () => {
    const tl = { firstSickDay: '2024-01-01', asOf: '2024-03-01' };
    expect(jsonOf(['timeline', '--format', 'json'], tl)).toEqual(plain(computeTimeline(tl)));
    expect(jsonOf(['obligations'], { party: 'werknemer' })).toEqual(plain(listObligations({ party: 'werknemer' })));
    expect(jsonOf(['remedies'], { asOf: '2024-06-01' })).toEqual(plain(listRemedies({ asOf: '2024-06-01' })));
    const periods = [{ from: '2024-01-01', to: '2024-01-20' }, { from: '2024-02-01' }];
    expect(jsonOf(['samentelling'], { periods, asOf: '2024-03-01' })).toEqual(plain(combineSickPeriods(periods, { asOf: '2024-03-01' })));
    expect(jsonOf(['samentelling'], periods)).toEqual(plain(combineSickPeriods(periods)));
    const ls = { firstSickDay: '2024-01-01', decisionDate: '2025-12-01' };
    expect(jsonOf(['loonsanctie'], ls)).toEqual(plain(computeLoonsanctie(ls)));
    const oz = { firstSickDay: '2024-01-01' };
    expect(jsonOf(['opzegverbod'], oz)).toEqual(plain(computeOpzegverbod(oz)));
    const vn = { group: 'ziek-uit-dienst', firstSickDay: '2024-01-01', employmentEnds: '2024-03-01' } as const;
    expect(jsonOf(['vangnet'], vn)).toEqual(plain(computeVangnetMelding(vn as never)));
    const iva = { firstSickDay: '2024-01-01', applicationDate: '2024-06-01' };
    const r = withInput(['vervroegde-iva', '--input', 'in.json'], iva);
    let expected: unknown;
    try {
      expected = plain(checkVervroegdeIva(iva as never));
    } catch {
      expected = undefined;
    }
    if (expected === undefined) expect(r.exitCode).toBe(2);
    else expect(JSON.parse(r.stdout)).toEqual(expected);
  });

  it('a caseId field is taken out before the library sees the input', () => {
    expect(jsonOf(['timeline', '--format', 'json'], { caseId: 'x', firstSickDay: '2024-01-01' })).toEqual(plain(computeTimeline({ firstSickDay: '2024-01-01' })));
  });

  it('text and csv forms where sensible; timeline --format csv has one row per step', () => {
    const text = withInput(['remedies', '--input', 'in.json', '--format', 'text'], { asOf: '2024-06-01', locale: 'en' });
    expect(text.stdout).toMatch(/^deskundigenoordeel\s+Expert opinion/m);
    const csv = withInput(['timeline', '--input', 'in.json', '--format', 'csv', '--no-evaluations'], { firstSickDay: '2024-01-01' });
    const lines = csv.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('id,due,week,label,normKind,legalBasis,status,done');
    expect(lines).toContain('wia-aanvraag,2025-10-12,93,WIA-aanvraag,statutory,WIA art 64 lid 3; WIA art 65,,');
    expect(withInput(['loonsanctie', '--input', 'in.json', '--format', 'csv', '--locale', 'en'], {}).stderr).toMatch(/--format: "csv" is not available for loonsanctie; choose from json/);
  });

  it('per-command --help, and no arguments prints the help with exit 0', () => {
    expect(runCli([], { version: 'x' })).toEqual({ exitCode: 0, stdout: HELP_TEXT, stderr: '' });
    const h = runCli(['passend-werk', '--help'], { version: 'x' });
    expect(h.exitCode).toBe(0);
    expect(h.stdout).toMatch(/^poortwachter passend-werk — checkPassendWerk/);
  });

  it('library errors keep the JSON field path and name the function; the headline speaks --locale', () => {
    const en = withInput(['loonsanctie', '--input', 'in.json', '--locale', 'en'], { firstSickDay: '2024-02-30', decisionDate: '2025-12-01' });
    expect(en.exitCode).toBe(2);
    expect(en.stderr).toMatch(/^poortwachter \(computeLoonsanctie\): invalid input — firstSickDay: /);
    const nl = withInput(['loonsanctie', '--input', 'in.json'], { firstSickDay: '2024-02-30', decisionDate: '2025-12-01' });
    expect(nl.stderr).toMatch(/^poortwachter \(computeLoonsanctie\): ongeldige invoer — firstSickDay: /);
    expect(nl.stderr).toMatch(/Zie 'poortwachter --help' voor het gebruik\.\n$/);
  });

  it('unreadable or non-JSON input, flags that belong to timeline: exit 2 naming --input / the flag', () => {
    expect(withInput(['audit', '--input', 'nope.json', '--locale', 'en'], {}).stderr).toMatch(/--input: cannot read nope.json: ENOENT/);
    expect(withInput(['audit', '--input', 'in.json', '--locale', 'en'], '{oops').stderr).toMatch(/--input: not valid JSON/);
    expect(withInput(['audit', '--locale', 'en'], {}).stderr).toMatch(/--input: give the input of audit as JSON/);
    expect(withInput(['spoor2', '--input', 'in.json', '--first-sick-day', '2024-01-01', '--locale', 'en'], {}).stderr).toMatch(/--first-sick-day: belongs to 'timeline'/);
    expect(withInput(['timeline', '--input', 'in.json', '--first-sick-day', '2024-01-01', '--locale', 'en'], {}).stderr).toMatch(/give --input or the case as options, not both/);
  });
});

describe('errors and words (issue 12, 14)', () => {
  const err = (argv: string[]) => runCli(argv, { version: 'x' });
  it('--due-soon-days -3 is a range error, not "needs a value"', () => {
    const r = err(['timeline', '--first-sick-day', '2024-01-01', '--due-soon-days', '-3', '--locale', 'en']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('--due-soon-days: must be a whole number of days from 0 to 365, got "-3"');
    expect(err(['timeline', '--first-sick-day', '2024-01-01', '--due-soon-days', '-3']).stderr).toContain('--due-soon-days: moet een geheel aantal dagen van 0 tot en met 365 zijn, gekregen "-3"');
  });
  it('a repeated single-value option is an error (exit 2); repeatable ones are not', () => {
    const r = err(['timeline', '--first-sick-day', '2024-01-01', '--as-of', '2024-03-01', '--as-of', '2024-04-01', '--locale', 'en']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('--as-of: given 2 times; give this option once');
    expect(err(['timeline', '--period', '2024-01-01:2024-01-05', '--period', '2024-02-20', '--as-of', '2024-03-01']).exitCode).toBe(0);
  });
  it('long bad values are cut to 60 characters with …', () => {
    const long = 'x'.repeat(500);
    for (const argv of [
      ['timeline', '--first-sick-day', long, '--locale', 'en'],
      ['timeline', '--first-sick-day', '2024-01-01', '--format', long, '--locale', 'en'],
      [long],
    ]) {
      const r = err(argv);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toContain(`"${'x'.repeat(60)}…"`);
      expect(r.stderr).not.toContain('x'.repeat(61));
    }
  });
  it('batch-only options outside a batch are an error', () => {
    expect(err(['timeline', '--first-sick-day', '2024-01-01', '--jobs', '2', '--locale', 'en']).stderr).toContain('--jobs: works only with --ndjson or --csv');
    expect(err(['timeline', '--ndjson', '--input', 'x', '--jobs', '0', '--locale', 'en']).stderr).toContain('--jobs: must be a whole number from 1 to 256');
  });
  test.prop([fc.integer({ min: 0, max: 3 })])('sick days are counted with the right plural in both languages', (n) => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', asOf: addDays('2024-01-01', n) });
    const days = t.countedSickDaysAsOf!;
    expect(renderTimelineTable(t, { locale: 'nl' })).toContain(days === 1 ? ', 1 ziektedag geteld' : `, ${days} ziektedagen geteld`);
    expect(renderTimelineTable(t, { locale: 'en' })).toContain(days === 1 ? ', 1 sick day counted' : `, ${days} sick days counted`);
  });
  test.prop([dayNumberArb], { numRuns: 15 })('timeline from flags and from --input JSON give the same output in every format', (d) => {
    const D = fromDayNumber(d);
    for (const format of ['json', 'csv', 'table', 'ics']) {
      const flags = runCli(['timeline', '--first-sick-day', D, '--as-of', fromDayNumber(d + 100), '--format', format], { version: 'x' });
      const input = withInput(['timeline', '--input', 'in.json', '--format', format], { firstSickDay: D, asOf: fromDayNumber(d + 100) });
      expect(input).toEqual(flags);
    }
  });
});

describe('docs/cli.md documents every command', () => {
  it('each command has a row in the commands table', () => {
    const docs = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');
    for (const [name, c] of Object.entries(COMMANDS)) expect(docs).toMatch(new RegExp(`^\\| \`${name}\` \\| \`${c.functionName}\``, 'm'));
  });
});

describe('--locale reaches the list commands', () => {
  it('obligations and remedies take --locale when the input has no locale; the input wins when it has one', () => {
    const en = jsonOf(['remedies', '--locale', 'en'], { asOf: '2024-06-01' }) as { label: string }[];
    expect(en).toEqual(plain(listRemedies({ asOf: '2024-06-01', locale: 'en' })));
    const own = jsonOf(['obligations', '--locale', 'en'], { locale: 'nl' });
    expect(own).toEqual(plain(listObligations({ locale: 'nl' })));
  });
});

describe('errors from flags name the options, in the path and in the sentence', () => {
  const err = (argv: string[]) => runCli([...argv, '--locale', 'en'], { version: 'x' }).stderr;
  it('--case-id, --as-of: never options.caseId or asOf', () => {
    expect(err(['timeline', '--first-sick-day', '2024-01-01', '--format', 'ics', '--case-id', 'a b'])).toMatch(/^poortwachter: invalid input — --case-id: expected 1–64 letters/);
    const asOf = err(['timeline', '--first-sick-day', '2024-01-01', '--as-of', '2023-01-01']);
    expect(asOf).toContain('--first-sick-day: starts after --as-of (2024-01-01 > 2023-01-01)');
    expect(asOf).not.toMatch(/\basOf\b/);
    expect(err(['timeline', '--first-sick-day', '2024-01-01', '--as-of', '2024-02-01', '--event', 'probleemanalyse=2024-02-05'])).toContain('--event probleemanalyse: lies after --as-of');
  });
  it('with --input the JSON field names stay (that is what the user wrote)', () => {
    const r = withInput(['timeline', '--input', 'in.json', '--locale', 'en'], { firstSickDay: '2024-01-01', asOf: '2023-01-01' });
    expect(r.stderr).toContain('firstSickDay: starts after asOf');
  });
});

import { describe, expect, it } from 'vitest';
import { PoortwachterError } from '../../src/index.js';
import { parseCliArgs } from '../../src/cli/parseCliArgs.js';

const issuesOf = (argv: string[]): { path: readonly (string | number)[]; code: string }[] => {
  try {
    parseCliArgs(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(PoortwachterError);
    return (e as PoortwachterError).issues.map((i) => ({ path: i.path, code: i.code }));
  }
  throw new Error('expected a PoortwachterError');
};

describe('parseCliArgs — valid command lines', () => {
  it('help and version', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['-h'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['timeline', '--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['--version'])).toEqual({ kind: 'version' });
    expect(parseCliArgs(['-v'])).toEqual({ kind: 'version' });
  });

  it('timeline with a first sick day and defaults', () => {
    expect(parseCliArgs(['timeline', '--first-sick-day', '2024-01-01'])).toEqual({
      kind: 'timeline',
      request: { firstSickDay: '2024-01-01' },
      asOf: undefined,
      options: { locale: 'nl' },
      format: 'table',
      locale: 'nl',
      includeEvaluations: true,
      caseId: undefined,
      eventOptions: {},
    });
  });

  it('periods FROM[:TO] in the order given; an open last period', () => {
    const cmd = parseCliArgs(['timeline', '--period', '2024-03-01:2024-03-20', '--period=2024-01-01:2024-01-31', '--period', '2024-04-01']);
    expect(cmd.kind === 'timeline' && cmd.request.sickPeriods).toEqual([
      { from: '2024-03-01', to: '2024-03-20' },
      { from: '2024-01-01', to: '2024-01-31' },
      { from: '2024-04-01' },
    ]);
    const open = parseCliArgs(['timeline', '--period', '2024-04-01:']);
    expect(open.kind === 'timeline' && open.request.sickPeriods).toEqual([{ from: '2024-04-01' }]);
  });

  it('events id=date; repeated evaluaties collect into a list', () => {
    const cmd = parseCliArgs([
      'timeline', '--first-sick-day', '2024-01-01', '--as-of', '2024-06-01',
      '--event', 'probleemanalyse=2024-02-01', '--event', 'evaluatie=2024-04-01', '--event', 'evaluatie=2024-05-10', '--event', 'planVanAanpak=2024-02-10',
    ]);
    expect(cmd.kind === 'timeline' && cmd.request.events).toEqual({
      probleemanalyse: '2024-02-01', planVanAanpak: '2024-02-10', evaluaties: ['2024-04-01', '2024-05-10'],
    });
    expect(cmd.kind === 'timeline' && cmd.asOf).toBe('2024-06-01');
  });

  it('conventions, output and the case facts', () => {
    const cmd = parseCliArgs([
      'timeline', '--first-sick-day', '2024-01-06', '--uwv-practice', '--six-weeks-after', '--due-soon-days', '7',
      '--format', 'ics', '--locale', 'en', '--no-evaluations', '--case-id', 'dossier-17',
      '--work-pattern', '1-3,5', '--wazo', '2024-03-01:2024-06-20', '--aow-date', '2024-09-01',
    ]);
    expect(cmd).toEqual({
      kind: 'timeline',
      request: {
        firstSickDay: '2024-01-06', workPattern: [1, 2, 3, 5], wazoLeave: [{ from: '2024-03-01', to: '2024-06-20' }], aowDate: '2024-09-01',
      },
      asOf: undefined,
      options: { locale: 'en', ziekmeldingConvention: 'uwv-first-working-day', probleemanalyseConvention: 'six-weeks-after', dueSoonDays: 7 },
      format: 'ics',
      locale: 'en',
      includeEvaluations: false,
      caseId: 'dossier-17',
      eventOptions: {},
    });
  });

  it('end of the wachttijd: --loonsanctie and --verlenging become the date shorthands of computeTimeline, --opzegverbod its option', () => {
    const cmd = parseCliArgs([
      'timeline', '--first-sick-day', '2024-01-01', '--event', 'probleemanalyse=2024-02-01',
      '--loonsanctie', '2025-12-01', '--verlenging', '2026-06-30', '--opzegverbod',
    ]);
    expect(cmd.kind === 'timeline' && cmd.request.events).toEqual({
      probleemanalyse: '2024-02-01', loonsanctie: '2025-12-01', vrijwilligeVerlenging: '2026-06-30',
    });
    expect(cmd.kind === 'timeline' && cmd.options).toEqual({ locale: 'nl', includeOpzegverbod: true });
    expect(cmd.kind === 'timeline' && cmd.eventOptions).toEqual({ loonsanctie: '--loonsanctie', vrijwilligeVerlenging: '--verlenging' });
  });

  it('work pattern: digits and ranges are expanded and sorted, day names are passed on for computeTimeline', () => {
    const cmd = parseCliArgs(['timeline', '--first-sick-day', '2024-01-06', '--work-pattern', '4-5, ma,Di,1']);
    expect(cmd.kind === 'timeline' && cmd.request.workPattern).toEqual([1, 4, 5, 'ma', 'Di']);
  });

  it('--help wins over an unknown option next to it', () => {
    expect(parseCliArgs(['timeline', '--bogus', '--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['timeline', '-h', '--first-sick-day'])).toEqual({ kind: 'help' });
  });
});

describe('parseCliArgs — invalid command lines name the option', () => {
  // Each row: arguments → the issues (path, code) the PoortwachterError carries.
  const rows: [string, string[], { path: (string | number)[]; code: string }[]][] = [
    ['no command', ['--locale', 'en'], [{ path: ['command'], code: 'missing' }]],
    ['unknown command', ['deadlines', '--first-sick-day', '2024-01-01'], [{ path: ['command'], code: 'invalid_value' }]],
    ['stray argument', ['timeline', 'extra', '--first-sick-day', '2024-01-01'], [{ path: ['command'], code: 'invalid_value' }]],
    ['unknown option', ['timeline', '--first-sickday', '2024-01-01'], [{ path: ['--first-sickday'], code: 'unrecognized_key' }]],
    ['option without value', ['timeline', '--first-sick-day'], [{ path: ['--first-sick-day'], code: 'missing' }]],
    ['flag with a value', ['timeline', '--first-sick-day', '2024-01-01', '--uwv-practice=yes'], [{ path: ['--uwv-practice'], code: 'invalid_value' }]],
    ['no first sick day', ['timeline', '--as-of', '2024-01-01'], [{ path: ['--first-sick-day'], code: 'missing' }]],
    ['both forms', ['timeline', '--first-sick-day', '2024-01-01', '--period', '2024-01-01'], [{ path: ['--period'], code: 'invalid_value' }]],
    ['malformed period', ['timeline', '--period', '2024-01-01:2024-02-01:2024-03-01'], [{ path: ['--period', 0], code: 'invalid_value' }]],
    ['malformed event', ['timeline', '--first-sick-day', '2024-01-01', '--event', 'probleemanalyse'], [{ path: ['--event', 0], code: 'invalid_value' }]],
    ['event twice', ['timeline', '--first-sick-day', '2024-01-01', '--event', 'probleemanalyse=2024-01-05', '--event', 'probleemanalyse=2024-01-06'], [{ path: ['--event', 1], code: 'invalid_value' }]],
    ['wazo without end', ['timeline', '--first-sick-day', '2024-01-01', '--wazo', '2024-03-01'], [{ path: ['--wazo', 0], code: 'invalid_value' }]],
    ['work pattern 0', ['timeline', '--first-sick-day', '2024-01-01', '--work-pattern', '0-4'], [{ path: ['--work-pattern'], code: 'invalid_value' }]],
    ['work pattern backwards', ['timeline', '--first-sick-day', '2024-01-01', '--work-pattern', '5-1'], [{ path: ['--work-pattern'], code: 'invalid_value' }]],
    ['locale', ['timeline', '--first-sick-day', '2024-01-01', '--locale', 'de'], [{ path: ['--locale'], code: 'invalid_value' }]],
    ['format', ['timeline', '--first-sick-day', '2024-01-01', '--format', 'xml'], [{ path: ['--format'], code: 'invalid_value' }]],
    ['due-soon days', ['timeline', '--first-sick-day', '2024-01-01', '--due-soon-days', 'two'], [{ path: ['--due-soon-days'], code: 'invalid_value' }]],
    ['work pattern mixing digits and words in one item', ['timeline', '--first-sick-day', '2024-01-01', '--work-pattern', '1-ma'], [{ path: ['--work-pattern'], code: 'invalid_value' }]],
    ['loonsanctie twice', ['timeline', '--first-sick-day', '2024-01-01', '--event', 'loonsanctie=2025-12-01', '--loonsanctie', '2025-12-02'], [{ path: ['--loonsanctie'], code: 'invalid_value' }]],
    ['verlenging twice', ['timeline', '--first-sick-day', '2024-01-01', '--event', 'vrijwilligeVerlenging=2026-06-30', '--verlenging', '2026-06-30'], [{ path: ['--verlenging'], code: 'invalid_value' }]],
    ['loonsanctie without a date', ['timeline', '--first-sick-day', '2024-01-01', '--loonsanctie'], [{ path: ['--loonsanctie'], code: 'missing' }]],
    ['opzegverbod with a value', ['timeline', '--first-sick-day', '2024-01-01', '--opzegverbod=2026-01-01'], [{ path: ['--opzegverbod'], code: 'invalid_value' }]],
    ['opzegverbod as a dated event (it takes facts)', ['timeline', '--first-sick-day', '2024-01-01', '--event', 'opzegverbod=2026-01-01'], [{ path: ['--event', 0], code: 'invalid_value' }]],
  ];
  it.each(rows)('%s', (_name, argv, expected) => {
    expect(issuesOf(argv)).toEqual(expected);
  });

  it('reports several problems at once, with the program name in the message', () => {
    expect(() => parseCliArgs(['timeline', '--first-sick-day', '2024-01-01', '--locale', 'de', '--format', 'xml']))
      .toThrow(/^poortwachter: invalid input — --locale: verwacht nl, en, gekregen "de"; --format: verwacht table, json, ics, csv, svg, gekregen "xml"$/);
  });
});

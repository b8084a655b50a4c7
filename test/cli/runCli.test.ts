import { describe, expect, it, vi } from 'vitest';
import { computeTimeline } from '../../src/index.js';
import { runCli } from '../../src/cli/runCli.js';
import { readFileSync } from 'node:fs';
import { HELP_TEXT } from '../../src/cli/helpText.js';
import { CLI_OPTIONS } from '../../src/cli/parseCliArgs.js';
import type { Timeline } from '../../src/timeline/types.js';

const env = { version: '9.9.9' };
const json = (argv: string[], e: Parameters<typeof runCli>[1] = env): Timeline => {
  const r = runCli(['timeline', ...argv, '--format', 'json'], e);
  expect(r.stderr).toBe('');
  expect(r.exitCode).toBe(0);
  return JSON.parse(r.stdout) as Timeline;
};
const due = (t: Timeline, id: string): string | undefined => t.milestones.find((m) => m.id === id)?.due;

describe('runCli — output', () => {
  it('--help and --version print to stdout with exit code 0', () => {
    expect(runCli(['--help'], env)).toEqual({ exitCode: 0, stdout: HELP_TEXT, stderr: '' });
    expect(runCli(['--version'], env)).toEqual({ exitCode: 0, stdout: '9.9.9\n', stderr: '' });
  });

  it('--help and docs/cli.md name every option the parser knows, and nothing it does not', () => {
    const docs = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');
    for (const [name, spec] of Object.entries(CLI_OPTIONS)) {
      expect(HELP_TEXT, `--help lacks --${name}`).toMatch(new RegExp(`^  (-\\w, )?--${name}\\b`, 'm'));
      expect(docs, `docs/cli.md lacks --${name}`).toMatch(new RegExp(`^\\|.*\`--${name}\\b`, 'm'));
      if ('short' in spec) expect(HELP_TEXT).toContain(`-${spec.short}, --${name}`);
    }
    const mentioned = (text: string): string[] => [...new Set([...text.matchAll(/(?<![\w-])--([a-z][a-z0-9-]+)/g)].map((m) => m[1]!))];
    expect(mentioned(HELP_TEXT).filter((o) => !(o in CLI_OPTIONS))).toEqual([]);
    expect(mentioned(docs).filter((o) => !(o in CLI_OPTIONS))).toEqual([]);
  });

  it('--format json is the Timeline of computeTimeline', () => {
    const t = json(['--first-sick-day', '2024-01-01', '--as-of', '2024-03-01']);
    expect(t).toEqual(JSON.parse(JSON.stringify(computeTimeline({ firstSickDay: '2024-01-01', asOf: '2024-03-01' }))));
    expect(due(t, 'wia-aanvraag')).toBe('2025-10-12');
  });

  it('the default table is Dutch and shows dates, labels and legal basis', () => {
    const r = runCli(['timeline', '--first-sick-day', '2024-01-01', '--as-of', '2024-03-01'], env);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Poortwachter-tijdlijn');
    expect(r.stdout).toMatch(/2025-10-12 zo\s+93\s+WIA-aanvraag\s+wet\s+WIA art 64 lid 3\s+open/);
    expect(r.stdout).not.toContain('systeemklok');
  });

  it('--format svg writes the timeline picture', () => {
    const r = runCli(['timeline', '--first-sick-day', '2024-01-01', '--as-of', '2024-03-01', '--format', 'svg', '--locale', 'en'], env);
    expect(r.exitCode).toBe(0);
    expect(r.stdout.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(r.stdout).toContain('<title>WIA application — 2025-10-12 (open)');
    expect(r.stdout.endsWith('</svg>\n')).toBe(true);
  });

  it('--format ics writes a calendar, with DTSTAMP from asOf and the case id in the UIDs', () => {
    const r = runCli(['timeline', '--first-sick-day', '2024-01-01', '--as-of', '2024-03-01', '--format', 'ics', '--locale', 'en', '--case-id', 'c42', '--no-evaluations'], env);
    expect(r.exitCode).toBe(0);
    expect(r.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(r.stdout).toContain('UID:c42-wia-aanvraag@poortwachter');
    expect(r.stdout).toContain('DTSTAMP:20240301T000000Z');
    expect(r.stdout).toContain('SUMMARY:WIA application\r\n');
    expect(r.stdout).not.toContain('evaluatie-1');
  });

  // Scenario table: command-line facts → a deadline, with the rule that moves it.
  const rows: [name: string, argv: string[], id: string, expected: string][] = [
    ['samentelling: 2 periods, gap of 14 days (BW 7:629 lid 10)', ['--period', '2024-01-01:2024-01-31', '--period', '2024-02-15'], 'einde-wachttijd', '2026-01-11'],
    ['earlier probleemanalyse moves the plan van aanpak (Regeling procesgang art 4 lid 1)', ['--first-sick-day', '2024-01-01', '--as-of', '2024-03-01', '--event', 'probleemanalyse=2024-01-20'], 'plan-van-aanpak', '2024-02-03'],
    ['statutory ziekmelding on a Saturday (ZW art 38 lid 1)', ['--first-sick-day', '2024-01-06'], 'ziekmelding-uwv', '2024-10-26'],
    ['--uwv-practice: first working day (UWV practice)', ['--first-sick-day', '2024-01-06', '--uwv-practice'], 'ziekmelding-uwv', '2024-10-28'],
    ['--six-weeks-after: probleemanalyse D+42', ['--first-sick-day', '2024-01-01', '--six-weeks-after'], 'probleemanalyse', '2024-02-12'],
    ['--work-pattern: a Saturday report moves day 1 to Monday (WIA art 23 lid 2)', ['--first-sick-day', '2024-01-06', '--work-pattern', '1-5'], 'probleemanalyse', '2024-02-18'],
  ];
  it.each(rows)('%s', (_name, argv, id, expected) => {
    expect(due(json(argv), id)).toBe(expected);
  });

  it('--aow-date: wage for 6 weeks and no WIA milestones (BW 7:629 lid 2 sub b)', () => {
    const t = json(['--first-sick-day', '2024-01-01', '--aow-date', '2023-06-01']);
    expect(t.aow?.wageWeeks).toBe(6);
    expect(t.wachttijdLastDay).toBeNull();
    expect(due(t, 'wia-aanvraag')).toBeUndefined();
  });

  it('--wazo leave is not counted: 112 days of leave push the end of the wachttijd by 112 days (BW 7:629 lid 10)', () => {
    const t = json(['--period', '2024-01-01', '--wazo', '2024-03-01:2024-06-20']);
    expect(t.samentelling.leaveDaysInsidePeriods).toBe(112);
    expect(due(t, 'einde-wachttijd')).toBe('2026-04-19'); // 2025-12-28 + 112
  });

  it('--work-pattern takes Dutch or English day names as well as digits', () => {
    const names = json(['--first-sick-day', '2024-01-06', '--work-pattern', 'ma,di,wo,do,vr']);
    expect(names.firstSickDay).toBe('2024-01-08');
    expect(names).toEqual(json(['--first-sick-day', '2024-01-06', '--work-pattern', '1-5']));
  });

  // End of the wachttijd from the command line: D = 2024-01-01, wachttijd through 2025-12-28.
  it('--loonsanctie DATE: the bezwaar deadline (Awb 6:7, six weeks) and the end of the loonsanctie and of wage payment (WIA art 25 lid 9)', () => {
    const t = json(['--first-sick-day', '2024-01-01', '--as-of', '2026-01-15', '--loonsanctie', '2025-12-01']);
    const lib = computeTimeline({ firstSickDay: '2024-01-01', asOf: '2026-01-15', events: { loonsanctie: { decisionDate: '2025-12-01' } } });
    expect(t).toEqual(JSON.parse(JSON.stringify(lib)));
    expect(t.milestones.find((m) => m.id === 'loonsanctie-beschikking')?.done).toBe('2025-12-01');
    expect(due(t, 'bezwaar-loonsanctie')).toBe('2026-01-12');
    expect(due(t, 'einde-loonsanctie')).toBe('2026-12-12');
    expect(due(t, 'einde-loondoorbetaling')).toBe('2026-12-12');
    expect(due(t, 'wia-ingang')).toBe('2026-12-13');
  });

  it('--verlenging DATE: a vrijwillige verlenging moves the end of the wachttijd and wage payment (WIA art 24)', () => {
    const t = json(['--first-sick-day', '2024-01-01', '--verlenging', '2026-06-30']);
    expect(t.wachttijdLastDay).toBe('2026-06-30');
    expect(due(t, 'einde-loondoorbetaling')).toBe('2026-06-30');
    expect(due(t, 'wia-ingang')).toBe('2026-07-01');
  });

  it('--opzegverbod adds the end of the opzegverbod: two calendar years, not 104 weeks (BW 7:670 lid 1 sub a)', () => {
    expect(due(json(['--first-sick-day', '2024-01-01']), 'einde-opzegverbod')).toBeUndefined();
    expect(due(json(['--first-sick-day', '2024-01-01', '--opzegverbod']), 'einde-opzegverbod')).toBe(
      due(computeTimeline({ firstSickDay: '2024-01-01' }, { includeOpzegverbod: true }) as unknown as Timeline, 'einde-opzegverbod'),
    );
    expect(due(json(['--first-sick-day', '2024-01-01', '--opzegverbod']), 'einde-opzegverbod')).toBe('2025-12-31');
  });

  it('the table shows the end-of-wachttijd rows with their status, in Dutch and English', () => {
    const argv = ['timeline', '--first-sick-day', '2024-01-01', '--as-of', '2026-01-15', '--loonsanctie', '2025-12-01', '--opzegverbod'];
    const nl = runCli(argv, env).stdout;
    expect(nl).toMatch(/^2026-01-12 ma\s+107\s+Bezwaar tegen loonsanctie uiterlijk\s+wet\s+Awb art 6:7\s+verstreken$/m);
    expect(nl).toMatch(/^2026-12-12 za\s+154\s+Einde loonsanctie\s+wet\s+WIA art 25 lid 9\s+komt nog$/m);
    const en = runCli([...argv, '--locale', 'en'], env).stdout;
    expect(en).toMatch(/^2025-11-16 Sun\s+98\s+Loonsanctie decision due\s+statute\s+WIA art 25 lid 10\s+done late 2025-12-01$/m);
    // Two years (2025-12-31) extended by the 349 days of the loonsanctie (BW 7:670 lid 11 sub c).
    expect(en).toMatch(/^2026-12-15 Tue\s+155\s+End of the ban on dismissal during sickness\s+statute\s+BW 7:670 lid 1 sub a\s+upcoming$/m);
  });
});

describe('runCli — "today"', () => {
  it('without --as-of, uses env.today and says so in the table', () => {
    const today = vi.fn(() => '2024-03-01');
    expect(json(['--first-sick-day', '2024-01-01'], { ...env, today }).asOf).toBe('2024-03-01');
    const r = runCli(['timeline', '--first-sick-day', '2024-01-01'], { ...env, today });
    expect(r.stdout).toContain('Peildatum: 2024-03-01 vr — week 9, 61 ziektedagen geteld (vandaag volgens de systeemklok');
  });

  it('--as-of wins, and the clock is not read', () => {
    const today = vi.fn(() => '2030-01-01');
    expect(json(['--first-sick-day', '2024-01-01', '--as-of', '2024-02-01'], { ...env, today }).asOf).toBe('2024-02-01');
    expect(today).not.toHaveBeenCalled();
  });

  it('a case starting after today is shown without status, not rejected', () => {
    const today = (): string => '2024-03-01';
    expect(json(['--first-sick-day', '2024-06-01'], { ...env, today }).asOf).toBeNull();
    expect(json(['--period', '2024-01-01:2024-01-10', '--period', '2024-05-01'], { ...env, today }).asOf).toBeNull();
  });

  it('without env.today and --as-of there is no status', () => {
    expect(json(['--first-sick-day', '2024-01-01']).asOf).toBeNull();
  });
});

describe('runCli — invalid input: exit code 2, the PoortwachterError message on stderr', () => {
  const rows: [name: string, argv: string[], message: string][] = [
    ['impossible date', ['timeline', '--first-sick-day', '2023-02-29'], `poortwachter: invalid input — --first-sick-day: not a valid 'YYYY-MM-DD' date (1900–2999): "2023-02-29"`],
    ['period ends before it starts', ['timeline', '--period', '2024-01-01:2024-01-20', '--period', '2024-03-10:2024-03-01'], 'poortwachter: invalid input — --period[1].to:'],
    ['overlapping periods', ['timeline', '--period', '2024-01-01:2024-02-01', '--period', '2024-01-15'], 'poortwachter: invalid input — --period[1]: overlaps'],
    ['unknown event', ['timeline', '--first-sick-day', '2024-01-01', '--event', 'bedrijfsarts=2024-01-05'], 'poortwachter: invalid input — --event bedrijfsarts: unknown field or option "bedrijfsarts"'],
    ['event after asOf', ['timeline', '--first-sick-day', '2024-01-01', '--as-of', '2024-02-01', '--event', 'probleemanalyse=2024-02-05'], 'poortwachter: invalid input — --event probleemanalyse: lies after --as-of'],
    ['invalid evaluation date', ['timeline', '--first-sick-day', '2024-01-01', '--event', 'evaluatie=2024-13-01'], 'poortwachter: invalid input — --event evaluatie[0]:'],
    ['asOf before day 1', ['timeline', '--first-sick-day', '2024-01-01', '--as-of', '2023-12-01'], 'poortwachter: invalid input — --first-sick-day: starts after --as-of'],
    ['unknown option', ['timeline', '--first-sick-day', '2024-01-01', '--format=xml'], 'poortwachter: invalid input — --format: expected table, json, ics, csv, svg, got "xml"'],
    ['no command', ['--locale', 'en'], 'poortwachter: invalid input — command:'],
    ['--loonsanctie: an impossible date names the option', ['timeline', '--first-sick-day', '2024-01-01', '--loonsanctie', '2025-13-01'], `poortwachter: invalid input — --loonsanctie: not a valid 'YYYY-MM-DD' date`],
    ['--verlenging before the end of the wachttijd names the option', ['timeline', '--first-sick-day', '2024-01-01', '--verlenging', '2024-06-01'], 'poortwachter: invalid input — --verlenging: must lie after the last day of the wachttijd (2025-12-28)'],
    ['--event loonsanctie=… names the event', ['timeline', '--first-sick-day', '2024-01-01', '--event', 'loonsanctie=2025-13-01'], 'poortwachter: invalid input — --event loonsanctie:'],
    ['--work-pattern: an unknown day name', ['timeline', '--first-sick-day', '2024-01-01', '--work-pattern', 'ma,xx'], 'poortwachter: invalid input — --work-pattern: not a weekday: "xx"'],
    ['--due-soon-days beyond 365', ['timeline', '--first-sick-day', '2024-01-01', '--due-soon-days', '400'], 'poortwachter: invalid input — --due-soon-days:'],
  ];
  it.each(rows)('%s', (_name, argv, message) => {
    const r = runCli(argv.includes('--locale') ? argv : [...argv, '--locale', 'en'], env);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(message)).toBe(true);
    expect(r.stderr.endsWith("Run 'poortwachter --help' for usage.\n")).toBe(true);
  });
});

import { parseArgs } from 'node:util';
import { PoortwachterError, type InputIssue } from '../errors/PoortwachterError.js';
import type { Locale } from '../i18n/types.js';
import type { SickPeriod, WazoLeave } from '../sickness/types.js';
import type { TimelineOptions } from '../timeline/types.js';

/** Name under which the command-line program reports input errors. */
export const CLI_NAME = 'poortwachter';

/** Output formats of `poortwachter timeline`. */
export type CliFormat = 'table' | 'json' | 'ics' | 'svg';

/** The `timeline` request as the command line gave it; dates are checked later by `computeTimeline`. */
export interface CliTimelineRequest {
  /** `--first-sick-day`. */
  readonly firstSickDay?: string;
  /** `--period FROM[:TO]`, in the order given. */
  readonly sickPeriods?: readonly SickPeriod[];
  /**
   * `--event id=date`; `evaluatie`/`evaluaties` collect into `evaluaties`. `--loonsanctie` and
   * `--verlenging` add `loonsanctie` and `vrijwilligeVerlenging` (date shorthands of `computeTimeline`).
   */
  readonly events?: Readonly<Record<string, string | readonly string[]>>;
  /** `--wazo FROM:TO`. */
  readonly wazoLeave?: readonly WazoLeave[];
  /**
   * `--work-pattern`: ISO weekday numbers (ranges expanded), then any day names as given
   * (`'ma'`, `'monday'`, …), which `computeTimeline` normalises and checks.
   */
  readonly workPattern?: readonly (number | string)[];
  /** `--aow-date`. */
  readonly aowDate?: string;
}

/** What the command line asks for. */
export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
    readonly kind: 'timeline';
    /** The case. */
    readonly request: CliTimelineRequest;
    /** `--as-of`, or `undefined` (the CLI then uses today). */
    readonly asOf: string | undefined;
    /** Options for `computeTimeline`. */
    readonly options: TimelineOptions;
    /** `--format`. */
    readonly format: CliFormat;
    /** `--locale`. */
    readonly locale: Locale;
    /** `false` with `--no-evaluations`. */
    readonly includeEvaluations: boolean;
    /** `--case-id` (calendar UIDs). */
    readonly caseId: string | undefined;
    /**
     * Event keys that came from a dedicated option rather than `--event`, with that option
     * (`{ loonsanctie: '--loonsanctie' }`), so that errors name the option the user typed.
     */
    readonly eventOptions: Readonly<Record<string, string>>;
  };

/** The options `parseArgs` knows (exported for the test that checks `--help` and docs/cli.md list each). @internal */
export const CLI_OPTIONS = {
  'first-sick-day': { type: 'string' },
  period: { type: 'string', multiple: true },
  'as-of': { type: 'string' },
  event: { type: 'string', multiple: true },
  wazo: { type: 'string', multiple: true },
  'work-pattern': { type: 'string' },
  'aow-date': { type: 'string' },
  loonsanctie: { type: 'string' },
  verlenging: { type: 'string' },
  opzegverbod: { type: 'boolean' },
  locale: { type: 'string' },
  format: { type: 'string' },
  'uwv-practice': { type: 'boolean' },
  'six-weeks-after': { type: 'boolean' },
  'due-soon-days': { type: 'string' },
  'case-id': { type: 'string' },
  // Spelled out rather than parseArgs' allowNegative, which Node 20 before 20.16 lacks.
  'no-evaluations': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Turns node:util parseArgs' TypeError into an input issue naming the option. */
function fromParseArgsError(e: unknown): InputIssue {
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: unknown } | null)?.code;
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '(arguments)';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { path: [option], code: 'unrecognized_key', message: 'unknown option (see poortwachter --help)' };
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) return { path: [option], code: 'invalid_value', message: 'takes no value' };
    return { path: [option], code: 'missing', message: 'needs a value' };
  }
  return { path: [option], code: 'invalid_value', message: message.split('\n')[0] ?? message };
}

/**
 * `1-5`, `1,2,3,4,5`, `1-3,6` → sorted ISO weekdays; day names (`ma,di,wo`, `monday`) are passed
 * on as written for `computeTimeline`, which knows them (and says which one it does not know).
 */
function parseWorkPattern(value: string, issues: InputIssue[]): readonly (number | string)[] | undefined {
  const days = new Set<number>();
  const names: string[] = [];
  for (const part of value.split(',')) {
    const m = /^\s*([1-7])\s*(?:-\s*([1-7])\s*)?$/.exec(part);
    if (m === null && /^\s*[A-Za-z]+\s*$/.test(part)) {
      names.push(part.trim());
      continue;
    }
    if (m === null || (m[2] !== undefined && Number(m[2]) < Number(m[1]))) {
      issues.push({ path: ['--work-pattern'], code: 'invalid_value', message: `expected ISO weekdays 1 (Monday) … 7 (Sunday) or day names, as a list or range such as "1-5", "1,2,4" or "ma,di,wo", got ${JSON.stringify(value)}` });
      return undefined;
    }
    for (let d = Number(m[1]); d <= Number(m[2] ?? m[1]); d++) days.add(d);
  }
  return [...[...days].sort((a, b) => a - b), ...names];
}

/** `--event` keys whose value is a set of facts, not a date: what to use instead. */
const NOT_A_DATE_EVENT: Readonly<Record<string, string>> = {
  opzegverbod: 'takes facts, not a date: use --opzegverbod to add the end of the opzegverbod (the library takes events.opzegverbod)',
  lateWiaAanvraag: 'takes facts, not a date, and is not available on the command line (use the library: events.lateWiaAanvraag)',
};

/** Dedicated options that stand for an end-of-wachttijd event (a date shorthand of `computeTimeline`). */
const EVENT_OPTIONS = [
  ['loonsanctie', 'loonsanctie'],
  ['verlenging', 'vrijwilligeVerlenging'],
] as const;

/**
 * Parses the command line of the `poortwachter` program (without `node` and the script path).
 * Checks the syntax only — which options exist, `FROM:TO` and `id=date` shapes, enumerations;
 * whether the dates exist and fit together is left to `computeTimeline`, which says so in the
 * same way.
 *
 * @param argv - The arguments, e.g. `['timeline', '--first-sick-day', '2024-01-01']`.
 * @returns What to do: show help, show the version, or compute a timeline.
 * @throws {@link PoortwachterError} (function name `poortwachter`) naming each option that is
 * unknown, lacks a value or has a malformed one, and a missing command or first sick day.
 * @example
 * parseCliArgs(['timeline', '--period', '2024-01-01:2024-01-20', '--period', '2024-02-01', '--format', 'json'])
 * //=> { kind: 'timeline', request: { sickPeriods: [{ from: '2024-01-01', to: '2024-01-20' }, { from: '2024-02-01' }] }, format: 'json', … }
 */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: CLI_OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    // `poortwachter timeline --bogus --help` asks for help: give it rather than an error.
    if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
    throw new PoortwachterError(CLI_NAME, [fromParseArgsError(e)]);
  }
  const v = parsed.values;
  if (v.help === true) return { kind: 'help' };
  if (v.version === true) return { kind: 'version' };

  const issues: InputIssue[] = [];
  const [command, ...rest] = parsed.positionals;
  if (command === undefined) {
    issues.push({ path: ['command'], code: 'missing', message: "give a command: 'poortwachter timeline …' (see poortwachter --help)" });
  } else if (command !== 'timeline') {
    issues.push({ path: ['command'], code: 'invalid_value', message: `unknown command ${JSON.stringify(command)} (expected 'timeline')` });
  }
  if (rest.length > 0) issues.push({ path: ['command'], code: 'invalid_value', message: `unexpected argument(s) ${rest.map((r) => JSON.stringify(r)).join(', ')}` });

  const request: { -readonly [K in keyof CliTimelineRequest]: CliTimelineRequest[K] } = {};
  if (v['first-sick-day'] !== undefined) request.firstSickDay = v['first-sick-day'];
  if (v.period !== undefined) {
    request.sickPeriods = v.period.map((p, i) => {
      const m = /^([^:]+)(?::([^:]*))?$/.exec(p.trim());
      if (m === null) {
        issues.push({ path: ['--period', i], code: 'invalid_value', message: `expected FROM or FROM:TO ('YYYY-MM-DD'), got ${JSON.stringify(p)}` });
        return { from: p };
      }
      return m[2] === undefined || m[2] === '' ? { from: m[1]! } : { from: m[1]!, to: m[2] };
    });
  }
  if (command === 'timeline' && request.firstSickDay === undefined && request.sickPeriods === undefined) {
    issues.push({ path: ['--first-sick-day'], code: 'missing', message: 'give --first-sick-day, or one or more --period' });
  } else if (request.firstSickDay !== undefined && request.sickPeriods !== undefined) {
    issues.push({ path: ['--period'], code: 'invalid_value', message: 'give --first-sick-day or --period, not both' });
  }

  const events: Record<string, string | string[]> = {};
  const eventOptions: Record<string, string> = {};
  if (v.event !== undefined) {
    const evaluaties: string[] = [];
    v.event.forEach((e, i) => {
      const m = /^\s*([A-Za-z0-9-]+)\s*=\s*(\S+)\s*$/.exec(e);
      if (m === null) {
        issues.push({ path: ['--event', i], code: 'invalid_value', message: `expected id=YYYY-MM-DD, e.g. probleemanalyse=2024-02-05, got ${JSON.stringify(e)}` });
        return;
      }
      const [, key, date] = m as unknown as [string, string, string];
      if (key === 'evaluatie' || key === 'evaluaties') evaluaties.push(date);
      else if (key in NOT_A_DATE_EVENT) issues.push({ path: ['--event', i], code: 'invalid_value', message: `event ${JSON.stringify(key)} ${NOT_A_DATE_EVENT[key]!}` });
      else if (key in events) issues.push({ path: ['--event', i], code: 'invalid_value', message: `event ${JSON.stringify(key)} given twice` });
      else events[key] = date;
    });
    if (evaluaties.length > 0) events['evaluaties'] = evaluaties;
  }
  for (const [option, key] of EVENT_OPTIONS) {
    const date = v[option];
    if (date === undefined) continue;
    if (key in events) issues.push({ path: [`--${option}`], code: 'invalid_value', message: `given twice: also as --event ${key}` });
    events[key] = date;
    eventOptions[key] = `--${option}`;
  }
  if (Object.keys(events).length > 0) request.events = events;
  if (v.wazo !== undefined) {
    request.wazoLeave = v.wazo.map((w, i) => {
      const m = /^([^:]+):([^:]+)$/.exec(w.trim());
      if (m === null) issues.push({ path: ['--wazo', i], code: 'invalid_value', message: `expected FROM:TO ('YYYY-MM-DD'), got ${JSON.stringify(w)}` });
      return { from: m?.[1] ?? w, to: m?.[2] ?? w };
    });
  }
  if (v['work-pattern'] !== undefined) {
    const wp = parseWorkPattern(v['work-pattern'], issues);
    if (wp !== undefined) request.workPattern = wp;
  }
  if (v['aow-date'] !== undefined) request.aowDate = v['aow-date'];

  const locale = v.locale ?? 'nl';
  if (locale !== 'nl' && locale !== 'en') issues.push({ path: ['--locale'], code: 'invalid_value', message: `expected nl or en, got ${JSON.stringify(locale)}` });
  const format = v.format ?? 'table';
  if (format !== 'table' && format !== 'json' && format !== 'ics' && format !== 'svg') issues.push({ path: ['--format'], code: 'invalid_value', message: `expected table, json, ics or svg, got ${JSON.stringify(format)}` });
  let dueSoonDays: number | undefined;
  if (v['due-soon-days'] !== undefined) {
    if (/^\d{1,3}$/.test(v['due-soon-days'])) dueSoonDays = Number(v['due-soon-days']);
    else issues.push({ path: ['--due-soon-days'], code: 'invalid_value', message: `expected a whole number of days, got ${JSON.stringify(v['due-soon-days'])}` });
  }
  if (issues.length > 0) throw new PoortwachterError(CLI_NAME, issues);

  const options: TimelineOptions = {
    locale: locale as Locale,
    ...(v['uwv-practice'] === true ? { ziekmeldingConvention: 'uwv-first-working-day' as const } : {}),
    ...(v['six-weeks-after'] === true ? { probleemanalyseConvention: 'six-weeks-after' as const } : {}),
    ...(dueSoonDays === undefined ? {} : { dueSoonDays }),
    ...(v.opzegverbod === true ? { includeOpzegverbod: true } : {}),
  };
  return {
    kind: 'timeline',
    request,
    asOf: v['as-of'],
    options,
    format: format as CliFormat,
    locale: locale as Locale,
    includeEvaluations: v['no-evaluations'] !== true,
    caseId: v['case-id'],
    eventOptions,
  };
}

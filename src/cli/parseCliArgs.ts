import { parseArgs } from 'node:util';
import { PoortwachterError, type InputIssue } from '../errors/PoortwachterError.js';
import type { Locale } from '../i18n/types.js';
import type { SickPeriod, WazoLeave } from '../sickness/types.js';
import type { TimelineOptions } from '../timeline/types.js';
import { cliText, type CliLocale } from './cliMessages.js';
import { COMMANDS, isCommandName, type CommandName, type CommandSpec } from './commands.js';
import { quote } from './quote.js';
import { TIMELINE_FORMATS, type TimelineFormat } from './timelineFormats.js';

/** Name under which the command-line program reports input errors. */
export const CLI_NAME = 'poortwachter';

/** Output formats of `poortwachter timeline` (the keys of {@link TIMELINE_FORMATS}). */
export type CliFormat = TimelineFormat;

/** Output forms of the JSON-input commands other than `timeline`: `json` always, `text`/`csv` where the command has them. */
export type CommandFormat = 'json' | 'text' | 'csv';

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
  | { readonly kind: 'help'; readonly command?: CommandName | undefined }
  | {
    readonly kind: 'input';
    /** The command of the command table. */
    readonly command: CommandName;
    /** `--input` path, `-` for stdin. */
    readonly inputPath: string;
    /** `--format`: a timeline format for `timeline`, else json/text/csv. */
    readonly format: CliFormat | CommandFormat;
    /** `--locale`. */
    readonly locale: Locale;
    /** Timeline flags (`--locale`, conventions, `--due-soon-days`, `--opzegverbod`). */
    readonly options: TimelineOptions;
    /** `false` with `--no-evaluations`. */
    readonly includeEvaluations: boolean;
    /** `--case-id`. */
    readonly caseId: string | undefined;
    /** `--ndjson` or `--csv`: a batch. */
    readonly batch: { readonly csv: boolean; readonly jobs: number | undefined; readonly compact: boolean } | undefined;
  }
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
  input: { type: 'string' },
  ndjson: { type: 'boolean' },
  csv: { type: 'boolean' },
  jobs: { type: 'string' },
  compact: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Turns node:util parseArgs' TypeError into an input issue naming the option. */
function fromParseArgsError(e: unknown, locale: CliLocale): InputIssue {
  const t = cliText(locale);
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: unknown } | null)?.code;
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '(arguments)';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { path: [option.length > 62 ? `${option.slice(0, 60)}…` : option], code: 'unrecognized_key', message: t.unknownOption };
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) return { path: [option], code: 'invalid_value', message: t.takesNoValue };
    return { path: [option], code: 'missing', message: t.needsValue };
  }
  return { path: [option], code: 'invalid_value', message: message.split('\n')[0] ?? message };
}

/** Options that take a value. */
const VALUE_OPTIONS = new Set(Object.entries(CLI_OPTIONS).filter(([, spec]) => spec.type === 'string').map(([name]) => `--${name}`));

/**
 * `--due-soon-days -3`: parseArgs takes `-3` for an option and says "needs a value". A value
 * option followed by a negative number gets it as its value (`--due-soon-days=-3`), so that the
 * range check can say what is wrong.
 */
function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = argv[i + 1];
    if (VALUE_OPTIONS.has(a) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else {
      out.push(a);
    }
  }
  return out;
}

/** The `--locale` the user asked for, read before parsing so that parse errors speak it too. */
function preLocale(argv: readonly string[]): CliLocale {
  for (let i = argv.length - 1; i >= 0; i--) {
    const a = argv[i]!;
    const v = a === '--locale' ? argv[i + 1] : a.startsWith('--locale=') ? a.slice(9) : undefined;
    if (v === 'en' || v === 'nl') return v;
  }
  return 'nl';
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

/** The result of node:util parseArgs over {@link CLI_OPTIONS}. */
type Parsed = ReturnType<typeof parseArgs<{ args: string[]; options: typeof CLI_OPTIONS; allowPositionals: true; strict: true; tokens: true }>>;
/** The option values the command line gave. */
type CliValues = Parsed['values'];
type Text = ReturnType<typeof cliText>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The options every command shares, checked: what {@link commonFlags} found. */
interface CommonFlags {
  readonly locale: string;
  readonly dueSoonDays: number | undefined;
  /** The timeline flags that were given, in {@link TIMELINE_ONLY} order. */
  readonly timelineOnly: readonly string[];
  /** `--ndjson` or `--csv`. */
  readonly batch: boolean;
  readonly jobs: number | undefined;
}

/** Flags that only the `timeline` command from flags takes. */
const TIMELINE_ONLY = ['first-sick-day', 'period', 'as-of', 'event', 'wazo', 'work-pattern', 'aow-date', 'loonsanctie', 'verlenging'] as const;

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
  const loc = preLocale(argv);
  const t = cliText(loc);
  const parsed = parseArgv(argv, loc);
  if (!('values' in parsed)) return parsed;
  const v = parsed.values;
  if (argv.length === 0) return { kind: 'help' };
  if (v.help === true) return helpFor(parsed.positionals);
  if (v.version === true) return { kind: 'version' };

  const issues: InputIssue[] = repeatedOptionIssues(parsed.tokens ?? [], t);
  const command = commandOf(parsed.positionals, t, issues);
  const flags = commonFlags(v, t, issues);
  // Every command reads its library input as JSON with --input; `timeline` also from flags.
  if (command !== undefined && (command !== 'timeline' || v.input !== undefined || flags.batch)) {
    return inputCommand(command, v, flags, t, issues);
  }
  return timelineCommand(command, v, flags, t, issues);
}

/** node:util parseArgs over `argv`, or the help a `--help` among bad arguments asks for. */
function parseArgv(argv: readonly string[], loc: CliLocale): Parsed | CliCommand {
  try {
    return parseArgs({ args: joinNegativeValues(argv), options: CLI_OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (e) {
    // `poortwachter timeline --bogus --help` asks for help: give it rather than an error.
    if (argv.includes('--help') || argv.includes('-h')) return helpFor(argv);
    throw new PoortwachterError(CLI_NAME, [fromParseArgsError(e, loc)]);
  }
}

/** A single-value option given twice is an error, not "the last one wins" (issue 14). */
function repeatedOptionIssues(tokens: NonNullable<Parsed['tokens']>, t: Text): InputIssue[] {
  const issues: InputIssue[] = [];
  const seen = new Map<string, number>();
  for (const tok of tokens) if (tok.kind === 'option') seen.set(tok.name, (seen.get(tok.name) ?? 0) + 1);
  for (const [name, n] of seen) {
    const spec = CLI_OPTIONS[name as keyof typeof CLI_OPTIONS] as { multiple?: boolean } | undefined;
    if (n > 1 && spec?.multiple !== true) issues.push({ path: [`--${name}`], code: 'invalid_value', message: t.repeated(n) });
  }
  return issues;
}

/** The command (first positional) when it is one; issues for a missing or unknown one and for extra positionals. */
function commandOf(positionals: readonly string[], t: Text, issues: InputIssue[]): CommandName | undefined {
  const commandList = Object.keys(COMMANDS).join(', ');
  const [command, ...rest] = positionals;
  if (command === undefined) {
    issues.push({ path: ['command'], code: 'missing', message: t.missingCommand(commandList) });
  } else if (!isCommandName(command)) {
    issues.push({ path: ['command'], code: 'invalid_value', message: t.unknownCommand(quote(command), commandList) });
  }
  if (rest.length > 0) issues.push({ path: ['command'], code: 'invalid_value', message: t.unexpectedArgs(rest.map(quote).join(', ')) });
  return command !== undefined && isCommandName(command) ? command : undefined;
}

/** `--locale`, `--due-soon-days`, `--jobs`, the batch flags and which timeline flags were given, checked. */
function commonFlags(v: CliValues, t: Text, issues: InputIssue[]): CommonFlags {
  const locale = v.locale ?? 'nl';
  if (locale !== 'nl' && locale !== 'en') issues.push({ path: ['--locale'], code: 'invalid_value', message: t.expectedOneOf('nl, en', quote(locale)) });
  let dueSoonDays: number | undefined;
  if (v['due-soon-days'] !== undefined) {
    const d = v['due-soon-days'];
    if (/^-?\d{1,9}$/.test(d.trim()) && Number(d) >= 0 && Number(d) <= 365) dueSoonDays = Number(d);
    else issues.push({ path: ['--due-soon-days'], code: 'invalid_value', message: t.dueSoonRange(quote(d)) });
  }
  const timelineOnly = TIMELINE_ONLY.filter((o) => v[o] !== undefined);
  const batch = v.ndjson === true || v.csv === true;
  let jobs: number | undefined;
  if (v.jobs !== undefined) {
    if (/^\d{1,3}$/.test(v.jobs.trim()) && Number(v.jobs) >= 1 && Number(v.jobs) <= 256) jobs = Number(v.jobs);
    else issues.push({ path: ['--jobs'], code: 'invalid_value', message: t.jobsRange(quote(v.jobs), 256) });
  }
  if (!batch) {
    for (const o of ['jobs', 'compact'] as const) if (v[o] !== undefined) issues.push({ path: [`--${o}`], code: 'invalid_value', message: t.batchOnly(`--${o}`) });
  }
  return { locale, dueSoonDays, timelineOnly, batch, jobs };
}

/** The options for `computeTimeline` from the flags (`--locale`, conventions, `--due-soon-days`, `--opzegverbod`). */
function timelineOptionsOf(v: CliValues, flags: CommonFlags): TimelineOptions {
  return {
    locale: flags.locale as Locale,
    ...(v['uwv-practice'] === true ? { ziekmeldingConvention: 'uwv-first-working-day' as const } : {}),
    ...(v['six-weeks-after'] === true ? { probleemanalyseConvention: 'six-weeks-after' as const } : {}),
    ...(flags.dueSoonDays === undefined ? {} : { dueSoonDays: flags.dueSoonDays }),
    ...(v.opzegverbod === true ? { includeOpzegverbod: true } : {}),
  };
}

/** A command that reads its input as JSON from `--input` (one case, or a batch). */
function inputCommand(command: CommandName, v: CliValues, flags: CommonFlags, t: Text, issues: InputIssue[]): CliCommand {
  const { batch, timelineOnly } = flags;
  if (v.input === undefined) issues.push({ path: ['--input'], code: 'missing', message: batch ? t.batchNeedsInput : t.inputNeeded(command) });
  if (command === 'timeline' && timelineOnly.length > 0) issues.push({ path: [`--${timelineOnly[0]!}`], code: 'invalid_value', message: t.inputAndFlags });
  if (command !== 'timeline') for (const o of timelineOnly) issues.push({ path: [`--${o}`], code: 'invalid_value', message: t.onlyTimeline(command) });
  if (v.csv === true && command !== 'timeline') issues.push({ path: ['--csv'], code: 'invalid_value', message: t.csvOnlyTimeline });
  const spec: CommandSpec = COMMANDS[command];
  const formats: string[] = command === 'timeline' ? Object.keys(TIMELINE_FORMATS) : ['json', ...(spec.text === undefined ? [] : ['text']), ...(spec.csv === undefined ? [] : ['csv'])];
  const format = v.format ?? (command === 'timeline' ? 'table' : 'json');
  if (!formats.includes(format)) issues.push({ path: ['--format'], code: 'invalid_value', message: t.formatNotFor(quote(format), command, formats.join(', ')) });
  if (issues.length > 0) throw new PoortwachterError(CLI_NAME, issues);
  return {
    kind: 'input',
    command,
    inputPath: v.input!,
    format: format as CliFormat | CommandFormat,
    locale: flags.locale as Locale,
    options: timelineOptionsOf(v, flags),
    includeEvaluations: v['no-evaluations'] !== true,
    caseId: v['case-id'],
    batch: batch ? { csv: v.csv === true, jobs: flags.jobs, compact: v.compact === true } : undefined,
  };
}

/** `poortwachter timeline` with the case in flags (or no valid command: then the issues so far are thrown). */
function timelineCommand(command: CommandName | undefined, v: CliValues, flags: CommonFlags, t: Text, issues: InputIssue[]): CliCommand {
  const request: Mutable<CliTimelineRequest> = {};
  if (v['first-sick-day'] !== undefined) request.firstSickDay = v['first-sick-day'];
  if (v.period !== undefined) request.sickPeriods = parsePeriods(v.period, issues);
  if (command === 'timeline' && request.firstSickDay === undefined && request.sickPeriods === undefined && issues.length === 0) {
    issues.push({ path: ['--first-sick-day'], code: 'missing', message: 'give --first-sick-day, or one or more --period' });
  } else if (request.firstSickDay !== undefined && request.sickPeriods !== undefined) {
    issues.push({ path: ['--period'], code: 'invalid_value', message: 'give --first-sick-day or --period, not both' });
  }
  const { events, eventOptions } = parseEvents(v, issues);
  if (Object.keys(events).length > 0) request.events = events;
  if (v.wazo !== undefined) request.wazoLeave = parseWazo(v.wazo, issues);
  if (v['work-pattern'] !== undefined) {
    const wp = parseWorkPattern(v['work-pattern'], issues);
    if (wp !== undefined) request.workPattern = wp;
  }
  if (v['aow-date'] !== undefined) request.aowDate = v['aow-date'];

  const format = v.format ?? 'table';
  if (!Object.prototype.hasOwnProperty.call(TIMELINE_FORMATS, format)) issues.push({ path: ['--format'], code: 'invalid_value', message: t.expectedOneOf(Object.keys(TIMELINE_FORMATS).join(', '), quote(format)) });
  if (issues.length > 0) throw new PoortwachterError(CLI_NAME, issues);

  return {
    kind: 'timeline',
    request,
    asOf: v['as-of'],
    options: timelineOptionsOf(v, flags),
    format: format as CliFormat,
    locale: flags.locale as Locale,
    includeEvaluations: v['no-evaluations'] !== true,
    caseId: v['case-id'],
    eventOptions,
  };
}

/** `--period FROM[:TO]`, each in the order given (a malformed one is kept as `{ from }` with an issue). */
function parsePeriods(periods: readonly string[], issues: InputIssue[]): SickPeriod[] {
  return periods.map((p, i) => {
    const m = /^([^:]+)(?::([^:]*))?$/.exec(p.trim());
    if (m === null) {
      issues.push({ path: ['--period', i], code: 'invalid_value', message: `expected FROM or FROM:TO ('YYYY-MM-DD'), got ${JSON.stringify(p)}` });
      return { from: p };
    }
    return m[2] === undefined || m[2] === '' ? { from: m[1]! } : { from: m[1]!, to: m[2] };
  });
}

/** `--wazo FROM:TO`, each in the order given. */
function parseWazo(wazo: readonly string[], issues: InputIssue[]): WazoLeave[] {
  return wazo.map((w, i) => {
    const m = /^([^:]+):([^:]+)$/.exec(w.trim());
    if (m === null) issues.push({ path: ['--wazo', i], code: 'invalid_value', message: `expected FROM:TO ('YYYY-MM-DD'), got ${JSON.stringify(w)}` });
    return { from: m?.[1] ?? w, to: m?.[2] ?? w };
  });
}

/** The events of `--event id=date` and of the dedicated options (`--loonsanctie`, `--verlenging`). */
function parseEvents(v: CliValues, issues: InputIssue[]): { events: Record<string, string | string[]>; eventOptions: Record<string, string> } {
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
  return { events, eventOptions };
}

/** `--help` with a command (`poortwachter audit --help`) shows that command's help. */
function helpFor(positionals: readonly string[]): CliCommand {
  const c = positionals.find((p) => isCommandName(p));
  return c !== undefined && isCommandName(c) && c !== 'timeline' ? { kind: 'help', command: c } : { kind: 'help' };
}

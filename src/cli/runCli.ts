import { formatPath, isPoortwachterError, PoortwachterError, type InputIssue } from '../errors/PoortwachterError.js';
import { computeTimeline } from '../timeline/computeTimeline.js';
import type { TimelineInput } from '../timeline/types.js';
import type { Locale } from '../i18n/types.js';
import type { LinePlan } from './batchLine.js';
import { cliText } from './cliMessages.js';
import { COMMANDS, type CommandName, type CommandSpec } from './commands.js';
import { commandHelp, HELP_TEXT } from './helpText.js';
import { CLI_NAME, parseCliArgs } from './parseCliArgs.js';
import { cutQuoted } from './quote.js';
import { TIMELINE_FORMATS, type TimelineFormat } from './timelineFormats.js';

/** What {@link runCli} needs from the outside world, passed in so that it stays pure. */
export interface CliEnvironment {
  /** The package version, for `--version`. */
  readonly version: string;
  /** Today's date `'YYYY-MM-DD'`, asked for only when `--as-of` is absent. Leave out for no default. */
  readonly today?: (() => string) | undefined;
  /** Reads `--input` (`'-'` = stdin) as text; throws with a message when it cannot. Without it `--input` is an error. */
  readonly readInput?: ((path: string) => string) | undefined;
}

/** A batch to run (`--ndjson`/`--csv`): `main.ts` streams it through `runBatch`. */
export interface CliBatch {
  /** `--input`. */
  readonly inputPath: string;
  /** What each line runs. */
  readonly plan: LinePlan;
  /** `--jobs`, or `undefined` for the number of CPUs. */
  readonly jobs: number | undefined;
  /** `--csv`. */
  readonly csv: boolean;
  /** `--locale` (progress and summary). */
  readonly locale: Locale;
}

/** The outcome of one run: what to write where, and the exit code. */
export interface CliResult {
  /** 0 done, 2 invalid input. */
  readonly exitCode: 0 | 2;
  /** Set for `--ndjson`/`--csv`: the batch that `main.ts` runs (stdout and stderr are then empty). */
  readonly batch?: CliBatch | undefined;
  /** Text for standard output. */
  readonly stdout: string;
  /** Text for standard error. */
  readonly stderr: string;
}

const FIELD_TO_OPTION: Readonly<Record<string, string>> = {
  firstSickDay: '--first-sick-day',
  sickPeriods: '--period',
  asOf: '--as-of',
  aowDate: '--aow-date',
  wazoLeave: '--wazo',
  workPattern: '--work-pattern',
  locale: '--locale',
  dueSoonDays: '--due-soon-days',
  caseId: '--case-id',
  includeEvaluations: '--no-evaluations',
  ziekmeldingConvention: '--uwv-practice',
  probleemanalyseConvention: '--six-weeks-after',
  includeOpzegverbod: '--opzegverbod',
};

/** Library field names inside a message, when the case came from options: the option instead. */
const FIELD_IN_MESSAGE = new RegExp(`\\b(${Object.keys(FIELD_TO_OPTION).join('|')})\\b`, 'g');

/** "starts after asOf" → "starts after --as-of" (only for a case given as options). */
function optionsInMessage(message: string): string {
  return message.replace(FIELD_IN_MESSAGE, (f) => FIELD_TO_OPTION[f] ?? f);
}

/**
 * Rewrites a library issue path (`sickPeriods[1].to`) into the option that carried it
 * (`--period[1].to`); `eventOptions` names the events that came from a dedicated option
 * (`events.loonsanctie` → `--loonsanctie`).
 */
function toOptionPath(path: readonly (string | number)[], asOfFromClock: boolean, eventOptions: Readonly<Record<string, string>>): (string | number)[] {
  const [head, ...rest] = path[0] === 'options' ? path.slice(1) : path;
  if (head === 'events' && typeof rest[0] === 'string') {
    const option = eventOptions[rest[0]];
    // The option gave one date (the shorthand), so the field inside it (`extendedLastDay`) means nothing to the user.
    if (option !== undefined) return [option];
    const key = rest[0] === 'evaluaties' ? 'evaluatie' : rest[0];
    return [`--event ${key}`, ...rest.slice(1)];
  }
  if (head === 'asOf' && asOfFromClock) return ['--as-of (today, from the system clock)', ...rest];
  // The index is into the expanded list (1-5 → five days), not what was typed; the message quotes the value.
  if (head === 'workPattern') return ['--work-pattern'];
  if (typeof head === 'string' && head in FIELD_TO_OPTION) return [FIELD_TO_OPTION[head]!, ...rest];
  return [...path];
}

/**
 * Runs the `poortwachter` command line on the given arguments and returns what to print — without
 * touching the process, the console or the clock (today comes from `env.today`). `main.ts` wires it
 * to `process.argv`, stdout, stderr and the exit code.
 *
 * @remarks
 * Without `--as-of`, "today" from `env.today` is used as `asOf`, unless day 1 (or a period's start)
 * lies after it — then the timeline is shown without status. Input errors of `computeTimeline` are
 * reported with the option that carried the field (`--period[1].to` rather than `sickPeriods[1].to`).
 *
 * @param argv - Arguments after the program name.
 * @param env - The version and, optionally, a source of today's date.
 * @returns Exit code 0 with the output, or 2 with the {@link PoortwachterError} message on stderr.
 * @throws Only on a bug (an error that is not a PoortwachterError); `main.ts` exits 1 then.
 * @example
 * runCli(['timeline', '--first-sick-day', '2024-01-01', '--format', 'json'], { version: '0.1.0' }).exitCode //=> 0
 * runCli(['timeline', '--first-sick-day', '2023-02-29'], { version: '0.1.0' }).stderr
 * //=> "poortwachter: invalid input — --first-sick-day: not a valid 'YYYY-MM-DD' date (1900–2999): \"2023-02-29\"\n…"
 */
export function runCli(argv: readonly string[], env: CliEnvironment): CliResult {
  let asOfFromClock = false;
  let eventOptions: Readonly<Record<string, string>> = {};
  let fromFlags = true;
  try {
    const cmd = parseCliArgs(argv);
    if (cmd.kind === 'help') return { exitCode: 0, stdout: cmd.command === undefined ? HELP_TEXT : commandHelp(cmd.command), stderr: '' };
    if (cmd.kind === 'version') return { exitCode: 0, stdout: `${env.version}\n`, stderr: '' };
    if (cmd.kind === 'input') {
      fromFlags = false;
      if (cmd.batch !== undefined) {
        const plan: LinePlan = { command: cmd.command, timelineOptions: cmd.options, compact: cmd.batch.compact };
        return { exitCode: 0, stdout: '', stderr: '', batch: { inputPath: cmd.inputPath, plan, jobs: cmd.batch.jobs, csv: cmd.batch.csv, locale: cmd.locale } };
      }
      const t = cliText(cmd.locale);
      let text: string;
      try {
        if (env.readInput === undefined) throw new Error('no input reader');
        text = env.readInput(cmd.inputPath);
      } catch (e) {
        throw PoortwachterError.single(CLI_NAME, ['--input'], 'invalid_value', t.cannotRead(cmd.inputPath, e instanceof Error ? e.message : String(e)));
      }
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (e) {
        throw PoortwachterError.single(CLI_NAME, ['--input'], 'invalid_type', t.notJson(e instanceof Error ? e.message : String(e)));
      }
      let caseId = cmd.caseId;
      if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && 'caseId' in raw) {
        const { caseId: id, ...rest } = raw as Record<string, unknown>;
        if (typeof id === 'string' && caseId === undefined) caseId = id;
        raw = rest;
      }
      return { exitCode: 0, stdout: runCommand(cmd.command, raw, cmd, caseId), stderr: '' };
    }

    eventOptions = cmd.eventOptions;
    const r = cmd.request;
    let asOf = cmd.asOf;
    if (asOf === undefined && env.today !== undefined) {
      const today = env.today();
      const starts = r.firstSickDay !== undefined ? [r.firstSickDay] : (r.sickPeriods ?? []).map((p) => p.from);
      // ISO strings compare like dates; a malformed one is rejected by computeTimeline anyway.
      if (starts.every((s) => s <= today)) {
        asOf = today;
        asOfFromClock = true;
      }
    }
    const input = { ...r, ...(asOf === undefined ? {} : { asOf }) } as unknown as TimelineInput;
    const timeline = computeTimeline(input, cmd.options);
    const stdout = TIMELINE_FORMATS[cmd.format](timeline, { locale: cmd.locale, includeEvaluations: cmd.includeEvaluations, caseId: cmd.caseId, asOfFromClock });
    return { exitCode: 0, stdout, stderr: '' };
  } catch (e) {
    if (!isPoortwachterError(e)) throw e;
    const t = cliText(localeOf(argv));
    const issues: InputIssue[] = e.issues.map((i) => ({
      ...i,
      path: fromFlags && e.functionName !== CLI_NAME ? toOptionPath(i.path, asOfFromClock, eventOptions) : i.path,
      message: cutQuoted(fromFlags && e.functionName !== CLI_NAME ? optionsInMessage(i.message) : i.message),
    }));
    // The headline speaks --locale; the library's field messages are its own (English) sentences.
    const lines = issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
    const fn = e.functionName === CLI_NAME || fromFlags ? CLI_NAME : `${CLI_NAME} (${e.functionName})`;
    return { exitCode: 2, stdout: '', stderr: `${fn}: ${t.invalidInput} — ${lines.join('; ')}\n${t.seeHelp}\n` };
  }
}

/** `--locale` as given (for the language of an error), `nl` when absent or not understood. */
function localeOf(argv: readonly string[]): Locale {
  const i = argv.lastIndexOf('--locale');
  const v = i >= 0 ? argv[i + 1] : [...argv].reverse().find((a) => a.startsWith('--locale='))?.slice(9);
  return v === 'en' ? 'en' : 'nl';
}

/** Runs one JSON input through the command table and renders it in the chosen format. */
function runCommand(
  name: CommandName,
  input: unknown,
  cmd: { readonly format: string; readonly locale: Locale; readonly options: import('../timeline/types.js').TimelineOptions; readonly includeEvaluations: boolean },
  caseId: string | undefined,
): string {
  const spec: CommandSpec = COMMANDS[name];
  const result = spec.run(input, cmd.options);
  if (name === 'timeline') {
    return TIMELINE_FORMATS[cmd.format as TimelineFormat](result as never, { locale: cmd.locale, includeEvaluations: cmd.includeEvaluations, caseId, asOfFromClock: false });
  }
  if (cmd.format === 'text' && spec.text !== undefined) return spec.text(result, cmd.locale);
  if (cmd.format === 'csv' && spec.csv !== undefined) return spec.csv(result, cmd.locale);
  return `${JSON.stringify(result, null, 2)}\n`;
}

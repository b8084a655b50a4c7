import { isPoortwachterError, PoortwachterError, type InputIssue } from '../errors/PoortwachterError.js';
import { computeTimeline } from '../timeline/computeTimeline.js';
import type { TimelineInput } from '../timeline/types.js';
import { toICalendar } from '../export/toICalendar.js';
import { renderTimelineSvg } from '../export/renderTimelineSvg.js';
import { HELP_TEXT } from './helpText.js';
import { CLI_NAME, parseCliArgs } from './parseCliArgs.js';
import { renderTimelineTable } from './renderTimelineTable.js';

/** What {@link runCli} needs from the outside world, passed in so that it stays pure. */
export interface CliEnvironment {
  /** The package version, for `--version`. */
  readonly version: string;
  /** Today's date `'YYYY-MM-DD'`, asked for only when `--as-of` is absent. Leave out for no default. */
  readonly today?: (() => string) | undefined;
}

/** The outcome of one run: what to write where, and the exit code. */
export interface CliResult {
  /** 0 done, 2 invalid input. */
  readonly exitCode: 0 | 2;
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
};

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
  try {
    const cmd = parseCliArgs(argv);
    if (cmd.kind === 'help') return { exitCode: 0, stdout: HELP_TEXT, stderr: '' };
    if (cmd.kind === 'version') return { exitCode: 0, stdout: `${env.version}\n`, stderr: '' };

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

    let stdout: string;
    if (cmd.format === 'json') {
      stdout = `${JSON.stringify(timeline, null, 2)}\n`;
    } else if (cmd.format === 'svg') {
      stdout = renderTimelineSvg(timeline, { locale: cmd.locale });
    } else if (cmd.format === 'ics') {
      stdout = toICalendar(timeline, {
        locale: cmd.locale,
        includeEvaluations: cmd.includeEvaluations,
        ...(cmd.caseId === undefined ? {} : { caseId: cmd.caseId }),
      });
    } else {
      stdout = renderTimelineTable(timeline, { locale: cmd.locale, includeEvaluations: cmd.includeEvaluations, asOfFromClock });
    }
    return { exitCode: 0, stdout, stderr: '' };
  } catch (e) {
    if (!isPoortwachterError(e)) throw e;
    const issues: InputIssue[] = e.issues.map((i) => ({ ...i, path: toOptionPath(i.path, asOfFromClock, eventOptions) }));
    const err = e.functionName === CLI_NAME ? e : new PoortwachterError(CLI_NAME, issues);
    return { exitCode: 2, stdout: '', stderr: `${err.message}\nRun 'poortwachter --help' for usage.\n` };
  }
}

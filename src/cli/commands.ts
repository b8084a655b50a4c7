import { auditReIntegratieverslag } from '../audit/auditReIntegratieverslag.js';
import { checkVervroegdeIva } from '../endOfWachttijd/checkVervroegdeIva.js';
import { computeLateWiaAanvraag } from '../endOfWachttijd/computeLateWiaAanvraag.js';
import { computeLoonsanctie } from '../endOfWachttijd/computeLoonsanctie.js';
import { computeOpzegverbod } from '../endOfWachttijd/computeOpzegverbod.js';
import { computeVrijwilligeVerlenging } from '../endOfWachttijd/computeVrijwilligeVerlenging.js';
import { PoortwachterError } from '../errors/PoortwachterError.js';
import { checkNonCooperation } from '../obligations/checkNonCooperation.js';
import { listObligations } from '../obligations/listObligations.js';
import { listRemedies } from '../obligations/listRemedies.js';
import { checkPassendWerk } from '../passendWerk/checkPassendWerk.js';
import { combineSickPeriods } from '../sickness/combineSickPeriods.js';
import { checkSpoor2Readiness } from '../spoor2/checkSpoor2Readiness.js';
import { computeTimeline } from '../timeline/computeTimeline.js';
import type { TimelineOptions } from '../timeline/types.js';
import { computeVangnetMelding } from '../vangnet/computeVangnetMelding.js';
import { listCsv } from './listCsv.js';
import { listText } from './listText.js';

/** Output forms of a command besides JSON: `text` (readable) and `csv` (a table), where sensible. */
export type CommandRenderer = (result: unknown, locale: 'nl' | 'en') => string;

/** One row of the command table: which library function a command runs, and how its result can be shown. */
export interface CommandSpec {
  /** The library function, e.g. `'checkPassendWerk'` (help text and error messages). */
  readonly functionName: string;
  /** One line for `--help`. */
  readonly summary: string;
  /**
   * Runs the library function on one parsed JSON input (the `caseId` field already taken out).
   * `timelineOptions` are the timeline flags (`--locale`, conventions); `obligations` and
   * `remedies` take `--locale` when the input has no `locale`; other commands ignore them.
   */
  readonly run: (input: unknown, timelineOptions: TimelineOptions) => unknown;
  /** Readable text form (`--format text`), where sensible. */
  readonly text?: CommandRenderer;
  /** Table form (`--format csv`), where sensible. */
  readonly csv?: CommandRenderer;
}

// The library validates every input itself (PoortwachterError naming the field); the casts only
// pass the unknown JSON on.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Any = any;

/** `--locale` for the list commands whose input has a `locale` of its own: used when the input leaves it out. */
function withLocale(input: unknown, options: TimelineOptions): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input) || 'locale' in input || options.locale === undefined) return input;
  return { ...input, locale: options.locale };
}

/**
 * `samentelling` takes `{ "periods": [...], "asOf"?, "wazoLeave"?, … }` (the periods plus the
 * options of `combineSickPeriods`) or a bare array of periods.
 */
function runSamentelling(input: unknown): unknown {
  if (Array.isArray(input)) return combineSickPeriods(input as Any);
  if (input === null || typeof input !== 'object') {
    throw PoortwachterError.single('combineSickPeriods', [], 'invalid_type', 'expected an object { "periods": [...], …options } or an array of periods');
  }
  const { periods, ...options } = input as Record<string, unknown>;
  if (periods === undefined) throw PoortwachterError.single('combineSickPeriods', ['periods'], 'missing', 'give the sick periods');
  return combineSickPeriods(periods as Any, options as Any);
}

/**
 * THE command table: command name → library function and output forms. Every command of
 * `poortwachter` is a row here; dispatch, `--help` and docs/cli.md follow it.
 */
export const COMMANDS = {
  timeline: { functionName: 'computeTimeline', summary: 'the deadlines of a sick case (also from flags, see below)', run: (i, o) => computeTimeline(i as Any, o) },
  'passend-werk': { functionName: 'checkPassendWerk', summary: 'is the offered work passend (BW 7:658a, 7:629 lid 3 sub c)', run: (i) => checkPassendWerk(i as Any) },
  spoor2: { functionName: 'checkSpoor2Readiness', summary: 'spoor 2 readiness against the WvP criteria', run: (i) => checkSpoor2Readiness(i as Any) },
  obligations: { functionName: 'listObligations', summary: 'the duties of employer, employee and bedrijfsarts', run: (i, o) => listObligations(withLocale(i, o) as Any), text: listText, csv: listCsv },
  'non-cooperation': { functionName: 'checkNonCooperation', summary: 'measures against an employee who does not cooperate', run: (i) => checkNonCooperation(i as Any) },
  remedies: { functionName: 'listRemedies', summary: 'deskundigenoordeel, second opinion and other remedies', run: (i, o) => listRemedies(withLocale(i, o) as Any), text: listText, csv: listCsv },
  audit: { functionName: 'auditReIntegratieverslag', summary: 'review a re-integratieverslag dossier', run: (i) => auditReIntegratieverslag(i as Any) },
  loonsanctie: { functionName: 'computeLoonsanctie', summary: 'dates of a loonsanctie (WIA art 25 lid 9)', run: (i) => computeLoonsanctie(i as Any) },
  verlenging: { functionName: 'computeVrijwilligeVerlenging', summary: 'dates of a vrijwillige verlenging (WIA art 24)', run: (i) => computeVrijwilligeVerlenging(i as Any) },
  'vervroegde-iva': { functionName: 'checkVervroegdeIva', summary: 'an early IVA application (WIA art 23 lid 6)', run: (i) => checkVervroegdeIva(i as Any) },
  'late-wia': { functionName: 'computeLateWiaAanvraag', summary: 'a late WIA application (WIA art 64, 65)', run: (i) => computeLateWiaAanvraag(i as Any) },
  opzegverbod: { functionName: 'computeOpzegverbod', summary: 'the opzegverbod during sickness (BW 7:670)', run: (i) => computeOpzegverbod(i as Any) },
  vangnet: { functionName: 'computeVangnetMelding', summary: 'the sick report of a vangnetter to UWV (ZW art 38)', run: (i) => computeVangnetMelding(i as Any) },
  samentelling: { functionName: 'combineSickPeriods', summary: 'sum sick periods less than four weeks apart (BW 7:629 lid 10)', run: (i) => runSamentelling(i) },
} as const satisfies Readonly<Record<string, CommandSpec>>;

/** A command name of {@link COMMANDS}. */
export type CommandName = keyof typeof COMMANDS;

/**
 * Whether a word is a command of {@link COMMANDS}.
 *
 * @param name - The first positional argument.
 * @returns `true` for a known command.
 * @example
 * isCommandName('passend-werk') //=> true
 */
export function isCommandName(name: string): name is CommandName {
  return Object.prototype.hasOwnProperty.call(COMMANDS, name);
}

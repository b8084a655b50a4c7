import { fromDayNumber } from '../calendar/dayNumber.js';
import { missingFactsOf } from '../engine/trace.js';
import { assessSpoor2 } from './assess.js';
import { buildSpoor2Facts } from './facts.js';
import { collectFindings } from './findings.js';
import { assessLoonsanctieRisk } from './loonsanctie.js';
import { STATUS_LABELS } from './messages.js';
import { buildTrajectory } from './trajectory.js';
import type { Spoor2Input, Spoor2Readiness } from './types.js';

/**
 * Spoor 2 (the second track: re-integration with another employer): must it start on `asOf`, by
 * when, is what is in place adequate, and what is missing.
 *
 * - **Deadline**: 42 days after the eerstejaarsevaluatie, counted from the date it was held or from
 *   its due date (counted sick day 364), whichever is earlier — a late evaluation buys no time
 *   (product decision, docs/spoor-2.md). The 42 days and the three months of the perspective
 *   exception are parameters of the rule set (`RULE_SETS[..].parameters`). They are a practice norm
 *   (Werkwijzer Poortwachter), not statute; the duty itself is BW 7:658a lid 1 and Beoordelingskader §5.
 * - **Duty** (BW 7:658a lid 1): spoor 2 is required only when it is settled that the own work can no
 *   longer be done AND there is no other passende arbeid in the own organisation; only during the
 *   wage period of 7:629 and not from the day the employee reaches AOW age (since 2016-01-01). With a
 *   condition unknown the status is `unknown` (never `must-start`/`overdue`), the missing facts are
 *   listed and `deadline.requiredBy` gives the date that applies if they turn out negative; with one
 *   clearly failing (own work (partly) possible, recovery expected, passend werk available) it is
 *   `not-needed-yet`.
 * - **Status** on `asOf`: `not-needed-yet` → `may-start` → `must-start` → `started` (on time or
 *   early) or `overdue` (only ever forward as `asOf` advances; `started` and `overdue` are final),
 *   or `exempt` / `postponed` while an exception holds, or `unknown` with the facts that would settle
 *   it in `missingFacts`. A missing fact never yields `not-needed-yet`. With nothing said about the
 *   eerstejaarsevaluatie and `asOf` before its due date the status is `may-start` (spoor 2 is not
 *   required yet and may start early by agreement): `deadline.requiredBy` is due + 42, `provisional`,
 *   and `eerstejaarsevaluatie` stays in `missingFacts`.
 * - **Exceptions**: structural return realised or concretely expected within three months,
 *   geen benutbare mogelijkheden, marginale mogelijkheden, AOW age within a year after the wachttijd
 *   with both agreeing, postponement on the bedrijfsarts' advice, a temporary contract where the
 *   costs exceed 70% of the remaining wage. An exception that held during the 42-day term restarts
 *   the 42 days on the day after it ends (product decision by analogy; `lapse` says from when and by
 *   when); one that begins after the deadline does not cure lateness.
 * - **Findings** with stable codes, severity, legal basis, norm kind and Dutch/English texts;
 *   the **loonsanctie risk** in UWV's order of review; the **trajectory** checked for order.
 *
 * @remarks
 * BW 7:658a lid 1 (paraphrased): when the employee cannot do his own work and there is no other
 * passende arbeid in the employer's company, the employer promotes passende arbeid in the company of
 * another employer. Beoordelingskader poortwachter §5: at the eerstejaarsevaluatie, without (partial)
 * resumption and prospect of it on short term, employer and employee "expliciet stil te staan bij de
 * mogelijkheden om elders aan de slag te gaan".
 *
 * @param input - The facts of the case; every field is optional. Omitting `activities` means
 *   "unknown what was done", giving it means "this is the complete record".
 * @returns The readiness verdict as data.
 * @throws {@link PoortwachterError} for invalid input: wrong shapes, impossible dates, unknown keys,
 *   something done after `asOf` or before the first sick day, a period that ends before it starts.
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=658a&lid=1 | BW 7:658a lid 1}
 * @see {@link https://wetten.overheid.nl/BWBR0014375 | Beleidsregels beoordelingskader poortwachter §5, §9}
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=25&lid=9 | WIA art 25 lid 9 (loonsanctie)}
 * @example
 * const r = checkSpoor2Readiness({
 *   firstSickDay: '2024-01-01',
 *   asOf: '2025-01-20',
 *   eerstejaarsevaluatie: { held: true, date: '2024-12-16' },
 *   arbeidsdeskundige: { ownWorkPossible: 'no', passendWerkOwnOrganisation: 'not-available' },
 *   activities: {},
 * });
 * r.status              //=> 'must-start'
 * r.deadline.requiredBy //=> '2025-01-27' (42 days after 2024-12-16)
 */
export function checkSpoor2Readiness(input: Spoor2Input): Spoor2Readiness {
  const f = buildSpoor2Facts(input);
  const s = assessSpoor2(f);
  const trajectory = buildTrajectory(f.input.activities);
  const { findings, trace: findingSteps } = collectFindings(f, s, trajectory.outOfOrder);
  const { trace: riskSteps, ...loonsanctieRisk } = assessLoonsanctieRisk(f, s, findings);
  const trace = Object.freeze([...s.trace, ...trajectory.trace, ...findingSteps, ...riskSteps]);
  const r: Spoor2Readiness = {
    status: s.status,
    statusLabel: { nl: STATUS_LABELS.nl[s.status], en: STATUS_LABELS.en[s.status] },
    statusExplanation: s.statusExplanation,
    legalBasis: s.legalBasis,
    asOf: f.asOf === undefined ? null : fromDayNumber(f.asOf),
    firstSickDay: f.firstSickDay === undefined ? null : fromDayNumber(f.firstSickDay),
    wachttijdLastDay: f.wachttijdLastDay === undefined ? null : fromDayNumber(f.wachttijdLastDay),
    ruleSetId: f.ruleSet.id,
    deadline: s.deadline,
    start: Object.freeze({
      started: s.started,
      date: s.startDay === undefined ? null : fromDayNumber(s.startDay),
      basis: s.startBasis,
      onTime: s.onTime,
    }),
    earlyStart: s.earlyStart,
    exceptions: Object.freeze([...s.exceptions]),
    findings: Object.freeze(findings),
    loonsanctieRisk: Object.freeze(loonsanctieRisk),
    trajectory: Object.freeze(trajectory.steps),
    missingFacts: Object.freeze(missingFactsOf(trace)),
    notices: Object.freeze([...s.notices]),
    trace,
  };
  return Object.freeze(r);
}

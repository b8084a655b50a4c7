import { fromDayNumber } from '../calendar/dayNumber.js';
import { LEGAL_REFS } from '../legal/references.js';
import type { LegalRef } from '../legal/LegalRef.js';
import { pendingAfterDay, wachttijdEndDays } from '../timeline/wachttijdEnded.js';
import type { RawException } from './exceptions.js';
import type { Spoor2Facts } from './facts.js';
import { SPOOR2_REFS as R } from './legalRefs.js';
import { msg, type Spoor2Msg } from './renderStep.js';

/**
 * The statutory exception `wachttijd-ended`: the employee recovered before the 104 weeks were
 * complete and stayed well for four weeks or more up to `asOf`, so this wachttijd is over (a new
 * sickness starts a new one) and spoor 2 is no longer required. One rule with computeTimeline's
 * `wachttijdEnded` and the audit's lapsed steps: `wachttijdEndDays` of src/timeline/wachttijdEnded.ts.
 * It holds from the day after the last sick day, open-ended; within the four weeks after the
 * recovery it is not reported (a relapse would count together).
 *
 * @param f - The spoor-2 facts (sick spans, wachttijd end, `asOf`).
 * @returns The exception, or `undefined` when the wachttijd has not ended by recovery on `asOf`.
 * @internal
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=629 | BW 7:629 lid 10}
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=23 | WIA art 23 lid 3}
 * @example
 * wachttijdEndedException(buildSpoor2Facts({ sickPeriods: [{ from: '2024-01-01', to: '2024-12-20' }], asOf: '2025-03-01' }))?.from
 * //=> day number of 2024-12-21
 */
export function wachttijdEndedException(f: Spoor2Facts): RawException | undefined {
  if (f.spans === undefined || f.asOf === undefined || f.wachttijdLastDay === undefined) return undefined;
  const last = f.spans[f.spans.length - 1]!.end;
  const end = wachttijdEndDays(last, f.wachttijdLastDay, f.asOf);
  if (end.reason !== 'recovered' || end.endedOn === null) return undefined;
  return {
    code: 'wachttijd-ended', applies: 'yes', from: end.endedOn + 1, until: Infinity, effect: 'exempt', normKind: 'statutory',
    legalBasis: [LEGAL_REFS.BW_629_10, LEGAL_REFS.WIA_23_3, R.BW_658A_1_WAGE], missingFacts: [],
    text: msg('duty.exception-wachttijd-ended', { date: fromDayNumber(end.endedOn + 1), date2: fromDayNumber(end.endedOn) }),
  };
}

/**
 * The other side of the rule: the employee recovered, but less than four weeks before `asOf`, so the
 * wachttijd runs on; a spoor-2 deadline after the last sick day has not come in counted sick days (a
 * relapse moves it by the gap, without one the wachttijd ends). The status is then `not-needed-yet`,
 * never `overdue` — as the timeline's `open` for the same step (`pendingAfterDay`).
 *
 * @param f - The spoor-2 facts.
 * @param deadline - The deadline that would apply (day number), if known.
 * @returns The status, the message that explains it and its basis, or `undefined` when the rule does not apply.
 * @internal
 * @see {@link https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=629 | BW 7:629 lid 10}
 * @example
 * recoveryPendingStatus(facts, deadline)?.status //=> 'not-needed-yet'
 */
export function recoveryPendingStatus(f: Spoor2Facts, deadline: number | undefined): { status: 'not-needed-yet'; msg: Spoor2Msg; legalBasis: readonly LegalRef[] } | undefined {
  if (f.spans === undefined || f.asOf === undefined || f.wachttijdLastDay === undefined || deadline === undefined || !Number.isFinite(deadline)) return undefined;
  const last = pendingAfterDay(f.spans[f.spans.length - 1]!.end, f.wachttijdLastDay, f.asOf);
  if (last === null || deadline <= last || f.asOf <= deadline) return undefined;
  return { status: 'not-needed-yet', msg: msg('duty.status-recovery-pending', { date: fromDayNumber(last), date2: fromDayNumber(deadline) }), legalBasis: [LEGAL_REFS.BW_629_10, LEGAL_REFS.WIA_23_3, R.BW_658A_1] };
}

import { fromDayNumber } from '../calendar/dayNumber.js';
import type { Localized } from '../i18n/types.js';
import { assessBevredigendResultaat } from '../passendWerk/assessBevredigendResultaat.js';
import { bevredigendWageRatioOn } from '../passendWerk/norms.js';
import type { Spoor2Facts } from './facts.js';
import { DUTY_TEXTS, render, BEVREDIGEND_TEXTS } from './messages.js';
import type { Spoor2ExceptionResult } from './types.js';
import type { Answer } from '../vocabulary/index.js';
import { localize } from '../i18n/types.js';

/** Where a fact of the passend-werk rule lives in {@link Spoor2Input}. */
const FACT_PATHS: Readonly<Record<string, string>> = {
  'offer.structural': 'outcome.structural',
  'offer.matchesRemainingCapacity': 'outcome.matchesRemainingCapacity',
  matchingWorkAchievable: 'outcome.matchingWorkAchievable',
  'offer.wage': 'outcome.wageValuePercent',
  'employee.previousWage': 'outcome.wageValuePercent',
  'employee.agreesWithOffer': 'outcome.employeeAgrees',
};

/**
 * The bevredigend resultaat (BBP §3) of spoor 2, by the ONE rule of `src/passendWerk`
 * (`assessBevredigendResultaat`, with the one 65% norm of `passendWerk/norms.ts`). The outcome facts
 * map onto it: `structural` and `matchesRemainingCapacity` (the old `structuralWorkMatchingCapacity`:
 * `true` gives both, `false` says the work does not match the remaining capacity), the wage value
 * as a percentage of the old wage (ratio `wageValuePercent / 100`), `employeeAgrees` and
 * `matchingWorkAchievable`. A realised structural return in the own organisation
 * (`perspective.realisedOn`) counts as structural work matching the capacity. The norm is the one
 * in force on `asOf` (else the end of the wachttijd).
 *
 * @internal
 */
export function assessSpoor2BevredigendResultaat(f: Spoor2Facts, exceptions: readonly Spoor2ExceptionResult[]): {
  readonly answer: Answer; readonly reasons: readonly Localized[]; readonly missingFacts: readonly string[];
} {
  const o = f.input.outcome;
  const realised = exceptions.some((e) => e.id === 'structural-return-realised' && e.holds === 'yes');
  const legacy = o?.structuralWorkMatchingCapacity;
  const structural = o?.structural ?? (legacy === true || realised ? true : undefined);
  const matches = o?.matchesRemainingCapacity ?? (legacy === true || realised ? true : legacy === false ? false : undefined);
  const pct = o?.wageValuePercent;
  const day = f.asOf ?? f.wachttijdLastDay;
  const ratio = bevredigendWageRatioOn(day === undefined ? '9999-12-31' : fromDayNumber(day));
  if (ratio === undefined) {
    return {
      answer: 'unknown', missingFacts: [],
      reasons: [render(DUTY_TEXTS, 'no-bevredigend-norm')],
    };
  }
  const r = assessBevredigendResultaat(
    { structural, matchesRemainingCapacity: matches, wage: pct },
    { previousWage: pct === undefined ? undefined : 100, agreesWithOffer: o?.employeeAgrees },
    o?.matchingWorkAchievable,
    { bevredigendWageRatio: ratio },
  );
  const answer: Answer = r.status === 'met' ? 'yes' : r.status === 'not-met' ? 'no' : 'unknown';
  const reasons: Localized[] = realised && answer === 'yes'
    ? [localize(BEVREDIGEND_TEXTS, 'structural-return-in-the-own'), r.explanation]
    : [r.explanation];
  return { answer, reasons, missingFacts: [...new Set(r.missingFacts.map((m) => FACT_PATHS[m] ?? m))] };
}

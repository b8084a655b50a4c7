import { fromDayNumber, toDayNumber } from '../calendar/dayNumber.js';
import type { Spoor2Activities, Spoor2TrajectoryStep, Spoor2TrajectoryStepId } from './types.js';
import { traceStep, type TraceStep } from '../engine/trace.js';
import { msg, renderStep } from './renderStep.js';

/**
 * The expected order of the trajectory. `rank` is what is compared: the assignment to a
 * re-integratiebureau and the adjustment of the plan van aanpak share a rank (the Regeling
 * procesgang prescribes no order between them); the employment contract and the WIA-aanvraag are
 * alternative ends.
 */
const STEPS: readonly { id: Spoor2TrajectoryStepId; rank: number }[] = [
  { id: 'spoor1-statement', rank: 1 },
  { id: 're-integratiebureau', rank: 2 },
  { id: 'plan-van-aanpak-bijgesteld', rank: 2 },
  { id: 'search', rank: 3 },
  { id: 'placement', rank: 4 },
  { id: 'employment-contract', rank: 5 },
  { id: 'wia-aanvraag', rank: 5 },
];

function earliest(...dates: (string | undefined)[]): number | undefined {
  let best: number | undefined;
  for (const d of dates) if (d !== undefined && (best === undefined || toDayNumber(d) < best)) best = toDayNumber(d);
  return best;
}

/**
 * Builds the trajectory steps from the activities and checks their order: a step is in order when
 * no step of a lower rank was done later. Each records its trace step `spoor2.trajectory.<id>`
 * (its label is rendered from it).
 *
 * @param a - The activities, if given.
 * @returns The steps, the out-of-order remarks, and the trace steps.
 * @internal
 */
export function buildTrajectory(a: Spoor2Activities | undefined): { steps: Spoor2TrajectoryStep[]; outOfOrder: string[]; trace: TraceStep[] } {
  const dates: Record<Spoor2TrajectoryStepId, number | undefined> = {
    'spoor1-statement': earliest(a?.spoor1NotPossibleStatementOn),
    're-integratiebureau': earliest(a?.reIntegratiebureauAssignedOn, a?.ownSearchWithSupportSince),
    'plan-van-aanpak-bijgesteld': earliest(a?.planVanAanpakAdjustedOn),
    search: earliest(a?.trajectplanOn, a?.trainingOn, ...(a?.applications ?? [])),
    placement: earliest(a?.detacheringOn, a?.werkervaringsplaatsOn),
    'employment-contract': earliest(a?.employmentContractOn),
    'wia-aanvraag': earliest(a?.wiaAanvraagOn),
  };
  const outOfOrder: string[] = [];
  const trace: TraceStep[] = [];
  const steps = STEPS.map((s, idx) => {
    const date = dates[s.id];
    let inOrder = true;
    if (date !== undefined) {
      for (const other of STEPS) {
        const od = dates[other.id];
        if (other.rank < s.rank && od !== undefined && od > date) {
          inOrder = false;
          outOfOrder.push(`${s.id} (${fromDayNumber(date)}) before ${other.id} (${fromDayNumber(od)})`);
        }
      }
    }
    const iso = date === undefined ? null : fromDayNumber(date);
    const step = traceStep({
      rule: `spoor2.trajectory.${s.id}`, refs: ['WWP_TRAJECT'], outcome: 'computed',
      outputs: { order: idx + 1, date: iso, inOrder }, ...msg(`trajectory.${s.id}`),
    });
    trace.push(step);
    return Object.freeze({ id: s.id, order: idx + 1, date: iso, inOrder, label: renderStep(step) });
  });
  return { steps, outOfOrder, trace };
}

/**
 * Issue 11: how much cheaper the structural check of a timeline (isTimelineShape) is than the zod
 * schema it replaces on the fast path, in toICalendar and renderTimelineSvg.
 *
 *   npx tsx bench/exportTimelineCheck.bench.ts
 *
 * Median of several timed rounds; the ratio is what matters (absolute numbers depend on the
 * machine and its load). Timings never go into tests.
 */
import { computeTimeline } from '../src/timeline/computeTimeline.js';
import { isTimelineShape } from '../src/export/isTimelineShape.js';
import { timelineSchema } from '../src/export/timelineExportSchema.js';

const timeline = computeTimeline({ firstSickDay: '2024-01-01', asOf: '2026-01-15', events: { loonsanctie: '2025-12-01' } }, { includeOpzegverbod: true });
const json: unknown = JSON.parse(JSON.stringify(timeline));

function median(f: () => unknown, rounds = 9, perRound = 2000): number {
  for (let i = 0; i < perRound; i++) f();
  const us: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const s = performance.now();
    for (let i = 0; i < perRound; i++) f();
    us.push(((performance.now() - s) * 1000) / perRound);
  }
  return us.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}

for (const [name, t] of [['computeTimeline result', timeline], ['after JSON round trip', json]] as const) {
  const zod = median(() => timelineSchema.safeParse(t));
  const shape = median(() => isTimelineShape(t));
  console.log(`${name.padEnd(24)} zod ${zod.toFixed(1).padStart(7)} µs   structural ${shape.toFixed(1).padStart(7)} µs   ×${(zod / shape).toFixed(1)}`);
}

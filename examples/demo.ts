/**
 * The main job: the full poortwachter timeline of a real-looking case, printed as a table with
 * Dutch labels, dates and legal basis. Run with `npm run demo`.
 *
 * The case: an employee falls ill on Monday 6 January 2025, recovers on 24 January, falls ill
 * again on 10 February (17 days later: the periods are combined — samentelling). The bedrijfsarts
 * makes the probleemanalyse on 3 March, which brings the plan van aanpak forward to 17 March.
 * Today is 22 November 2026, week 96 of the counted sickness.
 */
import { computeTimeline } from '../src/index.js';
import { renderTimelineTable } from '../src/cli/renderTimelineTable.js';

const timeline = computeTimeline({
  sickPeriods: [
    { from: '2025-01-06', to: '2025-01-23' },
    { from: '2025-02-10' },
  ],
  asOf: '2026-11-22',
  events: {
    probleemanalyse: '2025-03-03',
    'plan-van-aanpak': '2025-03-14',
    evaluaties: [
      '2025-04-22', '2025-06-02', '2025-07-11', '2025-08-22', '2025-10-01', '2025-11-10', '2025-12-19',
      '2026-02-20', '2026-04-02', '2026-05-12', '2026-06-22', '2026-08-03', '2026-09-14',
    ],
    'ziekmelding-uwv': '2025-11-10',
    eerstejaarsevaluatie: '2026-01-12',
    'spoor-2-start': '2026-02-16',
    'wia-brief-uwv': '2026-09-30',
    're-integratieverslag': '2026-10-16',
    'wia-aanvraag': '2026-10-28',
  },
});

process.stdout.write(renderTimelineTable(timeline, { locale: 'nl', includeEvaluations: true }));
process.stdout.write('\nHoe is de WIA-aanvraag berekend?\n');
process.stdout.write(`  ${timeline.milestones.find((m) => m.id === 'wia-aanvraag')?.explanation.text.nl ?? ''}\n`);

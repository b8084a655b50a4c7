/**
 * The main job: the full poortwachter timeline of a real-looking case, printed as a table with
 * Dutch labels, dates and legal basis. Run with `npm run demo`.
 *
 * The case: an employee falls ill on Monday 6 January 2025, recovers on 24 January, falls ill
 * again on 10 February (17 days later: the periods are combined — samentelling), the
 * bedrijfsarts makes the probleemanalyse on 3 March. Today is 22 November 2026.
 */
import { computeTimeline } from '../src/index.js';

const timeline = computeTimeline(
  {
    sickPeriods: [
      { from: '2025-01-06', to: '2025-01-23' },
      { from: '2025-02-10' },
    ],
    asOf: '2026-11-22',
    events: {
      probleemanalyse: '2025-03-03',
      'plan-van-aanpak': '2025-03-14',
      'ziekmelding-uwv': '2025-11-10',
      eerstejaarsevaluatie: '2026-01-12',
      'spoor-2-start': '2026-02-16',
    },
  },
  { locale: 'nl' },
);

const STATUS_NL: Record<string, string> = {
  done: 'gedaan', 'done-late': 'te laat gedaan', open: 'open', 'due-soon': 'binnenkort',
  overdue: 'te laat', upcoming: 'komt nog', passed: 'verstreken',
};
const weekday = (iso: string): string =>
  ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'][(new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7]!;

const s = timeline.samentelling;
console.log('poortwachter — tijdlijn Wet verbetering poortwachter');
console.log(`Eerste ziektedag: ${timeline.firstSickDay}   Vandaag: ${timeline.asOf}   Ziekteweek: ${timeline.weekAsOf}`);
console.log(`Samentelling: ${s.explanation.nl}`);
console.log(`Regelset: ${timeline.ruleSet.id} (${timeline.ruleSet.source})`);
console.log('');
const rows = timeline.milestones.map((m) => [
  `${weekday(m.due)} ${m.due}`, String(m.week), m.label, STATUS_NL[m.status ?? ''] ?? '', m.legalBasis.map((r) => r.id).join('; '),
]);
const head = ['Uiterste datum', 'Week', 'Stap', 'Status', 'Wettelijke grondslag'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
console.log(line(head));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
console.log('');
console.log('Evaluaties (praktijknorm: ten minste elke zes weken):');
console.log(timeline.evaluations.slice(0, 6).map((e) => `  ${e.sequence}. uiterlijk ${e.due} — ${STATUS_NL[e.status ?? ''] ?? ''}`).join('\n'));
console.log('');
console.log('Hoe is de WIA-aanvraag berekend?');
console.log(`  ${timeline.milestones.find((m) => m.id === 'wia-aanvraag')?.explanation.text.nl}`);
for (const n of timeline.notices) console.log(`Let op: ${n.nl}`);
console.log('\nGeen juridisch advies; zie README voor de gekozen lezingen van de wet.');

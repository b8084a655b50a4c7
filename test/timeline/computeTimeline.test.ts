import { describe, expect, it } from 'vitest';
import { computeTimeline, safeComputeTimeline, PoortwachterError, type Milestone, type Timeline } from '../../src/index.js';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { CONTRACT_OFFSETS, UNINTERRUPTED_SCENARIOS } from '../scenarios/timelineScenarios.js';

const due = (t: Timeline, id: string): string | undefined => t.milestones.find((m) => m.id === id)?.due;
const ms = (t: Timeline, id: string): Milestone => {
  const m = t.milestones.find((x) => x.id === id);
  if (m === undefined) throw new Error(`no milestone ${id}`);
  return m;
};
const plus = (d: string, n: number): string => fromDayNumber(toDayNumber(d) + n);

describe('computeTimeline — uninterrupted cases (scenario table, wvp-rules.md §8.2)', () => {
  for (const s of UNINTERRUPTED_SCENARIOS) {
    it(s.name, () => {
      const t = computeTimeline({ firstSickDay: s.firstSickDay });
      expect(t.firstSickDay).toBe(s.firstSickDay);
      expect(Object.fromEntries(t.milestones.map((m) => [m.id, m.due]))).toEqual(s.expected);
    });
  }
  it('every contract milestone has the contract offset, a week, a legal basis and labels in both languages', () => {
    const t = computeTimeline({ firstSickDay: '2025-06-02' });
    for (const [id, offset] of Object.entries(CONTRACT_OFFSETS)) {
      const m = ms(t, id);
      expect(m.due, id).toBe(plus('2025-06-02', offset));
      expect(m.legalBasis.length, id).toBeGreaterThan(0);
      for (const ref of m.legalBasis) expect(ref.url).toMatch(/^https:\/\//);
      expect(m.labels.nl.length).toBeGreaterThan(0);
      expect(m.labels.en.length).toBeGreaterThan(0);
      expect(m.label).toBe(m.labels.nl);
      expect(m.explanation.text.nl).toContain(m.due);
      expect(m.explanation.text.en).toContain(m.due);
    }
  });
  it('week numbers: end of week 6, first day after 42 weeks in week 43, end of week 93, last day of week 104', () => {
    const t = computeTimeline({ firstSickDay: '2025-06-02' });
    expect(ms(t, 'probleemanalyse').week).toBe(6);
    expect(ms(t, 'plan-van-aanpak').week).toBe(8);
    expect(ms(t, 'ziekmelding-uwv').week).toBe(43);
    expect(ms(t, 'eerstejaarsevaluatie').week).toBe(52);
    expect(ms(t, 'wia-brief-uwv').week).toBe(89);
    expect(ms(t, 're-integratieverslag').week).toBe(91);
    expect(ms(t, 'wia-aanvraag').week).toBe(93);
    expect(ms(t, 'einde-wachttijd').week).toBe(104);
  });
  it('milestones are sorted by due date', () => {
    const t = computeTimeline({ firstSickDay: '2025-06-02' });
    const dates = t.milestones.map((m) => m.due);
    expect(dates).toEqual([...dates].sort());
  });
  it('English labels with locale en', () => {
    const t = computeTimeline({ firstSickDay: '2025-06-02' }, { locale: 'en' });
    expect(ms(t, 'wia-aanvraag').label).toBe('WIA application');
  });
  it('windows: eerstejaarsevaluatie from week 46, vervroegde IVA after three weeks', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01' });
    expect(ms(t, 'eerstejaarsevaluatie').windowFrom).toBe('2024-11-11');
    expect(ms(t, 'vervroegde-iva-uiterlijk').windowFrom).toBe('2024-01-22');
  });
  it('norm kinds: spoor 2 is a practice norm, the 42-week melding statutory', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01' });
    expect(ms(t, 'spoor-2-start').normKind).toBe('practice');
    expect(ms(t, 'ziekmelding-uwv').normKind).toBe('statutory');
    expect(ms(t, 'probleemanalyse').normKind).toBe('regulation');
  });
});

describe('computeTimeline — conventions', () => {
  it('42-week melding: statutory D+294 even on a Saturday; UWV practice moves it to the first working day', () => {
    const t = computeTimeline({ firstSickDay: '2025-03-15' });
    expect(due(t, 'ziekmelding-uwv')).toBe('2026-01-03');
    const u = computeTimeline({ firstSickDay: '2025-03-15' }, { ziekmeldingConvention: 'uwv-first-working-day' });
    expect(due(u, 'ziekmelding-uwv')).toBe('2026-01-05');
    expect(ms(u, 'ziekmelding-uwv').explanation.convention).toBe('uwv-first-working-day');
  });
  it('UWV practice also skips Atw holidays (D+294 = Easter Monday 2026-04-06 → 2026-04-07)', () => {
    const d = plus('2026-04-06', -294);
    const u = computeTimeline({ firstSickDay: d }, { ziekmeldingConvention: 'uwv-first-working-day' });
    expect(due(u, 'ziekmelding-uwv')).toBe('2026-04-07');
  });
  it('probleemanalyse: end of week 6 (D+41) by default, D+42 on the literal reading', () => {
    expect(due(computeTimeline({ firstSickDay: '2024-01-01' }, { probleemanalyseConvention: 'six-weeks-after' }), 'probleemanalyse')).toBe('2024-02-12');
  });
});

describe('computeTimeline — samentelling', () => {
  it('a gap of g < 28 days shifts every later "day k" deadline by g', () => {
    const t = computeTimeline({ sickPeriods: [{ from: '2024-01-01', to: '2024-01-10' }, { from: '2024-02-01' }] });
    expect(t.firstSickDay).toBe('2024-01-01');
    expect(due(t, 'probleemanalyse')).toBe('2024-03-03');
    expect(due(t, 'wia-aanvraag')).toBe('2025-11-02');
    expect(due(t, 'einde-wachttijd')).toBe('2026-01-18');
    expect(ms(t, 'einde-wachttijd').explanation.gapDaysAdded).toBe(21);
  });
  it('a deadline that falls inside a gap is the next counted sick day', () => {
    // 41 counted days are reached on 2024-02-10; the employee recovered from 2024-02-11 to 2024-02-20.
    const t = computeTimeline({ sickPeriods: [{ from: '2024-01-01', to: '2024-02-10' }, { from: '2024-02-21' }] });
    expect(due(t, 'probleemanalyse')).toBe('2024-02-21');
  });
  it('a gap of 28 days or more: the timeline is that of the latest wachttijd', () => {
    const t = computeTimeline({ sickPeriods: [{ from: '2024-01-01', to: '2024-01-10' }, { from: '2024-02-08' }] });
    expect(t.firstSickDay).toBe('2024-02-08');
    expect(t.samentelling.earlierWachttijden.length).toBe(1);
  });
  it('work pattern moves a Sunday sick report to Monday (WIA 23 lid 2); without it a notice is given', () => {
    const moved = computeTimeline({ firstSickDay: '2025-03-16', workPattern: [1, 2, 3, 4, 5] });
    expect(moved.firstSickDay).toBe('2025-03-17');
    expect(due(moved, 'probleemanalyse')).toBe('2025-04-27');
    const kept = computeTimeline({ firstSickDay: '2025-03-16' });
    expect(kept.firstSickDay).toBe('2025-03-16');
    expect(kept.notices.some((n) => n.en.includes('workPattern'))).toBe(true);
    const sunday = computeTimeline({ firstSickDay: '2025-03-16', workPattern: [1, 2, 3, 4, 5, 6, 7] });
    expect(sunday.firstSickDay).toBe('2025-03-16');
  });
  it('a closed last period: a notice says the dates assume continued sickness, or that the wachttijd ended', () => {
    const t = computeTimeline({ sickPeriods: [{ from: '2024-01-01', to: '2024-03-01' }], asOf: '2024-03-10' });
    expect(t.notices.some((n) => n.en.includes('assume continued sickness'))).toBe(true);
    const ended = computeTimeline({ sickPeriods: [{ from: '2024-01-01', to: '2024-03-01' }], asOf: '2024-03-29' });
    expect(ended.notices.some((n) => n.en.includes('this wachttijd has ended'))).toBe(true);
    const notYet = computeTimeline({ sickPeriods: [{ from: '2024-01-01', to: '2024-03-01' }], asOf: '2024-03-28' });
    expect(notYet.notices.some((n) => n.en.includes('this wachttijd has ended'))).toBe(false);
  });
  it('WAZO leave is not counted: the wachttijd runs on after the leave', () => {
    const t = computeTimeline({ sickPeriods: [{ from: '2025-01-06' }], wazoLeave: [{ from: '2025-03-01', to: '2025-06-20' }] });
    expect(due(t, 'einde-wachttijd')).toBe(plus('2025-01-06', 727 + 112));
  });
});

describe('computeTimeline — events move what depends on them', () => {
  it('an earlier probleemanalyse sets the plan van aanpak to 14 days after it', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', events: { probleemanalyse: '2024-01-20' } });
    expect(due(t, 'plan-van-aanpak')).toBe('2024-02-03');
    expect(ms(t, 'plan-van-aanpak').explanation.eventUsed).toBe('probleemanalyse');
    expect(ms(t, 'probleemanalyse').done).toBe('2024-01-20');
  });
  it('a late probleemanalyse does not postpone the plan van aanpak beyond week 8', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', events: { probleemanalyse: '2024-02-20' } });
    expect(due(t, 'plan-van-aanpak')).toBe('2024-02-25');
  });
  it('an early eerstejaarsevaluatie sets spoor 2 to 42 days after it; a late one does not postpone it', () => {
    const early = computeTimeline({ firstSickDay: '2024-01-01', events: { eerstejaarsevaluatie: '2024-11-20' } });
    expect(due(early, 'spoor-2-start')).toBe('2025-01-01');
    const late = computeTimeline({ firstSickDay: '2024-01-01', events: { eerstejaarsevaluatie: '2025-01-20' } });
    expect(due(late, 'spoor-2-start')).toBe('2025-02-09');
    expect(ms(late, 'spoor-2-start').explanation.text.en).toContain('held late');
  });
  it('events may be a list of { id, date }; evaluatie entries form the series; a repeated id is an issue at its index', () => {
    const list = computeTimeline({ firstSickDay: '2024-01-01', events: [
      { id: 'probleemanalyse', date: '2024-01-20' }, { id: 'evaluatie', date: '2024-03-10' }, { id: 'evaluatie', date: '2024-04-20' },
    ] });
    const obj = computeTimeline({ firstSickDay: '2024-01-01', events: { probleemanalyse: '2024-01-20', evaluaties: ['2024-03-10', '2024-04-20'] } });
    expect(list.milestones.map((m) => [m.id, m.due, m.done])).toEqual(obj.milestones.map((m) => [m.id, m.due, m.done]));
    expect(list.evaluations.map((e) => e.done)).toEqual(obj.evaluations.map((e) => e.done));
    const r = safeComputeTimeline({ firstSickDay: '2024-01-01', events: [{ id: 'probleemanalyse', date: '2024-01-20' }, { id: 'probleemanalyse', date: '2024-01-22' }] });
    expect(r.success ? [] : r.issues).toContainEqual(expect.objectContaining({ path: ['events', 1, 'id'], code: 'invalid_value' }));
    const bad = safeComputeTimeline({ firstSickDay: '2024-01-01', events: [{ id: 'probleemanalyse', date: '2024-02-30' }] });
    expect(bad.success ? [] : bad.issues).toContainEqual(expect.objectContaining({ path: ['events', 'probleemanalyse'], code: 'invalid_date' }));
  });
  it('camelCase aliases are accepted', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', events: { planVanAanpak: '2024-02-10' } });
    expect(ms(t, 'plan-van-aanpak').done).toBe('2024-02-10');
  });
  it('the eerstejaarsevaluatie counts as an evaluation: the six-week chain runs on from it', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', events: { eerstejaarsevaluatie: '2024-12-20' } });
    const held = t.evaluations.find((e) => e.done === '2024-12-20');
    expect(held).toBeDefined();
    expect(t.evaluations[held!.sequence]?.due).toBe('2025-01-31');
  });
  it('periodic evaluations every six weeks from the plan van aanpak, labelled as practice', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', events: { 'plan-van-aanpak': '2024-02-20', evaluaties: ['2024-04-10'] } });
    expect(t.evaluations[0]).toMatchObject({ sequence: 1, due: '2024-04-02', done: '2024-04-10', normKind: 'practice' });
    expect(t.evaluations[1]?.due).toBe('2024-05-22');
    expect(t.evaluations.at(-1)!.due <= due(t, 'wia-aanvraag')!).toBe(true);
  });
});

describe('computeTimeline — status on asOf', () => {
  const t = computeTimeline({
    firstSickDay: '2024-01-01',
    asOf: '2024-10-14',
    events: { probleemanalyse: '2024-02-01', 'plan-van-aanpak': '2024-02-20' },
  });
  it.each([
    ['probleemanalyse', 'done'],
    ['plan-van-aanpak', 'done-late'],
    ['ziekmelding-uwv', 'due-soon'],
    ['eerstejaarsevaluatie', 'open'],
    ['einde-wachttijd', 'upcoming'],
  ])('%s → %s', (id, status) => expect(ms(t, id).status).toBe(status));
  it('overdue and passed', () => {
    const later = computeTimeline({ firstSickDay: '2024-01-01', asOf: '2025-06-01' });
    expect(ms(later, 'ziekmelding-uwv').status).toBe('overdue');
    expect(ms(later, 'vervroegde-iva-uiterlijk').status).toBe('passed');
    expect(later.weekAsOf).toBe(74);
  });
  it('no status without asOf', () => {
    expect(computeTimeline({ firstSickDay: '2024-01-01' }).milestones.every((m) => m.status === null)).toBe(true);
  });
});

describe('computeTimeline — rule sets by date in force (Verzamelwet SZW 2013)', () => {
  it('before the change: WIA-aanvraag in week 91, UWV letter in week 87', () => {
    const t = computeTimeline({ firstSickDay: '2011-01-03' });
    expect(t.ruleSet.id).toBe('wvp-2004-01-01');
    expect(due(t, 'wia-aanvraag')).toBe(plus('2011-01-03', 636));
    expect(due(t, 'wia-brief-uwv')).toBe(plus('2011-01-03', 608));
    expect(ms(t, 'wia-aanvraag').week).toBe(91);
  });
  it('after: week 93 and week 89', () => {
    const t = computeTimeline({ firstSickDay: '2012-01-02' });
    expect(t.ruleSet.id).toBe('verzamelwet-szw-2013-07-01');
    expect(due(t, 'wia-aanvraag')).toBe('2013-10-13');
    expect(due(t, 'wia-brief-uwv')).toBe('2013-09-15');
  });
  it('a samentelling gap can move a case into the 2013 rule set (its old deadline moves past 2013-07-01)', () => {
    const d = plus('2013-07-01', -636 - 5); // old deadline 5 days before the change without a gap
    expect(computeTimeline({ firstSickDay: d }).ruleSet.id).toBe('wvp-2004-01-01');
    const withGap = computeTimeline({ sickPeriods: [{ from: d, to: plus(d, 9) }, { from: plus(d, 22) }] });
    expect(withGap.ruleSet.id).toBe('verzamelwet-szw-2013-07-01');
    expect(due(withGap, 'wia-aanvraag')).toBe(plus(d, 650 + 12));
  });
  it('transition: the new rule applies when the old week-91 deadline falls on or after 2013-07-01', () => {
    const boundary = plus('2013-07-01', -636);
    expect(computeTimeline({ firstSickDay: boundary }).ruleSet.id).toBe('verzamelwet-szw-2013-07-01');
    expect(computeTimeline({ firstSickDay: plus(boundary, -1) }).ruleSet.id).toBe('wvp-2004-01-01');
  });
});

describe('computeTimeline — AOW age (BW 7:629 lid 2 b, WIA 43 g)', () => {
  it('at or past AOW age (sick from 2023-07-01): six weeks of wage, no WIA milestones', () => {
    const t = computeTimeline({ firstSickDay: '2024-03-04', aowDate: '2023-09-01' });
    expect(t.aow).toMatchObject({ wageWeeks: 6, wageLastDay: '2024-04-14', wiaPossible: false });
    expect(t.milestones.map((m) => m.id)).toEqual(['probleemanalyse', 'einde-loondoorbetaling', 'plan-van-aanpak']);
    expect(t.wachttijdLastDay).toBeNull();
  });
  it('sick before 1 July 2023: 13 weeks under the transitional rule', () => {
    const t = computeTimeline({ firstSickDay: '2022-03-07', aowDate: '2021-01-01' });
    expect(t.aow).toMatchObject({ wageWeeks: 13, wageLastDay: plus('2022-03-07', 90) });
  });
  it('reaching AOW age during sickness: the weeks run from the AOW date', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', aowDate: '2024-09-01' });
    expect(t.aow?.wageLastDay).toBe(plus('2024-09-01', 41));
    expect(due(t, 'wia-aanvraag')).toBeUndefined();
    expect(due(t, 'eerstejaarsevaluatie')).toBeUndefined();
    expect(due(t, 'einde-loondoorbetaling')).toBe('2024-10-12');
  });
  it('AOW reached after the 42-week melding was due: the melding stays (ZW 38 lid 1 has no AOW exception)', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', aowDate: plus('2024-01-01', 500) });
    expect(due(t, 'ziekmelding-uwv')).toBe(plus('2024-01-01', 294));
    expect(due(t, 'wia-aanvraag')).toBeUndefined();
    const before = computeTimeline({ firstSickDay: '2024-01-01', aowDate: plus('2024-01-01', 200) });
    expect(due(before, 'ziekmelding-uwv')).toBeUndefined();
  });
  it('AOW after the wachttijd: the ordinary timeline with a notice', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01', aowDate: '2027-01-01' });
    expect(t.aow).toBeNull();
    expect(due(t, 'einde-wachttijd')).toBe('2025-12-28');
    expect(t.notices.some((n) => n.en.includes('AOW'))).toBe(true);
  });
});

describe('computeTimeline — invalid input', () => {
  const issues = (input: unknown, options?: unknown) => {
    const r = safeComputeTimeline(input as never, options as never);
    if (r.success) throw new Error('expected failure');
    return r.issues;
  };
  it.each([
    [{ firstSickDay: '2023-02-29' }, ['firstSickDay'], 'invalid_date'],
    [{}, ['firstSickDay'], 'missing'],
    [{ firstSickDay: '2024-01-01', sickPeriods: [{ from: '2024-01-01' }] }, ['sickPeriods'], 'invalid_value'],
    [{ sickPeriods: [{ from: '2024-02-01', to: '2024-01-01' }] }, ['sickPeriods', 0, 'to'], 'end_before_start'],
    [{ sickPeriods: [{ from: '2024-01-01', to: '2024-01-10' }, { from: '2024-01-05' }] }, ['sickPeriods', 1], 'overlap'],
    [{ firstSickDay: '2024-01-01', asOf: '2024-02-01', events: { probleemanalyse: '2024-03-01' } }, ['events', 'probleemanalyse'], 'inconsistent'],
    [{ firstSickDay: '2024-01-01', events: { probleemanalyse: '2023-12-01' } }, ['events', 'probleemanalyse'], 'inconsistent'],
    [{ firstSickDay: '2024-01-01', events: { probleemanalyze: '2024-01-20' } }, ['events', 'probleemanalyze'], 'unrecognized_key'],
    [{ firstSickDay: '2024-01-01', locale: 'en' }, ['locale'], 'unrecognized_key'],
    [{ firstSickDay: '2003-12-31' }, ['firstSickDay'], 'out_of_scope'],
    [{ firstSickDay: '2024-01-01', workPattern: [] }, ['workPattern'], 'invalid_value'],
    [{ firstSickDay: 20240101 }, ['firstSickDay'], 'invalid_type'],
  ])('%j → %j %s', (input, path, code) => {
    expect(issues(input)).toContainEqual(expect.objectContaining({ path, code }));
  });
  it('an unknown option', () => {
    expect(issues({ firstSickDay: '2024-01-01' }, { locale: 'de' })[0]).toMatchObject({ path: ['options', 'locale'], code: 'invalid_value' });
    expect(issues({ firstSickDay: '2024-01-01' }, { strict: true })[0]).toMatchObject({ path: ['options', 'strict'], code: 'unrecognized_key' });
  });
  it('throws PoortwachterError with a message naming field and problem', () => {
    expect(() => computeTimeline({ firstSickDay: '2023-02-29' })).toThrow(PoortwachterError);
    expect(() => computeTimeline({ firstSickDay: '2023-02-29' })).toThrow(/computeTimeline: invalid input — firstSickDay: not a valid 'YYYY-MM-DD' date/);
  });
  it('null, undefined and strings as input are rejected with the error class', () => {
    expect(() => computeTimeline(null as never)).toThrow(PoortwachterError);
    expect(() => computeTimeline(undefined as never)).toThrow(PoortwachterError);
    expect(() => computeTimeline('2024-01-01' as never)).toThrow(PoortwachterError);
  });
});

describe('computeTimeline — serialisation', () => {
  it('JSON output keeps the lazily built explanation texts', () => {
    const t = computeTimeline({ firstSickDay: '2024-01-01' });
    const json = JSON.parse(JSON.stringify(t)) as Timeline;
    expect(json.milestones[0]?.explanation.text.nl).toContain('2024-02-11');
    expect(json.evaluations[0]?.explanation.en).toContain('Practice norm');
    expect(json.milestones[0]?.explanation.countedSickDay).toBe(42);
  });
});

describe('input errors — odd values', () => {
  it('NaN and Infinity are named as non-finite numbers', () => {
    const r = safeComputeTimeline({ firstSickDay: '2024-01-01' }, { dueSoonDays: Number.POSITIVE_INFINITY });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]).toMatchObject({ path: ['options', 'dueSoonDays'], message: 'expected a finite number, got Infinity' });
  });
});

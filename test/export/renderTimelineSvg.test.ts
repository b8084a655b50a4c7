import { describe, expect, it } from 'vitest';
import { computeTimeline, PoortwachterError, renderTimelineSvg } from '../../src/index.js';
import type { Milestone, Timeline } from '../../src/timeline/types.js';

import { parseSvg, titleOf, type Node } from '../helpers/svg.js';

describe('renderTimelineSvg', () => {
  const t = computeTimeline({ firstSickDay: '2024-01-01', asOf: '2024-03-01', events: { probleemanalyse: '2024-02-01' } });

  it('is well-formed SVG with role="img", aria-labelledby pointing at its <title> and <desc>', () => {
    const { root } = parseSvg(renderTimelineSvg(t));
    expect(root['@xmlns']).toBe('http://www.w3.org/2000/svg');
    expect(root['@role']).toBe('img');
    expect(root['@aria-labelledby']).toBe('poortwachter-title poortwachter-desc');
    expect(titleOf(root)).toBe('Poortwachter-tijdlijn (dag 1: 2024-01-01)');
    expect((root['desc'] as Node)['@id']).toBe('poortwachter-desc');
    expect(String((root['desc'] as Node)['#text'])).toContain('Status per stap op 2024-03-01.');
  });

  it('one mark per milestone, in order, each with label, date, status word and legal basis in its <title>', () => {
    const { marks } = parseSvg(renderTimelineSvg(t, { locale: 'en' }));
    expect(marks).toHaveLength(t.milestones.length);
    marks.forEach((mark, i) => {
      const m = t.milestones[i]!;
      expect(mark['@data-id']).toBe(m.id);
      expect(mark['@data-status']).toBe(m.status);
      expect(titleOf(mark)).toContain(`${m.labels.en} — ${m.due} (`);
      expect(titleOf(mark)).toContain(m.legalBasis[0]!.id);
    });
    const pa = marks.find((x) => x['@data-id'] === 'probleemanalyse')!;
    expect(titleOf(pa)).toBe(`${t.milestones[0]!.labels.en} — 2024-02-11 (done). Legal basis: Regeling procesgang art 2 lid 2`);
    const wia = marks.find((x) => x['@data-id'] === 'wia-aanvraag')!;
    expect(titleOf(wia)).toMatch(/^WIA application — 2025-10-12 \(open\)/);
  });

  it('shows status by a glyph in the text, not by colour alone', () => {
    const { marks } = parseSvg(renderTimelineSvg(t, { locale: 'en' }));
    const text = (id: string): string => String(((marks.find((x) => x['@data-id'] === id)!['text'] as Node[])[0]!)['#text']);
    expect(text('probleemanalyse').startsWith('✓ ')).toBe(true);
    expect(text('wia-aanvraag').startsWith('○ ')).toBe(true);
    expect(text('einde-wachttijd').startsWith('◇ ')).toBe(true);
  });

  it("draws today's line on asOf, and none without asOf", () => {
    const svg = renderTimelineSvg(t);
    expect(svg).toContain('class="as-of"');
    expect(svg).toContain('Peildatum 2024-03-01');
    const noAsOf = renderTimelineSvg(computeTimeline({ firstSickDay: '2024-01-01' }), { locale: 'en' });
    expect(noAsOf).not.toContain('class="as-of"');
    expect(noAsOf).toContain('No reference date: no status per step.');
    expect(parseSvg(noAsOf).marks.every((m) => m['@data-status'] === 'none')).toBe(true);
  });

  it('gaps of the samentelling and WAZO leave are drawn as such, with their dates', () => {
    const g = computeTimeline({
      sickPeriods: [{ from: '2024-01-01', to: '2024-01-20' }, { from: '2024-02-01', to: '2024-03-31' }, { from: '2024-04-05' }],
      wazoLeave: [{ from: '2024-01-21', to: '2024-01-31' }],
    });
    const svg = renderTimelineSvg(g, { locale: 'en' });
    parseSvg(svg);
    expect(svg).toContain('<rect class="leave"');
    expect(svg).toContain('WAZO leave 2024-01-21 to 2024-01-31: 11 days, not counted');
    expect(svg).toContain('<rect class="gap"');
    expect(svg).toContain('Gap 2024-04-01 to 2024-04-04: 4 days recovered, not counted (samentelling)');
  });

  it('draws the extension beyond the 104 weeks for a loonsanctie, up to the end of wage payment', () => {
    const s = computeTimeline({ firstSickDay: '2024-01-01', asOf: '2026-01-15', events: { loonsanctie: '2025-12-01' } });
    const svg = renderTimelineSvg(s, { locale: 'en' });
    expect(parseSvg(svg).marks).toHaveLength(s.milestones.length);
    expect(svg).toContain('104-week waiting period: 2024-01-01 – 2025-12-28');
    expect(svg).toContain('<rect class="extension"');
    expect(svg).toContain('until 2026-12-12');
    expect(renderTimelineSvg(t)).not.toContain('class="extension"');
  });

  it("treats a 'lapsed' milestone as no longer applying: status word and glyph", () => {
    const lapsed: Timeline = { ...t, milestones: t.milestones.map((m) => (m.id === 'spoor-2-start' ? { ...m, status: 'lapsed' } as unknown as Milestone : m)) };
    const { marks } = parseSvg(renderTimelineSvg(lapsed, { locale: 'en' }));
    const mark = marks.find((x) => x['@data-id'] === 'spoor-2-start')!;
    expect(mark['@data-status']).toBe('lapsed');
    expect(titleOf(mark)).toContain('(lapsed)');
  });

  it('is deterministic, ids come from idPrefix, and texts are escaped', () => {
    expect(renderTimelineSvg(t)).toBe(renderTimelineSvg(t));
    const svg = renderTimelineSvg(t, { idPrefix: 'case7' });
    expect(svg).toContain('aria-labelledby="case7-title case7-desc"');
    expect(svg).toContain('<pattern id="case7-hatch"');
    const nasty: Timeline = { ...t, notices: [{ nl: 'a <b> & "c" \u0001', en: 'x' }], milestones: t.milestones.map((m, i) => (i === 0 ? { ...m, labels: { nl: '<script>&', en: 'e' } } : m)) };
    const out = renderTimelineSvg(nasty);
    parseSvg(out);
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;&amp;');
  });

  it('rejects invalid options and non-timelines with PoortwachterError naming the field', () => {
    expect(() => renderTimelineSvg(t, { locale: 'de' } as never)).toThrow(/options\.locale/);
    expect(() => renderTimelineSvg(t, { width: 10 })).toThrow(/options\.width/);
    expect(() => renderTimelineSvg(t, { idPrefix: '1 x' })).toThrow(/options\.idPrefix/);
    expect(() => renderTimelineSvg({} as Timeline)).toThrow(/timeline\.firstSickDay/);
    expect(() => renderTimelineSvg({ ...t, wachttijdLastDay: '2025-13-01' })).toThrow(/timeline\.wachttijdLastDay/);
    const badGap = { ...t, samentelling: { ...t.samentelling, gaps: [{ from: '2024-02-01', to: '2024-01-01', days: 1, leaveDays: 0, recoveredDays: 1 }] } };
    expect(() => renderTimelineSvg(badGap)).toThrow(PoortwachterError);
    expect(() => renderTimelineSvg(badGap)).toThrow(/timeline\.samentelling\.gaps\[0\]\.to/);
  });
});

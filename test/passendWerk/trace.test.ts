import { describe, expect, it } from 'vitest';
import { checkPassendWerk } from '../../src/passendWerk/index.js';
import { renderMessage, renderStep } from '../../src/passendWerk/renderStep.js';
import { AFTER_HALF_YEAR, FIRST_HALF_YEAR, SECOND_YEAR, input } from './fixtures.js';

const step = (r: ReturnType<typeof checkPassendWerk>, rule: string) => r.trace.find((s) => s.rule === rule)!;

describe('checkPassendWerk trace: the rules applied, with their articles', () => {
  it('travel of 150 minutes a day in the first half year: reistijd not met (Besluit passende arbeid art 4 lid 1 sub c, by analogy), so not passend (BW 7:658a lid 4)', () => {
    const r = checkPassendWerk(input(FIRST_HALF_YEAR, { travelMinutesPerDay: 150 }));
    expect(step(r, 'passendWerk.criterion.reistijd')).toEqual({
      rule: 'passendWerk.criterion.reistijd', refs: ['BPA_4_1C'], outcome: 'not-met',
      inputs: { phase: 'eerste-halfjaar', 'offer.travelMinutesPerDay': 150 },
      outputs: { reason: 'reistijd-boven-norm', observed: 150 }, missingFacts: [],
      message: 'reistijd-boven-norm', params: { minutes: 150, norm: 120 },
    });
    expect(step(r, 'passendWerk.criterion.reistijd.role').outputs).toEqual({
      knockOut: true, normSource: 'analogy', norm: { parameter: 'maximale-reistijd-eerste-halfjaar', value: 120 },
    });
    const verdict = step(r, 'passendWerk.verdict');
    expect([verdict.outcome, verdict.refs, verdict.params]).toEqual(['not-met', ['BW_658A_4', 'BW_658A_1'], { criteria: ['reistijd'] }]);
    expect(r.explanation.en).toBe(renderStep(verdict).en);
    expect(r.explanation.en).toBe('Not passend: travel time not met.');
  });

  it('a wage of 66.7% after the first half year is a point to weigh, not a knock-out (BBP §8: hoe langer, hoe ruimer)', () => {
    const r = checkPassendWerk(input(AFTER_HALF_YEAR, { wage: 2000 }));
    expect(r.verdict).toBe('passend');
    const loon = step(r, 'passendWerk.criterion.loon');
    expect([loon.outcome, loon.params]).toEqual(['not-met', { ratio: 2000 / 3000, minRatio: 0.7 }]);
    const weighing = step(r, 'passendWerk.weighing');
    expect([weighing.refs, weighing.params]).toEqual([['BBP_8'], { criteria: ['loon'] }]);
    expect(renderStep(loon).nl).toBe('Het loon is 66,7% van het oude loon, minder dan 70%.');
  });

  it('in the second year the bevredigend resultaat is a step of its own (BBP §3, 65% branch)', () => {
    const r = checkPassendWerk({ ...input(SECOND_YEAR, { wage: 2000, matchesRemainingCapacity: false }), matchingWorkAchievable: false });
    const br = step(r, 'passendWerk.bevredigend-resultaat');
    expect([br.outcome, br.refs, br.outputs]).toEqual([
      'met', ['BBP_3', 'RPE_4_2B', 'WIA_65'], { branch: 'loonwaarde-ten-minste-65-procent', wageRatio: 2000 / 3000 },
    ]);
    expect(r.bevredigendResultaat!.explanation).toEqual(renderStep(br));
  });

  it('a missing fact shows in the step that needed it, and from there in the result', () => {
    const r = checkPassendWerk(input(FIRST_HALF_YEAR, { withinFunctionalCapacity: undefined }));
    expect(step(r, 'passendWerk.criterion.functionele-mogelijkheden').missingFacts).toEqual(['offer.withinFunctionalCapacity']);
    expect(step(r, 'passendWerk.verdict').missingFacts).toEqual(['offer.withinFunctionalCapacity']);
    expect(r.missingFacts).toEqual(['offer.withinFunctionalCapacity']);
    expect(r.refusal.missingFacts).toEqual(['offer.withinFunctionalCapacity']);
  });
});

describe('renderStep', () => {
  it('renders the TSDoc example', () => {
    expect(renderStep({
      rule: 'passendWerk.criterion.reistijd', refs: ['BPA_4_1C'], outcome: 'not-met', inputs: {}, outputs: {},
      missingFacts: [], message: 'reistijd-boven-norm', params: { minutes: 150, norm: 120 },
    }).en).toBe('Travel takes 150 minutes a day, more than 120 minutes.');
  });

  it('renders a single id where a list is expected, and nested messages', () => {
    expect(renderMessage({ message: 'knock-out-niet-voldaan', params: { criteria: 'loon' } }).nl).toBe('Niet passend: niet voldaan aan loon.');
    expect(renderMessage({ message: 'weigeren-onbekend', params: { what: ['offer.conflictsWithCao'] } }).en)
      .toBe('Cannot say whether the employee may refuse: offer.conflictsWithCao.');
  });

  it('refuses a key that is not in the catalogue', () => {
    expect(() => renderMessage({ message: 'no-such-message', params: {} })).toThrow(/unknown message key/);
  });
});

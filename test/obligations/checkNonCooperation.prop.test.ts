import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { checkNonCooperation } from '../../src/obligations/checkNonCooperation.js';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import type { FactInput, NonCooperationKind } from '../../src/obligations/types.js';

const KINDS: NonCooperationKind[] = ['controlevoorschriften', 'passend-werk-weigeren', 'plan-van-aanpak-weigeren', 'bedrijfsarts-niet-bezoeken', 'niet-solliciteren', 'scholing-weigeren', 'herstel-belemmeren', 'wia-aanvraag-te-laat', 'ziekte-door-opzet-of-valse-keuring'];
const tri = fc.constantFrom<FactInput | undefined>(true, false, 'yes', 'no', 'unknown', 'onbekend', undefined);

test.prop([
  fc.constantFrom(...KINDS), fc.integer({ min: toDayNumber('2016-01-01'), max: toDayNumber('2027-12-31') }), fc.nat(200), fc.nat(10),
  tri, tri, tri, tri, tri,
])('every measure has a legal basis; "yes" only when every condition is met; unknown facts are listed', (kind, since, span, notifyDelay, grond, rules, passend, able, aimed) => {
  const opt = <K extends string, V>(k: K, v: V | undefined) => (v === undefined ? {} : { [k]: v }) as Partial<Record<K, V>>;
  const r = checkNonCooperation({
    kind, since: fromDayNumber(since), asOf: fromDayNumber(since + span),
    ...opt('deugdelijkeGrond', grond), ...opt('controlRulesInWriting', rules), ...opt('workIsPassend', passend), ...opt('ableToWork', able), ...opt('aimedAtPassendeArbeid', aimed),
    employerActions: { notifiedOn: fromDayNumber(since + Math.min(notifyDelay, span)) },
  });
  for (const m of r.measures) {
    expect(m.legalBasis.length).toBeGreaterThan(0);
    if (m.available === 'yes') expect(m.conditions.every((c) => c.status === 'met')).toBe(true);
    if (m.conditions.some((c) => c.status === 'unknown') && m.available !== 'no') expect(m.available).toBe('unknown');
  }
  // BW 7:629 lid 3 sub a and sub b (recovery hindered) have no "zonder deugdelijke grond"; every other loonstop ground has.
  if ((grond === 'unknown' || grond === 'onbekend') && kind !== 'herstel-belemmeren' && kind !== 'ziekte-door-opzet-of-valse-keuring' && r.measures.some((m) => m.id === 'loonstop' && m.conditions.length > 0)) expect(r.missingFacts).toContain('deugdelijkeGrond');
});

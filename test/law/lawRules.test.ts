import { describe, expect, it } from 'vitest';
import { datedNorm, normOn } from '../../src/law/datedNorm.js';
import { MILESTONE_RULES_TABLE, neverOverdue } from '../../src/law/milestoneRules.js';
import { AOW_WAGE_RULES, RULE_SETS, WACHTTIJD_WEEKS, selectRuleSet, wiaBriefWeekFor } from '../../src/law/ruleSets.js';
import { toDayNumber } from '../../src/calendar/dayNumber.js';

/**
 * The small functions and the numbers of src/law (issue 14, mutation testing), each checked against
 * the provision it encodes — not against the library's output.
 */

const T = toDayNumber('2013-07-01');

describe('selectRuleSet: Verzamelwet SZW 2013 (Stb. 2013, 236), no transitional provision for WIA art 64', () => {
  it('the 2013 rules apply when the old WIA-aanvraag deadline (13 weeks before the end, WIA 64 lid 3 old) is on or after 2013-07-01', () => {
    expect(selectRuleSet(T + 91, T).id).toBe('verzamelwet-szw-2013-07-01');
    expect(selectRuleSet(T + 92, T).id).toBe('verzamelwet-szw-2013-07-01');
  });
  it('the old rules apply when that deadline had passed before 2013-07-01', () => {
    expect(selectRuleSet(T + 90, T).id).toBe('wvp-2004-01-01');
    expect(selectRuleSet(T - 1000, T).id).toBe('wvp-2004-01-01');
  });
});

describe('wiaBriefWeekFor: WIA 64 lid 2, week 87 before and week 89 after the Verzamelwet SZW 2013', () => {
  const [old, y2013] = RULE_SETS as [typeof RULE_SETS[0], typeof RULE_SETS[0]];
  it('a letter whose week-87 day passed before 2013-07-01 stays due in week 87, even under the 2013 rule set', () => {
    expect(wiaBriefWeekFor(y2013, (w) => (w === 87 ? T - 1 : T + 100), T)).toBe(87);
  });
  it('a letter whose week-87 day is on or after 2013-07-01 is due in the rule set\'s week (89 under 2013, 87 before)', () => {
    expect(wiaBriefWeekFor(y2013, (w) => (w === 87 ? T : T - 100), T)).toBe(89);
    expect(wiaBriefWeekFor(y2013, () => T + 1, T)).toBe(89);
    expect(wiaBriefWeekFor(old, () => T + 1, T)).toBe(87);
  });
});

describe('the rule-set parameters are the statutory numbers', () => {
  it('both rule sets: WIA 23 lid 1 (104 weeks), Regeling procesgang (6 weeks, 2 weeks, week 52), ZW 38 lid 1 (42 weeks), WIA 25 lid 3 (13 weeks), WIA 23 lid 6', () => {
    expect(WACHTTIJD_WEEKS).toBe(104);
    for (const rs of RULE_SETS) {
      expect(rs.parameters).toMatchObject({
        wachttijdWeeks: 104, probleemanalyseWeeks: 6, planVanAanpakDaysAfterProbleemanalyse: 14, planVanAanpakWeeks: 8,
        evaluationIntervalDays: 42, ziekmeldingWeeks: 42, eerstejaarsevaluatieWeek: 52, eerstejaarsevaluatieWindowWeek: 46,
        spoor2DaysAfterEerstejaarsevaluatie: 42, spoor2PerspectiveMonths: 3, vervroegdeIvaFirstWeeks: 3, vervroegdeIvaLastWeek: 68,
        reIntegratieverslagWeeksBeforeEnd: 13,
      });
    }
  });
  it('WIA 64 lid 2, 3 and 6: weeks 87/13/79 before 2013-07-01, 89/11/81 after', () => {
    expect(RULE_SETS.map((r) => [r.id, r.validFrom, r.validTo])).toEqual([
      ['wvp-2004-01-01', '2004-01-01', '2013-06-30'], ['verzamelwet-szw-2013-07-01', '2013-07-01', null],
    ]);
    expect(RULE_SETS[0]!.parameters).toMatchObject({ wiaBriefWeek: 87, wiaAanvraagWeeksBeforeEnd: 13, ziekmeldingSafeHarbourWeek: 79 });
    expect(RULE_SETS[1]!.parameters).toMatchObject({ wiaBriefWeek: 89, wiaAanvraagWeeksBeforeEnd: 11, ziekmeldingSafeHarbourWeek: 81 });
  });
  it('BW 7:629 lid 2 b at AOW age: 13 weeks until 2023-06-30 (art VIIIa), 6 weeks from 2023-07-01', () => {
    expect(AOW_WAGE_RULES.map((r) => [r.validFrom, r.validTo, r.weeks])).toEqual([
      ['2016-01-01', '2023-06-30', 13], ['2023-07-01', null, 6],
    ]);
  });
});

describe('neverOverdue: only the employer\'s obligations become overdue', () => {
  it('UWV\'s steps (WIA 64 lid 2 letter, WIA 25 lid 10 beschikking) and the optional bezwaar (Awb 6:7) are never overdue', () => {
    expect(neverOverdue(MILESTONE_RULES_TABLE['wia-brief-uwv'])).toBe(true);
    expect(neverOverdue(MILESTONE_RULES_TABLE['loonsanctie-beschikking'])).toBe(true);
    expect(neverOverdue(MILESTONE_RULES_TABLE['bezwaar-loonsanctie'])).toBe(true);
    expect(MILESTONE_RULES_TABLE['bezwaar-loonsanctie'].optional).toBe(true);
  });
  it('the probleemanalyse (Regeling procesgang art 2), the ziekmelding (ZW 38 lid 1) and the WIA-aanvraag (WIA 64 lid 3) can be overdue', () => {
    expect(neverOverdue(MILESTONE_RULES_TABLE.probleemanalyse)).toBe(false);
    expect(neverOverdue(MILESTONE_RULES_TABLE['ziekmelding-uwv'])).toBe(false);
    expect(neverOverdue(MILESTONE_RULES_TABLE['wia-aanvraag'])).toBe(false);
    expect(MILESTONE_RULES_TABLE.probleemanalyse.optional).toBe(false);
  });
});

describe('normOn: a dated norm is in force from validFrom to validTo, both inclusive', () => {
  const a = datedNorm('x', 13, 'weeks', '2016-01-01', '2023-06-30', ['BW_629_2'], 'statutory', 's');
  const b = datedNorm('x', 6, 'weeks', '2023-07-01', null, ['BW_629_2'], 'statutory', 's', 'note');
  it('picks the norm in force on the first and last day, and none before the first', () => {
    expect(normOn([a, b], '2015-12-31')).toBeUndefined();
    expect(normOn([a, b], '2016-01-01')?.value).toBe(13);
    expect(normOn([a, b], '2023-06-30')?.value).toBe(13);
    expect(normOn([a, b], '2023-07-01')?.value).toBe(6);
    expect(normOn([a, b], '2999-12-31')?.value).toBe(6);
    expect(normOn([a], '2023-07-01')).toBeUndefined();
  });
  it('datedNorm keeps every field, frozen, and adds `note` only when given', () => {
    expect(a).toEqual({ id: 'x', value: 13, unit: 'weeks', validFrom: '2016-01-01', validTo: '2023-06-30', refs: ['BW_629_2'], normKind: 'statutory', source: 's' });
    expect('note' in a).toBe(false);
    expect(b.note).toBe('note');
    expect(Object.isFrozen(a) && Object.isFrozen(a.refs)).toBe(true);
  });
});

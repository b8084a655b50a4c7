import { test, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/addDays.js';
import { fromDayNumber, toDayNumber } from '../../src/calendar/dayNumber.js';
import { auditReIntegratieverslag } from '../../src/audit/index.js';
import { checkSpoor2Readiness } from '../../src/spoor2/index.js';
import { LATE_SPOOR2_SEVERITY, walkUwvReviewOrder } from '../../src/review/uwvReviewOrder.js';
import { timelyDossier } from '../audit/fixtures.js';

/**
 * One rule, one answer: UWV's order of review is walked once (src/review). The same case — a
 * complete, timely file whose only variable is when (or whether) spoor 2 started — gives the same
 * review steps, the same risk and the same severity for a late spoor 2 in checkSpoor2Readiness
 * and auditReIntegratieverslag.
 */
const AUDIT_AS_ANSWER = { ok: 'yes', risk: 'no', unknown: 'unknown', 'not-assessed': null, 'not-yet-assessable': null } as const;

function both(d1: string, asOfOffset: number, spoor2Offset: number | undefined) {
  const asOf = addDays(d1, asOfOffset);
  const started = spoor2Offset === undefined ? undefined : addDays(d1, spoor2Offset);
  const documents = timelyDossier(d1, asOf).filter((d) => d.type !== 'spoor-2-start');
  if (started !== undefined) documents.push({ type: 'spoor-2-start', date: started });
  const audit = auditReIntegratieverslag({ firstSickDay: d1, asOf, documents });
  const spoor2 = checkSpoor2Readiness({
    firstSickDay: d1, asOf, eerstejaarsevaluatie: { held: true, date: addDays(d1, 350) },
    bedrijfsarts: { capacityHoursPerWeek: 20 },
    arbeidsdeskundige: { ownWorkPossible: 'no', passendWerkOwnOrganisation: 'not-available' },
    activities: started === undefined ? {} : {
      spoor2StartedOn: started, reIntegratiebureauAssignedOn: started, planVanAanpakAdjustedOn: started, spoor1NotPossibleStatementOn: started,
      trajectplanOn: started, applications: [started], progressReports: [asOf],
    },
  });
  return { audit, spoor2 };
}

describe('UWV review order: checkSpoor2Readiness and auditReIntegratieverslag agree', () => {
  const d1Arb = fc.integer({ min: toDayNumber('2016-01-01'), max: toDayNumber('2045-12-31') }).map(fromDayNumber);
  test.prop([d1Arb, fc.integer({ min: 640, max: 727 }), fc.option(fc.integer({ min: 351, max: 639 }), { nil: undefined })])(
    'same facts → same review steps, same risk, same severity of a late spoor 2',
    (d1, asOfOffset, spoor2Offset) => {
      const { audit, spoor2 } = both(d1, asOfOffset, spoor2Offset);
      expect(spoor2.loonsanctieRisk.steps.map((s) => s.answer)).toEqual(audit.loonsanctieRisk.review.map((r) => AUDIT_AS_ANSWER[r.status]));
      expect(spoor2.loonsanctieRisk.level).toBe(audit.loonsanctieRisk.level);
      const lateSpoor2 = spoor2.findings.filter((f) => f.code === 'spoor2-overdue' || f.code === 'spoor2-started-late');
      const lateAudit = audit.findings.filter((f) => f.code === 'spoor-2-start-late' || f.code === 'spoor-2-start-missing');
      expect(lateSpoor2.length > 0).toBe(lateAudit.length > 0);
      for (const f of lateSpoor2) expect(f.severity).toBe(LATE_SPOOR2_SEVERITY);
      for (const f of lateAudit) expect(f.severity).toBe(LATE_SPOOR2_SEVERITY);
    },
  );

  it('a late spoor 2 is critical in both; not started is high risk in both', () => {
    const late = both('2024-01-01', 700, 450);
    expect(late.spoor2.findings.find((f) => f.code === 'spoor2-overdue')!.severity).toBe('critical');
    expect(late.audit.findings.find((f) => f.code === 'spoor-2-start-late')!.severity).toBe('critical');
    const none = both('2024-01-01', 700, undefined);
    expect([none.spoor2.loonsanctieRisk.level, none.audit.loonsanctieRisk.level]).toEqual(['high', 'high']);
    const onTime = both('2024-01-01', 700, 380);
    expect([onTime.spoor2.loonsanctieRisk.level, onTime.audit.loonsanctieRisk.level]).toEqual(['low', 'low']);
  });

  it('the walk: a satisfactory result ends the review of the efforts; missing documents keep their weight', () => {
    const w = walkUwvReviewOrder({ documents: 'no', documentsDefect: 'critical', satisfactoryResult: 'yes', efforts: 'no', deugdelijkeGrond: 'no', repairable: 'yes' });
    expect(w.steps.map((s) => s.answer)).toEqual(['no', 'yes', null, null, 'yes']);
    expect(w.level).toBe('high');
    expect(walkUwvReviewOrder({ documents: 'yes', satisfactoryResult: 'unknown', efforts: 'no', deugdelijkeGrond: 'unknown', deugdelijkeGrondPutForward: true, repairable: 'yes' }).level).toBe('medium');
    expect(walkUwvReviewOrder({ documents: 'yes', satisfactoryResult: 'unknown', efforts: 'no', deugdelijkeGrond: 'yes', repairable: 'yes' }).level).toBe('low');
    expect(walkUwvReviewOrder({ documents: 'unknown', satisfactoryResult: 'yes', efforts: 'yes', deugdelijkeGrond: 'unknown', repairable: 'unknown' }).level).toBe('unknown');
  });
});

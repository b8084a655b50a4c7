import { describe, expect, it } from 'vitest';
import { EOW_REFS as R } from '../../src/law/endOfWachttijdRefs.js';
import { datedStep, eowStep, findingStep, renderStep } from '../../src/endOfWachttijd/stepMessages.js';
import { datedStep as vDatedStep, findingStep as vFindingStep, renderStep as vRenderStep, vangnetStep } from '../../src/vangnet/steps.js';
import { toDayNumber } from '../../src/calendar/dayNumber.js';

describe('step helpers: defaults and rendering', () => {
  it('a step with only rule, refs, outcome and message has empty inputs, outputs, missing facts and params', () => {
    const s = eowStep({ rule: 'vervroegdeIva.x', refs: [R.WIA_23_6], outcome: 'unknown', message: 'whetherTheEmployeeIsFullyAnd' });
    expect(s).toEqual({ rule: 'vervroegdeIva.x', refs: ['WIA_23_6'], outcome: 'unknown', inputs: {}, outputs: {}, missingFacts: [], message: 'whetherTheEmployeeIsFullyAnd', params: {} });
    expect(renderStep(s).nl.length).toBeGreaterThan(0);
    const v = vangnetStep({ rule: 'vangnet.x', refs: [R.ZW_38A_3], outcome: 'computed', message: 'aLateReportCanLeadTo' });
    expect(vRenderStep(v).en).toBe('A late report can lead to a fine of at most €455 (ZW 38a lid 8).');
  });

  it('a date step defaults its inputs and outputs; a finding step keeps given missing facts and params', () => {
    const d = datedStep({ rule: 'lateWiaAanvraag.x', id: 'wia-aanvraag', day: toDayNumber('2025-10-12'), refs: [R.WIA_64_3], normKind: 'statutory', message: 'endOfWeek78' });
    expect(d.step.outputs).toEqual({ 'wia-aanvraag': '2025-10-12' });
    expect(d.step.inputs).toEqual({});
    expect(d.date.explanation).toEqual(renderStep(d.step));
    const f = findingStep({ rule: 'lateWiaAanvraag.y', code: 'y', status: 'unknown', refs: [R.BW_629_3F], normKind: 'statutory',
      missingFacts: ['deugdelijkeGrond'], message: 'withoutADeugdelijkeGrondTheEmployee', params: { delay: 14 } });
    expect(f.step).toMatchObject({ outcome: 'unknown', inputs: {}, outputs: { status: 'unknown' }, missingFacts: ['deugdelijkeGrond'] });
    expect(f.finding.explanation.en).toContain('14');
    const vd = vDatedStep({ rule: 'vangnet.x', id: 'vangnet-melding-uiterlijk', day: toDayNumber('2026-05-06'), refs: [R.ZW_38A_3], normKind: 'statutory', message: 'theFirstDayAfterSixWeeks' });
    expect(vd.step.outputs).toEqual({ 'vangnet-melding-uiterlijk': '2026-05-06' });
    const vf = vFindingStep({ rule: 'vangnet.y', code: 'y', status: 'unknown', refs: [R.WIA_24_1A], normKind: 'statutory', message: 'zw29aLid2IsNot' });
    expect(vf.step).toMatchObject({ outcome: 'unknown', inputs: {}, params: {} });
  });
});

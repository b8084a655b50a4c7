import { describe, expect, it } from 'vitest';
import { LEGAL_REFS, makeLegalRef, RULE_SETS } from '../../src/index.js';
import { MILESTONE_RULES_TABLE } from '../../src/law/milestoneRules.js';

describe('legal references', () => {
  it('ids, titles and juriconnect links', () => {
    expect(makeLegalRef('WIA', '64', '3', 'x')).toMatchObject({ id: 'WIA art 64 lid 3', url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0019057&artikel=64&lid=3' });
    expect(makeLegalRef('BW7', '7:629', '3 sub c', 'x')).toMatchObject({ id: 'BW 7:629 lid 3 sub c', url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=629&lid=3' });
    expect(makeLegalRef('BW7', '7:660a', 'sub a', 'x')).toMatchObject({ id: 'BW 7:660a sub a', url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0005290&boek=7&artikel=660a' });
    expect(LEGAL_REFS.WIA_43G.id).toBe('WIA art 43 sub g');
    expect(makeLegalRef('BBP', '§5', undefined, 'x').url).toBe('https://wetten.overheid.nl/BWBR0014375');
  });
  it('every catalogue entry has an id, a title and an https link', () => {
    for (const ref of Object.values(LEGAL_REFS)) {
      expect(ref.id.length).toBeGreaterThan(0);
      expect(ref.title).toContain('—');
      expect(ref.url).toMatch(/^https:\/\//);
    }
  });
  it('no milestone rule and no rule set without a legal basis', () => {
    for (const rule of Object.values(MILESTONE_RULES_TABLE)) expect(rule.legalBasis.length, rule.id).toBeGreaterThan(0);
    for (const rs of RULE_SETS) expect(rs.legalBasis.length).toBeGreaterThan(0);
  });
  it('shared tables are frozen', () => {
    expect(Object.isFrozen(LEGAL_REFS)).toBe(true);
    expect(Object.isFrozen(LEGAL_REFS.WIA_64_3)).toBe(true);
    expect(Object.isFrozen(RULE_SETS)).toBe(true);
    expect(Object.isFrozen(MILESTONE_RULES_TABLE['wia-aanvraag'])).toBe(true);
  });
});

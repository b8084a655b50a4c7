import { describe, expect, it } from 'vitest';
import { checkSpoor2Readiness, safeCheckSpoor2Readiness } from '../../src/spoor2/index.js';

/** Issue 10 (one vocabulary): a judged period ends with `to`; the 0.1.0 name `until` stays accepted. */
const base = { firstSickDay: '2024-01-01', asOf: '2025-01-20', eerstejaarsevaluatie: { held: true, date: '2024-12-16' } } as const;

describe('spoor 2 — vocabulary of 0.2.0', () => {
  it('an exception reports `id` and `to` (0.1.0: `code` and `until`)', () => {
    const r = checkSpoor2Readiness({ ...base, exceptions: { postponement: { from: '2024-12-01', to: '2025-03-31' } } });
    expect(r.exceptions[0]).toMatchObject({ id: 'postponement-bedrijfsarts', holds: 'yes', from: '2024-12-01', to: '2025-03-31' });
    expect(r.exceptions[0]).not.toHaveProperty('code');
    expect(r.exceptions[0]).not.toHaveProperty('until');
    expect(r).toHaveProperty('notices');
    expect(r).not.toHaveProperty('assumptions');
  });

  it.each(['postponement', 'geenBenutbareMogelijkheden', 'marginaleMogelijkheden'] as const)('the deprecated `until` of %s gives the same result as `to`', (key) => {
    const viaTo = checkSpoor2Readiness({ ...base, exceptions: { [key]: { from: '2024-12-01', to: '2025-03-31' } } });
    const viaUntil = checkSpoor2Readiness({ ...base, exceptions: { [key]: { from: '2024-12-01', until: '2025-03-31' } } });
    expect(viaUntil).toEqual(viaTo);
  });

  it('rejects `to` and `until` together, naming the field', () => {
    const r = safeCheckSpoor2Readiness({ ...base, exceptions: { postponement: { from: '2024-12-01', to: '2025-03-31', until: '2025-03-31' } } });
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]!.path).toEqual(['exceptions', 'postponement', 'until']);
  });

  it('an end before the start is reported at `to`, also when given as `until`', () => {
    for (const p of [{ from: '2025-01-01', to: '2024-12-01' }, { from: '2025-01-01', until: '2024-12-01' }]) {
      const r = safeCheckSpoor2Readiness({ firstSickDay: '2024-01-01', exceptions: { postponement: p } });
      expect(r.success).toBe(false);
      if (!r.success) expect(r.issues[0]).toMatchObject({ path: ['exceptions', 'postponement', 'to'], code: 'end_before_start' });
    }
  });
});

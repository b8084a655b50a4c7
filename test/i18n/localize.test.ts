import { describe, expect, it } from 'vitest';
import { localize, MILESTONE_LABELS, PoortwachterError } from '../../src/index.js';

/** Issue 14: localize validates its arguments, but only when the fast lookup fails. */
describe('localize', () => {
  const table = { nl: { a: 'Probleemanalyse' }, en: { a: 'Problem analysis' } } as const;

  it('picks a key in both languages', () => {
    expect(localize(table, 'a')).toEqual({ nl: 'Probleemanalyse', en: 'Problem analysis' });
    expect(localize(MILESTONE_LABELS, 'probleemanalyse').en).toBe(MILESTONE_LABELS.en.probleemanalyse);
  });

  const issues = (table: unknown, key: unknown): unknown => {
    try {
      localize(table as never, key as never);
    } catch (e) {
      expect(e).toBeInstanceOf(PoortwachterError);
      return (e as PoortwachterError).issues.map((i) => [i.path.join('.'), i.code]);
    }
    return 'no error';
  };

  it('rejects a table that is not one, naming the field', () => {
    expect(issues(null, 'a')).toEqual([['table', 'invalid_type']]);
    expect(issues('x', 'a')).toEqual([['table', 'invalid_type']]);
    expect(issues({ nl: {} }, 'a')).toEqual([['table.en', 'invalid_type']]);
    expect(issues({ nl: null, en: 3 }, 'a')).toEqual([['table.nl', 'invalid_type'], ['table.en', 'invalid_type']]);
  });

  it('rejects a key that is not a string or not in every language', () => {
    expect(issues(table, Symbol('a'))).toEqual([['key', 'invalid_type']]);
    expect(issues(table, Object.create(null))).toEqual([['key', 'invalid_type']]);
    expect(issues(table, 'b')).toEqual([['key', 'invalid_value']]);
    expect(issues({ nl: { a: 'x' }, en: {} }, 'a')).toEqual([['key', 'invalid_value']]);
    // Inherited properties are not texts.
    expect(issues(table, 'toString')).toEqual([['key', 'invalid_value']]);
    expect(issues(table, '__proto__')).toEqual([['key', 'invalid_value']]);
  });

  it('names the missing language in the message', () => {
    expect(() => localize({ nl: { a: 'x' }, en: {} } as never, 'a' as never)).toThrow(/no text for key "a" in en/);
  });
});

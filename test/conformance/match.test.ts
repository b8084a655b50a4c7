import { describe, expect, it } from 'vitest';
import { matchExpected } from './match.js';

describe('the conformance matching rule', () => {
  it('objects: given keys match recursively, other keys are not checked', () => {
    expect(matchExpected({ a: 1, b: { c: 'x', d: 2 } }, { b: { c: 'x' } })).toEqual([]);
    expect(matchExpected({ a: 1 }, { b: 1 })).toHaveLength(1);
    expect(matchExpected({ a: null }, { a: null })).toEqual([]);
    expect(matchExpected({ a: 0 }, { a: null })).toHaveLength(1);
  });
  it('arrays of primitives are exact (length and order)', () => {
    expect(matchExpected([1, 2], [1, 2])).toEqual([]);
    expect(matchExpected([2, 1], [1, 2])).toHaveLength(1);
    expect(matchExpected([1, 2, 3], [1, 2])).toHaveLength(1);
    expect(matchExpected([1], [])).toHaveLength(1);
  });
  it('arrays of objects: by id, else by code, regardless of position', () => {
    const ms = [{ id: 'a', due: '2024-01-01' }, { id: 'b', due: '2024-02-01' }];
    expect(matchExpected(ms, [{ id: 'b', due: '2024-02-01' }])).toEqual([]);
    expect(matchExpected(ms, [{ id: 'b', due: '2024-01-01' }])[0]!.path).toBe('$[id=b].due');
    expect(matchExpected(ms, [{ id: 'c' }])[0]!.path).toBe('$[id=c]');
    expect(matchExpected([{ code: 'x', path: ['a'] }, { code: 'x', path: ['b'] }], [{ code: 'x', path: ['b'] }])).toEqual([]);
    expect(matchExpected([{ days: 3 }, { days: 4 }], [{ days: 4 }])).toEqual([]);
  });
});

// getClause's error names the bad value exactly, and never throws something else while doing so.
import { describe, expect, it } from 'vitest';
import { getAction, type ActionId } from '../../src/actions/ACTIONS';
import { getClause, isClauseId, type ClauseId } from '../../src/plan/clauses';

describe('getClause and getAction on a bad ID', () => {
  it('name the ID as given', () => {
    expect(() => getClause('T13' as ClauseId)).toThrow(new RangeError('Unknown clause ID: T13'));
    expect(() => getClause(8 as unknown as ClauseId)).toThrow(new RangeError('Unknown clause ID: 8'));
  });

  it('throw the documented RangeError, not a TypeError, for a value String() cannot print', () => {
    const bare = Object.create(null) as ClauseId;
    expect(() => getClause(bare)).toThrow(RangeError);
    expect(() => getAction(Object.create(null) as ActionId)).toThrow(RangeError);
  });
});

describe('isClauseId', () => {
  it('is false for non-strings whose printed form is a clause ID', () => {
    // ['T8'] and a String object both print as "T8"; neither is the string.
    expect([isClauseId(['T8']), isClauseId(new String('T8')), isClauseId('T8')]).toEqual([false, false, true]);
  });
});

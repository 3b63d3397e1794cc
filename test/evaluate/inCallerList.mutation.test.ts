/**
 * inCallerList: issues about the kept records of a list, pointed back at the caller's positions. The parser leaves out
 * each record it reports at `[list, index]`, so kept record `i` is the caller's `i`-th record counting only the
 * records not left out.
 */
import { describe, expect, it } from 'vitest';
import { inCallerList } from '../../src/evaluate/inCallerList';
import type { PlanIssue } from '../../src/snapshot/PlanIssue';

const issue = (code: string, ...path: (string | number)[]): PlanIssue => ({ code, path, messageZh: `中${code}`, messageEn: `en ${code}` });

describe('inCallerList', () => {
  it('leaves every path as it is when the parse left nothing out, in a new list', () => {
    const found = [issue('unknown_action', 'actions', 0, 'actionId'), issue('x', 'actions', 3)];
    const out = inCallerList(found, [], 'actions');
    expect(out).toStrictEqual(found);
    expect(out).not.toBe(found);
  });

  it('shifts an index past each record left out at or before it, keeping the rest of the path and the messages', () => {
    // Caller's records 0..5; 0 and 2 left out, so the kept ones are 1, 3, 4, 5. Kept 0 → 1, kept 1 → 3, kept 2 → 4.
    const parse = [issue('invalid_date', 'actions', 0, 'startedOn'), issue('invalid_date', 'actions', 2, 'completedOn')];
    const found = [issue('a', 'actions', 0, 'actionId'), issue('b', 'actions', 1), issue('c', 'actions', 2, 'evidence', 0)];
    expect(inCallerList(found, parse, 'actions')).toStrictEqual([
      { code: 'a', path: ['actions', 1, 'actionId'], messageZh: '中a', messageEn: 'en a' },
      { code: 'b', path: ['actions', 3], messageZh: '中b', messageEn: 'en b' },
      { code: 'c', path: ['actions', 4, 'evidence', 0], messageZh: '中c', messageEn: 'en c' },
    ]);
  });

  it('does not shift an index for records left out after it', () => {
    // Record 3 left out: kept 0, 1, 2 are the caller's 0, 1, 2.
    const parse = [issue('invalid_date', 'actions', 3, 'startedOn')];
    expect(inCallerList([issue('a', 'actions', 1, 'actionId'), issue('b', 'actions', 2)], parse, 'actions').map((i) => i.path)).toStrictEqual([
      ['actions', 1, 'actionId'],
      ['actions', 2],
    ]);
  });

  it('counts a record left out once however many issues it has, whatever order the issues come in', () => {
    // Records 10 and 2 left out (reported out of order, record 10 twice). Kept 9 is the caller's 11: the caller's
    // 0..11 less 2 and 10 are 0,1,3,4,5,6,7,8,9,11 (kept 0..9).
    const parse = [issue('p', 'actions', 10, 'a'), issue('p', 'actions', 10, 'b'), issue('p', 'actions', 2)];
    expect(inCallerList([issue('a', 'actions', 9), issue('b', 'actions', 1), issue('c', 'actions', 2)], parse, 'actions').map((i) => i.path)).toStrictEqual([
      ['actions', 11],
      ['actions', 1],
      ['actions', 3],
    ]);
  });

  it('ignores parse issues of other lists and parse issues not about one record of the list', () => {
    // Only actions record 1 was left out; the townships record and the whole-list / non-index issues do not count.
    const parse = [
      issue('p', 'townships', 0, 'code'),
      issue('p', 'actions'),
      issue('p', 'actions', '0'),
      issue('p', 'units', 0),
      issue('p', 'actions', 1, 'startedOn'),
    ];
    expect(inCallerList([issue('a', 'actions', 0), issue('b', 'actions', 1)], parse, 'actions').map((i) => i.path)).toStrictEqual([
      ['actions', 0],
      ['actions', 2],
    ]);
  });

  it('with nothing of the list left out, leaves its issues alone even when other lists lost records', () => {
    const parse = [issue('p', 'townships', 0), issue('p', 'units', 1, 'code')];
    const found = [issue('a', 'actions', 0), issue('b', 'actions', 1, 'note')];
    expect(inCallerList(found, parse, 'actions')).toStrictEqual(found);
  });

  it('leaves issues about other lists, or about the whole list, untouched', () => {
    const parse = [issue('p', 'actions', 0)];
    const other = issue('o', 'townships', 0, 'code');
    const whole = issue('w', 'actions');
    const named = issue('n', 'actions', 'first');
    const out = inCallerList([other, whole, named, issue('k', 'actions', 0)], parse, 'actions');
    expect(out.map((i) => i.path)).toStrictEqual([['townships', 0, 'code'], ['actions'], ['actions', 'first'], ['actions', 1]]);
    expect(out[0]).toBe(other);
    expect(out[1]).toBe(whole);
  });
});

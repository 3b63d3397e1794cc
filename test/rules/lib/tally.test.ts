/**
 * Direct tests of src/rules/_lib/tally.ts: SmallestList (the first `limit` codes, whatever order they arrive in),
 * byCode, MissingTally (distinct units per field, its stamp table growing past 64 fields) and UnitRuleTally (count
 * rows, subject lists, missing fields). The unit checks are small hand-made ones whose status per unit is stated in
 * the test, so every count is read off the table of units by hand.
 */
import { describe, expect, it, vi } from 'vitest';
import { fieldId } from '../../../src/rules/_lib/fields';
import { byCode, LISTED_STATUSES, MissingTally, SmallestList, UNIT_RULE_SUBJECT_LIMIT, UnitRuleTally } from '../../../src/rules/_lib/tally';
import { FAIL, MISSING, NOT_APPLICABLE, PASS, PENDING, RURAL, type SimpleCheck, type UnitCheck } from '../../../src/rules/_lib/unitCheck';
import { getRule } from '../../../src/rules/RULES';
import type { RuleResult } from '../../../src/rules/types';
import type { Unit } from '../../../src/snapshot/unitSchema';

/** A unit with a code (township code derived) and other fields. */
function u(code: string, extra: Partial<Unit> = {}): Unit {
  return { code, townshipCode: code.slice(0, 9), ...extra } as Unit;
}

/** A hand-made, non-simple check: its status per unit code from `codes`, its missing lists `missing`. */
function check(codes: Record<string, number>, missing: readonly (readonly string[])[] = [[]], dynamic: readonly string[] = []): UnitCheck {
  const def = getRule('t10-grid-members');
  return {
    def,
    status: (unit) => codes[unit.code] as number,
    build: (unit) => ({ missing: dynamic, subject: unit.code }) as unknown as RuleResult,
    missing,
  };
}

/** Codes 533124101001 … in code order: `code(i)`. */
function code(i: number): string {
  return `533124101${String(i).padStart(3, '0')}`;
}

describe('constants', () => {
  it('lists 100 subjects per rule and status, for fail, pending and missing_data in that order', () => {
    expect(UNIT_RULE_SUBJECT_LIMIT).toBe(100);
    expect(LISTED_STATUSES).toEqual(['fail', 'pending', 'missing_data']);
    expect(Object.isFrozen(LISTED_STATUSES)).toBe(true);
  });
});

describe('byCode', () => {
  it('is -1, 1 or 0 by plain string order', () => {
    expect(byCode('533124101001', '533124101002')).toBe(-1);
    expect(byCode('533124101002', '533124101001')).toBe(1);
    expect(byCode('533124101001', '533124101001')).toBe(0);
    // string order, not numeric: '9' > '10'
    expect(byCode('9', '10')).toBe(1);
  });
});

describe('SmallestList', () => {
  it('keeps everything, sorted, while fewer than the limit arrive (no padding)', () => {
    const l = new SmallestList(3);
    l.add('c');
    l.add('a');
    expect(l.sorted()).toEqual(['a', 'c']);
  });

  it('returns an empty list when nothing was added', () => {
    expect(new SmallestList(3).sorted()).toEqual([]);
  });

  it('keeps exactly the limit when exactly the limit arrive', () => {
    const l = new SmallestList(3);
    l.addAll(['b', 'c', 'a']);
    expect(l.sorted()).toEqual(['a', 'b', 'c']);
  });

  it('keeps the smallest `limit` of many, in reverse order: 10 codes, limit 3', () => {
    const l = new SmallestList(3);
    for (let i = 10; i >= 1; i--) l.add(code(i));
    expect(l.sorted()).toEqual([code(1), code(2), code(3)]);
  });

  it('keeps the smallest `limit` of many in order: the later, larger ones are dropped', () => {
    const l = new SmallestList(2);
    for (let i = 1; i <= 9; i++) l.add(code(i));
    expect(l.sorted()).toEqual([code(1), code(2)]);
  });

  it('takes a smaller string after the list has filled (2 × limit added, then a smaller one)', () => {
    const l = new SmallestList(2);
    l.addAll(['c', 'd', 'e', 'f']); // full after the trim at 4 = 2 × 2: [c, d], largest kept d
    l.add('a'); // below d: kept
    l.add('g'); // not below d: skipped
    expect(l.sorted()).toEqual(['a', 'c']);
    l.add('b');
    expect(l.sorted()).toEqual(['a', 'b']);
  });

  it('sorted() returns a new array each time, and the list goes on after it', () => {
    const l = new SmallestList(2);
    l.add('b');
    const first = l.sorted();
    first.push('z');
    l.add('a');
    expect(l.sorted()).toEqual(['a', 'b']);
    expect(first).toEqual(['b', 'z']);
  });

  it('keeps duplicates (each add counts)', () => {
    const l = new SmallestList(3);
    l.addAll(['b', 'a', 'b']);
    expect(l.sorted()).toEqual(['a', 'b', 'b']);
  });

  it('a limit of 0 keeps nothing', () => {
    const l = new SmallestList(0);
    l.addAll(['a', 'b']);
    expect(l.sorted()).toEqual([]);
  });
});

describe('MissingTally', () => {
  it('counts distinct units per field: a field noted twice for one unit counts once', () => {
    const t = new MissingTally();
    t.startUnit();
    t.note('u1', 'households');
    t.note('u1', 'households');
    t.note('u1', 'gridMembers');
    t.startUnit();
    t.note('u2', 'households');
    expect(t.toRecord()).toEqual({ gridMembers: 1, households: 2 });
  });

  it('gives ids in order of first sight, the same id again for a known field', () => {
    const t = new MissingTally();
    expect(t.id('b')).toBe(0);
    expect(t.id('a')).toBe(1);
    expect(t.id('b')).toBe(0);
    expect(t.id('c')).toBe(2);
  });

  it('noteId counts the field with that id', () => {
    const t = new MissingTally();
    const a = t.id('a');
    const b = t.id('b');
    t.startUnit();
    t.noteId(b);
    t.startUnit();
    t.noteId(b);
    t.noteId(a);
    t.noteId(b);
    expect(t.toRecord()).toEqual({ a: 1, b: 2 });
  });

  it('toRecord leaves out fields registered but never noted, and lists fields in name order', () => {
    const t = new MissingTally();
    t.id('z');
    t.id('m');
    t.id('a');
    t.startUnit();
    t.note('u', 'z');
    t.note('u', 'a');
    const r = t.toRecord();
    expect(r).toEqual({ a: 1, z: 1 });
    expect(Object.keys(r)).toEqual(['a', 'z']);
  });

  it('an empty tally gives an empty record', () => {
    expect(new MissingTally().toRecord()).toEqual({});
  });

  it('addCounts adds to known fields and registers new ones; a zero count stays out of the record', () => {
    const t = new MissingTally();
    t.startUnit();
    t.note('u', 'households');
    t.addCounts({ households: 3, gridMembers: 2, legalAdvisers: 0 });
    expect(t.toRecord()).toEqual({ gridMembers: 2, households: 4 });
    t.addCounts({ gridMembers: 5 });
    expect(t.toRecord()).toEqual({ gridMembers: 7, households: 4 });
  });

  it('a 65th field (id 64, past the first stamp table of 64) still counts once per unit', () => {
    const t = new MissingTally();
    for (let i = 0; i < 64; i++) t.id(`f${String(i).padStart(2, '0')}`);
    t.startUnit();
    t.note('u1', 'g64'); // id 64: the table grows to 128
    t.note('u1', 'g64');
    t.startUnit();
    t.note('u2', 'g64');
    t.note('u2', 'g64');
    expect(t.toRecord()).toEqual({ g64: 2 });
  });

  it('the stamps of the current unit survive the growth: a field noted before and after it counts once', () => {
    const t = new MissingTally();
    t.startUnit();
    t.note('u1', 'a');
    for (let i = 1; i <= 64; i++) t.id(`f${String(i).padStart(2, '0')}`); // ids 1 … 64: grows at 64
    t.note('u1', 'a');
    expect(t.toRecord()).toEqual({ a: 1 });
  });

  it('grows twice (past 128 fields), each field counted once per unit', () => {
    const t = new MissingTally();
    const names = Array.from({ length: 130 }, (_, i) => `f${String(i).padStart(3, '0')}`);
    for (const unit of ['u1', 'u2']) {
      t.startUnit();
      for (const n of names) t.note(unit, n);
      for (const n of names) t.note(unit, n);
    }
    const r = t.toRecord();
    expect(Object.keys(r)).toEqual(names);
    expect(new Set(Object.values(r))).toEqual(new Set([2]));
  });
});

describe('UnitRuleTally', () => {
  it('has width checks × 5 and counts each unit once per rule at base + r × 5 + status', () => {
    const a = check({ [code(1)]: PASS, [code(2)]: FAIL, [code(3)]: NOT_APPLICABLE });
    const b = check({ [code(1)]: PENDING, [code(2)]: MISSING | (1 << 3), [code(3)]: FAIL });
    const t = new UnitRuleTally([a, b], undefined);
    expect(t.width).toBe(10);
    // three rows of 10 (one per unit), after a leading row at base 0 left untouched: unit i at base 10 × i
    const row = new Int32Array(40);
    t.add(u(code(1)), RURAL, row, 10);
    t.add(u(code(2)), RURAL, row, 20);
    t.add(u(code(3)), RURAL, row, 30);
    // rule a: pass at 10+0, fail at 20+1, n/a at 30+3; rule b (offset 5): pending 15+2, missing 25+4, fail 35+1
    const expected = new Int32Array(40);
    for (const i of [10, 21, 33, 17, 29, 36]) expected[i] = 1;
    expect(Array.from(row)).toEqual(Array.from(expected));
  });

  it('adds into one row across units (the counts add up)', () => {
    const a = check({ [code(1)]: FAIL, [code(2)]: FAIL, [code(3)]: PASS });
    const t = new UnitRuleTally([a], undefined);
    const row = new Int32Array(5);
    row[0] = 7; // an earlier count is added to, not replaced
    for (const i of [1, 2, 3]) t.add(u(code(i)), RURAL, row, 0);
    expect(Array.from(row)).toEqual([8, 2, 0, 0, 0]);
  });

  it('lists the subjects of fail, pending and missing_data (lists 0, 1, 2), not those of pass or not_applicable', () => {
    const a = check({
      [code(5)]: FAIL,
      [code(4)]: PENDING,
      [code(3)]: MISSING | (1 << 3),
      [code(2)]: PASS,
      [code(1)]: NOT_APPLICABLE,
      [code(6)]: FAIL,
    });
    const t = new UnitRuleTally([a], undefined);
    const row = new Int32Array(5);
    for (const i of [6, 5, 4, 3, 2, 1]) t.add(u(code(i)), RURAL, row, 0);
    expect(t.subjects(0, 0)).toEqual([code(5), code(6)]);
    expect(t.subjects(0, 1)).toEqual([code(4)]);
    expect(t.subjects(0, 2)).toEqual([code(3)]);
  });

  it("keeps each rule's lists apart (rule r's lists at 3r … 3r + 2)", () => {
    const a = check({ [code(1)]: FAIL, [code(2)]: PENDING });
    const b = check({ [code(1)]: PENDING, [code(2)]: MISSING | (1 << 3) });
    const t = new UnitRuleTally([a, b], undefined);
    const row = new Int32Array(10);
    t.add(u(code(1)), RURAL, row, 0);
    t.add(u(code(2)), RURAL, row, 0);
    expect([t.subjects(0, 0), t.subjects(0, 1), t.subjects(0, 2)]).toEqual([[code(1)], [code(2)], []]);
    expect([t.subjects(1, 0), t.subjects(1, 1), t.subjects(1, 2)]).toEqual([[], [code(1)], [code(2)]]);
  });

  it('caps each list at 100 subjects by default (the first 100 codes), while counting all', () => {
    const codes: Record<string, number> = {};
    for (let i = 1; i <= 101; i++) codes[code(i)] = FAIL;
    const t = new UnitRuleTally([check(codes)], undefined);
    const row = new Int32Array(5);
    for (let i = 101; i >= 1; i--) t.add(u(code(i)), RURAL, row, 0);
    expect(row[1]).toBe(101);
    const listed = t.subjects(0, 0);
    expect(listed).toHaveLength(100);
    expect(listed[0]).toBe(code(1));
    expect(listed[99]).toBe(code(100));
  });

  it('takes another subject limit: 2', () => {
    const t = new UnitRuleTally([check({ [code(1)]: FAIL, [code(2)]: FAIL, [code(3)]: FAIL })], undefined, 2);
    const row = new Int32Array(5);
    for (const i of [3, 1, 2]) t.add(u(code(i)), RURAL, row, 0);
    expect(t.subjects(0, 0)).toEqual([code(1), code(2)]);
  });

  it('addSubjects merges codes listed elsewhere into rule r, list `listed`', () => {
    const t = new UnitRuleTally([check({}), check({})], undefined, 3);
    t.addSubjects(1, 2, [code(7), code(3)]);
    t.addSubjects(1, 2, [code(5), code(1)]);
    t.addSubjects(0, 1, [code(9)]);
    expect(t.subjects(1, 2)).toEqual([code(1), code(3), code(5)]);
    expect(t.subjects(0, 1)).toEqual([code(9)]);
    expect(t.subjects(1, 1)).toEqual([]);
    expect(t.subjects(0, 2)).toEqual([]);
  });

  it('notes the fields of a missing_data list (code >> 3) in the missing tally, once per unit', () => {
    const missing = new MissingTally();
    // list 1: households; list 2: households and gridMembers
    const a = check({ [code(1)]: MISSING | (2 << 3), [code(2)]: MISSING | (1 << 3), [code(3)]: FAIL }, [[], ['households'], ['households', 'gridMembers']]);
    // a second rule missing households for unit 1 too: still one unit for households
    const b = check({ [code(1)]: MISSING | (1 << 3), [code(2)]: PASS, [code(3)]: PASS }, [[], ['households']]);
    const t = new UnitRuleTally([a, b], missing);
    const row = new Int32Array(10);
    for (const i of [1, 2, 3]) {
      missing.startUnit();
      t.add(u(code(i)), RURAL, row, 0);
    }
    expect(missing.toRecord()).toEqual({ gridMembers: 1, households: 2 });
  });

  it('registers no field for list 0 (value-dependent) and learns it from build() for a code whose list index is 0', () => {
    const missing = new MissingTally();
    const build = vi.fn((unit: Unit) => ({ missing: ['openingSchedule.mon.0'], subject: unit.code }) as unknown as RuleResult);
    const a: UnitCheck = { ...check({ [code(1)]: MISSING, [code(2)]: MISSING | (1 << 3) }, [['notThis'], ['households']]), build };
    const t = new UnitRuleTally([a], missing);
    const row = new Int32Array(5);
    missing.startUnit();
    t.add(u(code(1)), RURAL, row, 0);
    expect(build).toHaveBeenCalledTimes(1);
    expect(build.mock.calls[0]?.[0].code).toBe(code(1));
    missing.startUnit();
    t.add(u(code(2)), RURAL, row, 0);
    expect(build).toHaveBeenCalledTimes(1);
    expect(missing.toRecord()).toEqual({ households: 1, 'openingSchedule.mon.0': 1 });
    // list 0's fields were never registered: ids 0 households (at construction), 1 the built field, so notThis is new: 2
    expect(missing.id('notThis')).toBe(2);
  });

  it('with a missing tally, builds no result for a fail or pending unit (only a value-dependent missing_data needs one)', () => {
    const missing = new MissingTally();
    const build = vi.fn((unit: Unit) => ({ missing: [], subject: unit.code }) as unknown as RuleResult);
    const a: UnitCheck = { ...check({ [code(1)]: FAIL, [code(2)]: PENDING, [code(3)]: MISSING | (1 << 3) }, [[], ['households']]), build };
    const t = new UnitRuleTally([a], missing);
    const row = new Int32Array(5);
    for (const i of [1, 2, 3]) {
      missing.startUnit();
      t.add(u(code(i)), RURAL, row, 0);
    }
    expect(build).not.toHaveBeenCalled();
    expect(Array.from(row)).toEqual([0, 1, 1, 0, 1]);
    expect(missing.toRecord()).toEqual({ households: 1 });
  });

  it('without a missing tally, a missing_data status is still counted and listed (no field noting)', () => {
    const build = vi.fn();
    const a: UnitCheck = { ...check({ [code(1)]: MISSING | (1 << 3), [code(2)]: MISSING }, [[], ['households']]), build };
    const t = new UnitRuleTally([a], undefined);
    const row = new Int32Array(5);
    t.add(u(code(1)), RURAL, row, 0);
    t.add(u(code(2)), RURAL, row, 0);
    expect(Array.from(row)).toEqual([0, 0, 0, 0, 2]);
    expect(t.subjects(0, 2)).toEqual([code(1), code(2)]);
    expect(build).not.toHaveBeenCalled();
  });

  it("judges a simple check from its descriptor (gridMembers ≥ 1), without calling the check's status function", () => {
    const simple: SimpleCheck = { kind: 1, field: fieldId('gridMembers'), filter: 0, tn: 1, td: 1, unmet: FAIL };
    const status = vi.fn(() => PASS);
    const a: UnitCheck = { ...check({}, [[], [], ['gridMembers']]), status, simple };
    const missing = new MissingTally();
    const t = new UnitRuleTally([a], missing);
    const row = new Int32Array(5);
    const units = [u(code(1), { gridMembers: 0 }), u(code(2), { gridMembers: 2 }), u(code(3))];
    for (const unit of units) {
      missing.startUnit();
      t.add(unit, RURAL, row, 0);
    }
    expect(status).not.toHaveBeenCalled();
    // 0 members: fail; 2: pass; none given: missing_data (list 2, gridMembers)
    expect(Array.from(row)).toEqual([1, 1, 0, 0, 1]);
    expect(t.subjects(0, 0)).toEqual([code(1)]);
    expect(t.subjects(0, 2)).toEqual([code(3)]);
    expect(missing.toRecord()).toEqual({ gridMembers: 1 });
  });

  it('passes the classification code to the status function', () => {
    const status = vi.fn((_unit: Unit, cls: number) => (cls === 1 ? FAIL : PASS));
    const a: UnitCheck = { ...check({}), status };
    const t = new UnitRuleTally([a], undefined);
    const row = new Int32Array(5);
    t.add(u(code(1)), 1, row, 0);
    t.add(u(code(2)), 0, row, 0);
    expect(Array.from(row)).toEqual([1, 1, 0, 0, 0]);
  });
});

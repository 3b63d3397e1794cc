// The private helpers of src/_lib on the edges their callers rarely reach: errors without a path or with a cause,
// division by zero, comparisons where binary floating point would be wrong, and what deepFreeze does and does not
// touch. (Found by mutation testing: each test here kills mutants the rest of the suite let live.)
import { describe, expect, it } from 'vitest';
import { dec, divide, roundToString, toPlainString } from '../../src/_lib/decimal';
import { deepFreeze } from '../../src/_lib/deepFreeze';
import { compareFractions, decimalToFraction, toHundredths } from '../../src/_lib/fraction';
import { PlanInputError } from '../../src/_lib/PlanInputError';

describe('PlanInputError', () => {
  it('without a path points at the input itself: path [] (frozen), message "(root): zh / en"', () => {
    const e = new PlanInputError({ code: 'invalid_type', messageZh: '应为对象', messageEn: 'expected an object' });
    expect(e.path).toEqual([]);
    expect(Object.isFrozen(e.path)).toBe(true);
    expect(e.message).toBe('(root): 应为对象 / expected an object');
    expect(e.name).toBe('PlanInputError');
    expect(e).toBeInstanceOf(Error);
  });

  it('keeps the cause it is given, and has none otherwise', () => {
    const cause = new RangeError('inner');
    const e = new PlanInputError({ code: 'x', path: ['units', 3, 'asOf'], messageZh: '日期无效', messageEn: 'invalid date', cause });
    expect(e.cause).toBe(cause);
    expect(e.message).toBe('units[3].asOf: 日期无效 / invalid date');
    expect('cause' in new PlanInputError({ code: 'x', messageZh: '甲', messageEn: 'a' })).toBe(false);
  });

  it('copies the path: changing the caller’s array later changes nothing', () => {
    const path: (string | number)[] = ['county', 'households'];
    const e = new PlanInputError({ code: 'negative', path, messageZh: '不能为负数', messageEn: 'must not be negative' });
    path.push('x');
    expect(e.path).toEqual(['county', 'households']);
  });
});

describe('decimal', () => {
  it('divide by zero is undefined, in every form of zero', () => {
    expect(divide(1, 0)).toBeUndefined();
    expect(divide('5', '0')).toBeUndefined();
    expect(divide('5', '0.00')).toBeUndefined();
    expect(divide(dec(5), dec(0))).toBeUndefined();
    expect(toPlainString(divide(1, 3)!)).toBe('0.3333333333333333333333333333333333333333');
  });

  it('rounds half up or half even, as asked (四舍五入 / 四舍六入五成双)', () => {
    expect(roundToString('0.25', 1, 'half_up')).toBe('0.3');
    expect(roundToString('0.25', 1, 'half_even')).toBe('0.2');
    expect(roundToString('0.35', 1, 'half_even')).toBe('0.4');
    expect(roundToString(80, 1, 'half_up')).toBe('80.0');
  });

  it('never writes exponent notation, however large or small', () => {
    expect(toPlainString(dec('1e-30'))).toBe('0.000000000000000000000000000001');
    expect(toPlainString(dec('123456789012345678901234567890'))).toBe('123456789012345678901234567890');
  });
});

describe('fraction', () => {
  const N = Number.MAX_SAFE_INTEGER;

  it('compares exactly where the products pass 2^53 and floating point would call them equal', () => {
    // (N−1)(N−3) = N² − 4N + 3 and (N−2)² = N² − 4N + 4 differ by one: equal as doubles, not as integers.
    expect(compareFractions(N - 1, N - 2, N - 2, N - 3)).toBe(-1);
    expect(compareFractions(N - 2, N - 3, N - 1, N - 2)).toBe(1);
  });

  it('calls equal fractions equal, with products past 2^53 too', () => {
    expect(compareFractions(N, 3, N, 3)).toBe(0);
    expect(compareFractions(N - 1, N, N - 1, N)).toBe(0);
    expect(compareFractions(2, 4, 1, 2)).toBe(0);
  });

  it('reads plain decimals exactly: whole numbers, one and two decimals', () => {
    expect(decimalToFraction('80')).toEqual([80, 1]);
    expect(decimalToFraction('17.1')).toEqual([171, 10]);
    expect(decimalToFraction('0.05')).toEqual([5, 100]);
    expect(toHundredths('0')).toBe(0);
    expect(toHundredths('7')).toBe(700);
    expect(toHundredths('320.5')).toBe(32050);
    expect(toHundredths('0.07')).toBe(7);
  });
});

describe('deepFreeze', () => {
  it('freezes functions reachable from the value, and the objects hanging off them', () => {
    const f = Object.assign(() => 1, { meta: { a: 1 } });
    const v = deepFreeze({ run: f, list: [f] });
    expect(Object.isFrozen(v.run)).toBe(true);
    expect(Object.isFrozen(v.run.meta)).toBe(true);
    expect(Object.isFrozen(v.list)).toBe(true);
  });

  it('never calls a getter (it reads descriptors), and still freezes the object holding it', () => {
    let calls = 0;
    const v = deepFreeze({
      get lazy() {
        calls++;
        return { inner: true };
      },
    });
    expect(calls).toBe(0);
    expect(Object.isFrozen(v)).toBe(true);
  });

  it('handles cycles, leaves typed arrays writable, and returns primitives and null unchanged', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a['self'] = a;
    expect(deepFreeze(a)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    const bytes = new Uint8Array([1, 2]);
    const holder = deepFreeze({ bytes });
    bytes[0] = 9;
    expect(holder.bytes[0]).toBe(9);
    expect(Object.isFrozen(holder)).toBe(true);
    expect(deepFreeze(null)).toBe(null);
    expect(deepFreeze(5)).toBe(5);
    expect(deepFreeze('s')).toBe('s');
  });

  it('freezes symbol-keyed values too', () => {
    const k = Symbol('k');
    const v = deepFreeze({ [k]: { deep: [1] } });
    expect(Object.isFrozen(v[k])).toBe(true);
    expect(Object.isFrozen(v[k].deep)).toBe(true);
  });
});

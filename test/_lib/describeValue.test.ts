// How an error message names a bad value: every kind of value, and never a throw (mutation testing found the bigint
// and long-string branches unchecked).
import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/_lib/describeValue';
import { showValue } from '../../src/_lib/showValue';

describe('describeValue', () => {
  it.each<[string, unknown, string]>([
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['a short string, quoted', '25:00', '"25:00"'],
    ['a string of exactly 40 characters, whole', 'x'.repeat(40), `"${'x'.repeat(40)}"`],
    ['a string of 41 characters, cut at 40', 'y'.repeat(41), `"${'y'.repeat(40)}…"`],
    ['a number', 12.5, '12.5'],
    ['minus zero, with its sign', -0, '-0'],
    ['NaN', Number.NaN, 'NaN'],
    ['a boolean', false, 'false'],
    ['a bigint, as its digits', 10n, '10'],
    ['an array', [1, 2], 'array'],
    ['an object', { a: 1 }, 'object'],
    ['an object without a prototype', Object.create(null), 'object'],
    ['an object whose toString is not a function', { toString: false }, 'object'],
    ['a function', () => 1, 'function'],
    ['a symbol', Symbol('s'), 'symbol'],
  ])('%s', (_name, value, shown) => {
    expect(describeValue(value)).toBe(shown);
  });
});

describe('showValue', () => {
  it('shows a string as typed, the empty string quoted, and anything else as describeValue does', () => {
    expect([showValue('half_down'), showValue(''), showValue(3), showValue(Object.create(null)), showValue(Symbol('s'))]).toEqual(['half_down', '""', '3', 'object', 'symbol']);
  });
});

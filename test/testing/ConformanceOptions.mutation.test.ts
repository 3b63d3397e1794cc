/**
 * `splitConformanceOptions` (internal): `strict` split off from `evaluate`'s own options, its default and its check.
 * Expected values from its TSDoc and that of ConformanceOptions (`strict` defaults to false). Every result is
 * computed inside its `it`.
 */
import { describe, expect, it } from 'vitest';
import { splitConformanceOptions } from '../../src/testing/ConformanceOptions';

describe('splitConformanceOptions', () => {
  it('no options: strict false, no evaluate options', () => {
    expect(splitConformanceOptions(undefined)).toStrictEqual({ strict: false, evaluateOptions: undefined });
  });

  it('strict is taken off; the rest goes to evaluate unchanged', () => {
    expect(splitConformanceOptions({ strict: true, asOf: '2025-12-31', rules: ['p3-12-legal-adviser'] })).toStrictEqual({
      strict: true,
      evaluateOptions: { asOf: '2025-12-31', rules: ['p3-12-legal-adviser'] },
    });
    expect(splitConformanceOptions({ strict: false })).toStrictEqual({ strict: false, evaluateOptions: {} });
  });

  it('strict left out of an options object: false', () => {
    expect(splitConformanceOptions({ asOf: '2024-06-30' })).toStrictEqual({ strict: false, evaluateOptions: { asOf: '2024-06-30' } });
  });

  it('a strict that is not a boolean: TypeError naming the value (a string as typed, others by showValue)', () => {
    expect(() => splitConformanceOptions({ strict: 'yes' as never })).toThrow(new TypeError('option strict must be true or false, got yes'));
    // The empty string is quoted so that the message does not end in nothing; a number shows as itself.
    expect(() => splitConformanceOptions({ strict: '' as never })).toThrow(new TypeError('option strict must be true or false, got ""'));
    expect(() => splitConformanceOptions({ strict: 1 as never })).toThrow(new TypeError('option strict must be true or false, got 1'));
    expect(() => splitConformanceOptions({ strict: null as never })).toThrow(new TypeError('option strict must be true or false, got null'));
  });
});

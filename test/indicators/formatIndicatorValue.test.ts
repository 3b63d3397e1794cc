import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { computeIndicator, formatAgainstTarget, formatIndicatorValue } from '../../src/indicators';
import { parseUnits } from './_helpers';

describe('[P1.1] [P1.7] display rounding is separate from judging', () => {
  it.each([
    // value, options, shown
    ['80.88235294117647058823529411764705882353', undefined, '80.9'],
    ['79.41176470588235294117647058823529411765', undefined, '79.4'],
    ['17.55', undefined, '17.6'], // 四舍五入
    ['17.45', undefined, '17.5'],
    ['17.45', { mode: 'half_even' }, '17.4'], // GB/T 8170 四舍六入五成双: 4 is even, stays
    ['17.55', { mode: 'half_even' }, '17.6'], // 5 is odd, goes up to 6
    ['17.451', { mode: 'half_even' }, '17.5'], // more than half: up
    ['1.15', { places: 1 }, '1.2'], // where (1.15).toFixed(1) gives '1.1'
    ['80', { places: 2 }, '80.00'],
    ['29.9999', { places: 0 }, '30'],
    ['29.9999', { places: 3 }, '30.000'],
  ] as const)('%s %o → %s', (value, options, shown) => {
    expect(formatIndicatorValue(value, options)).toBe(shown);
  });

  it('[P1.4] 29.9999 shows as 30.0 but does not meet 30: the target is judged unrounded', () => {
    const r = computeIndicator(
      'facility_area_per_100_households',
      parseUnits([{ code: '533124101300', townshipCode: '533124101', households: 10000, hasServiceFacility: true, facilityBuildingArea: '2999.99' }]),
      { asOf: '2025-12-31' },
    );
    expect(formatIndicatorValue(r.value as string)).toBe('30.0');
    expect(r.meetsTarget).toBe(false);
  });

  it('[P1.5] 59.96% shows as 60.0 and is still below 60%', () => {
    const r = computeIndicator(
      'activity_area_share',
      parseUnits([{ code: '533124101300', townshipCode: '533124101', hasServiceFacility: true, facilityActivityArea: '59.96', facilityBuildingArea: '100' }]),
      { asOf: '2025-12-31' },
    );
    expect(r.value).toBe('59.96');
    expect(formatIndicatorValue(r.value as string)).toBe('60.0');
    expect(r.meetsTarget).toBe(false);
  });

  it('rejects bad places, modes and values', () => {
    expect(() => formatIndicatorValue('1', { places: -1 })).toThrow(PlanInputError);
    expect(() => formatIndicatorValue('1', { places: 1.5 })).toThrow(PlanInputError);
    expect(() => formatIndicatorValue('1', { mode: 'up' as never })).toThrow(PlanInputError);
    expect(() => formatIndicatorValue('1e3')).toThrow(PlanInputError);
    expect(() => formatIndicatorValue(null as never)).toThrow(PlanInputError);
  });
});

describe('formatAgainstTarget', () => {
  it.each([
    // [P1.7] 17.967 persons per 10,000 misses 18: half-up to 1 decimal would show 18.0, so 17.97 is shown.
    ['17.967', '18', '17.97'],
    // Exactly at the target: shown as usual.
    ['18', '18', '18.0'],
    // [P1.1] 79.96% misses 80%: 80.0 would mislead; 79.96 is shown.
    ['79.96', '80', '79.96'],
    // Below and rounding below: unchanged.
    ['79.94', '80', '79.9'],
    // Above the target: unchanged, even when it rounds down to the target.
    ['80.04', '80', '80.0'],
  ])('[P1.x] %s against %s → %s', (value, target, shown) => {
    expect(formatAgainstTarget(value, target)).toBe(shown);
  });
});

/**
 * Judging against the target (src/indicators/_judge.ts) at the edges the other tests leave out: sums beyond
 * Number.MAX_SAFE_INTEGER (the BigInt paths), products just past 2^53 where floating point would be wrong, rounding
 * ties and carries at the 40th significant digit, and gaps that are exact only in integers.
 *
 * Every expectation is worked out by hand from the plan's definitions (value = numerator ÷ denominator × factor,
 * 40 significant digits rounded half up; gap = ⌈target × denominator ÷ factor⌉ − numerator for counts, the exact
 * area otherwise); the working is in the comments.
 */
import { describe, expect, it } from 'vitest';
import { emptyPartial, finalizePartial, type IndicatorId, type IndicatorResult } from '../../src/indicators';
import { formulaOf, type Formula } from '../../src/indicators/_formula';
import { expectedFraction, gapOf, quotientString } from '../../src/indicators/_judge';

/** One indicator finalized from sums given directly (as merged partials of many snapshots can hold them). */
function finalize(id: IndicatorId, numerator: number | string, denominator: number | string, asOf = '2025-12-31'): IndicatorResult {
  const p = emptyPartial();
  const partial = { ...p, indicators: { ...p.indicators, [id]: { numerator, denominator, missingCount: 0, missing: [] } } };
  const r = finalizePartial(partial, { level: 'township', subject: '533124101', asOf }).find((x) => x.id === id);
  if (r === undefined) throw new Error(`no result for ${id}`);
  return r;
}

describe('[P1.1] values whose long division would go wrong in floating point', () => {
  it('400000000000001 of 500000000000003 villages: numerator × 100 is past 2^53, so the value is divided exactly', () => {
    // 100 × (4e14 + 1) = 4e16 + 100 > 2^53 (not a double: 4e16 + 100 is not a multiple of 8).
    // (4e16 + 100) / (5e14 + 3) = 80 − 140/(5e14 + 3) = 80 − 2.8e-13 × (1 − 6e-15 + 3.6e-29 − …)
    //   = 80 − 0.00000000000028 + 0.00000000000000000000000000168 − 1.008e-41 …
    //   = 79.999999999999720000000000001679999999998992…, 40 significant digits (2 + 38) → …00168000000000 → strip.
    // Gap: 80% of 500000000000003 = 400000000000002.4 → 400000000000003 needed, 2 more.
    expect(finalize('rural_facility_coverage', 400_000_000_000_001, 500_000_000_000_003)).toMatchObject({
      status: 'ok',
      value: '79.99999999999972000000000000168',
      meetsTarget: false,
      gap: '2',
      // On the target date (finalize's default as-of) a missed target is not achieved, not behind.
      progress: { status: 'not_achieved', expected: '80' },
    });
  });

  it('3 of 3000000000000001 villages: a denominator above 2^53 / 10 is divided exactly', () => {
    // 300 / (3e15 + 1) = 1e-13 / (1 + 1/3e15) = 1e-13 × (1 − 3.33…e-16 + 1.11…e-31 − …)
    //   = 0.0000000000001 − 0.0000000000000000000000000000333… + 1.11…e-44
    //   = 0.00000000000009999999999999996666666666666667777777777|7… → 40 significant digits, last rounded up.
    // Gap: 80% of 3000000000000001 = 2400000000000000.8 → 2400000000000001 needed, 2399999999999998 more.
    expect(finalize('rural_facility_coverage', 3, 3_000_000_000_000_001)).toMatchObject({
      value: '0.00000000000009999999999999996666666666666667777777778',
      meetsTarget: false,
      gap: '2399999999999998',
    });
  });

  it('8 of 201 villages: the 40th digit rounds up through two 9s, and the trailing 0 goes', () => {
    // 800/201 = 3.980099502487562189054726368159203980099|502487… (1/201 repeats 0.00497512437810945273631840796019900…)
    // 40 significant digits: …203980099 + 1 → …203980100 → strip the zeros → …2039801.
    expect(finalize('rural_facility_coverage', 8, 201).value).toBe('3.9800995024875621890547263681592039801');
  });

  it('[P1.4] an exact tie at the 41st digit rounds half up', () => {
    // 2^-49 = 0.0000000000000017763568394002504646778106689453125 (exact), so 1000001 hundredths of m² for
    // 2^49 households, × 100 per 100 households ÷ 100 hundredths = 1000001 / 2^49 m²:
    //   0.0000000017763568394002504646778106689453125 + 0.0000000000000017763568394002504646778106689453125
    //   = 0.0000000017763586157570898649282753467559814453125: 41 significant digits ending in 5 → round up.
    expect(finalize('facility_area_per_100_households', 1_000_001, 2 ** 49).value).toBe(
      '0.000000001776358615757089864928275346755981445313',
    );
    // quotientString itself, on the same tie: 1000001 / 562949953421312.
    expect(quotientString(1_000_001, 562_949_953_421_312)).toBe('0.000000001776358615757089864928275346755981445313');
  });

  it('whole values have no decimal point, and zero is 0', () => {
    expect(finalize('rural_facility_coverage', 55, 55).value).toBe('100');
    expect(finalize('rural_facility_coverage', 0, 68).value).toBe('0');
    expect(quotientString(0, 7)).toBe('0');
    expect(quotientString(6800, 68)).toBe('100');
  });
});

describe('[P1.1] [P1.7] sums beyond Number.MAX_SAFE_INTEGER (merged partials): the BigInt paths', () => {
  it('[P1.1] exactly 80% of 10^16 villages is met; one village fewer is not, and needs 1', () => {
    // 8000000000000000 is still a safe number; 10^16 is not, so it is a string.
    expect(finalize('rural_facility_coverage', 8_000_000_000_000_000, '10000000000000000')).toMatchObject({
      value: '80',
      denominator: '10000000000000000',
      meetsTarget: true,
      gap: '0',
      progress: { status: 'achieved', expected: '80' },
    });
    // 7999999999999999 × 100 / 10^16 = 79.99999999999999 (terminates).
    expect(finalize('rural_facility_coverage', 7_999_999_999_999_999, '10000000000000000')).toMatchObject({
      value: '79.99999999999999',
      meetsTarget: false,
      gap: '1',
      progress: { status: 'not_achieved', expected: '80' },
    });
  });

  it('[P1.1] of 10^16 + 1 villages, 80% is 8000000000000000.8: 8000000000000001 needed (rounded up)', () => {
    // Value: (8e17 − 100)/(1e16 + 1) = 80 − 180/(1e16 + 1) = 80 − 1.8e-14 × (1 − 1e-16 + …)
    //   = 79.999999999999982000000000000001799999… → 79.9999999999999820000000000000018.
    expect(finalize('rural_facility_coverage', 7_999_999_999_999_999, '10000000000000001')).toMatchObject({
      value: '79.9999999999999820000000000000018',
      meetsTarget: false,
      gap: '2',
    });
    // Both sums strings: 9 × 10^18 of 10^19 is 90%, met.
    expect(finalize('rural_facility_coverage', '9000000000000000000', '10000000000000000000')).toMatchObject({
      value: '90',
      meetsTarget: true,
      gap: '0',
    });
  });

  it('[P1.3] a commercial area gap beyond 2^53 hundredths is exact, in m²', () => {
    // 0 of 100000000000000001 hundredths (1000000000000000.01 m²): 10% is 100000000000000.001 m².
    expect(finalize('commercial_service_area_share', 0, '100000000000000001')).toMatchObject({
      value: '0',
      numerator: '0',
      denominator: '1000000000000000.01',
      meetsTarget: false,
      gap: '100000000000000.001',
    });
  });

  it('[P1.3] an area gap of 45 significant digits is exact, not rounded to 40', () => {
    // Building area 10^44 + 1 hundredths = 10^42 + 0.01 m²; 10% of it = 10^41 + 0.001 m².
    const denominator = `1${'0'.repeat(43)}1`;
    expect(finalize('commercial_service_area_share', 0, denominator).gap).toBe(`1${'0'.repeat(41)}.001`);
  });

  it('[P1.4] 30 m² per 100 households for 1000000000000001 households: 300000000000000.3 m² (30 × that is past 2^53)', () => {
    // 30 × 1000000000000001 = 30000000000000030 hundredths of m², not a double (spacing 4 there).
    expect(finalize('facility_area_per_100_households', 0, 1_000_000_000_000_001)).toMatchObject({
      value: '0',
      gap: '300000000000000.3',
    });
  });

  it('[P1.7] 18 per 10,000 of 2777777777777778 residents is 5000000000000.0004 workers: 5000000000001 needed', () => {
    // 18 × 2777777777777778 = 5555555555555556 × 9 = 50000000000000004, past 2^53 (a double would say 5 × 10^16).
    // With 5000000000000 workers: value = 10000 × 5e12 / 2777777777777778 = 18 × 5e16 / (5e16 + 4)
    //   = 18 × (1 − 8e-17 + 6.4e-33 − …) = 18 − 0.00000000000000144 + 1.152e-31 − …
    //   = 17.99999999999999856000000000000011519999… → 17.9999999999999985600000000000001152.
    expect(finalize('workers_per_10000_urban_residents', 5_000_000_000_000, 2_777_777_777_777_778)).toMatchObject({
      value: '17.9999999999999985600000000000001152',
      meetsTarget: false,
      gap: '1',
    });
  });
});

describe('[P1.1] [P1.7] progress against the line, exactly', () => {
  // On 2023-07-02 (day 913 of 1826) the line of indicator 1 is at 60 + 20 × 913/1826 = 70.
  it('[P1.1] 913 of 1304 villages (70.015…%) and 700 of 1000 (exactly 70%) are on track; 699 of 1000 behind', () => {
    expect(finalize('rural_facility_coverage', 913, 1304, '2023-07-02')).toMatchObject({
      value: '70.01533742331288343558282208588957055215',
      meetsTarget: false,
      progress: { status: 'on_track', expected: '70' },
    });
    expect(finalize('rural_facility_coverage', 700, 1000, '2023-07-02').progress).toEqual({ status: 'on_track', expected: '70' });
    expect(finalize('rural_facility_coverage', 699, 1000, '2023-07-02').progress).toEqual({ status: 'behind', expected: '70' });
  });

  it('[P1.7] one part in 10^16 below the line is behind, although the products pass 2^53', () => {
    // On 2021-12-31 the line is (17.1 × 1826 + 0.9 × 365)/1826 = 315531/18260 per 10,000 residents.
    // 63384058 workers for 36680798371 residents, against it: 63384058 × 10000 × 18260 = 11573928990800000 and
    // 315531 × 36680798371 = 11573928990800001, so one part in about 10^16 below the line: behind.
    // One worker more adds 182600000 to the left side: on track.
    const asOf = '2021-12-31';
    const expected = '17.27990142387732749178532311062431544359';
    expect(finalize('workers_per_10000_urban_residents', 63_384_058, 36_680_798_371, asOf).progress).toEqual({ status: 'behind', expected });
    expect(finalize('workers_per_10000_urban_residents', 63_384_059, 36_680_798_371, asOf).progress).toEqual({ status: 'on_track', expected });
  });

  it('[P1.1] with sums beyond 2^53, on the line is on track and one village fewer behind', () => {
    // 7 × 10^15 of 10^16 = 70%, exactly the line on 2023-07-02; 7 × 10^15 − 1 is below it.
    expect(finalize('rural_facility_coverage', 7_000_000_000_000_000, '10000000000000000', '2023-07-02').progress.status).toBe('on_track');
    expect(finalize('rural_facility_coverage', 6_999_999_999_999_999, '10000000000000000', '2023-07-02').progress.status).toBe('behind');
    expect(finalize('rural_facility_coverage', '7000000000000000001', '10000000000000000000', '2023-07-02').progress.status).toBe('on_track');
  });
});

describe('[P1.1] [P1.3] [P1.4] gaps in native integers', () => {
  it('[P1.1] 20 of 40 villages: 80% of 40 is 32, so 12 more', () => {
    expect(finalize('rural_facility_coverage', 20, 40).gap).toBe('12');
  });

  it('[P1.3] 0.5 m² of 10 m² is 5%: 10% needs 1 m², 0.5 m² more', () => {
    expect(finalize('commercial_service_area_share', 50, 1000)).toMatchObject({ value: '5', gap: '0.5' });
  });

  it('[P1.3] 25.07 m² of 1000 m²: 10% is 100 m², 74.93 m² more', () => {
    expect(finalize('commercial_service_area_share', 2507, 100_000)).toMatchObject({
      value: '2.507',
      numerator: '25.07',
      denominator: '1000',
      gap: '74.93',
    });
  });

  it('[P1.4] no facility area for 30 households: 30 m² per 100 households is 9 m²', () => {
    expect(finalize('facility_area_per_100_households', 0, 30)).toMatchObject({ value: '0', gap: '9' });
  });

  it('gapOf is 0 for a value already at or above the target, on either path', () => {
    const rural = formulaOf('rural_facility_coverage');
    const commercial = formulaOf('commercial_service_area_share');
    expect(gapOf(rural, 55, 68)).toBe('0'); // 80.88…% ≥ 80%
    expect(gapOf(rural, 4, 5)).toBe('0'); // exactly 80%
    expect(gapOf(commercial, 150, 1000)).toBe('0'); // 15% ≥ 10%
    expect(gapOf(commercial, 100, 1000)).toBe('0'); // exactly 10%
    expect(gapOf(rural, '9000000000000000000', '10000000000000000000')).toBe('0'); // 90%
    expect(gapOf(commercial, '2000000000000000000', '10000000000000000000')).toBe('0'); // 20%
  });
});

describe('the general formulas, on formulas unlike the plan’s', () => {
  it('expectedFraction with a target that is not whole: 17.1 → 18.5, half-way is 17.8', () => {
    const f: Formula = { ...formulaOf('workers_per_10000_urban_residents'), baseline: [171, 10], target: [185, 10] };
    const e = expectedFraction(f, { numerator: 1, denominator: 2 });
    if (e === undefined) throw new Error('a baseline gives a line');
    // 17.1 + (18.5 − 17.1) × 1/2 = 17.8 = 178/10.
    expect(e[0] * 10n).toBe(178n * e[1]);
  });

  it('gapOf when 100 × target denominator × k is not a power of ten (k = 11): divided, 40 significant digits', () => {
    const f: Formula = { ...formulaOf('commercial_service_area_share'), k: 11 };
    // R = target × denominator ÷ k: 10 × 33 / 11 = 30 hundredths = 0.3 m².
    expect(gapOf(f, 0, 33)).toBe('0.3');
    // 10 × 1 / 11 hundredths = 1/110 m² = 0.00909090…: 40 significant digits, the last 90 rounded up to 91.
    expect(gapOf(f, 0, 1)).toBe(`0.00${'90'.repeat(19)}91`);
    expect(gapOf(f, '0', '1')).toBe(`0.00${'90'.repeat(19)}91`);
  });

  it('gapOf with a target of two decimals and k = 10: 12.34% of 100 hundredths ÷ 10 is 1.234 m²', () => {
    const f: Formula = { ...formulaOf('commercial_service_area_share'), k: 10, target: [1234, 100] };
    // value = numerator × 10 ÷ denominator ≥ 12.34 ⇔ numerator ≥ 12.34 × 100 / 10 = 123.4 hundredths = 1.234 m².
    expect(gapOf(f, 0, 100)).toBe('1.234');
    expect(gapOf(f, '0', '100')).toBe('1.234');
  });
});

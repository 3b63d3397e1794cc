/**
 * [P1.1] [P1.7] A measured 2020 baseline (option measuredBaselines): the straight line to the 2025 target starts from
 * the county's own figure. Worked by hand: 2020-12-31 → 2024-06-30 is 1277 of 1826 days.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate';
import { renderReport } from '../../src/report';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { VILLAGE_UNITS } from '../../src/units';

// 50 of the 68 village committees with a facility: 50 ÷ 68 = 73.529…%.
const villages = VILLAGE_UNITS.filter((v) => v.kind === 'village_committee').map((v, i) => ({ code: v.code, townshipCode: v.townshipCode, hasServiceFacility: i < 50 }));
const county = (asOf: string, options = {}) => evaluate({ asOf, units: villages }, { scope: 'units', ...options });

describe('[P1.1] measured 2020 baseline', () => {
  it("the plan's 60%: the line on 2024-06-30 is 60 + 20 × 1277/1826 = 73.987%; 73.53% is behind", () => {
    const h = county('2024-06-30').headline[0]!;
    expect([h.progress, h.baseline]).toEqual(['behind', { value: '60', source: 'plan' }]);
  });

  it('a measured 50%: the line is 50 + 30 × 1277/1826 = 70.980%; 73.53% is on track', () => {
    const e = county('2024-06-30', { measuredBaselines: { rural_facility_coverage: '50' } });
    const h = e.headline[0]!;
    expect([h.progress, h.baseline]).toEqual(['on_track', { value: '50', source: 'measured' }]);
    // 50 + 38310/1826 = 70.98028477546549835706462212486308871851… (40 significant digits, half up).
    expect(e.indicators[0]!.progress).toEqual({ status: 'on_track', expected: '70.98028477546549835706462212486308871851' });
    expect(e.options['measuredBaselines']).toEqual(['rural_facility_coverage=50']);
  });

  it('a number is read as its shortest decimal: 50 is the same as "50"', () => {
    expect(county('2024-06-30', { measuredBaselines: { rural_facility_coverage: 50 } }).headline[0]!.progress).toBe('on_track');
  });

  it('after the end date the baseline no longer matters: not achieved either way', () => {
    expect(county('2025-12-31', { measuredBaselines: { rural_facility_coverage: '50' } }).headline[0]!.progress).toBe('not_achieved');
  });

  it('the reports say which baseline was used', () => {
    const e = county('2024-06-30', { measuredBaselines: { rural_facility_coverage: '50' } });
    expect(renderReport(e, { format: 'text', locale: 'zh-CN' })).toContain('50（实测）');
    expect(renderReport(e, { format: 'markdown', locale: 'en' })).toContain('| 50 (measured) |');
  });

  it('[P1.7] a measured 17 per 10,000: the line on 2024-06-30 is 17 + 1 × 1277/1826 = 17.699…', () => {
    const e = evaluate(
      { asOf: '2024-06-30', units: [{ code: '533124101001', townshipCode: '533124101', communityWorkers: 177, residentPopulation: 100000 }] },
      // The case is about the line, over the 100,000 residents of the one community: the units' sum as the
      // denominator (by default it is the county's 城镇常住人口, not given here).
      { scope: 'units', urbanPopulationSource: 'units', measuredBaselines: { workers_per_10000_urban_residents: '17' } },
    );
    // 177 per 100,000 = 17.7 per 10,000 ≥ 17.69934… → on track (the plan's 17.1 line is at 17.729…: behind).
    expect(e.headline[6]!.progress).toBe('on_track');
  });

  it.each([
    [{ rural_facility_coverage: '170' }, ['measuredBaselines', 'rural_facility_coverage']],
    [{ rural_facility_coverage: '-1' }, ['measuredBaselines', 'rural_facility_coverage']],
    [{ rural_facility_coverage: '1e1' }, ['measuredBaselines', 'rural_facility_coverage']],
    [{ commercial_service_area_share: '5' }, ['measuredBaselines', 'commercial_service_area_share']],
    ['60', ['measuredBaselines']],
  ])('%j is refused with a PlanInputError at %j', (option, path) => {
    const run = () => county('2024-06-30', { measuredBaselines: option });
    expect(run).toThrow(PlanInputError);
    try {
      run();
    } catch (e) {
      expect((e as PlanInputError).path).toEqual(path);
    }
  });
});

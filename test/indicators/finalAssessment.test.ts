/**
 * [R3] The final assessment (终期评估): from the target date 2025-12-31 on, the period is over, and a missed target
 * is `not_achieved`, never `behind` or `on_track`. Worked by hand: 2020-12-31 → 2025-12-31 is 1826 days, so on
 * 2025-12-30 (day 1825) the P1.1 line is at 60 + 20 × 1825/1826 = 79.989…%, and from 2025-12-31 on at 80%.
 */
import { describe, expect, it } from 'vitest';
import { computeIndicator } from '../../src/indicators';
import { evaluate } from '../../src/evaluate';
import { code, parseUnits, villages } from './_helpers';
import { VILLAGE_UNITS } from '../../src/units/units.generated';

describe('[P1.1] [P1.2] [P1.7] progress around the end date', () => {
  // 34 of 68 villages with a facility: 50% < 80%, gap 80% × 68 = 54.4 → 55 needed → 21.
  const half = parseUnits(villages(34, 68));
  it.each([
    ['2024-12-31', 'behind'], // the line is at 60 + 20 × 1461/1826 = 76.0…%: 50 is below it, the period still runs
    ['2025-12-30', 'behind'], // one day before the end: still on the way
    ['2025-12-31', 'not_achieved'], // the end date: the final figure
    ['2026-01-01', 'not_achieved'], // one day after
    ['2026-06-30', 'not_achieved'], // the final assessment, read in 2026
  ] as const)('[P1.1] 34 of 68 villages (50%) on %s → %s', (asOf, status) => {
    const r = computeIndicator('rural_facility_coverage', half, { asOf });
    expect([r.value, r.meetsTarget, r.gap, r.progress.status]).toEqual(['50', false, '21', status]);
  });

  it('[P1.7] a value above the line on the day before the end is on track; on the end date it is not achieved', () => {
    // The P1.7 line on 2025-12-30: 17.1 + 0.9 × 1825/1826 = 17.99950711…; 179,996 workers for 100,000,000 urban
    // residents = 17.9996 per 10,000: above the line, below 18.
    const units = parseUnits([
      { code: code(0), townshipCode: '533124101', committeeType: 'resident_committee', communityWorkers: 179996, residentPopulation: 100000000 },
    ]);
    expect(computeIndicator('workers_per_10000_urban_residents', units, { asOf: '2025-12-30', urbanPopulationSource: 'units' }).progress.status).toBe('on_track');
    expect(computeIndicator('workers_per_10000_urban_residents', units, { asOf: '2025-12-31', urbanPopulationSource: 'units' }).progress.status).toBe('not_achieved');
  });

  it('[P1.1] exactly 80% on and after the end date is achieved', () => {
    const units = parseUnits(villages(8, 10));
    for (const asOf of ['2025-12-30', '2025-12-31', '2026-01-01']) {
      expect(computeIndicator('rural_facility_coverage', units, { asOf }).progress.status).toBe('achieved');
    }
  });

  it('[P1.2] the flat 100% line: 1 of 2 communities is behind on 2025-12-30 and not achieved on 2026-01-01', () => {
    const units = parseUnits([
      { code: code(0), townshipCode: '533124101', committeeType: 'resident_committee', hasServiceFacility: true },
      { code: code(1), townshipCode: '533124101', committeeType: 'resident_committee', hasServiceFacility: false },
    ]);
    expect(computeIndicator('urban_facility_coverage', units, { asOf: '2025-12-30' }).progress.status).toBe('behind');
    expect(computeIndicator('urban_facility_coverage', units, { asOf: '2026-01-01' }).progress.status).toBe('not_achieved');
  });

  it('[P1.7] 17 workers per 10,000 urban residents: behind before the end, not achieved from it', () => {
    const units = parseUnits([
      { code: code(0), townshipCode: '533124101', committeeType: 'resident_committee', communityWorkers: 17, residentPopulation: 10000 },
    ]);
    expect(computeIndicator('workers_per_10000_urban_residents', units, { asOf: '2025-12-30', urbanPopulationSource: 'units' }).progress.status).toBe('behind');
    expect(computeIndicator('workers_per_10000_urban_residents', units, { asOf: '2025-12-31', urbanPopulationSource: 'units' }).progress.status).toBe('not_achieved');
  });

  it('evaluate: the headline and the summary count no indicator as behind or on track after the end', () => {
    // The whole registered county (77 units, so no figure is incomplete): the first 34 of its 68 村民委员会 with a
    // facility, the other 34 without; the 9 社区居民委员会 report nothing else.
    const rural = VILLAGE_UNITS.filter((v) => v.kind === 'village_committee');
    expect(rural).toHaveLength(68);
    const units = VILLAGE_UNITS.map((v) => ({
      code: v.code,
      townshipCode: v.townshipCode,
      ...(v.kind === 'village_committee' ? { hasServiceFacility: rural.indexOf(v) < 34 } : {}),
    }));
    const e = evaluate({ asOf: '2026-06-30', units });
    expect(e.input.coverage?.complete).toBe(true);
    expect([e.headline[0]!.value, e.headline[0]!.progress]).toEqual(['50', 'not_achieved']);
    expect(e.summary.indicators.behind).toBe(0);
    expect(e.summary.indicators.on_track).toBe(0);
  });
});

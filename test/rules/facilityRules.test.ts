import { describe, expect, it } from 'vitest';
import { checkRule } from '../../src/rules/checkRules';
import type { RuleId } from '../../src/rules/RULE_IDS';
import type { RuleOptions } from '../../src/rules/RuleOptions';
import { RURAL, snap, unit, URBAN } from './_helpers';

interface Row {
  readonly title: string;
  readonly rule: RuleId;
  readonly asOf: string;
  readonly unit: Record<string, unknown>;
  readonly options?: RuleOptions;
  readonly status: string;
  readonly actual: string | null;
  readonly expected?: string | null;
  readonly missing?: string[];
}

const F = { hasServiceFacility: true };

const rows: Row[] = [
  // 专栏1 item 5 per facility: ≥60%, due 2025-12-31 (2025年目标值)
  { title: '[P1.5] 60 of 100 m² = 60% → pass (exactly the threshold)', rule: 'p1-5-facility-activity-share', asOf: '2024-06-30', unit: { ...F, facilityBuildingArea: 100, facilityActivityArea: 60 }, status: 'pass', actual: '60%', expected: '≥60%' },
  { title: '[P1.5] 59.99 of 100 m² = 59.99% → pending before 2025-12-31', rule: 'p1-5-facility-activity-share', asOf: '2024-06-30', unit: { ...F, facilityBuildingArea: 100, facilityActivityArea: '59.99' }, status: 'pending', actual: '59.99%' },
  { title: '[P1.5] 59.99 of 100 m² on 2025-12-31 → fail (due that day)', rule: 'p1-5-facility-activity-share', asOf: '2025-12-31', unit: { ...F, facilityBuildingArea: 100, facilityActivityArea: '59.99' }, status: 'fail', actual: '59.99%' },
  { title: '[P1.5] 59.99 of 100 m² on 2025-12-30 → pending (one day before)', rule: 'p1-5-facility-activity-share', asOf: '2025-12-30', unit: { ...F, facilityBuildingArea: 100, facilityActivityArea: '59.99' }, status: 'pending', actual: '59.99%' },
  { title: '[P1.5] 200 of 320.5 m² = 62.40% → pass', rule: 'p1-5-facility-activity-share', asOf: '2025-12-31', unit: { ...F, facilityBuildingArea: '320.5', facilityActivityArea: 200 }, status: 'pass', actual: '62.4%' },
  { title: '[P1.5] 179.99 of 300 m² = 59.9966…% never shows as 60%: "59.997%" (3 places)', rule: 'p1-5-facility-activity-share', asOf: '2025-12-31', unit: { ...F, facilityBuildingArea: 300, facilityActivityArea: '179.99' }, status: 'fail', actual: '59.997%' },
  { title: '[P1.5] building area 0 → not_applicable (zero denominator)', rule: 'p1-5-facility-activity-share', asOf: '2025-12-31', unit: { ...F, facilityBuildingArea: 0, facilityActivityArea: 0 }, status: 'not_applicable', actual: null },
  { title: '[P1.5] no facility → not_applicable', rule: 'p1-5-facility-activity-share', asOf: '2025-12-31', unit: { hasServiceFacility: false }, status: 'not_applicable', actual: null },
  { title: '[P1.5] activity area missing → missing_data', rule: 'p1-5-facility-activity-share', asOf: '2025-12-31', unit: { ...F, facilityBuildingArea: 100 }, status: 'missing_data', actual: null, missing: ['facilityActivityArea'] },
  // 专栏2 item 2: volunteer station in every facility by 2025
  { title: '[P2.2] facility with a volunteer station → pass', rule: 'p2-2-volunteer-station', asOf: '2023-01-01', unit: { ...F, hasVolunteerStation: true }, status: 'pass', actual: 'true', expected: 'true' },
  { title: '[P2.2] no station on 2025-12-30 → pending (到2025年)', rule: 'p2-2-volunteer-station', asOf: '2025-12-30', unit: { ...F, hasVolunteerStation: false }, status: 'pending', actual: 'false' },
  { title: '[P2.2] no station on 2025-12-31 → fail', rule: 'p2-2-volunteer-station', asOf: '2025-12-31', unit: { ...F, hasVolunteerStation: false }, status: 'fail', actual: 'false' },
  { title: '[P2.2] no station on 2026-03-01 → fail', rule: 'p2-2-volunteer-station', asOf: '2026-03-01', unit: { ...F, hasVolunteerStation: false }, status: 'fail', actual: 'false' },
  { title: '[P2.2] no facility → not_applicable', rule: 'p2-2-volunteer-station', asOf: '2025-12-31', unit: { hasServiceFacility: false, hasVolunteerStation: false }, status: 'not_applicable', actual: null },
  { title: '[P2.2] facility unknown, station unknown → missing_data (both fields)', rule: 'p2-2-volunteer-station', asOf: '2025-12-31', unit: {}, status: 'missing_data', actual: null, missing: ['hasVolunteerStation', 'hasServiceFacility'] },
  // T8: new facilities (completed 2021-01-01 … 2025-12-31), ≥30 m² per 100 households (原则上)
  { title: '[T8] 90 m² for 300 households = 30 m²/100 → pass (exactly)', rule: 't8-new-facility-area', asOf: '2024-06-30', unit: { ...F, facilityCompletedOn: '2022-05-01', facilityBuildingArea: 90, households: 300 }, status: 'pass', actual: '30 m²/100 households', expected: '≥30 m²/100 households' },
  { title: '[T8] 89.97 m² for 300 households = 29.99 → fail (just below)', rule: 't8-new-facility-area', asOf: '2024-06-30', unit: { ...F, facilityCompletedOn: '2022-05-01', facilityBuildingArea: '89.97', households: 300 }, status: 'fail', actual: '29.99 m²/100 households' },
  { title: '[T8] 89.99 m² for 300 households = 29.9966… → fail, shown "29.997" (3 places) not "30"', rule: 't8-new-facility-area', asOf: '2024-06-30', unit: { ...F, facilityCompletedOn: '2022-05-01', facilityBuildingArea: '89.99', households: 300 }, status: 'fail', actual: '29.997 m²/100 households' },
  { title: '[T8] 80 m² for 300 households = 26.67 → fail (a standard: no pending)', rule: 't8-new-facility-area', asOf: '2021-06-30', unit: { ...F, facilityCompletedOn: '2021-03-01', facilityBuildingArea: 80, households: 300 }, status: 'fail', actual: '26.67 m²/100 households' },
  { title: '[T8] completed 2020-12-31 (before the period) → not_applicable, not a new facility', rule: 't8-new-facility-area', asOf: '2024-06-30', unit: { ...F, facilityCompletedOn: '2020-12-31', facilityBuildingArea: 10, households: 300 }, status: 'not_applicable', actual: null },
  { title: '[T8] completed 2021-01-01 (first day of the period) → checked', rule: 't8-new-facility-area', asOf: '2024-06-30', unit: { ...F, facilityCompletedOn: '2021-01-01', facilityBuildingArea: 10, households: 300 }, status: 'fail', actual: '3.33 m²/100 households' },
  { title: '[T8] completion date missing → missing_data', rule: 't8-new-facility-area', asOf: '2024-06-30', unit: { ...F, facilityBuildingArea: 90, households: 300 }, status: 'missing_data', actual: null, missing: ['facilityCompletedOn'] },
  { title: '[T8] 0 households → not_applicable', rule: 't8-new-facility-area', asOf: '2024-06-30', unit: { ...F, facilityCompletedOn: '2022-05-01', facilityBuildingArea: 90, households: 0 }, status: 'not_applicable', actual: null },
  { title: '[T8] households missing → missing_data', rule: 't8-new-facility-area', asOf: '2024-06-30', unit: { ...F, facilityCompletedOn: '2022-05-01', facilityBuildingArea: 90 }, status: 'missing_data', actual: null, missing: ['households'] },
];

describe('facility rules: conformance, worked out by hand from the plan', () => {
  it.each(rows.map((r) => [r.title, r] as const))('%s', (_title, row) => {
    const s = snap(row.asOf, { units: [unit(URBAN, row.unit)] });
    const results = checkRule(row.rule, s, row.options);
    expect(results).toHaveLength(1);
    const r = results[0]!;
    expect(r.ruleId).toBe(row.rule);
    expect(r.subject).toBe(URBAN);
    expect(r.status).toBe(row.status);
    expect(r.actual).toBe(row.actual);
    if (row.expected !== undefined) expect(r.expected).toBe(row.expected);
    expect(r.missing).toEqual(row.missing ?? []);
  });

  it('[T8] vs [P3.2]: 25 m² per 100 households fails the 30 m² facility standard but passes the 20 m² estate standard', () => {
    const s = snap('2024-06-30', {
      units: [unit(RURAL, { ...F, facilityCompletedOn: '2023-01-01', facilityBuildingArea: 50, households: 200 })],
      records: { newEstates: [{ id: 'E1', households: 200, elderlyCareServiceArea: 50 }] },
    });
    expect(checkRule('t8-new-facility-area', s)[0]?.status).toBe('fail');
    expect(checkRule('p3-2-new-estate-elderly-care-space', s)[0]?.status).toBe('pass');
  });

  it('gives one result per unit, in snapshot order', () => {
    const s = snap('2024-06-30', { units: [unit(RURAL, { hasServiceFacility: false }), unit(URBAN, { hasServiceFacility: false })] });
    expect(checkRule('t3-opening-hours', s).map((r) => r.subject)).toEqual([RURAL, URBAN]);
  });
});

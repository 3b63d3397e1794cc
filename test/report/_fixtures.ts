// Hand-made snapshots for the report tests. The expected figures in the tests are worked out by hand from these
// inputs and the plan's 专栏1, never read from the library's constants.
import { VILLAGE_UNITS } from '../../src/units/units.generated';

const weekdays = (intervals: string[]) => ({ mon: intervals, tue: intervals, wed: intervals, thu: intervals, fri: intervals, sat: [], sun: [] });

/**
 * Longchuan's real 77 village-level units (68 村民委员会, 9 社区居民委员会) on 2024-06-30:
 * - 55 of the 68 villages have a facility (the first 55 in code order): 55/68 = 80.882…% → shown 80.9, achieved (≥80).
 * - 8 of the 9 communities have one (not 533124101001 老街子社区): 8/9 = 88.888…% → 88.9, behind (100 expected), gap 1.
 * - communities: building area 10 000 m², commercial 800 m² each: 7 200 / 90 000 = 8% → 8.0, not achieved,
 *   gap 10% × 90 000 − 7 200 = 1 800 m².
 * - 300 households per unit (23 100 in all), 100 m² per facility (63 facilities, 6 300 m²):
 *   6 300 / 23 100 × 100 = 27.27… → 27.3, not achieved, gap 0.3 × 23 100 − 6 300 = 630 m².
 * - activity area 70 m² of 100 m²: 70% → 70.0, achieved.
 * - self-service terminal: unknown for 533124101001 → missing data.
 * - 3 workers and 2 000 residents per community: 27 / 18 000 × 10 000 = 15 → 15.0, behind.
 *   Expected on 2024-06-30: 1 277 of 1 826 days → 17.1 + 0.9 × 1277/1826 = 17.729… → 17.7; gap 18 × 1.8 − 27 = 5.4 → 6 workers.
 * - 章凤村 (533124101201) opens 09:00–16:00 on weekdays: 7 h a day < 8 h → [T3] fails.
 * - county: 3 ethnic-unity demonstration villages of the 20 due by 2025 → [P3.14] pending; 18 000 urban residents
 *   (统计部门的城镇常住人口, P1.7's denominator), the same as the 9 communities' 2 000 each.
 */
export function countySnapshot(): Record<string, unknown> {
  let villages = 0;
  const units = VILLAGE_UNITS.map((u) => {
    const urban = u.kind === 'resident_committee';
    const facility = urban ? u.code !== '533124101001' : ++villages <= 55;
    return {
      code: u.code,
      townshipCode: u.townshipCode,
      households: 300,
      hasServiceFacility: facility,
      ...(facility ? { facilityBuildingArea: '100', facilityActivityArea: '70' } : {}),
      ...(urban
        ? {
            communityBuildingArea: '10000',
            commercialServiceArea: '800',
            residentPopulation: 2000,
            communityWorkers: 3,
            ...(u.code === '533124101001' ? {} : { hasSelfServiceTerminal: true }),
          }
        : {}),
      ...(u.code === '533124101201' ? { openingSchedule: weekdays(['09:00-16:00']) } : {}),
    };
  });
  return { asOf: '2024-06-30', units, county: { ethnicUnityDemonstrationUnits: 3, urbanResidentPopulation: 18_000 } };
}

/** Hostile text: markup, both quotes, an ampersand and a table pipe. */
export const HOSTILE = `<script>alert("x")</script> & 'q' | <img src=x onerror=alert(1)>`;

/**
 * A small snapshot with one rejected unit whose bad value carries {@link HOSTILE} text (the issue message quotes it),
 * on 2025-12-31, when the one dated action (P3.4) is in progress and so past its due date.
 */
export function hostileSnapshot(): Record<string, unknown> {
  return {
    asOf: '2025-12-31',
    units: [
      { code: '533124101201', townshipCode: '533124101', hasServiceFacility: true, households: 100 },
      { code: '533124101202', townshipCode: '533124101', name: HOSTILE, hasServiceFacility: HOSTILE },
    ],
    actions: [{ actionId: 'p3-4-mental-health-purchase', status: 'in_progress', startedOn: '2023-01-01', note: HOSTILE }],
  };
}

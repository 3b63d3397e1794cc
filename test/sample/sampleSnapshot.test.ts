/**
 * The embedded sample: valid, Longchuan's real 77 units and nothing else, labelled as illustrative, and built so that
 * its evaluation on 2024-06-30 shows every status. Expected figures are worked out by hand from the plan (专栏1:
 * 80%, 100%, ≥10%, ≥30平方米, ≥60%, 100%, 18人; baselines 60% and 17.1人) and the sample's own tables.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate';
import { elapsedShare } from '../../src/period/elapsedShare';
import { SAMPLE_NOTICE, SAMPLE_SNAPSHOT } from '../../src/sample/index';
import { safeParseSnapshot } from '../../src/snapshot/safeParseSnapshot';
import { VILLAGE_UNITS } from '../../src/units/units.generated';

type U = Record<string, unknown>;
const units = SAMPLE_SNAPSHOT.units as readonly U[];
const e = evaluate(SAMPLE_SNAPSHOT);
const county = (id: string) => e.indicators.find((r) => r.level === 'county' && r.id === id)!;
const statuses = (ruleId?: string) => new Set(e.rules.filter((r) => ruleId === undefined || r.ruleId === ruleId).map((r) => r.status));

describe('SAMPLE_SNAPSHOT: valid, real units, labelled', () => {
  it('parses with no issue, and evaluates with no input problem', () => {
    const r = safeParseSnapshot(SAMPLE_SNAPSHOT);
    expect(r.issues).toEqual([]);
    expect(r.success).toBe(true);
    // All 77 registered units reported: the county figures are complete.
    expect(e.input).toEqual({
      units: 77,
      evaluated: 77,
      rejected: [],
      issues: [],
      coverage: { scope: 'county', subject: '533124', expected: 77, reported: 77, absent: [], unregistered: [], complete: true },
    });
  });

  it("holds exactly Longchuan's 77 village-level units of the registry, in its order, with their real codes and names", () => {
    expect(units.map((u) => [u['code'], u['townshipCode'], u['name'], u['committeeType']])).toEqual(
      VILLAGE_UNITS.map((v) => [v.code, v.townshipCode, v.name, v.kind]),
    );
    expect(units.filter((u) => u['committeeType'] === 'village_committee')).toHaveLength(68);
    expect(units.filter((u) => u['committeeType'] === 'resident_committee')).toHaveLength(9);
  });

  it('lists all 10 township-level units', () => {
    expect((SAMPLE_SNAPSHOT.townships as readonly U[]).map((t) => t['code'])).toEqual([
      '533124101', '533124102', '533124103', '533124104', '533124201', '533124202', '533124203', '533124204', '533124205', '533124400',
    ]);
  });

  it('carries the notice: 示例数据，仅作演示，不是官方统计数据 / Illustrative sample data, not official statistics', () => {
    expect(SAMPLE_NOTICE).toEqual({ zh: '示例数据，仅作演示，不是官方统计数据', en: 'Illustrative sample data, not official statistics' });
    // Wherever the data model has room for a note or a name of a made-up record, it says so.
    for (const a of SAMPLE_SNAPSHOT.actions as readonly U[]) expect(a['note']).toMatch(/示例.*illustrative/);
    const records = SAMPLE_SNAPSHOT.records as Record<string, readonly U[]>;
    for (const list of [records['newEstates'], records['serviceOutlets'], records['relocationSites']]) {
      for (const r of list ?? []) expect(r['name']).toMatch(/示例.*（示意）$/);
    }
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(SAMPLE_SNAPSHOT)).toBe(true);
    expect(Object.isFrozen(SAMPLE_SNAPSHOT.units)).toBe(true);
    expect(Object.isFrozen(units[0])).toBe(true);
    expect(Object.isFrozen((units[0] as { cadrePay: object }).cadrePay)).toBe(true);
    expect(Object.isFrozen(SAMPLE_SNAPSHOT.records)).toBe(true);
    expect(Object.isFrozen(SAMPLE_NOTICE)).toBe(true);
  });

  it('is plausible for a border county of about 190,000 residents, and its county totals are the sums of its units', () => {
    const sum = (f: string) => units.reduce((s, u) => s + (u[f] as number), 0);
    const c = SAMPLE_SNAPSHOT.county as U;
    expect(c['residentPopulation']).toBe(sum('residentPopulation'));
    expect(c['households']).toBe(sum('households'));
    // 68 villages of 460–820 households (43,520 by the formula, +220 for 陆昆村 set to 800) at 3.5 persons: 153,090;
    // nine communities: 13,320 households, 39,160 residents.
    expect(c['households']).toBe(43520 + 220 + 13320);
    expect(c['residentPopulation']).toBe(153090 + 39160);
  });

  it('is deterministic: the same evaluation, byte for byte, every time', () => {
    expect(JSON.stringify(evaluate(SAMPLE_SNAPSHOT))).toBe(JSON.stringify(e));
  });
});

describe('SAMPLE_SNAPSHOT: its evaluation on 2024-06-30 shows every status', () => {
  it('is dated mid-period: 2024-06-30 is 1277 of the 1826 days from 2020-12-31 to 2025-12-31', () => {
    // 2021, 2022, 2023: 365 days each (1095); 2024 to 30 June: 31 + 29 + 31 + 30 + 31 + 30 = 182 (a leap year).
    expect(SAMPLE_SNAPSHOT.asOf).toBe('2024-06-30');
    expect(elapsedShare('2024-06-30')).toEqual({ numerator: 1277, denominator: 1826 });
  });

  it('[P1.1] 51 of 68 villages = 75% ≥ the expected 60 + 20 × 1277/1826 = 73.99% → on track (below 80%, 4 more needed)', () => {
    expect(county('rural_facility_coverage')).toMatchObject({ numerator: '51', denominator: '68', value: '75', meetsTarget: false, gap: '4', progress: { status: 'on_track' } });
  });

  it('[P1.2] 8 of 9 communities (拉线社区 has no facility) → below the flat 100% line → behind', () => {
    expect(county('urban_facility_coverage')).toMatchObject({ numerator: '8', denominator: '9', meetsTarget: false, gap: '1', progress: { status: 'behind', expected: '100' } });
  });

  it('[P1.3] 212,500 of 2,425,000 m² = 8.76% < 10%, no baseline → not achieved', () => {
    expect(county('commercial_service_area_share')).toMatchObject({ numerator: '212500', denominator: '2425000', meetsTarget: false, gap: '30000', progress: { status: 'not_achieved' } });
  });

  it('[P1.4] 22,750 m² for 57,060 households = 39.87 m² per 100 households ≥ 30 → achieved', () => {
    // 51 village facilities of 240–450 m² (17,680 m²) plus 8 community facilities (5,070 m²).
    expect(county('facility_area_per_100_households')).toMatchObject({ numerator: '22750', denominator: '57060', meetsTarget: true, progress: { status: 'achieved' } });
  });

  it('[P1.5] activity area ≥ 60% of the facilities summed → achieved (though some facilities fall short, see the rules)', () => {
    expect(county('activity_area_share')).toMatchObject({ meetsTarget: true, progress: { status: 'achieved' } });
    expect(statuses('p1-5-facility-activity-share')).toEqual(new Set(['pass', 'pending', 'not_applicable']));
  });

  it('[P1.6] 陇农社区 has not reported its self-service terminal → missing data → no data', () => {
    expect(county('urban_self_service_coverage')).toMatchObject({
      status: 'missing_data',
      value: null,
      missing: [{ unit: '533124400001', field: 'hasSelfServiceTerminal' }],
      progress: { status: 'no_data' },
    });
  });

  it('[P1.7] 70 workers for the county’s 城镇常住人口 39,000 = 17.95 ≥ the expected 17.1 + 0.9 × 1277/1826 = 17.73 → on track', () => {
    // 700,000 ÷ 39,000 = 17.948717… < 18: not met; 18 × 39,000 ÷ 10,000 = 70.2 → 71 workers, 1 more.
    expect(county('workers_per_10000_urban_residents')).toMatchObject({ numerator: '70', denominator: '39000', meetsTarget: false, gap: '1', progress: { status: 'on_track' } });
  });

  it("[P1.7] under urbanPopulationSource 'units': 70 workers for the 9 communities' 39,160 residents = 17.88 ≥ 17.73 → on track", () => {
    // 700,000 ÷ 39,160 = 17.875383… < 18: not met; 18 × 39,160 ÷ 10,000 = 70.488 → 71 workers, 1 more.
    const byUnits = evaluate(SAMPLE_SNAPSHOT, { urbanPopulationSource: 'units' });
    const r = byUnits.indicators.find((x) => x.level === 'county' && x.id === 'workers_per_10000_urban_residents')!;
    expect(r).toMatchObject({ numerator: '70', denominator: '39160', meetsTarget: false, gap: '1', progress: { status: 'on_track' } });
  });

  it('counts every indicator status at county level', () => {
    expect(e.summary.indicators).toEqual({ achieved: 2, on_track: 2, behind: 1, not_achieved: 1, no_data: 1 });
  });

  it('shows every rule status: pass, fail, pending, not_applicable, missing_data', () => {
    expect(statuses()).toEqual(new Set(['pass', 'fail', 'pending', 'not_applicable', 'missing_data']));
    for (const s of ['pass', 'fail', 'pending', 'not_applicable', 'missing_data'] as const) expect(e.summary.rules[s]).toBeGreaterThan(0);
  });

  it.each([
    ['[T3] 7-hour opening days → fail', 't3-opening-hours', 'fail'],
    ['[T3] 4 villages without an opening schedule → missing_data', 't3-opening-hours', 'missing_data'],
    ['[T8] 陆昆村: 220 m² built in 2022 for 800 households = 27.5 < 30 → fail', 't8-new-facility-area', 'fail'],
    ['[P3.2] March 2024: 7 of 8 visited → fail', 'p3-2-monthly-visit-rate', 'fail'],
    ['[P3.2] 3 of 9 townships with a regional centre (33.33% < 50%) in 2024 → pending', 'p3-2-regional-elderly-care-centres', 'pending'],
    ['[P3.16] village plans on a residents’ committee → not_applicable', 'p3-16-village-plan', 'not_applicable'],
    ['[S2] O-02 pays a non-residential electricity price → fail', 's2-residential-utility-prices', 'fail'],
    ['[T12] income 5,480 yuan in 2024 < 94,380 ÷ 12 = 7,865 yuan → fail', 't12-urban-worker-income', 'fail'],
    ['[P3.4] 251 of 412 patients = 60.92% ≥ 60% → pass', 'p3-4-mental-health-rehabilitation', 'pass'],
  ])('%s', (_title, ruleId, status) => {
    expect(statuses(ruleId)).toContain(status);
  });

  it('[T8] the failing new facility is 陆昆村 at 27.5 m² per 100 households', () => {
    expect(e.rules.filter((r) => r.ruleId === 't8-new-facility-area' && r.status === 'fail')).toMatchObject([
      { subject: '533124203205', actual: '27.5 m²/100 households', expected: '≥30 m²/100 households' },
    ]);
  });

  it('shows every action status: not_started, in_progress, done (and missing_data for the unreported)', () => {
    expect(e.summary.actions).toEqual({ not_started: 3, in_progress: 5, done: 4, missing_data: 91 - 12 });
  });

  it('has no overdue action on 2024-06-30 (the one dated action is due 2025-12-31), but one as of that day', () => {
    expect(e.actions.filter((a) => a.overdue)).toEqual([]);
    const late = evaluate(SAMPLE_SNAPSHOT, { asOf: '2025-12-31' });
    expect(late.actions.filter((a) => a.overdue).map((a) => [a.actionId, a.status, a.due])).toEqual([
      ['p3-4-mental-health-purchase', 'in_progress', '2025-12-31'],
    ]);
  });
});

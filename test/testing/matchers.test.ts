/**
 * The matchers through vitest's real `expect.extend`, passing and failing, with and without `.not`; and the plain
 * matcher protocol jest uses. Expected values worked out by hand from 专栏1 (80%, 100%) and 专栏3 item 12.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_SNAPSHOT } from '../../src/sample/index';
import { planMatchers, toConformToPlan, toMeetIndicatorTarget, type PlanMatchers } from '../../src/testing/index';

// How a consumer types the matchers: merge PlanMatchers into vitest's own interface.
declare module 'vitest' {
  interface Matchers<T = any> extends PlanMatchers<T> {}
}

expect.extend(planMatchers);

const V1 = '533124101201'; // 章凤村
const V2 = '533124101202'; // 芒弄村
const C1 = '533124101001'; // 老街子社区
const unit = (code: string, extra: Record<string, unknown> = {}) => ({ code, townshipCode: code.slice(0, 9), ...extra });
// The rule over the units given (scope 'units'): a fixture of a few units, not the county's 77.
const ADVISER = { rules: ['p3-12-legal-adviser'] as const, scope: 'units' };
// The indicators over the units given: the formulas over a few units, not the county's figures.
const GIVEN = { scope: 'units' } as const;
const good = { asOf: '2025-12-31', units: [unit(V1, { legalAdvisers: 1 }), unit(V2, { legalAdvisers: 1 })] };
const bad = { asOf: '2025-12-31', units: [unit(V1, { legalAdvisers: 1 }), unit(V2, { legalAdvisers: 0 })] };

describe('expect(snapshot).toConformToPlan()', () => {
  it('[P3.12] passes for a conforming snapshot, and .not fails for it', () => {
    expect(good).toConformToPlan(ADVISER);
    expect(() => expect(good).not.toConformToPlan(ADVISER)).toThrow(/expected the snapshot not to conform to the plan, but it does/);
  });

  it('[P3.12] fails for a failing snapshot with the listing, and .not passes for it', () => {
    expect(bad).not.toConformToPlan(ADVISER);
    expect(() => expect(bad).toConformToPlan(ADVISER)).toThrow(`✖ [P3.12] p3-12-legal-adviser · ${V2} · 未达标 fail · actual 0 · expected ≥1`);
  });

  it('the sample does not conform (it has failing rules)', () => {
    expect(SAMPLE_SNAPSHOT).not.toConformToPlan();
    expect(() => expect(SAMPLE_SNAPSHOT).toConformToPlan()).toThrow('✖ [S2] s2-residential-utility-prices · O-02 · 未达标 fail · actual electricity · expected none');
    // T8's 原则上 makes it soft: listed as an advisory (⚠), not as a failure.
    expect(() => expect(SAMPLE_SNAPSHOT).toConformToPlan()).toThrow('⚠ [T8] t8-new-facility-area · 533124203205 · 提示 advisory (soft)');
  });

  it('strict: missing data fails', () => {
    const unknown = { asOf: '2025-12-31', units: [unit(V1)] };
    expect(unknown).toConformToPlan(ADVISER);
    expect(unknown).not.toConformToPlan({ ...ADVISER, strict: true });
    expect(() => expect(unknown).toConformToPlan({ ...ADVISER, strict: true })).toThrow(`✖ [P3.12] p3-12-legal-adviser · ${V1} · 缺数据 missing data · missing legalAdvisers · expected ≥1`);
  });

  it('a snapshot that cannot be evaluated does not conform', () => {
    expect({ asOf: '2025-13-01', units: [] }).not.toConformToPlan();
    expect(() => expect('not a snapshot').toConformToPlan()).toThrow(/the snapshot cannot be evaluated/);
  });
});

describe("expect(snapshot).toMeetIndicatorTarget(id)", () => {
  const villages = (withFacility: number, n: number) =>
    Array.from({ length: n }, (_, i) => unit(`5331241012${String(i + 1).padStart(2, '0')}`, { hasServiceFacility: i < withFacility }));

  it('[P1.1] 4 of 5 villages = 80% → meets 80%; .not fails', () => {
    const s = { asOf: '2025-12-31', units: villages(4, 5) };
    expect(s).toMeetIndicatorTarget('rural_facility_coverage', GIVEN);
    expect(() => expect(s).not.toMeetIndicatorTarget('rural_facility_coverage', GIVEN)).toThrow(
      '[P1.1] rural_facility_coverage (农村社区综合服务设施覆盖率) at 533124 on 2025-12-31: expected not to meet the target 80%, but 80 (4 / 5) meets it',
    );
  });

  it('[P1.1] 3 of 5 villages = 60% → does not meet 80% (4 of 5 needed: gap 1); .not passes', () => {
    const s = { asOf: '2025-12-31', units: villages(3, 5) };
    expect(s).not.toMeetIndicatorTarget('rural_facility_coverage', GIVEN);
    expect(() => expect(s).toMeetIndicatorTarget('rural_facility_coverage', GIVEN)).toThrow(
      '[P1.1] rural_facility_coverage (农村社区综合服务设施覆盖率) at 533124 on 2025-12-31: 60 (3 / 5) does not meet the target 80% (gap 1; progress not_achieved)',
    );
  });

  it('the sample: [P1.4] meets ≥30 m², [P1.1] does not meet 80% yet (on track), [P1.6] has no value', () => {
    expect(SAMPLE_SNAPSHOT).toMeetIndicatorTarget('facility_area_per_100_households');
    expect(SAMPLE_SNAPSHOT).not.toMeetIndicatorTarget('rural_facility_coverage');
    expect(() => expect(SAMPLE_SNAPSHOT).toMeetIndicatorTarget('rural_facility_coverage')).toThrow('75 (51 / 68) does not meet the target 80% (gap 4; progress on_track)');
    expect(SAMPLE_SNAPSHOT).not.toMeetIndicatorTarget('urban_self_service_coverage');
    expect(() => expect(SAMPLE_SNAPSHOT).toMeetIndicatorTarget('urban_self_service_coverage')).toThrow(
      'no value, 1 missing field(s) (533124400001 hasSelfServiceTerminal); the target 100% cannot be judged',
    );
  });

  it('[P1.2] no urban community → 0 ÷ 0 → not applicable, not met', () => {
    const s = { asOf: '2025-12-31', units: villages(1, 1) };
    expect(() => expect(s).toMeetIndicatorTarget('urban_facility_coverage', GIVEN)).toThrow('not applicable (0 / 0); the target 100% cannot be judged');
  });

  it('takes evaluate options: [P1.7] the county urban population instead of the communities’ residents', () => {
    // 9 workers for the county's 10,000 urban residents = 9 per 10,000 < 18 ('county'); for the 5,000 community
    // residents ('units') = 18 per 10,000 ≥ 18. Under scope 'units' (GIVEN) the units' own residents are the default:
    // the county's figure does not describe the units given.
    const s = { asOf: '2025-12-31', county: { urbanResidentPopulation: 10000 }, units: [unit(C1, { communityWorkers: 9, residentPopulation: 5000 })] };
    expect(s).toMeetIndicatorTarget('workers_per_10000_urban_residents', GIVEN);
    expect(s).not.toMeetIndicatorTarget('workers_per_10000_urban_residents', { ...GIVEN, urbanPopulationSource: 'county' });
    expect(s).toMeetIndicatorTarget('workers_per_10000_urban_residents', { ...GIVEN, urbanPopulationSource: 'units' });
  });

  it('an unknown indicator ID is a mistake in the test: TypeError', () => {
    expect(() => expect(SAMPLE_SNAPSHOT).toMeetIndicatorTarget('coverage' as never)).toThrow(TypeError);
  });
});

describe('the plain matcher protocol (jest expect.extend)', () => {
  it('returns { pass, message } with a lazy message, and ignores `this`', () => {
    const r = planMatchers.toConformToPlan.call({ isNot: false, promise: '' }, bad, ADVISER);
    expect(r.pass).toBe(false);
    expect(typeof r.message).toBe('function');
    expect(r.message()).toContain(`${V2} · 未达标 fail · actual 0 · expected ≥1`);
    expect(toConformToPlan(good, ADVISER).pass).toBe(true);
    expect(toMeetIndicatorTarget({ asOf: '2025-12-31', units: [] }, 'rural_facility_coverage').pass).toBe(false);
  });

  it('planMatchers holds the two matchers and is frozen', () => {
    expect(Object.keys(planMatchers)).toEqual(['toConformToPlan', 'toMeetIndicatorTarget']);
    expect(Object.isFrozen(planMatchers)).toBe(true);
  });
});

describe('layering', () => {
  const SRC = new URL('../../src/', import.meta.url).pathname;
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
    });
  const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((m) => m[1] ?? '');

  it('src/testing loads no test runner at run time (types only, if anything)', () => {
    for (const f of files(join(SRC, 'testing'))) {
      for (const spec of imports(f)) expect(spec, f).not.toMatch(/^(vitest|jest|@jest\/|expect$|@vitest\/)/);
    }
  });

  it('the core never imports the testing entry', () => {
    for (const f of files(SRC).filter((p) => !p.includes('/src/testing/'))) {
      for (const spec of imports(f)) expect(spec, f).not.toMatch(/(^|\/)testing(\/|$)/);
    }
  });
});

/**
 * The public indicator API's edges: every bad option or value fails with the exact PlanInputError users see (code,
 * path and the message in both languages), and the ordering and display rules hold at their boundaries. Expected
 * values are worked out by hand from the plan's formulas and the message templates.
 */
import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import {
  computeIndicator,
  computeIndicators,
  emptyPartial,
  finalizePartial,
  formatAgainstTarget,
  formatIndicatorValue,
  getIndicator,
  INDICATOR_IDS,
  isIndicatorId,
  unitPartial,
} from '../../src/indicators';
import { parseSnapshot } from '../../src/snapshot';
import { parseUnits } from './_helpers';

interface Expected {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly messageZh: string;
  readonly messageEn: string;
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

function expectPlanError(fn: () => unknown, expected: Expected): void {
  const e = thrown(fn);
  expect(e).toBeInstanceOf(PlanInputError);
  const { code, path, messageZh, messageEn } = e as PlanInputError;
  expect({ code, path, messageZh, messageEn }).toEqual(expected);
}

const ASOF = '2024-12-31';

describe('formatIndicatorValue rejects bad input with the exact bilingual error', () => {
  it.each([
    [-1, '-1'],
    [21, '21'],
    [1.5, '1.5'],
    [Number.NaN, 'NaN'],
    // A string is quoted, so '2' is not mistaken for the valid number 2.
    ['2', '"2"'],
  ] as const)('places %o', (places, shown) => {
    expectPlanError(() => formatIndicatorValue('1', { places: places as never }), {
      code: 'invalid_option',
      path: ['places'],
      messageZh: `小数位数应为0—20的整数，实际为${shown}`,
      messageEn: `places must be an integer 0–20, got ${shown}`,
    });
  });

  it('accepts the bounds 0 and 20', () => {
    expect(formatIndicatorValue('1.5', { places: 0 })).toBe('2');
    expect(formatIndicatorValue('1', { places: 20 })).toBe(`1.${'0'.repeat(20)}`);
  });

  it('the combined message names the path', () => {
    expect((thrown(() => formatIndicatorValue('1', { places: 21 })) as Error).message).toBe(
      'places: 小数位数应为0—20的整数，实际为21 / places must be an integer 0–20, got 21',
    );
  });

  it.each([
    ['half_down', 'half_down'],
    [0, '0'],
  ] as const)('mode %o', (mode, shown) => {
    expectPlanError(() => formatIndicatorValue('1', { mode: mode as never }), {
      code: 'invalid_option',
      path: ['mode'],
      messageZh: `舍入方式应为 half_up 或 half_even，实际为${shown}`,
      messageEn: `mode must be half_up or half_even, got ${shown}`,
    });
  });

  it.each([
    ['1e3', '"1e3"'],
    ['', '""'],
    [' 1', '" 1"'],
    [null, 'null'],
    [true, 'true'],
  ] as const)('value %o', (value, shown) => {
    expectPlanError(() => formatIndicatorValue(value as never), {
      code: 'invalid_decimal',
      path: ['value'],
      messageZh: `应为十进制数字符串，实际为${shown}`,
      messageEn: `expected a decimal string, got ${shown}`,
    });
  });

  it('checks places before mode before the value', () => {
    expect((thrown(() => formatIndicatorValue('x', { places: -1, mode: 'x' as never })) as PlanInputError).path).toEqual(['places']);
    expect((thrown(() => formatIndicatorValue('x', { mode: 'x' as never })) as PlanInputError).path).toEqual(['mode']);
  });
});

describe('IndicatorOptions: an unknown reading is rejected by every entry point', () => {
  const cases = [
    {
      options: { classifyBy: 'village' },
      messageZh: '选项 classifyBy 应为 committee、nbs_code、caller 之一，实际为 village',
      messageEn: 'option classifyBy must be one of committee, nbs_code, caller, got village',
      path: 'classifyBy',
    },
    {
      options: { classifyBy: 3 },
      messageZh: '选项 classifyBy 应为 committee、nbs_code、caller 之一，实际为 3',
      messageEn: 'option classifyBy must be one of committee, nbs_code, caller, got 3',
      path: 'classifyBy',
    },
    {
      options: { commercialShareScope: 'new' },
      messageZh: '选项 commercialShareScope 应为 urban、new_urban 之一，实际为 new',
      messageEn: 'option commercialShareScope must be one of urban, new_urban, got new',
      path: 'commercialShareScope',
    },
    {
      options: { urbanPopulationSource: 'census' },
      messageZh: '选项 urbanPopulationSource 应为 county、units 之一，实际为 census',
      messageEn: 'option urbanPopulationSource must be one of county, units, got census',
      path: 'urbanPopulationSource',
    },
    {
      options: { farmCommunities: 'no' },
      messageZh: '选项 farmCommunities 应为 include、exclude 之一，实际为 no',
      messageEn: 'option farmCommunities must be one of include, exclude, got no',
      path: 'farmCommunities',
    },
  ] as const;

  it.each(cases)('$path: $options', ({ options, messageZh, messageEn, path }) => {
    const expected = { code: 'invalid_option', path: [path], messageZh, messageEn };
    const snapshot = parseSnapshot({ asOf: ASOF, units: [] });
    expectPlanError(() => computeIndicators(snapshot, options as never), expected);
    expectPlanError(() => computeIndicator('rural_facility_coverage', [], { asOf: ASOF, ...(options as object) }), expected);
    expectPlanError(() => finalizePartial(emptyPartial(), { level: 'county', subject: '533124', asOf: ASOF, ...(options as object) }), expected);
  });

  it('accepts every documented value', () => {
    const snapshot = parseSnapshot({ asOf: ASOF, units: [] });
    for (const classifyBy of ['committee', 'nbs_code', 'caller'] as const) {
      for (const commercialShareScope of ['urban', 'new_urban'] as const) {
        for (const urbanPopulationSource of ['units', 'county'] as const) {
          expect(computeIndicators(snapshot, { classifyBy, commercialShareScope, urbanPopulationSource }).county).toHaveLength(7);
        }
      }
    }
  });
});

describe('the as-of date error names the asOf option', () => {
  it('computeIndicator', () => {
    expectPlanError(() => computeIndicator('rural_facility_coverage', [], { asOf: '2025-02-30' }), {
      code: 'invalid_date',
      path: ['asOf'],
      messageZh: '日历中没有这一天："2025-02-30"',
      messageEn: 'no such calendar day: "2025-02-30"',
    });
  });

  it('computeIndicators, for an asOf option overriding the snapshot date', () => {
    expectPlanError(() => computeIndicators(parseSnapshot({ asOf: ASOF, units: [] }), { asOf: '2023-02-29' }), {
      code: 'invalid_date',
      path: ['asOf'],
      messageZh: '日历中没有这一天："2023-02-29"',
      messageEn: 'no such calendar day: "2023-02-29"',
    });
  });

  it('finalizePartial', () => {
    expectPlanError(() => finalizePartial(emptyPartial(), { level: 'county', subject: '533124', asOf: '2024/12/31' }), {
      code: 'invalid_date',
      path: ['asOf'],
      messageZh: '日期须为 YYYY-MM-DD 格式（半角数字，无时间、无空格）："2024/12/31"',
      messageEn: 'a date must be YYYY-MM-DD (ASCII digits, no time, no spaces): "2024/12/31"',
    });
  });
});

describe('computeIndicators: ordering and the county population reading', () => {
  it('units are keyed in ascending code order, whatever order the snapshot lists them in', () => {
    const u = (code: string) => ({ code, townshipCode: code.slice(0, 9) });
    const r = computeIndicators(
      parseSnapshot({ asOf: ASOF, units: [u('533124102201'), u('533124101302'), u('533124101300'), u('533124101301')] }),
    );
    expect(Object.keys(r.units)).toEqual(['533124101300', '533124101301', '533124101302', '533124102201']);
    expect(r.units['533124101302']?.[0]?.subject).toBe('533124101302');
  });

  it('townships are keyed in ascending code order, also for codes that are not array indices', () => {
    // Codes with a leading zero are ordinary string keys, kept in insertion order: only the sort orders them.
    const r = computeIndicators(
      parseSnapshot({
        asOf: ASOF,
        regionCode: '',
        units: [
          { code: '000000003001', townshipCode: '000000003' },
          { code: '000000001001', townshipCode: '000000001' },
          { code: '000000002001', townshipCode: '000000002' },
        ],
      }),
    );
    expect(Object.keys(r.townships)).toEqual(['000000001', '000000002', '000000003']);
    expect(r.townships['000000002']?.[0]?.subject).toBe('000000002');
  });

  it("[P1.7] urbanPopulationSource 'county' changes the county value only; townships and units keep their own sums", () => {
    const snapshot = parseSnapshot({
      asOf: ASOF,
      county: { urbanResidentPopulation: 5000 },
      units: [{ code: '533124101001', townshipCode: '533124101', communityWorkers: 9, residentPopulation: 3000 }],
    });
    const r = computeIndicators(snapshot, { urbanPopulationSource: 'county' });
    // County: 9 ÷ 5000 × 10000 = 18; township and unit: 9 ÷ 3000 × 10000 = 30.
    expect(r.county[6]?.value).toBe('18');
    expect(r.townships['533124101']?.[6]?.value).toBe('30');
    expect(r.units['533124101001']?.[6]?.value).toBe('30');
    // Without the county's figure the county value is missing; the township and the unit are unaffected.
    const bare = computeIndicators(parseSnapshot({ asOf: ASOF, units: snapshot.units }), { urbanPopulationSource: 'county' });
    expect(bare.county[6]?.status).toBe('missing_data');
    expect(bare.townships['533124101']?.[6]?.value).toBe('30');
    expect(bare.units['533124101001']?.[6]?.value).toBe('30');
  });

  it("[P1.7] finalizePartial applies the county reading at county level only", () => {
    const p = unitPartial({ code: '533124101001', townshipCode: '533124101', communityWorkers: 9, residentPopulation: 3000 });
    const ctx = { subject: '533124101', asOf: ASOF, county: { urbanResidentPopulation: 5000 }, urbanPopulationSource: 'county' } as const;
    expect(finalizePartial(p, { ...ctx, level: 'township' })[6]?.value).toBe('30');
    expect(finalizePartial(p, { ...ctx, level: 'county' })[6]?.value).toBe('18');
  });

  it("computeIndicator too: 'county' reading at county level, the units' own sum elsewhere", () => {
    const units = parseUnits([{ code: '533124101001', townshipCode: '533124101', communityWorkers: 9, residentPopulation: 3000 }]);
    const options = { asOf: ASOF, urbanPopulationSource: 'county', county: { urbanResidentPopulation: 5000 } } as const;
    expect(computeIndicator('workers_per_10000_urban_residents', units, options).value).toBe('18');
    expect(computeIndicator('workers_per_10000_urban_residents', units, { ...options, level: 'township' }).value).toBe('30');
  });
});

describe('formatAgainstTarget at its bounds', () => {
  it.each([
    // places 0: 17.967 shows '18', so one more decimal at a time: '18.0' (still 18), then '17.97'.
    ['17.967', '18', { places: 0 }, '17.97'],
    // Needs all six extra decimals: 17.9999999 rounds to 18 at 2–6 places, shows as itself at 7.
    ['17.9999999', '18', undefined, '17.9999999'],
    // Needs seven: the cap of six more decimals (1 + 6 = 7) stops at '18.0000000'.
    ['17.99999999', '18', undefined, '18.0000000'],
    // half_even is kept while adding decimals: 79.95 → '80.0' (5 after odd 9 goes up), 79.95 at 2 places.
    ['79.95', '80', { mode: 'half_even' }, '79.95'],
  ] as const)('%s against %s %o → %s', (value, target, options, shown) => {
    expect(formatAgainstTarget(value, target, options)).toBe(shown);
  });
});

describe('IDs and definitions', () => {
  it('isIndicatorId is true for the seven IDs only', () => {
    for (const id of INDICATOR_IDS) expect(isIndicatorId(id)).toBe(true);
    for (const v of ['coverage', 'Rural_facility_coverage', '', 42, null, undefined, ['rural_facility_coverage']]) {
      expect(isIndicatorId(v)).toBe(false);
    }
  });

  it('getIndicator names an unknown ID in a RangeError', () => {
    const e = thrown(() => getIndicator('coverage' as never));
    expect(e).toBeInstanceOf(RangeError);
    expect((e as Error).message).toBe('Unknown indicator ID: coverage');
  });
});

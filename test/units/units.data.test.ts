import { describe, expect, it } from 'vitest';
import { COUNTY, TOWNSHIPS, VILLAGE_UNITS } from '../../src/units';

// Expected values are written by hand from the plan (docs/plan/plan.zh.txt) and the domain doc
// (NBS 2023 统计用区划代码), never read back from the constants under test.

const count = <T>(items: readonly T[], keep: (item: T) => boolean): number => items.filter(keep).length;

describe('COUNTY', () => {
  it('is 陇川县 533124 in 德宏州 5331, 云南省 53', () => {
    expect(COUNTY).toEqual({
      code: '533124',
      name: '陇川县',
      prefectureCode: '5331',
      prefectureName: '德宏傣族景颇族自治州',
      provinceCode: '53',
      provinceName: '云南省',
    });
  });
});

describe('TOWNSHIPS', () => {
  it('[P3.3] "9个乡镇、1个农场" → 10 township-level units', () => {
    expect(TOWNSHIPS).toHaveLength(10);
  });

  it('[P3.3] 9 乡镇 = 4 镇 + 4 乡 + 1 民族乡, and 1 农场', () => {
    expect(count(TOWNSHIPS, (t) => t.kind === 'town')).toBe(4);
    expect(count(TOWNSHIPS, (t) => t.kind === 'township')).toBe(4);
    expect(count(TOWNSHIPS, (t) => t.kind === 'ethnic_township')).toBe(1);
    expect(count(TOWNSHIPS, (t) => t.kind !== 'farm')).toBe(9);
    expect(count(TOWNSHIPS, (t) => t.kind === 'farm')).toBe(1);
  });

  it.each([
    ['533124101', '章凤镇', 'town', '镇'],
    ['533124102', '陇把镇', 'town', '镇'],
    ['533124103', '景罕镇', 'town', '镇'],
    ['533124104', '城子镇', 'town', '镇'],
    ['533124201', '户撒阿昌族乡', 'ethnic_township', '民族乡'],
    ['533124202', '护国乡', 'township', '乡'],
    ['533124203', '清平乡', 'township', '乡'],
    ['533124204', '王子树乡', 'township', '乡'],
    ['533124205', '勐约乡', 'township', '乡'],
    ['533124400', '陇川农场', 'farm', '农场'],
  ])('[B1] %s %s is a %s (%s)', (code, name, kind, kindZh) => {
    expect(TOWNSHIPS.find((t) => t.code === code)).toEqual({ code, name, kind, kindZh, parentCode: '533124' });
  });

  it('is sorted by code, codes unique, 9 digits under 533124', () => {
    const codes = TOWNSHIPS.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
    for (const code of codes) expect(code).toMatch(/^533124[0-9]{3}$/);
  });
});

describe('VILLAGE_UNITS', () => {
  it('[P3.16] "全县68个行政村" → 68 村民委员会', () => {
    expect(count(VILLAGE_UNITS, (u) => u.kind === 'village_committee')).toBe(68);
    expect(count(VILLAGE_UNITS, (u) => u.kindZh === '村民委员会')).toBe(68);
  });

  it('9 社区居民委员会, 77 village-level units in all', () => {
    expect(count(VILLAGE_UNITS, (u) => u.kind === 'resident_committee')).toBe(9);
    expect(count(VILLAGE_UNITS, (u) => u.kindZh === '社区居民委员会')).toBe(9);
    expect(VILLAGE_UNITS).toHaveLength(77);
  });

  it.each([
    ['533124101', '章凤镇', 2],
    ['533124102', '陇把镇', 1],
    ['533124103', '景罕镇', 1],
    ['533124104', '城子镇', 1],
    ['533124201', '户撒阿昌族乡', 0],
    ['533124202', '护国乡', 0],
    ['533124203', '清平乡', 0],
    ['533124204', '王子树乡', 0],
    ['533124205', '勐约乡', 0],
    ['533124400', '陇川农场', 4],
  ])('%s %s has %i 社区居民委员会', (townshipCode, _name, expected) => {
    expect(count(VILLAGE_UNITS, (u) => u.townshipCode === townshipCode && u.kind === 'resident_committee')).toBe(
      expected,
    );
  });

  it('every code is 12 digits, starts with 533124 and with its townshipCode, which is a real township', () => {
    const townshipCodes = new Set(TOWNSHIPS.map((t) => t.code));
    for (const unit of VILLAGE_UNITS) {
      expect(unit.code).toMatch(/^533124[0-9]{6}$/);
      expect(unit.code.slice(0, 9)).toBe(unit.townshipCode);
      expect(townshipCodes.has(unit.townshipCode)).toBe(true);
    }
  });

  it('codes are unique and sorted', () => {
    const codes = VILLAGE_UNITS.map((u) => u.code);
    expect(new Set(codes).size).toBe(77);
    expect([...codes].sort()).toEqual(codes);
  });

  it('kind matches the NBS name suffix; shortName is the name without the committee suffix', () => {
    for (const unit of VILLAGE_UNITS) {
      if (unit.kind === 'resident_committee') {
        expect(unit.name).toMatch(/(?:居民委员会|居委会)$/);
        expect(unit.shortName).toMatch(/社区$/);
      } else {
        expect(unit.name).toMatch(/(?:村民委员会|村委会)$/);
        expect(unit.shortName).toMatch(/村$/);
      }
      expect(unit.shortName).not.toMatch(/委员会|委会/);
    }
  });

  it.each([
    ['533124101001', '老街子社区居民委员会', '老街子社区', 'resident_committee'],
    ['533124101201', '章凤村民委员会', '章凤村', 'village_committee'],
    ['533124202204', '岳家寨村民委员会', '岳家寨村', 'village_committee'],
    ['533124400004', '丙印社区居民委员会', '丙印社区', 'resident_committee'],
  ])('%s %s → %s (%s)', (code, name, shortName, kind) => {
    expect(VILLAGE_UNITS.find((u) => u.code === code)).toMatchObject({ name, shortName, kind });
  });
});

describe('frozen data', () => {
  it('COUNTY, TOWNSHIPS, VILLAGE_UNITS and every record are frozen', () => {
    expect(Object.isFrozen(COUNTY)).toBe(true);
    expect(Object.isFrozen(TOWNSHIPS)).toBe(true);
    expect(Object.isFrozen(VILLAGE_UNITS)).toBe(true);
    for (const t of TOWNSHIPS) expect(Object.isFrozen(t)).toBe(true);
    for (const u of VILLAGE_UNITS) expect(Object.isFrozen(u)).toBe(true);
  });

  it('writes throw in strict mode', () => {
    expect(() => {
      (TOWNSHIPS as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (VILLAGE_UNITS[0] as { name: string }).name = 'x';
    }).toThrow(TypeError);
    expect(() => {
      (COUNTY as { name: string }).name = 'x';
    }).toThrow(TypeError);
  });
});

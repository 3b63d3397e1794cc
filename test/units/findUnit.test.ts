import { describe, expect, it } from 'vitest';
import { findTownship, findVillageUnit, parentCode, unitsOfTownship, VILLAGE_UNITS } from '../../src/units';

describe('findTownship', () => {
  it('finds 章凤镇 and 陇川农场', () => {
    expect(findTownship('533124101')).toEqual({
      code: '533124101',
      name: '章凤镇',
      kind: 'town',
      kindZh: '镇',
      parentCode: '533124',
    });
    expect(findTownship('533124400')?.name).toBe('陇川农场');
  });

  it.each([
    ['unknown code', '533124999'],
    ['county code', '533124'],
    ['village code', '533124101001'],
    ['leading space', ' 533124101'],
    ['trailing space', '533124101 '],
    ['full-width digits', '５３３１２４１０１'],
    ['empty', ''],
  ])('%s → undefined', (_label, code) => {
    expect(findTownship(code)).toBeUndefined();
  });

  it('a non-string → undefined', () => {
    expect(findTownship(533124101 as unknown as string)).toBeUndefined();
  });
});

describe('findVillageUnit', () => {
  it('finds 老街子社区 and 托盘山村', () => {
    expect(findVillageUnit('533124101001')).toEqual({
      code: '533124101001',
      name: '老街子社区居民委员会',
      shortName: '老街子社区',
      kind: 'resident_committee',
      kindZh: '社区居民委员会',
      townshipCode: '533124101',
    });
    expect(findVillageUnit('533124204209')?.shortName).toBe('托盘山村');
  });

  it('finds every unit, and each unit’s parentCode is its townshipCode', () => {
    for (const unit of VILLAGE_UNITS) {
      expect(findVillageUnit(unit.code)).toBe(unit);
      expect(parentCode(unit.code)).toBe(unit.townshipCode);
    }
  });

  it.each([
    ['unknown code', '533124101999'],
    ['township code', '533124101'],
    ['11 digits', '53312410100'],
    ['13 digits', '5331241010011'],
    ['leading space', ' 533124101001'],
    ['trailing space', '533124101001 '],
    ['full-width digits', '５３３１２４１０１００１'],
  ])('%s → undefined', (_label, code) => {
    expect(findVillageUnit(code)).toBeUndefined();
  });
});

describe('unitsOfTownship', () => {
  it('章凤镇 533124101 has 2 communities and 7 villages, in code order', () => {
    expect(unitsOfTownship('533124101').map((u) => u.shortName)).toEqual([
      '老街子社区',
      '新城社区',
      '章凤村',
      '芒弄村',
      '迭撒村',
      '芒拉村',
      '拉勐村',
      '弄贯村',
      '户弄村',
    ]);
  });

  it('陇川农场 533124400 has the 4 communities 陇农, 光相, 拉线, 丙印 and no village', () => {
    expect(unitsOfTownship('533124400').map((u) => u.shortName)).toEqual(['陇农社区', '光相社区', '拉线社区', '丙印社区']);
  });

  it.each([
    ['533124101', 9],
    ['533124102', 6],
    ['533124103', 9],
    ['533124104', 9],
    ['533124201', 11],
    ['533124202', 6],
    ['533124203', 9],
    ['533124204', 9],
    ['533124205', 5],
    ['533124400', 4],
  ])('%s has %i village-level units', (code, expected) => {
    expect(unitsOfTownship(code)).toHaveLength(expected);
  });

  it('an unknown or malformed code → an empty frozen array', () => {
    for (const code of ['533124999', '', ' 533124101', '533124']) {
      const units = unitsOfTownship(code);
      expect(units).toEqual([]);
      expect(Object.isFrozen(units)).toBe(true);
    }
  });

  it('returns frozen arrays a caller cannot change', () => {
    const units = unitsOfTownship('533124101');
    expect(Object.isFrozen(units)).toBe(true);
    expect(() => (units as unknown[]).pop()).toThrow(TypeError);
    expect(unitsOfTownship('533124101')).toHaveLength(9);
  });
});

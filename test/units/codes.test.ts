import { describe, expect, it } from 'vitest';
import { codeLevel, isUnitCode, parentCode } from '../../src/units';

describe('isUnitCode', () => {
  it.each(['533124101001', '533124400004', '000000000000', '999999999999'])('accepts %s', (value) => {
    expect(isUnitCode(value)).toBe(true);
  });

  it.each([
    ['11 digits', '53312410100'],
    ['13 digits', '5331241010011'],
    ['9 digits', '533124101'],
    ['empty', ''],
    ['letters', '53312410100a'],
    ['hex-looking', '0x3124101001'],
    ['full-width digits', '５３３１２４１０１００１'],
    ['Arabic-Indic digits', '٥٣٣١٢٤١٠١٠٠١'],
    ['leading space', ' 533124101001'],
    ['trailing space', '533124101001 '],
    ['trailing newline', '533124101001\n'],
    ['inner space', '533124 101001'],
    ['sign', '+53312410100'],
    ['decimal point', '53312410100.'],
  ])('rejects %s', (_label, value) => {
    expect(isUnitCode(value)).toBe(false);
  });

  it.each([
    ['number', 533124101001],
    ['bigint', 533124101001n],
    ['null', null],
    ['undefined', undefined],
    ['String object', new String('533124101001')],
    ['array', ['533124101001']],
    ['object', { code: '533124101001' }],
  ])('rejects a non-string: %s', (_label, value) => {
    expect(isUnitCode(value)).toBe(false);
  });

  it('narrows unknown to string', () => {
    const value: unknown = '533124101001';
    if (isUnitCode(value)) expect(value.length).toBe(12);
    else expect.unreachable();
  });
});

describe('codeLevel', () => {
  it.each([
    ['53', 'province'],
    ['5331', 'prefecture'],
    ['533124', 'county'],
    ['533124101', 'township'],
    ['533124101001', 'village'],
  ] as const)('%s → %s', (code, level) => {
    expect(codeLevel(code)).toBe(level);
  });

  it.each([
    ['empty', ''],
    ['1 digit', '5'],
    ['3 digits', '533'],
    ['11 digits', '53312410100'],
    ['13 digits', '5331241010011'],
    ['letters', '53312410100a'],
    ['full-width digits', '５３３１２４１０１００１'],
    ['full-width county', '５３３１２４'],
    ['leading space', ' 533124'],
    ['trailing space', '533124 '],
  ])('%s → undefined', (_label, code) => {
    expect(codeLevel(code)).toBeUndefined();
  });

  it('non-strings → undefined', () => {
    expect(codeLevel(533124 as unknown as string)).toBeUndefined();
    expect(codeLevel(null as unknown as string)).toBeUndefined();
  });
});

describe('parentCode', () => {
  it.each([
    ['533124101001', '533124101'],
    ['533124101', '533124'],
    ['533124', '5331'],
    ['5331', '53'],
  ])('%s → %s', (code, parent) => {
    expect(parentCode(code)).toBe(parent);
  });

  it.each([
    ['province', '53'],
    ['empty', ''],
    ['11 digits', '53312410100'],
    ['13 digits', '5331241010011'],
    ['letters', '53312410100a'],
    ['full-width digits', '５３３１２４１０１００１'],
    ['leading space', ' 533124101001'],
    ['trailing space', '533124101001 '],
  ])('%s → undefined', (_label, code) => {
    expect(parentCode(code)).toBeUndefined();
  });

  it('walks a village code up to its province', () => {
    const chain: string[] = [];
    for (let code: string | undefined = '533124400004'; code !== undefined; code = parentCode(code)) chain.push(code);
    expect(chain).toEqual(['533124400004', '533124400', '533124', '5331', '53']);
  });
});

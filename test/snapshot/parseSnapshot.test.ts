import { describe, expect, it } from 'vitest';
import { classifyUnit, parseSnapshot, safeParseSnapshot, SnapshotError, snapshotJsonSchema } from '../../src/snapshot/index';

const U = (extra: Record<string, unknown> = {}) => ({ code: '533124101201', townshipCode: '533124101', ...extra });

describe('parseSnapshot', () => {
  it('accepts a minimal snapshot and keeps unknown figures absent, never zero', () => {
    const s = parseSnapshot({ asOf: '2024-12-31', units: [U()] });
    expect(s.units[0]).toEqual({ code: '533124101201', townshipCode: '533124101' });
    expect('households' in s.units[0]!).toBe(false);
  });

  it('canonicalises areas given as numbers or strings', () => {
    const s = parseSnapshot({ asOf: '2024-12-31', units: [U({ facilityBuildingArea: '320.50', facilityActivityArea: 200 })] });
    expect(s.units[0]!.facilityBuildingArea).toBe('320.5');
    expect(s.units[0]!.facilityActivityArea).toBe('200');
  });

  it.each([
    ['negative count', { households: -1 }, 'negative', 'households'],
    ['-0', { households: -0 }, 'negative', 'households'],
    ['fractional count', { households: 1.5 }, 'not_integer', 'households'],
    ['NaN', { households: Number.NaN }, 'not_finite', 'households'],
    ['count as string', { households: '12' }, 'expected_count', 'households'],
    ['area with comma', { facilityBuildingArea: '1,200' }, 'invalid_decimal', 'facilityBuildingArea'],
    ['area with 3 decimals', { facilityBuildingArea: '12.345' }, 'too_many_decimals', 'facilityBuildingArea'],
    ['full-width digits', { facilityBuildingArea: '１２' }, 'invalid_decimal', 'facilityBuildingArea'],
    ['misspelt field', { housholds: 3 }, 'unknown_field', undefined],
  ])('rejects %s with a coded, bilingual issue at its path', (_n, extra, code, field) => {
    const r = safeParseSnapshot({ asOf: '2024-12-31', units: [U(extra), U({ code: '533124101202' })] });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues[0]!.code).toBe(code);
    expect(r.issues[0]!.path).toEqual(field === undefined ? ['units', 0] : ['units', 0, field]);
    expect(r.issues[0]!.messageZh).toMatch(/[\u4e00-\u9fff]/);
    expect(r.issues[0]!.messageEn).toMatch(/[a-z]/);
    // The other unit is kept, and the bad one is reported as rejected.
    expect(r.data?.units.map((u) => u.code)).toEqual(['533124101202']);
    expect(r.rejected).toEqual([{ index: 0, code: '533124101201' }]);
  });

  it('rejects every copy of a duplicated unit code, never a silent overwrite', () => {
    const r = safeParseSnapshot({ asOf: '2024-12-31', units: [U({ households: 1 }), U({ households: 2 }), U({ code: '533124101202' })] });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues.map((i) => i.code)).toEqual(['duplicate_unit']);
    expect(r.data?.units.map((u) => u.code)).toEqual(['533124101202']);
    expect(r.rejected.map((x) => x.index)).toEqual([0, 1]);
  });

  it('rejects a unit under the wrong township, outside the county, or in an unknown township', () => {
    const r = safeParseSnapshot({
      asOf: '2024-12-31',
      units: [U({ townshipCode: '533124102' }), { code: '533123101201', townshipCode: '533123101' }, { code: '533124999001', townshipCode: '533124999' }],
    });
    expect(r.success ? [] : r.issues.map((i) => i.code)).toEqual(['township_mismatch', 'outside_region', 'unknown_township']);
  });

  it('rejects impossible dates and throws a SnapshotError listing every problem in both languages', () => {
    expect(() => parseSnapshot({ asOf: '2025-02-30', units: [] })).toThrow(SnapshotError);
    try {
      parseSnapshot({ asOf: '20250101', units: [U({ households: -1 })] });
    } catch (e) {
      expect((e as SnapshotError).issues.map((i) => i.code)).toEqual(['invalid_date']);
      expect((e as Error).message).toContain('asOf');
      expect((e as Error).message).toContain('/ expected a real calendar date');
    }
  });
});

describe('classifyUnit', () => {
  it('reads committee type from the registry for Longchuan units by default', () => {
    expect(classifyUnit({ code: '533124101001', townshipCode: '533124101' })).toBe('urban'); // 老街子社区居民委员会
    expect(classifyUnit({ code: '533124101201', townshipCode: '533124101' })).toBe('rural'); // 章凤村民委员会
    expect(classifyUnit({ code: '530102001001', townshipCode: '530102001' })).toBeUndefined();
  });
  it('lets the caller choose the NBS urban-rural code or their own classification', () => {
    const u = { code: '533124101001', townshipCode: '533124101', urbanRuralCode: '220', classification: 'rural' as const };
    expect(classifyUnit(u, 'nbs_code')).toBe('rural');
    expect(classifyUnit(u, 'caller')).toBe('rural');
  });
});

describe('snapshotJsonSchema', () => {
  it('describes the input shape for apps in other languages', () => {
    const js = snapshotJsonSchema() as { required: string[]; properties: Record<string, any> };
    expect(js.required).toEqual(['asOf', 'units']);
    const unit = js.properties.units.items;
    expect(unit.required).toEqual(['code', 'townshipCode']);
    expect(unit.properties.households).toEqual({ title: '户数', type: 'integer', minimum: 0, maximum: 2_000_000_000 });
    expect(unit.properties.code).toEqual({ title: '村级代码', type: 'string', pattern: '^\\d{12}$' });
    expect(unit.additionalProperties).toBe(false);
  });
});

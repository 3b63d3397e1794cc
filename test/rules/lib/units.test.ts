/**
 * Direct tests of src/rules/_lib/units.ts: `facilityMissing`, `fieldList` and the `toHundredths` re-export.
 * Lists are compared by content and by identity (the module promises shared, frozen lists, never one per unit).
 * Every result is computed inside its `it`.
 */
import { describe, expect, it } from 'vitest';
import { facilityMissing, fieldList, toHundredths } from '../../../src/rules/_lib/units';
import type { Unit } from '../../../src/snapshot/unitSchema';

const CODE = { code: '533124101001', townshipCode: '533124101' };

describe('fieldList', () => {
  it('lists the names given, in order, frozen', () => {
    const l = fieldList('facilityBuildingArea', 'households');
    expect(l).toEqual(['facilityBuildingArea', 'households']);
    expect(Object.isFrozen(l)).toBe(true);
  });

  it('gives a frozen empty list for no names', () => {
    const l = fieldList();
    expect(l).toEqual([]);
    expect(Object.isFrozen(l)).toBe(true);
  });
});

describe('facilityMissing', () => {
  it('gives the rule fields themselves (same list) when hasServiceFacility is true', () => {
    const fields = fieldList('openingSchedule');
    expect(facilityMissing({ ...CODE, hasServiceFacility: true } as Unit, fields)).toBe(fields);
  });

  it('gives the rule fields themselves when hasServiceFacility is false (known, so not missing)', () => {
    const fields = fieldList('openingSchedule');
    expect(facilityMissing({ ...CODE, hasServiceFacility: false } as Unit, fields)).toBe(fields);
  });

  it('adds hasServiceFacility after the rule fields when it is unknown, in a frozen list', () => {
    const fields = fieldList('facilityBuildingArea', 'households');
    const got = facilityMissing(CODE as Unit, fields);
    expect(got).toEqual(['facilityBuildingArea', 'households', 'hasServiceFacility']);
    expect(Object.isFrozen(got)).toBe(true);
    // The rule's own list is left as it was.
    expect(fields).toEqual(['facilityBuildingArea', 'households']);
  });

  it('shares one list per rule-field list: the same object on every call, another for other fields', () => {
    const a = fieldList('openingSchedule');
    const b = fieldList('openingSchedule');
    const first = facilityMissing(CODE as Unit, a);
    const second = facilityMissing({ ...CODE, code: '533124101201' } as Unit, a);
    const other = facilityMissing(CODE as Unit, b);
    expect(second).toBe(first);
    expect(other).not.toBe(first);
    expect(other).toEqual(['openingSchedule', 'hasServiceFacility']);
  });
});

describe('toHundredths (re-exported)', () => {
  it("reads '320.5' as 32050, '0.05' as 5 and '80' as 8000", () => {
    expect([toHundredths('320.5'), toHundredths('0.05'), toHundredths('80')]).toEqual([32050, 5, 8000]);
  });
});

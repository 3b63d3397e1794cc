// Tests written to kill the Stryker survivors of src/evaluate/mergeSummaries.ts: partials made under other readings,
// townships present in both (units added), and the order of townships and fields in the plain-JSON result (code and
// name order, so the merge is commutative as JSON too). T10's grid-member rule: at least 1 passes, 0 fails, none
// reported is missing_data (src/rules/READINGS.md). Every partial is built inside its test.
import { describe, expect, it } from 'vitest';
import { mergeSummaries, summarizeUnits } from '../../src/evaluate/index';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { parseSnapshot } from '../../src/snapshot/index';

const GRID = { rules: ['t10-grid-members' as const] };

function unit(code: string, fields: Record<string, unknown> = {}) {
  return { code, townshipCode: code.slice(0, 9), ...fields };
}

describe('mergeSummaries', () => {
  it('rejects partials made under other indicator readings, with its own bilingual error', () => {
    const snapshot = parseSnapshot({ asOf: '2024-12-31', units: [unit('533124101201', { gridMembers: 1 })] });
    // commercialShareScope is an indicator reading only: the rule counts of the two partials agree.
    const a = summarizeUnits(snapshot, GRID);
    const b = summarizeUnits(snapshot, { ...GRID, commercialShareScope: 'new_urban' });
    let error: unknown;
    try {
      mergeSummaries(a, b);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlanInputError);
    const e = error as PlanInputError;
    expect({ code: e.code, path: e.path, messageZh: e.messageZh, messageEn: e.messageEn }).toEqual({
      code: 'incompatible_partials',
      path: ['options'],
      messageZh: '无法合并：两份汇总的选项不同',
      messageEn: 'cannot merge: the two summaries differ in options',
    });
  });

  it('[S4] adds the units and counts of a township present in both', () => {
    const a = summarizeUnits(parseSnapshot({ asOf: '2024-12-31', units: [unit('533124101201', { gridMembers: 0 })] }), GRID);
    const b = summarizeUnits(parseSnapshot({ asOf: '2024-12-31', units: [unit('533124101202', { gridMembers: 4 }), unit('533124102201')] }), GRID);
    const m = mergeSummaries(a, b);
    expect(m.units).toBe(3);
    // 533124101: 101201 fails, 101202 passes. 533124102: 102201 has no grid members reported (missing_data).
    expect(m.townships['533124101']).toMatchObject({ units: 2, ruleCounts: [1, 1, 0, 0, 0] });
    expect(m.townships['533124102']).toMatchObject({ units: 1, ruleCounts: [0, 0, 0, 0, 1] });
    expect(m.missingUnits['gridMembers']).toBe(1);
  });

  it('[S4] orders townships by code and fields by name, so that merging either way gives the same JSON', () => {
    // Codes with a leading zero are not array indices: an object keeps them in insertion order unless sorted.
    const a = summarizeUnits(parseSnapshot({ asOf: '2024-12-31', regionCode: '', units: [unit('012345678201', { gridMembers: 1 })] }), GRID);
    const b = summarizeUnits(parseSnapshot({ asOf: '2024-12-31', regionCode: '', units: [unit('001234567201', { gridMembers: 0 })] }), GRID);
    const ab = mergeSummaries(a, b);
    expect(Object.keys(ab.townships)).toEqual(['001234567', '012345678']);
    expect(JSON.stringify(ab)).toBe(JSON.stringify(mergeSummaries(b, a)));
  });

  it('adds the units lacking each field, fields in name order', () => {
    const p = summarizeUnits(parseSnapshot({ asOf: '2024-12-31', units: [] }), GRID);
    const a = { ...p, missingUnits: { households: 1 } };
    const b = { ...p, missingUnits: { gridMembers: 2, households: 1 } };
    const m = mergeSummaries(a, b);
    expect(m.missingUnits).toEqual({ gridMembers: 2, households: 2 });
    expect(Object.keys(m.missingUnits)).toEqual(['gridMembers', 'households']);
  });
});

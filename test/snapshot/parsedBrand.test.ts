// The brand of parsed snapshots, and the zod-free guard's bounds, which must be the snapshot schema's.
import { describe, expect, it } from 'vitest';
import { computeIndicator, parseSnapshot, safeParseSnapshot } from '../../src/index';
import { isParsed, markParsed } from '../../src/snapshot/_parsed';
import { ruleSnapshot } from '../../src/rules/_lib/ruleSnapshot';
import type { Snapshot } from '../../src/snapshot/snapshotSchema';
import { thrown } from '../_thrown';

describe('markParsed / isParsed', () => {
  it('a marked object is recognised, a copy of it is not, nor anything else', () => {
    const s = markParsed({ asOf: '2024-12-31', units: [] });
    expect(isParsed(s)).toBe(true);
    expect(isParsed({ ...s })).toBe(false);
    expect([isParsed(null), isParsed(undefined), isParsed('2024-12-31'), isParsed(5)]).toEqual([false, false, false, false]);
  });

  it('the rule checks read a marked snapshot as it is (the same object), and parse anything else', () => {
    const raw = { asOf: '2024-12-31', units: [] };
    const marked = markParsed(parseSnapshot(raw));
    expect(ruleSnapshot(marked)).toBe(marked);
    const parsed = ruleSnapshot(raw);
    expect(parsed).not.toBe(raw);
    expect(parsed).toEqual(raw);
  });

  it('a marked snapshot is trusted: the brand is for parser output only', () => {
    const bad = markParsed({ asOf: '2025-02-30', units: [] } as unknown as Snapshot);
    expect(thrown(() => ruleSnapshot(bad))).toBeUndefined();
  });
});

describe('the formulas’ guard has the snapshot schema’s bounds (2,000,000,000 per count, 10,000,000 m² per area)', () => {
  const unit = (fields: Record<string, unknown>) => ({ code: '533124101201', townshipCode: '533124101', ...fields });
  const guard = (fields: Record<string, unknown>) => thrown(() => computeIndicator('facility_area_per_100_households', [unit(fields)], { asOf: '2024-12-31' })) === undefined;
  const schema = (fields: Record<string, unknown>) => safeParseSnapshot({ asOf: '2024-12-31', units: [unit(fields)] }).success;

  it.each([
    [{ households: 2_000_000_000 }, true],
    [{ households: 2_000_000_001 }, false],
    [{ facilityBuildingArea: 10_000_000 }, true],
    [{ facilityBuildingArea: '10000000.00' }, true],
    [{ facilityBuildingArea: 10_000_000.01 }, false],
    [{ facilityBuildingArea: '0.01' }, true],
    [{ facilityBuildingArea: '.5' }, false],
    [{ facilityBuildingArea: '05' }, false],
    [{ facilityBuildingArea: '5.' }, false],
    [{ facilityBuildingArea: ' 5' }, false],
    [{ facilityBuildingArea: '５' }, false],
  ])('%j: accepted %s by both', (fields, ok) => {
    expect([guard(fields), schema(fields)]).toEqual([ok, ok]);
  });
});

/**
 * evaluateSnapshot, summarizeUnits and evaluateFromSummary take a parsed snapshot as it is, and anything else through
 * the same parse: a value that was not understood throws a PlanInputError naming it, never gives a verdict.
 */
import { describe, expect, it } from 'vitest';
import { evaluateSnapshot, summarizeUnits } from '../../src/evaluate';
import { parseSnapshot } from '../../src/snapshot';
import { planErrorOf } from '../_thrown';

const raw = { asOf: '2025-12-31', units: [{ code: '533124101201', townshipCode: '533124101', households: 300, facilityBuildingArea: 90 }] };

describe('evaluateSnapshot on raw input', () => {
  it('[P1.4] a raw snapshot is parsed as evaluate parses it: 90 m² for 300 households → 30', () => {
    const e = evaluateSnapshot(raw as never, { scope: 'units' });
    expect(e.headline[3]?.value).toBe('30');
    expect(evaluateSnapshot(parseSnapshot(raw), { scope: 'units' }).headline[3]?.value).toBe('30');
  });

  it.each([
    ['negative households', { ...raw, units: [{ ...raw.units[0], households: -300 }] }, ['units', 0, 'households']],
    ['an impossible date', { ...raw, asOf: '2025-02-30' }, ['asOf']],
  ])('%s → PlanInputError naming %j', (_t, input, path) => {
    for (const run of [() => evaluateSnapshot(input as never), () => summarizeUnits(input as never)]) {
      expect(planErrorOf(run).path).toEqual(path);
    }
  });
});

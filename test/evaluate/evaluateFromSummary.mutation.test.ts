// Tests written to kill the Stryker survivors of src/evaluate/evaluateFromSummary.ts: a summary that does not cover the
// snapshot's units is rejected with an exact bilingual error. Built inside each test.
import { describe, expect, it } from 'vitest';
import { evaluateFromSummary, summarizeUnits } from '../../src/evaluate/index';
import { parseSnapshot } from '../../src/snapshot/index';
import { planErrorOf } from '../_thrown';

describe('evaluateFromSummary', () => {
  it('rejects a summary of more units than the snapshot has', () => {
    const snapshot = parseSnapshot({ asOf: '2024-12-31', units: [{ code: '533124101201', townshipCode: '533124101' }] });
    const summary = summarizeUnits(snapshot);
    expect(planErrorOf(() => evaluateFromSummary({ ...snapshot, units: [] }, summary))).toEqual({
      code: 'incompatible_partials',
      path: ['units'],
      messageZh: '汇总覆盖 1 个单位，填报数据有 0 个',
      messageEn: 'the summary covers 1 units, the snapshot has 0',
    });
  });

  it('rejects a summary of fewer units than the snapshot has (one of two)', () => {
    const snapshot = parseSnapshot({
      asOf: '2024-12-31',
      units: [
        { code: '533124101201', townshipCode: '533124101' },
        { code: '533124101202', townshipCode: '533124101' },
      ],
    });
    const half = summarizeUnits({ ...snapshot, units: snapshot.units.slice(0, 1) });
    expect(planErrorOf(() => evaluateFromSummary(snapshot, half))).toEqual({
      code: 'incompatible_partials',
      path: ['units'],
      messageZh: '汇总覆盖 1 个单位，填报数据有 2 个',
      messageEn: 'the summary covers 1 units, the snapshot has 2',
    });
    // The whole: accepted, detail summary.
    expect(evaluateFromSummary(snapshot, summarizeUnits(snapshot)).options.detail).toBe('summary');
  });
});

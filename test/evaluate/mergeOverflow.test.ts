import { describe, expect, it } from 'vitest';
import { mergeSummaries, parseSnapshot, summarizeUnits } from '../../src/index';
import { thrown } from '../_thrown';

const unit = (code: string, gridMembers: number) => ({ code, townshipCode: code.slice(0, 9), gridMembers });
const summary = (code: string) =>
  summarizeUnits(parseSnapshot({ asOf: '2024-12-31', units: [unit(code, 0)] }), { rules: ['t10-grid-members'], scope: 'units' });

/** A copy of a summary with one count raised to `n` (as a forged or corrupted partial from JSON could carry). */
function withCount<T>(s: T, set: (copy: any) => void): T {
  const copy = JSON.parse(JSON.stringify(s));
  set(copy);
  return copy;
}

describe('[S4] merging never adds counts past 2^53 − 1 silently', () => {
  const MAX = Number.MAX_SAFE_INTEGER;

  it('exactly at the limit merges; one past it is count_overflow naming the count', () => {
    const a = summary('533124101201');
    const b = summary('533124101202');
    const atLimit = withCount(a, (c) => (c.units = MAX - 1));
    expect(mergeSummaries(atLimit, b).units).toBe(MAX);
    const over = withCount(a, (c) => (c.units = MAX));
    const e = thrown(() => mergeSummaries(over, b));
    expect(e).toMatchObject({ name: 'PlanInputError', code: 'count_overflow', path: ['units'] });
    expect((e as Error).message).toContain('2^53');
  });

  it('a township count and a missing-field count are checked too, each named by its path', () => {
    const a = summary('533124101201');
    const b = summary('533124101202');
    const township = withCount(a, (c) => (c.townships['533124101'].units = MAX));
    expect(thrown(() => mergeSummaries(township, b))).toMatchObject({ code: 'count_overflow', path: ['townships', '533124101', 'units'] });
    const rule = withCount(a, (c) => (c.townships['533124101'].ruleCounts[0] = MAX));
    const e = thrown(() => mergeSummaries(rule, withCount(b, (c) => (c.townships['533124101'].ruleCounts[0] = 1))));
    expect(e).toMatchObject({ code: 'count_overflow', path: ['townships', '533124101', 'ruleCounts', 0] });
  });
});

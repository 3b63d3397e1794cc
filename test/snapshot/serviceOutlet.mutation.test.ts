// Service outlets (S2): each outlet ID at most once.
import { describe, expect, it } from 'vitest';
import { serviceOutletsSchema } from '../../src/index';

const issuesOf = (r: { success: boolean; error?: unknown }) =>
  r.success
    ? []
    : (r.error as { issues: { path: PropertyKey[]; params?: { code?: string; zh?: string; en?: string } }[] }).issues.map((i) => ({
        path: i.path,
        code: i.params?.code,
        zh: i.params?.zh,
        en: i.params?.en,
      }));

describe('serviceOutletsSchema: each ID once', () => {
  it('distinct IDs are fine', () => {
    expect(issuesOf(serviceOutletsSchema.safeParse([{ id: 'O1', water: 'residential' }, { id: 'O2' }]))).toEqual([]);
  });

  it('an ID listed again is duplicate_id at [index, "id"], naming the first copy', () => {
    const r = serviceOutletsSchema.safeParse([{ id: 'O1' }, { id: 'O1', water: 'residential' }]);
    expect(issuesOf(r)).toEqual([{ path: [1, 'id'], code: 'duplicate_id', zh: 'id O1 重复（第1条已出现）', en: 'id O1 is listed twice (first at index 0)' }]);
  });
});

// Relocation sites (P4.2): each site ID at most once.
import { describe, expect, it } from 'vitest';
import { relocationSitesSchema } from '../../src/index';

const issuesOf = (r: { success: boolean; error?: unknown }) =>
  r.success
    ? []
    : (r.error as { issues: { path: PropertyKey[]; params?: { code?: string; zh?: string; en?: string } }[] }).issues.map((i) => ({
        path: i.path,
        code: i.params?.code,
        zh: i.params?.zh,
        en: i.params?.en,
      }));

describe('relocationSitesSchema: each ID once', () => {
  it('distinct IDs are fine', () => {
    expect(issuesOf(relocationSitesSchema.safeParse([{ id: 'S1', hasServiceFacility: true }, { id: 'S2' }]))).toEqual([]);
  });

  it('an ID listed again is duplicate_id at [index, "id"], naming the first copy', () => {
    const r = relocationSitesSchema.safeParse([{ id: 'S1' }, { id: 'S2' }, { id: 'S2', hasServiceFacility: false }]);
    expect(issuesOf(r)).toEqual([{ path: [2, 'id'], code: 'duplicate_id', zh: 'id S2 重复（第2条已出现）', en: 'id S2 is listed twice (first at index 1)' }]);
  });
});

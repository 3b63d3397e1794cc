// The elderly visit log (P3.2), from the schema's TSDoc: a covered period from–to, a roster (each person once, with
// optional from/to bounding their days on it) and dated visits (each visit ID, when given, once). A range may start
// and end on the same day; an end before its start is invalid_range at `to`.
import { describe, expect, it } from 'vitest';
import { elderlyVisitsSchema } from '../../src/index';
import { codes, issuesOf } from './_issuesOf';

const log = { from: '2024-01-01', to: '2024-01-31', roster: [{ personId: 'p1' }], visits: [] as unknown[] };

describe('elderlyVisitsSchema: the covered period', () => {
  it('a one-day period is fine', () => {
    expect(codes(elderlyVisitsSchema.safeParse({ ...log, from: '2024-01-31', to: '2024-01-31' }))).toEqual([]);
  });

  it('a nonexistent start date after the end date is reported once, as a bad date', () => {
    // '2024-02-30' sorts after '2024-02-01', but there is no 30 February: only the date's own issue.
    expect(codes(elderlyVisitsSchema.safeParse({ ...log, from: '2024-02-30', to: '2024-02-01' }))).toEqual(['from:invalid_date']);
  });

  it('an end one day before the start is invalid_range at to, both dates named', () => {
    expect(issuesOf(elderlyVisitsSchema.safeParse({ ...log, from: '2024-02-01', to: '2024-01-31' }))).toEqual([
      { path: 'to', code: 'invalid_range', zh: '结束日期 2024-01-31 早于开始日期 2024-02-01', en: 'the end date 2024-01-31 is before the start date 2024-02-01' },
    ]);
  });
});

describe('elderlyVisitsSchema: a roster entry', () => {
  it('one day on the roster, or an open end either side, is fine', () => {
    const roster = [
      { personId: 'p1', from: '2024-01-10', to: '2024-01-10' },
      { personId: 'p2', from: '2024-01-10' },
      { personId: 'p3', to: '2024-01-10' },
    ];
    expect(codes(elderlyVisitsSchema.safeParse({ ...log, roster }))).toEqual([]);
  });

  it('leaving one day before joining is invalid_range at the entry\'s to', () => {
    const r = elderlyVisitsSchema.safeParse({ ...log, roster: [{ personId: 'p1' }, { personId: 'p2', from: '2024-01-10', to: '2024-01-09' }] });
    expect(issuesOf(r)).toEqual([
      { path: 'roster.1.to', code: 'invalid_range', zh: '离开名册日期 2024-01-09 早于列入日期 2024-01-10', en: 'left the roster (2024-01-09) before joining it (2024-01-10)' },
    ]);
  });

  it('a nonexistent joining date after the leaving date is reported once, as a bad date', () => {
    // '2024-02-30' sorts after '2024-02-01', but there is no 30 February: only the date's own issue.
    const r = elderlyVisitsSchema.safeParse({ ...log, roster: [{ personId: 'p1', from: '2024-02-30', to: '2024-02-01' }] });
    expect(codes(r)).toEqual(['roster.0.from:invalid_date']);
  });
});

describe('elderlyVisitsSchema: IDs once, issues under roster and visits', () => {
  it('a person listed again is duplicate_id at roster[i].personId, naming the first copy', () => {
    const r = elderlyVisitsSchema.safeParse({ ...log, roster: [{ personId: 'p1' }, { personId: 'p2' }, { personId: 'p1', from: '2024-01-05' }] });
    expect(issuesOf(r)).toEqual([
      { path: 'roster.2.personId', code: 'duplicate_id', zh: 'personId p1 重复（第1条已出现）', en: 'personId p1 is listed twice (first at index 0)' },
    ]);
    // The first copy's index travels with the issue (the lenient parse renames it after rows are left out).
    expect((r.error?.issues[0] as { params?: { key?: string; first?: number } }).params).toMatchObject({ key: 'p1', first: 0 });
  });

  it('a visit ID listed again is duplicate_id at visits[i].id; visits without an ID are never duplicates', () => {
    const visits = [
      { personId: 'p1', date: '2024-01-15' },
      { personId: 'p1', date: '2024-01-15' },
      { id: 'v1', personId: 'p1', date: '2024-01-16' },
      { id: 'v1', personId: 'p1', date: '2024-01-17' },
    ];
    expect(issuesOf(elderlyVisitsSchema.safeParse({ ...log, visits }))).toEqual([
      { path: 'visits.3.id', code: 'duplicate_id', zh: 'id v1 重复（第3条已出现）', en: 'id v1 is listed twice (first at index 2)' },
    ]);
  });

  it('a roster or visits that is not a list is one invalid_type issue, never a crash', () => {
    expect(codes(elderlyVisitsSchema.safeParse({ ...log, roster: null }))).toEqual(['roster:invalid_type']);
    expect(codes(elderlyVisitsSchema.safeParse({ ...log, visits: 'v1' }))).toEqual(['visits:invalid_type']);
  });
});

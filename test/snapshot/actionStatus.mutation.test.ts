// The status rules of an action (S1), from the schema's TSDoc: `done` needs `completedOn`; `not_started` may have
// neither `startedOn` nor `completedOn`; `in_progress` may not have `completedOn`; `completedOn` may not be before
// `startedOn` (the same day is fine). Each action at most once in the list. Results are computed inside each `it`.
import { describe, expect, it } from 'vitest';
import { actionStatusesSchema, actionStatusSchema } from '../../src/index';
import { codes, issuesOf } from './_issuesOf';

const ID = 't9-self-service-devices';
const NOT_STARTED = {
  path: 'status',
  code: 'inconsistent_status',
  zh: '状态为未开始（not_started）时不应有开始或完成日期',
  en: 'status not_started cannot have startedOn or completedOn',
};

describe('actionStatusSchema: not_started has no dates', () => {
  it('accepts not_started without dates (an updatedOn is no start)', () => {
    expect(codes(actionStatusSchema.safeParse({ actionId: ID, status: 'not_started', updatedOn: '2024-06-30' }))).toEqual([]);
  });

  it('rejects not_started with only a start date, at status, in both languages', () => {
    expect(issuesOf(actionStatusSchema.safeParse({ actionId: ID, status: 'not_started', startedOn: '2024-01-01' }))).toEqual([NOT_STARTED]);
  });

  it('rejects not_started with only a completion date', () => {
    expect(issuesOf(actionStatusSchema.safeParse({ actionId: ID, status: 'not_started', completedOn: '2024-01-01' }))).toEqual([NOT_STARTED]);
  });

  it('rejects not_started with both dates once (one issue, not one per date)', () => {
    const r = actionStatusSchema.safeParse({ actionId: ID, status: 'not_started', startedOn: '2024-01-01', completedOn: '2024-02-01' });
    expect(issuesOf(r)).toEqual([NOT_STARTED]);
  });
});

describe('actionStatusSchema: in_progress and done', () => {
  it('in_progress may have a start but no completion', () => {
    expect(codes(actionStatusSchema.safeParse({ actionId: ID, status: 'in_progress', startedOn: '2023-03-01' }))).toEqual([]);
    expect(issuesOf(actionStatusSchema.safeParse({ actionId: ID, status: 'in_progress', startedOn: '2023-03-01', completedOn: '2023-04-01' }))).toEqual([
      {
        path: 'completedOn',
        code: 'inconsistent_status',
        zh: '状态为进行中（in_progress）时不应有完成日期',
        en: 'status in_progress cannot have completedOn',
      },
    ]);
  });

  it('done needs completedOn, reported at completedOn', () => {
    expect(issuesOf(actionStatusSchema.safeParse({ actionId: ID, status: 'done', startedOn: '2023-03-01' }))).toEqual([
      { path: 'completedOn', code: 'completed_on_required', zh: '状态为已完成（done）时应填写完成日期 completedOn', en: 'status done needs completedOn' },
    ]);
  });

  it('done with a completion date and no start is fine (nothing to compare)', () => {
    expect(codes(actionStatusSchema.safeParse({ actionId: ID, status: 'done', completedOn: '2024-06-30' }))).toEqual([]);
  });
});

describe('actionStatusSchema: completedOn not before startedOn', () => {
  const done = { actionId: ID, status: 'done' } as const;

  it('the day after the start is fine; the day before is invalid_range with both dates named', () => {
    expect(codes(actionStatusSchema.safeParse({ ...done, startedOn: '2024-02-28', completedOn: '2024-02-29' }))).toEqual([]);
    expect(issuesOf(actionStatusSchema.safeParse({ ...done, startedOn: '2024-03-01', completedOn: '2024-02-29' }))).toEqual([
      {
        path: 'completedOn',
        code: 'invalid_range',
        zh: '完成日期 2024-02-29 早于开始日期 2024-03-01',
        en: 'completedOn 2024-02-29 is before startedOn 2024-03-01',
      },
    ]);
  });

  it('a nonexistent completion date that sorts before the start is reported once, as a bad date', () => {
    // '2025-02-30' < '2025-03-01' as strings, but there is no 30 February: only the date's own issue.
    expect(codes(actionStatusSchema.safeParse({ ...done, startedOn: '2025-03-01', completedOn: '2025-02-30' }))).toEqual(['completedOn:invalid_date']);
  });
});

describe('actionStatusesSchema: each action once', () => {
  it('distinct actions are fine', () => {
    const rows = [
      { actionId: ID, status: 'not_started' },
      { actionId: 'p3-8-cultural-service-centres', status: 'in_progress', startedOn: '2023-03-01' },
    ];
    expect(codes(actionStatusesSchema.safeParse(rows))).toEqual([]);
  });

  it('the second copy of an action is duplicate_id at its actionId, naming the first (1-based in Chinese)', () => {
    const rows = [
      { actionId: ID, status: 'not_started' },
      { actionId: 'p3-8-cultural-service-centres', status: 'not_started' },
      { actionId: ID, status: 'in_progress' },
    ];
    expect(issuesOf(actionStatusesSchema.safeParse(rows))).toEqual([
      { path: '2.actionId', code: 'duplicate_id', zh: `actionId ${ID} 重复（第1条已出现）`, en: `actionId ${ID} is listed twice (first at index 0)` },
    ]);
  });
});

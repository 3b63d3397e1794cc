// 一肩挑 (B1): of the village-level Party secretaries, those who also chair the committee; the part may not exceed the
// whole (equal is fine: every secretary also chairs). The yearly series lists each year at most once.
import { describe, expect, it } from 'vitest';
import { oneShoulderSeriesSchema, oneShoulderYearSchema } from '../../src/index';
import { issuesOf } from './_issuesOf';

describe('oneShoulderYearSchema', () => {
  it('accepts fewer concurrent than secretaries, and none at all', () => {
    expect(issuesOf(oneShoulderYearSchema.safeParse({ year: 2023, secretaries: 77, concurrent: 70 }))).toEqual([]);
    expect(issuesOf(oneShoulderYearSchema.safeParse({ year: 2023, secretaries: 77, concurrent: 0 }))).toEqual([]);
  });

  it('one more concurrent than secretaries is exceeds_total at concurrent, both figures named', () => {
    expect(issuesOf(oneShoulderYearSchema.safeParse({ year: 2023, secretaries: 0, concurrent: 1 }))).toEqual([
      { path: 'concurrent', code: 'exceeds_total', zh: '“一肩挑”人数 1 超过书记总数 0', en: 'concurrent (1) exceeds secretaries (0)' },
    ]);
  });
});

describe('oneShoulderSeriesSchema: each year once', () => {
  it('distinct years in any order are fine', () => {
    const rows = [
      { year: 2024, secretaries: 77, concurrent: 72 },
      { year: 2023, secretaries: 77, concurrent: 70 },
    ];
    expect(issuesOf(oneShoulderSeriesSchema.safeParse(rows))).toEqual([]);
  });

  it('a year listed again is duplicate_id at its year, naming the first copy', () => {
    const rows = [
      { year: 2022, secretaries: 77, concurrent: 60 },
      { year: 2023, secretaries: 77, concurrent: 70 },
      { year: 2023, secretaries: 77, concurrent: 71 },
    ];
    expect(issuesOf(oneShoulderSeriesSchema.safeParse(rows))).toEqual([
      { path: '2.year', code: 'duplicate_id', zh: 'year 2023 重复（第2条已出现）', en: 'year 2023 is listed twice (first at index 1)' },
    ]);
  });
});

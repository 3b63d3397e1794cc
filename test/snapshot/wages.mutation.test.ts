// Wages (T12): at least one of the monthly and annual averages; each year at most once in the series.
import { describe, expect, it } from 'vitest';
import { urbanUnitWagesSchema, urbanUnitWageSchema } from '../../src/index';
import { issuesOf } from './_issuesOf';

describe('urbanUnitWageSchema', () => {
  it('takes a monthly or an annual figure, or both', () => {
    expect(issuesOf(urbanUnitWageSchema.safeParse({ year: 2023, averageMonthlyWage: '8000' }))).toEqual([]);
    expect(issuesOf(urbanUnitWageSchema.safeParse({ year: 2023, averageAnnualWage: '96000' }))).toEqual([]);
    expect(issuesOf(urbanUnitWageSchema.safeParse({ year: 2023, averageMonthlyWage: '8000', averageAnnualWage: '96000' }))).toEqual([]);
  });

  it('neither is missing_wage on the row itself', () => {
    expect(issuesOf(urbanUnitWageSchema.safeParse({ year: 2023 }))).toEqual([
      { path: '', code: 'missing_wage', zh: '应给出月平均工资或年平均工资', en: 'give averageMonthlyWage or averageAnnualWage' },
    ]);
  });
});

describe('urbanUnitWagesSchema: each year once', () => {
  it('distinct years are fine', () => {
    expect(issuesOf(urbanUnitWagesSchema.safeParse([{ year: 2023, averageMonthlyWage: '8000' }, { year: 2024, averageMonthlyWage: '8200' }]))).toEqual([]);
  });

  it('the same year twice is duplicate_id at the second copy, even with the other kind of figure', () => {
    const rows = [
      { year: 2023, averageMonthlyWage: '8000' },
      { year: 2023, averageAnnualWage: '96000' },
    ];
    expect(issuesOf(urbanUnitWagesSchema.safeParse(rows))).toEqual([
      { path: '1.year', code: 'duplicate_id', zh: 'year 2023 重复（第1条已出现）', en: 'year 2023 is listed twice (first at index 0)' },
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAN } from '../../src/plan/meta';
import { PLAN_PERIOD, isCalendarDate } from '../../src/period';

const planText = readFileSync(new URL('../../docs/plan/plan.zh.txt', import.meta.url), 'utf8');
const lines = planText.split('\n').filter((l) => l.trim() !== '');

describe('[R3] PLAN_PERIOD: 2021-01-01 … 2025-12-31 (到2025年末)', () => {
  it('is 2021-01-01 to 2025-12-31, valid calendar dates, and frozen', () => {
    expect(PLAN_PERIOD).toEqual({ start: '2021-01-01', end: '2025-12-31' });
    expect(isCalendarDate(PLAN_PERIOD.start)).toBe(true);
    expect(isCalendarDate(PLAN_PERIOD.end)).toBe(true);
    expect(Object.isFrozen(PLAN_PERIOD)).toBe(true);
    expect(PLAN_PERIOD).toBe(PLAN.period);
  });

  it('the plan text sets its targets 到2025年末 and has 2020 baseline values (专栏1)', () => {
    expect(planText).toContain('到2025年末');
    expect(planText).toMatch(/2020年\s*基期值/);
    expect(planText).toMatch(/2025年\s*目标值/);
  });
});

describe('PLAN metadata', () => {
  it('title is the plan’s first two lines joined', () => {
    expect(PLAN.titleZh).toBe('陇川县“十四五”城乡社区服务体系建设规划');
    expect(`${lines[0]!.trim()}${lines[1]!.trim()}`).toBe(PLAN.titleZh);
  });

  it('basis documents are quoted in the preamble with these exact titles and numbers', () => {
    expect(PLAN.basis.map((b) => b.number)).toEqual(['德政办发〔2023〕29号', '陇政发〔2023〕59号']);
    expect(PLAN.basis[0]!.titleZh).toBe('德宏州人民政府办公室关于印发德宏州“十四五”城乡社区服务体系建设规划的通知');
    expect(PLAN.basis[1]!.titleZh).toBe('陇川县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要');
    for (const b of PLAN.basis) expect(planText).toContain(`《${b.titleZh}》（${b.number}）`);
  });

  it('issuer is the county government (inferred: the plan does not print it)', () => {
    expect(PLAN.issuerZh).toBe('陇川县人民政府');
    expect(PLAN.issuerEn).toBe("Longchuan County People's Government");
    expect(planText).not.toContain('陇川县人民政府');
  });

  it('years, baseline date and county', () => {
    expect(PLAN.baselineYear).toBe(2020);
    expect(PLAN.targetYear).toBe(2025);
    expect(PLAN.baselineDate).toBe('2020-12-31');
    expect(PLAN.county).toEqual({ code: '533124', nameZh: '陇川县', nameEn: 'Longchuan County' });
    expect(PLAN.titleEn).toBe('Longchuan County 14th Five-Year Plan for the Urban and Rural Community Service System');
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(PLAN)).toBe(true);
    expect(Object.isFrozen(PLAN.basis)).toBe(true);
    expect(Object.isFrozen(PLAN.basis[0])).toBe(true);
    expect(Object.isFrozen(PLAN.county)).toBe(true);
    expect(() => {
      (PLAN.period as { start: string }).start = '2020-01-01';
    }).toThrow(TypeError);
  });
});

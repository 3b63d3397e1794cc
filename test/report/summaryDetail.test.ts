// A summary evaluation (`detail: 'summary'`) counts the unit-level rules instead of listing one result per unit. The
// report must still show those failures: one row per rule and status, with the count and the first units.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate';
import { renderReport } from '../../src/report';
import { buildReportModel } from '../../src/report/reportModel';

// Task 10: at least one grid member (网格员) per village; 章凤村 and 芒弄村 have none, 迭撒村 has two.
const SNAP = {
  asOf: '2025-12-31',
  units: [
    { code: '533124101201', townshipCode: '533124101', gridMembers: 0 },
    { code: '533124101202', townshipCode: '533124101', gridMembers: 0 },
    { code: '533124101203', townshipCode: '533124101', gridMembers: 2 },
  ],
};

const rowsOf = (detail: 'full' | 'summary', locale: 'zh-CN' | 'en') =>
  buildReportModel(evaluate(SNAP, { detail }), locale)
    .chapters.flatMap((c) => c.groups.flatMap((g) => g.clauses.flatMap((k) => k.results)))
    .filter((r) => r.ruleId === 't10-grid-members');

describe('reports of a summary evaluation', () => {
  it('list each failing unit-level rule once, with the number of units and the first of them', () => {
    const [row, ...rest] = rowsOf('summary', 'en');
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ status: 'fail', subject: '533124', subjectName: 'Longchuan County', actual: '2', expected: null });
    expect(row?.message).toBe('Grid members assigned: 2 unit(s) fail, e.g. 533124101201 章凤村; 533124101202 芒弄村 (a summary evaluation counts them)');
  });

  it('say the same in Chinese', () => {
    expect(rowsOf('summary', 'zh-CN')[0]?.message).toMatch(/^.+：2个村（社区）未达标，如 533124101201 章凤村、533124101202 芒弄村（摘要评估只计数）$/);
  });

  it('count as many failing units as the full evaluation lists', () => {
    const full = rowsOf('full', 'en');
    expect(full.map((r) => r.subject)).toEqual(['533124101201', '533124101202']);
    expect(rowsOf('summary', 'en')[0]?.actual).toBe(String(full.length));
  });

  it('show the row in every format', () => {
    const e = evaluate(SNAP, { detail: 'summary' });
    for (const format of ['text', 'markdown', 'html'] as const) {
      expect(renderReport(e, { format, locale: 'en' })).toContain('a summary evaluation counts them');
    }
  });
});

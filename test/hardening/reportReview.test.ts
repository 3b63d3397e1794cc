/**
 * Found by an adversarial review after the report hardening (issue 16): a valid evaluation with very many rejected
 * units overflowed the call stack in the text table, and a stored evaluation with a very long field made the text and
 * Markdown layouts take time that grows with the square of its length.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate';
import { renderReport } from '../../src/report';
import { planErrorOf } from '../_thrown';

describe('report: sizes a stored or large evaluation may reach', () => {
  it('[stack] 130,000 rejected units: the text and Markdown tables render (no RangeError)', () => {
    const e = evaluate({ asOf: '2024-12-31', units: Array.from({ length: 130_000 }, (_, i) => ({ code: `X${i}` })) });
    expect(e.input.rejected).toHaveLength(130_000);
    for (const format of ['text', 'markdown'] as const) expect(renderReport(e, { format }).length).toBeGreaterThan(130_000);
  });

  it('[long-field] a 40,000-character message is refused at once with a PlanInputError naming it', () => {
    const e = evaluate({ asOf: '2025-12-31', units: [{ code: '533124101201', townshipCode: '533124101', gridMembers: 0 }] }, { scope: 'units' });
    const i = e.rules.findIndex((r) => r.status === 'fail');
    const rules = e.rules.map((r, j) => (j === i ? { ...r, message: { ...r.message, zh: '长'.repeat(40_000) } } : r));
    const err = planErrorOf(() => renderReport({ ...e, rules }, { format: 'text' }));
    expect([err.code, err.path]).toEqual(['invalid_evaluation', ['rules', i, 'message', 'zh']]);
    // 10,000 characters, the most a field may hold, still renders.
    const ok = e.rules.map((r, j) => (j === i ? { ...r, message: { ...r.message, zh: '长'.repeat(10_000) } } : r));
    // (wrapped at 28 汉字 a line in the terminal table)
    expect(renderReport({ ...e, rules: ok }, { format: 'text' })).toContain('长'.repeat(20));
  });

  it('[long-field] a 40,000-digit display in the headline is refused the same way', () => {
    const e = evaluate({ asOf: '2025-12-31', units: [] }, { scope: 'units' });
    const headline = e.headline.map((h, j) => (j === 0 ? { ...h, display: `0.${'0'.repeat(40_000)}1` } : h));
    expect(planErrorOf(() => renderReport({ ...e, headline }, { format: 'markdown' })).path).toEqual(['headline', 0, 'display']);
  });
});

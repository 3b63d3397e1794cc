/**
 * The size-budget table of the performance guides (the generated `size-limits` region): the Chinese guide names each
 * budget in Chinese, the English guide keeps size-limit's names, and both show the same files, imports and limits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/docs/generate';
import { SIZE_BUDGET_NAMES_ZH, fillRegions, sizeBudgetNameZh } from '../../scripts/docs/regions';

const PAGE = '<!-- generated:size-limits -->\n<!-- /generated:size-limits -->\n';
/** The table's body rows, as cells. */
const rows = (file: string): string[][] =>
  fillRegions(PAGE, file)
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| Budget') && !l.startsWith('| ---'))
    .map((l) => l.slice(2, -2).split(' | '));
const budgets = (JSON.parse(readFileSync(join(ROOT, '.size-limit.json'), 'utf8')) as { name: string }[]).map((b) => b.name);

describe('[docs] size budgets in the performance guides', () => {
  it('the Chinese guide names the three budgets in Chinese, and the whole file as 整个文件', () => {
    const zh = rows('docs/guides/performance.zh.md');
    expect(zh.map((r) => r[0])).toEqual(['IIFE 浏览器版本（已内联全部依赖）', '只导入 evaluate（含 zod 和 date-fns，不含 decimal.js）', '只用指标定义和公式（不含 zod 和 decimal.js）']);
    expect(zh[0]?.[2]).toBe('整个文件');
  });

  it('the English guide keeps the names of .size-limit.json', () => {
    const en = rows('docs/guides/performance.en.md');
    expect(en.map((r) => r[0])).toEqual(budgets);
    expect(en[0]?.[2]).toBe('the whole file');
  });

  it('both show the same files, imports and limits (only the names and “the whole file” are translated)', () => {
    const zh = rows('docs/guides/performance.zh.md');
    const en = rows('docs/guides/performance.en.md');
    expect(zh).toHaveLength(budgets.length);
    expect(zh.map((r) => [r[1], r[2] === '整个文件' ? 'the whole file' : r[2], r[3]])).toEqual(en.map((r) => [r[1], r[2], r[3]]));
  });

  it('every budget has a Chinese name and none is left over; an unnamed one stops the generator', () => {
    expect(Object.keys(SIZE_BUDGET_NAMES_ZH).sort()).toEqual([...budgets].sort());
    expect(() => sizeBudgetNameZh('a budget added later')).toThrow(/has no Chinese name/);
  });
});

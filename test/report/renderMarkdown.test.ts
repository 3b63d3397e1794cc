import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate';
import { renderMarkdown } from '../../src/report/renderMarkdown';
import { countySnapshot, hostileSnapshot } from './_fixtures';

const county = evaluate(countySnapshot());

/** The cells of a Markdown table row, split at unescaped pipes. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

/** Every table of a Markdown document: its lines, from the header to the last row. */
function tables(md: string): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const line of md.split('\n')) {
    if (line.startsWith('|')) cur.push(line);
    else if (cur.length > 0) {
      out.push(cur);
      cur = [];
    }
  }
  return out;
}

describe('[S4] renderMarkdown: the GitHub-flavoured Markdown report', () => {
  const zh = renderMarkdown(county, { locale: 'zh-CN' });

  it('has a title and the as-of date and region', () => {
    expect(zh.split('\n')[0]).toBe('# 陇川县“十四五”城乡社区服务体系建设规划');
    expect(zh).toContain('- **数据日期**：2024-06-30');
    expect(zh).toContain('- **地区**：陇川县 (533124)');
  });

  it('[P1.1] the headline table rows carry the hand-worked values', () => {
    expect(zh).toContain('| P1.1 | 农村社区综合服务设施覆盖率 | % | 60 | **80.9** | 74.0 | 80 | ✓ 达标 | 0个村 |');
    expect(zh).toContain('| P1.2 | 城市社区综合服务设施覆盖率 | % | 100 | **88.9** | 100.0 | 100 | ! 进度滞后 | 1个社区 |');
    expect(zh).toContain('| P1.4 | 每百户居民拥有社区综合服务设施面积 | 平方米/百户 | — | **27.3** | — | 30 | ✗ 未达标 | 630平方米 |');
    expect(zh).toContain('| P1.6 | 城市社区政务通用自助服务覆盖率 | % | — | 缺数据 | — | 100 | 缺数据 | — |');
    expect(zh).toContain('| P1.7 | 每万名城镇常住人口拥有社区工作者 | 人/万人 | 17.1 | **15.0** | 17.7 | 18 | ! 进度滞后 | 6人 |');
  });

  it('the township table, and failing and pending rules under chapter and subsection headings', () => {
    expect(zh).toContain('| 陇川农场 | 533124400 | 不适用 | 100.0 ✓ | 8.0 ✗ | 33.3 ✓ | 70.0 ✓ | 100.0 ✓ | 15.0 ! |');
    expect(zh).toContain('| **全县** | 533124 | 80.9 ✓ | 88.9 ! | 8.0 ✗ | 27.3 ✗ | 70.0 ✓ | 缺数据 | 15.0 ! |');
    const order = ['### 三、重点任务', '#### （一）健全党建引领城乡社区服务机制', '##### T3 重点任务第3条：推动服务机制改革创新'].map((h) =>
      zh.indexOf(`\n${h}\n`),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // T3's 一般不少于每天8小时 is soft: 7 h is an advisory (提示, not bold), not a failure; 1 more hour a day.
    expect(zh).toMatch(/\| 提示 \| 章凤村 \(533124101201\) \| 7小时 \| ≥8小时 \| .*7小时.*每天还差1小时/);
    expect(zh).toContain('\n## 未达标、提示和未到期的要求（按规划章节）\n');
    expect(zh).toContain('- **未达标最多的条款**：无\n');
    expect(zh).toContain('| 未到期 | 陇川县 (533124) | 3 | ≥20 |');
  });

  it('every table row has as many cells as its header, and a delimiter row', () => {
    for (const md of [zh, renderMarkdown(county, { locale: 'en' }), renderMarkdown(evaluate(hostileSnapshot()), { locale: 'en' })]) {
      for (const t of tables(md)) {
        const n = cells(t[0]!).length;
        expect(cells(t[1]!).every((c) => /^-{3,}:?$/.test(c))).toBe(true);
        for (const row of t) expect(cells(row)).toHaveLength(n);
      }
    }
  });

  it('escapes data: a pipe cannot end a cell, markup cannot become HTML', () => {
    const md = renderMarkdown(evaluate(hostileSnapshot()), { locale: 'en' });
    const issue = md.split('\n').find((l) => l.startsWith('| units\\[1\\].hasServiceFacility'))!;
    expect(issue).toBeDefined();
    expect(issue).toContain('\\<script\\>');
    expect(issue).toContain("\\& 'q' \\| \\<img");
    expect(md).not.toMatch(/(?<!\\)<script/);
    expect(md).toContain('| 1 | 533124101202 |');
    expect(md).toContain('| P3.4 | 2025-12-31 |');
  });

  it('is in English for en, with English rule messages', () => {
    const en = renderMarkdown(county, { locale: 'en' });
    expect(en).toContain('| P1.1 | Coverage rate of rural community comprehensive service facilities | % | 60 | **80.9** | 74.0 | 80 | ✓ achieved | 0 villages |');
    expect(en).toContain('##### T3 Key task 3: Reform and innovate service mechanisms');
    expect(en).toMatch(/\| advisory \| 章凤村 \(533124101201\) \| 7h \| ≥8h \| .*less than 8 hours a day/);
    expect(en).toContain('| hasSelfServiceTerminal | 1 |');
  });
});

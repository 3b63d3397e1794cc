import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { evaluate } from '../../src/evaluate/evaluate';
import { renderHtml } from '../../src/report/renderHtml';
import { renderReport } from '../../src/report/renderReport';
import { renderSeriesHtml } from '../../src/report/renderSeriesHtml';
import { renderSeriesMarkdown } from '../../src/report/renderSeriesMarkdown';
import { renderSeriesText } from '../../src/report/renderSeriesText';
import { validateSeries } from '../../src/report/validateSeries';
import { evaluateSeries } from '../../src/series/evaluateSeries';
import type { SeriesEvaluation } from '../../src/series/SeriesEvaluation';
import { SEVEN_VILLAGES } from '../_fixtures';

const villages = (n: number) => SEVEN_VILLAGES.map((u, i) => ({ ...u, hasServiceFacility: i < n }));
const options = { scope: 'units' } as const;
// 2021: 3 of 7; 2022: 4 of 7; 2025: 5 of 7 (71.4% < 80%: not achieved, 1 village short: 80% of 7 is 5.6, so 6).
const series = evaluateSeries(
  [
    { asOf: '2021-12-31', units: villages(3) },
    { asOf: '2022-12-31', units: villages(4) },
    {
      asOf: '2025-12-31',
      units: villages(5),
      actions: [{ actionId: 'p3-17-three-lists', status: 'done', completedOn: '2023-05-01', evidence: ['陇民发〔2023〕5号'] }],
    },
  ],
  options,
);
const copy = (): SeriesEvaluation => JSON.parse(JSON.stringify(series)) as SeriesEvaluation;

function thrown(f: () => unknown): PlanInputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PlanInputError);
    return e as PlanInputError;
  }
  throw new Error('did not throw');
}

describe('final-assessment report: headings and order of a 终期评估', () => {
  const zh = ['一、总体情况', '二、主要指标完成情况', '三、重点任务完成情况', '四、存在的问题', '五、数据说明'];
  const en = ['1. Overview', '2. Main indicators', '3. Key tasks', '4. Problems the figures show', '5. Notes on the data'];
  it.each([
    ['zh-CN', zh],
    ['en', en],
  ] as const)('%s: the five sections in order, in every format', (locale, heads) => {
    const md = renderSeriesMarkdown(series, { locale });
    expect(md.split('\n').filter((l) => l.startsWith('## '))).toEqual(heads.map((h) => `## ${h}`));
    const text = renderSeriesText(series, { locale });
    const at = heads.map((h) => text.split('\n').indexOf(h));
    expect(at.every((i, k) => i > 0 && (k === 0 || i > at[k - 1]!))).toBe(true);
    const html = renderSeriesHtml(series, { locale });
    expect([...html.matchAll(/<h2 id="[a-z]+-h">([^<]+)<\/h2>/g)].map((m) => m[1])).toEqual(heads);
  });

  it('renderReport dispatches a series to the final-assessment report (and an evaluation to the one-date report)', () => {
    expect(renderReport(series, { format: 'markdown' })).toBe(renderSeriesMarkdown(series));
    expect(renderReport(series, { format: 'html', locale: 'en' })).toBe(renderSeriesHtml(series, { locale: 'en' }));
    expect(renderReport(series, { format: 'text', color: true })).toBe(renderSeriesText(series, { color: true }));
    expect(renderReport(series.evaluations[0]!, { format: 'markdown' })).toContain('规划实施评估报告');
  });
});

describe('final-assessment report: the figures (hand-worked)', () => {
  const md = renderSeriesMarkdown(series);

  it('[P1.1] baseline, every year (missing ones marked), the target, the verdict of 2025 and its gap', () => {
    expect(md).toContain(
      '| P1.1 | 农村社区综合服务设施覆盖率 | % | 60 | 无填报 | 42.9 | 57.1 | 无填报 | 无填报 | 71.4 | 80 | **未达标** | 1个村 |',
    );
    expect(md).toContain('| 条款 | 指标 | 单位 | 2020年基期值 | 2020年 | 2021年 | 2022年 | 2023年 | 2024年 | 2025年 | 2025年目标值 | 结论（2025年） | 差距 |');
  });

  it('[P1.1] changes: +1/7 = +14.3 points 2021–2022, +1/7 again 2022–2025 (the missing years skipped and named)', () => {
    expect(md).toContain('| 条款 | 指标 | 单位 | 2021—2022年 | 2022—2025年 |');
    expect(md).toContain('| P1.1 | 农村社区综合服务设施覆盖率 | % | +14.3 | +14.3 |');
  });

  it('总体情况 and 存在的问题 state the figures, in the status words of the reports', () => {
    expect(md).toContain('- 本报告汇总以下年度的填报数据：2021年（2021-12-31）、2022年（2022-12-31）、2025年（2025-12-31）。');
    expect(md).toContain('- 以下年份没有填报数据，报告中标为“无填报”，不作插补：2020、2023、2024。');
    expect(md).toContain('- 主要指标（2025年）：未达标1项、缺数据6项。');
    expect(md).toContain('- P1.1 农村社区综合服务设施覆盖率：2025年为71.4%，2025年目标值80%，未达标，差距1个村。');
  });

  it('tracked actions with their evidence; each year’s completeness', () => {
    expect(md).toContain('| P3.17 | “三项清单”工作制度 | 未报告 | 未报告 | 已完成 | — | 2023-05-01 | 陇民发〔2023〕5号 |');
    expect(md).toContain('| 2021年 | 2021-12-31 | 7 | 7 | 0 | 0 | 7/7 | 1/7 | ');
  });

  it('invents no judgement: none of the words a report would use to praise or blame', () => {
    const all = [renderSeriesMarkdown(series), renderSeriesText(series), renderSeriesHtml(series)].join('\n');
    for (const word of ['进展良好', '成效显著', '较好', '明显', '显著', '良好', '不足', '滞后明显', '亟待', '有待']) expect(all).not.toContain(word);
    const en = [renderSeriesMarkdown(series, { locale: 'en' }), renderSeriesText(series, { locale: 'en' })].join('\n');
    for (const word of ['good progress', 'significant', 'excellent', 'poor', 'satisfactory']) expect(en.toLowerCase()).not.toContain(word);
  });

  it('without 2025 data the verdict is the latest year’s, and the report says so', () => {
    const s = evaluateSeries([{ asOf: '2021-12-31', units: villages(3) }, { asOf: '2023-12-31', units: villages(5) }], options);
    const m = renderSeriesMarkdown(s);
    expect(m).toContain('- 没有2025年的填报数据：以下结论按最近一年的数据给出。');
    expect(m).toContain('结论（2023年）');
    // 2023-12-31: 1095 of 1826 days, line at 60 + 20 × 1095/1826 = 71.99…; 5/7 = 71.43 is below it.
    // The gap is to the 2025 target: 6 villages needed, 5 have one.
    expect(m).toContain('| P1.1 | 农村社区综合服务设施覆盖率 | % | 60 | 无填报 | 42.9 | 无填报 | 71.4 | 无填报 | 无填报 | 80 | **进度滞后** | 1个村 |');
  });
});

describe('final-assessment report: the chart of each indicator', () => {
  const html = renderSeriesHtml(series);
  const p11 = html.slice(html.indexOf('<figure class="chart" id="chart-p1-1">'), html.indexOf('</figure>', html.indexOf('id="chart-p1-1"')));

  it('seven charts; P1.1 has the three years as dots along the planned line, 2021–2022 joined, 2023 and 2024 marked, never joined across', () => {
    expect(html.split('<svg ').length - 1).toBe(7);
    expect(p11.match(/<circle class="current /g)).toHaveLength(3);
    expect(p11.match(/<polyline /g)).toHaveLength(1);
    expect(p11.match(/<polyline class="actual" points="([^"]+)"/)![1]!.split(' ')).toHaveLength(2);
    expect(p11.match(/class="novalue-label"[^>]*>无填报</g)).toHaveLength(2);
    expect(p11).toContain('<line class="trajectory"');
    expect(p11).toContain('<title>2022年 57.1%（进度滞后）</title>');
    expect(p11).not.toContain('class="asof"');
    expect(p11).toContain('<desc id="chart-p1-1-desc">农村社区综合服务设施覆盖率：2020年基期值60%；2021年 42.9%（进度滞后）、2022年 57.1%（进度滞后）、2025年 71.4%（未达标）；2025年目标值80%。</desc>');
  });
});

describe('final-assessment report: the series is checked, escaped, and under the strict CSP', () => {
  it('the same Content-Security-Policy as the report of one evaluation', () => {
    const csp = (page: string) => page.split('\n').find((l) => l.includes('Content-Security-Policy'));
    expect(csp(renderSeriesHtml(series))).toBe(csp(renderHtml(evaluate({ asOf: '2024-12-31', units: [] }))));
    expect(renderSeriesHtml(series)).not.toMatch(/<script|<img|<link|url\(|https?:/i);
  });

  it('a series read back from JSON renders the same', () => {
    expect(renderSeriesMarkdown(copy())).toBe(renderSeriesMarkdown(series));
    expect(validateSeries(copy())).toEqual(series);
  });

  it('a figure changed by hand is refused, naming its path', () => {
    const s = copy() as unknown as { indicators: { points: { value: string | null }[] }[] };
    s.indicators[0]!.points[2]!.value = '90';
    const e = thrown(() => renderSeriesMarkdown(s as unknown as SeriesEvaluation));
    expect([e.code, e.path]).toEqual(['invalid_series', ['indicators', 0, 'points', 2, 'value']]);
    expect(e.messageEn).toBe('not a valid series: does not match the evaluations (not a series this library made from them)');
  });

  it('a bad evaluation inside is refused with its path under evaluations', () => {
    const s = copy() as unknown as { evaluations: { asOf: string }[] };
    s.evaluations[1]!.asOf = 'soon';
    const e = thrown(() => renderSeriesText(s as unknown as SeriesEvaluation));
    expect([e.code, e.path]).toEqual(['invalid_evaluation', ['evaluations', 1, 'asOf']]);
  });

  it('years out of order, options that differ, and anything but a series are refused', () => {
    const swapped = copy() as unknown as { evaluations: unknown[] };
    swapped.evaluations.reverse();
    expect(thrown(() => renderSeriesHtml(swapped as unknown as SeriesEvaluation)).path).toEqual(['evaluations', 1, 'asOf']);
    const other = copy() as unknown as { evaluations: { options: Record<string, unknown> }[] };
    other.evaluations[2]!.options['rounding'] = 'half_even';
    expect(thrown(() => renderSeriesHtml(other as unknown as SeriesEvaluation)).path).toEqual(['evaluations', 2, 'options']);
    expect(thrown(() => renderSeriesHtml(null as unknown as SeriesEvaluation)).code).toBe('invalid_series');
    expect(thrown(() => renderSeriesHtml({ ...copy(), extra: 1 } as unknown as SeriesEvaluation)).path).toEqual([]);
  });

  it('data is escaped in every format: markup, a table cell break, a link, direction characters; control characters of a stored series', () => {
    const hostile = '<script>alert(1)</script> | https://x.example [a](b) \u202e';
    const s = evaluateSeries(
      [{ asOf: '2025-12-31', units: villages(5), actions: [{ actionId: 'p3-17-three-lists', status: 'done', completedOn: '2023-05-01', evidence: [hostile] }] }],
      options,
    );
    const html = renderSeriesHtml(s);
    expect(html).not.toContain('<script>');
    expect(html).toContain('<li>&lt;script&gt;alert(1)&lt;/script&gt; | https://x.example [a](b) \\u{202e}</li>');
    const md = renderSeriesMarkdown(s);
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> \\| https:\u2060//');
    expect(md).toContain('\\[a\\](b)');
    expect(md).not.toContain('https://');
    expect(md).not.toContain('\u202e');
    // The library's data refuses control characters; a stored series edited by hand may still carry one.
    const stored = JSON.parse(JSON.stringify(s)) as { evaluations: { actions: { actionId: string; evidence: string[] }[] }[] };
    stored.evaluations[0]!.actions.find((a) => a.actionId === 'p3-17-three-lists')!.evidence = ['\u001b[31mred \u202e'];
    const text = renderSeriesText(stored as unknown as SeriesEvaluation);
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u202e');
    expect(text).toContain('\\u{1b}[31mred \\u{202e}');
  });
});

describe('final-assessment report: B1 readings are said', () => {
  it('[B1] the row read from the series and the copy it replaced', () => {
    const s = evaluateSeries(
      [
        { asOf: '2020-12-31', units: [], county: { oneShoulder: [{ year: 2020, secretaries: 77, concurrent: 60 }] } },
        { asOf: '2021-12-31', units: [], county: { oneShoulder: [{ year: 2020, secretaries: 77, concurrent: 63 }, { year: 2021, secretaries: 77, concurrent: 62 }] } },
      ],
      { rules: ['b1-one-shoulder-trend'] },
    );
    expect(renderSeriesMarkdown(s)).toContain('- 2021年的评估读取2020年填报数据中的2020年“一肩挑”人数 60/77，代替2021年填报数据中所填的 63/77。');
    expect(renderSeriesMarkdown(s, { locale: 'en' })).toContain("- 2021's evaluation read 2020's 一肩挑 count 60/77 from 2020's own data, instead of 63/77 entered in 2021's data.");
    // 2021: 62/77 above 2020's 60/77 (informational): 达标, first met 2021.
    expect(renderSeriesMarkdown(s)).toContain('| B1 | “一肩挑”比例逐步提高 | 缺数据 | 达标 | **达标** | 2021年 |');
  });
});

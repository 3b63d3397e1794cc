/**
 * [S4] The reports state the data's coverage before any figure: complete (the sample: all 77 registered units),
 * incomplete (7 of the 77: a warning, in every format and both languages), the units given, a township's own data.
 * And the end date, one day either side: [P1.1] 34 of 68 villages (50%) is behind on 2025-12-30 (the line stands at
 * 60 + 20 × 1825/1826 = 79.989…%) and not achieved (未达标) on 2026-01-01, in the table and in the chart's dot.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate';
import { renderReport } from '../../src/report/renderReport';
import { SAMPLE_SNAPSHOT } from '../../src/sample/index';
import { VILLAGE_UNITS } from '../../src/units/units.generated';
import { SEVEN_VILLAGES, unit } from '../_fixtures';

const SEVEN = SEVEN_VILLAGES;

// The first five of the 70 absent units in code order, named as the reports name them (township, unit, code):
// 章凤镇's two communities, its villages 206 and 207, then 陇把镇's community.
const INCOMPLETE_ZH =
  '数据不完整：全县登记在册的77个村（社区）中只有7个已报送并通过校验，70个未报送或未通过校验' +
  '（章凤镇老街子社区 533124101001、章凤镇新城社区 533124101002、章凤镇弄贯村 533124101206、章凤镇户弄村 533124101207、陇把镇陇把社区 533124102001 等）。' +
  '以下凡汇总这些村（社区）的全县和乡镇数据均按缺数据处理，不代表全县。';
const INCOMPLETE_EN =
  "Incomplete data: only 7 of the county's 77 registered village-level units reported and passed validation; 70 are absent or rejected " +
  '(章凤镇老街子社区 533124101001, 章凤镇新城社区 533124101002, 章凤镇弄贯村 533124101206, 章凤镇户弄村 533124101207, 陇把镇陇把社区 533124102001, …). ' +
  'Every county and township figure that adds them up is missing data below; none stands for the county.';

/** Where the first figure of a report is: its summary counts (概况 / Summary) come first, then the headline table. */
function firstFigure(report: string, locale: 'zh-CN' | 'en'): number {
  const i = report.indexOf(locale === 'zh-CN' ? '概况' : 'Summary');
  expect(i).toBeGreaterThan(0);
  expect(report.indexOf('P1.1')).toBeGreaterThan(i);
  return i;
}

describe('[S4] the coverage sentence comes before any figure', () => {
  const incomplete = evaluate({ asOf: '2025-12-31', units: SEVEN });

  it.each([
    ['text', 'zh-CN', `⚠ ${INCOMPLETE_ZH}`],
    ['text', 'en', `⚠ ${INCOMPLETE_EN}`],
    ['markdown', 'zh-CN', `> **⚠ ${INCOMPLETE_ZH}**`],
    ['markdown', 'en', `> **⚠ ${INCOMPLETE_EN}**`],
    ['html', 'zh-CN', `<p class="coverage incomplete" role="alert">⚠ ${INCOMPLETE_ZH}</p>`],
    ['html', 'en', `<p class="coverage incomplete" role="alert">⚠ ${INCOMPLETE_EN.replace("county's", 'county&#39;s')}</p>`],
  ] as const)('7 of 77 units, %s %s: marked incomplete, before the first figure', (format, locale, sentence) => {
    const report = renderReport(incomplete, { format, locale });
    const at = report.indexOf(sentence);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(firstFigure(report, locale));
    // Said once.
    expect(report.indexOf(sentence, at + 1)).toBe(-1);
  });

  it.each([
    ['text', 'zh-CN', '数据覆盖：全县登记在册的77个村（社区）均已报送。'],
    ['text', 'en', 'Coverage: all 77 registered village-level units of the county reported.'],
    ['markdown', 'zh-CN', '\n数据覆盖：全县登记在册的77个村（社区）均已报送。\n'],
    ['markdown', 'en', '\nCoverage: all 77 registered village-level units of the county reported.\n'],
    ['html', 'zh-CN', '<p class="coverage">数据覆盖：全县登记在册的77个村（社区）均已报送。</p>'],
    ['html', 'en', '<p class="coverage">Coverage: all 77 registered village-level units of the county reported.</p>'],
  ] as const)('the sample (all 77 units), %s %s: says all 77 reported, before the first figure, no warning', (format, locale, sentence) => {
    const report = renderReport(evaluate(SAMPLE_SNAPSHOT), { format, locale });
    const at = report.indexOf(sentence);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(firstFigure(report, locale));
    expect(report).not.toContain('⚠ 数据不完整');
    expect(report).not.toContain('Incomplete data');
    expect(report).not.toContain('role="alert"');
  });

  it("scope 'units': the 7 units given, never the county, in the coverage sentence and the region", () => {
    const e = evaluate({ asOf: '2025-12-31', units: SEVEN }, { scope: 'units' });
    const zh = renderReport(e, { format: 'text', locale: 'zh-CN' });
    const sentence = '评估范围：所报送的7个村（社区）。以下汇总数据只代表这些村（社区），不代表全县。';
    expect(zh.indexOf(sentence)).toBeGreaterThan(0);
    expect(zh.indexOf(sentence)).toBeLessThan(firstFigure(zh, 'zh-CN'));
    expect(zh).toContain('地区：所报送的7个村（社区） (533124)');
    expect(zh).not.toContain('⚠');
    const en = renderReport(e, { format: 'markdown', locale: 'en' });
    expect(en).toContain('\nScope: the 7 village-level units given. The figures below describe those units only, not the county.\n');
  });

  it("scope '533124101': 章凤镇's own data, its 9 registered units, labelled as the township's", () => {
    const codes = ['533124101001', '533124101002', ...[1, 2, 3, 4, 5, 6, 7].map((n) => `53312410120${n}`)];
    const e = evaluate({ asOf: '2025-12-31', units: codes.map((c) => unit(c, { hasServiceFacility: true })) }, { scope: '533124101' });
    const zh = renderReport(e, { format: 'text', locale: 'zh-CN' });
    const sentence = '评估范围：章凤镇（533124101）自行填报的数据（登记在册9个村（社区），已报送9个）。以下汇总数据为该乡镇的数据，不代表全县。';
    expect(zh.indexOf(sentence)).toBeGreaterThan(0);
    expect(zh.indexOf(sentence)).toBeLessThan(firstFigure(zh, 'zh-CN'));
    expect(zh).toContain('地区：章凤镇 (533124101)');
  });
});

describe('[P1.1] the end date, one day either side, through evaluate and renderReport', () => {
  // The whole registered county (77 units, complete): the first 34 of the 68 村民委员会 have a facility, 50%.
  const rural = VILLAGE_UNITS.filter((v) => v.kind === 'village_committee');
  const units = VILLAGE_UNITS.map((v) => unit(v.code, v.kind === 'village_committee' ? { hasServiceFacility: rural.indexOf(v) < 34 } : {}));
  const p11Row = (text: string) => text.split('\n').find((l) => l.startsWith('P1.1'))!;
  const firstChart = (html: string) => html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));

  it('2025-12-30: 50 below the line 79.99 → 进度滞后 (behind), the dot dot-behind', () => {
    const e = evaluate({ asOf: '2025-12-30', units });
    expect(e.input.coverage!.complete).toBe(true);
    expect(e.headline[0]).toMatchObject({ value: '50', progress: 'behind', gap: '21' });
    const row = p11Row(renderReport(e, { format: 'text', locale: 'zh-CN' }));
    // Columns: clause, name, unit, baseline 60, value 50.0, expected now 80.0 (79.989… shown to 1 place), target 80,
    // progress, gap 21 villages (80% × 68 = 54.4 → 55, 34 have one).
    expect(row.split(/ {2,}/)).toEqual(['P1.1', '农村社区综合服务设施覆盖率', '%', '60', '50.0', '80.0', '80', '进度滞后', '21个村']);
    const html = renderReport(e, { format: 'html', locale: 'zh-CN' });
    expect(firstChart(html)).toContain('class="current dot-behind"');
    expect(firstChart(html)).not.toContain('dot-not_achieved');
  });

  it('2026-01-01: the period is over → 未达标 (not achieved), the dot dot-not_achieved', () => {
    const e = evaluate({ asOf: '2026-01-01', units });
    expect(e.headline[0]).toMatchObject({ value: '50', progress: 'not_achieved', gap: '21' });
    const row = p11Row(renderReport(e, { format: 'text', locale: 'zh-CN' }));
    expect(row.split(/ {2,}/)).toEqual(['P1.1', '农村社区综合服务设施覆盖率', '%', '60', '50.0', '80.0', '80', '未达标', '21个村']);
    expect(e.summary.indicators.behind).toBe(0);
    const html = renderReport(e, { format: 'html', locale: 'zh-CN' });
    expect(firstChart(html)).toContain('class="current dot-not_achieved"');
    expect(firstChart(html)).not.toContain('dot-behind');
  });
});

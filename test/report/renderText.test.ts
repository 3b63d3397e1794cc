import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate';
import { renderText } from '../../src/report/renderText';
import { countySnapshot, hostileSnapshot, HOSTILE } from './_fixtures';
import { lineIndex, readTextTable } from './_textTable';

const county = evaluate(countySnapshot());

// Worked out by hand in _fixtures.ts: display value, value expected on 2024-06-30, gap.
const HEADLINE_ZH = [
  ['P1.1', '农村社区综合服务设施覆盖率', '60', '80.9', '74.0', '80', '达标', '0个村'],
  ['P1.2', '城市社区综合服务设施覆盖率', '100', '88.9', '100.0', '100', '进度滞后', '1个社区'],
  ['P1.3', '社区商业和综合服务设施面积占社区总建筑面积的比例', '-', '8.0', '-', '10', '未达标', '1800平方米'],
  ['P1.4', '每百户居民拥有社区综合服务设施面积', '-', '27.3', '-', '30', '未达标', '630平方米'],
  ['P1.5', '居民活动区域面积占社区综合服务设施总建筑面积比例', '-', '70.0', '-', '60', '达标', '0平方米'],
  ['P1.6', '城市社区政务通用自助服务覆盖率', '-', '缺数据', '-', '100', '缺数据', '-'],
  ['P1.7', '每万名城镇常住人口拥有社区工作者', '17.1', '15.0', '17.7', '18', '进度滞后', '6人'],
];

describe('[S4] renderText: the terminal report', () => {
  const zh = renderText(county, { locale: 'zh-CN' });
  const lines = zh.split('\n');

  it('starts with the plan title, the as-of date and the region', () => {
    expect(lines[0]).toBe('陇川县“十四五”城乡社区服务体系建设规划');
    expect(zh).toContain('数据日期：2024-06-30');
    expect(zh).toContain('地区：陇川县 (533124)');
  });

  it('[P1.1] the headline table shows the seven indicators with hand-worked values, aligned for Chinese text', () => {
    const t = readTextTable(lines, lineIndex(lines, '主要发展指标（专栏1）') + 2);
    expect(t.misaligned).toEqual([]);
    expect(t.headers).toEqual(['条款', '指标', '单位', '2020年基期值', '当前值', '当前应达', '2025年目标值', '进度', '差距']);
    expect(t.rows.map((r) => [r[0], r[1], r[3], r[4], r[5], r[6], r[7], r[8]])).toEqual(HEADLINE_ZH);
  });

  it('the township table has one row per township (names from the registry) and the county', () => {
    const t = readTextTable(lines, lineIndex(lines, '分乡镇（农场）指标') + 2);
    expect(t.misaligned).toEqual([]);
    // Each indicator is headed by its clause and short name, wrapped at 8 columns (4 汉字): 'P1.1' / '农村设施' / '覆盖率'
    // (the reader joins a header's lines as it joins a row's).
    expect(t.headers).toEqual(['乡镇（农场）', '代码', 'P1.1农村设施覆盖率', 'P1.2城市设施覆盖率', 'P1.3商业设施面积占比', 'P1.4每百户设施面积', 'P1.5活动区域面积占比', 'P1.6自助服务覆盖率', 'P1.7每万人社区工作者']);
    expect(t.rows.map((r) => r[0])).toEqual([
      '章凤镇', '陇把镇', '景罕镇', '城子镇', '户撒阿昌族乡', '护国乡', '清平乡', '王子树乡', '勐约乡', '陇川农场', '全县',
    ]);
    // 陇川农场 has only communities (no village): P1.1 is not applicable; its communities all have a terminal.
    expect(t.rows[9]).toEqual(['陇川农场', '533124400', '不适用', '100.0 ✓', '8.0 ✗', '33.3 ✓', '70.0 ✓', '100.0 ✓', '15.0 !']);
    expect(t.rows[10]).toEqual(['全县', '533124', '80.9 ✓', '88.9 !', '8.0 ✗', '27.3 ✗', '70.0 ✓', '缺数据', '15.0 !']);
  });

  it('[T3] failing and pending rules are grouped by chapter and subsection, with clause, subject and message', () => {
    const chapter = lineIndex(lines, '三、重点任务');
    const group = lineIndex(lines, '（一）健全党建引领城乡社区服务机制', chapter);
    const clause = lineIndex(lines, '[T3] 重点任务第3条：推动服务机制改革创新', group);
    const t = readTextTable(lines, clause + 1);
    expect(t.misaligned).toEqual([]);
    expect(t.rows).toHaveLength(1);
    // T3's 一般不少于每天8小时 is soft (一般): 7 h is an advisory (提示), not a failure.
    expect(t.rows[0]!.slice(0, 4)).toEqual(['提示', '章凤村 (533124101201)', '7小时', '≥8小时']);
    expect(t.rows[0]![4]).toContain('7小时');
    // 8 h − 7 h: 1 more hour a day.
    expect(t.rows[0]![4]).toContain('每天还差1小时');
    const p314 = lineIndex(lines, '[P3.14] 专栏3第14项：民族团结进步示范村（社区）建设行动', clause);
    const pending = readTextTable(lines, p314 + 1);
    expect(pending.rows[0]!.slice(0, 4)).toEqual(['未到期', '陇川县 (533124)', '3', '≥20']);
  });

  it('lists the missing data and the summary counts', () => {
    const t = readTextTable(lines, lineIndex(lines, '缺失字段：') + 1);
    expect(t.rows).toContainEqual(['政务通用自助服务', '1']);
    expect(zh).toContain('收到77个村（社区），评估77个。');
    expect(zh).toContain('主要指标：达标 2、进度正常 0、进度滞后 2、未达标 2、缺数据 1');
    // The only fail is T3's advisory and the only pending result P3.14's: no binding requirement fails, so no clause
    // is listed among those most failed.
    expect(zh).toContain('未达标 0、提示 1、未到期 1');
    expect(zh).toContain('未达标最多的条款：无');
  });

  it('prints English labels and messages in the en locale', () => {
    const en = renderText(county, { locale: 'en' }).split('\n');
    expect(en[0]).toBe('Longchuan County 14th Five-Year Plan for the Urban and Rural Community Service System');
    const t = readTextTable(en, lineIndex(en, 'Main indicators (专栏1)') + 2);
    expect(t.misaligned).toEqual([]);
    expect(t.rows.map((r) => r[1])).toEqual([
      'Coverage rate of rural community comprehensive service facilities',
      'Coverage rate of urban community comprehensive service facilities',
      'Share of community commercial and comprehensive service facility area in total community building area',
      'Community comprehensive service facility area per 100 resident households',
      "Share of residents' activity area in the total building area of community comprehensive service facilities",
      'Coverage rate of general government self-service in urban communities',
      'Community workers per 10,000 urban resident population',
    ]);
    expect(t.rows.map((r) => [r[4], r[7], r[8]])).toEqual([
      ['80.9', 'achieved', '0 villages'],
      ['88.9', 'behind', '1 community'],
      ['8.0', 'not achieved', '1800 m²'],
      ['27.3', 'not achieved', '630 m²'],
      ['70.0', 'achieved', '0 m²'],
      ['missing data', 'missing data', '-'],
      ['15.0', 'behind', '6 workers'],
    ]);
    const rule = readTextTable(en, lineIndex(en, '[T3] Key task 3: Reform and innovate service mechanisms') + 1);
    expect(rule.rows[0]!.slice(0, 4)).toEqual(['advisory', '章凤村 (533124101201)', '7h', '≥8h']);
    expect(rule.rows[0]![4]).toContain('less than 8 hours a day');
  });

  it('colours only when asked, and the colours change nothing else', () => {
    expect(zh).not.toContain('\u001b');
    const coloured = renderText(county, { locale: 'zh-CN', color: true });
    // An advisory in the warning colour (yellow), not the failure colour.
    expect(coloured).toContain('\u001b[33m提示\u001b[39m');
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(zh);
  });

  it('reports rejected units, data problems and overdue actions, with control characters neutralised', () => {
    const e = evaluate(hostileSnapshot());
    const text = renderText(e, { locale: 'en' });
    const l = text.split('\n');
    expect(readTextTable(l, lineIndex(l, 'Units that failed validation:') + 1).rows).toEqual([['1', '533124101202']]);
    const issues = readTextTable(l, lineIndex(l, 'Problems in the data:') + 1);
    expect(issues.rows[0]![0]).toBe('units[1].hasServiceFacility');
    expect(issues.rows[0]![1]).toContain('<script>');
    const overdue = readTextTable(l, lineIndex(l, 'Past due and not done:') + 1);
    expect(overdue.rows[0]!.slice(0, 2)).toEqual(['P3.4', '2025-12-31']);
    expect(HOSTILE).toContain('|');

    // A control character in data (none of today's messages carries one) is shown, never sent to the terminal.
    const forged = structuredClone(e);
    Object.assign(forged.input.issues[0]!, { messageEn: 'x\u001b[2Jy' });
    const out = renderText(forged, { locale: 'en' });
    expect(out).not.toContain('\u001b');
    expect(out).toContain('x\\u{1b}[2Jy');
  });

  it('ends every line without trailing spaces and the report with one newline', () => {
    expect(lines.filter((l) => / $/.test(l))).toEqual([]);
    expect(zh.endsWith('\n')).toBe(true);
    expect(zh.endsWith('\n\n')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate';
import type { Evaluation } from '../../src/evaluate/Evaluation';
import { renderHtml } from '../../src/report/renderHtml';
import { countySnapshot, hostileSnapshot, HOSTILE } from './_fixtures';
import { svgsOf, textOf, unbalancedTags } from './_html';

const county = evaluate(countySnapshot());
const zh = renderHtml(county, { locale: 'zh-CN' });
const en = renderHtml(county, { locale: 'en' });

/** The text of the table row whose first cell is `first`. */
function row(html: string, first: string): string {
  const r = [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => textOf(m[1]!).trim()).find((t) => t.startsWith(`${first} `));
  if (r === undefined) throw new Error(`no row starting ${first}`);
  return r;
}

describe('[S4] renderHtml: one self-contained page', () => {
  it('is a complete document in the locale’s language, UTF-8, with a viewport for small screens', () => {
    expect(zh.startsWith('<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(en).toContain('<html lang="en">');
    expect(zh).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(zh.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('has balanced tags', () => {
    for (const html of [zh, en, renderHtml(evaluate(hostileSnapshot()), { locale: 'en' })]) expect(unbalancedTags(html)).toEqual([]);
  });

  it('makes no external request: no URL, no src, no @import, no url(), no script', () => {
    for (const html of [zh, en]) {
      expect(html).not.toMatch(/https?:\/\//);
      expect(html).not.toMatch(/\bsrc\s*=/i);
      expect(html).not.toContain('@import');
      expect(html).not.toContain('url(');
      expect(html).not.toMatch(/<script|<link|<img|<iframe|<object/i);
      expect([...html.matchAll(/href="([^"]*)"/g)].every((m) => m[1]!.startsWith('#'))).toBe(true);
    }
  });

  it('[P1.1] the headline table shows the seven indicators with hand-worked values and table headers', () => {
    expect(row(zh, 'P1.1')).toBe('P1.1 农村社区综合服务设施覆盖率 % 60 80.9 74.0 80 达标 0个村');
    expect(row(zh, 'P1.2')).toBe('P1.2 城市社区综合服务设施覆盖率 % 100 88.9 100.0 100 进度滞后 1个社区');
    expect(row(zh, 'P1.3')).toBe('P1.3 社区商业和综合服务设施面积占社区总建筑面积的比例 % — 8.0 — 10 未达标 1800平方米');
    expect(row(zh, 'P1.5')).toBe('P1.5 居民活动区域面积占社区综合服务设施总建筑面积比例 % — 70.0 — 60 达标 0平方米');
    expect(row(zh, 'P1.6')).toBe('P1.6 城市社区政务通用自助服务覆盖率 % — 缺数据 — 100 缺数据 —');
    expect(row(zh, 'P1.7')).toBe('P1.7 每万名城镇常住人口拥有社区工作者 人/万人 17.1 15.0 17.7 18 进度滞后 6人');
    expect(row(en, 'P1.4')).toBe(
      'P1.4 Community comprehensive service facility area per 100 resident households m² per 100 households — 27.3 — 30 not achieved 630 m²',
    );
    expect(zh).toContain('<th scope="col">指标</th>');
  });

  it('draws one accessible SVG chart per indicator', () => {
    const svgs = svgsOf(zh);
    expect(svgs).toHaveLength(7);
    svgs.forEach((svg, i) => {
      const id = `chart-p1-${i + 1}`;
      expect(svg).toContain(`role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc"`);
      expect(svg).toContain(`<title id="${id}-title">P1.${i + 1} `);
      expect(svg).toMatch(new RegExp(`<desc id="${id}-desc">[^<]+</desc>`));
      expect(svg).toContain('viewBox="0 0 ');
      expect(svg).not.toMatch(/NaN|Infinity|undefined/);
      expect(svg).toContain('class="target"');
    });
  });

  it('[P1.1] [P1.7] charts with a baseline show it and the straight line; the others only target and value', () => {
    const [p11, p12, p13, , , p16, p17] = svgsOf(en);
    for (const svg of [p11!, p12!, p17!]) {
      expect(svg).toContain('class="trajectory"');
      expect(svg).toContain('class="baseline"');
      expect(svg).toContain('class="expected"');
    }
    expect(p11).toContain('>2020 baseline 60<');
    expect(p11).toContain('>80.9<');
    expect(p11).toContain('>80<');
    expect(p11).toContain('<title>Expected now 74.0%</title>');
    expect(p17).toContain('>2020 baseline 17.1<');
    expect(p17).toContain('>15.0<');
    expect(p17).toContain('<title>Expected now 17.7 per 10,000 urban residents</title>');
    expect(p13).not.toContain('class="trajectory"');
    expect(p13).not.toContain('class="baseline"');
    expect(p13).toContain('>8.0<');
    expect(p16).toContain('class="novalue-label"');
    expect(p16).not.toContain('class="current');
    expect(p11).toContain(
      'Coverage rate of rural community comprehensive service facilities: 2020 baseline 60 %; expected on 2024-06-30 74.0 %; ' +
        'value on 2024-06-30 80.9 %; 2025 target 80 %; achieved.',
    );
  });

  it('prints the values in the charts as the evaluation’s strings, never re-derived', () => {
    const e = evaluate({
      asOf: '2024-06-30',
      units: [
        { code: '533124101001', townshipCode: '533124101', residentPopulation: 30_000, communityWorkers: 53 },
      ],
    }, { scope: 'units', urbanPopulationSource: 'units' });
    // The figures of the one community given (scope 'units'), P1.7 over its own 30,000 residents
    // (urbanPopulationSource 'units'; the test is about how a value is printed, not the county's 城镇常住人口).
    // 53 / 30 000 × 10 000 = 17.666… → 17.7 (half up); no binary float artefact such as 17.666666666666668 appears.
    const html = renderHtml(e, { locale: 'en' });
    const p17 = svgsOf(html)[6]!;
    expect(p17).toContain('>17.7<');
    expect(html).not.toMatch(/\d\.\d{8,}/);
  });

  it('the township table, the rules by chapter with their clauses, and the missing data', () => {
    expect(row(zh, '章凤镇')).toMatch(/^章凤镇 533124101 /);
    expect(row(zh, '陇川农场')).toBe('陇川农场 533124400 不适用 100.0 ✓ 达标 8.0 ✗ 未达标 33.3 ✓ 达标 70.0 ✓ 达标 100.0 ✓ 达标 15.0 ! 进度滞后');
    expect(row(zh, '全县')).toBe('全县 533124 80.9 ✓ 达标 88.9 ! 进度滞后 8.0 ✗ 未达标 27.3 ✗ 未达标 70.0 ✓ 达标 缺数据 15.0 ! 进度滞后');
    const rules = zh.slice(zh.indexOf('<section id="rules"'), zh.indexOf('<section id="actions"'));
    const order = ['<h3>三、重点任务</h3>', '<h4>（一）健全党建引领城乡社区服务机制</h4>', '<caption><span class="code">T3</span> 重点任务第3条：推动服务机制改革创新</caption>'].map(
      (s) => rules.indexOf(s),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // T3's 一般不少于每天8小时 is soft: an advisory (提示), 1 more hour a day.
    expect(row(rules, '提示')).toMatch(/^提示 章凤村 533124101201 7小时 ≥8小时 .*7小时.*每天还差1小时/);
    expect(rules).toContain('<span class="badge s-advisory">提示</span>');
    expect(row(rules, '未到期')).toMatch(/^未到期 陇川县 533124 3 ≥20 /);
    const missing = zh.slice(zh.indexOf('<section id="missing"'));
    expect(textOf(missing)).toContain('收到77个村（社区），评估77个。');
    // The field's Chinese name (the CSV template's header), its path in small print under it.
    expect(row(missing, '政务通用自助服务')).toBe('政务通用自助服务 hasSelfServiceTerminal 1');
  });

  it('states the data source in the footer', () => {
    const footer = zh.slice(zh.indexOf('<footer>'));
    expect(textOf(footer)).toContain('本报告根据所提供的填报数据，按规划的指标和条款计算生成。');
    expect(textOf(en.slice(en.indexOf('<footer>')))).toContain('Computed by longchuan-community-plan from the supplied data.');
  });

  it('escapes every piece of data: markup and quotes in the input stay text', () => {
    const html = renderHtml(evaluate(hostileSnapshot()), { locale: 'en' });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(\\&quot;x\\&quot;)&lt;/script&gt; &amp; &#39;q&#39; | &lt;img');
    expect(row(html, '1')).toBe('1 533124101202');
    expect(row(html, 'P3.4')).toMatch(/^P3\.4 2025-12-31 /);

    // Data that no current rule produces, put where names, codes and messages go.
    const forged: Evaluation = structuredClone(county) as Evaluation;
    const r = forged.rules.find((x) => x.status === 'fail')!;
    Object.assign(r, { subject: HOSTILE, actual: HOSTILE, expected: HOSTILE, message: { zh: HOSTILE, en: HOSTILE } });
    Object.assign(forged, { region: `"><svg onload=alert(1)>`, asOf: '2024-06-30' });
    Object.assign(forged.summary.missingData[0]!, { field: HOSTILE });
    const out = renderHtml(forged, { locale: 'en' });
    expect(out).not.toMatch(/<script|<img|<svg onload/);
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; | &lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;');
    expect(unbalancedTags(out)).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/_lib/deepFreeze';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { evaluate } from '../../src/evaluate/evaluate';
import { renderReport, type ReportFormat } from '../../src/report';
import type { ReportLocale } from '../../src/report/labels';
import { countySnapshot } from './_fixtures';
import { svgsOf, unbalancedTags } from './_html';
import { readTextTable } from './_textTable';

const FORMATS: readonly ReportFormat[] = ['text', 'markdown', 'html'];
const LOCALES: readonly ReportLocale[] = ['zh-CN', 'en'];
const county = evaluate(countySnapshot());

const NAMES: Record<ReportLocale, readonly string[]> = {
  'zh-CN': [
    '农村社区综合服务设施覆盖率',
    '城市社区综合服务设施覆盖率',
    '社区商业和综合服务设施面积占社区总建筑面积的比例',
    '每百户居民拥有社区综合服务设施面积',
    '居民活动区域面积占社区综合服务设施总建筑面积比例',
    '城市社区政务通用自助服务覆盖率',
    '每万名城镇常住人口拥有社区工作者',
  ],
  en: [
    'Coverage rate of rural community comprehensive service facilities',
    'Coverage rate of urban community comprehensive service facilities',
    'Share of community commercial and comprehensive service facility area in total community building area',
    'Community comprehensive service facility area per 100 resident households',
    'activity area in the total building area of community comprehensive service facilities',
    'Coverage rate of general government self-service in urban communities',
    'Community workers per 10,000 urban resident population',
  ],
};

describe('[S4] renderReport', () => {
  describe.each(FORMATS.flatMap((f) => LOCALES.map((l) => [f, l] as const)))('%s, %s', (format, locale) => {
    const out = renderReport(county, { format, locale });

    it('[P1.1] shows the seven indicators by name with their values rounded half up to 1 decimal', () => {
      // The text report wraps long names inside their column: read the column back.
      const lines = out.split('\n');
      const names =
        format === 'text' ? readTextTable(lines, lines.findIndex((l) => /^(条款|Clause) /.test(l))).rows.map((r) => r[1]).join('\n') : out;
      for (const name of NAMES[locale]) expect(names).toContain(name);
      // 55/68 = 80.882…% → 80.9; 8/9 = 88.888…% → 88.9; 6 300/23 100 × 100 = 27.27… → 27.3; 27/18 000 × 10 000 = 15.
      for (const v of ['80.9', '88.9', '8.0', '27.3', '70.0', '15.0', '74.0', '17.7']) expect(out).toContain(v);
    });

    it('names the townships, the failing clause and the missing field', () => {
      for (const t of ['章凤镇', '户撒阿昌族乡', '陇川农场']) expect(out).toContain(t);
      expect(out).toContain('T3');
      expect(out).toContain('P3.14');
      expect(out).toContain('533124101201');
      // The missing field: by its Chinese name (the CSV template's header) in a Chinese report, by its path in English.
      expect(out).toContain(locale === 'zh-CN' ? '政务通用自助服务' : 'hasSelfServiceTerminal');
    });

    it('is deterministic and leaves the evaluation unchanged', () => {
      const frozen = deepFreeze(structuredClone(county));
      const before = JSON.stringify(frozen);
      expect(renderReport(frozen, { format, locale })).toBe(out);
      expect(JSON.stringify(frozen)).toBe(before);
    });

    it('renders an evaluation read back from JSON the same', () => {
      expect(renderReport(JSON.parse(JSON.stringify(county)), { format, locale })).toBe(out);
    });
  });

  it('defaults to Chinese', () => {
    expect(renderReport(county, { format: 'markdown' })).toBe(renderReport(county, { format: 'markdown', locale: 'zh-CN' }));
  });

  it('rejects an unknown format or locale with a PlanInputError', () => {
    expect(() => renderReport(county, { format: 'pdf' as never })).toThrow(PlanInputError);
    expect(() => renderReport(county, { format: 'text', locale: 'fr' as never })).toThrow(/locale must be zh-CN or en, got fr/);
  });

  it('renders any as-of date, before the baseline and after the plan, without NaN', () => {
    for (const asOf of ['2020-06-30', '2021-01-01', '2025-12-31', '2027-03-31']) {
      const e = evaluate({ ...countySnapshot(), asOf });
      const html = renderReport(e, { format: 'html', locale: 'en' });
      expect(html).toContain(`as of ${asOf}`);
      const svgs = svgsOf(html);
      expect(svgs).toHaveLength(7);
      for (const svg of svgs) expect(svg).not.toMatch(/NaN|Infinity/);
      expect(unbalancedTags(html)).toEqual([]);
    }
  });

  it('an empty snapshot: every indicator without data, and the report still complete', () => {
    const e = evaluate({ asOf: '2024-12-31', units: [] });
    const text = renderReport(e, { format: 'text', locale: 'en' });
    expect(text).toContain('Main indicators: achieved 0, on track 0, behind 0, not achieved 0, missing data 7');
    expect(text).toContain('This evaluation has no township-level results.');
    const html = renderReport(e, { format: 'html', locale: 'en' });
    expect(svgsOf(html)).toHaveLength(7);
    expect(unbalancedTags(html)).toEqual([]);
  });

  it('a township the registry does not know is shown by its code', () => {
    // A province-wide snapshot: 芒市 (533103) is outside Longchuan's registry.
    const e = evaluate({
      asOf: '2024-12-31',
      regionCode: '53',
      units: [
        { code: '533124101201', townshipCode: '533124101', hasServiceFacility: true },
        { code: '533124101202', townshipCode: '533124101', hasServiceFacility: true },
        { code: '533124101203', townshipCode: '533124101', hasServiceFacility: false },
        { code: '533103001201', townshipCode: '533103001', committeeType: 'village_committee', hasServiceFacility: true },
      ],
    });
    const md = renderReport(e, { format: 'markdown', locale: 'zh-CN' });
    expect(md).toContain('- **地区**：53');
    // 2 of 3 villages in 章凤镇 → 66.666…% → 66.7, behind the 2024-12-31 line (60 + 20 × 1461/1826 = 76.0).
    expect(md).toMatch(/\| 章凤镇 \| 533124101 \| 66\.7 ! \|/);
    expect(md).toMatch(/\| 533103001 \| 533103001 \| 100\.0 ✓ \|/);
    // 3 of 4 → 75.0 region-wide, also behind.
    expect(md).toMatch(/\| \*\*全县\*\* \| 53 \| 75\.0 ! \|/);
  });

  it('says so when the evaluation has no township level', () => {
    const e = structuredClone(county);
    Object.assign(e, { indicators: e.indicators.filter((r) => r.level === 'county') });
    expect(renderReport(e, { format: 'text', locale: 'zh-CN' })).toContain('本次评估未包含乡镇一级结果。');
    expect(renderReport(e, { format: 'html', locale: 'en' })).toContain('<p>This evaluation has no township-level results.</p>');
  });

  it('rounds the township values as the evaluation says (half even)', () => {
    // 349 workers for 200 000 residents: 17.45 per 10 000 → 17.5 half up, 17.4 half even (四舍六入五成双).
    const snapshot = {
      asOf: '2024-12-31',
      units: [{ code: '533124101001', townshipCode: '533124101', residentPopulation: 200_000, communityWorkers: 349 }],
    };
    // The figures of the one community given (scope 'units'), not of 章凤镇's or the county's registered units.
    const up = renderReport(evaluate(snapshot, { scope: 'units' }), { format: 'markdown', locale: 'en' });
    const even = renderReport(evaluate(snapshot, { scope: 'units', rounding: 'half_even' }), { format: 'markdown', locale: 'en' });
    expect(up).toMatch(/\| 章凤镇 \| 533124101 \|.*\| 17\.5 ! \|$/m);
    expect(even).toMatch(/\| 章凤镇 \| 533124101 \|.*\| 17\.4 ! \|$/m);
  });

  it('the report code uses no Node built-in, no clock and no DOM', () => {
    const dir = new URL('../../src/report/', import.meta.url);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      const src = readFileSync(new URL(f, dir), 'utf8');
      expect(src, f).not.toMatch(/from ['"]node:|require\(|Date\.now|new Date\(|document\.|window\.|Math\.random/);
    }
  });
});

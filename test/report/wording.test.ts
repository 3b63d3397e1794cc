// Issue 15: the Chinese report says it as the plan says it. One status vocabulary across the report, the CLI and the
// docs; no English word in a Chinese report (only codes, record IDs, numbers, units of measure and clause IDs); the
// sample's notice on the page itself in every format.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate';
import { renderReport, type ReportFormat } from '../../src/report';
import { REPORT_LABELS } from '../../src/report/labels';
import { SAMPLE_SNAPSHOT } from '../../src/sample';

const FORMATS: readonly ReportFormat[] = ['text', 'markdown', 'html'];

/** The one table: a rule result's status (and 提示, a soft or informational rule's fail) in Chinese and in English. */
const STATUS = {
  pass: ['达标', 'pass'],
  fail: ['未达标', 'fail'],
  advisory: ['提示', 'advisory'],
  pending: ['未到期', 'pending'],
  missing_data: ['缺数据', 'missing data'],
  not_applicable: ['不适用', 'not applicable'],
} as const;
/** Statuses that are no longer words of any surface. */
const RETIRED = ['已达标', '无数据', '待到期', '待定'];

/** A `const NAME: … = { key: 'word', … }` table read from a source file without importing it. */
function readTable(file: string, name: string): Record<string, string> {
  const src = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  const body = new RegExp(`const ${name}[^=]*= \\{([^}]*)\\}`).exec(src)?.[1];
  if (body === undefined) throw new Error(`${name} not found in ${file}`);
  return Object.fromEntries([...body.matchAll(/(\w+): '([^']*)'/g)].map((m) => [m[1]!, m[2]!]));
}

describe('[S4] one status vocabulary', () => {
  it('the report says each rule status with the table\'s word, in Chinese and in English', () => {
    for (const [status, [zh, en]] of Object.entries(STATUS)) {
      expect(REPORT_LABELS['zh-CN'].rule[status as keyof typeof STATUS], status).toBe(zh);
      expect(REPORT_LABELS.en.rule[status as keyof typeof STATUS], status).toBe(en);
    }
  });

  it('an indicator meets or misses its target with the same words (达标 / 未达标), and lacks data with 缺数据', () => {
    const p = REPORT_LABELS['zh-CN'].progress;
    expect([p.achieved, p.not_achieved, p.no_data]).toEqual([STATUS.pass[0], STATUS.fail[0], STATUS.missing_data[0]]);
    // On the way to a 2025 target: its own two words.
    expect([p.on_track, p.behind]).toEqual(['进度正常', '进度滞后']);
    expect(REPORT_LABELS.en.progress.no_data).toBe(STATUS.missing_data[1]);
    const i = REPORT_LABELS['zh-CN'].indicatorStatus;
    expect([i.missing_data, i.not_applicable]).toEqual([STATUS.missing_data[0], STATUS.not_applicable[0]]);
    expect(REPORT_LABELS['zh-CN'].notes.legend).toBe('✓ 达标　+ 进度正常　! 进度滞后　✗ 未达标');
  });

  it('the CLI\'s check says each status with the table\'s word', () => {
    const zh = readTable('src/cli/commands/check.ts', 'STATUS_ZH');
    const en = readTable('src/cli/commands/check.ts', 'STATUS_EN');
    for (const [status, [z, e]] of Object.entries(STATUS)) {
      expect(zh[status], status).toBe(z);
      expect(en[status], status).toBe(e);
    }
  });

  it('the docs generator says the indicator statuses with the report\'s words', () => {
    const pages = readTable('scripts/docs/pages.ts', 'STATUS_ZH');
    for (const [k, v] of Object.entries(REPORT_LABELS['zh-CN'].progress)) expect(pages[k], k).toBe(v);
    const regions = readFileSync(new URL('../../scripts/docs/regions.ts', import.meta.url), 'utf8');
    for (const [k, v] of Object.entries(REPORT_LABELS['zh-CN'].progress)) expect(regions).toContain(`${k}: { en: '${REPORT_LABELS.en.progress[k as 'achieved']}', zh: '${v}' }`);
  });

  it('no retired status word is left in the report, the CLI, the docs generator, the guides or the generated pages', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const d of readdirSync(new URL(`../../${dir}`, import.meta.url), { withFileTypes: true })) {
        if (d.isDirectory()) walk(`${dir}${d.name}/`);
        else if (/\.(ts|md)$/.test(d.name)) files.push(`${dir}${d.name}`);
      }
    };
    for (const dir of ['src/report/', 'src/cli/', 'scripts/docs/', 'docs/guides/', 'docs/generated/']) walk(dir);
    files.push('docs/index.md');
    const found = files.flatMap((f) => {
      const text = readFileSync(new URL(`../../${f}`, import.meta.url), 'utf8');
      return RETIRED.filter((w) => text.includes(w)).map((w) => `${f}: ${w}`);
    });
    expect(found).toEqual([]);
  });
});

/** The text a reader sees: HTML without its style, tags, entities and the small print of field paths. */
function visible(format: ReportFormat, out: string): string {
  if (format !== 'html') return out;
  return out
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<small class="code path">[^<]*<\/small>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, ' ');
}

/** ASCII words that are not codes: a run of letters in a token without a digit (P1.1, 533124, LC-E004 and 2024-06-30 hold one). */
function asciiWords(text: string): string[] {
  return [...new Set(text.split(/[^A-Za-z0-9._\-[\]]+/).filter((t) => /[A-Za-z]/.test(t) && !/\d/.test(t)))];
}

describe('[S4] a Chinese report has no English word', () => {
  const cases = [
    ['the sample', evaluate(SAMPLE_SNAPSHOT), true],
    ['an all-missing snapshot', evaluate({ asOf: '2024-12-31', units: [] }), false],
  ] as const;
  describe.each(cases)('%s', (_, e, sample) => {
    it.each(FORMATS)('%s', (format) => {
      expect(asciiWords(visible(format, renderReport(e, { format, locale: 'zh-CN', sample })))).toEqual([]);
    });
  });

  it('the checker finds an English word (a leaked value, a field path outside the small print)', () => {
    expect(asciiWords('实际 7h，要求 ≥8h；survey in 2024')).toEqual(['survey', 'in']);
    expect(asciiWords(visible('html', '<td>户数 <small class="code path">households</small></td><td class="code">hasSelfServiceTerminal</td>'))).toEqual([
      'hasSelfServiceTerminal',
    ]);
    expect(asciiWords('P1.1 T3 533124 LC-E004 2024-06-30 93.33% 27.5平方米/百户')).toEqual([]);
  });
});

describe('[S4] the sample\'s notice, on the page itself', () => {
  const e = evaluate(SAMPLE_SNAPSHOT);
  it.each(FORMATS.flatMap((f) => (['zh-CN', 'en'] as const).map((l) => [f, l] as const)))('%s, %s: under the title and in the footer', (format, locale) => {
    const notice = locale === 'zh-CN' ? '示例数据，仅作演示，不是官方统计数据' : 'Illustrative sample data, not official statistics';
    const out = renderReport(e, { format, locale, sample: true });
    expect(out.split(notice)).toHaveLength(3);
    // Before the first figure: under the title, ahead of the as-of date (in HTML, ahead of the page's header list).
    expect(out.indexOf(notice)).toBeLessThan(format === 'html' ? out.indexOf('<dl class="meta">') : out.indexOf('2024-06-30'));
    expect(renderReport(e, { format, locale })).not.toContain(notice);
  });

  it('in each format\'s own form', () => {
    expect(renderReport(e, { format: 'markdown', sample: true })).toContain('**规划实施评估报告**\n\n> **⚠ 示例数据，仅作演示，不是官方统计数据**\n');
    expect(renderReport(e, { format: 'html', sample: true })).toContain('<p class="subtitle">规划实施评估报告</p>\n<p class="notice" role="note">⚠ 示例数据，仅作演示，不是官方统计数据</p>\n');
    expect(renderReport(e, { format: 'text', sample: true }).split('\n')[3]).toBe('⚠ 示例数据，仅作演示，不是官方统计数据');
  });
});

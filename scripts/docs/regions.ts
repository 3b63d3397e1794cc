/**
 * Generated regions inside hand-written pages (the home page and the guides): the prose is written by hand, the
 * tables that repeat the catalogue are filled in from the library between two markers,
 *
 * ```
 * <!-- generated:NAME -->
 * …
 * <!-- /generated:NAME -->
 * ```
 *
 * so that a guide never states a number, a default or a reading the code does not have. `npm run docs:generate`
 * refills them; test/docs/generated.test.ts fails when one is out of date.
 *
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import {
  ACTIONS,
  DEFAULT_RULE_OPTIONS,
  INDICATORS,
  RULES,
  SAMPLE_NOTICE,
  formatIndicatorValue,
  getClause,
  type IndicatorId,
  type IndicatorOptionName,
  type Rule,
} from '../../src/index';
import { CSV_COLUMNS, JSON_ONLY_UNIT_FIELDS } from '../../src/cli/csvColumns';
import { CATEGORIES } from './categories';
import { cell, code, table } from './format';
import { SNAPSHOT_SECTIONS, schemaFields } from './schemaFields';
import { INDICATOR_OPTION_VALUES, SYMBOLS, indicatorPath, ruleGroups, rulePath, sampleEvaluation } from './pages';

const ROOT = new URL('../../', import.meta.url);

/** A link target relative to the page being written (`from`, a path relative to the repository root). */
function rel(from: string, to: string): string {
  const [path, hash] = to.split('#');
  const r = relative(dirname(from), path ?? '');
  return `${r === '' ? '.' : r}${hash !== undefined ? `#${hash}` : ''}`;
}

const STATUS: Readonly<Record<string, { en: string; zh: string }>> = {
  achieved: { en: 'achieved', zh: '达标' },
  on_track: { en: 'on track', zh: '进度正常' },
  behind: { en: 'behind', zh: '进度滞后' },
  not_achieved: { en: 'not achieved', zh: '未达标' },
  no_data: { en: 'missing data', zh: '缺数据' },
};

/**
 * The Chinese names of the size budgets, by their English name in .size-limit.json (which size-limit prints, so it
 * stays English there). A budget added or renamed there without its Chinese name here stops the generator, rather
 * than leaving an English row in a Chinese guide.
 */
export const SIZE_BUDGET_NAMES_ZH: Readonly<Record<string, string>> = {
  'browser bundle (IIFE, every dependency inlined)': 'IIFE 浏览器版本（已内联全部依赖）',
  'import { evaluate } (zod and date-fns included, no decimal.js)': '只导入 evaluate（含 zod 和 date-fns，不含 decimal.js）',
  'indicator definitions and formulas only (no zod, no decimal.js)': '只用指标定义和公式（不含 zod 和 decimal.js）',
};

/** The Chinese name of the size budget named `name` in .size-limit.json; throws when it has none. */
export function sizeBudgetNameZh(name: string): string {
  const zh = SIZE_BUDGET_NAMES_ZH[name];
  if (zh === undefined) throw new Error(`.size-limit.json: budget "${name}" has no Chinese name (add it to SIZE_BUDGET_NAMES_ZH in scripts/docs/regions.ts)`);
  return zh;
}

/** A gap with its unit: whole villages, communities or workers, or m². */
function gapText(id: IndicatorId, gap: string): string {
  const words: Readonly<Record<IndicatorId, [string, string, string]>> = {
    rural_facility_coverage: ['village', 'villages', '个村'],
    urban_facility_coverage: ['community', 'communities', '个社区'],
    commercial_service_area_share: ['m²', 'm²', '平方米'],
    facility_area_per_100_households: ['m²', 'm²', '平方米'],
    activity_area_share: ['m²', 'm²', '平方米'],
    urban_self_service_coverage: ['community', 'communities', '个社区'],
    workers_per_10000_urban_residents: ['worker', 'workers', '名社区工作者'],
  };
  const [one, many, zh] = words[id];
  return `${gap} ${gap === '1' ? one : many} · ${gap}${zh}`;
}

/** Indicator options: values (default first) and which indicators read them. */
const INDICATOR_OPTIONS: Readonly<Record<IndicatorOptionName, readonly string[]>> = {
  classifyBy: ['committee', 'nbs_code', 'caller'],
  commercialShareScope: ['urban', 'new_urban'],
  urbanPopulationSource: ['county', 'units'],
  farmCommunities: ['include', 'exclude'],
};

function rulesUsing(option: string): Rule[] {
  return RULES.filter((r) => r.interpretation?.option === option);
}

/** Clause IDs in plan order, runs of one series shortened: `T1–T3, P2.1–P2.3`. */
function idRuns(ids: readonly string[]): string {
  const runs: string[][] = [];
  for (const id of ids) {
    const prefix = id.replace(/\d+$/, '');
    const last = runs[runs.length - 1];
    if (last !== undefined && (last[0] as string).replace(/\d+$/, '') === prefix) last.push(id);
    else runs.push([id]);
  }
  return runs.map((r) => (r.length === 1 ? r[0] : `${r[0]}–${r[r.length - 1]}`)).join(', ');
}

/** Every region, by name. */
export const REGIONS: Readonly<Record<string, (file: string) => string>> = {
  /** The plan's parts: clause IDs, and how many indicators, rules and tracked actions encode each. */
  'plan-structure': (file) =>
    table(
      ['Part · 部分', 'Clauses · 条款', 'Indicators · 指标', 'Rules · 规则', 'Actions · 事项'],
      ruleGroups().map((g) => {
        const rules = RULES.filter((r) => g.clauses.includes(r.clause)).length;
        return [
          `[${g.zh}](${rel(file, `docs/generated/rules/${g.slug}.md`)})<br>${cell(g.en)}`,
          idRuns(g.clauses),
          String(INDICATORS.filter((d) => g.clauses.includes(d.clause)).length),
          String(rules),
          String(ACTIONS.filter((a) => g.clauses.includes(a.clause)).length),
        ];
      }),
      ['l', 'l', 'r', 'r', 'r'],
    ),

  /** The seven formulas in words (English) and in the snapshot's fields. */
  'indicator-formulas-en': (file) =>
    INDICATORS.map(
      (d) =>
        `${d.number}. **[${d.nameEn}](${rel(file, `docs/generated/${indicatorPath(d.id)}`)})** (${d.nameZh}; target ${d.target.printed}), over ${SYMBOLS[d.id].scopeEn}:<br>${d.formulaEn}<br>${code(SYMBOLS[d.id].formula)}`,
    ).join('\n'),

  /** The seven formulas in words (Chinese) and in the snapshot's fields. */
  'indicator-formulas-zh': (file) =>
    INDICATORS.map(
      (d) =>
        `${d.number}. **[${d.nameZh}](${rel(file, `docs/generated/${indicatorPath(d.id)}`)})**（目标 ${d.target.printed}），范围：${SYMBOLS[d.id].scopeZh}<br>${d.formulaZh}<br>${code(SYMBOLS[d.id].formula)}`,
    ).join('\n'),

  /** The API reference's categories, in English. */
  'categories-en': () => CATEGORIES.map((c) => `- **${c.name}**: ${c.en}`).join('\n'),

  /** The API reference's categories, in Chinese. */
  'categories-zh': () => CATEGORIES.map((c) => `- **${c.name}**：${c.zh}`).join('\n'),

  /** The seven indicators with their printed baselines and targets. */
  'home-indicators': (file) =>
    table(
      ['#', 'Indicator · 指标', 'What it measures · 含义', '2020', '2025'],
      INDICATORS.map((d) => [
        String(d.number),
        `[${d.nameZh}](${rel(file, `docs/generated/${indicatorPath(d.id)}`)})<br>${cell(d.nameEn)}`,
        cell(d.formulaEn.replace(/^[^=]*= /, '')),
        d.baseline === undefined ? '—' : cell(d.baseline.printed),
        cell(d.target.printed),
      ]),
      ['r', 'l', 'l', 'r', 'r'],
    ),

  /** The sample's headline table, computed by `evaluate(SAMPLE_SNAPSHOT)`. */
  'home-sample': (file) => {
    const e = sampleEvaluation();
    const county = e.indicators.filter((r) => r.level === 'county');
    const rows = e.headline.map((h, i) => {
      const def = INDICATORS[i]!;
      const r = county.find((x) => x.id === h.id)!;
      const unit = def.unitEn === '%' ? '%' : ` ${def.unitEn}`;
      const value =
        h.display === null
          ? r.status === 'missing_data'
            ? `missing data: ${r.missing.map((m) => `${code(m.unit)} ${code(m.field)}`).join(', ')}`
            : 'not applicable'
          : `**${h.display}**${cell(unit)} (${r.numerator} ÷ ${r.denominator})`;
      const s = STATUS[h.progress]!;
      return [
        String(def.number),
        `[${def.nameZh}](${rel(file, `docs/generated/${indicatorPath(def.id)}`)})`,
        value,
        cell(def.target.printed),
        r.progress.expected === null ? '—' : formatIndicatorValue(r.progress.expected),
        `${s.en} · ${s.zh}`,
        h.gap === null || h.gap === '0' ? '—' : gapText(h.id, h.gap),
      ];
    });
    const s = e.summary;
    return [
      `*${SAMPLE_NOTICE.en} · ${SAMPLE_NOTICE.zh}.* As of ${e.asOf}, ${e.input.evaluated} units:`,
      '',
      table(['#', 'Indicator · 指标', 'Value · 数值', '2025 target', 'Expected now · 当前预期', 'Progress · 进度', 'Gap · 差距'], rows, ['r', 'l', 'l', 'r', 'r', 'l', 'r']),
      '',
      `Rules · 规则: ${s.rules.pass} pass, ${s.rules.fail} fail, ${s.rules.pending} pending (not yet due), ${s.rules.not_applicable} not applicable, ${s.rules.missing_data} missing data. Failing most often: ${s.mostFailedClauses
        .slice(0, 3)
        .map((c) => `${c.clause} ${getClause(c.clause).labelZh} (${c.failures})`)
        .join(', ')}. Tracked actions · 跟踪事项: ${s.actions.done} done, ${s.actions.in_progress} in progress, ${s.actions.not_started} not started, ${s.actions.missing_data} not reported.`,
    ].join('\n');
  },

  /** Indicator readings, in English (the definitions' `reading`). */
  'readings-indicators': (file) =>
    INDICATORS.map(
      (d) =>
        `- **[${d.number} ${d.nameZh}](${rel(file, `docs/generated/${indicatorPath(d.id)}`)})** (${d.clause}${d.options.length > 0 ? `; ${d.options.map((o) => code(o)).join(', ')}` : ''}): ${d.reading}`,
    ).join('\n'),

  /** Indicator readings in Chinese, from the definitions: scope, formula, options and the clauses quoted. */
  'readings-indicators-zh': (file) =>
    INDICATORS.map((d) => {
      const options = d.options.map((o) => `${code(o)}（${INDICATOR_OPTION_VALUES[o].zh}）`).join('；');
      const related = d.related.map((r) => `${r.clause}“${r.quote}”`).join('；');
      return `- **[${d.number} ${d.nameZh}](${rel(file, `docs/generated/${indicatorPath(d.id)}`)})**（${d.clause}）：范围为${SYMBOLS[d.id].scopeZh}；${d.formulaZh}。${
        options !== '' ? `可选口径：${options}。` : '无可选口径。'
      }${related !== '' ? `依据：${related}。` : ''}`;
    }).join('\n'),

  /** Every rule whose text is open, with the reading in English. */
  'readings-rules-en': (file) =>
    RULES.filter((r) => r.interpretation !== undefined)
      .map((r) => {
        const it = r.interpretation!;
        const opt = it.option !== undefined ? ` Option ${code(it.option)}: default ${code(JSON.stringify((DEFAULT_RULE_OPTIONS as Record<string, unknown>)[it.option]))}${it.alternatives !== undefined ? `, also ${it.alternatives.map((a) => code(a)).join(', ')}` : ''}.` : '';
        return `- **[${code(r.id)}](${rel(file, `docs/generated/${rulePath(r)}`)})** (${r.clause}) “${r.quote}”: ${it.noteEn}${opt}`;
      })
      .join('\n'),

  /** Every rule whose text is open, with the reading in Chinese. */
  'readings-rules-zh': (file) =>
    RULES.filter((r) => r.interpretation !== undefined)
      .map((r) => {
        const it = r.interpretation!;
        const opt = it.option !== undefined ? `选项 ${code(it.option)}：默认 ${code(JSON.stringify((DEFAULT_RULE_OPTIONS as Record<string, unknown>)[it.option]))}${it.alternatives !== undefined ? `，可选 ${it.alternatives.map((a) => code(a)).join('、')}` : ''}。` : '';
        return `- **[${code(r.id)}](${rel(file, `docs/generated/${rulePath(r)}`)})**（${r.clause}）“${r.quote}”：${it.noteZh}${opt}`;
      })
      .join('\n'),

  /** Every reading option: default, alternatives, what it affects. */
  options: (file) => {
    const rows: string[][] = [];
    for (const [name, values] of Object.entries(INDICATOR_OPTIONS)) {
      const indicators = INDICATORS.filter((d) => d.options.includes(name as IndicatorOptionName));
      const rules = name === 'classifyBy' ? [] : rulesUsing(name);
      const affects = [
        ...indicators.map((d) => `[${d.clause}](${rel(file, `docs/generated/${indicatorPath(d.id)}`)})`),
        ...(name === 'classifyBy' ? ['every rule for rural or urban units'] : rules.map((r) => `[${code(r.id)}](${rel(file, `docs/generated/${rulePath(r)}`)})`)),
      ];
      rows.push([code(name), code(`'${values[0]}'`), values.slice(1).map((v) => code(`'${v}'`)).join(', '), affects.join(', ')]);
    }
    for (const [name, dflt] of Object.entries(DEFAULT_RULE_OPTIONS)) {
      if (name in INDICATOR_OPTIONS || name === 'places' || name === 'rounding') continue;
      const rules = rulesUsing(name);
      const alternatives = rules[0]?.interpretation?.alternatives ?? [];
      rows.push([
        code(name),
        code(JSON.stringify(dflt)),
        alternatives.map((a) => code(a)).join(', '),
        rules.map((r) => `[${code(r.id)}](${rel(file, `docs/generated/${rulePath(r)}`)})`).join(', '),
      ]);
    }
    return table(['Option · 选项', 'Default · 默认', 'Alternatives · 其他取值', 'Affects · 影响'], rows);
  },

  /** Every field of the snapshot, read from the schemas' source. */
  'snapshot-fields': () =>
    SNAPSHOT_SECTIONS.map((s) =>
      [
        `#### ${code(s.path)}`,
        '',
        table(
          ['Field · 字段', 'Value · 取值', 'Required · 必填', 'Meaning · 含义'],
          schemaFields(s.file, s.name).map((f) => [code(f.name), cell(f.kind), f.required ? 'yes · 是' : '', cell(f.doc)]),
        ),
      ].join('\n'),
    ).join('\n\n'),

  /** The CSV columns, from the CLI's one table of columns. */
  'csv-columns': () =>
    [
      table(
        ['Chinese header · 中文表头', 'English header · 英文表头', 'Cell · 单元格', 'Required · 必填', 'Meaning · 含义'],
        CSV_COLUMNS.map((c) => [
          cell(c.headerZh) + (c.aliasesZh.length > 0 ? `<br>(also · 也可: ${c.aliasesZh.map(cell).join('、')})` : ''),
          code(c.field),
          c.kind + (c.choices !== undefined ? `: ${c.choices.map((x) => `${code(x.value)} ${x.zh.map(cell).join('/')}`).join(', ')}` : ''),
          c.required ? 'yes · 是' : '',
          `${cell(c.hintZh)}<br>${cell(c.hintEn)}`,
        ]),
      ),
      '',
      `JSON only · 仅 JSON: ${JSON_ONLY_UNIT_FIELDS.map((f) => code(f)).join(', ')}.`,
    ].join('\n'),

  /**
   * The size budgets of .size-limit.json. A Chinese page (`*.zh.md`) names each budget and "the whole file" in Chinese
   * (from {@link SIZE_BUDGET_NAMES_ZH}); the English pages keep size-limit's own names. Paths, imports and limits are
   * the file's, in both.
   */
  'size-limits': (file) => {
    const limits = JSON.parse(readFileSync(new URL('.size-limit.json', ROOT), 'utf8')) as { name: string; path: string; import?: string; limit: string; brotli?: boolean }[];
    const zh = file.endsWith('.zh.md');
    return table(
      ['Budget · 预算', 'File · 文件', 'Import · 导入', 'Limit · 上限'],
      limits.map((l) => [
        cell(zh ? sizeBudgetNameZh(l.name) : l.name),
        code(l.path),
        l.import === undefined ? (zh ? '整个文件' : 'the whole file') : code(l.import),
        `${l.limit}${l.brotli === true ? ' (brotli)' : ''}`,
      ]),
    );
  },

  /** Where the measured figures are, once the benchmark and size reports exist. */
  'performance-reports': (file) => {
    const reports = [
      { path: 'bench/RESULTS.md', en: 'benchmark results: speed and memory at county, province and national scale', zh: '基准测试结果：县、省、全国三级规模的速度与内存' },
      { path: 'docs/performance.md', en: 'how the library is made fast, and the figures behind it', zh: '性能设计及相关数据' },
    ];
    return reports
      .map((r) =>
        existsSync(new URL(r.path, ROOT))
          ? `- [${r.path}](${rel(file, r.path)}): ${r.en} · ${r.zh}`
          : `- ${code(r.path)}: ${r.en} · ${r.zh} — *not published yet · 尚未发布*`,
      )
      .join('\n');
  },
};

const MARKER = /<!-- generated:([a-z0-9-]+) -->\n[\s\S]*?<!-- \/generated:\1 -->/g;

/**
 * Refill every generated region of a hand-written page.
 *
 * @param text - The page's text.
 * @param file - The page's path relative to the repository root (for relative links).
 * @throws Error for a region name that does not exist, or an unclosed region.
 */
export function fillRegions(text: string, file: string): string {
  const opened = [...text.matchAll(/<!-- generated:([a-z0-9-]+) -->/g)].map((m) => m[1]);
  const closed = [...text.matchAll(/<!-- \/generated:([a-z0-9-]+) -->/g)].map((m) => m[1]);
  if (opened.join() !== closed.join()) throw new Error(`${file}: generated regions not properly closed (${opened.join()} / ${closed.join()})`);
  return text.replace(MARKER, (_, name: string) => {
    const make = REGIONS[name];
    if (make === undefined) throw new Error(`${file}: unknown generated region ${name}`);
    return `<!-- generated:${name} -->\n${make(file).trim()}\n<!-- /generated:${name} -->`;
  });
}

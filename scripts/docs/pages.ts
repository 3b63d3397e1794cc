/**
 * The documentation pages generated from the catalogue itself (never written twice): one page per indicator, one per
 * group of rules, the tracked actions, the clause index, and the two overview pages. Every number on them comes from
 * the library's data or is computed by calling the library; the worked examples are runnable TypeScript whose `//=>`
 * lines test/docs/guides.test.ts checks again.
 *
 * Pure: the same sources give the same pages (no dates, no randomness, no file system except the vectors).
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import {
  ACTIONS,
  CLAUSE_IDS,
  annualTaskList,
  openLedger,
  recordInLedger,
  CLAUSES,
  DEFAULT_RULE_OPTIONS,
  INDICATORS,
  RULES,
  SAMPLE_NOTICE,
  SAMPLE_SNAPSHOT,
  checkActions,
  checkRule,
  computeIndicators,
  elapsedShare,
  evaluate,
  getClause,
  parseSnapshot,
  type Clause,
  type ClauseId,
  type IndicatorDefinition,
  type IndicatorId,
  type IndicatorOptionName,
  type IndicatorResult,
  type Rule,
  type RuleId,
  type RuleOptions,
} from '../../src/index';
import { GENERATED_NOTE, anchor, cell, code, fence, js, shown, table } from './format';
import { INDICATOR_EXAMPLES } from './indicatorExamples';

/** Where the generated pages live, relative to the repository root. */
export const GENERATED_DIR = 'docs/generated';
const VECTORS = new URL('../../vectors/', import.meta.url);
const API = 'longchuan-community-plan';

/** `{@link longchuan-community-plan!name | name}`: a link into the API reference, resolved (and checked) by TypeDoc. */
export function api(name: string, text = name): string {
  return `{@link ${API}!${name} | ${text}}`;
}

/** The site's section for the generated top-level pages (scripts/docs/categories.ts DOCUMENT_CATEGORIES). */
const REFERENCE = 'Reference · 参考';

function page(title: string, body: string, children?: readonly string[], category?: string): string {
  const fm = [`title: ${JSON.stringify(title)}`];
  if (category !== undefined) fm.push(`category: ${JSON.stringify(category)}`);
  if (children !== undefined && children.length > 0) fm.push('children:', ...children.map((c) => `  - ${c}`));
  return `---\n${fm.join('\n')}\n---\n\n${GENERATED_NOTE}\n\n${body.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Shared facts
// ---------------------------------------------------------------------------------------------------------------

/** Every default of `evaluate`'s options, as the library reports them. */
function evaluateDefaults(): Readonly<Record<string, unknown>> {
  return evaluate({ asOf: '2024-06-30', units: [] }).options;
}

/** The values of the indicator options (their defaults are checked against the library's). */
export const INDICATOR_OPTION_VALUES: Readonly<Record<IndicatorOptionName, { readonly values: readonly string[]; readonly en: string; readonly zh: string }>> = {
  classifyBy: {
    values: ['committee', 'nbs_code', 'caller'],
    en: "how units are sorted into rural and urban: `'committee'` 村民委员会 rural, 社区居民委员会 urban; `'nbs_code'` the NBS urban-rural code (1xx urban, 2xx rural); `'caller'` each unit's own `classification`",
    zh: "如何区分农村与城市：`'committee'` 村民委员会为农村、社区居民委员会为城市；`'nbs_code'` 按国家统计局城乡分类代码（1xx 城镇，2xx 乡村）；`'caller'` 按各单位自报的 `classification`",
  },
  commercialShareScope: {
    values: ['urban', 'new_urban'],
    en: "which urban communities indicator 3 covers: `'urban'` all of them; `'new_urban'` only those with `newCommunity: true` (the 新建 reading of other local plans)",
    zh: "指标3 覆盖哪些城市社区：`'urban'` 全部；`'new_urban'` 只计 `newCommunity: true` 的新建社区（其他地方规划的“新建”口径）",
  },
  urbanPopulationSource: {
    values: ['county', 'units'],
    en: "indicator 7's county-level denominator: `'county'` the county's `urbanResidentPopulation` (城镇常住人口, a statistics-bureau figure; missing data when not given); `'units'` the urban communities' summed `residentPopulation`",
    zh: "指标7 全县数值的分母：`'county'` 全县 `urbanResidentPopulation`（城镇常住人口，统计部门数据；未填报为缺数据）；`'units'` 各城市社区 `residentPopulation` 之和",
  },
  farmCommunities: {
    values: ['include', 'exclude'],
    en: "whether the four 社区居民委员会 of 陇川农场 (533124400001–004) count as urban communities (indicators 2, 3, 6, 7 and the urban police rules): `'include'` yes; `'exclude'` left out",
    zh: "陇川农场的4个社区居民委员会（533124400001—004）是否计为城市社区（指标2、3、6、7及城区警务规则）：`'include'` 计入；`'exclude'` 不计",
  },
};

/** Scope, numerator and denominator of each indicator in terms of the snapshot's fields. */
export const SYMBOLS: Readonly<Record<IndicatorId, { readonly scopeEn: string; readonly scopeZh: string; readonly formula: string }>> = {
  rural_facility_coverage: {
    scopeEn: 'rural units (村民委员会 by default)',
    scopeZh: '农村社区（默认为村民委员会）',
    formula: 'value = count(hasServiceFacility = true) ÷ count(units) × 100',
  },
  urban_facility_coverage: {
    scopeEn: 'urban communities (社区居民委员会 by default)',
    scopeZh: '城市社区（默认为社区居民委员会）',
    formula: 'value = count(hasServiceFacility = true) ÷ count(units) × 100',
  },
  commercial_service_area_share: {
    scopeEn: 'urban communities (only new ones under `new_urban`)',
    scopeZh: '城市社区（`new_urban` 时只计新建社区）',
    formula: 'value = Σ commercialServiceArea ÷ Σ communityBuildingArea × 100',
  },
  facility_area_per_100_households: {
    scopeEn: 'every village-level unit, rural and urban',
    scopeZh: '全部村（社区），城乡均计',
    formula: 'value = Σ facilityBuildingArea ÷ Σ households × 100   (facilityBuildingArea = 0 when hasServiceFacility = false)',
  },
  activity_area_share: {
    scopeEn: 'units with hasServiceFacility = true',
    scopeZh: '有综合服务设施（hasServiceFacility = true）的村（社区）',
    formula: 'value = Σ facilityActivityArea ÷ Σ facilityBuildingArea × 100',
  },
  urban_self_service_coverage: {
    scopeEn: 'urban communities (社区居民委员会 by default)',
    scopeZh: '城市社区（默认为社区居民委员会）',
    formula: 'value = count(hasSelfServiceTerminal = true) ÷ count(units) × 100',
  },
  workers_per_10000_urban_residents: {
    scopeEn: 'urban communities (社区居民委员会 by default)',
    scopeZh: '城市社区（默认为社区居民委员会）',
    formula: "value = Σ communityWorkers ÷ county.urbanResidentPopulation × 10000   (township and unit level, or county level under 'units': ÷ Σ residentPopulation)",
  },
};

const STATUS_EN: Readonly<Record<string, string>> = {
  achieved: 'achieved',
  on_track: 'on track',
  behind: 'behind',
  not_achieved: 'not achieved',
  no_data: 'missing data',
};
const STATUS_ZH: Readonly<Record<string, string>> = {
  achieved: '达标',
  on_track: '进度正常',
  behind: '进度滞后',
  not_achieved: '未达标',
  no_data: '缺数据',
};

function indicatorPath(id: IndicatorId): string {
  return `indicators/${id}.md`;
}

/** The county-level results of the embedded sample, computed once. */
let sampleCache: ReturnType<typeof evaluate> | undefined;
export function sampleEvaluation(): ReturnType<typeof evaluate> {
  sampleCache ??= evaluate(SAMPLE_SNAPSHOT);
  return sampleCache;
}

function countyResult(id: IndicatorId, results: readonly IndicatorResult[]): IndicatorResult {
  const r = results.find((x) => x.id === id);
  if (r === undefined) throw new Error(`no result for ${id}`);
  return r;
}

/** `a ÷ b × factor = value` with the library's own strings. */
function arithmetic(def: IndicatorDefinition, r: IndicatorResult): string {
  return `${r.numerator} ÷ ${r.denominator} × ${def.factor} = ${short(r.value)}`;
}

function short(value: string | null): string {
  if (value === null) return '—';
  const [whole, frac] = value.split('.');
  return frac !== undefined && frac.length > 4 ? `${whole}.${frac.slice(0, 4)}…` : value;
}

// ---------------------------------------------------------------------------------------------------------------
// Indicator pages
// ---------------------------------------------------------------------------------------------------------------

function indicatorPage(def: IndicatorDefinition): string {
  const clause = getClause(def.clause);
  const sym = SYMBOLS[def.id];
  const ex = INDICATOR_EXAMPLES[def.id];
  const defaults = evaluateDefaults();
  const out: string[] = [];

  out.push(`# ${def.number} · ${def.nameZh}`, '', `**${def.nameEn}**`, '');
  out.push(
    table(
      ['Item · 项目', 'Value · 内容'],
      [
        ['Clause · 条款', `[${def.clause}](../clauses.md#${anchor(def.clause)}) ${clause.labelZh} · ${clause.labelEn}`],
        ['As printed · 原文', `专栏1 ${clause.panelTitleZh ?? ''}，第${def.number}行：${cell(def.quote)}`],
        ['2020 baseline · 2020年基期值', def.baseline === undefined ? '— (none printed · 未列基期值)' : cell(def.baseline.printed)],
        ['2025 target · 2025年目标值', `${cell(def.target.printed)}: at least ${def.target.value} ${cell(def.unitEn)}, due 2025-12-31 · 不低于 ${def.target.value}${cell(def.unitZh === '%' ? '%' : ` ${def.unitZh}`)}，2025-12-31 到期`],
        ['Attribute · 属性', `${def.attribute}: indicative, not binding · 预期性指标`],
        ['Unit · 单位', `${cell(def.unitEn)} · ${cell(def.unitZh)}`],
        ['ID', `${code(def.id)} — ${api('getIndicator', `getIndicator('${def.id}')`)}`],
      ],
    ),
    '',
  );

  out.push('## Formula · 公式', '');
  out.push(`- ${def.formulaZh}`, `- ${def.formulaEn}`, '');
  out.push(`Over ${sym.scopeEn} · 计算范围：${sym.scopeZh}. In the snapshot's fields · 以填报数据的字段表示：`, '');
  out.push(fence('text', sym.formula), '');
  out.push(
    'Units are summed first and divided once (a ratio of sums, never an average of ratios); the target is judged on the exact fraction, and the value is rounded for display only. 先分别求和再相除（总和之比，不平均各单位比率）；按精确分数判断是否达标，只在显示时取整。',
    '',
  );
  if (def.baseline !== undefined) {
    out.push(
      `Progress · 进度: the value expected on a date lies on the straight line from the baseline (${def.baseline.value} on 2020-12-31) to the target (${def.target.value} on 2025-12-31), by days: expected = ${def.baseline.value} + (${def.target.value} − ${def.baseline.value}) × days since 2020-12-31 ÷ 1826. At or above the line is *on track*, below it *behind*. 进度按日计算的直线：预期值 = ${def.baseline.value} + (${def.target.value} − ${def.baseline.value}) × 自 2020-12-31 起的天数 ÷ 1826；不低于预期线为“进度正常”，低于为“进度滞后”。`,
      '',
    );
  } else {
    out.push(
      'Progress · 进度: 专栏1 prints no baseline (—), so there is no expected line: the value is *achieved* or *not achieved*. 专栏1 未列基期值，没有预期线：只有“达标”或“未达标”。',
      '',
    );
  }

  out.push('## Reading · 解读', '', def.reading, '');
  if (def.options.length > 0) {
    out.push('Options that change the reading · 可改变解读的选项：', '');
    for (const name of def.options) {
      const info = INDICATOR_OPTION_VALUES[name];
      const dflt = defaults[name];
      if (dflt !== info.values[0]) throw new Error(`default of ${name} is ${String(dflt)}, the docs say ${info.values[0]}`);
      out.push(`- ${code(name)} (default ${code(`'${String(dflt)}'`)}; also ${info.values.slice(1).map((v) => code(`'${v}'`)).join(', ')}): ${info.en}. ${info.zh}。`);
    }
    out.push('');
  } else {
    out.push('No option changes this reading · 本指标无可选口径。', '');
  }
  if (def.related.length > 0) {
    out.push('Other clauses quoted in support · 相关条款原文：', '');
    for (const r of def.related) {
      const c = getClause(r.clause);
      out.push(`> [${r.clause}](../clauses.md#${anchor(r.clause)}) ${c.labelZh}：“${r.quote}”`, '');
    }
  }

  out.push('## Worked example · 算例', '', `${ex.en} ${ex.zh}`, '');
  const snapshot = parseSnapshot(ex.input);
  const levels = ex.townships === true ? (['county', 'township'] as const) : (['county'] as const);
  const results = computeIndicators(snapshot, { levels: [...levels] });
  const r = countyResult(def.id, results.county);
  const idx = def.number - 1;
  const lines = [
    `import { computeIndicators, parseSnapshot } from '${API}';`,
    '',
    `const snapshot = parseSnapshot(${js(ex.input, 132)});`,
    `const results = computeIndicators(snapshot, { levels: ${js([...levels])} });`,
    `const county = results.county[${idx}]!; // ${def.id}`,
    '[county.status, county.numerator, county.denominator, county.value];',
    shown([r.status, r.numerator, r.denominator, r.value]),
    '[county.meetsTarget, county.progress, county.gap];',
    shown([r.meetsTarget, r.progress, r.gap]),
  ];
  if (r.status === 'missing_data') {
    lines.push('[county.missing, county.partial];', shown([r.missing, r.partial]));
  }
  if (ex.townships === true) {
    const byTownship = Object.fromEntries(Object.entries(results.townships).map(([k, v]) => [k, v[idx]?.value ?? null]));
    lines.push(`Object.fromEntries(Object.entries(results.townships).map(([code, t]) => [code, t[${idx}]!.value]));`, shown(byTownship));
  }
  out.push(fence('ts', lines.join('\n')), '');
  out.push(explainResult(def, r, snapshot.asOf), '');
  if (r.status === 'missing_data' && def.id === 'urban_self_service_coverage') {
    const filled = { ...ex.input, units: ex.input.units.map((u) => ({ hasSelfServiceTerminal: false, ...u })) };
    const r2 = countyResult(def.id, computeIndicators(parseSnapshot(filled), { levels: ['county'] }).county);
    out.push(
      `Once the third community reports \`hasSelfServiceTerminal: false\`, the value is ${arithmetic(def, r2)} (${STATUS_EN[r2.progress.status]}, gap ${r2.gap}). 第三个社区报告“无”之后：${arithmetic(def, r2)}（${STATUS_ZH[r2.progress.status]}，差距 ${r2.gap}）。`,
      '',
    );
  }
  if (ex.option !== undefined) {
    const r2 = countyResult(def.id, computeIndicators(snapshot, { levels: ['county'], ...ex.option.options }).county);
    out.push(`${ex.option.en} ${ex.option.zh}`, '');
    out.push(
      fence(
        'ts',
        [
          `import { computeIndicators, parseSnapshot } from '${API}';`,
          '',
          `const snapshot = parseSnapshot(${js(ex.input, 132)});`,
          `const county = computeIndicators(snapshot, ${js({ levels: ['county'], ...ex.option.options })}).county[${idx}]!;`,
          '[county.numerator, county.denominator, county.value, county.meetsTarget, county.gap];',
          shown([r2.numerator, r2.denominator, r2.value, r2.meetsTarget, r2.gap]),
        ].join('\n'),
      ),
      '',
      explainResult(def, r2, snapshot.asOf),
      '',
    );
  }

  const s = countyResult(def.id, sampleEvaluation().indicators.filter((x) => x.level === 'county'));
  out.push('## Longchuan’s sample · 陇川示例数据', '');
  out.push(
    s.status === 'ok'
      ? `In the embedded sample (as of ${sampleEvaluation().asOf}): ${arithmetic(def, s)} ${def.unitEn}; target ${def.target.printed}: ${STATUS_EN[s.progress.status]}${s.gap !== null && s.gap !== '0' ? `, gap ${s.gap}` : ''}. 内置示例数据（${sampleEvaluation().asOf}）：${STATUS_ZH[s.progress.status]}。`
      : `In the embedded sample (as of ${sampleEvaluation().asOf}) the value is ${s.status === 'missing_data' ? `missing data (${s.missingCount} field(s) not reported: ${s.missing.map((m) => `${m.unit} ${m.field}`).join(', ')})` : 'not applicable'}. 内置示例数据中本指标${s.status === 'missing_data' ? '缺数据' : '不适用'}。`,
    '',
    `*${SAMPLE_NOTICE.en} · ${SAMPLE_NOTICE.zh}.* See the [home page](../../index.md) for all seven.`,
    '',
  );

  out.push('## In the API · 接口', '');
  out.push(
    `${api('getIndicator')} (the definition above, as data), ${api('computeIndicator')} (one indicator over a list of units), ${api('computeIndicators')} (all seven at every level), ${api('expectedValue')} (the line), ${api('formatIndicatorValue')} (display rounding), and ${api('evaluate')} (everything at once).`,
  );
  return page(`${def.clause} ${def.nameZh}`, out.join('\n'));
}

function explainResult(def: IndicatorDefinition, r: IndicatorResult, asOf: string): string {
  if (r.status === 'missing_data') {
    return `Missing data · 缺数据: ${r.missing.map((m) => `${code(m.unit)} ${code(m.field)}`).join(', ')}; the target is not judged on the complete units' ${r.partial?.numerator} ÷ ${r.partial?.denominator}. 不以已填单位的数字判断是否达标。`;
  }
  if (r.status === 'not_applicable') return 'Not applicable: the denominator is 0 · 分母为 0，不适用。';
  const parts: string[] = [];
  parts.push(`${arithmetic(def, r)}: ${r.meetsTarget === true ? `at least ${def.target.value}, the target is met` : `below ${def.target.value}, the target is not met`}.`);
  if (r.meetsTarget !== true && r.gap !== null) {
    if (def.unit === 'percent' && (def.id === 'rural_facility_coverage' || def.id === 'urban_facility_coverage' || def.id === 'urban_self_service_coverage')) {
      parts.push(`${def.target.value}% of ${r.denominator} is ${Number(def.target.value) * Number(r.denominator) / 100}, so ${Math.ceil((Number(def.target.value) * Number(r.denominator)) / 100)} are needed: gap ${r.gap} (whole units, rounded up).`);
    } else if (def.id === 'workers_per_10000_urban_residents') {
      parts.push(`${def.target.value} per 10,000 of ${r.denominator} is ${(Number(def.target.value) * Number(r.denominator)) / 10000} workers: gap ${r.gap} (whole persons, rounded up).`);
    } else {
      parts.push(`Gap ${r.gap} m² (an exact decimal).`);
    }
  }
  if (r.progress.expected !== null) {
    const share = elapsedShare(asOf);
    parts.push(
      `On ${asOf} (${share.numerator} of 1826 days) the line is at ${def.baseline?.value} + (${def.target.value} − ${def.baseline?.value}) × ${share.numerator} ÷ 1826 = ${short(r.progress.expected)}: ${STATUS_EN[r.progress.status]}.`,
    );
  } else {
    parts.push(`Progress: ${STATUS_EN[r.progress.status]}.`);
  }
  return `${parts.join(' ')} 结论：${STATUS_ZH[r.progress.status]}${r.gap !== null && r.gap !== '0' ? `，差距 ${r.gap}` : ''}。`;
}

function indicatorsOverview(): string {
  const out: string[] = [];
  out.push('# The seven indicators · 七项主要发展指标', '');
  out.push(
    '专栏1 of the plan, “十四五”城乡社区服务体系建设主要发展指标, sets seven headline indicators, all 预期性 (indicative): levels to reach by the end of 2025, not binding quotas. Each has a page with its clause, the plan’s words, the formula, the reading the library chose where the plan is open, and a worked example computed by the library.',
    '',
    '规划专栏1“十四五”城乡社区服务体系建设主要发展指标列出七项指标，均为预期性指标：到2025年末应达到的水平，而非约束性指标。每项指标单独一页：条款、原文、公式、本库在规划未明确处采用的口径，以及由本库计算的算例。',
    '',
  );
  out.push(
    table(
      ['#', 'Indicator · 指标', '2020', '2025', 'Formula · 公式'],
      INDICATORS.map((d) => [
        String(d.number),
        `[${d.nameZh}](${indicatorPath(d.id)})<br>${cell(d.nameEn)}`,
        d.baseline === undefined ? '—' : cell(d.baseline.printed),
        cell(d.target.printed),
        cell(d.formulaEn),
      ]),
      ['r', 'l', 'r', 'r', 'l'],
    ),
    '',
  );
  out.push(
    'All seven are judged the same way: units are summed first (numerators and denominators separately) and divided once; a value is compared with its target unrounded; a field left out is *missing data*, never zero; a zero denominator is *not applicable*. 七项指标判断方式相同：先分别对分子、分母求和，再相除；与目标比较时不取整；未填写的字段为“缺数据”，不当作零；分母为零时“不适用”。',
  );
  return page('Indicators · 指标', out.join('\n'), INDICATORS.map((d) => indicatorPath(d.id)), REFERENCE);
}

// ---------------------------------------------------------------------------------------------------------------
// Rule pages
// ---------------------------------------------------------------------------------------------------------------

/** A group of rules: one part of the plan. */
export interface RuleGroup {
  readonly slug: string;
  readonly title: string;
  readonly en: string;
  readonly zh: string;
  readonly clauses: readonly ClauseId[];
}

const GROUP_NAMES: readonly { slug: string; match: (c: Clause) => boolean; title: string }[] = [
  { slug: '1-background', match: (c) => c.chapter === 'background', title: 'Background · 发展基础' },
  { slug: '2-requirements', match: (c) => c.chapter === 'requirements', title: 'General requirements · 总体要求' },
  { slug: '3-1-mechanisms', match: (c) => c.chapter === 'tasks' && (c.groupZh ?? '').startsWith('（一）'), title: 'Mechanisms · 服务机制' },
  { slug: '3-2-service-supply', match: (c) => c.chapter === 'tasks' && (c.groupZh ?? '').startsWith('（二）'), title: 'Service supply · 服务供给' },
  { slug: '3-3-effectiveness', match: (c) => c.chapter === 'tasks' && (c.groupZh ?? '').startsWith('（三）'), title: 'Facilities and digital services · 设施与数字化' },
  { slug: '3-4-workforce', match: (c) => c.chapter === 'tasks' && (c.groupZh ?? '').startsWith('（四）'), title: 'Workforce · 人才队伍' },
  { slug: '4-safeguards', match: (c) => c.chapter === 'safeguards', title: 'Safeguards · 保障措施' },
];

/** The rule groups, each with the clauses of its part of the plan (in plan order). */
export function ruleGroups(): RuleGroup[] {
  return GROUP_NAMES.map((g) => {
    const clauses = CLAUSE_IDS.filter((id) => g.match(CLAUSES[id]));
    const first = CLAUSES[clauses[0] as ClauseId];
    const partZh = first.chapter === 'tasks' ? `${first.chapterZh}${first.groupZh ?? ''}` : first.chapterZh;
    const partEn =
      first.chapter === 'tasks'
        ? `Key tasks, ${first.groupEn ?? ''}`
        : first.chapter === 'requirements'
          ? 'General requirements: guiding thought, principles, goals and 专栏1'
          : first.chapter === 'background'
            ? 'Background'
            : 'Safeguards';
    return { slug: g.slug, title: g.title, en: partEn, zh: partZh, clauses };
  });
}

function groupOf(clause: ClauseId): RuleGroup {
  const g = ruleGroups().find((x) => x.clauses.includes(clause));
  if (g === undefined) throw new Error(`no group for ${clause}`);
  return g;
}

function rulePath(rule: Rule): string {
  return `rules/${groupOf(rule.clause).slug}.md#${anchor(rule.id)}`;
}

const SCOPE: Readonly<Record<Rule['scope'], string>> = {
  facility: 'each comprehensive service facility (subject: the unit’s code) · 每个社区综合服务设施',
  unit: 'each village-level unit · 每个村（社区）',
  township: 'each township-level unit · 每个乡镇（农场）',
  county: 'the county as a whole · 全县',
  records: 'each record (estate, month, outlet, site, year) · 每条记录',
};
const APPLIES: Readonly<Record<Rule['appliesTo'], string>> = {
  all: 'all units · 全部',
  rural: 'rural units (村民委员会 by default) · 农村',
  urban: 'urban communities (社区居民委员会 by default) · 城市社区',
};
const SEVERITY: Readonly<Record<Rule['severity'], string>> = {
  binding: 'binding · 约束性表述',
  soft: 'soft · 弱化表述',
  informational: 'informational · 提示性',
};
const CADENCE: Readonly<Record<Rule['cadence'], string>> = {
  standard: 'standard: holds at all times · 标准，随时适用',
  target: 'target: reached once, by a due date · 目标，限期达到',
  annual: 'annual: every calendar year · 每年',
  monthly: 'monthly: every calendar month · 每月',
  trend: 'trend: year on year · 逐年趋势',
};
const MEASURE: Readonly<Record<string, string>> = {
  hours_per_day: 'hours a day',
  percent: '%',
  permille: '‰',
  count: '',
  m2_per_100_households: 'm² per 100 households',
};

function dueText(rule: Rule): string {
  if (rule.due !== undefined) return `${rule.due} (stated in the clause · 条文写明)`;
  if (rule.impliedDue !== undefined) {
    return `${rule.impliedDue}, implied by 发展目标 “到2025年末” (the clause states no date; option ${code('undatedTargets')}) · 条文未写期限，按“到2025年末”`;
  }
  return rule.cadence === 'standard' ? 'none: a standard, unmet fails at once · 无期限：标准，未达即不达标' : `none: recurs (${rule.cadence}) · 无期限：周期性要求`;
}

/** The vector cases of a rule: the smallest with default options, then the smallest showing other statuses. */
function vectorCases(id: string): { file: string; description: string; input: unknown; options: Record<string, unknown> }[] {
  const index = JSON.parse(readFileSync(new URL('index.json', VECTORS), 'utf8')) as { cases: { file: string; group: string; description: string }[] };
  return index.cases
    .filter((c) => c.group === id)
    .map((c) => {
      const data = JSON.parse(readFileSync(new URL(c.file, VECTORS), 'utf8')) as { input: unknown; options?: Record<string, unknown> };
      return { file: c.file, description: c.description, input: data.input, options: data.options ?? {} };
    });
}

function ruleOptionsOf(options: Record<string, unknown>): RuleOptions {
  return Object.fromEntries(Object.entries(options).filter(([k]) => k in DEFAULT_RULE_OPTIONS)) as RuleOptions;
}

function ruleExamples(rule: Rule): string[] {
  const bySize = (a: { size: number; file: string }, b: { size: number; file: string }) => a.size - b.size || (a.file < b.file ? -1 : 1);
  const cases = vectorCases(rule.id)
    .map((c) => {
      const results = checkRule(rule.id, parseSnapshot(c.input), ruleOptionsOf(c.options));
      return { ...c, results, size: JSON.stringify(c.input).length, defaults: Object.keys(ruleOptionsOf(c.options)).length === 0 };
    })
    .sort(bySize);
  if (cases.length === 0) return ['No conformance vector yet · 暂无一致性测试用例。'];
  const shows = (c: (typeof cases)[number], status: string) => c.results.some((r) => r.status === status);
  // First a failing case with the default reading, then a passing one; otherwise the smallest cases.
  const first =
    cases.find((c) => c.defaults && shows(c, 'fail')) ?? cases.find((c) => c.defaults && shows(c, 'pass')) ?? cases.find((c) => c.defaults) ?? cases[0]!;
  const wanted = shows(first, 'pass') ? 'fail' : 'pass';
  const second = cases.find((c) => c !== first && c.defaults && shows(c, wanted)) ?? cases.find((c) => c !== first && shows(c, wanted));
  const chosen = [first, ...(second === undefined ? [] : [second])].map((c) => ({ c, results: c.results }));
  const out: string[] = [];
  for (const { c, results } of chosen) {
    const options = ruleOptionsOf(c.options);
    const hasOptions = Object.keys(options).length > 0;
    out.push(`From the conformance vector [\`vectors/${c.file}\`](../../../vectors/${c.file}): ${c.description}`, '');
    out.push(
      fence(
        'ts',
        [
          `import { checkRule, parseSnapshot } from '${API}';`,
          '',
          `const snapshot = parseSnapshot(${js(c.input, 132)});`,
          `checkRule('${rule.id}', snapshot${hasOptions ? `, ${js(options)}` : ''}).map((r) => [r.subject, r.status, r.actual, r.expected]);`,
          shown(results.map((r) => [r.subject, r.status, r.actual, r.expected])),
        ].join('\n'),
      ),
      '',
    );
    for (const r of results.slice(0, 6)) out.push(`- ${code(r.subject)} **${r.status}**: ${r.message.en}<br>${r.message.zh}`);
    if (results.length > 6) out.push(`- … ${results.length - 6} more`);
    out.push('');
  }
  return out;
}

function ruleSection(rule: Rule): string {
  const clause = getClause(rule.clause);
  const rows: string[][] = [
    ['Clause · 条款', `[${rule.clause}](../clauses.md#${anchor(rule.clause)}) ${clause.labelZh} · ${clause.labelEn}`],
  ];
  if (rule.relatedClauses.length > 0) {
    rows.push(['Same requirement in · 相同要求见', rule.relatedClauses.map((id) => `[${id}](../clauses.md#${anchor(id)}) ${getClause(id).labelZh}`).join(', ')]);
  }
  rows.push(
    ['Scope · 对象', SCOPE[rule.scope]],
    ['Applies to · 适用于', APPLIES[rule.appliesTo]],
    ['Due · 期限', dueText(rule)],
    ['Severity · 约束力', `${SEVERITY[rule.severity]}${rule.severityWord !== undefined ? `, softened by “${rule.severityWord}”` : ''}`],
    ['Cadence · 频次', CADENCE[rule.cadence]],
    [
      'Threshold · 阈值',
      rule.threshold === undefined
        ? 'none: a yes/no or 全覆盖 requirement · 无数值：是否类或全覆盖要求'
        : `≥ ${rule.threshold.value}${MEASURE[rule.threshold.unit] === '' ? '' : ` ${MEASURE[rule.threshold.unit]}`} (printed “${cell(rule.threshold.printed)}”, read as at least · 按“不低于”理解)`,
    ],
  );
  const it = rule.interpretation;
  if (it?.option !== undefined) {
    const dflt = (DEFAULT_RULE_OPTIONS as Record<string, unknown>)[it.option];
    rows.push(['Option · 选项', `${code(it.option)}: default ${code(JSON.stringify(dflt))}${it.alternatives !== undefined ? `; also ${it.alternatives.map((a) => code(a)).join(', ')}` : ''}`]);
  }
  const out: string[] = [];
  out.push(`### ${rule.id}`, '', `**${rule.titleZh}** · ${rule.titleEn}`, '', `> “${rule.quote}”`, '', table(['Item · 项目', 'Value · 内容'], rows), '');
  if (it !== undefined) out.push(`**Reading · 解读.** ${it.noteEn}`, '', it.noteZh, '');
  out.push('**Worked example · 算例**', '', ...ruleExamples(rule));
  return out.join('\n');
}

function ruleGroupPage(g: RuleGroup): string {
  const rules = RULES.filter((r) => g.clauses.includes(r.clause));
  const out: string[] = [];
  out.push(`# ${g.title}`, '', `Rules of ${g.en} · ${g.zh}的规则。`, '');
  out.push(
    table(
      ['Rule · 规则', 'Clause · 条款', 'Title · 标题', 'Severity', 'Due · 期限'],
      rules.map((r) => [
        `[${code(r.id)}](#${anchor(r.id)})`,
        r.clause,
        `${cell(r.titleZh)}<br>${cell(r.titleEn)}`,
        r.severity,
        r.due ?? (r.impliedDue !== undefined ? `${r.impliedDue}*` : '—'),
      ]),
    ),
    '',
    '\\* implied by 发展目标 “到2025年末”: the clause itself states no date (option `undatedTargets`). 条文未写期限，按发展目标“到2025年末”。',
    '',
  );
  for (const id of g.clauses) {
    const own = rules.filter((r) => r.clause === id);
    if (own.length === 0) continue;
    const c = getClause(id);
    out.push(`## ${id} ${c.titleZh}`, '', `${c.labelZh} · ${c.labelEn}: ${c.titleEn}. [Full text · 全文](../clauses.md#${anchor(id)}).`, '');
    for (const r of own) out.push(ruleSection(r), '');
  }
  out.push('## In the API · 接口', '', `${api('getRule')}, ${api('rulesForClause')}, ${api('checkRule')}, ${api('checkRules')}, ${api('RuleOptions')} and ${api('evaluate')}.`);
  return page(g.title, out.join('\n'));
}

function rulesOverview(): string {
  const groups = ruleGroups();
  const out: string[] = [];
  out.push('# Rules · 规则', '');
  out.push(
    `Beyond the seven indicators, the plan sets ${RULES.length} checkable targets and standards in its tasks and panels. Each is a rule: data (the plan’s exact words, its clause, scope, due date, threshold and reading) with a pure check that returns one result per subject: \`pass\`, \`fail\`, \`pending\` (not yet due and not yet met), \`not_applicable\` or \`missing_data\`. Commitments without a number are [tracked actions](actions.md), not rules.`,
    '',
    `除七项指标外，规划在重点任务和各专栏中还提出 ${RULES.length} 项可检查的目标和标准，每项为一条规则：数据（规划原文、条款、对象、期限、阈值和口径）加一个纯函数检查，对每个对象给出一个结果：\`pass\` 达标、\`fail\` 未达标、\`pending\` 未到期且未达标、\`not_applicable\` 不适用、\`missing_data\` 缺数据。没有数字的承诺是[跟踪事项](actions.md)，不是规则。`,
    '',
    'Severity · 约束力: **binding** for plain requirements; **soft** where 一般, 原则上, 力争, 基本 or 推广 softens the sentence, and for 专栏1 (预期性); **informational** for 可 (may), aims beyond the floor, trends and data checks. A soft or informational rule that is not met is still `fail`: the severity tells the reader how strongly the plan words it. 约束力只说明规划措辞的强弱，未达到时结果仍为 `fail`。',
    '',
  );
  for (const g of groups) {
    const rules = RULES.filter((r) => g.clauses.includes(r.clause));
    out.push(`## [${g.title}](rules/${g.slug}.md)`, '', `${g.en} · ${g.zh}`, '');
    out.push(
      table(
        ['Rule · 规则', 'Clause', 'Title · 标题', 'Threshold · 阈值'],
        rules.map((r) => [`[${code(r.id)}](${rulePath(r)})`, r.clause, `${cell(r.titleZh)}<br>${cell(r.titleEn)}`, r.threshold === undefined ? '—' : cell(r.threshold.printed)]),
      ),
      '',
    );
  }
  return page('Rules · 规则', out.join('\n'), groups.map((g) => `rules/${g.slug}.md`), REFERENCE);
}

// ---------------------------------------------------------------------------------------------------------------
// Tracked actions
// ---------------------------------------------------------------------------------------------------------------

function actionsPage(): string {
  const out: string[] = [];
  out.push('# Tracked actions · 跟踪事项', '');
  out.push(
    `${ACTIONS.length} commitments of the plan carry no number (普遍建立, 健全, 推广, 逐步提高, 探索 …). The library tracks them by status (\`not_started\`, \`in_progress\`, \`done\`), dates and evidence from the snapshot's \`actions\` records; an action the snapshot does not report is \`missing_data\`, never assumed. No action carries a number the plan does not give (一批 stays “a batch”). 保障措施（一）asks for an annual task list (年度任务清单) and a work ledger (工作台账): ${api('annualTaskList')} and ${api('openLedger')}.`,
    '',
    `规划中有 ${ACTIONS.length} 项承诺没有数字（普遍建立、健全、推广、逐步提高、探索……）。本库按填报数据 \`actions\` 记录中的状态（未开始、进行中、已完成）、日期和佐证材料跟踪；填报数据未报告的事项为“缺数据”，不作推定。任何事项都不附加规划未给出的数字（“一批”仍是“一批”）。`,
    '',
  );
  out.push('## Worked example · 算例', '');
  const input = {
    asOf: '2024-12-31',
    units: [],
    actions: [
      { actionId: 'p3-17-three-lists', status: 'done' as const, completedOn: '2023-05-01', evidence: ['“三项清单”工作制度文本（示例）'] },
      { actionId: 'p3-4-mental-health-purchase', status: 'in_progress' as const, startedOn: '2024-03-01' },
    ],
  };
  const reports = checkActions(parseSnapshot(input));
  const pick = (id: string) => reports.find((r) => r.actionId === id);
  const shownIds = ['p3-17-three-lists', 'p3-4-mental-health-purchase', 't1-joint-meeting-system'];
  out.push(
    fence(
      'ts',
      [
        `import { checkActions, parseSnapshot } from '${API}';`,
        '',
        `const reports = checkActions(parseSnapshot(${js(input, 132)}));`,
        `${js(shownIds)}.map((id) => reports.find((r) => r.actionId === id)!.message.en);`,
        shown(shownIds.map((id) => pick(id)?.message.en)),
        'reports.filter((r) => r.status === \'missing_data\').length;',
        shown(reports.filter((r) => r.status === 'missing_data').length),
      ].join('\n'),
    ),
    '',
  );
  const list = annualTaskList(2025);
  const ledger = recordInLedger(openLedger(list), 'p3-17-three-lists', { status: 'done', updatedOn: '2025-03-31' });
  out.push(
    'The annual task list (年度任务清单) of a year lists the twelve key tasks, every rule and every action, marking what falls due that year; the work ledger (工作台账) records progress on it. 年度任务清单列出十二项重点任务、全部规则和跟踪事项，并标明当年到期的事项；工作台账记录进展。',
    '',
    fence(
      'ts',
      [
        `import { annualTaskList, openLedger, recordInLedger } from '${API}';`,
        '',
        'const list = annualTaskList(2025);',
        "[list.items.length, list.items.filter((i) => i.dueThisYear).map((i) => i.id).slice(0, 3)];",
        shown([list.items.length, list.items.filter((i) => i.dueThisYear).map((i) => i.id).slice(0, 3)]),
        "const ledger = recordInLedger(openLedger(list), 'p3-17-three-lists', { status: 'done', updatedOn: '2025-03-31' });",
        "ledger.entries.filter((e) => e.status === 'done').map((e) => e.itemId);",
        shown(ledger.entries.filter((e) => e.status === 'done').map((e) => e.itemId)),
      ].join('\n'),
    ),
    '',
  );
  out.push('## Every tracked action · 全部跟踪事项', '');
  let chapter = '';
  for (const id of CLAUSE_IDS) {
    const own = ACTIONS.filter((a) => a.clause === id);
    if (own.length === 0) continue;
    const c = getClause(id);
    if (c.chapterZh !== chapter) {
      chapter = c.chapterZh;
    }
    out.push(`### ${id}`, '', `[${c.labelZh} · ${c.labelEn}](clauses.md#${anchor(id)}): ${c.titleZh} (${c.titleEn})`, '');
    out.push(
      table(
        ['Action · 事项', 'The plan’s words · 原文', 'Title · 标题', 'Cadence', 'Due'],
        own.map((a) => [code(a.id), cell(a.quote), `${cell(a.titleZh)}<br>${cell(a.titleEn)}`, a.cadence, a.due ?? '—']),
      ),
      '',
    );
  }
  return page('Tracked actions · 跟踪事项', out.join('\n'), undefined, REFERENCE);
}

// ---------------------------------------------------------------------------------------------------------------
// Clause index
// ---------------------------------------------------------------------------------------------------------------

function clausesPage(): string {
  const out: string[] = [];
  out.push('# Clause index · 条款索引', '');
  out.push(
    `Every clause of the plan with its stable ID, citation labels and exact text (from ${code('CLAUSES')}; the whole plan is in [docs/plan/plan.zh.txt](../plan/plan.zh.txt)), and what in the library encodes it. Cite a clause as the library does: \`[P1.1]\` 专栏1第1项, \`[T8]\` 重点任务第8条. See the guide [The plan in one page](../guides/the-plan.en.md).`,
    '',
    `规划全部条款：稳定编号、引用标签和原文（来自 ${code('CLAUSES')}；规划全文见 [docs/plan/plan.zh.txt](../plan/plan.zh.txt)），以及本库中编码该条款的内容。引用方式同本库：\`[P1.1]\` 专栏1第1项，\`[T8]\` 重点任务第8条。参见指南[一页读懂规划](../guides/the-plan.zh.md)。`,
    '',
  );
  let chapter = '';
  for (const id of CLAUSE_IDS) {
    const c = CLAUSES[id];
    if (c.chapterZh !== chapter) {
      chapter = c.chapterZh;
      out.push(`## ${c.chapterZh}`, '');
    }
    out.push(`### ${id}`, '');
    const where = [c.groupZh, c.panel !== undefined ? `专栏${c.panel} ${c.panelTitleZh ?? ''}` : undefined].filter(Boolean).join(' · ');
    out.push(`**${c.titleZh}** · ${c.titleEn} — ${c.labelZh} · ${c.labelEn}${where !== '' ? ` — ${where}` : ''}`, '');
    out.push(`> ${c.text}`, '');
    const encoded: string[] = [];
    const ind = INDICATORS.find((d) => d.clause === id);
    if (ind !== undefined) encoded.push(`indicator [${ind.number} ${ind.nameZh}](${indicatorPath(ind.id)})`);
    for (const r of RULES.filter((x) => x.clause === id)) encoded.push(`rule [${code(r.id)}](${rulePath(r)})`);
    for (const r of RULES.filter((x) => x.relatedClauses.includes(id))) encoded.push(`rule [${code(r.id)}](${rulePath(r)}) (also)`);
    const actions = ACTIONS.filter((a) => a.clause === id).length;
    if (actions > 0) encoded.push(`[${actions} tracked action${actions > 1 ? 's' : ''}](actions.md#${anchor(id)})`);
    if (encoded.length > 0) out.push(`Encoded by · 编码为: ${encoded.join(', ')}.`, '');
  }
  return page('Clause index · 条款索引', out.join('\n'), undefined, REFERENCE);
}

// ---------------------------------------------------------------------------------------------------------------
// All pages
// ---------------------------------------------------------------------------------------------------------------

/** Every generated page: path relative to the repository root → content. */
export function generatedPages(): Map<string, string> {
  const pages = new Map<string, string>();
  const add = (path: string, content: string) => pages.set(`${GENERATED_DIR}/${path}`, content);
  add('indicators.md', indicatorsOverview());
  for (const def of INDICATORS) add(indicatorPath(def.id), indicatorPage(def));
  add('rules.md', rulesOverview());
  for (const g of ruleGroups()) add(`rules/${g.slug}.md`, ruleGroupPage(g));
  add('actions.md', actionsPage());
  add('clauses.md', clausesPage());
  return pages;
}

/** For other generators: the path of a rule's section from docs/generated/. */
export { rulePath, indicatorPath };
/** For other generators: a rule's ID is its own anchor. */
export type { RuleId };

/**
 * The API reference's categories: one per part of the plan, plus the library's own layers. An export joins one with a
 * TSDoc `@category <name>` tag, the name written exactly as below (checked by test/docs/categories.test.ts and, at
 * build time, by the TypeDoc plugin scripts/docs/typedoc-plugin.mjs, which also shows each description).
 *
 * typedoc.json's `categoryOrder` lists the same names in the same order, then `*` and `Other`.
 *
 * @module
 */

/** One category of the API reference. */
export interface DocCategory {
  /** The name as written after `@category`: English, `·`, Chinese. */
  readonly name: string;
  /** What belongs there, in English. */
  readonly en: string;
  /** What belongs there, in Chinese. */
  readonly zh: string;
}

/** Every category, in the order the site shows them. */
export const CATEGORIES: readonly DocCategory[] = [
  {
    name: 'Plan data · 规划数据',
    en: 'The plan itself as data: its title, period and basis documents, the 60 clauses with stable IDs and exact text, Longchuan’s real administrative units (NBS 2023), the plan-period date helpers, and the embedded sample.',
    zh: '规划本身的数据：标题、规划期与依据文件，60 个带稳定编号和原文的条款，陇川县真实的行政区划（国家统计局 2023 年统计用区划代码），规划期日期工具，以及内置示例数据。',
  },
  {
    name: 'Input · 输入数据',
    en: 'The data a county reports (a snapshot): its zod schemas, the parsed types, validation with every problem listed in Chinese and English, and the JSON Schema.',
    zh: '一个县上报的数据（填报数据）：zod 模式、解析后的类型、校验（逐条列出问题，中英文），以及 JSON Schema。',
  },
  {
    name: 'Indicators · 指标',
    en: 'The seven main indicators of 专栏1 (P1.1–P1.7): definitions with the plan’s words, exact formulas, roll-up from units to townships and the county, progress and gap to the 2025 targets.',
    zh: '专栏1 的七项主要发展指标（P1.1—P1.7）：带规划原文的定义、精确公式、由村（社区）到乡镇再到全县的汇总、2025 年目标的进度与差距。',
  },
  {
    name: 'Services · 社区服务',
    en: '三、重点任务 (一) and (二): Party-building-led mechanisms and the supply of services (tasks 1–7, 专栏2 and 专栏3): opening hours, elderly care and the other services the rules check.',
    zh: '三、重点任务（一）（二）：党建引领服务机制与服务供给（任务1—7，专栏2、专栏3）：开放时间、养老服务等规则所检查的服务。',
  },
  {
    name: 'Facilities · 服务设施',
    en: '三、重点任务 (三): the layout of service facilities and digital services (tasks 8–9, 专栏4 and 专栏5).',
    zh: '三、重点任务（三）：服务设施布局与数字化服务（任务8—9，专栏4、专栏5）。',
  },
  {
    name: 'Talent · 人才队伍',
    en: '三、重点任务 (四): the community service workforce, its training, pay and social insurance (tasks 10–12, 专栏6).',
    zh: '三、重点任务（四）：城乡社区服务人才队伍及其培训、待遇与社会保险（任务10—12，专栏6）。',
  },
  {
    name: 'Safeguards · 保障措施',
    en: '四、保障措施: the tracked actions (commitments without a number), the annual task list (年度任务清单) and the work ledger (工作台账).',
    zh: '四、保障措施：跟踪事项（没有数字的承诺）、年度任务清单与工作台账。',
  },
  {
    name: 'Evaluation · 评估',
    en: 'Judging a snapshot against the whole plan: `evaluate`, the rule catalogue and its checks, and the options that select a reading where the plan is open.',
    zh: '用整个规划评估一份填报数据：`evaluate`、规则目录及其检查，以及在规划表述有多种理解时选择口径的选项。',
  },
  {
    name: 'Reporting · 报告',
    en: 'An evaluation rendered for people: a terminal table, Markdown, or one self-contained HTML page, in Chinese or English.',
    zh: '面向读者的评估报告：终端表格、Markdown 或单个自包含的 HTML 页面，中文或英文。',
  },
  {
    name: 'Testing · 测试',
    en: 'For your own test suite (import from `longchuan-community-plan/testing`): `assertConforms` and the vitest/jest matchers.',
    zh: '用于你自己的测试（从 `longchuan-community-plan/testing` 导入）：`assertConforms` 以及 vitest/jest 匹配器。',
  },
];

/** The category names, in order. */
export const CATEGORY_NAMES: readonly string[] = CATEGORIES.map((c) => c.name);

/**
 * The site's sections for its pages, not for exports: a page of `docs/` joins one with `category:` in its front matter
 * (the guides' indexes, the generated pages, performance and hardening), the package entry with a `@category` tag in
 * its module comment. The sidebar shows them before the API categories (typedoc.json `categoryOrder`).
 */
export const DOCUMENT_CATEGORIES: readonly DocCategory[] = [
  {
    name: 'Guides · 指南',
    en: 'How to use the library, step by step: getting started, the plan, the indicators, interpretations, the final assessment, testing your data, the browser, data formats, performance. In English and in Chinese.',
    zh: '分步骤的使用指南：快速上手、规划概览、指标、口径解读、终期评估、数据检查、浏览器、数据格式、性能。中英文各一套。',
  },
  {
    name: 'Reference · 参考',
    en: 'The API of the package entry, the pages generated from the catalogue (each indicator, rule group, tracked action and clause), and the figures on performance and hardening.',
    zh: '包入口的 API、由目录生成的页面（每项指标、每组规则、跟踪事项和条款索引），以及性能与健壮性数据。',
  },
];

/** The document section names, in order. */
export const DOCUMENT_CATEGORY_NAMES: readonly string[] = DOCUMENT_CATEGORIES.map((c) => c.name);

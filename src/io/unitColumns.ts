/**
 * The one table of the units table's columns (a CSV file or the 村（社区） sheet of a workbook): which unit field each
 * column fills, its Chinese header, its English header (the field name) and how a cell is read. Used both to read a
 * units table and to write the template.
 *
 * @module
 */
import { deepFreeze } from '../_lib/deepFreeze';

/**
 * How a cell of a column is read.
 *
 * - `code`: a division code, kept as text (Excel must keep it as text, not as a number);
 * - `text`: free text, kept as written;
 * - `count`: a whole number written with plain digits (`1200`; never `1,200`);
 * - `decimal`: an area in m² written with plain digits and at most 2 decimals (`320.5`);
 * - `flag`: yes or no: 是/否, 有/无, true/false, 1/0, Y/N, yes/no;
 * - `date`: a calendar date `YYYY-MM-DD`; `YYYY/M/D` and `YYYY年M月D日` (how Excel on Chinese Windows writes dates)
 *   are read as the same date, never a month-first or day-first form;
 * - `choice`: one of the column's `choices`, written in Chinese or as the English value;
 * - `year`: a year written with plain digits (`2024`);
 * - `money`: yuan, plain digits and at most 2 decimals (`7600.5`), kept as exact text;
 * - `list`: several short texts in one cell, one per line or separated by `；` or `;`;
 * - `label`: shown for the person filling the table (a township's name beside its code) and not read.
 *
 * @example
 * ```ts
 * const kind: CsvCellKind = 'count';
 * ```
 * @category Input · 输入数据
 */
export type CsvCellKind = 'code' | 'text' | 'count' | 'decimal' | 'flag' | 'date' | 'choice' | 'year' | 'money' | 'list' | 'label';

/**
 * One column of a table: of the units table, or of another sheet (`TABLE_KINDS`).
 *
 * @example
 * ```ts
 * const c: CsvColumn = CSV_COLUMNS[6]!;
 * c.headerZh
 * //=> '户数'
 * ```
 * @category Input · 输入数据
 */
export interface CsvColumn {
  /** The field the column fills (`households`; `county.residentPopulation` in the 全县 sheet); also its English header. */
  readonly field: string;
  /** The Chinese header the template writes. */
  readonly headerZh: string;
  /** Other Chinese headers accepted for the same column (e.g. without the unit suffix). */
  readonly aliasesZh: readonly string[];
  /** How a cell is read. */
  readonly kind: CsvCellKind;
  /** Whether every row must fill it. */
  readonly required: boolean;
  /** For `choice` columns: each value and the Chinese words accepted for it. */
  readonly choices?: readonly { readonly value: string; readonly zh: readonly string[] }[];
  /** One-line hint shown in `--help` and error messages, in Chinese. */
  readonly hintZh: string;
  /** The same hint in English. */
  readonly hintEn: string;
}

/**
 * Every column a units CSV may have, in template order: one per scalar field of `unitSchema`.
 * Nested fields ({@link JSON_ONLY_UNIT_FIELDS}) are JSON-only.
 *
 * @example
 * ```ts
 * CSV_COLUMNS.map((c) => c.headerZh).slice(0, 3)
 * //=> ['村级代码', '所属乡镇代码', '名称']
 * ```
 * @category Input · 输入数据
 */
export const CSV_COLUMNS: readonly CsvColumn[] = /* @__PURE__ */ deepFreeze([
  {
    field: 'code',
    headerZh: '村级代码',
    aliasesZh: ['村级统计用区划代码', '统计用区划代码', '区划代码'],
    kind: 'code',
    required: true,
    hintZh: '12位统计用区划代码（请把该列设为文本，以免 Excel 改成科学计数法）',
    hintEn: '12-digit NBS division code (format the column as text so Excel keeps every digit)',
  },
  {
    field: 'townshipCode',
    headerZh: '所属乡镇代码',
    aliasesZh: ['乡镇代码', '乡级代码'],
    kind: 'code',
    required: true,
    hintZh: '9位乡级代码，须等于村级代码的前9位',
    hintEn: '9-digit township-level code, the first 9 digits of the unit code',
  },
  {
    field: 'name',
    headerZh: '名称',
    aliasesZh: ['村（社区）名称', '单位名称'],
    kind: 'text',
    required: false,
    hintZh: '名称，用于报告',
    hintEn: 'name, for reports',
  },
  {
    field: 'committeeType',
    headerZh: '委员会类型',
    aliasesZh: [],
    kind: 'choice',
    required: false,
    choices: [
      { value: 'village_committee', zh: ['村民委员会', '村委会'] },
      { value: 'resident_committee', zh: ['社区居民委员会', '居民委员会', '居委会'] },
    ],
    hintZh: '村民委员会 或 社区居民委员会；留空则按陇川县区划名录',
    hintEn: 'village_committee or resident_committee; blank takes it from the Longchuan registry',
  },
  {
    field: 'urbanRuralCode',
    headerZh: '城乡分类代码',
    aliasesZh: [],
    kind: 'code',
    required: false,
    hintZh: '3位城乡分类代码（1xx 城镇，2xx 乡村）',
    hintEn: '3-digit NBS urban-rural code (1xx urban, 2xx rural)',
  },
  {
    field: 'classification',
    headerZh: '城乡属性',
    aliasesZh: [],
    kind: 'choice',
    required: false,
    choices: [
      { value: 'urban', zh: ['城市', '城镇'] },
      { value: 'rural', zh: ['农村', '乡村'] },
    ],
    hintZh: '自定城乡属性：城市 或 农村',
    hintEn: "the caller's own classification: urban or rural",
  },
  {
    field: 'households',
    headerZh: '户数',
    aliasesZh: [],
    kind: 'count',
    required: false,
    hintZh: '户数（整数）',
    hintEn: 'households (whole number)',
  },
  {
    field: 'residentPopulation',
    headerZh: '常住人口',
    aliasesZh: ['常住人口（人）'],
    kind: 'count',
    required: false,
    hintZh: '常住人口（整数）',
    hintEn: 'resident population (whole number)',
  },
  {
    field: 'hasServiceFacility',
    headerZh: '有无综合服务设施',
    aliasesZh: ['有无社区综合服务设施', '是否有综合服务设施'],
    kind: 'flag',
    required: false,
    hintZh: '有无社区综合服务设施：是/否',
    hintEn: 'has a community comprehensive service facility: yes/no',
  },
  {
    field: 'facilityBuildingArea',
    headerZh: '设施建筑面积（平方米）',
    aliasesZh: ['设施建筑面积', '综合服务设施建筑面积（平方米）', '综合服务设施建筑面积'],
    kind: 'decimal',
    required: false,
    hintZh: '社区综合服务设施总建筑面积，平方米，最多2位小数',
    hintEn: "the facility's total building area, m², at most 2 decimals",
  },
  {
    field: 'facilityActivityArea',
    headerZh: '居民活动区域面积（平方米）',
    aliasesZh: ['居民活动区域面积'],
    kind: 'decimal',
    required: false,
    hintZh: '设施中的居民活动区域面积，平方米',
    hintEn: "the facility's resident activity area, m²",
  },
  {
    field: 'communityBuildingArea',
    headerZh: '社区总建筑面积（平方米）',
    aliasesZh: ['社区总建筑面积'],
    kind: 'decimal',
    required: false,
    hintZh: '社区总建筑面积，平方米（城市社区）',
    hintEn: "the community's total building area, m² (urban communities)",
  },
  {
    field: 'commercialServiceArea',
    headerZh: '商业和综合服务设施面积（平方米）',
    aliasesZh: ['商业和综合服务设施面积', '社区商业和综合服务设施面积（平方米）', '社区商业和综合服务设施面积'],
    kind: 'decimal',
    required: false,
    hintZh: '社区商业和综合服务设施面积，平方米（城市社区）',
    hintEn: 'community commercial and service facility area, m² (urban communities)',
  },
  {
    field: 'newCommunity',
    headerZh: '是否新建社区',
    aliasesZh: ['新建社区'],
    kind: 'flag',
    required: false,
    hintZh: '是否规划期内新建社区：是/否',
    hintEn: 'newly built in the plan period: yes/no',
  },
  {
    field: 'hasSelfServiceTerminal',
    headerZh: '政务通用自助服务',
    aliasesZh: ['有无政务通用自助服务', '是否有政务通用自助服务'],
    kind: 'flag',
    required: false,
    hintZh: '有无政务通用自助服务：是/否',
    hintEn: 'general government self-service available: yes/no',
  },
  {
    field: 'communityWorkers',
    headerZh: '社区工作者人数',
    aliasesZh: ['社区工作者'],
    kind: 'count',
    required: false,
    hintZh: '社区工作者人数（整数）',
    hintEn: 'community workers (whole number)',
  },
  {
    field: 'facilityCompletedOn',
    headerZh: '设施建成日期',
    aliasesZh: ['综合服务设施建成日期'],
    kind: 'date',
    required: false,
    hintZh: '综合服务设施建成日期 YYYY-MM-DD（2021–2025年建成即为新建）',
    hintEn: "the facility's completion date YYYY-MM-DD (2021–2025: a new facility)",
  },
  {
    field: 'hasVolunteerStation',
    headerZh: '有无志愿服务站点',
    aliasesZh: ['志愿服务站点'],
    kind: 'flag',
    required: false,
    hintZh: '设施内有无志愿服务站点：是/否',
    hintEn: 'the facility has a volunteer service station: yes/no',
  },
  {
    field: 'hasOnlineService24h',
    headerZh: '有无24小时网上服务',
    aliasesZh: ['24小时网上服务', '群众关切事项24小时网上服务'],
    kind: 'flag',
    required: false,
    hintZh: '群众关切事项是否24小时网上服务：是/否',
    hintEn: 'matters of public concern served online 24 hours a day: yes/no',
  },
  {
    field: 'hasProxyGovernmentService',
    headerZh: '有无政务代办服务',
    aliasesZh: ['政务代办服务'],
    kind: 'flag',
    required: false,
    hintZh: '有无政务代办服务：是/否',
    hintEn: 'proxy government services available: yes/no',
  },
  {
    field: 'lastSatisfactionSurveyOn',
    headerZh: '最近一次满意度调查日期',
    aliasesZh: ['群众满意度调查日期', '最近一次群众满意度调查日期'],
    kind: 'date',
    required: false,
    hintZh: '最近一次群众满意度调查的日期 YYYY-MM-DD',
    hintEn: "the latest resident satisfaction survey's date YYYY-MM-DD",
  },
  {
    field: 'hasDisabledPersonsAssociation',
    headerZh: '有无残疾人协会',
    aliasesZh: ['残疾人协会'],
    kind: 'flag',
    required: false,
    hintZh: '有无残疾人协会：是/否',
    hintEn: "has a disabled persons' association: yes/no",
  },
  {
    field: 'inFitnessCircle',
    headerZh: '是否在15分钟健身圈内',
    aliasesZh: ['15分钟健身圈'],
    kind: 'flag',
    required: false,
    hintZh: '是否在15分钟健身圈内：是/否',
    hintEn: 'within a 15-minute fitness circle: yes/no',
  },
  {
    field: 'hasDayCareCoverage',
    headerZh: '是否有日间照料中心覆盖',
    aliasesZh: ['日间照料中心覆盖'],
    kind: 'flag',
    required: false,
    hintZh: '是否有日间照料中心覆盖：是/否',
    hintEn: 'covered by a day-care centre: yes/no',
  },
  {
    field: 'communityPoliceOfficers',
    headerZh: '社区民警人数',
    aliasesZh: ['社区民警'],
    kind: 'count',
    required: false,
    hintZh: '社区民警人数（整数）',
    hintEn: 'community police officers (whole number)',
  },
  {
    field: 'auxiliaryPoliceOfficers',
    headerZh: '辅警人数',
    aliasesZh: ['辅警'],
    kind: 'count',
    required: false,
    hintZh: '辅警人数（整数）',
    hintEn: 'auxiliary police officers (whole number)',
  },
  {
    field: 'hasPublicLegalServices',
    headerZh: '有无公共法律服务',
    aliasesZh: ['公共法律服务'],
    kind: 'flag',
    required: false,
    hintZh: '普法宣传、人民调解、法律援助等公共法律服务是否覆盖：是/否',
    hintEn: 'public legal services (legal education, mediation, legal aid) reach the unit: yes/no',
  },
  {
    field: 'legalAdvisers',
    headerZh: '法律顾问人数',
    aliasesZh: ['法律顾问'],
    kind: 'count',
    required: false,
    hintZh: '法律顾问人数（整数）',
    hintEn: 'legal advisers (whole number)',
  },
  {
    field: 'professionalSocialWorkers',
    headerZh: '专业社会工作人才人数',
    aliasesZh: ['专业社会工作人才'],
    kind: 'count',
    required: false,
    hintZh: '专业社会工作人才人数（整数）',
    hintEn: 'professional social workers (whole number)',
  },
  {
    field: 'gridMembers',
    headerZh: '专兼职网格员人数',
    aliasesZh: ['网格员人数', '专兼职网格员'],
    kind: 'count',
    required: false,
    hintZh: '专兼职网格员人数（整数）',
    hintEn: 'grid members, full- and part-time (whole number)',
  },
  {
    field: 'heavyEthnicReligiousWork',
    headerZh: '宗教民族工作是否较重',
    aliasesZh: ['宗教、民族工作是否较重'],
    kind: 'flag',
    required: false,
    hintZh: '宗教、民族工作是否较重：是/否',
    hintEn: 'ethnic and religious work is heavy: yes/no',
  },
  {
    field: 'ethnicReligiousOfficers',
    headerZh: '民族宗教干事人数',
    aliasesZh: ['民族宗教干事'],
    kind: 'count',
    required: false,
    hintZh: '民族宗教干事人数（整数）',
    hintEn: 'ethnic and religious affairs officers (whole number)',
  },
  {
    field: 'workersWithPensionInsurance',
    headerZh: '参加基本养老保险的社区工作者人数',
    aliasesZh: ['参加养老保险人数'],
    kind: 'count',
    required: false,
    hintZh: '参加基本养老保险的社区工作者人数（整数）',
    hintEn: 'community workers with basic pension insurance (whole number)',
  },
  {
    field: 'workersWithMedicalInsurance',
    headerZh: '参加基本医疗保险的社区工作者人数',
    aliasesZh: ['参加医疗保险人数'],
    kind: 'count',
    required: false,
    hintZh: '参加基本医疗保险的社区工作者人数（整数）',
    hintEn: 'community workers with basic medical insurance (whole number)',
  },
  {
    field: 'workersWithHousingFund',
    headerZh: '缴存住房公积金的社区工作者人数',
    aliasesZh: ['缴存住房公积金人数'],
    kind: 'count',
    required: false,
    hintZh: '缴存住房公积金的社区工作者人数（整数）',
    hintEn: 'community workers with a housing provident fund (whole number)',
  },
  {
    field: 'communityWorkersTrained',
    headerZh: '已轮训的社区工作者人数',
    aliasesZh: ['已轮训人数'],
    kind: 'count',
    required: false,
    hintZh: '规划期内已轮训一遍的社区工作者人数（整数）',
    hintEn: 'community workers trained at least once in the plan period (whole number)',
  },
  {
    field: 'villagePlanCompleted',
    headerZh: '村庄规划是否已编制',
    aliasesZh: ['村庄规划已编制'],
    kind: 'flag',
    required: false,
    hintZh: '行政村的村庄规划是否已编制：是/否',
    hintEn: 'the village plan has been compiled: yes/no',
  },
] satisfies CsvColumn[]);

/**
 * Fields of `unitSchema` that hold nested data (objects or lists): a CSV cannot carry them, a JSON snapshot can.
 *
 * @example
 * ```ts
 * JSON_ONLY_UNIT_FIELDS
 * //=> ['openingSchedule', 'cadrePay']
 * ```
 * @category Input · 输入数据
 */
export const JSON_ONLY_UNIT_FIELDS: readonly string[] = /* @__PURE__ */ deepFreeze(['openingSchedule', 'cadrePay']);

/**
 * The form a header is compared in: NFKC (full-width brackets and letters become half-width), no whitespace,
 * lower case. `设施建筑面积 (平方米)` and `设施建筑面积（平方米）` are the same header.
 *
 * @example
 * ```ts
 * normalizeHeader(' 设施建筑面积 (平方米) ') === normalizeHeader('设施建筑面积（平方米）')
 * //=> true
 * ```
 * @category Input · 输入数据
 */
export function normalizeHeader(header: string): string {
  return header.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

let byHeader: Map<string, CsvColumn> | undefined;

/**
 * The column a header names: its Chinese header, one of its Chinese aliases, or its field name (any case).
 *
 * @example
 * ```ts
 * findCsvColumn('户数')?.field
 * //=> 'households'
 * findCsvColumn('Households')?.field
 * //=> 'households'
 * findCsvColumn('户口数')
 * //=> undefined
 * ```
 * @category Input · 输入数据
 */
export function findCsvColumn(header: string): CsvColumn | undefined {
  if (byHeader === undefined) {
    byHeader = new Map();
    for (const c of CSV_COLUMNS) {
      for (const h of [c.field, c.headerZh, ...c.aliasesZh]) byHeader.set(normalizeHeader(h), c);
    }
  }
  return byHeader.get(normalizeHeader(header));
}

/**
 * The header a column has in a locale's template: Chinese for `zh-CN`, the field name for `en`.
 *
 * @example
 * ```ts
 * csvHeader(CSV_COLUMNS[0]!, 'en')
 * //=> 'code'
 * ```
 * @category Input · 输入数据
 */
export function csvHeader(column: CsvColumn, locale: 'zh-CN' | 'en'): string {
  return locale === 'en' ? column.field : column.headerZh;
}

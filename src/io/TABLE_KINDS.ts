/**
 * Every table a workbook (or a folder of CSV files) may hold besides the units: the county's figures, the townships,
 * the yearly series and the record lists, each with Chinese headers, and where its rows go in a snapshot.
 *
 * @module
 */
import { deepFreeze } from '../_lib/deepFreeze';
import { CSV_COLUMNS, type CsvColumn } from './unitColumns';

/**
 * The name of one kind of table.
 *
 * @example
 * ```ts
 * const k: TableKindId = 'townships';
 * ```
 * @category Input · 输入数据
 */
export type TableKindId =
  | 'units'
  | 'county'
  | 'townships'
  | 'oneShoulder'
  | 'urbanUnitWages'
  | 'newEstates'
  | 'elderlyRoster'
  | 'elderlyVisitLog'
  | 'serviceOutlets'
  | 'relocationSites'
  | 'communityWorkerIncome'
  | 'actions';

/**
 * One kind of table: its sheet name (also its CSV file name, `<sheetZh>.csv` or `<id>.csv`), its layout and columns,
 * and where what it holds goes in a snapshot.
 *
 * - `rows`: a header row, then one record per row; the records are the list at `path` (`['townships']`,
 *   `['records', 'newEstates']`).
 * - `fields`: two columns, 项目 (item) and 数值 (value); each row fills the snapshot field its item names (a column's
 *   `field` is then a dotted path: `county.residentPopulation`, `asOf`).
 *
 * @example
 * ```ts
 * const k: TableKind = TABLE_KINDS.find((t) => t.id === 'townships')!;
 * [k.sheetZh, k.path]
 * //=> ['乡镇（农场）', ['townships']]
 * ```
 * @category Input · 输入数据
 */
export interface TableKind {
  /** Stable name; also the English sheet name and CSV file name. */
  readonly id: TableKindId;
  /** The Chinese sheet name, and CSV file name without `.csv`. */
  readonly sheetZh: string;
  /** Other sheet names accepted for it. */
  readonly aliases: readonly string[];
  /** `rows` (one record per row) or `fields` (项目 | 数值). */
  readonly layout: 'rows' | 'fields';
  /** Where the list of records goes (`rows`); empty for `fields`. */
  readonly path: readonly string[];
  /** The columns (`rows`) or items (`fields`). */
  readonly columns: readonly CsvColumn[];
  /** Fields that, filled alone, do not make a row a record (the template fills them in advance). */
  readonly prefilled: readonly string[];
  /** What the table is, in Chinese. */
  readonly hintZh: string;
  /** What the table is, in English. */
  readonly hintEn: string;
}

const flag = (field: string, headerZh: string, hintZh: string, hintEn: string, aliasesZh: string[] = []): CsvColumn => ({
  field,
  headerZh,
  aliasesZh,
  kind: 'flag',
  required: false,
  hintZh,
  hintEn,
});
const count = (field: string, headerZh: string, hintZh: string, hintEn: string, aliasesZh: string[] = [], required = false): CsvColumn => ({
  field,
  headerZh,
  aliasesZh,
  kind: 'count',
  required,
  hintZh,
  hintEn,
});
const col = (field: string, headerZh: string, kind: CsvColumn['kind'], required: boolean, hintZh: string, hintEn: string, aliasesZh: string[] = []): CsvColumn => ({
  field,
  headerZh,
  aliasesZh,
  kind,
  required,
  hintZh,
  hintEn,
});
const TARIFF = [
  { value: 'residential', zh: ['居民价', '居民生活类价格', '居民'] },
  { value: 'non_residential', zh: ['非居民价', '非居民'] },
  { value: 'not_supplied', zh: ['未供应', '无', '不适用'] },
];
const tariff = (field: string, headerZh: string, what: string, whatEn: string): CsvColumn => ({
  field,
  headerZh,
  aliasesZh: [],
  kind: 'choice',
  required: false,
  choices: TARIFF,
  hintZh: `${what}价格：居民价、非居民价 或 未供应`,
  hintEn: `${whatEn} tariff: residential, non_residential or not_supplied`,
});
const id = (headerZh: string, hintZh: string, hintEn: string): CsvColumn => col('id', headerZh, 'text', true, hintZh, hintEn, ['编号']);
const unitCode = (headerZh: string, hintZh: string, hintEn: string, aliasesZh: string[] = []): CsvColumn =>
  col('unitCode', headerZh, 'code', false, hintZh, hintEn, ['村级代码', ...aliasesZh]);
const year = (required = true): CsvColumn => col('year', '年份', 'year', required, '年份，如 2024', 'the year, e.g. 2024');
const name = col('name', '名称', 'text', false, '名称，用于报告', 'name, for reports');

/**
 * Every kind of table, in workbook order: the units (its columns are {@link CSV_COLUMNS} and the township's name), the county's figures, the
 * townships, the two yearly series and the record lists.
 *
 * @example
 * ```ts
 * TABLE_KINDS.map((k) => k.sheetZh).slice(0, 4)
 * //=> ['村（社区）', '全县', '乡镇（农场）', '一肩挑']
 * ```
 * @category Input · 输入数据
 */
export const TABLE_KINDS: readonly TableKind[] = /* @__PURE__ */ deepFreeze<readonly TableKind[]>([
  {
    id: 'units',
    sheetZh: '村（社区）',
    aliases: ['村(社区)', '单位', '村级单位', '村（社区）表'],
    layout: 'rows',
    path: ['units'],
    // The registry's township name beside its code, for the person filling the template: shown, not read.
    columns: [
      ...CSV_COLUMNS.slice(0, 2),
      col('townshipName', '所属乡镇', 'label', false, '所属乡镇名称（仅供填表参考，不读取）', "the township's name (for the person filling the table; not read)", ['所属乡镇名称', '乡镇名称']),
      ...CSV_COLUMNS.slice(2),
    ],
    prefilled: [],
    hintZh: '每个村民委员会、社区居民委员会一行',
    hintEn: 'one row per village-level unit',
  },
  {
    id: 'county',
    sheetZh: '全县',
    aliases: ['全县数据', '县级数据'],
    layout: 'fields',
    path: [],
    columns: [
      col('asOf', '数据截止日期', 'date', false, '数据所对应的日期 YYYY-MM-DD（命令行的 --as-of 优先）', 'the date the figures describe, YYYY-MM-DD (--as-of wins)', ['填报日期', '截止日期']),
      count('county.residentPopulation', '全县常住人口', '全县常住人口（整数）', "the county's resident population", ['常住人口']),
      count('county.urbanResidentPopulation', '全县城镇常住人口', '全县城镇常住人口（整数）', "the county's urban resident population", ['城镇常住人口']),
      count('county.households', '全县户数', '全县户数（整数）', "the county's households", ['户数']),
      count('county.registeredPopulation', '全县户籍人口', '户籍人口（整数）', 'registered (户籍) population', ['户籍人口']),
      count('county.brandSocialOrganisations', '培育品牌社区社会组织数', '专栏2第1项：品牌社区社会组织', '专栏2 item 1: brand community social organisations'),
      count('county.brandProjects', '培育品牌项目数', '专栏2第1项：品牌项目', '专栏2 item 1: brand projects'),
      count('county.registeredVolunteers', '注册志愿者人数', '专栏2第2项：注册志愿者', '专栏2 item 2: registered volunteers'),
      count('county.institutionPartyOrganisations', '机关和企事业单位党组织数', '专栏3第1项：应到社区报到的机关和企事业单位党组织', '专栏3 item 1: Party organisations expected to report to communities'),
      count('county.institutionPartyOrganisationsReported', '其中已到社区报到的党组织数', '其中已到社区报到的', 'of them, those that have reported'),
      count('county.servingPartyMembers', '在职党员人数', '专栏3第1项：应到社区报到的在职党员', '专栏3 item 1: serving Party members expected to report'),
      count('county.servingPartyMembersReported', '其中已到社区报到的在职党员人数', '其中已到社区报到的', 'of them, those who have reported'),
      count('county.homeMentalPatients', '居家精神障碍患者人数', '专栏3第4项：居家精神障碍患者', '专栏3 item 4: patients with mental disorders living at home'),
      count('county.homeMentalPatientsInRehab', '其中接受社区康复服务的人数', '其中接受社区康复服务的', 'of them, those in community rehabilitation'),
      count('county.ethnicUnityDemonstrationUnits', '民族团结进步示范村（社区）数', '专栏3第14项：规划期内建成的示范村（社区）', '专栏3 item 14: demonstration villages (communities) built'),
      count('county.villagePlansCompleted', '已编制村庄规划的行政村数', '专栏3第16项', '专栏3 item 16: villages whose plan is compiled'),
      count('county.grassrootsCadres', '基层干部人数', '任务11：乡镇（农场）干部在岗人数', 'T11: grassroots cadres in post'),
      count('county.grassrootsCadresTrained', '其中已培训的基层干部人数', '规划期内至少培训一次的', 'of them, trained at least once in the period'),
      count('county.villageCadres', '村（社区）干部人数', '任务11：村（社区）“两委”成员在岗人数', 'T11: village (community) cadres in post'),
      count('county.villageCadresTrained', '其中已培训的村（社区）干部人数', '规划期内至少培训一次的', 'of them, trained at least once in the period'),
      count('county.socialWorkProfessionals', '社会工作专业人才人数', '专栏6第3项：全县社会工作专业人才', '专栏6 item 3: social work professionals in the county'),
      col('records.elderlyVisits.from', '探访统计起始日期', 'date', false, '专栏3第2项：探访记录所覆盖期间的第一天', '专栏3 item 2: first day the visit log covers'),
      col('records.elderlyVisits.to', '探访统计截止日期', 'date', false, '探访记录所覆盖期间的最后一天', 'last day the visit log covers'),
    ],
    prefilled: [],
    hintZh: '全县数据：每行一个项目，在“数值”列填写；留空即未知',
    hintEn: "the county's figures: one item per row, its value in 数值 (value); blank is unknown",
  },
  {
    id: 'townships',
    sheetZh: '乡镇（农场）',
    aliases: ['乡镇(农场)', '乡镇'],
    layout: 'rows',
    path: ['townships'],
    columns: [
      col('code', '乡镇代码', 'code', true, '9位乡级代码', '9-digit township-level code', ['乡级代码', '所属乡镇代码']),
      col('name', '乡镇名称', 'label', false, '名称（仅供填表参考，不读取）', 'name (for the person filling the table; not read)', ['名称']),
      {
        field: 'kind',
        headerZh: '乡镇类型',
        aliasesZh: ['类型'],
        kind: 'choice',
        required: false,
        choices: [
          { value: 'town', zh: ['镇'] },
          { value: 'township', zh: ['乡'] },
          { value: 'ethnic_township', zh: ['民族乡'] },
          { value: 'farm', zh: ['农场'] },
        ],
        hintZh: '镇、乡、民族乡 或 农场；陇川县的乡镇留空',
        hintEn: "town, township, ethnic_township or farm; blank for Longchuan's own",
      },
      count('comprehensiveElderlyCareCentres', '具备综合功能的养老服务中心数', '专栏3第2项', '专栏3 item 2: comprehensive elderly-care centres'),
      flag('hasRegionalElderlyCareCentre', '有无区域性养老服务中心', '是/否', 'yes/no'),
      flag('hasMinorProtectionStation', '有无未成年人保护工作站', '专栏3第3项：是/否', '专栏3 item 3: yes/no'),
      flag('hasSocialWorkStation', '有无社会工作站', '专栏6第3项：是/否', '专栏6 item 3: yes/no'),
    ],
    prefilled: ['code', 'name'],
    hintZh: '每个乡镇（农场）一行',
    hintEn: 'one row per township-level unit',
  },
  {
    id: 'oneShoulder',
    sheetZh: '一肩挑',
    aliases: ['书记主任一肩挑'],
    layout: 'rows',
    path: ['county', 'oneShoulder'],
    columns: [
      year(),
      count('secretaries', '村（社区）党组织书记人数', '当年年末的书记人数', 'Party secretaries at the end of the year', ['书记人数'], true),
      count('concurrent', '其中“一肩挑”人数', '同时担任主任的', 'of them, also chairing the committee', ['一肩挑人数', '其中一肩挑人数'], true),
    ],
    prefilled: [],
    hintZh: '保障措施：每年一行',
    hintEn: 'B1: one row per year',
  },
  {
    id: 'urbanUnitWages',
    sheetZh: '城镇单位平均工资',
    aliases: ['平均工资'],
    layout: 'rows',
    path: ['county', 'urbanUnitWages'],
    columns: [
      year(),
      col('averageMonthlyWage', '月平均工资（元）', 'money', false, '全口径城镇单位就业人员月平均工资', 'average monthly wage, yuan', ['月平均工资']),
      col('averageAnnualWage', '年平均工资（元）', 'money', false, '年平均工资（只填其一即可）', 'average annual wage, yuan (one of the two)', ['年平均工资']),
    ],
    prefilled: [],
    hintZh: '任务12：每年一行',
    hintEn: 'T12: one row per year',
  },
  {
    id: 'newEstates',
    sheetZh: '新建住宅小区',
    aliases: ['新建小区'],
    layout: 'rows',
    path: ['records', 'newEstates'],
    columns: [
      id('小区编号', '自定编号（字母、数字）', 'your own ID (letters, digits)'),
      name,
      unitCode('所在村（社区）代码', '所在村（社区）的12位代码', 'the 12-digit code of its unit'),
      col('completedOn', '建成日期', 'date', false, '建成（或规划批准）日期', 'completion (or approval) date'),
      count('households', '户数', '小区户数', 'households'),
      col('elderlyCareServiceArea', '配建居家养老服务用房面积（平方米）', 'decimal', false, '专栏3第2项：配建社区居家养老服务用房建筑面积', '专栏3 item 2: elderly-care service space built with it, m²', ['配建养老服务用房面积']),
    ],
    prefilled: [],
    hintZh: '每个新建住宅小区一行',
    hintEn: 'one row per new residential estate',
  },
  {
    id: 'elderlyRoster',
    sheetZh: '特殊困难老年人名册',
    aliases: ['老年人名册'],
    layout: 'rows',
    path: ['records', 'elderlyVisits', 'roster'],
    columns: [
      col('personId', '人员编号', 'text', true, '自定编号（不需要姓名）', 'your own ID (no names needed)', ['编号']),
      unitCode('所在村（社区）代码', '居住的村（社区）', 'the unit the person lives in'),
      col('from', '列入日期', 'date', false, '列入名册日期（留空：覆盖期开始时已在册）', 'joined the roster (blank: from the start)'),
      col('to', '离开日期', 'date', false, '离开名册日期（留空：仍在册）', 'left the roster (blank: still on it)'),
    ],
    prefilled: [],
    hintZh: '专栏3第2项：每位特殊困难老年人一行；覆盖期间填在“全县”表',
    hintEn: '专栏3 item 2: one row per person; the period covered goes in the 全县 (county) table',
  },
  {
    id: 'elderlyVisitLog',
    sheetZh: '探访记录',
    aliases: ['探访'],
    layout: 'rows',
    path: ['records', 'elderlyVisits', 'visits'],
    columns: [
      col('id', '记录编号', 'text', false, '自定编号（可留空）', 'your own ID (optional)'),
      col('personId', '人员编号', 'text', true, '被探访人在名册中的编号', "the person's roster ID"),
      col('date', '探访日期', 'date', true, '探访日期', 'the day of the visit'),
    ],
    prefilled: [],
    hintZh: '每次探访一行',
    hintEn: 'one row per visit',
  },
  {
    id: 'serviceOutlets',
    sheetZh: '社区服务网点',
    aliases: ['服务网点'],
    layout: 'rows',
    path: ['records', 'serviceOutlets'],
    columns: [
      id('网点编号', '自定编号', 'your own ID'),
      name,
      unitCode('服务村（社区）代码', '所服务的村（社区）', 'the unit it serves'),
      tariff('water', '水价', '水', 'water'),
      tariff('electricity', '电价', '电', 'electricity'),
      tariff('gas', '气价', '气', 'gas'),
      tariff('heating', '热价', '热', 'heating'),
    ],
    prefilled: [],
    hintZh: '保障措施2：每个社区服务网点一行',
    hintEn: 'S2: one row per service outlet',
  },
  {
    id: 'relocationSites',
    sheetZh: '易地搬迁安置点',
    aliases: ['安置点'],
    layout: 'rows',
    path: ['records', 'relocationSites'],
    columns: [
      id('安置点编号', '自定编号', 'your own ID'),
      name,
      unitCode('所属村（社区）代码', '安置点所属村（社区）', 'the unit it belongs to'),
      flag('hasServiceFacility', '有无综合服务设施', '专栏4第2项：是/否', '专栏4 item 2: yes/no'),
    ],
    prefilled: [],
    hintZh: '每个易地扶贫搬迁集中安置点一行',
    hintEn: 'one row per relocation site',
  },
  {
    id: 'communityWorkerIncome',
    sheetZh: '社区工作者收入',
    aliases: ['社区工作者月平均收入'],
    layout: 'rows',
    path: ['records', 'communityWorkerIncome'],
    columns: [
      year(),
      unitCode('社区代码', '城市社区的12位代码（留空：全县城市社区）', "the community's code (blank: the county's urban communities)"),
      col('averageMonthlyIncome', '月平均收入（元）', 'money', true, '任务12：城市社区工作者月平均收入', 'T12: average monthly income, yuan', ['月平均收入']),
    ],
    prefilled: [],
    hintZh: '任务12：每年（每个社区）一行',
    hintEn: 'T12: one row per year (and community)',
  },
  {
    id: 'actions',
    sheetZh: '行动进展',
    aliases: ['任务进展', '工作台账'],
    layout: 'rows',
    path: ['actions'],
    columns: [
      col('actionId', '行动编号', 'text', true, '行动清单中的编号（模板已列出）', 'the action ID (listed in the template)'),
      col('title', '行动名称', 'label', false, '名称（仅供参考，不读取）', 'title (for reference; not read)'),
      {
        field: 'status',
        headerZh: '状态',
        aliasesZh: [],
        kind: 'choice',
        required: false,
        choices: [
          { value: 'not_started', zh: ['未开始'] },
          { value: 'in_progress', zh: ['进行中'] },
          { value: 'done', zh: ['已完成'] },
        ],
        hintZh: '未开始、进行中 或 已完成；留空的行不读取',
        hintEn: 'not_started, in_progress or done; rows left blank are not read',
      },
      col('startedOn', '开始日期', 'date', false, '开始日期', 'when work began'),
      col('completedOn', '完成日期', 'date', false, '完成日期（已完成必填）', 'completion date (required for done)'),
      col('updatedOn', '确认日期', 'date', false, '最近确认日期', 'when last confirmed'),
      col('evidence', '佐证材料', 'list', false, '文号、链接等，每行一条或用；分隔', 'document numbers, links: one per line or separated by ；'),
      col('note', '备注', 'text', false, '备注', 'a short note'),
    ],
    prefilled: ['actionId', 'title'],
    hintZh: '保障措施1：每项行动一行',
    hintEn: 'S1: one row per tracked action',
  },
]);

/**
 * The kind of table a sheet or CSV file name names: its Chinese name, an alias, or its `id` (any case), with or
 * without `.csv`.
 *
 * @example
 * ```ts
 * tableKindOf('乡镇（农场）.csv')?.id
 * //=> 'townships'
 * tableKindOf('Townships')?.id
 * //=> 'townships'
 * ```
 * @category Input · 输入数据
 */
export function tableKindOf(name: string): TableKind | undefined {
  const n = norm(name.replace(/\.csv$/i, ''));
  return TABLE_KINDS.find((k) => [k.id, k.sheetZh, ...k.aliases].some((x) => norm(x) === n));
}

function norm(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

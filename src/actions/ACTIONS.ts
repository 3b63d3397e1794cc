import { deepFreeze } from '../_lib/deepFreeze';
import { showValue } from '../_lib/showValue';
import type { CalendarDate } from '../period/CalendarDate';
import type { ActionDefinition } from './ActionDefinition';

const DUE_2025 = '2025-12-31' as CalendarDate;

/**
 * Every tracked action's ID, in catalogue order (the plan's order). The tuple is frozen.
 *
 * @clause S1
 * @category Safeguards · 保障措施
 * @example
 * ```ts
 * ACTION_IDS.slice(0, 2)
 * //=> ['t1-joint-meeting-system', 't1-consultation-system']
 * ```
 */
export const ACTION_IDS = deepFreeze([
  't1-joint-meeting-system',
  't1-consultation-system',
  't1-regional-party-building',
  't1-double-report',
  't1-property-coordination',
  't2-social-forces-action',
  't2-open-unit-resources',
  't3-one-window',
  't3-facility-operation',
  't3-instant-response',
  't3-government-purchase',
  't3-good-bad-review',
  't3-demand-matching-evaluation',
  'p2-1-theme-activities',
  'p2-2-volunteer-matching-platform',
  'p2-3-social-work-rooms',
  't4-public-health-committees',
  't4-employment-information-system',
  't4-lifelong-learning-platform',
  't4-housekeeping-outlets',
  't5-cadres-plan-hometown',
  't5-waste-sorting',
  't5-toilet-revolution',
  't5-border-model-villages',
  't5-green-families',
  't6-embedded-communities',
  't6-common-language',
  't7-grid-management',
  't7-emergency-system',
  't7-emergency-shelters',
  't7-micro-fire-stations',
  't7-anti-cult',
  't7-minor-guardianship',
  'p3-2-home-care-network',
  'p3-2-age-friendly-communities',
  'p3-3-child-friendly-communities',
  'p3-3-youth-homes',
  'p3-3-parent-schools',
  'p3-4-mental-health-purchase',
  'p3-4-barrier-free',
  'p3-5-employment-spaces',
  'p3-6-community-hospitals',
  'p3-7-learning-organisations',
  'p3-8-cultural-service-centres',
  'p3-10-science-popularisation',
  'p3-11-co-located-police-offices',
  'p3-11-safe-villages',
  'p3-12-legal-understanders',
  'p3-13-emergency-drills',
  'p3-15-convenience-circle',
  'p3-17-three-lists',
  't8-spatial-planning',
  't8-health-elderly-adjacent',
  't8-age-child-friendly-retrofit',
  't8-parcel-lockers',
  't8-open-plan-offices',
  'p4-1-village-facilities',
  'p4-3-old-estates',
  't9-self-service-devices',
  't9-smart-community-system',
  't9-open-data',
  't9-elderly-digital-help',
  't9-online-service-evaluation',
  'p5-1-command-platform',
  'p5-2-smart-community-pilots',
  'p5-2-three-level-logistics',
  'p5-3-modern-service-pilots',
  't10-qualification-review',
  't10-secretary-reserve',
  't10-staffing-standard',
  't10-returning-talent',
  't11-tiered-training',
  't11-quality-courses',
  't12-competency-system',
  't12-sunshine-project',
  't12-big-post-system',
  't12-raise-cadre-pay',
  't12-post-salary-system',
  'p6-1-training-monitoring',
  'p6-2-volunteer-system',
  'p6-3-demonstration-stations',
  's1-annual-task-list',
  's1-decompose-targets',
  's2-reserved-land',
  's2-preferential-policies',
  's3-village-station-standard',
  's3-power-lists',
  's3-quality-evaluation',
  's3-credit-system',
  's3-service-archives',
  's4-target-responsibility',
] as const);

/**
 * The ID of one tracked action: a literal union, so a mistyped ID does not compile.
 *
 * @clause S1
 * @category Safeguards · 保障措施
 * @example
 * ```ts
 * const id: ActionId = 'p3-17-three-lists';
 * getAction(id).titleZh
 * //=> '“三项清单”工作制度'
 * ```
 */
export type ActionId = (typeof ACTION_IDS)[number];

/*
 * The plan's commitments that carry no number (建立, 健全, 推广, 普遍建立, 逐步提高, 探索 …), in the plan's order. Each
 * `quote` is checked verbatim against its clause by test/actions/ACTIONS.test.ts. Commitments with a number or a
 * 全覆盖 are rules (src/rules), not actions.
 */
const LIST = [
  // T1 加强党的全面领导
  { id: 't1-joint-meeting-system', clause: 'T1', quote: '建立健全乡镇（农场）党委牵头的社区党建工作联席会议制度', titleZh: '乡镇（农场）党委牵头的社区党建工作联席会议制度', titleEn: 'Joint meeting system on community Party building led by township Party committees', cadence: 'once' },
  { id: 't1-consultation-system', clause: 'T1', quote: '全面落实党领导下的城乡社区协商制度', titleZh: '落实城乡社区协商制度', titleEn: 'Community consultation under Party leadership', cadence: 'ongoing' },
  { id: 't1-regional-party-building', clause: 'T1', quote: '建立区域化党建协调机制', titleZh: '区域化党建协调机制', titleEn: 'Regional Party-building coordination mechanism', cadence: 'once' },
  { id: 't1-double-report', clause: 'T1', quote: '常态化开展“双报到双服务双报告”工作', titleZh: '常态化开展“双报到双服务双报告”', titleEn: 'Regular "double report, double service, double report-back" work', cadence: 'ongoing' },
  { id: 't1-property-coordination', clause: 'T1', quote: '推动有物业服务的社区建立健全党建引领下的社区居民委员会、业主委员会、物业服务企业协调运行机制', titleZh: '居委会、业委会、物业企业协调运行机制', titleEn: "Coordination of residents' committees, owners' committees and property firms", cadence: 'once' },
  // T2 构建多元主体参与的服务格局
  { id: 't2-social-forces-action', clause: 'T2', quote: '组织实施社会力量参与社区服务行动', titleZh: '社会力量参与社区服务行动', titleEn: 'Action for social forces to take part in community services', cadence: 'ongoing' },
  { id: 't2-open-unit-resources', clause: 'T2', quote: '支持引导驻区单位向社区居民开放停车场地、文化体育设施、会议活动场地等资源', titleZh: '驻区单位向居民开放资源', titleEn: 'Local institutions open parking, sports and meeting facilities to residents', cadence: 'ongoing' },
  // T3 推动服务机制改革创新
  { id: 't3-one-window', clause: 'T3', quote: '全面推行“一窗”受理和“一站”办理', titleZh: '全面推行“一窗”受理和“一站”办理', titleEn: 'One-window acceptance and one-stop handling', cadence: 'once' },
  { id: 't3-facility-operation', clause: 'T3', quote: '创新城乡社区综合服务设施运营机制', titleZh: '创新社区综合服务设施运营机制', titleEn: 'New operating mechanisms for community service facilities', cadence: 'ongoing' },
  { id: 't3-instant-response', clause: 'T3', quote: '逐步完善即时响应机制', titleZh: '逐步完善即时响应机制', titleEn: 'Instant-response mechanism', cadence: 'ongoing' },
  { id: 't3-government-purchase', clause: 'T3', quote: '将城乡社区服务纳入政府购买服务', titleZh: '社区服务纳入政府购买服务', titleEn: 'Community services in government procurement of services', cadence: 'once' },
  { id: 't3-good-bad-review', clause: 'T3', quote: '推广社区服务“好差评”评价激励制度', titleZh: '推广社区服务“好差评”', titleEn: '"Good or bad" service rating system', cadence: 'ongoing' },
  { id: 't3-demand-matching-evaluation', clause: 'T3', quote: '普遍建立精准匹配村（社区）居民需求的评价机制', titleZh: '普遍建立精准匹配居民需求的评价机制', titleEn: "Evaluation matched to residents' needs, established widely", cadence: 'once' },
  // 专栏2
  { id: 'p2-1-theme-activities', clause: 'P2.1', quote: '实施一批项目计划', titleZh: '实施一批社区社会组织项目计划', titleEn: 'A set of projects for community social organisations', cadence: 'ongoing' },
  { id: 'p2-2-volunteer-matching-platform', clause: 'P2.2', quote: '搭建志愿服务组织（者）、服务对象和服务项目对接平台', titleZh: '志愿服务对接平台', titleEn: 'Platform matching volunteers, clients and projects', cadence: 'once' },
  { id: 'p2-3-social-work-rooms', clause: 'P2.3', quote: '依托社区综合服务设施建立社会工作室', titleZh: '依托社区综合服务设施建立社会工作室', titleEn: 'Social work rooms in community service facilities', cadence: 'once' },
  // T4 服务民生保障
  { id: 't4-public-health-committees', clause: 'T4', quote: '健全村（居）民委员会下属公共卫生委员会', titleZh: '村（居）委会公共卫生委员会', titleEn: 'Public health committees of village and residents\' committees', cadence: 'once' },
  { id: 't4-employment-information-system', clause: 'T4', quote: '建设集中统一的公共就业服务信息系统', titleZh: '公共就业服务信息系统', titleEn: 'Unified public employment service information system', cadence: 'once' },
  { id: 't4-lifelong-learning-platform', clause: 'T4', quote: '搭建终身教育数字化学习公共服务平台', titleZh: '终身教育数字化学习平台', titleEn: 'Digital lifelong-learning platform', cadence: 'once' },
  { id: 't4-housekeeping-outlets', clause: 'T4', quote: '支持家政企业在村（社区）设置服务网点', titleZh: '家政企业在村（社区）设服务网点', titleEn: 'Housekeeping service outlets in villages and communities', cadence: 'ongoing' },
  // T5 服务美丽家园建设
  { id: 't5-cadres-plan-hometown', clause: 'T5', quote: '开展“干部规划家乡”行动', titleZh: '“干部规划家乡”行动', titleEn: '"Cadres plan their home towns" action', cadence: 'ongoing' },
  { id: 't5-waste-sorting', clause: 'T5', quote: '推动生活垃圾分类处理', titleZh: '生活垃圾分类处理', titleEn: 'Household waste sorting', cadence: 'ongoing' },
  { id: 't5-toilet-revolution', clause: 'T5', quote: '推进农村厕所革命', titleZh: '农村厕所革命', titleEn: 'Rural toilet revolution', cadence: 'ongoing' },
  { id: 't5-border-model-villages', clause: 'T5', quote: '建设一批现代化边境小康示范村', titleZh: '建设一批现代化边境小康示范村', titleEn: 'Modern, well-off border model villages', cadence: 'ongoing' },
  { id: 't5-green-families', clause: 'T5', quote: '开展“绿色家庭”创建活动', titleZh: '“绿色家庭”创建', titleEn: '"Green family" campaign', cadence: 'ongoing' },
  // T6 服务民族团结进步
  { id: 't6-embedded-communities', clause: 'T6', quote: '加快构建互嵌式社区环境', titleZh: '构建互嵌式社区环境', titleEn: 'Mutually embedded community environments', cadence: 'ongoing' },
  { id: 't6-common-language', clause: 'T6', quote: '全面推广普及国家通用语言文字', titleZh: '推广普及国家通用语言文字', titleEn: 'National common language and script', cadence: 'ongoing' },
  // T7 服务平安建设
  { id: 't7-grid-management', clause: 'T7', quote: '健全完善网格化服务管理机制', titleZh: '网格化服务管理机制', titleEn: 'Grid-based service management', cadence: 'once' },
  { id: 't7-emergency-system', clause: 'T7', quote: '建立和完善村（社区）突发公共事件预警机制和应急管理制度', titleZh: '突发公共事件预警和应急管理制度', titleEn: 'Early warning and emergency management', cadence: 'once' },
  { id: 't7-emergency-shelters', clause: 'T7', quote: '加强应急避难场所建设', titleZh: '应急避难场所建设', titleEn: 'Emergency shelters', cadence: 'ongoing' },
  { id: 't7-micro-fire-stations', clause: 'T7', quote: '建立村（社区）微型消防站', titleZh: '村（社区）微型消防站', titleEn: 'Micro fire stations in villages and communities', cadence: 'once' },
  { id: 't7-anti-cult', clause: 'T7', quote: '加强村（社区）反邪教工作能力建设', titleZh: '反邪教工作能力建设', titleEn: 'Anti-cult work capacity', cadence: 'ongoing' },
  { id: 't7-minor-guardianship', clause: 'T7', quote: '建立健全发现报告和家庭监护监督制度', titleZh: '发现报告和家庭监护监督制度', titleEn: 'Reporting and family guardianship supervision for minors', cadence: 'once' },
  // 专栏3
  { id: 'p3-2-home-care-network', clause: 'P3.2', quote: '支持一批县级建设连锁化运营、标准化管理的示范性社区居家养老服务网络', titleZh: '示范性社区居家养老服务网络', titleEn: 'Model chain-operated home-based elderly-care network', cadence: 'ongoing' },
  { id: 'p3-2-age-friendly-communities', clause: 'P3.2', quote: '积极开展老年友好型社区创建', titleZh: '老年友好型社区创建', titleEn: 'Age-friendly communities', cadence: 'ongoing' },
  { id: 'p3-3-child-friendly-communities', clause: 'P3.3', quote: '推进儿童友好社区建设', titleZh: '儿童友好社区建设', titleEn: 'Child-friendly communities', cadence: 'ongoing' },
  { id: 'p3-3-youth-homes', clause: 'P3.3', quote: '推动在社区普遍建立青年之家和校外实践教育场所', titleZh: '社区普遍建立青年之家和校外实践教育场所', titleEn: 'Youth homes and out-of-school practice venues in communities', cadence: 'once' },
  { id: 'p3-3-parent-schools', clause: 'P3.3', quote: '在村（社区）推广建立家长学校或家庭教育服务站点', titleZh: '推广建立家长学校或家庭教育服务站点', titleEn: 'Parent schools or family-education stations', cadence: 'ongoing' },
  { id: 'p3-4-mental-health-purchase', clause: 'P3.4', quote: '初步建立政府购买精神障碍社区服务制度', titleZh: '初步建立政府购买精神障碍社区服务制度', titleEn: 'Government purchase of community mental-health services', cadence: 'once', due: DUE_2025 },
  { id: 'p3-4-barrier-free', clause: 'P3.4', quote: '同步推进社区无障碍环境建设和改造', titleZh: '社区无障碍环境建设和改造', titleEn: 'Barrier-free community environments', cadence: 'ongoing' },
  { id: 'p3-5-employment-spaces', clause: 'P3.5', quote: '在有条件的村（社区）设立就业创业空间', titleZh: '有条件的村（社区）设立就业创业空间', titleEn: 'Employment and start-up spaces where conditions allow', cadence: 'ongoing' },
  { id: 'p3-6-community-hospitals', clause: 'P3.6', quote: '深入推进“优质服务基层行”活动和社区医院建设', titleZh: '“优质服务基层行”和社区医院建设', titleEn: '"Quality services at the grassroots" and community hospitals', cadence: 'ongoing' },
  { id: 'p3-7-learning-organisations', clause: 'P3.7', quote: '推动开展学习型社区、学习型家庭等各类学习型组织创建活动', titleZh: '学习型组织创建', titleEn: 'Learning communities and families', cadence: 'ongoing' },
  { id: 'p3-8-cultural-service-centres', clause: 'P3.8', quote: '村（社区）普遍建立综合性文化服务中心', titleZh: '村（社区）普遍建立综合性文化服务中心', titleEn: 'Comprehensive cultural service centres established widely', cadence: 'once' },
  { id: 'p3-10-science-popularisation', clause: 'P3.10', quote: '依托社区综合服务设施、社区图书馆等拓展科普服务功能', titleZh: '拓展社区科普服务功能', titleEn: 'Science popularisation in community facilities and libraries', cadence: 'ongoing' },
  { id: 'p3-11-co-located-police-offices', clause: 'P3.11', quote: '推进警务室与村（社区）党群服务中心同址办公', titleZh: '警务室与党群服务中心同址办公', titleEn: 'Police offices co-located with Party-mass service centres', cadence: 'once' },
  { id: 'p3-11-safe-villages', clause: 'P3.11', quote: '开展平安村（社区）创建活动', titleZh: '平安村（社区）创建', titleEn: 'Safe villages and communities campaign', cadence: 'ongoing' },
  { id: 'p3-12-legal-understanders', clause: 'P3.12', quote: '培育乡村“法律明白人”', titleZh: '培育乡村“法律明白人”', titleEn: 'Village "legal understanders"', cadence: 'ongoing' },
  { id: 'p3-13-emergency-drills', clause: 'P3.13', quote: '定期开展防灾减灾、消防安全宣传培训进村（社区）和应急避险、消防演练活动', titleZh: '定期开展防灾减灾宣传培训和消防演练', titleEn: 'Regular disaster-prevention training and fire drills', cadence: 'ongoing' },
  { id: 'p3-15-convenience-circle', clause: 'P3.15', quote: '建设“城市一刻钟便民生活圈”', titleZh: '建设“城市一刻钟便民生活圈”', titleEn: 'Urban quarter-hour (一刻钟) convenience circle', cadence: 'ongoing' },
  { id: 'p3-17-three-lists', clause: 'P3.17', quote: '建立居民需求、服务资源、民生项目“三项清单”工作制度', titleZh: '“三项清单”工作制度', titleEn: '"Three lists" system (needs, resources, projects)', cadence: 'once' },
  // T8 优化服务设施布局 and 专栏4
  { id: 't8-spatial-planning', clause: 'T8', quote: '将社区综合服务设施建设纳入国土空间规划', titleZh: '社区综合服务设施纳入国土空间规划', titleEn: 'Community facilities in territorial spatial plans', cadence: 'once' },
  { id: 't8-health-elderly-adjacent', clause: 'T8', quote: '推动社区卫生服务中心（站）与社区养老服务机构毗邻建设', titleZh: '社区卫生服务中心（站）与养老服务机构毗邻建设', titleEn: 'Health centres built next to elderly-care institutions', cadence: 'ongoing' },
  { id: 't8-age-child-friendly-retrofit', clause: 'T8', quote: '推进社区设施适老化、适儿化改造和无障碍建设', titleZh: '社区设施适老化、适儿化改造', titleEn: 'Elderly- and child-friendly retrofits', cadence: 'ongoing' },
  { id: 't8-parcel-lockers', clause: 'T8', quote: '推进智能快件箱（信包箱）和邮政快递末端综合服务站等建设', titleZh: '智能快件箱和快递末端综合服务站', titleEn: 'Smart parcel lockers and last-mile postal stations', cadence: 'ongoing' },
  { id: 't8-open-plan-offices', clause: 'T8', quote: '精简整合办公空间推行开放式办公，增加居民活动区域面积', titleZh: '精简办公空间，增加居民活动区域', titleEn: 'Open-plan offices, more space for residents', cadence: 'ongoing' },
  { id: 'p4-1-village-facilities', clause: 'P4.1', quote: '加快补齐村级综合服务设施短板', titleZh: '补齐村级综合服务设施短板', titleEn: 'Village service facility gaps closed', cadence: 'ongoing' },
  { id: 'p4-3-old-estates', clause: 'P4.3', quote: '因地制宜补齐城镇老旧小区社区服务设施短板', titleZh: '补齐城镇老旧小区社区服务设施短板', titleEn: 'Service facility gaps in old urban estates closed', cadence: 'ongoing' },
  // T9 发展数字化服务 and 专栏5
  { id: 't9-self-service-devices', clause: 'T9', quote: '加快村（社区）政务自助便利服务设备布局', titleZh: '村（社区）政务自助便利服务设备布局', titleEn: 'Government self-service devices in villages and communities', cadence: 'ongoing' },
  { id: 't9-smart-community-system', clause: 'T9', quote: '集约建设智慧社区信息系统', titleZh: '集约建设智慧社区信息系统', titleEn: 'Shared smart-community information system', cadence: 'once' },
  { id: 't9-open-data', clause: 'T9', quote: '依法依规向村（社区）开放数据资源', titleZh: '向村（社区）开放数据资源', titleEn: 'Open data for villages and communities', cadence: 'ongoing' },
  { id: 't9-elderly-digital-help', clause: 'T9', quote: '解决老年人等特殊群体在运用智能技术方面遇到的突出困难', titleZh: '帮助老年人等运用智能技术', titleEn: 'Help for older people with smart technology', cadence: 'ongoing' },
  { id: 't9-online-service-evaluation', clause: 'T9', quote: '组织开展在线服务评价工作', titleZh: '在线服务评价', titleEn: 'Online service evaluation', cadence: 'ongoing' },
  { id: 'p5-1-command-platform', clause: 'P5.1', quote: '建立一体化的信息系统和综合指挥平台', titleZh: '一体化信息系统和综合指挥平台', titleEn: 'Integrated information system and command platform', cadence: 'once' },
  { id: 'p5-2-smart-community-pilots', clause: 'P5.2', quote: '确定一批智慧社区建设试点单位', titleZh: '确定一批智慧社区建设试点', titleEn: 'Smart-community pilots', cadence: 'once' },
  { id: 'p5-2-three-level-logistics', clause: 'P5.2', quote: '健全县、乡、村三级物流网络', titleZh: '县、乡、村三级物流网络', titleEn: 'County, township and village logistics network', cadence: 'once' },
  { id: 'p5-3-modern-service-pilots', clause: 'P5.3', quote: '确定一批现代社区服务建设试点单位', titleZh: '确定一批现代社区服务建设试点', titleEn: 'Modern community service pilots', cadence: 'once' },
  // T10 配齐配强工作队伍
  { id: 't10-qualification-review', clause: 'T10', quote: '全面落实村（社区）“两委”班子成员资格联审机制', titleZh: '“两委”班子成员资格联审', titleEn: 'Joint qualification review of committee members', cadence: 'ongoing' },
  { id: 't10-secretary-reserve', clause: 'T10', quote: '建立健全村（社区）党组织书记后备人才库', titleZh: '党组织书记后备人才库', titleEn: 'Reserve pool of Party secretaries', cadence: 'once' },
  { id: 't10-staffing-standard', clause: 'T10', quote: '合理确定社区工作者配备标准', titleZh: '确定社区工作者配备标准', titleEn: 'Staffing standard for community workers', cadence: 'once' },
  { id: 't10-returning-talent', clause: 'T10', quote: '实施乡村人才“归雁”工程', titleZh: '乡村人才“归雁”工程', titleEn: '"Returning geese" rural talent programme', cadence: 'ongoing' },
  // T11 加强人才教育培训
  { id: 't11-tiered-training', clause: 'T11', quote: '落实分类分级培训制度', titleZh: '落实分类分级培训制度', titleEn: 'Tiered training system', cadence: 'ongoing' },
  { id: 't11-quality-courses', clause: 'T11', quote: '依托各级各类干部网络培训平台开发社区服务精品课程', titleZh: '开发社区服务精品课程', titleEn: 'High-quality online courses on community services', cadence: 'ongoing' },
  // T12 健全管理激励机制
  { id: 't12-competency-system', clause: 'T12', quote: '建立健全社区工作者能力指标体系', titleZh: '社区工作者能力指标体系', titleEn: 'Competency framework for community workers', cadence: 'once' },
  { id: 't12-sunshine-project', clause: 'T12', quote: '推进村级事务“阳光工程”', titleZh: '村级事务“阳光工程”', titleEn: 'Village affairs "sunshine project"', cadence: 'ongoing' },
  { id: 't12-big-post-system', clause: 'T12', quote: '全面推行村级组织“大岗位制”', titleZh: '村级组织“大岗位制”', titleEn: 'Broad-post system in village organisations', cadence: 'once' },
  { id: 't12-raise-cadre-pay', clause: 'T12', quote: '逐步提高村干部待遇', titleZh: '逐步提高村干部待遇', titleEn: "Village cadres' pay raised step by step", cadence: 'ongoing' },
  { id: 't12-post-salary-system', clause: 'T12', quote: '建立岗位薪酬制度并完善动态调整和职业成长机制', titleZh: '社区工作者岗位薪酬制度', titleEn: 'Post-based salary system with adjustment and career growth', cadence: 'once' },
  // 专栏6
  { id: 'p6-1-training-monitoring', clause: 'P6.1', quote: '依托全国基层政权建设和社区治理信息系统建立健全社区工作者培训监测机制', titleZh: '社区工作者培训监测机制', titleEn: 'Monitoring of community worker training', cadence: 'once' },
  { id: 'p6-2-volunteer-system', clause: 'P6.2', quote: '探索建立社区志愿者招募、使用、激励等制度', titleZh: '社区志愿者招募、使用、激励制度', titleEn: 'Recruiting, deploying and rewarding volunteers', cadence: 'once' },
  { id: 'p6-3-demonstration-stations', clause: 'P6.3', quote: '社会工作服务示范站建设', titleZh: '社会工作服务示范站建设', titleEn: 'Model social work stations', cadence: 'ongoing' },
  // 保障措施
  { id: 's1-annual-task-list', clause: 'S1', quote: '要制定规划实施年度任务清单和工作台账', titleZh: '制定年度任务清单和工作台账', titleEn: 'Annual task list and work ledger', cadence: 'ongoing' },
  { id: 's1-decompose-targets', clause: 'S1', quote: '分解落实规划目标任务', titleZh: '分解落实规划目标任务', titleEn: "Plan's targets and tasks assigned to departments", cadence: 'once' },
  { id: 's2-reserved-land', clause: 'S2', quote: '落实新建及改建住宅小区预留社区组织工作用房和居民公益性服务设施建设用地的规定', titleZh: '新建及改建住宅小区预留社区用房和用地', titleEn: 'Space and land reserved in new and rebuilt estates', cadence: 'ongoing' },
  { id: 's2-preferential-policies', clause: 'S2', quote: '落实城乡社区服务税收、公用事业收费、用工保险和社会组织登记等优惠政策', titleZh: '落实社区服务税收等优惠政策', titleEn: 'Tax, utility, insurance and registration preferences', cadence: 'ongoing' },
  { id: 's3-village-station-standard', clause: 'S3', quote: '制定实施村级便民服务站建设标准', titleZh: '村级便民服务站建设标准', titleEn: 'Building standard for village service stations', cadence: 'once' },
  { id: 's3-power-lists', clause: 'S3', quote: '优化完善乡镇（农场）、村（社区）权责清单', titleZh: '乡镇（农场）、村（社区）权责清单', titleEn: 'Lists of powers and duties', cadence: 'once' },
  { id: 's3-quality-evaluation', clause: 'S3', quote: '研究制定社区服务质量综合评价体系', titleZh: '社区服务质量综合评价体系', titleEn: 'Community service quality evaluation system', cadence: 'once' },
  { id: 's3-credit-system', clause: 'S3', quote: '探索建立养老、托育、家政、物业等领域社区服务信用管理体系', titleZh: '社区服务信用管理体系', titleEn: 'Credit management of community services', cadence: 'once' },
  { id: 's3-service-archives', clause: 'S3', quote: '加强村（社区）服务档案建设', titleZh: '村（社区）服务档案建设', titleEn: 'Service archives of villages and communities', cadence: 'ongoing' },
  { id: 's4-target-responsibility', clause: 'S4', quote: '将本规划实施情况纳入目标责任考核内容', titleZh: '规划实施纳入目标责任考核', titleEn: 'Plan implementation in target-responsibility assessment', cadence: 'once' },
] as const satisfies readonly (ActionDefinition & { readonly id: ActionId })[];


/**
 * Every tracked action of the plan (commitments without a number), in the plan's order, deep-frozen.
 *
 * @clause S1
 * @clause P3.8
 * @clause T9
 * @category Safeguards · 保障措施
 * @example
 * ```ts
 * ACTIONS.filter((a) => a.clause === 'P3.17').map((a) => a.quote)
 * //=> ['建立居民需求、服务资源、民生项目“三项清单”工作制度']
 * ```
 */
export const ACTIONS: readonly (ActionDefinition & { readonly id: ActionId })[] = /* @__PURE__ */ (() => {
  if (LIST.map((a) => a.id).join() !== ACTION_IDS.join()) throw new Error('ACTION_IDS is out of date with ACTIONS');
  return deepFreeze(LIST as readonly (ActionDefinition & { readonly id: ActionId })[]);
})();

const BY_ID: ReadonlyMap<string, ActionDefinition & { readonly id: ActionId }> = /* @__PURE__ */ new Map(ACTIONS.map((a) => [a.id, a]));

/**
 * Whether a value is a tracked action's ID.
 *
 * @clause S1
 * @category Safeguards · 保障措施
 * @example
 * ```ts
 * isActionId('t9-self-service-devices')
 * //=> true
 * ```
 */
export function isActionId(value: unknown): value is ActionId {
  // Map#has compares by SameValueZero, so a value that is not a string never matches one of the string keys.
  return (BY_ID as ReadonlyMap<unknown, unknown>).has(value);
}

/**
 * One tracked action by its ID.
 *
 * @throws RangeError when called (from untyped code) with an unknown ID.
 * @clause S1
 * @category Safeguards · 保障措施
 * @example
 * ```ts
 * getAction('p3-4-mental-health-purchase').due
 * //=> '2025-12-31'
 * ```
 */
export function getAction(id: ActionId): ActionDefinition & { readonly id: ActionId } {
  const a = BY_ID.get(id);
  if (a === undefined) throw new RangeError(`Unknown action ID: ${showValue(id)}`);
  return a;
}

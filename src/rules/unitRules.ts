/**
 * Rules checked on every village-level unit (村民委员会 or 社区居民委员会): services (T3), associations and coverage
 * (专栏3), staffing (专栏3 item 11 and 12, T10, 专栏6) and pay and insurance (T12). The subject of each result is the
 * unit's code; every unit gets one result per rule (`not_applicable` where the rule does not cover it).
 *
 * @module
 */
import type { CalendarDate } from '../period/CalendarDate';
import type { Snapshot } from '../snapshot/snapshotSchema';
import type { Unit } from '../snapshot/unitSchema';
import { findVillageUnit } from '../units/findUnit';
import { type CoreRule, dueNote, dueOf, notApplicable, result, type RuleCore, type RuleTextTable, type UnitFilter, unmetStatus } from './_lib/rule';
import {
  coverCode,
  defineUnitRule,
  DYNAMIC,
  FAIL,
  fieldOnce,
  filterCode,
  filteredOut,
  MISSING,
  missingCode,
  missingFor,
  NOT_APPLICABLE,
  PASS,
  PENDING,
  simpleStatus,
  type SimpleCheck,
  type UnitCheck,
} from './_lib/unitCheck';
import { fieldId } from './_lib/fields';
import { countRule, flagRule, type CountField } from './_lib/unitKit';
import { gapWords } from './_lib/gapWords';
import { wholeGap } from './_lib/gaps';
import { countMeasure, measureFor } from './_lib/measure';
import type { RuleId } from './RULE_IDS';
import type { ResolvedRuleOptions } from './RuleOptions';
import type { RuleInterpretation, RuleResult } from './types';
import { subjectEn, subjectZh } from './_lib/subject';

const DUE_2025 = '2025-12-31' as CalendarDate;
/** The plan's general target date, “到2025年末” (发展目标, R3), for targets whose clause states no date. */
const PLAN_END = '2025-12-31' as CalendarDate;
const PLAN_START = '2021-01-01';
const ALL = (): UnitFilter => 'all';
const M_SURVEY = Object.freeze(['lastSatisfactionSurveyOn']);
const M_COMMITTEE = Object.freeze(['committeeType']);
const M_PLAN = Object.freeze(['villagePlanCompleted']);
const M_HEAVY = Object.freeze(['heavyEthnicReligiousWork']);
const M_OFFICERS = Object.freeze(['ethnicReligiousOfficers']);
const M_CADRE = Object.freeze(['cadrePay']);
const M_WORKERS = Object.freeze(['communityWorkers']);
const RURAL = (): UnitFilter => 'rural';

const UNDATED_NOTE_ZH = '本句未写期限，按发展目标“到2025年末”视为 2025-12-31 到期（选项 undatedTargets）。';
const UNDATED_NOTE_EN = 'The sentence states no date; it is read as due by the plan\'s general target date 2025-12-31 (“到2025年末”, option undatedTargets).';

// ---------------------------------------------------------------------------------------------------------------
// T3
// ---------------------------------------------------------------------------------------------------------------

const proxyService = flagRule({
  def: {
    id: 't3-proxy-government-service',
    clause: 'T3',
    relatedClauses: [],
    titleZh: '政务代办服务村（社区）全覆盖',
    titleEn: 'Proxy government services in every village and community',
    scope: 'unit',
    appliesTo: 'all',
    impliedDue: PLAN_END,
    severity: 'binding',
    cadence: 'target',
  },
  field: 'hasProxyGovernmentService',
  filter: ALL,
  haveZh: '已提供政务代办服务',
  haveEn: 'proxy government services are available',
  lackZh: '尚未提供政务代办服务',
  lackEn: 'no proxy government services yet',
});

const online24h = flagRule({
  def: {
    id: 't3-online-service-24h',
    clause: 'T3',
    relatedClauses: ['T9'],
    titleZh: '群众关切项目开展24小时线上服务',
    titleEn: 'Matters of public concern served online 24 hours a day',
    scope: 'unit',
    appliesTo: 'all',
    severity: 'binding',
    cadence: 'standard',
    threshold: { comparator: 'at_least', value: '24', unit: 'hours_per_day', printed: '24小时' },
  },
  field: 'hasOnlineService24h',
  filter: ALL,
  haveZh: '群众关切项目已开展24小时线上服务',
  haveEn: 'matters of public concern are served online 24 hours a day',
  lackZh: '群众关切项目未开展24小时线上服务',
  lackEn: 'matters of public concern are not served online 24 hours a day',
});

const surveyDef: RuleCore = {
  id: 't3-satisfaction-survey',
  clause: 'T3',
  relatedClauses: [],
  titleZh: '社区服务群众满意度调查覆盖所有村（社区）',
  titleEn: 'Resident satisfaction survey of community services in every village and community',
  scope: 'unit',
  appliesTo: 'all',
  impliedDue: PLAN_END,
  severity: 'binding',
  cadence: 'target',
};

function surveyCheck(snapshot: Snapshot, o: ResolvedRuleOptions): UnitCheck {
  const def = surveyDef;
  const asOf = snapshot.asOf;
  const year = asOf.slice(0, 4);
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  // asOf's year is 1900–2100 (a validated date), so the year before has four digits too.
  const lower = `${Number(year) - 1}${asOf.slice(4)}`;
  const window = o.surveyWindow;
  const calendar = window === 'calendar_year';
  const period = window === 'plan_period';
  const due = period ? dueOf(def, o) : yearEnd;
  const expected = period ? `survey since ${PLAN_START}` : calendar ? `survey in ${year}` : `survey after ${lower}`;
  const unmet = (period || calendar) && unmetStatus(asOf, due) === 'pending' ? PENDING : FAIL;
  const missing = [DYNAMIC, M_SURVEY];
  // Dates are validated YYYY-MM-DD strings, so comparing them as strings compares the days.
  const from = period ? PLAN_START : yearStart;
  const status = (unit: Unit): number => {
    const d = unit.lastSatisfactionSurveyOn;
    if (d === undefined) return missingCode(1);
    const ok = period || calendar ? d >= from && d <= asOf : d > lower && d <= asOf;
    return ok ? PASS : unmet;
  };
  const build = (unit: Unit): RuleResult => {
    const code = unit.code;
    const s = status(unit);
    const d = unit.lastSatisfactionSurveyOn as string;
    if ((s & 7) === MISSING) return missingFor(def, code, s, missing, expected);
    if (s === PASS) return result(def, code, 'pass', d, expected, `${subjectZh(code)}：${d} 开展过群众满意度调查`, `${subjectEn(code)}: resident satisfaction survey held on ${d}`);
    if (period) {
      const st = s === PENDING ? 'pending' : 'fail';
      const n = dueNote(st, due);
      return result(def, code, st, d, expected, `${subjectZh(code)}：规划期内（${PLAN_START} 起）尚未开展群众满意度调查（最近一次 ${d}）${n.zh}`, `${subjectEn(code)}: no resident satisfaction survey in the plan period (since ${PLAN_START}) yet (latest ${d})${n.en}`);
    }
    if (calendar) {
      const st = s === PENDING ? 'pending' : 'fail';
      const n = dueNote(st, yearEnd);
      return result(def, code, st, d, expected, `${subjectZh(code)}：${year}年尚未开展群众满意度调查（最近一次 ${d}）${n.zh}`, `${subjectEn(code)}: no resident satisfaction survey in ${year} yet (latest ${d})${n.en}`);
    }
    return result(def, code, 'fail', d, expected, `${subjectZh(code)}：${lower} 之后12个月内未开展群众满意度调查（最近一次 ${d}）`, `${subjectEn(code)}: no resident satisfaction survey in the 12 months after ${lower} (latest ${d})`);
  };
  return { def, status, build, missing };
}

const survey = defineUnitRule(surveyDef, surveyCheck);

// ---------------------------------------------------------------------------------------------------------------
// T7
// ---------------------------------------------------------------------------------------------------------------

const legalServices = flagRule({
  def: {
    id: 't7-legal-services',
    clause: 'T7',
    relatedClauses: ['P3.12'],
    titleZh: '村（社区）普法宣传、人民调解、法律援助等法律服务全覆盖',
    titleEn: 'Legal education, mediation and legal aid reach every village and community',
    scope: 'unit',
    appliesTo: 'all',
    impliedDue: PLAN_END,
    severity: 'binding',
    cadence: 'target',
  },
  field: 'hasPublicLegalServices',
  filter: ALL,
  haveZh: '普法宣传、人民调解、法律援助等法律服务已覆盖',
  haveEn: 'legal education, mediation and legal aid reach the unit',
  lackZh: '法律服务尚未覆盖',
  lackEn: 'legal services do not yet reach the unit',
});

// ---------------------------------------------------------------------------------------------------------------
// 专栏3
// ---------------------------------------------------------------------------------------------------------------

const disabledAssociation = flagRule({
  def: {
    id: 'p3-4-disabled-persons-association',
    clause: 'P3.4',
    relatedClauses: [],
    titleZh: '村（社区）残疾人协会全覆盖',
    titleEn: "A disabled persons' association in every village and community",
    scope: 'unit',
    appliesTo: 'all',
    impliedDue: PLAN_END,
    severity: 'binding',
    cadence: 'target',
  },
  field: 'hasDisabledPersonsAssociation',
  filter: ALL,
  haveZh: '已成立残疾人协会',
  haveEn: "has a disabled persons' association",
  lackZh: '尚未成立残疾人协会',
  lackEn: "has no disabled persons' association yet",
});

const fitnessCircle = flagRule({
  def: {
    id: 'p3-9-fitness-circle',
    clause: 'P3.9',
    relatedClauses: [],
    titleZh: '社区“15分钟健身圈”全覆盖',
    titleEn: 'The 15-minute fitness circle covers every community',
    scope: 'unit',
    appliesTo: 'all',
    impliedDue: PLAN_END,
    severity: 'binding',
    cadence: 'target',
  },
  field: 'inFitnessCircle',
  filter: (o) => o.fitnessCircleCommunities,
  haveZh: '已在“15分钟健身圈”覆盖范围内',
  haveEn: 'is covered by a 15-minute fitness circle',
  lackZh: '尚未被“15分钟健身圈”覆盖',
  lackEn: 'is not yet covered by a 15-minute fitness circle',
});

const POLICE_QUOTE = '深入推广城区“一区一警两辅警”和农村“一村一辅警”模式';
const POLICE_NOTE = {
  noteZh: '“推广”一种模式，属倡导性要求（soft）；“城区”按城市社区、“农村”按农村社区（选项 classifyBy）。' + UNDATED_NOTE_ZH,
  noteEn: 'The plan promotes (推广) a model, a softened requirement; 城区 is read as urban communities and 农村 as rural ones (option classifyBy). ' + UNDATED_NOTE_EN,
};

/**
 * The urban police rules: the farm's four residents' committees count as 城区 communities unless the option says not.
 * Pure (it reads POLICE_NOTE's properties), so that a bundle without the catalogue drops it.
 */
const URBAN_POLICE_NOTE = /* @__PURE__ */ (() => ({
  noteZh:
    POLICE_NOTE.noteZh +
    '陇川农场的4个社区居民委员会（533124400001—004）默认计为城市社区，同样按“一区一警两辅警”检查；可选 farmCommunities 为 exclude，不计入。',
  noteEn:
    POLICE_NOTE.noteEn +
    " The four 社区居民委员会 of 陇川农场 (533124400001–004) count as urban communities by default; option farmCommunities 'exclude' leaves them out.",
  option: 'farmCommunities',
  default: 'include',
  alternatives: ['exclude'],
}) as const)();

/** Urban communities, without the farm's under farmCommunities 'exclude'. */
const URBAN_POLICE = (o: ResolvedRuleOptions): UnitFilter => (o.farmCommunities === 'exclude' ? 'urban_no_farm' : 'urban');

const ruralAuxiliaryPolice = countRule({
  def: {
    id: 'p3-11-rural-auxiliary-police',
    clause: 'P3.11',
    relatedClauses: ['T7'],
    titleZh: '农村“一村一辅警”',
    titleEn: 'One auxiliary police officer per village',
    scope: 'unit',
    appliesTo: 'rural',
    impliedDue: PLAN_END,
    severity: 'soft',
    severityWord: '推广',
    cadence: 'target',
    threshold: { comparator: 'at_least', value: '1', unit: 'count', printed: '一村一辅警' },
  },
  field: 'auxiliaryPoliceOfficers',
  filter: RURAL,
  nounZh: '辅警',
  nounEn: 'auxiliary police officer(s)',
  gapUnit: 'persons',
});

const urbanCommunityPolice = countRule({
  def: {
    id: 'p3-11-urban-community-police',
    clause: 'P3.11',
    relatedClauses: ['T7'],
    titleZh: '城区“一区一警两辅警”：社区民警',
    titleEn: 'Urban “one police officer and two auxiliaries per community”: the police officer',
    scope: 'unit',
    appliesTo: 'urban',
    impliedDue: PLAN_END,
    severity: 'soft',
    severityWord: '推广',
    cadence: 'target',
    threshold: { comparator: 'at_least', value: '1', unit: 'count', printed: '一区一警' },
  },
  field: 'communityPoliceOfficers',
  filter: URBAN_POLICE,
  nounZh: '社区民警',
  nounEn: 'community police officer(s)',
  gapUnit: 'persons',
});

const urbanAuxiliaryPolice = countRule({
  def: {
    id: 'p3-11-urban-auxiliary-police',
    clause: 'P3.11',
    relatedClauses: ['T7'],
    titleZh: '城区“一区一警两辅警”：两名辅警',
    titleEn: 'Urban “one police officer and two auxiliaries per community”: the two auxiliaries',
    scope: 'unit',
    appliesTo: 'urban',
    impliedDue: PLAN_END,
    severity: 'soft',
    severityWord: '推广',
    cadence: 'target',
    threshold: { comparator: 'at_least', value: '2', unit: 'count', printed: '两辅警' },
  },
  field: 'auxiliaryPoliceOfficers',
  filter: URBAN_POLICE,
  nounZh: '辅警',
  nounEn: 'auxiliary police officer(s)',
  gapUnit: 'persons',
});

const legalAdviser = countRule({
  def: {
    id: 'p3-12-legal-adviser',
    clause: 'P3.12',
    relatedClauses: ['T7'],
    titleZh: '一村（社区）一法律顾问',
    titleEn: 'One legal adviser for every village and community',
    scope: 'unit',
    appliesTo: 'all',
    severity: 'binding',
    cadence: 'standard',
    threshold: { comparator: 'at_least', value: '1', unit: 'count', printed: '一村（社区）一法律顾问' },
  },
  field: 'legalAdvisers',
  filter: ALL,
  nounZh: '法律顾问',
  nounEn: 'legal adviser(s)',
  gapUnit: 'persons',
});

// ---------------------------------------------------------------------------------------------------------------
// 专栏3 item 16, per village: 到2025年，完成全县68个行政村村庄规划编制
// ---------------------------------------------------------------------------------------------------------------

const VILLAGE_PLAN_QUOTE = '到2025年，完成全县68个行政村村庄规划编制';

const villagePlanDef: RuleCore = {
  id: 'p3-16-village-plan',
  clause: 'P3.16',
  relatedClauses: ['T5'],
  titleZh: '每个行政村完成村庄规划编制',
  titleEn: 'A village plan compiled for every administrative village',
  scope: 'unit',
  appliesTo: 'rural',
  due: DUE_2025,
  severity: 'binding',
  cadence: 'target',
};

function villagePlanCheck(snapshot: Snapshot, o: ResolvedRuleOptions): UnitCheck {
  const def = villagePlanDef;
  const due = dueOf(def, o);
  const unmet = unmetStatus(snapshot.asOf, due) === 'pending' ? PENDING : FAIL;
  const missing = [DYNAMIC, M_COMMITTEE, M_PLAN];
  // By committee type whatever classifyBy says (an administrative village is a 村民委员会).
  const status = (unit: Unit): number => {
    const kind = unit.committeeType ?? findVillageUnit(unit.code)?.kind;
    if (kind === undefined) return missingCode(1);
    if (kind === 'resident_committee') return NOT_APPLICABLE;
    const v = unit.villagePlanCompleted;
    return v === undefined ? missingCode(2) : v ? PASS : unmet;
  };
  const build = (unit: Unit): RuleResult => {
    const code = unit.code;
    const s = status(unit);
    switch (s & 7) {
      case MISSING:
        return missingFor(def, code, s, missing, 'true');
      case NOT_APPLICABLE:
        return notApplicable(def, code, '社区居民委员会不是行政村', 'a residents\' committee is not an administrative village');
      case PASS:
        return result(def, code, 'pass', 'true', 'true', `${subjectZh(code)}：已完成村庄规划编制`, `${subjectEn(code)}: the village plan has been compiled`);
      default: {
        const st = s === PENDING ? 'pending' : 'fail';
        const n = dueNote(st, due);
        return result(def, code, st, 'false', 'true', `${subjectZh(code)}：尚未完成村庄规划编制${n.zh}`, `${subjectEn(code)}: the village plan has not been compiled${n.en}`);
      }
    }
  };
  return { def, status, build, missing };
}

const villagePlan = defineUnitRule(villagePlanDef, villagePlanCheck);

// ---------------------------------------------------------------------------------------------------------------
// T10
// ---------------------------------------------------------------------------------------------------------------

const gridMembers = countRule({
  def: {
    id: 't10-grid-members',
    clause: 'T10',
    relatedClauses: ['T7'],
    titleZh: '配备专兼职网格员',
    titleEn: 'Grid members assigned',
    scope: 'unit',
    appliesTo: 'all',
    severity: 'binding',
    cadence: 'standard',
    threshold: { comparator: 'at_least', value: '1', unit: 'count', printed: '配备专兼职网格员' },
  },
  field: 'gridMembers',
  filter: ALL,
  nounZh: '网格员',
  nounEn: 'grid member(s)',
  gapUnit: 'persons',
});

const ethnicOfficerDef: RuleCore = {
  id: 't10-ethnic-religious-officer',
  clause: 'T10',
  relatedClauses: [],
  titleZh: '宗教、民族工作较重的村（社区）可设1名民族宗教干事',
  titleEn: 'An ethnic and religious affairs officer where that work is heavy (may)',
  scope: 'unit',
  appliesTo: 'all',
  severity: 'informational',
  severityWord: '可',
  cadence: 'standard',
  threshold: { comparator: 'at_least', value: '1', unit: 'count', printed: '1名' },
};

function ethnicOfficerCheck(): UnitCheck {
  const def = ethnicOfficerDef;
  const missing = [DYNAMIC, M_HEAVY, M_OFFICERS];
  const status = (unit: Unit): number => {
    const heavy = unit.heavyEthnicReligiousWork;
    if (heavy === undefined) return missingCode(1);
    if (!heavy) return NOT_APPLICABLE;
    const n = unit.ethnicReligiousOfficers;
    return n === undefined ? missingCode(2) : n >= 1 ? PASS : FAIL;
  };
  const build = (unit: Unit): RuleResult => {
    const code = unit.code;
    const s = status(unit);
    switch (s & 7) {
      case MISSING:
        return missingFor(def, code, s, missing, '≥1');
      case NOT_APPLICABLE:
        return notApplicable(def, code, '宗教、民族工作不属较重', 'ethnic and religious work is not heavy there');
      case PASS:
        return result(def, code, 'pass', String(unit.ethnicReligiousOfficers), '≥1', `${subjectZh(code)}：宗教、民族工作较重，已设民族宗教干事`, `${subjectEn(code)}: heavy ethnic and religious work; an officer is in place`, undefined, null, measureFor(def, unit.ethnicReligiousOfficers as number));
      default: {
        // Below 1 means none: one officer is the gap.
        const gap = wholeGap(unit.ethnicReligiousOfficers as number, 1, 1, 1, 1, 'persons');
        const g = gapWords(gap);
        return result(def, code, 'fail', '0', '≥1', `${subjectZh(code)}：宗教、民族工作较重，未设民族宗教干事${g.zh}（可设1名，提示性）`, `${subjectEn(code)}: heavy ethnic and religious work and no officer${g.en} (one may be appointed; informational)`, undefined, gap, measureFor(def, unit.ethnicReligiousOfficers as number));
      }
    }
  };
  return { def, status, build, missing };
}

const ethnicOfficer = defineUnitRule(ethnicOfficerDef, ethnicOfficerCheck);

// ---------------------------------------------------------------------------------------------------------------
// T12
// ---------------------------------------------------------------------------------------------------------------

const CADRE_PARTS = [
  ['basicPay', '基本报酬', 'basic pay'],
  ['postAllowance', '岗位补贴', 'post allowance'],
  ['performanceAllowance', '绩效补贴', 'performance allowance'],
  ['collectiveIncomeReward', '村级集体经济创收奖励', 'collective-income reward'],
] as const;

const cadrePayDef: RuleCore = {
  id: 't12-village-cadre-pay-structure',
  clause: 'T12',
  relatedClauses: [],
  titleZh: '落实村干部“基本报酬+岗位补贴+绩效补贴+村级集体经济创收奖励”结构性待遇',
  titleEn: "Village cadres' pay made of its four parts",
  scope: 'unit',
  appliesTo: 'rural',
  severity: 'binding',
  cadence: 'standard',
};

/** Missing lists of the cadre-pay rule: index 2 + mask names the parts missing (bit i = CADRE_PARTS[i]). */
const CADRE_MISSING: readonly (readonly string[])[] = Object.freeze(
  Array.from({ length: 16 }, (_, mask) => Object.freeze(CADRE_PARTS.filter((_p, i) => (mask & (1 << i)) !== 0).map(([key]) => `cadrePay.${key}`))),
);

function cadrePayCheck(_snapshot: Snapshot, o: ResolvedRuleOptions): UnitCheck {
  const def = cadrePayDef;
  // 0: unused, 1: classification, 2: cadrePay, 2 + mask (3…17): the parts missing.
  const missing = [DYNAMIC, fieldOnce(o.classField), M_CADRE, ...CADRE_MISSING.slice(1)];
  const status = (unit: Unit, cls: number): number => {
    const c = coverCode(2, cls);
    if (c >= 0) return c;
    const pay = unit.cadrePay;
    if (pay === undefined) return missingCode(2);
    const a = pay.basicPay;
    const b = pay.postAllowance;
    const p = pay.performanceAllowance;
    const r = pay.collectiveIncomeReward;
    const mask = (a === undefined ? 1 : 0) | (b === undefined ? 2 : 0) | (p === undefined ? 4 : 0) | (r === undefined ? 8 : 0);
    if (mask !== 0) return missingCode(2 + mask);
    return a && b && p && r ? PASS : FAIL;
  };
  const build = (unit: Unit, cls: number): RuleResult => {
    const code = unit.code;
    const s = status(unit, cls);
    if (s === NOT_APPLICABLE) return filteredOut(def, code, 2);
    if ((s & 7) === MISSING) return missingFor(def, code, s, missing, '4/4');
    if (s === PASS) return result(def, code, 'pass', '4/4', '4/4', `${subjectZh(code)}：村干部待遇四项均已落实`, `${subjectEn(code)}: all four parts of village cadres' pay are in place`, undefined, null, countMeasure(4, '4'));
    const pay = unit.cadrePay as NonNullable<Unit['cadrePay']>;
    const lackZh: string[] = [];
    const lackEn: string[] = [];
    let have = 0;
    for (const [key, zh, en] of CADRE_PARTS) {
      if (pay[key]) have++;
      else {
        lackZh.push(zh);
        lackEn.push(en);
      }
    }
    return result(def, code, 'fail', `${have}/4`, '4/4', `${subjectZh(code)}：村干部待遇缺少${lackZh.join('、')}`, `${subjectEn(code)}: village cadres' pay lacks ${lackEn.join(', ')}`, undefined, null, countMeasure(have, '4'));
  };
  return { def, status, build, missing };
}

const cadrePay = defineUnitRule(cadrePayDef, cadrePayCheck);

/** A rule that all of a unit's community workers are covered by something (insurance, training). */
function workersCoveredRule(spec: {
  def: RuleCore;
  /** A count readable by id (every `CountField` is), so that the status is the tally's simple check. */
  field: CountField;
  filter: (o: ResolvedRuleOptions) => UnitFilter;
  whatZh: string;
  whatEn: string;
}): CoreRule {
  const { def, field, whatZh, whatEn } = spec;
  // 0: unused, 1: classification, 2: communityWorkers, 3: the covered field, 4: both.
  const own = Object.freeze([field]);
  const both = Object.freeze(['communityWorkers', field]);
  return defineUnitRule(def, (snapshot: Snapshot, o: ResolvedRuleOptions): UnitCheck => {
    const filter = filterCode(spec.filter(o));
    const due = dueOf(def, o);
    const asOf = snapshot.asOf;
    const unmet = unmetStatus(asOf, due) === 'pending' ? PENDING : FAIL;
    const missing = [DYNAMIC, fieldOnce(o.classField), M_WORKERS, own, both];
    // Every count field is readable by id (UNIT_FIELDS), so the status is always the simple check of kind 2.
    const simple: SimpleCheck = { kind: 2, field: fieldId(field), filter, tn: 0, td: 1, unmet };
    const status = (unit: Unit, cls: number): number => simpleStatus(unit, cls, simple);
    const build = (unit: Unit, cls: number): RuleResult => {
      const code = unit.code;
      const s = status(unit, cls);
      const workers = unit.communityWorkers as number;
      const covered = unit[field] as number;
      if ((s & 7) === MISSING) return missingFor(def, code, s, missing, s === missingCode(3) ? `${workers}/${workers}` : null);
      if (s === NOT_APPLICABLE) {
        return coverCode(filter, cls) === NOT_APPLICABLE ? filteredOut(def, code, filter) : notApplicable(def, code, '没有社区工作者', 'the unit has no community workers');
      }
      const expected = `${workers}/${workers}`;
      const actual = `${covered}/${workers}`;
      // Covered workers against all of them (at least every one).
      const measure = countMeasure(covered, String(workers));
      if (s === PASS) {
        return result(def, code, 'pass', actual, expected, `${subjectZh(code)}：${workers}名社区工作者均已${whatZh}`, `${subjectEn(code)}: all ${workers} community workers ${whatEn}`, undefined, null, measure);
      }
      const st = s === PENDING ? 'pending' : 'fail';
      const n = dueNote(st, due);
      // Every worker must be covered: the workers not yet covered are the gap.
      const gap = wholeGap(covered, 1, 1, workers, 1, 'persons');
      const g = gapWords(gap);
      return result(def, code, st, actual, expected, `${subjectZh(code)}：${workers}名社区工作者中${covered}名已${whatZh}${g.zh}${n.zh}`, `${subjectEn(code)}: ${covered} of ${workers} community workers ${whatEn}${g.en}${n.en}`, undefined, gap, measure);
    };
    return { def, status, build, missing, simple };
  });
}

const INSURANCE_QUOTE = '按照国家有关规定落实基本养老、基本医疗等社会保险及住房公积金';
const INSURANCE_NOTE: RuleInterpretation = {
  noteZh:
    '第12条此句讲社区工作者职业体系；第10条把城市社区组织成员和专职工作人员纳入社区工作者队伍，故默认只查城市社区；可选查全部村（社区）。' +
    '要求本单位每名社区工作者均已参保（覆盖人数不少于 communityWorkers）。',
  noteEn:
    "The sentence is about community workers' career system; task 10 defines 社区工作者 from urban community organisations and staff, " +
    'so by default only urban communities are checked; alternatively every unit. Every community worker of the unit must be covered ' +
    '(covered count at least communityWorkers).',
  option: 'communityWorkerUnits',
  default: 'urban',
  alternatives: ['all'],
};

function insuranceRule(id: RuleId, field: CountField, titleZh: string, titleEn: string, whatZh: string, whatEn: string): CoreRule {
  return workersCoveredRule({
    def: {
      id,
      clause: 'T12',
      relatedClauses: ['T10'],
      titleZh,
      titleEn,
      scope: 'unit',
      appliesTo: 'urban',
      severity: 'binding',
      cadence: 'standard',
    },
    field,
    filter: (o) => o.communityWorkerUnits,
    whatZh,
    whatEn,
  });
}

const pension = insuranceRule('t12-pension-insurance', 'workersWithPensionInsurance', '为社区工作者落实基本养老保险', 'Basic pension insurance for every community worker', '参加基本养老保险', 'have basic pension insurance');
const medical = insuranceRule('t12-medical-insurance', 'workersWithMedicalInsurance', '为社区工作者落实基本医疗保险', 'Basic medical insurance for every community worker', '参加基本医疗保险', 'have basic medical insurance');
const housingFund = insuranceRule('t12-housing-fund', 'workersWithHousingFund', '为社区工作者落实住房公积金', 'Housing provident fund for every community worker', '缴存住房公积金', 'have a housing provident fund');

// ---------------------------------------------------------------------------------------------------------------
// 专栏6
// ---------------------------------------------------------------------------------------------------------------

const workersTrained = workersCoveredRule({
  def: {
    id: 'p6-1-workers-trained',
    clause: 'P6.1',
    relatedClauses: ['T11'],
    titleZh: '城乡社区工作者轮训一遍',
    titleEn: 'Every community worker trained once in the period',
    scope: 'unit',
    appliesTo: 'all',
    impliedDue: PLAN_END,
    severity: 'binding',
    cadence: 'target',
  },
  field: 'communityWorkersTrained',
  filter: ALL,
  whatZh: '参加轮训',
  whatEn: 'have been trained',
});

const SOCIAL_WORKER_QUOTE = '力争2025年每个社区至少有1—2名专业社会工作人才';
const SOCIAL_WORKER_NOTE = {
  noteZh:
    '“至少有1—2名”读作：至少1名为（力争的）要求，2名为进一步的期望（提示性，另列一条）。“社区”默认指全部城乡社区，可选只计城市社区。',
  noteEn:
    '至少有1—2名 is read as: at least one is the (striven-for) requirement, two the further aim (informational, a separate rule). ' +
    '社区 means every urban and rural community by default; alternatively urban communities only.',
  option: 'socialWorkerCommunities' as const,
  default: 'all',
  alternatives: ['urban'],
};

const socialWorkers = countRule({
  def: {
    id: 'p6-3-social-workers',
    clause: 'P6.3',
    relatedClauses: [],
    titleZh: '每个社区至少有1—2名专业社会工作人才：至少1名',
    titleEn: 'At least one professional social worker in every community',
    scope: 'unit',
    appliesTo: 'all',
    due: DUE_2025,
    severity: 'soft',
    severityWord: '力争',
    cadence: 'target',
    threshold: { comparator: 'at_least', value: '1', unit: 'count', printed: '至少有1—2名' },
  },
  field: 'professionalSocialWorkers',
  filter: (o) => o.socialWorkerCommunities,
  nounZh: '专业社会工作人才',
  nounEn: 'professional social worker(s)',
  gapUnit: 'persons',
});

const socialWorkersTwo = countRule({
  def: {
    id: 'p6-3-social-workers-two',
    clause: 'P6.3',
    relatedClauses: [],
    titleZh: '每个社区至少有1—2名专业社会工作人才：2名（提示）',
    titleEn: 'Two professional social workers in every community (aim)',
    scope: 'unit',
    appliesTo: 'all',
    due: DUE_2025,
    severity: 'informational',
    severityWord: '力争',
    cadence: 'target',
    threshold: { comparator: 'at_least', value: '2', unit: 'count', printed: '1—2名' },
  },
  field: 'professionalSocialWorkers',
  filter: (o) => o.socialWorkerCommunities,
  nounZh: '专业社会工作人才',
  nounEn: 'professional social worker(s)',
  gapUnit: 'persons',
});

/**
 * The unit rules, in the plan's order (T3, T7, 专栏3, T10, T12, 专栏6). Each gives one result per unit of the snapshot.
 *
 * @clause T3
 * @clause T7
 * @clause P3.4
 * @clause P3.9
 * @clause P3.11
 * @clause P3.12
 * @clause P3.16
 * @clause T10
 * @clause T12
 * @clause P6.1
 * @clause P6.3
 * @example
 * ```ts
 * UNIT_RULES.length
 * //=> 20
 * UNIT_RULES[0]?.id
 * //=> 't3-proxy-government-service'
 * ```
 * @category Evaluation · 评估
 */
export const UNIT_RULES: readonly CoreRule[] = Object.freeze([
  proxyService,
  online24h,
  survey,
  legalServices,
  disabledAssociation,
  fitnessCircle,
  ruralAuxiliaryPolice,
  urbanCommunityPolice,
  urbanAuxiliaryPolice,
  legalAdviser,
  villagePlan,
  gridMembers,
  ethnicOfficer,
  cadrePay,
  pension,
  medical,
  housingFund,
  workersTrained,
  socialWorkers,
  socialWorkersTwo,
]);

/**
 * The plan's words (`quote`) and the readings (`interpretation`) of the unit rules, by rule ID. Only the catalogue
 * (`RULES`, `getRule`) reads them: the runners do not, so that a bundle of evaluate leaves these texts out.
 *
 * @internal
 * @clause T12
 * @example
 * ```ts
 * UNIT_RULE_TEXTS['t12-pension-insurance']?.quote
 * //=> '按照国家有关规定落实基本养老、基本医疗等社会保险及住房公积金'
 * ```
 */
// Pure: a bundle that does not use the catalogue drops the table and the texts only it reads.
export const UNIT_RULE_TEXTS: RuleTextTable = /* @__PURE__ */ (() => ({
    't3-proxy-government-service': {
      quote: '实现政务代办服务村（社区）全覆盖',
      interpretation: { noteZh: `全覆盖即每个村（社区）都有。${UNDATED_NOTE_ZH}`, noteEn: `全覆盖 means every village and community. ${UNDATED_NOTE_EN}`, option: 'undatedTargets', default: 'plan_end', alternatives: ['immediately'] },
    },
    't3-online-service-24h': {
      quote: '群众关切项目应开展24小时线上服务',
      interpretation: {
        noteZh: '按单位记录是否能为群众关切项目提供24小时线上服务（hasOnlineService24h），无论由本单位还是县级平台提供。',
        noteEn: "Recorded per unit (hasOnlineService24h): whether the unit's residents are served online 24 hours a day for matters of public concern, by the unit or a county platform.",
      },
    },
    't3-satisfaction-survey': {
      quote: '实现社区服务群众满意度调查覆盖所有村（社区）',
      interpretation: {
        noteZh:
          '“实现……覆盖所有村（社区）”是一项全覆盖目标，规划未规定调查周期，与其他“实现……全覆盖”目标一样默认到2025年12月31日到期：' +
          '规划期内（2021年1月1日至评估日期）开展过一次调查即计为覆盖；到期前未开展为“未到期”，到期后未开展为未达标（undatedTargets 为 immediately 时立即到期）。' +
          '可选：按年度制度读，每年都须开展（calendar_year：评估日期所在自然年内，年底前未开展为未到期），或评估日前12个月内开展过（last_12_months）。',
        noteEn:
          '“实现……覆盖所有村（社区）” is a full-coverage target and the plan sets no cycle for the survey, so like the other 实现…全覆盖 ' +
          'targets it falls due on 2025-12-31 by default: a survey at any time in the plan period (2021-01-01 to asOf) covers the unit; ' +
          'without one it is pending before the due date and failing from it (due at once under undatedTargets \'immediately\'). ' +
          "Alternatives read it as a yearly system: a survey in asOf's calendar year, pending until 31 December ('calendar_year'), " +
          "or within the 12 months before asOf ('last_12_months').",
        option: 'surveyWindow',
        default: 'plan_period',
        alternatives: ['calendar_year', 'last_12_months'],
      },
    },
    't7-legal-services': {
      quote: '推动村（社区）普法宣传、人民调解、法律援助等法律服务全覆盖',
      interpretation: {
        noteZh: `全覆盖即每个村（社区）都有（hasPublicLegalServices：普法宣传、人民调解、法律援助等法律服务已覆盖本单位）。${UNDATED_NOTE_ZH}`,
        noteEn: `全覆盖 means every village and community (hasPublicLegalServices: legal education, mediation, legal aid and other legal services reach the unit). ${UNDATED_NOTE_EN}`,
        option: 'undatedTargets',
        default: 'plan_end',
        alternatives: ['immediately'],
      },
    },
    'p3-4-disabled-persons-association': {
      quote: '实现村（社区）残疾人协会全覆盖',
      interpretation: { noteZh: `全覆盖即每个村（社区）都有。${UNDATED_NOTE_ZH}`, noteEn: `全覆盖 means every village and community. ${UNDATED_NOTE_EN}`, option: 'undatedTargets', default: 'plan_end', alternatives: ['immediately'] },
    },
    'p3-9-fitness-circle': {
      quote: '实现社区“15分钟健身圈”全覆盖',
      interpretation: {
        noteZh:
          '“社区”默认指全部城乡社区（本规划的社区包括农村社区，专栏3各项标题的“社区”也涵盖村）；可选只计城市社区（全民健身“15分钟健身圈”多就城市而言）。' +
          UNDATED_NOTE_ZH,
        noteEn:
          'By default 社区 means every urban and rural community (the plan\'s 社区 include rural ones; 专栏3\'s item titles use 社区 for villages too); ' +
          'alternatively urban communities only (the 15-minute fitness circle is often an urban notion). ' +
          UNDATED_NOTE_EN,
        option: 'fitnessCircleCommunities',
        default: 'all',
        alternatives: ['urban'],
      },
    },
    'p3-11-rural-auxiliary-police': {
      quote: POLICE_QUOTE,
      interpretation: POLICE_NOTE,
    },
    'p3-11-urban-community-police': {
      quote: POLICE_QUOTE,
      interpretation: URBAN_POLICE_NOTE,
    },
    'p3-11-urban-auxiliary-police': {
      quote: POLICE_QUOTE,
      interpretation: URBAN_POLICE_NOTE,
    },
    'p3-12-legal-adviser': {
      quote: '完善“一村（社区）一法律顾问”制度',
    },
    'p3-16-village-plan': {
      quote: VILLAGE_PLAN_QUOTE,
      interpretation: {
        noteZh: '行政村即村民委员会（按委员会类型判断，不随 classifyBy 改变）；社区居民委员会不适用。',
        noteEn: 'An administrative village (行政村) is a 村民委员会, judged by committee type whatever classifyBy says; 社区居民委员会 are not applicable.',
      },
    },
    't10-grid-members': {
      quote: '把党的组织和党的工作覆盖到网格，配备专兼职网格员',
      interpretation: {
        noteZh: '“配备”读作至少配有1名专职或兼职网格员；规划未规定每个网格的人数，本库不另设数字。',
        noteEn: '配备 (assigned) is read as at least one full- or part-time grid member; the plan sets no number per grid and the library invents none.',
      },
    },
    't10-ethnic-religious-officer': {
      quote: '宗教、民族工作较重的村（社区）可设1名民族宗教干事',
      interpretation: {
        noteZh: '“可设”是允许而非要求：只对工作较重（heavyEthnicReligiousWork 为 true）的单位报告，未设时结果为不达标但属提示性。',
        noteEn: '可设 permits rather than requires: reported only for units where the work is heavy (heavyEthnicReligiousWork true); none there is a fail of informational severity.',
      },
    },
    't12-village-cadre-pay-structure': {
      quote: '落实村干部“基本报酬+岗位补贴+绩效补贴+村级集体经济创收奖励”结构性待遇保障政策',
      interpretation: {
        noteZh: '村干部为村民委员会的干部，按农村社区判断（选项 classifyBy）；四项各为“是否落实”，不涉及金额（规划未定金额）。',
        noteEn: 'Village cadres are those of rural units (option classifyBy); each of the four parts is a yes/no fact, with no amounts (the plan sets none).',
      },
    },
    't12-pension-insurance': { quote: INSURANCE_QUOTE, interpretation: INSURANCE_NOTE },
    't12-medical-insurance': { quote: INSURANCE_QUOTE, interpretation: INSURANCE_NOTE },
    't12-housing-fund': { quote: INSURANCE_QUOTE, interpretation: INSURANCE_NOTE },
    'p6-1-workers-trained': {
      quote: '将城乡社区工作者轮训一遍',
      interpretation: {
        noteZh: '“轮训一遍”即规划期内每名城乡社区工作者至少培训一次（communityWorkersTrained 不少于 communityWorkers）。' + UNDATED_NOTE_ZH,
        noteEn: '轮训一遍 means every urban and rural community worker trained at least once in the plan period (communityWorkersTrained at least communityWorkers). ' + UNDATED_NOTE_EN,
        option: 'undatedTargets',
        default: 'plan_end',
        alternatives: ['immediately'],
      },
    },
    'p6-3-social-workers': {
      quote: SOCIAL_WORKER_QUOTE,
      interpretation: SOCIAL_WORKER_NOTE,
    },
    'p6-3-social-workers-two': {
      quote: SOCIAL_WORKER_QUOTE,
      interpretation: SOCIAL_WORKER_NOTE,
    },
}))();

/**
 * Rules checked on the county as a whole (全县): brand organisations and volunteers (专栏2), Party members'
 * registration, day care, elderly-care centres, mental-health rehabilitation, demonstration villages and village plans
 * (专栏3), relocation sites (专栏4), social work talent (专栏6) and the 一肩挑 trend (发展基础). The subject is the
 * county code (`'533124'`; the snapshot's region code when it has another), or `'<code>:<year>'` for a year of a trend.
 *
 * Absolute counts set for Longchuan (1 brand organisation, 20 demonstration villages, 68 village plans) apply only to a
 * Longchuan snapshot; shares (15%, 60%, 90%, 1.8‰, …) apply to any region's figures.
 *
 * @module
 */
import { compareFractions, decimalToFraction } from '../_lib/fraction';
import { quotientString } from '../_lib/quotientString';
import type { CalendarDate } from '../period/CalendarDate';
import type { CountyFigures } from '../snapshot/countySchema';
import { LONGCHUAN_CODE, type Snapshot } from '../snapshot/snapshotSchema';
import { VILLAGE_UNITS } from '../units/units.generated';
import { formatAgainst, formatQuotient } from './_lib/format';
import { type CoreRule, countySubject, defineRule, dueNote, dueOf, missingResult, notApplicable, result, type RuleCore, type RuleTextTable, unitCovered, unmetStatus } from './_lib/rule';
import { thresholdOf } from './_lib/thresholdOf';
import { gapWords } from './_lib/gapWords';
import { wholeGap } from './_lib/gaps';
import { measureFor, measureOf } from './_lib/measure';
import { ELDERLY_CENTRE_QUOTE, FARM_NOTE } from './_lib/shared';
import { defineFoldRule, type UnitFold } from './_lib/unitFolds';
import { townshipSubjects } from './_lib/townships';
import { subjectEn, subjectZh } from './_lib/subject';
import type { ResolvedRuleOptions } from './RuleOptions';
import type { RuleGap, RuleGapUnit, RuleInterpretation, RuleResult } from './types';

const DUE_2025 = '2025-12-31' as CalendarDate;
const PLAN_END = '2025-12-31' as CalendarDate;
const UNDATED: RuleInterpretation = {
  noteZh: '本句未写期限，按发展目标“到2025年末”视为 2025-12-31 到期（选项 undatedTargets）。',
  noteEn: "The sentence states no date; it is read as due by the plan's general target date 2025-12-31 (“到2025年末”, option undatedTargets).",
  option: 'undatedTargets',
  default: 'plan_end',
  alternatives: ['immediately'],
};

type CountyCountField = {
  [K in keyof CountyFigures]-?: NonNullable<CountyFigures[K]> extends number ? K : never;
}[keyof CountyFigures];

function isLongchuan(snapshot: Snapshot): boolean {
  return snapshot.regionCode === undefined || snapshot.regionCode === LONGCHUAN_CODE;
}

function notLongchuan(def: RuleCore, subject: string): RuleResult {
  return notApplicable(def, subject, '该数量是陇川县的目标，只适用于陇川县的填报数据', "the number is Longchuan's target and applies to a Longchuan snapshot only");
}

/** Scale of a share unit: per cent 100, per mille 1000. */
function scaleOf(def: RuleCore): number {
  return thresholdOf(def).unit === 'permille' ? 1000 : 100;
}

function sign(def: RuleCore): string {
  return thresholdOf(def).unit === 'permille' ? '‰' : '%';
}

/** `≥15%`, or `100%` for a 100 per cent floor (the only level there is). */
function expectedShare(def: RuleCore, value: string): string {
  return value === '100' && thresholdOf(def).unit === 'percent' ? '100%' : `≥${value}${sign(def)}`;
}

/**
 * Judge a share num/den against `value` (in the threshold's unit) and build the result; short of it, the gap is how many
 * more of the numerator's things (counted in `gapUnit`) reach it at the same denominator.
 */
function shareResult(
  def: RuleCore,
  subject: string,
  num: number,
  den: number,
  value: string,
  what: { zh: string; en: string },
  gapUnit: RuleGapUnit,
  snapshot: Snapshot,
  o: ResolvedRuleOptions,
): RuleResult {
  const scale = scaleOf(def);
  const expected = expectedShare(def, value);
  if (den === 0) return notApplicable(def, subject, `${what.zh}的分母为0`, `the denominator of ${what.en} is 0`);
  const [tn, td] = decimalToFraction(value);
  const shown = formatAgainst(num * scale, den, tn, td, o.places, o.rounding);
  const actual = `${shown}${sign(def)}`;
  const body = { zh: `${what.zh} ${num}/${den} = ${actual}`, en: `${what.en} ${num}/${den} = ${actual}` };
  const target = `${value}${sign(def)}`;
  // The exact share, from the same integers as the display string.
  const measure = measureOf(num * scale, den, value, thresholdOf(def).unit);
  if (compareFractions(num * scale, den, tn, td) >= 0) {
    return result(def, subject, 'pass', actual, expected, `${body.zh}，达到${target}`, `${body.en}, meets ${target}`, undefined, null, measure);
  }
  const due = dueOf(def, o);
  const st = unmetStatus(snapshot.asOf, due);
  const n = dueNote(st, due);
  // ⌈tn / td per scale of den⌉ − num: 1.8‰ of 190,001 people is 342.0018, so 343 are needed.
  const gap = wholeGap(num, tn, td, den, scale, gapUnit);
  const g = gapWords(gap);
  return result(def, subject, st, actual, expected, `${body.zh}，未达到${target}${g.zh}${n.zh}`, `${body.en}, below ${target}${g.en}${n.en}`, undefined, gap, measure);
}

/** A county count that must reach the threshold (Longchuan only); the gap is counted in `gapUnit`. */
function countyCountRule(def: RuleCore, field: CountyCountField, nounZh: string, nounEn: string, gapUnit: RuleGapUnit): CoreRule {
  const { value } = thresholdOf(def);
  const [tn, td] = decimalToFraction(value);
  const expected = `≥${value}`;
  return defineRule(def, (snapshot, o) => {
    const subject = countySubject(snapshot);
    if (!isLongchuan(snapshot)) return [notLongchuan(def, subject)];
    const n = snapshot.county?.[field];
    if (n === undefined) return [missingResult(def, subject, [`county.${field}`], expected)];
    if (compareFractions(n, 1, tn, td) >= 0) {
      return [result(def, subject, 'pass', String(n), expected, `全县${nounZh}${n}个，达到不少于${value}个`, `${n} ${nounEn} county-wide, at least ${value}`, undefined, null, measureFor(def, n))];
    }
    const due = dueOf(def, o);
    const st = unmetStatus(snapshot.asOf, due);
    const d = dueNote(st, due);
    const gap = wholeGap(n, tn, td, 1, 1, gapUnit);
    const g = gapWords(gap);
    return [result(def, subject, st, String(n), expected, `全县${nounZh}${n}个，少于${value}个${g.zh}${d.zh}`, `${n} ${nounEn} county-wide, fewer than ${value}${g.en}${d.en}`, undefined, gap, measureFor(def, n))];
  });
}

/** A county share of two county figures (the denominator may depend on an option); the gap is counted in `gapUnit`. */
function countyShareRule(
  def: RuleCore,
  numField: CountyCountField,
  denField: (o: ResolvedRuleOptions) => CountyCountField,
  what: { zh: string; en: string },
  gapUnit: RuleGapUnit,
): CoreRule {
  const { value } = thresholdOf(def);
  return defineRule(def, (snapshot, o) => {
    const subject = countySubject(snapshot);
    const den = denField(o);
    const a = snapshot.county?.[numField];
    const b = snapshot.county?.[den];
    if (a === undefined || b === undefined) {
      const miss: string[] = [];
      if (a === undefined) miss.push(`county.${numField}`);
      if (b === undefined) miss.push(`county.${den}`);
      return [missingResult(def, subject, miss, expectedShare(def, value))];
    }
    return [shareResult(def, subject, a, b, value, what, gapUnit, snapshot, o)];
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 专栏2
// ---------------------------------------------------------------------------------------------------------------

const BRAND_QUOTE = '到2025年，全县培育品牌社区社会组织数量和品牌项目数量分别不低于1个';

const brandOrganisations = countyCountRule(
  {
    id: 'p2-1-brand-organisations',
    clause: 'P2.1',
    relatedClauses: ['T2'],
    titleZh: '全县培育品牌社区社会组织数量不低于1个',
    titleEn: 'At least one brand community social organisation county-wide',
    scope: 'county',
    appliesTo: 'all',
    due: DUE_2025,
    severity: 'binding',
    cadence: 'target',
    threshold: { comparator: 'at_least', value: '1', unit: 'count', printed: '不低于1个' },
  },
  'brandSocialOrganisations',
  '品牌社区社会组织',
  'brand community social organisation(s)',
  'count',
);

const brandProjects = countyCountRule(
  {
    id: 'p2-1-brand-projects',
    clause: 'P2.1',
    relatedClauses: ['T2'],
    titleZh: '全县培育品牌项目数量不低于1个',
    titleEn: 'At least one brand project county-wide',
    scope: 'county',
    appliesTo: 'all',
    due: DUE_2025,
    severity: 'binding',
    cadence: 'target',
    threshold: { comparator: 'at_least', value: '1', unit: 'count', printed: '不低于1个' },
  },
  'brandProjects',
  '品牌项目',
  'brand project(s)',
  'count',
);

const volunteers = countyShareRule(
  {
    id: 'p2-2-registered-volunteers',
    clause: 'P2.2',
    relatedClauses: ['P6.2'],
    titleZh: '注册志愿者占居民人口比例为15%',
    titleEn: 'Registered volunteers 15% of the population',
    scope: 'county',
    appliesTo: 'all',
    due: DUE_2025,
    severity: 'binding',
    cadence: 'target',
    threshold: { comparator: 'at_least', value: '15', unit: 'percent', printed: '15%' },
  },
  'registeredVolunteers',
  (o) => (o.volunteerPopulation === 'registered' ? 'registeredPopulation' : 'residentPopulation'),
  { zh: '注册志愿者占居民人口', en: 'registered volunteers / population' },
  'persons',
);

// ---------------------------------------------------------------------------------------------------------------
// 专栏3
// ---------------------------------------------------------------------------------------------------------------

const PARTY_QUOTE = '推动机关和企事业单位党组织、在职党员到社区报到全覆盖';

const partyOrganisations = countyShareRule(
  {
    id: 'p3-1-party-organisations-reported',
    clause: 'P3.1',
    relatedClauses: ['T1'],
    titleZh: '机关和企事业单位党组织到社区报到全覆盖',
    titleEn: 'Every Party organisation of government bodies and institutions reported to a community',
    scope: 'county',
    appliesTo: 'all',
    impliedDue: PLAN_END,
    severity: 'binding',
    cadence: 'target',
    threshold: { comparator: 'at_least', value: '100', unit: 'percent', printed: '全覆盖' },
  },
  'institutionPartyOrganisationsReported',
  () => 'institutionPartyOrganisations',
  { zh: '已报到的机关和企事业单位党组织', en: 'institution Party organisations reported' },
  'count',
);

const partyMembers = countyShareRule(
  {
    id: 'p3-1-serving-party-members-reported',
    clause: 'P3.1',
    relatedClauses: ['T1'],
    titleZh: '在职党员到社区报到全覆盖',
    titleEn: 'Every serving Party member reported to their community',
    scope: 'county',
    appliesTo: 'all',
    impliedDue: PLAN_END,
    severity: 'binding',
    cadence: 'target',
    threshold: { comparator: 'at_least', value: '100', unit: 'percent', printed: '全覆盖' },
  },
  'servingPartyMembersReported',
  () => 'servingPartyMembers',
  { zh: '已报到的在职党员', en: 'serving Party members reported' },
  'persons',
);

const regionalCentresDef: RuleCore = {
  id: 'p3-2-regional-elderly-care-centres',
  clause: 'P3.2',
  relatedClauses: [],
  titleZh: '50%以上的乡镇建有区域性养老服务中心',
  titleEn: 'Regional elderly-care service centres in 50% or more of townships',
  scope: 'county',
  appliesTo: 'all',
  due: DUE_2025,
  severity: 'soft',
  severityWord: '力争',
  cadence: 'target',
  threshold: { comparator: 'at_least', value: '50', unit: 'percent', printed: '50%以上' },
};

function runRegionalCentres(snapshot: Snapshot, o: ResolvedRuleOptions): RuleResult[] {
  const def = regionalCentresDef;
  const subject = countySubject(snapshot);
  const { value } = thresholdOf(def);
  const expected = expectedShare(def, value);
  let num = 0;
  let den = 0;
  const missingCodes: string[] = [];
  let kindUnknown = false;
  for (const t of townshipSubjects(snapshot)) {
    if (t.kind === undefined) {
      kindUnknown = true;
      missingCodes.push(t.code);
      continue;
    }
    if (t.kind === 'farm' && !o.farmCountsAsTownship) continue;
    const v = t.record?.hasRegionalElderlyCareCentre;
    if (v === undefined) {
      missingCodes.push(t.code);
      continue;
    }
    den++;
    if (v) num++;
  }
  if (missingCodes.length > 0) {
    const miss = kindUnknown ? ['townships[].kind', 'townships[].hasRegionalElderlyCareCentre'] : ['townships[].hasRegionalElderlyCareCentre'];
    return [
      result(def, subject, 'missing_data', null, expected, `缺少乡镇数据（${missingCodes.map(subjectZh).join('、')}），无法计算建有区域性养老服务中心的乡镇比例`, `township data missing (${missingCodes.map(subjectEn).join(', ')}); cannot compute the share of townships with a regional elderly-care centre`, miss),
    ];
  }
  return [shareResult(def, subject, num, den, value, { zh: '建有区域性养老服务中心的乡镇', en: 'townships with a regional elderly-care centre' }, 'townships', snapshot, o)];
}

const regionalCentres = defineRule(regionalCentresDef, runRegionalCentres);

const dayCareDef: RuleCore = {
  id: 'p3-2-day-care-coverage',
  clause: 'P3.2',
  relatedClauses: [],
  titleZh: '90%的社区有日间照料中心设施覆盖',
  titleEn: 'Day-care centres cover 90% of communities',
  scope: 'county',
  appliesTo: 'all',
  impliedDue: PLAN_END,
  severity: 'binding',
  cadence: 'target',
  threshold: { comparator: 'at_least', value: '90', unit: 'percent', printed: '90%' },
};

/** Day care's fold: communities covered and counted, units lacking their class or flag, the smallest such code. */
interface DayCareAcc {
  num: number;
  den: number;
  noClass: number;
  noFlag: number;
  firstMissing: string | undefined;
  readonly o: ResolvedRuleOptions;
}

function smaller(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined || (b !== undefined && b < a) ? b : a;
}

const dayCareFold: UnitFold<DayCareAcc> = {
  init: (_snapshot, o) => ({ num: 0, den: 0, noClass: 0, noFlag: 0, firstMissing: undefined, o }),
  add(acc, unit) {
    const covered = unitCovered(unit, acc.o.dayCareCommunities, acc.o);
    if (covered === false) return;
    if (covered === undefined) {
      acc.noClass++;
      acc.firstMissing = smaller(acc.firstMissing, unit.code);
      return;
    }
    const v = unit.hasDayCareCoverage;
    if (v === undefined) {
      acc.noFlag++;
      acc.firstMissing = smaller(acc.firstMissing, unit.code);
      return;
    }
    acc.den++;
    if (v) acc.num++;
  },
  merge: (a, b) => ({ num: a.num + b.num, den: a.den + b.den, noClass: a.noClass + b.noClass, noFlag: a.noFlag + b.noFlag, firstMissing: smaller(a.firstMissing, b.firstMissing), o: a.o }),
  finish: finishDayCare,
};

function finishDayCare(acc: DayCareAcc, snapshot: Snapshot, o: ResolvedRuleOptions): RuleResult[] {
  const def = dayCareDef;
  const subject = countySubject(snapshot);
  const { value } = thresholdOf(def);
  const { num, den, noClass, noFlag, firstMissing } = acc;
  // firstMissing is set exactly when some unit lacks its class or flag.
  if (firstMissing !== undefined) {
    const miss: string[] = [];
    if (noClass > 0) miss.push(`units[].${o.classField}`);
    if (noFlag > 0) miss.push('units[].hasDayCareCoverage');
    return [
      result(def, subject, 'missing_data', null, expectedShare(def, value), `${noClass + noFlag}个单位缺少数据（如 ${subjectZh(firstMissing)}），无法计算日间照料覆盖比例`, `${noClass + noFlag} unit(s) lack data (e.g. ${subjectEn(firstMissing)}); cannot compute day-care coverage`, miss),
    ];
  }
  return [shareResult(def, subject, num, den, value, { zh: '有日间照料中心设施覆盖的社区', en: 'communities covered by day care' }, 'units', snapshot, o)];
}

const dayCare = defineFoldRule(dayCareDef, dayCareFold);

const mentalRehab = countyShareRule(
  {
    id: 'p3-4-mental-health-rehabilitation',
    clause: 'P3.4',
    relatedClauses: ['T7'],
    titleZh: '60%以上的居家精神障碍患者接受社区康复服务',
    titleEn: '60% or more of home-dwelling patients with mental disorders in community rehabilitation',
    scope: 'county',
    appliesTo: 'all',
    due: DUE_2025,
    severity: 'binding',
    cadence: 'target',
    threshold: { comparator: 'at_least', value: '60', unit: 'percent', printed: '60%以上' },
  },
  'homeMentalPatientsInRehab',
  () => 'homeMentalPatients',
  { zh: '接受社区康复服务的居家患者', en: 'home-dwelling patients in community rehabilitation' },
  'persons',
);

const demonstrationVillages = countyCountRule(
  {
    id: 'p3-14-demonstration-villages',
    clause: 'P3.14',
    relatedClauses: ['T6'],
    titleZh: '“十四五”期间打造20个以上民族团结进步示范村（社区）',
    titleEn: '20 or more ethnic-unity demonstration villages (communities) in the period',
    scope: 'county',
    appliesTo: 'all',
    due: DUE_2025,
    severity: 'binding',
    cadence: 'target',
    threshold: { comparator: 'at_least', value: '20', unit: 'count', printed: '20个以上' },
  },
  'ethnicUnityDemonstrationUnits',
  '民族团结进步示范村（社区）',
  'ethnic-unity demonstration villages (communities)',
  'units',
);

const villagePlansDef: RuleCore = {
  id: 'p3-16-village-plans',
  clause: 'P3.16',
  relatedClauses: ['T5'],
  titleZh: '完成全县68个行政村村庄规划编制',
  titleEn: 'Village plans compiled for all 68 administrative villages',
  scope: 'county',
  appliesTo: 'rural',
  due: DUE_2025,
  severity: 'binding',
  cadence: 'target',
  threshold: { comparator: 'at_least', value: '68', unit: 'count', printed: '68个行政村' },
};

/** Longchuan's 村民委员会, whose flags the village-plan count reads. */
const VILLAGE_COMMITTEES: ReadonlySet<string> = new Set(VILLAGE_UNITS.filter((v) => v.kind === 'village_committee').map((v) => v.code));

/** Village plans' fold: the flag of each of Longchuan's 村民委员会 listed (at most 68 entries, whatever the input). */
interface VillagePlansAcc {
  readonly flags: Map<string, boolean | undefined>;
}

const villagePlansFold: UnitFold<VillagePlansAcc> = {
  init: () => ({ flags: new Map() }),
  add(acc, u) {
    if (VILLAGE_COMMITTEES.has(u.code)) acc.flags.set(u.code, u.villagePlanCompleted);
  },
  merge: (a, b) => ({ flags: new Map([...a.flags, ...b.flags]) }),
  finish: finishVillagePlans,
};

function finishVillagePlans(acc: VillagePlansAcc, snapshot: Snapshot, o: ResolvedRuleOptions): RuleResult[] {
  const def = villagePlansDef;
  const subject = countySubject(snapshot);
  const { value } = thresholdOf(def);
  const expected = `≥${value}`;
  if (!isLongchuan(snapshot)) return [notLongchuan(def, subject)];
  let n = snapshot.county?.villagePlansCompleted;
  if (n === undefined) {
    const flags = acc.flags;
    let count = 0;
    let complete = true;
    for (const v of VILLAGE_UNITS) {
      if (v.kind !== 'village_committee') continue;
      const f = flags.get(v.code);
      if (f === undefined) {
        complete = false;
        break;
      }
      if (f) count++;
    }
    if (!complete) return [missingResult(def, subject, ['county.villagePlansCompleted'], expected)];
    n = count;
  }
  const [tn, td] = decimalToFraction(value);
  if (compareFractions(n, 1, tn, td) >= 0) {
    return [result(def, subject, 'pass', String(n), expected, `已完成${n}个行政村村庄规划编制，达到${value}个`, `village plans compiled for ${n} administrative villages, all ${value}`, undefined, null, measureFor(def, n))];
  }
  const due = dueOf(def, o);
  const st = unmetStatus(snapshot.asOf, due);
  const d = dueNote(st, due);
  const gap = wholeGap(n, tn, td, 1, 1, 'units');
  const g = gapWords(gap);
  return [result(def, subject, st, String(n), expected, `已完成${n}个行政村村庄规划编制，少于${value}个${g.zh}${d.zh}`, `village plans compiled for ${n} administrative villages, fewer than ${value}${g.en}${d.en}`, undefined, gap, measureFor(def, n))];
}

const villagePlans = defineFoldRule(villagePlansDef, villagePlansFold);

// ---------------------------------------------------------------------------------------------------------------
// 专栏4 item 2 到2025年基本实现易地扶贫搬迁安置点综合服务设施全覆盖
// ---------------------------------------------------------------------------------------------------------------

const relocationDef: RuleCore = {
  id: 'p4-2-relocation-site-facilities',
  clause: 'P4.2',
  relatedClauses: [],
  titleZh: '易地扶贫搬迁安置点综合服务设施基本全覆盖',
  titleEn: 'Comprehensive service facilities at (basically) all relocation sites',
  scope: 'county',
  appliesTo: 'all',
  due: DUE_2025,
  severity: 'soft',
  severityWord: '基本',
  cadence: 'target',
  threshold: { comparator: 'at_least', value: '100', unit: 'percent', printed: '全覆盖' },
};

function runRelocation(snapshot: Snapshot, o: ResolvedRuleOptions): RuleResult[] {
  const def = relocationDef;
  const subject = countySubject(snapshot);
  const sites = snapshot.records?.relocationSites;
  const expected = expectedShare(def, o.relocationThreshold);
  if (sites === undefined) return [missingResult(def, subject, ['records.relocationSites'], expected)];
  let num = 0;
  const lacking: string[] = [];
  const unknown: string[] = [];
  for (const s of sites) {
    if (s.hasServiceFacility === undefined) unknown.push(s.id);
    else if (s.hasServiceFacility) num++;
    else lacking.push(s.id);
  }
  if (unknown.length > 0) {
    return [
      result(def, subject, 'missing_data', null, expected, `安置点缺少 hasServiceFacility（${unknown.slice(0, 5).join('、')}${unknown.length > 5 ? '等' : ''}）`, `relocation sites lack hasServiceFacility (${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ', …' : ''})`, ['records.relocationSites[].hasServiceFacility']),
    ];
  }
  const r = shareResult(def, subject, num, sites.length, o.relocationThreshold, { zh: '有综合服务设施的安置点', en: 'relocation sites with a comprehensive service facility' }, 'count', snapshot, o);
  // No sites (the only not_applicable case) means none lacking either.
  if (lacking.length === 0) return [r];
  const tail = lacking.slice(0, 5).join('、');
  return [{ ...r, message: { zh: `${r.message.zh}；缺设施：${tail}${lacking.length > 5 ? '等' : ''}`, en: `${r.message.en}; without a facility: ${lacking.slice(0, 5).join(', ')}${lacking.length > 5 ? ', …' : ''}` } }];
}

const relocation = defineRule(relocationDef, runRelocation);

// ---------------------------------------------------------------------------------------------------------------
// 专栏6 item 3 到2025年，社会工作专业人才占全县人口比例1.8‰
// ---------------------------------------------------------------------------------------------------------------

const socialWorkTalent = countyShareRule(
  {
    id: 'p6-3-social-work-talent',
    clause: 'P6.3',
    relatedClauses: [],
    titleZh: '社会工作专业人才占全县人口比例1.8‰',
    titleEn: 'Social work professionals 1.8‰ of the county population',
    scope: 'county',
    appliesTo: 'all',
    due: DUE_2025,
    severity: 'binding',
    cadence: 'target',
    threshold: { comparator: 'at_least', value: '1.8', unit: 'permille', printed: '1.8‰' },
  },
  'socialWorkProfessionals',
  (o) => (o.socialWorkPopulation === 'registered' ? 'registeredPopulation' : 'residentPopulation'),
  { zh: '社会工作专业人才占全县人口', en: 'social work professionals / population' },
  'persons',
);

// ---------------------------------------------------------------------------------------------------------------
// T11 统筹推进基层干部、村（社区）干部、社区工作者培训……实现培训全覆盖
// ---------------------------------------------------------------------------------------------------------------

const trainingDef: RuleCore = {
  id: 't11-training-coverage',
  clause: 'T11',
  relatedClauses: ['P6.1'],
  titleZh: '基层干部、村（社区）干部、社区工作者实现培训全覆盖',
  titleEn: 'Training reaches every grassroots cadre, village (community) cadre and community worker',
  scope: 'county',
  appliesTo: 'all',
  impliedDue: PLAN_END,
  severity: 'binding',
  cadence: 'target',
  threshold: { comparator: 'at_least', value: '100', unit: 'percent', printed: '实现培训全覆盖' },
};

/** Training's fold: the units' community workers and those trained, summed, and whether any unit lacks either. */
interface TrainingAcc {
  workers: number;
  trained: number;
  noWorkers: boolean;
  noTrained: boolean;
}

const trainingFold: UnitFold<TrainingAcc> = {
  init: () => ({ workers: 0, trained: 0, noWorkers: false, noTrained: false }),
  add(acc, u) {
    if (u.communityWorkers === undefined) acc.noWorkers = true;
    else acc.workers += u.communityWorkers;
    if (u.communityWorkersTrained === undefined) acc.noTrained = true;
    else acc.trained += u.communityWorkersTrained;
  },
  merge: (a, b) => ({ workers: a.workers + b.workers, trained: a.trained + b.trained, noWorkers: a.noWorkers || b.noWorkers, noTrained: a.noTrained || b.noTrained }),
  finish: finishTraining,
};

function finishTraining(acc: TrainingAcc, snapshot: Snapshot, o: ResolvedRuleOptions): RuleResult[] {
  const def = trainingDef;
  const subject = countySubject(snapshot);
  const c = snapshot.county;
  const miss: string[] = [];
  const g1 = c?.grassrootsCadres;
  const t1 = c?.grassrootsCadresTrained;
  const g2 = c?.villageCadres;
  const t2 = c?.villageCadresTrained;
  if (g1 === undefined) miss.push('county.grassrootsCadres');
  if (t1 === undefined) miss.push('county.grassrootsCadresTrained');
  if (g2 === undefined) miss.push('county.villageCadres');
  if (t2 === undefined) miss.push('county.villageCadresTrained');
  const { workers, trained, noWorkers, noTrained } = acc;
  if (noWorkers) miss.push('units[].communityWorkers');
  if (noTrained) miss.push('units[].communityWorkersTrained');
  const expected = '100%';
  if (miss.length > 0 || g1 === undefined || t1 === undefined || g2 === undefined || t2 === undefined) return [missingResult(def, subject, miss, expected)];
  const inPost = g1 + g2 + workers;
  const done = t1 + t2 + trained;
  if (inPost === 0) return [notApplicable(def, subject, '三类人员在岗人数均为0', 'no one is in post in the three groups')];
  const groups = {
    zh: `基层干部 ${t1}/${g1}，村（社区）干部 ${t2}/${g2}，社区工作者 ${trained}/${workers}`,
    en: `grassroots cadres ${t1}/${g1}, village (community) cadres ${t2}/${g2}, community workers ${trained}/${workers}`,
  };
  const actual = `${formatAgainst(done * 100, inPost, 100, 1, o.places, o.rounding)}%`;
  const measure = measureFor(def, done * 100, inPost);
  // Everyone in each group: a group's surplus (impossible after validation for the county figures) never offsets another's shortfall.
  const short = Math.max(0, g1 - t1) + Math.max(0, g2 - t2) + Math.max(0, workers - trained);
  if (short === 0) return [result(def, subject, 'pass', actual, expected, `已培训：${groups.zh}，实现培训全覆盖`, `trained: ${groups.en}; every one of them`, undefined, null, measure)];
  const due = dueOf(def, o);
  const st = unmetStatus(snapshot.asOf, due);
  const n = dueNote(st, due);
  const gap: RuleGap = { value: String(short), unit: 'persons' };
  const g = gapWords(gap);
  return [result(def, subject, st, actual, expected, `已培训：${groups.zh}，未实现培训全覆盖${g.zh}${n.zh}`, `trained: ${groups.en}; not yet everyone${g.en}${n.en}`, undefined, gap, measure)];
}

const training = defineFoldRule(trainingDef, trainingFold);

// ---------------------------------------------------------------------------------------------------------------
// B1 村（社区）党组织书记和主任“一肩挑”比例逐步提高
// ---------------------------------------------------------------------------------------------------------------

const oneShoulderDef: RuleCore = {
  id: 'b1-one-shoulder-trend',
  clause: 'B1',
  relatedClauses: ['T12'],
  titleZh: '“一肩挑”比例逐步提高',
  titleEn: 'The share of secretaries who also chair the committee rises gradually',
  scope: 'county',
  appliesTo: 'all',
  severity: 'informational',
  cadence: 'trend',
};

/** The plan's base year: the end of the 13th Five-Year period, the level the background sentence describes. */
const ONE_SHOULDER_BASE_YEAR = 2020;

/** How a B1 message marks the trend test as this library's monitoring, not a target of the plan. */
const TREND_NOTE = { zh: '（趋势监测，本库读法，仅作提示）', en: " (trend monitoring, this library's reading; informational)" };

/**
 * Secretaries who must also chair the committee for a failing year to pass, at its number of secretaries s: with the
 * year compared with at p/q, not below it needs ⌈p·s/q⌉; above it ⌊p·s/q⌋ + 1, at most s (100% passes when the year
 * compared with was 100% too).
 */
function oneShoulderGap(cur: { secretaries: number; concurrent: number }, prev: { secretaries: number; concurrent: number }, rising: boolean): RuleGap | null {
  const s = cur.secretaries;
  // Not below: ⌈p·s/q⌉ − c.
  if (!rising) return wholeGap(cur.concurrent, prev.concurrent, prev.secretaries, s, 1, 'persons');
  // Above: ⌊p·s/q⌋ + 1, or all s when that is more than s (the year compared with was 100%).
  const above = (BigInt(prev.concurrent) * BigInt(s)) / BigInt(prev.secretaries) + 1n;
  return wholeGap(cur.concurrent, above < BigInt(s) ? Number(above) : s, 1, 1, 1, 'persons');
}

function runOneShoulder(snapshot: Snapshot, o: ResolvedRuleOptions): RuleResult[] {
  const def = oneShoulderDef;
  const county = countySubject(snapshot);
  const series = snapshot.county?.oneShoulder;
  if (series === undefined || series.length === 0) return [missingResult(def, county, ['county.oneShoulder'], null)];
  const byYear = new Map<number, { secretaries: number; concurrent: number }>();
  for (const y of series) byYear.set(y.year, y);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const sinceBase = o.oneShoulderTrend === 'since_2020';
  // The years judged: after 2020 against 2020 (default), or every year after the first against the year before.
  const judged = sinceBase ? years.filter((y) => y > ONE_SHOULDER_BASE_YEAR) : years.slice(1);
  // Nothing to judge: no year after 2020 (default), or a single year.
  if (judged.length === 0) return [missingResult(def, sinceBase ? county : `${county}:${years[0] as number}`, ['county.oneShoulder'], null)];
  const out: RuleResult[] = [];
  for (const y of judged) {
    const subject = `${county}:${y}`;
    const base = sinceBase ? ONE_SHOULDER_BASE_YEAR : y - 1;
    // y is one of byYear's keys.
    const cur = byYear.get(y) as { secretaries: number; concurrent: number };
    const prev = byYear.get(base);
    if (prev === undefined) {
      out.push(missingResult(def, subject, [`county.oneShoulder[year=${base}]`], null));
      continue;
    }
    if (cur.secretaries === 0 || prev.secretaries === 0) {
      out.push(notApplicable(def, subject, '书记总数为0', 'there are no secretaries'));
      continue;
    }
    const curPct = `${formatQuotient(cur.concurrent * 100, cur.secretaries, o.places, o.rounding)}%`;
    const prevPct = `${formatQuotient(prev.concurrent * 100, prev.secretaries, o.places, o.rounding)}%`;
    const cmp = compareFractions(cur.concurrent, cur.secretaries, prev.concurrent, prev.secretaries);
    const full = cur.concurrent === cur.secretaries && prev.concurrent === prev.secretaries;
    const rising = o.oneShoulderTrend !== 'non_decreasing';
    const ok = rising ? cmp > 0 || full : cmp >= 0;
    const expected = rising && !full ? `>${prevPct}` : `≥${prevPct}`;
    // The year's exact share against the exact share it is compared with (above it, or at least it).
    const measure = measureOf(cur.concurrent * 100, cur.secretaries, quotientString(BigInt(prev.concurrent) * 100n, BigInt(prev.secretaries)), 'percent', rising && !full ? 'above' : 'at_least');
    const baseZh = sinceBase ? `${base}年（“十三五”末）` : `${base}年`;
    const baseEn = sinceBase ? `${base} (end of the 13th Five-Year period)` : `${base}`;
    const body = {
      zh: `${y}年“一肩挑”比例 ${cur.concurrent}/${cur.secretaries} = ${curPct}，${baseZh}为 ${prev.concurrent}/${prev.secretaries} = ${prevPct}`,
      en: `one-shoulder share ${y}: ${cur.concurrent}/${cur.secretaries} = ${curPct}; ${baseEn}: ${prev.concurrent}/${prev.secretaries} = ${prevPct}`,
    };
    if (ok) {
      const zh = full ? '保持100%' : cmp > 0 ? `高于${base}年` : `与${base}年持平`;
      const en = full ? 'still 100%' : cmp > 0 ? `above ${base}` : `level with ${base}`;
      out.push(result(def, subject, 'pass', curPct, expected, `${body.zh}，${zh}${TREND_NOTE.zh}`, `${body.en}, ${en}${TREND_NOTE.en}`, undefined, null, measure));
      continue;
    }
    const gap = oneShoulderGap(cur, prev, rising);
    const g = gapWords(gap);
    const zh = cmp === 0 ? `未高于${base}年` : `低于${base}年`;
    const en = cmp === 0 ? `not above ${base}` : `below ${base}`;
    out.push(result(def, subject, 'fail', curPct, expected, `${body.zh}，${zh}${g.zh}${TREND_NOTE.zh}`, `${body.en}, ${en}${g.en}${TREND_NOTE.en}`, undefined, gap, measure));
  }
  return out;
}

const oneShoulder = defineRule(oneShoulderDef, runOneShoulder);

/**
 * The county rules, in the plan's order (B1 first, then 专栏2, 专栏3, 专栏4, 专栏6). Each gives one result for the
 * county, except the 一肩挑 trend (one per year after the first).
 *
 * @clause B1
 * @clause P2.1
 * @clause P2.2
 * @clause P3.1
 * @clause P3.2
 * @clause P3.4
 * @clause P3.14
 * @clause P3.16
 * @clause P4.2
 * @clause T11
 * @clause P6.3
 * @example
 * ```ts
 * COUNTY_RULES.find((r) => r.id === 'p6-3-social-work-talent')?.threshold?.printed
 * //=> '1.8‰'
 * ```
 * @category Evaluation · 评估
 */
export const COUNTY_RULES: readonly CoreRule[] = Object.freeze([
  oneShoulder,
  brandOrganisations,
  brandProjects,
  volunteers,
  partyOrganisations,
  partyMembers,
  regionalCentres,
  dayCare,
  mentalRehab,
  demonstrationVillages,
  villagePlans,
  relocation,
  training,
  socialWorkTalent,
]);

/**
 * The plan's words (`quote`) and the readings (`interpretation`) of the county rules, by rule ID. Only the catalogue
 * (`RULES`, `getRule`) reads them: the runners do not, so that a bundle of evaluate leaves these texts out.
 *
 * @internal
 * @clause P3.16
 * @example
 * ```ts
 * COUNTY_RULE_TEXTS['p3-16-village-plans']?.quote
 * //=> '到2025年，完成全县68个行政村村庄规划编制'
 * ```
 */
// Pure: a bundle that does not use the catalogue drops the table and the texts only it reads.
export const COUNTY_RULE_TEXTS: RuleTextTable = /* @__PURE__ */ (() => ({
    'p2-1-brand-organisations': {
      quote: BRAND_QUOTE,
    },
    'p2-1-brand-projects': {
      quote: BRAND_QUOTE,
    },
    'p2-2-registered-volunteers': {
      quote: '到2025年，志愿服务站点在社区综合服务设施中全覆盖，注册志愿者占居民人口比例为15%',
      interpretation: {
        noteZh: '“比例为15%”读作到2025年达到15%（不低于15%）。“居民人口”默认为常住人口，可选户籍人口。',
        noteEn: '比例为15% is read as reaching 15% by 2025 (at least 15%). 居民人口 is the resident population by default; alternatively the registered population.',
        option: 'volunteerPopulation',
        default: 'resident',
        alternatives: ['registered'],
      },
    },
    'p3-1-party-organisations-reported': {
      quote: PARTY_QUOTE,
      interpretation: { ...UNDATED, noteZh: `全覆盖即100%。${UNDATED.noteZh}`, noteEn: `全覆盖 means 100%. ${UNDATED.noteEn}` },
    },
    'p3-1-serving-party-members-reported': {
      quote: PARTY_QUOTE,
      interpretation: { ...UNDATED, noteZh: `全覆盖即100%。${UNDATED.noteZh}`, noteEn: `全覆盖 means 100%. ${UNDATED.noteEn}` },
    },
    'p3-2-regional-elderly-care-centres': {
      quote: ELDERLY_CENTRE_QUOTE,
      interpretation: {
        ...FARM_NOTE,
        noteZh: `${FARM_NOTE.noteZh}“以上”含本数：9个乡镇中5个（55.56%）达到，4个（44.44%）未达到；计入农场时10个中5个（50%）达到。`,
        noteEn: `${FARM_NOTE.noteEn} 以上 includes the number: 5 of 9 (55.56%) meets it, 4 of 9 (44.44%) does not; counting the farm, 5 of 10 (50%) meets it.`,
      },
    },
    'p3-2-day-care-coverage': {
      quote: '90%的社区有日间照料中心设施覆盖',
      interpretation: {
        noteZh:
          '“90%的社区”读作不少于90%。“社区”默认指全部城乡社区（村和社区），可选只计城市社区（国家养老服务规划中日间照料覆盖率常就城市社区而言）。' +
          '此句前一句的“力争2025年”不延及此句，此句未写期限，按“到2025年末”视为 2025-12-31 到期（选项 undatedTargets）。',
        noteEn:
          '90%的社区 is read as at least 90%. 社区 means every urban and rural community by default; alternatively urban communities only ' +
          '(national elderly-care plans often set day-care coverage for urban communities). The preceding sentence\'s 力争2025年 does ' +
          'not reach this sentence, which states no date: due 2025-12-31 by “到2025年末” (option undatedTargets).',
        option: 'dayCareCommunities',
        default: 'all',
        alternatives: ['urban'],
      },
    },
    'p3-4-mental-health-rehabilitation': {
      quote: '到2025年，初步建立政府购买精神障碍社区服务制度，县级广泛开展精神障碍社区康复服务，60%以上的居家患者接受社区康复服务',
      interpretation: { noteZh: '“以上”含本数：恰好60%即达到。', noteEn: '以上 includes the number: exactly 60% meets it.' },
    },
    'p3-14-demonstration-villages': {
      quote: '“十四五”期间将打造20个以上民族团结进步示范村（社区）',
      interpretation: { noteZh: '“以上”含本数：恰好20个即达到；“十四五”期间即 2025-12-31 前。', noteEn: '以上 includes the number: exactly 20 meets it; “十四五”期间 means by 2025-12-31.' },
    },
    'p3-16-village-plans': {
      quote: '到2025年，完成全县68个行政村村庄规划编制',
      interpretation: {
        noteZh: '完成数取 county.villagePlansCompleted；未给出时，若填报数据列出陇川全部村民委员会且都有 villagePlanCompleted，则按单位计数。',
        noteEn: 'The count is county.villagePlansCompleted; without it, when the snapshot lists all of Longchuan\'s 村民委员会 each with villagePlanCompleted, they are counted.',
      },
    },
    'p4-2-relocation-site-facilities': {
      quote: '到2025年基本实现易地扶贫搬迁安置点综合服务设施全覆盖',
      interpretation: {
        noteZh: '“基本实现全覆盖”：“基本”使要求变软（记入 severity），但规划没有给出低于100%的数字，本库默认仍按100%判断；调用方可用选项设定其他百分比。',
        noteEn:
          '基本实现全覆盖: 基本 ("basically") softens the requirement (recorded in severity), but the plan gives no number below 100%, so the ' +
          'library still judges against 100% by default; a caller may set another percentage.',
        option: 'relocationThreshold',
        default: '100',
        alternatives: ['any decimal from 0 to 100'],
      },
    },
    'p6-3-social-work-talent': {
      quote: '到2025年，社会工作专业人才占全县人口比例1.8‰',
      interpretation: {
        noteZh: '“比例1.8‰”读作不低于1.8‰。“全县人口”默认为常住人口，可选户籍人口。',
        noteEn: '比例1.8‰ is read as at least 1.8‰. 全县人口 is the resident population by default; alternatively the registered population.',
        option: 'socialWorkPopulation',
        default: 'resident',
        alternatives: ['registered'],
      },
    },
    't11-training-coverage': {
      quote: '统筹推进基层干部、村（社区）干部、社区工作者培训，提升服务能力和水平。用好乡镇（农场）党校、实训基地和在线培训平台，落实分类分级培训制度，按照省级示范培训、州级统筹培训、县乡镇（农场）兜底培训的原则，实现培训全覆盖',
      interpretation: {
        noteZh:
          '“培训全覆盖”覆盖句首的三类人员：基层干部（乡镇（农场）干部，county.grassrootsCadres 在岗、grassrootsCadresTrained 规划期内已培训，' +
          '由县级组织部门统计）、村（社区）干部（村（社区）“两委”成员，county.villageCadres、villageCadresTrained）和社区工作者' +
          '（按村（社区）填报的 communityWorkers、communityWorkersTrained 合计，与专栏6第1项同一数据）。三类在岗人员规划期内都至少培训一次即为全覆盖；' +
          '本句未写期限，按“到2025年末”视为 2025-12-31 到期（选项 undatedTargets）。',
        noteEn:
          '培训全覆盖 covers the three groups the paragraph names: grassroots cadres (township and farm cadres: county.grassrootsCadres in post and ' +
          'grassrootsCadresTrained in the period, kept by the county\'s organisation department), village (community) cadres (members of the ' +
          'two committees: county.villageCadres, villageCadresTrained) and community workers (the units\' communityWorkers and ' +
          'communityWorkersTrained summed, the data of 专栏6 item 1). Coverage is met when everyone in post in all three groups has been ' +
          'trained at least once in the period. The sentence states no date: due 2025-12-31 by “到2025年末” (option undatedTargets).',
        option: 'undatedTargets',
        default: 'plan_end',
        alternatives: ['immediately'],
      },
    },
    'b1-one-shoulder-trend': {
      quote: '村（社区）党组织书记和主任“一肩挑”比例逐步提高',
      interpretation: {
        noteZh:
          '此句在“发展基础”中，记述“十三五”期间“一肩挑”比例逐步提高，不是“十四五”的目标，规划既未定目标比例，也未要求逐年提高。' +
          '本库只作趋势监测（提示性，不计为未达标）：默认把2021年起每年的比例与2020年（“十三五”末）比较，高于2020年即趋势延续（2020年已达100%的保持100%即可）；' +
          '可选与上一年比较：每年高于上年（rising）或不低于上年（non_decreasing）。本库不设目标数字。检查对象为“县代码:年份”。',
        noteEn:
          'The sentence is in the background chapter: it records that the 一肩挑 share rose during the 13th Five-Year period. It is not a ' +
          'target of the 14th, and the plan sets no target share and no year-on-year test. The library only monitors the trend (informational, ' +
          'never a binding failure): by default each year from 2021 is compared with 2020, the end of the 13th period, and the trend continues ' +
          'when the share is above the 2020 share (or stays at 100% when 2020 was already 100%); alternatively each year is compared with the ' +
          "year before: above it ('rising') or not below it ('non_decreasing'). The library invents no target share. Each result's subject is " +
          '"<county code>:<year>".',
        option: 'oneShoulderTrend',
        default: 'since_2020',
        alternatives: ['rising', 'non_decreasing'],
      },
    },
}))();

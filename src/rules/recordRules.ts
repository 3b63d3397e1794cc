/**
 * Rules checked on record lists: new residential estates and the monthly visits to special-difficulty elderly people
 * (专栏3 item 2), service outlets' utility prices (保障措施 2) and urban community workers' income (T12). The subject
 * of each result is a record ID (an estate's or outlet's `id`, a month `'YYYY-MM'`, a visit's `id`, or
 * `'<unit or county code>:<year>'`).
 *
 * @module
 */
import { compareDecimals } from '../_lib/compareDecimals';
import { roundDecimal } from '../_lib/roundDecimal';
import { compareFractions, decimalToFraction, toHundredths } from '../_lib/fraction';
import { quotientString } from '../_lib/quotientString';
import { isCalendarDate } from '../period/isCalendarDate';
import { monthsBetween } from '../period/monthsBetween';
import type { ElderlyVisits } from '../snapshot/ruleData/elderlyVisits';
import type { Snapshot } from '../snapshot/snapshotSchema';
import { formatAgainst } from './_lib/format';
import { type CoreRule, countySubject, defineRule, missingResult, notApplicable, result, type RuleCore, type RuleTextTable } from './_lib/rule';
import { thresholdOf } from './_lib/thresholdOf';
import { gapWords } from './_lib/gapWords';
import { bigFraction, fractionGap, wholeGap } from './_lib/gaps';
import { measureFor, measureOf } from './_lib/measure';
import type { ResolvedRuleOptions } from './RuleOptions';
import type { RuleResult } from './types';
import { subjectEn, subjectZh } from './_lib/subject';

// ---------------------------------------------------------------------------------------------------------------
// 专栏3 item 2 新建住宅小区应按照每百户不少于20平方米建筑面积配建社区居家养老服务用房
// ---------------------------------------------------------------------------------------------------------------

const estateDef: RuleCore = {
  id: 'p3-2-new-estate-elderly-care-space',
  clause: 'P3.2',
  relatedClauses: ['S2'],
  titleZh: '新建住宅小区按每百户不少于20平方米建筑面积配建社区居家养老服务用房',
  titleEn: 'New residential estates: at least 20 m² of elderly-care space per 100 households',
  scope: 'records',
  appliesTo: 'all',
  severity: 'binding',
  cadence: 'standard',
  threshold: { comparator: 'at_least', value: '20', unit: 'm2_per_100_households', printed: '每百户不少于20平方米' },
};

function runEstates(snapshot: Snapshot, o: ResolvedRuleOptions): RuleResult[] {
  const def = estateDef;
  const estates = snapshot.records?.newEstates;
  const value = thresholdOf(def).value;
  const expected = `≥${value} m²/100 households`;
  if (estates === undefined) return [missingResult(def, countySubject(snapshot), ['records.newEstates'], expected)];
  const [tn, td] = decimalToFraction(value);
  const out: RuleResult[] = [];
  for (const e of estates) {
    const id = e.id;
    if (e.households === undefined || e.elderlyCareServiceArea === undefined) {
      const miss: string[] = [];
      if (e.households === undefined) miss.push('households');
      if (e.elderlyCareServiceArea === undefined) miss.push('elderlyCareServiceArea');
      out.push(missingResult(def, id, miss, expected));
      continue;
    }
    if (e.households === 0) {
      out.push(notApplicable(def, id, '户数为0', 'the estate has 0 households'));
      continue;
    }
    const ah = toHundredths(e.elderlyCareServiceArea);
    const shown = formatAgainst(ah, e.households, tn, td, o.places, o.rounding);
    const actual = `${shown} m²/100 households`;
    const measure = measureFor(def, ah, e.households);
    const body = {
      zh: `${id}：${e.households}户，配建居家养老服务用房${e.elderlyCareServiceArea}平方米，每百户${shown}平方米`,
      en: `${id}: ${e.households} households, ${e.elderlyCareServiceArea} m² of elderly-care space, ${shown} m² per 100 households`,
    };
    if (compareFractions(ah, e.households, tn, td) >= 0) {
      out.push(result(def, id, 'pass', actual, expected, `${body.zh}，不少于${value}平方米`, `${body.en}, at least ${value}`, undefined, null, measure));
      continue;
    }
    // Needed: tn·households / td hundredths of m²; the gap in m² is (tn·households − ah·td) / (td·100).
    const gap = fractionGap(BigInt(tn) * BigInt(e.households) - BigInt(ah) * BigInt(td), BigInt(td) * 100n, 'm2');
    const g = gapWords(gap);
    out.push(result(def, id, 'fail', actual, expected, `${body.zh}，少于${value}平方米${g.zh}`, `${body.en}, below ${value}${g.en}`, undefined, gap, measure));
  }
  return out;
}

const estates = defineRule(estateDef, runEstates);

// ---------------------------------------------------------------------------------------------------------------
// 专栏3 item 2 特殊困难老年人月探访率达到100％
// ---------------------------------------------------------------------------------------------------------------

const VISIT_QUOTE = '特殊困难老年人月探访率达到100％';

const visitRateDef: RuleCore = {
  id: 'p3-2-monthly-visit-rate',
  clause: 'P3.2',
  relatedClauses: [],
  titleZh: '特殊困难老年人月探访率达到100％',
  titleEn: 'Every special-difficulty elderly person visited every month (100％)',
  scope: 'records',
  appliesTo: 'all',
  severity: 'binding',
  cadence: 'monthly',
  threshold: { comparator: 'at_least', value: '100', unit: 'percent', printed: '100％' },
};

/** The last day of a month `YYYY-MM`. */
function monthEnd(ym: string): string {
  const y = Number(ym.slice(0, 4));
  const m = Number(ym.slice(5, 7));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  // 28 to 31: always two digits.
  return `${ym}-${last}`;
}

function logUsable(log: ElderlyVisits): boolean {
  return isCalendarDate(log.from) && isCalendarDate(log.to) && log.to >= log.from;
}

function runVisitRate(snapshot: Snapshot, o: ResolvedRuleOptions): RuleResult[] {
  const def = visitRateDef;
  const log = snapshot.records?.elderlyVisits;
  const expected = '100%';
  if (log === undefined) return [missingResult(def, countySubject(snapshot), ['records.elderlyVisits'], expected)];
  if (!logUsable(log)) return [missingResult(def, countySubject(snapshot), ['records.elderlyVisits.from', 'records.elderlyVisits.to'], expected)];
  const { printed, value } = thresholdOf(def);
  const [tn, td] = decimalToFraction(value);
  // Open ends are the log's own: visits outside the log are skipped anyway, and every month is within it.
  const roster = new Map<string, { from: string; to: string }>();
  for (const e of log.roster) roster.set(e.personId, { from: e.from ?? log.from, to: e.to ?? log.to });
  // month → persons visited that month while on the roster
  const visited = new Map<string, Set<string>>();
  for (const v of log.visits) {
    const entry = roster.get(v.personId);
    if (entry === undefined) continue;
    if (v.date < log.from || v.date > log.to) continue;
    if (v.date < entry.from || v.date > entry.to) continue;
    const ym = v.date.slice(0, 7);
    let set = visited.get(ym);
    if (set === undefined) visited.set(ym, (set = new Set()));
    set.add(v.personId);
  }
  const out: RuleResult[] = [];
  for (const ym of monthsBetween(log.from, log.to)) {
    let onRoster = 0;
    const notVisited: string[] = [];
    const seen = visited.get(ym);
    for (const [person, entry] of roster) {
      if (entry.from.slice(0, 7) > ym) continue;
      if (entry.to.slice(0, 7) < ym) continue;
      onRoster++;
      if (seen === undefined || !seen.has(person)) notVisited.push(person);
    }
    if (onRoster === 0) {
      out.push(notApplicable(def, ym, '当月名册上没有特殊困难老年人', 'nobody is on the roster that month'));
      continue;
    }
    const count = onRoster - notVisited.length;
    const shown = `${formatAgainst(count * 100, onRoster, tn, td, o.places, o.rounding)}%`;
    const measure = measureFor(def, count * 100, onRoster);
    const body = { zh: `${ym}：名册${onRoster}人，已探访${count}人，月探访率${shown}`, en: `${ym}: ${count} of ${onRoster} on the roster visited, monthly visit rate ${shown}` };
    if (compareFractions(count * 100, onRoster, tn, td) >= 0) {
      out.push(result(def, ym, 'pass', shown, expected, `${body.zh}，达到${printed}`, `${body.en}, ${printed} reached`, undefined, null, measure));
      continue;
    }
    const end = monthEnd(ym);
    const pending = snapshot.asOf < end;
    const names = notVisited.slice(0, 5).join(', ') + (notVisited.length > 5 ? ', …' : '');
    // People still to visit this month: ⌈tn / td % of the roster⌉ − those visited.
    const gap = wholeGap(count, tn, td, onRoster, 100, 'persons');
    const g = gapWords(gap);
    out.push(
      result(
        def,
        ym,
        pending ? 'pending' : 'fail',
        shown,
        expected,
        `${body.zh}，未达到${printed}${g.zh}（未探访：${names}）${pending ? `（当月至 ${end} 结束，尚未到期）` : ''}`,
        `${body.en}, below ${printed}${g.en} (not visited: ${names})${pending ? ` (the month runs to ${end}, not yet due)` : ''}`,
        undefined,
        gap,
        measure,
      ),
    );
  }
  return out;
}

const visitRate = defineRule(visitRateDef, runVisitRate);

const onRosterDef: RuleCore = {
  id: 'p3-2-visits-on-roster',
  clause: 'P3.2',
  relatedClauses: [],
  titleZh: '探访记录只计名册上的特殊困难老年人（数据核查）',
  titleEn: 'Visits count only for people on the roster (data check)',
  scope: 'records',
  appliesTo: 'all',
  severity: 'informational',
  cadence: 'monthly',
};

function runOnRoster(snapshot: Snapshot): RuleResult[] {
  const def = onRosterDef;
  const log = snapshot.records?.elderlyVisits;
  if (log === undefined) return [missingResult(def, countySubject(snapshot), ['records.elderlyVisits'], '0')];
  const roster = new Map<string, { from: string | undefined; to: string | undefined }>();
  for (const e of log.roster) roster.set(e.personId, { from: e.from, to: e.to });
  const out: RuleResult[] = [];
  log.visits.forEach((v, i) => {
    const subject = v.id ?? `visits[${i}]`;
    const entry = roster.get(v.personId);
    if (entry === undefined) {
      out.push(result(def, subject, 'fail', v.personId, 'on roster', `${subjectZh(subject)}：${v.date} 探访的 ${v.personId} 不在特殊困难老年人名册上，不计入月探访率`, `${subjectEn(subject)}: ${v.personId}, visited on ${v.date}, is not on the roster; not counted`));
    } else if ((entry.from !== undefined && v.date < entry.from) || (entry.to !== undefined && v.date > entry.to)) {
      out.push(result(def, subject, 'fail', v.personId, 'on roster', `${subjectZh(subject)}：${v.date} 探访 ${v.personId} 时其不在名册期间（${entry.from ?? '…'} 至 ${entry.to ?? '…'}），不计入月探访率`, `${subjectEn(subject)}: ${v.personId} was visited on ${v.date}, outside their time on the roster (${entry.from ?? '…'} to ${entry.to ?? '…'}); not counted`));
    }
  });
  if (out.length === 0) {
    out.push(result(def, 'records.elderlyVisits', 'pass', '0', '0', `${log.visits.length}条探访记录均为名册上的人`, `all ${log.visits.length} visits are to people on the roster`));
  }
  return out;
}

const onRoster = defineRule(onRosterDef, runOnRoster);

// ---------------------------------------------------------------------------------------------------------------
// T12 城市社区工作者月平均收入不低于上年度全口径城镇单位就业人员月平均工资
// ---------------------------------------------------------------------------------------------------------------

const incomeDef: RuleCore = {
  id: 't12-urban-worker-income',
  clause: 'T12',
  relatedClauses: [],
  titleZh: '城市社区工作者月平均收入不低于上年度全口径城镇单位就业人员月平均工资',
  titleEn: "Urban community workers' average monthly income at least last year's all-inclusive (全口径) average monthly wage of urban unit employees",
  scope: 'records',
  appliesTo: 'urban',
  severity: 'binding',
  cadence: 'annual',
};

/**
 * The monthly wage `annual ÷ 12` for display: to the fen (2 places, half up), or with more places (up to 12) where the
 * fen would hide which side of it the income lies. 100000 ÷ 12 = 8333.333… against an income of 8333.33 fails, so it
 * shows as 8333.333, never as the 8333.33 that the income equals.
 */
function showMonthlyWage(annual: readonly [bigint, bigint], income: string, ok: boolean): string {
  // annual ÷ 12 to 40 significant digits, half up, as the Decimal division writes it; then rounded for display.
  const exact = quotientString(annual[0], annual[1] * 12n);
  let shown = roundDecimal(exact, 2, 'half_up');
  for (let places = 3; places <= 12 && compareDecimals(income, shown) >= 0 !== ok; places++) shown = roundDecimal(exact, places, 'half_up');
  return shown;
}

function runIncome(snapshot: Snapshot): RuleResult[] {
  const def = incomeDef;
  const county = countySubject(snapshot);
  const incomes = snapshot.records?.communityWorkerIncome;
  if (incomes === undefined) return [missingResult(def, county, ['records.communityWorkerIncome'], null)];
  const wages = new Map<number, { monthly: string | undefined; annual: string | undefined }>();
  for (const w of snapshot.county?.urbanUnitWages ?? []) wages.set(w.year, { monthly: w.averageMonthlyWage, annual: w.averageAnnualWage });
  const out: RuleResult[] = [];
  for (const r of incomes) {
    const subject = `${r.unitCode ?? county}:${r.year}`;
    const prevYear = r.year - 1;
    const w = wages.get(prevYear);
    if (w === undefined || (w.monthly === undefined && w.annual === undefined)) {
      out.push(missingResult(def, subject, [`county.urbanUnitWages[year=${prevYear}]`], null));
      continue;
    }
    const income = r.averageMonthlyIncome;
    // The income exactly, as a fraction: for the comparison with an annual wage, the measure and the gap.
    const [inN, inD] = bigFraction(income);
    let ok: boolean;
    let wageShown: string;
    let basisZh = '';
    let basisEn = '';
    if (w.monthly !== undefined) {
      ok = compareDecimals(income, w.monthly) >= 0;
      wageShown = w.monthly;
    } else {
      const annual = bigFraction(w.annual as string);
      // income × 12 to 40 significant digits, half up (the Decimal product), against the annual wage, exactly.
      ok = compareDecimals(quotientString(inN * 12n, inD), w.annual as string) >= 0;
      wageShown = showMonthlyWage(annual, income, ok);
      basisZh = `（年平均工资${w.annual}元÷12）`;
      basisEn = ` (annual ${w.annual} yuan ÷ 12)`;
    }
    const expected = `≥${wageShown} yuan`;
    const actual = `${r.averageMonthlyIncome} yuan`;
    const body = {
      zh: `${subjectZh(subject)}：${r.year}年城市社区工作者月平均收入${r.averageMonthlyIncome}元，${prevYear}年全口径城镇单位就业人员月平均工资${wageShown}元${basisZh}`,
      en: `${subjectEn(subject)}: urban community workers' average monthly income ${r.averageMonthlyIncome} yuan in ${r.year}; ${prevYear} average monthly wage of urban unit employees ${wageShown} yuan${basisEn}`,
    };
    // The income and the monthly wage (annual ÷ 12) exactly, from the fractions the gap is computed from.
    const [wN, wD] = bigFraction(w.monthly ?? (w.annual as string));
    const per = w.monthly === undefined ? 12n : 1n;
    const measure = measureOf(inN, inD, quotientString(wN, wD * per), 'yuan');
    if (ok) {
      out.push(result(def, subject, 'pass', actual, expected, `${body.zh}，不低于`, `${body.en}: not below`, undefined, null, measure));
      continue;
    }
    // wage − income in yuan, exactly (annual ÷ 12 − income = (annual − 12·income) ÷ 12, rounded up to the fen when it does not terminate).
    const gap = fractionGap(wN * inD - inN * wD * per, wD * inD * per, 'yuan');
    const g = gapWords(gap);
    out.push(result(def, subject, 'fail', actual, expected, `${body.zh}，低于${g.zh}`, `${body.en}: below${g.en}`, undefined, gap, measure));
  }
  return out;
}

const income = defineRule(incomeDef, runIncome);

// ---------------------------------------------------------------------------------------------------------------
// S2 社区服务网点的水、电、气、热执行居民生活类价格
// ---------------------------------------------------------------------------------------------------------------

const UTILITIES = [
  ['water', '水', 'water'],
  ['electricity', '电', 'electricity'],
  ['gas', '气', 'gas'],
  ['heating', '热', 'heating'],
] as const;

const tariffDef: RuleCore = {
  id: 's2-residential-utility-prices',
  clause: 'S2',
  relatedClauses: [],
  titleZh: '社区服务网点水、电、气、热执行居民生活类价格',
  titleEn: 'Community service outlets pay residential prices for water, electricity, gas and heating',
  scope: 'records',
  appliesTo: 'all',
  severity: 'binding',
  cadence: 'standard',
};

function runTariffs(snapshot: Snapshot): RuleResult[] {
  const def = tariffDef;
  const outlets = snapshot.records?.serviceOutlets;
  if (outlets === undefined) return [missingResult(def, countySubject(snapshot), ['records.serviceOutlets'], 'none')];
  const out: RuleResult[] = [];
  for (const s of outlets) {
    const miss: string[] = [];
    const badKeys: string[] = [];
    const badZh: string[] = [];
    for (const [key, zh] of UTILITIES) {
      const t = s[key];
      if (t === undefined) miss.push(key);
      else if (t === 'non_residential') {
        badKeys.push(key);
        badZh.push(zh);
      }
    }
    if (miss.length > 0) out.push(missingResult(def, s.id, miss, 'none'));
    else if (badKeys.length === 0) out.push(result(def, s.id, 'pass', 'none', 'none', `${s.id}：水、电、气、热均执行居民生活类价格（或未使用）`, `${s.id}: residential prices for every utility used`));
    else out.push(result(def, s.id, 'fail', badKeys.join('+'), 'none', `${s.id}：${badZh.join('、')}未执行居民生活类价格`, `${s.id}: non-residential price for ${badKeys.join(', ')}`));
  }
  return out;
}

const tariffs = defineRule(tariffDef, runTariffs);

/**
 * The record rules, in the plan's order (专栏3 item 2 estates, visit rate and visit check; T12 income; S2 prices).
 *
 * @clause P3.2
 * @clause T12
 * @clause S2
 * @example
 * ```ts
 * RECORD_RULES.map((r) => r.id)
 * //=> ['p3-2-new-estate-elderly-care-space', 'p3-2-monthly-visit-rate', 'p3-2-visits-on-roster', 't12-urban-worker-income', 's2-residential-utility-prices']
 * ```
 * @category Evaluation · 评估
 */
export const RECORD_RULES: readonly CoreRule[] = Object.freeze([estates, visitRate, onRoster, income, tariffs]);

/**
 * The plan's words (`quote`) and the readings (`interpretation`) of the record rules, by rule ID. Only the catalogue
 * (`RULES`, `getRule`) reads them: the runners do not, so that a bundle of evaluate leaves these texts out.
 *
 * @internal
 * @clause T12
 * @example
 * ```ts
 * RECORD_RULE_TEXTS['t12-urban-worker-income']?.quote
 * //=> '城市社区工作者月平均收入不低于上年度全口径城镇单位就业人员月平均工资'
 * ```
 */
// Pure: a bundle that does not use the catalogue drops the table and the texts only it reads.
export const RECORD_RULE_TEXTS: RuleTextTable = /* @__PURE__ */ (() => ({
    'p3-2-new-estate-elderly-care-space': {
      quote: '新建住宅小区应按照每百户不少于20平方米建筑面积配建社区居家养老服务用房',
      interpretation: {
        noteZh:
          '按每个新建住宅小区（records.newEstates）的户数和配建的社区居家养老服务用房面积计算。这是住宅小区的养老用房标准，' +
          '与第8条社区综合服务设施每百户30平方米是两项不同的标准，所用面积也不同。',
        noteEn:
          "Computed for each new residential estate (records.newEstates) from its households and the home-based elderly-care space built " +
          "with it. This is the estates' elderly-care space standard, distinct from task 8's 30 m² per 100 households of community " +
          'comprehensive service facilities, and it reads a different area.',
      },
    },
    'p3-2-monthly-visit-rate': {
      quote: VISIT_QUOTE,
      interpretation: {
        noteZh:
          '对探访记录覆盖期内的每个自然月：当月在名册上的人（列入日期不晚于当月、未在当月之前离开）中，当月（且在名册期间）至少被探访一次的人数 ÷ 当月名册人数，须达到100％。' +
          '当月尚未结束时未达到为“未到期”。探访名册以外的人不计入，另由 p3-2-visits-on-roster 标出。检查对象为月份 YYYY-MM。',
        noteEn:
          'For every calendar month of the log\'s period: of the people on the roster that month (joined by the month, not left before it), ' +
          'those visited at least once in the month while on the roster ÷ those on the roster must be 100％. A month not yet over is pending ' +
          'while short. Visits to people off the roster are not counted and are flagged by p3-2-visits-on-roster. Subjects are months YYYY-MM.',
      },
    },
    'p3-2-visits-on-roster': {
      quote: VISIT_QUOTE,
      interpretation: {
        noteZh: '数据核查：探访的人不在名册上，或探访日期不在其列入名册的期间内，该记录不计入月探访率，并在此标出（检查对象为记录 id，无 id 时为 visits[序号]）。',
        noteEn: 'Data check: a visit to someone not on the roster, or on a day outside their time on it, is not counted in the monthly rate and is flagged here (subject: the visit\'s id, or visits[index]).',
      },
    },
    't12-urban-worker-income': {
      quote: '城市社区工作者月平均收入不低于上年度全口径城镇单位就业人员月平均工资',
      interpretation: {
        noteZh:
          '某年（records.communityWorkerIncome）的月平均收入与上一年（county.urbanUnitWages）的全口径城镇单位就业人员月平均工资比较；' +
          '只给出年平均工资时按年工资÷12精确比较（收入×12 ≥ 年工资）。金额单位为元，按十进制精确计算。',
        noteEn:
          "Each year's average monthly income (records.communityWorkerIncome) is compared with the previous year's average monthly wage of " +
          'urban unit employees (county.urbanUnitWages); with an annual wage only, exactly as annual ÷ 12 (income × 12 ≥ annual). Yuan, exact decimals.',
      },
    },
    's2-residential-utility-prices': {
      quote: '社区服务网点的水、电、气、热执行居民生活类价格',
      interpretation: {
        noteZh: '每个网点四项各记为居民价、非居民价或未使用（not_supplied，如无供暖）；任何一项为非居民价即不达标。',
        noteEn: 'Each outlet records each of the four as residential, non-residential or not supplied (e.g. no heating); any non-residential price fails.',
      },
    },
}))();

import { PlanInputError } from '../_lib/PlanInputError';
import { compareFractions, decimalToFraction } from '../_lib/fraction';
import { classificationField, type ClassifyBy } from '../snapshot/classifyUnit';
import { showValue } from '../_lib/showValue';

/**
 * The readings a caller may change where the plan's text is open, and how results are shown. Every option has a
 * default that is the library's documented reading (see {@link DEFAULT_RULE_OPTIONS}).
 *
 * - `classifyBy` (all rules that apply to rural or urban units): `'committee'` (default), `'nbs_code'` or `'caller'`.
 * - `undatedTargets` (targets whose clause states no date, such as 实现…全覆盖): `'plan_end'` (default: due at the
 *   plan's general target date 2025-12-31, “到2025年末”, so `pending` before it) or `'immediately'` (due now).
 * - `openingHoursBasis` (T3 一般不少于每天8小时): `'five_days'` (default: at least five days a week, any five, each open
 *   at least 8 h; 一般 allows the other two days off, so one 8-hour day a week does not pass), `'each_open_day'` (every
 *   day the facility opens has at least 8 h; closed days not counted), `'each_day'` (all seven days),
 *   `'open_day_average'` (the average over open days) or `'week_average'` (the weekly total ÷ 7, i.e. at least 56 h a
 *   week).
 * - `surveyWindow` (T3 satisfaction survey, 实现…覆盖所有村（社区）): `'plan_period'` (default: a 全覆盖 target without a
 *   cycle, due 2025-12-31 like the other undated targets (see `undatedTargets`); a survey at any time since 2021-01-01
 *   counts), `'calendar_year'` (a yearly survey in asOf's calendar year, `pending` until 31 December) or
 *   `'last_12_months'` (a survey after the same day a year before asOf).
 * - `farmCountsAsTownship` (专栏3 item 2 各乡镇 / 50%以上的乡镇): `false` (default: the plan says 乡镇 alone here and
 *   names the farm beside the 乡镇 elsewhere, “9个乡镇、1个农场”, “乡镇（农场）”) or `true`.
 * - `farmCommunities` (P3.11 城区“一区一警两辅警”, and indicators 2, 3, 6, 7): `'include'` (default: the four 社区居民委员会
 *   of 陇川农场 are urban communities) or `'exclude'` (left out).
 * - `dayCareCommunities` (专栏3 item 2, 90%的社区), `fitnessCircleCommunities` (专栏3 item 9) and
 *   `socialWorkerCommunities` (专栏6 item 3, 每个社区): which units count as 社区: `'all'` (default: the plan's
 *   社区 are its 城乡社区, villages included) or `'urban'` (urban communities only).
 * - `communityWorkerUnits` (task 12 social insurance and housing fund of 社区工作者): `'urban'` (default: task 10 defines
 *   社区工作者 from the urban community organisations) or `'all'`.
 * - `volunteerPopulation` (专栏2 item 2, 居民人口) and `socialWorkPopulation` (专栏6 item 3, 全县人口): `'resident'`
 *   (default, 常住人口) or `'registered'` (户籍人口).
 * - `relocationThreshold` (专栏4 item 2, 基本实现…全覆盖): the coverage in per cent that counts as met, a decimal string
 *   from `'0'` to `'100'`; default `'100'` (基本 softens the wording, recorded in the rule's severity; the number is not
 *   lowered unless the caller says so).
 * - `oneShoulderTrend` (B1 逐步提高, a trend the background records, monitored as information only): `'since_2020'`
 *   (default: each year from 2021 above the 2020 share, the end of the 13th Five-Year period; 100% may stay 100%),
 *   `'rising'` (each year's share above the year before; a share already at
 *   100% may stay there) or `'non_decreasing'`.
 * - `places` and `rounding`: how shares are shown in `actual` (default 2 places, `'half_up'` 四舍五入; `'half_even'` is
 *   GB/T 8170). Comparisons always use the unrounded value.
 *
 * @clause T3
 * @clause P3.2
 * @clause P6.3
 * @example
 * ```ts
 * const options: RuleOptions = { openingHoursBasis: 'week_average', farmCountsAsTownship: true };
 * ```
 * @category Evaluation · 评估
 */
export interface RuleOptions {
  /** How units are classified urban or rural; default `'committee'`. */
  readonly classifyBy?: ClassifyBy;
  /** When a target whose clause states no date falls due; default `'plan_end'`. */
  readonly undatedTargets?: 'plan_end' | 'immediately';
  /** How "每天8小时" is judged from a weekly schedule; default `'five_days'`. */
  readonly openingHoursBasis?: 'five_days' | 'each_open_day' | 'each_day' | 'open_day_average' | 'week_average';
  /** Which survey dates count: the plan period (a target due 2025-12-31) or a yearly window; default `'plan_period'`. */
  readonly surveyWindow?: 'plan_period' | 'calendar_year' | 'last_12_months';
  /** Whether the state farm counts among 乡镇 where the plan says 乡镇 alone; default `false`. */
  readonly farmCountsAsTownship?: boolean;
  /** Whether 陇川农场's four residents' committees count as urban communities; default `'include'`. */
  readonly farmCommunities?: 'include' | 'exclude';
  /** Which units count as 社区 for day-care coverage (90%); default `'all'`. */
  readonly dayCareCommunities?: 'all' | 'urban';
  /** Which units count as 社区 for the 15-minute fitness circle; default `'all'`. */
  readonly fitnessCircleCommunities?: 'all' | 'urban';
  /** Which units count as 社区 for professional social workers per community; default `'all'`. */
  readonly socialWorkerCommunities?: 'all' | 'urban';
  /** Whose community workers the social insurance and housing fund rules cover; default `'urban'`. */
  readonly communityWorkerUnits?: 'all' | 'urban';
  /** Population of the volunteer share; default `'resident'`. */
  readonly volunteerPopulation?: 'resident' | 'registered';
  /** Population of the social work talent share; default `'resident'`. */
  readonly socialWorkPopulation?: 'resident' | 'registered';
  /** Relocation-site coverage (per cent) that counts as 基本实现全覆盖; default `'100'`. */
  readonly relocationThreshold?: string;
  /** How "逐步提高" is monitored: against 2020 or the year before; default `'since_2020'`. */
  readonly oneShoulderTrend?: 'since_2020' | 'rising' | 'non_decreasing';
  /** Decimal places of shares shown in `actual`; default 2 (0–10). */
  readonly places?: number;
  /** Display rounding of shares; default `'half_up'`. */
  readonly rounding?: 'half_up' | 'half_even';
}

/**
 * The default of every rule option: the library's reading of the plan.
 *
 * @clause T3
 * @example
 * ```ts
 * DEFAULT_RULE_OPTIONS.openingHoursBasis
 * //=> 'five_days'
 * ```
 * @category Evaluation · 评估
 */
export const DEFAULT_RULE_OPTIONS = Object.freeze({
  classifyBy: 'committee',
  undatedTargets: 'plan_end',
  openingHoursBasis: 'five_days',
  surveyWindow: 'plan_period',
  farmCountsAsTownship: false,
  farmCommunities: 'include',
  dayCareCommunities: 'all',
  fitnessCircleCommunities: 'all',
  socialWorkerCommunities: 'all',
  communityWorkerUnits: 'urban',
  volunteerPopulation: 'resident',
  socialWorkPopulation: 'resident',
  relocationThreshold: '100',
  oneShoulderTrend: 'since_2020',
  places: 2,
  rounding: 'half_up',
} as const satisfies Required<RuleOptions>);

/**
 * Options with every default filled in, plus derived values.
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * resolveRuleOptions({}).openingHoursBasis
 * //=> 'five_days'
 * ```
 */
export interface ResolvedRuleOptions extends Required<RuleOptions> {
  /** The unit field the classification reads, for `missing` lists. */
  readonly classField: string;
}

const CHOICES: { readonly [K in keyof RuleOptions]?: readonly unknown[] } = {
  classifyBy: ['committee', 'nbs_code', 'caller'],
  undatedTargets: ['plan_end', 'immediately'],
  openingHoursBasis: ['five_days', 'each_open_day', 'each_day', 'open_day_average', 'week_average'],
  surveyWindow: ['plan_period', 'calendar_year', 'last_12_months'],
  farmCountsAsTownship: [false, true],
  farmCommunities: ['include', 'exclude'],
  dayCareCommunities: ['all', 'urban'],
  fitnessCircleCommunities: ['all', 'urban'],
  socialWorkerCommunities: ['all', 'urban'],
  communityWorkerUnits: ['urban', 'all'],
  volunteerPopulation: ['resident', 'registered'],
  socialWorkPopulation: ['resident', 'registered'],
  oneShoulderTrend: ['since_2020', 'rising', 'non_decreasing'],
  rounding: ['half_up', 'half_even'],
};

const PERCENT = /^(?:0|[1-9]\d{0,2})(?:\.\d{1,6})?$/;

function bad(name: string, value: unknown, allowedZh: string, allowedEn: string): never {
  throw new PlanInputError({
    code: 'invalid_option',
    path: [name],
    messageZh: `选项 ${name} 应为${allowedZh}，实际为 ${showValue(value)}`,
    messageEn: `option ${name} must be ${allowedEn}, got ${showValue(value)}`,
  });
}

let defaults: ResolvedRuleOptions | undefined;

/**
 * Fill in defaults and reject unknown option names or values (from untyped callers) with a `PlanInputError` (code `invalid_option` or `unknown_option`, path `[name]`).
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * resolveRuleOptions({ farmCountsAsTownship: true }).farmCountsAsTownship
 * //=> true
 * resolveRuleOptions({ places: 11 })
 * //=> throws PlanInputError { code: 'invalid_option', path: ['places'] }
 * ```
 */
export function resolveRuleOptions(options: RuleOptions | undefined): ResolvedRuleOptions {
  if (options === undefined) {
    defaults ??= Object.freeze({ ...DEFAULT_RULE_OPTIONS, classField: classificationField(DEFAULT_RULE_OPTIONS.classifyBy) });
    return defaults;
  }
  if (typeof options !== 'object' || options === null) bad('options', options, '对象', 'an object');
  const merged: Record<string, unknown> = { ...DEFAULT_RULE_OPTIONS };
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    // Own properties only: `constructor`, `toString` or `__proto__` are unknown options, never Object.prototype's.
    if (!Object.hasOwn(DEFAULT_RULE_OPTIONS, key)) {
      throw new PlanInputError({
        code: 'unknown_option',
        path: [key],
        messageZh: `未知选项：${key}（是否拼错？）`,
        messageEn: `unknown option: ${key} (misspelt?)`,
      });
    }
    const allowed = Object.hasOwn(CHOICES, key) ? CHOICES[key as keyof RuleOptions] : undefined;
    if (allowed !== undefined && !allowed.includes(value)) {
      bad(key, value, ` ${allowed.map(String).join('、')} 之一`, `one of ${allowed.map(String).join(', ')}`);
    }
    merged[key] = value;
  }
  const places = merged['places'];
  if (typeof places !== 'number' || !Number.isInteger(places) || places < 0 || places > 10) {
    bad('places', places, '0—10之间的整数', 'a whole number 0–10');
  }
  const threshold = merged['relocationThreshold'];
  if (typeof threshold !== 'string' || !PERCENT.test(threshold) || compareFractions(...decimalToFraction(threshold), 100, 1) > 0) {
    bad('relocationThreshold', threshold, '"0"—"100"之间的十进制字符串', 'a decimal string from "0" to "100"');
  }
  const resolved = Object.freeze({
    ...(merged as unknown as Required<RuleOptions>),
    classField: classificationField(merged['classifyBy'] as ClassifyBy),
  });
  return resolved;
}

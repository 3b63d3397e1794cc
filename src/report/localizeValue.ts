/**
 * The rule results' `actual` and `expected` values in the report's language. The rules write them as short,
 * language-neutral display strings (`'27.5 m²/100 households'`, `'≥8h'`, `'true'`, `'survey in 2024'`); a Chinese
 * report prints them as the plan does (`'27.5平方米/百户'`, `'≥8小时'`, `'是'`, `'2024年内已开展调查'`).
 *
 * @internal
 * @module
 */
import type { ReportLocale } from './labels';

// Each starts with a decimal and its optional comparison sign (`≥8`, `>63.64`, `7.5`). Literals, not `new RegExp`,
// so that a bundle without the report drops them (a call at module level is kept as a possible side effect).
const HOURS = /^([≥>≤<]?)(\d+(?:\.\d+)?)h$/;
const PER_100_HOUSEHOLDS = /^([≥>≤<]?)(\d+(?:\.\d+)?) m²\/100 households$/;
const YUAN = /^([≥>≤<]?)(\d+(?:\.\d+)?) yuan$/;
const SURVEY_IN = /^survey in (\d{4})$/;
const SURVEY_AFTER = /^survey after (\d{4}-\d{2}-\d{2})$/;
const SURVEY_SINCE = /^survey since (\d{4}-\d{2}-\d{2})$/;
const RECORD_INDEX = /^visits\[(\d+)\]$/;
const UTILITIES_ZH: Readonly<Record<string, string>> = { water: '水', electricity: '电', gas: '气', heating: '热' };
const WORDS_ZH: Readonly<Record<string, string>> = { true: '是', false: '否', none: '无', 'on roster': '在名册内' };

/**
 * A rule result's `actual` or `expected` value as a report in `locale` prints it. In Chinese every form the rules
 * write reads as the plan's words: hours (`7h` → `7小时`), areas per 100 households (`平方米/百户`), money (`元`),
 * yes and no (`是`/`否`), the utilities of 保障措施 (`电`, `水、电`, `无`), the survey windows of T3 (the plan period,
 * a calendar year or the last 12 months) and the roster of
 * P3.2; shares (`93.33%`, `≥1.8‰`), counts, fractions (`3/4`) and dates are already neutral. An unknown value is
 * returned as it is (each format escapes it when it prints it). In English the value is returned as it is.
 *
 * @param value - The value as the evaluation holds it.
 * @param locale - The report's language.
 * @clause S4
 * @example
 * ```ts
 * ['27.5 m²/100 households', '≥7497.00 yuan', '≥8h', 'true', 'electricity+gas', 'survey in 2024', 'on roster', '93.33%'].map((v) => localizeValue(v, 'zh-CN'))
 * //=> ['27.5平方米/百户', '≥7497.00元', '≥8小时', '是', '电、气', '2024年内已开展调查', '在名册内', '93.33%']
 * localizeValue('≥8h', 'en')
 * //=> '≥8h'
 * ```
 */
export function localizeValue(value: string, locale: ReportLocale): string {
  if (locale !== 'zh-CN') return value;
  if (Object.hasOwn(WORDS_ZH, value)) return WORDS_ZH[value]!;
  let m: RegExpExecArray | null;
  if ((m = HOURS.exec(value)) !== null) return `${m[1]}${m[2]}小时`;
  if ((m = PER_100_HOUSEHOLDS.exec(value)) !== null) return `${m[1]}${m[2]}平方米/百户`;
  if ((m = YUAN.exec(value)) !== null) return `${m[1]}${m[2]}元`;
  if ((m = SURVEY_IN.exec(value)) !== null) return `${m[1]}年内已开展调查`;
  if ((m = SURVEY_AFTER.exec(value)) !== null) return `${m[1]}之后12个月内已开展调查`;
  if ((m = SURVEY_SINCE.exec(value)) !== null) return `${m[1]}以来已开展调查`;
  const parts = value.split('+');
  if (parts.every((p) => Object.hasOwn(UTILITIES_ZH, p))) return parts.map((p) => UTILITIES_ZH[p]).join('、');
  return value;
}

/**
 * A rule result's subject as a report in `locale` prints it when the registry does not name it: the rules name a
 * visit record without an ID by its place in the log (`visits[3]`), which a Chinese report prints as the plan's reader
 * counts it (`探访记录第4条`). Any other subject (a code, a record's own ID, a month `2024-05`) is returned as it is.
 *
 * @param subject - The result's subject.
 * @param locale - The report's language.
 * @clause S4
 * @example
 * ```ts
 * [localizeSubject('visits[3]', 'zh-CN'), localizeSubject('visits[3]', 'en'), localizeSubject('E-1', 'zh-CN')]
 * //=> ['探访记录第4条', 'visits[3]', 'E-1']
 * ```
 */
export function localizeSubject(subject: string, locale: ReportLocale): string {
  if (locale !== 'zh-CN') return subject;
  const m = RECORD_INDEX.exec(subject);
  return m === null ? subject : `探访记录第${Number(m[1]) + 1}条`;
}

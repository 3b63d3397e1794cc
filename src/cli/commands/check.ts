/**
 * `check [file]`: list the failing rules and exit 1 when a binding rule fails (with `--strict`, also on advisories,
 * missing data, input problems and incomplete coverage), 0 otherwise (for CI pipelines).
 *
 * @module
 */
import { findTownship, findVillageUnit } from '../../units/findUnit';
import { INPUT_OPTIONS, oneOf, parseCommand } from '../args';
import type { CliIO } from '../CliIO';
import { writeOutput } from '../files';
import { jsonChunks } from '../jsonChunks';
import { createStyle, useColour } from '../style';
import { runEvaluation, type Engine, type EvaluationLike, type RuleResultLike } from './evaluate';
import { forTerminal } from '../terminalText';

/** The statuses in the order the summary counts them; `advisory` is a soft or informational rule's `fail` (提示). */
const STATUSES = ['pass', 'fail', 'advisory', 'pending', 'missing_data', 'not_applicable'] as const;
const STATUS_ZH: Record<(typeof STATUSES)[number], string> = {
  pass: '达标',
  fail: '未达标',
  advisory: '提示',
  pending: '未到期',
  missing_data: '缺数据',
  not_applicable: '不适用',
};
const STATUS_EN: Record<(typeof STATUSES)[number], string> = {
  pass: 'pass',
  fail: 'fail',
  advisory: 'advisory',
  pending: 'pending',
  missing_data: 'missing data',
  not_applicable: 'not applicable',
};
const SEVERITY_ZH: Record<string, string> = { soft: '非刚性要求', informational: '参考性要求' };

/** Whether a result is a binding failure (a rule's `fail` without a softer severity). */
function isBindingFailure(r: RuleResultLike): boolean {
  return r.status === 'fail' && (r.severity === undefined || r.severity === 'binding');
}

/** Whether a result is an advisory: the `fail` of a soft or informational rule. */
function isAdvisory(r: RuleResultLike): boolean {
  return r.status === 'fail' && !isBindingFailure(r);
}

/** The status a result is counted under. */
function countedStatus(r: RuleResultLike): string {
  return isAdvisory(r) ? 'advisory' : r.status;
}

/**
 * A value as `check` prints it: text as is, numbers in plain digits, nothing as `—`, anything else as JSON.
 *
 * @example
 * ```ts
 * showRuleValue(null)
 * //=> '—'
 * showRuleValue({ numerator: 55, denominator: 68 })
 * //=> '{"numerator":55,"denominator":68}'
 * ```
 */
export function showRuleValue(v: unknown): string {
  if (v === undefined || v === null) return '—';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/**
 * A subject code with its name from Longchuan's registry: `533124101201 章凤镇 章凤村`.
 *
 * @example
 * ```ts
 * subjectLabel('533124101001')
 * //=> '533124101001 章凤镇 老街子社区'
 * ```
 */
export function subjectLabel(code: string): string {
  const unit = findVillageUnit(code);
  if (unit) return `${code} ${findTownship(unit.townshipCode)?.name ?? ''} ${unit.shortName}`.replace(/\s+/g, ' ');
  const township = findTownship(code);
  if (township) return `${code} ${township.name}`;
  if (code === '533124') return `${code} 陇川县`;
  return code;
}

/**
 * The lines `check` prints: the binding failures (✖), then the advisories (⚠, soft and informational rules' `fail`s,
 * which do not fail the check unless `--strict`), then a count of every status, in the locale asked for.
 *
 * @example
 * ```ts
 * formatFailures([], 'en', createStyle(false))
 * //=> '✔ no binding requirement fails\n0 rules: 0 pass, 0 fail, 0 advisory, 0 pending, 0 missing data, 0 not applicable\n'
 * ```
 */
export function formatFailures(rules: readonly RuleResultLike[], locale: 'zh-CN' | 'en', style: ReturnType<typeof createStyle>): string {
  const zh = locale === 'zh-CN';
  const failing = rules.filter(isBindingFailure);
  const advisories = rules.filter(isAdvisory);
  const lines: string[] = [];
  const detail = (r: RuleResultLike): void => {
    lines.push(`    ${forTerminal(zh ? r.message.zh : r.message.en)}`);
    lines.push(style.dim(`    ${zh ? '实际' : 'actual'}: ${showRuleValue(r.actual)}  ${zh ? '要求' : 'expected'}: ${showRuleValue(r.expected)}`));
  };
  if (failing.length === 0) {
    lines.push(style.green(zh ? '✔ 没有未达标的刚性要求' : '✔ no binding requirement fails'));
  } else {
    lines.push(style.bold(zh ? `✖ ${failing.length} 条规则结果未达标（刚性要求）：` : `✖ ${failing.length} failing rule result(s) (binding):`));
    for (const r of failing) {
      lines.push(`${style.red('✖')} ${r.ruleId} [${r.clause}] ${forTerminal(subjectLabel(r.subject))}`);
      detail(r);
    }
  }
  if (advisories.length > 0) {
    lines.push(
      style.bold(
        zh
          ? `⚠ ${advisories.length} 条提示（力争、原则上、一般、可等非刚性要求，不计为未达标）：`
          : `⚠ ${advisories.length} advisory result(s) (soft or informational wording such as 力争, 原则上, 一般, 可; not failures):`,
      ),
    );
    for (const r of advisories) {
      const severity = r.severity ?? 'binding';
      const kind = zh && Object.hasOwn(SEVERITY_ZH, severity) ? SEVERITY_ZH[severity] : severity;
      lines.push(`${style.yellow('⚠')} ${r.ruleId} [${r.clause}] ${forTerminal(subjectLabel(r.subject))} (${kind})`);
      detail(r);
    }
  }
  const counts = STATUSES.map((s) => [s, rules.filter((r) => countedStatus(r) === s).length] as const);
  lines.push(
    zh
      ? `共 ${rules.length} 条：${counts.map(([s, n]) => `${STATUS_ZH[s]} ${n}`).join('，')}`
      : `${rules.length} rules: ${counts.map(([s, n]) => `${n} ${STATUS_EN[s]}`).join(', ')}`,
  );
  return `${lines.join('\n')}\n`;
}

/**
 * Whether `check` fails: on a binding failure always; with `--strict` also on an advisory, a `missing_data` result,
 * any problem found in the input, or data that leaves registered units out (an incomplete county figure, treated as
 * missing data).
 *
 * @example
 * ```ts
 * checkFails({ rules: [{ ruleId: 't10-ethnic-religious-officer', clause: 'T10', subject: '533124101201', status: 'fail', severity: 'informational', message: { zh: '', en: '' } }] }, false)
 * //=> false
 * ```
 */
export function checkFails(evaluation: EvaluationLike, strict: boolean): boolean {
  return evaluation.rules.some(isBindingFailure) || (strict && strictReasons(evaluation, 'en').length > 0);
}

/**
 * What else fails a `--strict` check, one line each, in the locale asked for: advisories, missing data, input
 * problems, and registered units absent from the data (an incomplete county figure).
 *
 * @example
 * ```ts
 * strictReasons({ rules: [], input: { issues: [], coverage: { complete: false, expected: 77, reported: 7, absent: ['533124101001'] } } }, 'en')
 * //=> ['✖ --strict: incomplete data: 7 of 77 registered village-level units reported, 1 absent (533124101001)']
 * ```
 */
export function strictReasons(evaluation: EvaluationLike, locale: 'zh-CN' | 'en'): string[] {
  const zh = locale === 'zh-CN';
  const out: string[] = [];
  const advisories = evaluation.rules.filter(isAdvisory).length;
  const missing = evaluation.rules.filter((r) => r.status === 'missing_data').length;
  const issues = evaluation.input?.issues?.length ?? 0;
  if (advisories > 0) out.push(zh ? `✖ --strict：${advisories} 条提示也判为失败` : `✖ --strict: ${advisories} advisory result(s) fail too`);
  if (missing > 0) out.push(zh ? `✖ --strict：${missing} 条规则结果缺数据` : `✖ --strict: ${missing} rule result(s) lack data`);
  if (issues > 0) out.push(zh ? `✖ --strict：输入数据有 ${issues} 处问题（见 evaluate 报告）` : `✖ --strict: ${issues} input problem(s) (see the evaluate report)`);
  const c = evaluation.input?.coverage;
  if (c?.complete === false) {
    const absent = c.absent ?? [];
    const first = absent.slice(0, 5).join(zh ? '、' : ', ') + (absent.length > 5 ? ' …' : '');
    out.push(
      zh
        ? `✖ --strict：数据不完整，登记在册的${c.expected}个村（社区）中已报送${c.reported}个，${absent.length}个未报送（${first}）`
        : `✖ --strict: incomplete data: ${c.reported} of ${c.expected} registered village-level units reported, ${absent.length} absent (${first})`,
    );
  }
  return out;
}


/**
 * `check [file]`: evaluate the input, print the failing rules and advisories (text, or JSON with `--format json`),
 * and return 1 when {@link checkFails} says so, else 0.
 *
 * @example
 * ```ts
 * await checkCommand(['snapshot.json'], io, engine)
 * //=> 1
 * ```
 */
export async function checkCommand(argv: readonly string[], io: CliIO, engine: () => Promise<Engine>): Promise<number> {
  const { values, positionals } = parseCommand('check', argv, { ...INPUT_OPTIONS, format: { type: 'string' }, strict: { type: 'boolean' } }, 1);
  const format = oneOf('check', 'format', values.format, ['text', 'json'] as const, 'text');
  const strict = values.strict === true;
  const { evaluation, locale } = await runEvaluation('check', values, positionals[0], io, await engine());
  // JSON lists what fails the check: the binding failures, and with --strict the advisories and missing data too.
  const failing = evaluation.rules.filter((r) => isBindingFailure(r) || (strict && (isAdvisory(r) || r.status === 'missing_data')));
  const toFile = values.out !== undefined && values.out !== '-';
  const style = createStyle(!toFile && useColour(io.isTTY.stdout, io.env));
  const reasons = strict ? strictReasons(evaluation, locale) : [];
  const text = (): string => {
    const body = formatFailures(evaluation.rules, locale, style);
    return reasons.length === 0 ? body : `${body}${reasons.map((r) => style.red(r)).join('\n')}\n`;
  };
  const out = format === 'json' ? jsonChunks(failing) : text();
  await writeOutput(out, values.out, io, [positionals[0], values['county-json'], values['base-json'], values['options-json']]);
  return checkFails(evaluation, strict) ? 1 : 0;
}

/**
 * `check [file]`: list the failing rules and exit 1 when any rule fails, 0 when none does (for CI pipelines).
 *
 * @module
 */
import { findTownship, findVillageUnit } from '../../units/findUnit';
import { INPUT_OPTIONS, oneOf, parseCommand } from '../args';
import type { CliIO } from '../CliIO';
import { writeOutput } from '../files';
import { jsonChunks } from '../jsonChunks';
import { createStyle, useColour } from '../style';
import { runEvaluation, type Engine, type RuleResultLike } from './evaluate';

/** The statuses in the order the summary counts them. */
const STATUSES = ['pass', 'fail', 'pending', 'missing_data', 'not_applicable'] as const;
const STATUS_ZH: Record<string, string> = { pass: '达标', fail: '未达标', pending: '待定', missing_data: '缺数据', not_applicable: '不适用' };
const STATUS_EN: Record<string, string> = { pass: 'pass', fail: 'fail', pending: 'pending', missing_data: 'missing data', not_applicable: 'not applicable' };

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
 * The lines `check` prints for the failing rules, in the locale asked for, followed by a count of every status.
 *
 * @example
 * ```ts
 * formatFailures([], 'en', createStyle(false))
 * //=> '✔ no failing rules\n0 rules: 0 pass, 0 fail, 0 pending, 0 missing data, 0 not applicable\n'
 * ```
 */
export function formatFailures(rules: readonly RuleResultLike[], locale: 'zh-CN' | 'en', style: ReturnType<typeof createStyle>): string {
  const zh = locale === 'zh-CN';
  const failing = rules.filter((r) => r.status === 'fail');
  const lines: string[] = [];
  if (failing.length === 0) {
    lines.push(style.green(zh ? '✔ 没有未达标的规则' : '✔ no failing rules'));
  } else {
    lines.push(style.bold(zh ? `✖ ${failing.length} 条规则结果未达标：` : `✖ ${failing.length} failing rule result(s):`));
    for (const r of failing) {
      lines.push(`${style.red('✖')} ${r.ruleId} [${r.clause}] ${subjectLabel(r.subject)}`);
      lines.push(`    ${zh ? r.message.zh : r.message.en}`);
      lines.push(style.dim(`    ${zh ? '实际' : 'actual'}: ${showRuleValue(r.actual)}  ${zh ? '要求' : 'expected'}: ${showRuleValue(r.expected)}`));
    }
  }
  const counts = STATUSES.map((s) => [s, rules.filter((r) => r.status === s).length] as const);
  lines.push(
    zh
      ? `共 ${rules.length} 条：${counts.map(([s, n]) => `${STATUS_ZH[s]} ${n}`).join('，')}`
      : `${rules.length} rules: ${counts.map(([s, n]) => `${n} ${STATUS_EN[s]}`).join(', ')}`,
  );
  return `${lines.join('\n')}\n`;
}

/**
 * `check [file]`: evaluate the input, print the failing rules (text, or JSON with `--format json`), and return
 * 1 when any rule fails, else 0.
 *
 * @example
 * ```ts
 * await checkCommand(['snapshot.json'], io, engine)
 * //=> 1
 * ```
 */
export async function checkCommand(argv: readonly string[], io: CliIO, engine: () => Promise<Engine>): Promise<number> {
  const { values, positionals } = parseCommand('check', argv, { ...INPUT_OPTIONS, format: { type: 'string' } }, 1);
  const format = oneOf('check', 'format', values.format, ['text', 'json'] as const, 'text');
  const { evaluation, locale } = await runEvaluation('check', values, positionals[0], io, await engine());
  const failing = evaluation.rules.filter((r) => r.status === 'fail');
  const toFile = values.out !== undefined && values.out !== '-';
  const style = createStyle(!toFile && useColour(io.isTTY.stdout, io.env));
  const out = format === 'json' ? jsonChunks(failing) : formatFailures(evaluation.rules, locale, style);
  await writeOutput(out, values.out, io);
  return failing.length > 0 ? 1 : 0;
}

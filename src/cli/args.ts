/**
 * Command-line parsing shared by the commands (node:util `parseArgs`), with usage errors in Chinese and English.
 *
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isCalendarDate } from '../period/isCalendarDate';
import { UsageError } from './CliError';
import { COUNTY_OPTIONS, type CountyField, type InputOptions } from './loadSnapshot';
import { parseEncoding } from './decodeText';
import { shown } from './terminalText';

/**
 * The options every command understands.
 *
 * @example
 * ```ts
 * Object.keys(COMMON_OPTIONS)
 * //=> ['help']
 * ```
 */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/**
 * The options that say where the input comes from and complete it (`evaluate` and `check`).
 *
 * @example
 * ```ts
 * 'as-of' in INPUT_OPTIONS
 * //=> true
 * ```
 */
export const INPUT_OPTIONS = {
  sample: { type: 'boolean' },
  'input-format': { type: 'string' },
  encoding: { type: 'string' },
  'as-of': { type: 'string' },
  region: { type: 'string' },
  'county-json': { type: 'string' },
  'base-json': { type: 'string' },
  'resident-population': { type: 'string' },
  'urban-resident-population': { type: 'string' },
  'county-households': { type: 'string' },
  'options-json': { type: 'string' },
  levels: { type: 'string' },
  rules: { type: 'string' },
  scope: { type: 'string' },
  'allow-unregistered-units': { type: 'boolean' },
  locale: { type: 'string' },
  out: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

/**
 * Parse one command's arguments strictly: an unknown option or a stray argument is a {@link UsageError}.
 *
 * @throws UsageError on an unknown option, a missing option value or too many arguments.
 * @example
 * ```ts
 * parseCommand('template', ['--locale', 'en'], { locale: { type: 'string' } }, 0).values.locale
 * //=> 'en'
 * ```
 */
export function parseCommand<O extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  argv: readonly string[],
  options: O,
  maxPositionals: number,
) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = shown(String((e as Error).message ?? e), 300);
    throw new UsageError(`命令行参数有误：${msg}`, msg, command);
  }
  if (parsed.positionals.length > maxPositionals) {
    const extra = parsed.positionals.slice(maxPositionals).map((p) => shown(p)).join(' ');
    throw new UsageError(`多余的参数：${extra}`, `unexpected argument(s): ${extra}`, command);
  }
  return parsed;
}

/**
 * Check that an option's value is one of `allowed`; return it (or `fallback` when the option was not given).
 *
 * @throws UsageError naming the option and the allowed values.
 * @example
 * ```ts
 * oneOf('evaluate', 'format', 'html', ['text', 'markdown', 'html', 'json'] as const, 'text')
 * //=> 'html'
 * ```
 */
export function oneOf<T extends string>(command: string, option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(
    `--${option} 的取值应为 ${allowed.join(' | ')}，实际为"${shown(value)}"`,
    `--${option} must be one of ${allowed.join(' | ')}, got "${shown(value)}"`,
    command,
  );
}

/**
 * Read `--locale`: `zh-CN` (default) or `en`; `zh` is accepted for `zh-CN`.
 *
 * @throws UsageError for any other value.
 * @example
 * ```ts
 * parseLocale('evaluate', 'zh')
 * //=> 'zh-CN'
 * ```
 */
export function parseLocale(command: string, value: string | undefined): 'zh-CN' | 'en' {
  return oneOf(command, 'locale', value === 'zh' ? 'zh-CN' : value, ['zh-CN', 'en'] as const, 'zh-CN');
}

/**
 * The {@link InputOptions} of `evaluate` and `check` from their parsed options and file argument.
 *
 * @throws UsageError when the input is missing, doubled, or an option value is malformed.
 * @example
 * ```ts
 * inputOptions('evaluate', { 'as-of': '2024-12-31' }, 'units.csv').asOf
 * //=> '2024-12-31'
 * ```
 */
export function inputOptions(command: string, v: Readonly<Record<string, string | boolean | undefined>>, file: string | undefined): InputOptions & { readonly useSample: boolean } {
  const useSample = v['sample'] === true;
  if (useSample && file !== undefined) {
    throw new UsageError('不能同时给出文件和 --sample', 'give either a file or --sample, not both', command);
  }
  if (!useSample && file === undefined) {
    throw new UsageError(
      '缺少输入：请给出文件（JSON 或 CSV），用 - 读取标准输入，或用 --sample 使用示例数据',
      'no input: give a file (JSON or CSV), - for standard input, or --sample for the embedded sample',
      command,
    );
  }
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const asOf = str('as-of');
  if (asOf !== undefined && !isCalendarDate(asOf)) {
    throw new UsageError(`--as-of 应为真实存在的日期 YYYY-MM-DD，实际为"${shown(asOf)}"`, `--as-of must be a real calendar date YYYY-MM-DD, got "${shown(asOf)}"`, command);
  }
  const enc = str('encoding');
  const encoding = enc === undefined ? 'auto' : parseEncoding(enc);
  if (encoding === undefined) {
    throw new UsageError(`--encoding 的取值应为 auto | utf-8 | gb18030 | gbk，实际为"${shown(String(enc))}"`, `--encoding must be auto | utf-8 | gb18030 | gbk, got "${shown(String(enc))}"`, command);
  }
  const inputFormat = str('input-format');
  const county: Partial<Record<CountyField, string>> = {};
  for (const [field, opt] of Object.entries(COUNTY_OPTIONS) as [CountyField, string][]) {
    const raw = str(opt);
    if (raw !== undefined) county[field] = raw;
  }
  const region = str('region');
  const countyJson = str('county-json');
  const baseJson = str('base-json');
  return {
    useSample,
    file: file ?? '',
    encoding,
    county,
    ...(inputFormat === undefined ? {} : { inputFormat: oneOf(command, 'input-format', inputFormat, ['json', 'csv', 'xlsx'] as const, 'json') }),
    ...(asOf === undefined ? {} : { asOf }),
    ...(region === undefined ? {} : { region }),
    ...(countyJson === undefined ? {} : { countyJson }),
    ...(baseJson === undefined ? {} : { baseJson }),
  };
}

/**
 * `template`: the CSV template, one header row, UTF-8 with a byte-order mark so that Excel opens it right.
 *
 * @module
 */
import { parseCommand, parseLocale } from '../args';
import type { CliIO } from '../CliIO';
import { CSV_COLUMNS, csvHeader } from '../csvColumns';
import { writeOutput } from '../files';

/**
 * The template's text: a BOM, then the header row (Chinese headers, or the field names for `en`), CRLF-terminated.
 *
 * @example
 * ```ts
 * csvTemplate('en').startsWith('\uFEFFcode,townshipCode,name,')
 * //=> true
 * ```
 */
export function csvTemplate(locale: 'zh-CN' | 'en'): string {
  const quote = (h: string) => (/[",\r\n]/.test(h) ? `"${h.replace(/"/g, '""')}"` : h);
  return `\uFEFF${CSV_COLUMNS.map((c) => quote(csvHeader(c, locale))).join(',')}\r\n`;
}

/**
 * `template [--locale zh-CN|en] [--out FILE]`.
 *
 * @example
 * ```ts
 * await templateCommand(['--out', 'units.csv'], io)
 * //=> 0
 * ```
 */
export async function templateCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values } = parseCommand('template', argv, { locale: { type: 'string' }, out: { type: 'string' } }, 0);
  await writeOutput(csvTemplate(parseLocale('template', values.locale)), values.out, io);
  return 0;
}

/**
 * `template`: the fill-in template, listing Longchuan's 77 units, 10 townships, the county's items and the tracked
 * actions. An xlsx workbook (one sheet per kind of table), one CSV table, or a folder of CSV files (one per kind).
 *
 * @module
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { csvTemplateFiles, csvText, templateSheets, xlsxTemplate } from '../../io/snapshotTemplate';
import { TABLE_KINDS, tableKindOf } from '../../io/TABLE_KINDS';
import { oneOf, parseCommand, parseLocale } from '../args';
import { OutputError, UsageError } from '../CliError';
import type { CliIO } from '../CliIO';
import { writeOutput } from '../files';
import { shown } from '../terminalText';

/**
 * The units table of the template as CSV text: a BOM, the header row (Chinese headers, or the field names for `en`),
 * then one row per registered unit with its code, township code, township name and name, CRLF-terminated.
 *
 * @example
 * ```ts
 * csvTemplate('en').startsWith('\uFEFFcode,townshipCode,townshipName,name,')
 * //=> true
 * ```
 */
export function csvTemplate(locale: 'zh-CN' | 'en'): string {
  return csvText(templateSheets(locale)[0]!.rows);
}

/**
 * `template [--format csv|xlsx] [--locale zh-CN|en] [--out FILE] [--out-dir DIR] [--table NAME]`.
 *
 * - `--format xlsx --out FILE`: the workbook, every kind of table a sheet;
 * - `--format csv` (the default) `--out-dir DIR`: every kind of table a CSV file in DIR (made if missing);
 * - `--format csv` without `--out-dir`: one table (the units, or `--table NAME`) to standard output or `--out FILE`.
 *
 * @throws UsageError for xlsx without `--out`, `--out` with `--out-dir`, or an unknown `--table`.
 * @example
 * ```ts
 * await templateCommand(['--format', 'xlsx', '--out', 'template.xlsx'], io)
 * //=> 0
 * ```
 */
export async function templateCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const { values } = parseCommand(
    'template',
    argv,
    { locale: { type: 'string' }, out: { type: 'string' }, format: { type: 'string' }, 'out-dir': { type: 'string' }, table: { type: 'string' } },
    0,
  );
  const locale = parseLocale('template', values.locale);
  const format = oneOf('template', 'format', values.format, ['csv', 'xlsx'] as const, 'csv');
  const outDir = values['out-dir'];
  if (outDir !== undefined && values.out !== undefined) {
    throw new UsageError('--out 与 --out-dir 只能给一个', 'give --out or --out-dir, not both', 'template');
  }
  if (format === 'xlsx') {
    if (outDir !== undefined || values.table !== undefined) {
      throw new UsageError('xlsx 模板是一个工作簿，包含所有表：不用 --out-dir 或 --table', 'the xlsx template is one workbook holding every table: no --out-dir or --table', 'template');
    }
    if (values.out === undefined || values.out === '-') {
      throw new UsageError('xlsx 是二进制文件，请用 --out FILE.xlsx 写入文件', 'xlsx is a binary file: write it with --out FILE.xlsx', 'template');
    }
    await writeOutput(xlsxTemplate(locale), values.out, io);
    io.stderr.write(`已写入 written: ${shown(values.out)}\n`);
    return 0;
  }
  if (outDir !== undefined) {
    if (values.table !== undefined) throw new UsageError('--out-dir 写出所有表：不用 --table', '--out-dir writes every table: no --table', 'template');
    const dir = resolve(io.cwd ?? process.cwd(), outDir);
    try {
      await mkdir(dir, { recursive: true });
    } catch (e) {
      const code = (e as { code?: string }).code ?? 'error';
      throw new OutputError(`无法创建文件夹 --out-dir ${shown(outDir)}（${code}）`, `cannot create the folder --out-dir ${shown(outDir)} (${code})`);
    }
    for (const f of csvTemplateFiles(locale)) await writeOutput(f.text, join(dir, f.name), io);
    io.stderr.write(`已写入 written: ${shown(outDir)}（${TABLE_KINDS.length} 个 CSV 文件 / CSV files）\n`);
    return 0;
  }
  const kind = values.table === undefined ? TABLE_KINDS[0]! : tableKindOf(values.table);
  if (kind === undefined) {
    throw new UsageError(
      `--table 的取值应为 ${TABLE_KINDS.map((k) => k.sheetZh).join('、')}，实际为"${shown(values.table ?? '')}"`,
      `--table must be one of ${TABLE_KINDS.map((k) => k.id).join(' | ')}, got "${shown(values.table ?? '')}"`,
      'template',
    );
  }
  const sheet = templateSheets(locale)[TABLE_KINDS.indexOf(kind)]!;
  await writeOutput(csvText(sheet.rows), values.out, io);
  return 0;
}

/**
 * A units table in CSV (text already decoded) to the `units` of a snapshot input, with every problem located by
 * row and column. Parsing is csv-parse's; this module maps headers to fields and reads cells.
 *
 * @module
 */
import { parse } from 'csv-parse/sync';
import { InputError, inputError } from './CliError';
import type { CliIssue } from './CliIssue';
import { CSV_COLUMNS, findCsvColumn, type CsvColumn } from './csvColumns';
import type { Progress } from './progress';
import { shown } from './terminalText';

/**
 * The units read from a CSV table, and how to point back at a row and column.
 *
 * @example
 * ```ts
 * const t: UnitsTable = parseUnitsCsv('村级代码,所属乡镇代码\n533124101201,533124101\n');
 * t.units
 * //=> [{ code: '533124101201', townshipCode: '533124101' }]
 * ```
 */
export interface UnitsTable {
  /** One object per non-blank data row, holding only the fields whose cells were filled and readable. */
  readonly units: Record<string, unknown>[];
  /** Problems found while reading cells (bad yes/no values, thousands separators, …), in row order. */
  readonly issues: readonly LocatedIssue[];
  /** Where a unit's field sits: its 1-based row (the header is row 1) and, for a field, its column. */
  locate(unitIndex: number, field?: string): CellLocation;
}

/**
 * A row and, optionally, a column of the CSV table, in both languages.
 *
 * @example
 * ```ts
 * const at: CellLocation = { row: 5, column: 6, whereZh: '第5行「户数」列（F）', whereEn: 'row 5, column 户数 (F)' };
 * ```
 */
export interface CellLocation {
  /** 1-based row number as a spreadsheet shows it (the header is row 1). */
  readonly row: number;
  /** 1-based column number, or 0 for the whole row. */
  readonly column: number;
  /** `第5行「户数」列（F）`. */
  readonly whereZh: string;
  /** `row 5, column 户数 (F)`. */
  readonly whereEn: string;
}

/**
 * A {@link CliIssue} with the row and column it was found at, for sorting.
 *
 * @example
 * ```ts
 * const i: LocatedIssue = { code: 'invalid_flag', row: 2, column: 9, unitIndex: 0, field: 'hasServiceFacility',
 *   whereZh: '第2行「有无综合服务设施」列（I）', whereEn: 'row 2, column 有无综合服务设施 (I)', messageZh: '…', messageEn: '…' };
 * ```
 */
export interface LocatedIssue extends CliIssue {
  /** 1-based row. */
  readonly row: number;
  /** 1-based column, or 0 for the whole row. */
  readonly column: number;
  /** Index of the unit in `units`, when the row became a unit. */
  readonly unitIndex?: number;
  /** The field of the column. */
  readonly field?: string;
}

/**
 * The spreadsheet letter of a 1-based column number: 1 → A, 27 → AA.
 *
 * @example
 * ```ts
 * columnLetter(28)
 * //=> 'AB'
 * ```
 */
export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function at(row: number, column: number, header: string | undefined): CellLocation {
  if (column === 0) return { row, column, whereZh: `第${row}行`, whereEn: `row ${row}` };
  const letter = columnLetter(column);
  if (header === undefined || header === '') {
    return { row, column, whereZh: `第${row}行第${letter}列`, whereEn: `row ${row}, column ${letter}` };
  }
  const h = shown(header);
  return { row, column, whereZh: `第${row}行「${h}」列（${letter}）`, whereEn: `row ${row}, column ${h} (${letter})` };
}

const YES = new Set(['是', '有', 'true', '1', 'y', 'yes', '√']);
const NO = new Set(['否', '无', '没有', 'false', '0', 'n', 'no', '×']);
const THOUSANDS = /^[+-]?\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?$/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
/** `2024-06-30`, `2024/6/30`, `2024.6.30` or `2024年6月30日`: year first, so never ambiguous. */
const DATE_LIKE = /^(?:(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})|(\d{4})年(\d{1,2})月(\d{1,2})日)$/;
const SCIENTIFIC = /^\d+(?:\.\d+)?[eE][+]?\d+$/;

type CellResult = { readonly value: unknown } | { readonly code: string; readonly zh: string; readonly en: string };

/**
 * Read one non-empty, trimmed cell for a column. Values the library can check (codes, counts, areas) are passed on
 * for the snapshot schema to judge; only CSV spellings (yes/no words, choices, thousands separators, Excel's
 * scientific notation of long codes) are dealt with here.
 */
function readCell(column: CsvColumn, cell: string): CellResult {
  const value = shown(cell); // the cell as a message shows it: escaped, cut
  switch (column.kind) {
    case 'code':
      if (SCIENTIFIC.test(cell)) {
        return {
          code: 'scientific_notation',
          zh: `代码被 Excel 显示成了科学计数法（${value}），原有数字已丢失；请把该列设为“文本”后重新填写`,
          en: `Excel turned the code into scientific notation (${value}) and its digits are lost; format the column as Text and enter the codes again`,
        };
      }
      return { value: cell };
    case 'text':
      return { value: cell };
    case 'count':
    case 'decimal':
      if (THOUSANDS.test(cell)) {
        return {
          code: 'thousands_separator',
          zh: `不接受千位分隔符，实际为"${value}"；请写成 ${shown(cell.replace(/[,，]/g, ''))}`,
          en: `thousands separators are not accepted, got "${value}"; write ${shown(cell.replace(/[,，]/g, ''))}`,
        };
      }
      if (column.kind === 'count' && PLAIN_NUMBER.test(cell)) return { value: Number(cell) };
      return { value: cell };
    case 'flag': {
      const n = cell.normalize('NFKC').toLowerCase();
      if (YES.has(n)) return { value: true };
      if (NO.has(n)) return { value: false };
      return {
        code: 'invalid_flag',
        zh: `应为 是/否（也可写 有/无、true/false、1/0、Y/N），实际为"${value}"`,
        en: `expected yes or no (是/否, 有/无, true/false, 1/0, Y/N), got "${value}"`,
      };
    }
    case 'date': {
      const m = DATE_LIKE.exec(cell);
      if (m) {
        const [y, mo, d] = m[1] !== undefined ? [m[1], m[2]!, m[3]!] : [m[4]!, m[5]!, m[6]!];
        return { value: `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}` };
      }
      if (/^\d{5}(?:\.\d+)?$/.test(cell)) {
        return {
          code: 'excel_date_serial',
          zh: `像是 Excel 的日期序列号（${value}）；请把该列设为日期或文本，写成 YYYY-MM-DD`,
          en: `looks like an Excel date serial number (${value}); format the column as a date or text and write YYYY-MM-DD`,
        };
      }
      return { value: cell }; // the snapshot schema explains what a date must look like
    }
    case 'choice': {
      const n = cell.normalize('NFKC').toLowerCase();
      const choices = column.choices ?? [];
      for (const c of choices) if (c.value === n || c.zh.includes(cell.normalize('NFKC'))) return { value: c.value };
      return {
        code: 'invalid_choice',
        zh: `应为以下之一：${choices.map((c) => c.zh.join('/')).join('、')}，实际为"${value}"`,
        en: `expected one of ${choices.map((c) => c.value).join(', ')}, got "${value}"`,
      };
    }
  }
}

function csvSyntaxError(e: unknown): InputError {
  const err = e as { code?: string; lines?: number; message?: string };
  const line = typeof err.lines === 'number' ? err.lines : undefined;
  const zhByCode: Record<string, string> = {
    CSV_QUOTE_NOT_CLOSED: '引号没有闭合（某个以 " 开头的单元格缺少结尾的 "）',
    CSV_INVALID_CLOSING_QUOTE: '闭合引号后面还有字符（单元格中的 " 应写成 ""）',
    CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: '闭合引号后面还有字符（单元格中的 " 应写成 ""）',
    INVALID_OPENING_QUOTE: '引号位置不对（单元格中的 " 应写成 ""，或把整个单元格用引号括起来）',
  };
  const zh = zhByCode[err.code ?? ''] ?? 'CSV 格式错误';
  return inputError(
    'csv_syntax',
    line === undefined ? '' : `第${line}行（文本行）`,
    line === undefined ? '' : `line ${line}`,
    zh,
    `CSV syntax error: ${shown(String(err.message ?? e).replace(/\s+/g, ' '), 300)}`,
  );
}

/** Errors csv-parse raises for spaces around a quoted cell (`a, "b,c" ,d`), which its `trim` option accepts. */
const SPACE_AROUND_QUOTES = new Set(['INVALID_OPENING_QUOTE', 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE', 'CSV_INVALID_CLOSING_QUOTE']);

/**
 * csv-parse's records. Cells are trimmed afterwards, so csv-parse's own (slower) `trim` is used only when a file has
 * spaces around quoted cells. Large files (by line count) show progress while they are parsed.
 */
function parseRecords(text: string, progress?: Progress): string[][] {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  progress?.start(lines - 1); // an estimate until parsed: the lines after the header
  progress?.stage('解析 CSV', 'parsing CSV');
  const onRecord = progress
    ? (record: string[], info: { records: number }) => {
        if (info.records % 1000 === 0) progress.tick(info.records);
        return record;
      }
    : undefined;
  const options = { bom: true, relax_column_count: true, skip_empty_lines: false, ...(onRecord ? { on_record: onRecord } : {}) };
  try {
    return parse(text, options) as string[][];
  } catch (e) {
    if (!SPACE_AROUND_QUOTES.has((e as { code?: string }).code ?? '')) throw csvSyntaxError(e);
  }
  try {
    return parse(text, { ...options, trim: true }) as string[][];
  } catch (e) {
    throw csvSyntaxError(e);
  }
}

/**
 * Read a units table: the first row holds the headers (Chinese, or the English field names; see {@link CSV_COLUMNS}),
 * each further row one village-level unit. Cells are trimmed; an empty cell is unknown and leaves its field out
 * (never zero); a fully blank row is skipped but still counted, so row numbers match the spreadsheet's.
 *
 * @throws InputError for a CSV syntax error, or when the header row names an unknown, duplicated or missing column.
 * @example
 * ```ts
 * const t = parseUnitsCsv('code,townshipCode,households\r\n533124101201,533124101,1200\r\n');
 * t.units[0]
 * //=> { code: '533124101201', townshipCode: '533124101', households: 1200 }
 * t.locate(0, 'households').whereEn
 * //=> 'row 2, column households (C)'
 * ```
 */
export function parseUnitsCsv(text: string, progress?: Progress): UnitsTable {
  const records = parseRecords(text, progress);
  const headerCells = (records[0] ?? []).map((h) => h.trim());
  if (headerCells.every((h) => h === '')) {
    throw inputError('empty_csv', '第1行', 'row 1', '表格为空：第1行应为表头', 'the table is empty: row 1 must hold the headers');
  }

  // Map headers to columns.
  const columns: (CsvColumn | undefined)[] = [];
  const headerIssues: CliIssue[] = [];
  const seen = new Map<string, number>();
  headerCells.forEach((h, i) => {
    if (h === '') {
      columns.push(undefined);
      return;
    }
    const c = findCsvColumn(h);
    columns.push(c);
    const where = at(1, i + 1, h);
    if (c === undefined) {
      headerIssues.push({
        code: 'unknown_header',
        whereZh: where.whereZh,
        whereEn: where.whereEn,
        messageZh: `未知的表头"${shown(h)}"。可用的表头：${CSV_COLUMNS.map((x) => x.headerZh).join('、')}（也可用英文字段名）`,
        messageEn: `unknown header "${shown(h)}". Accepted headers: ${CSV_COLUMNS.map((x) => x.field).join(', ')} (or the Chinese headers)`,
      });
      return;
    }
    const first = seen.get(c.field);
    if (first !== undefined) {
      headerIssues.push({
        code: 'duplicate_header',
        whereZh: where.whereZh,
        whereEn: where.whereEn,
        messageZh: `与${columnLetter(first + 1)}列重复（都是${c.headerZh}）`,
        messageEn: `duplicates column ${columnLetter(first + 1)} (both are ${c.field})`,
      });
    } else seen.set(c.field, i);
  });
  for (const c of CSV_COLUMNS) {
    if (c.required && !seen.has(c.field)) {
      headerIssues.push({
        code: 'missing_column',
        whereZh: '第1行',
        whereEn: 'row 1',
        messageZh: `缺少必需的列「${c.headerZh}」（${c.hintZh}）`,
        messageEn: `the required column ${c.field} (${c.headerZh}) is missing: ${c.hintEn}`,
      });
    }
  }
  if (headerIssues.length > 0) throw new InputError(headerIssues);

  const width = headerCells.length;
  const headerOf = (field: string): { column: number; header: string } => {
    const i = seen.get(field);
    return i === undefined ? { column: 0, header: field } : { column: i + 1, header: headerCells[i]! };
  };
  const units: Record<string, unknown>[] = [];
  const rowOfUnit: number[] = [];
  const issues: LocatedIssue[] = [];
  const total = records.length - 1;
  progress?.start(total);
  progress?.stage('读取表格', 'reading rows');

  for (let r = 1; r < records.length; r++) {
    if (r % 1000 === 0) progress?.tick(r);
    const rec = records[r]!;
    const row = r + 1;
    if (rec.every((c) => c.trim() === '')) continue; // a blank row: not a unit
    if (rec.length < width) {
      const w = at(row, 0, undefined);
      issues.push({
        code: 'missing_cells',
        row,
        column: 0,
        whereZh: w.whereZh,
        whereEn: w.whereEn,
        messageZh: `只有${rec.length}个单元格，表头有${width}列（是否少了逗号？）`,
        messageEn: `has ${rec.length} cells but the header has ${width} columns (a missing comma?)`,
      });
      continue;
    }
    let bad = false;
    for (let i = width; i < rec.length; i++) {
      if (rec[i]!.trim() !== '') {
        const w = at(row, i + 1, undefined);
        issues.push({
          code: 'extra_cell',
          row,
          column: i + 1,
          whereZh: w.whereZh,
          whereEn: w.whereEn,
          messageZh: `表头只有${width}列，这个单元格在表头之外（是否多了逗号？单元格中的逗号须用引号括起来）`,
          messageEn: `the header has ${width} columns and this cell is beyond them (an extra comma? quote cells that contain commas)`,
        });
        bad = true;
      }
    }
    if (bad) continue;
    const unitIndex = units.length;
    const unit: Record<string, unknown> = {};
    for (let i = 0; i < width; i++) {
      const cell = rec[i]!.trim();
      if (cell === '') continue; // unknown, never zero
      const column = columns[i];
      if (column === undefined) {
        const w = at(row, i + 1, undefined);
        issues.push({
          code: 'cell_without_header',
          row,
          column: i + 1,
          unitIndex,
          whereZh: w.whereZh,
          whereEn: w.whereEn,
          messageZh: `该列没有表头，却填了"${shown(cell)}"`,
          messageEn: `this column has no header but holds "${shown(cell)}"`,
        });
        continue;
      }
      const res = readCell(column, cell);
      if ('value' in res) {
        unit[column.field] = res.value;
      } else {
        const w = at(row, i + 1, headerCells[i]);
        issues.push({ code: res.code, row, column: i + 1, unitIndex, field: column.field, whereZh: w.whereZh, whereEn: w.whereEn, messageZh: res.zh, messageEn: res.en });
      }
    }
    units.push(unit);
    rowOfUnit.push(row);
  }
  progress?.tick(total);

  return {
    units,
    issues,
    locate(unitIndex, field) {
      const row = rowOfUnit[unitIndex] ?? 0;
      if (field === undefined) return at(row, 0, undefined);
      const h = headerOf(field);
      return h.column === 0
        ? { row, column: 0, whereZh: `第${row}行（${field}）`, whereEn: `row ${row} (${field})` }
        : at(row, h.column, h.header);
    },
  };
}

/**
 * One table (a CSV file's rows or a workbook's sheet) to records, with every problem located by sheet, row and column.
 * The same rules for CSV and xlsx: headers in Chinese or English, an empty cell is unknown (never zero), yes/no words,
 * choices, dates; from a workbook, numbers keep the text the file stores and a date column's serial numbers become
 * dates.
 *
 * @module
 */
import { columnLetter } from './columnLetter';
import type { SheetCell } from './readXlsx';
import { shownValue as shown } from './shownValue';
import type { TableKind } from './TABLE_KINDS';
import { TableError, type TableIssue } from './TableError';
import { normalizeHeader, type CsvColumn } from './unitColumns';

/**
 * Where a table came from, as messages name it: `工作表「乡镇（农场）」` / `sheet 乡镇（农场）`, `文件 a.csv` /
 * `file a.csv`, or empty for the one units table given on its own.
 *
 * @example
 * ```ts
 * const src: TableSource = { zh: '工作表「全县」', en: 'sheet 全县' };
 * ```
 * @category Input · 输入数据
 */
export interface TableSource {
  /** In Chinese; empty for none. */
  readonly zh: string;
  /** In English; empty for none. */
  readonly en: string;
}

/**
 * A row and, optionally, a column of a table, in both languages.
 *
 * @example
 * ```ts
 * const at: CellLocation = { row: 5, column: 6, whereZh: '第5行「户数」列（F）', whereEn: 'row 5, column 户数 (F)' };
 * ```
 * @category Input · 输入数据
 */
export interface CellLocation {
  /** 1-based row number as a spreadsheet shows it (the header is row 1). */
  readonly row: number;
  /** 1-based column number, or 0 for the whole row. */
  readonly column: number;
  /** `第5行「户数」列（F）`, after the source. */
  readonly whereZh: string;
  /** `row 5, column 户数 (F)`, after the source. */
  readonly whereEn: string;
}

/**
 * A {@link TableIssue} with the row and column it was found at, for sorting.
 *
 * @example
 * ```ts
 * const i: LocatedIssue = { code: 'invalid_flag', row: 2, column: 9, unitIndex: 0, field: 'hasServiceFacility',
 *   whereZh: '第2行「有无综合服务设施」列（I）', whereEn: 'row 2, column 有无综合服务设施 (I)', messageZh: '…', messageEn: '…' };
 * ```
 * @category Input · 输入数据
 */
export interface LocatedIssue extends TableIssue {
  /** 1-based row. */
  readonly row: number;
  /** 1-based column, or 0 for the whole row. */
  readonly column: number;
  /** Index of the record in `records` (of the unit in `units`), when the row became one. */
  readonly unitIndex?: number;
  /** The field of the column. */
  readonly field?: string;
}

/**
 * The records read from one table, and how to point back at a row and column.
 *
 * @example
 * ```ts
 * const t: TableRecords = readTable([['乡镇代码', '有无社会工作站'], ['533124101', '是']], TABLE_KINDS[2]!);
 * t.records
 * //=> [{ code: '533124101', hasSocialWorkStation: true }]
 * ```
 * @category Input · 输入数据
 */
export interface TableRecords {
  /** The kind of table read. */
  readonly kind: TableKind;
  /** Where it came from. */
  readonly source: TableSource;
  /** For `rows`: one object per data row that holds more than blanks (and prefilled cells); for `fields`: one object, the values by dotted path. */
  readonly records: Record<string, unknown>[];
  /** Problems found in cells, in row order. */
  readonly issues: readonly LocatedIssue[];
  /** Where a record's field sits (for `fields`: pass 0 and the dotted path). */
  locate(index: number, field?: string): CellLocation;
}

/**
 * Options of {@link readTable}.
 *
 * @example
 * ```ts
 * const o: ReadTableOptions = { source: { zh: '工作表「全县」', en: 'sheet 全县' }, date1904: false };
 * ```
 * @category Input · 输入数据
 */
export interface ReadTableOptions {
  /** Where the table came from (prefixes every location). */
  readonly source?: TableSource;
  /** For a workbook: whether date serials count from 1904. */
  readonly date1904?: boolean;
  /** Called every 1,000 rows with the rows read. */
  readonly onRows?: (rows: number) => void;
  /**
   * The spreadsheet row number of `rows[1]`, the first row after the header: 2 (the default) for a whole table, later
   * for a batch of a table read in parts (the header given again, then the batch's rows), so that its rows are
   * numbered as in the whole table. A whole number, at least 2.
   */
  readonly firstRow?: number;
}

function place(source: TableSource, row: number, column: number, header: string | undefined): CellLocation {
  const pz = source.zh;
  const pe = source.en === '' ? '' : `${source.en}, `;
  if (column === 0) return { row, column, whereZh: `${pz}第${row}行`, whereEn: `${pe}row ${row}` };
  const letter = columnLetter(column);
  if (header === undefined || header === '') {
    return { row, column, whereZh: `${pz}第${row}行第${letter}列`, whereEn: `${pe}row ${row}, column ${letter}` };
  }
  const h = shown(header);
  return { row, column, whereZh: `${pz}第${row}行「${h}」列（${letter}）`, whereEn: `${pe}row ${row}, column ${h} (${letter})` };
}

const YES = new Set(['是', '有', 'true', '1', 'y', 'yes', '√']);
const NO = new Set(['否', '无', '没有', 'false', '0', 'n', 'no', '×']);
const THOUSANDS = /^[+-]?\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?$/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
/** `2024-06-30`, `2024/6/30`, `2024.6.30` or `2024年6月30日`: year first, so never ambiguous. */
const DATE_LIKE = /^(?:(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})|(\d{4})年(\d{1,2})月(\d{1,2})日)$/;
const SCIENTIFIC = /^\d+(?:\.\d+)?[eE][+]?\d+$/;
const STORED_NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

type CellResult = { readonly value: unknown } | { readonly code: string; readonly zh: string; readonly en: string };

/**
 * A number as a workbook stores it (`1.5E-3`, `5.33124101201E+11`, `640`) written out in plain digits, by moving
 * the decimal point in the text: never through a binary float.
 *
 * @example
 * ```ts
 * [plainNumber('1.5E-3'), plainNumber('5.33124101201E+11'), plainNumber('0.1'), plainNumber('12.50')]
 * //=> ['0.0015', '533124101201', '0.1', '12.5']
 * ```
 * @category Input · 输入数据
 */
export function plainNumber(stored: string): string | undefined {
  const m = STORED_NUMBER.exec(stored.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const sign = m[1] === '-' ? '-' : '';
  let digits = (m[2] ?? '') + (m[3] ?? '');
  let point = (m[2] ?? '').length + (m[4] === undefined ? 0 : Number(m[4]));
  if (Math.abs(point) > 400) return undefined;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  let int = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const frac = digits.slice(point).replace(/0+$/, '');
  if (int === '') int = '0';
  const out = frac === '' ? int : `${int}.${frac}`;
  return out === '0' ? '0' : sign + out;
}

/**
 * The calendar date of an Excel date serial (days since 1899-12-30 in the 1900 system, whose day 60 is the
 * 1900-02-29 Excel invents; since 1904-01-01 in the 1904 system). A time of day is dropped.
 *
 * @example
 * ```ts
 * [excelSerialDate('45473', false), excelSerialDate('1', false), excelSerialDate('0', true)]
 * //=> ['2024-06-30', '1900-01-01', '1904-01-01']
 * ```
 * @category Input · 输入数据
 */
export function excelSerialDate(serial: string, date1904: boolean): string | undefined {
  const plain = plainNumber(serial);
  if (plain === undefined || plain.startsWith('-')) return undefined;
  const days = Number(plain.split('.')[0]);
  if (!Number.isSafeInteger(days) || days > 2_958_465) return undefined; // 9999-12-31
  let ms: number;
  if (date1904) ms = Date.UTC(1904, 0, 1) + days * 86_400_000;
  else {
    if (days === 0 || days === 60) return undefined; // 1900-01-00 and the 1900-02-29 Excel invents
    ms = Date.UTC(1899, 11, days < 60 ? 31 : 30) + days * 86_400_000;
  }
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Read one non-empty cell for a column. Values the library can check (codes, counts, areas) are passed on for the
 * snapshot schema to judge; only spreadsheet spellings (yes/no words, choices, thousands separators, Excel's
 * scientific notation of long codes, date serials) are dealt with here.
 */
function readCell(column: CsvColumn, raw: SheetCell, date1904: boolean | undefined): CellResult {
  if (typeof raw !== 'string') {
    if ('error' in raw) {
      if (raw.error === '') {
        return {
          code: 'formula_without_value',
          zh: '单元格是公式，但文件中没有保存计算结果；请在 Excel 或 WPS 中打开并保存一次，或填写数值',
          en: "the cell holds a formula whose result the file does not hold; open and save it once in Excel or WPS, or enter the value",
        };
      }
      return {
        code: 'cell_error',
        zh: `单元格是 Excel 的错误值 ${shown(raw.error)}（公式出错）；请填写数值或留空`,
        en: `the cell holds the Excel error ${shown(raw.error)} (a broken formula); enter a value or leave it blank`,
      };
    }
    const plain = plainNumber(raw.number);
    if (plain === undefined) return { value: raw.number };
    if (column.kind === 'date') {
      const d = excelSerialDate(raw.number, date1904 ?? false);
      // A number in a date column is a date Excel shows; one before 1950 is a number typed there (2024 would be 1905-07-16).
      if (d !== undefined && d >= '1950') return { value: d };
      return {
        code: 'invalid_date_number',
        zh: `应为日期（YYYY-MM-DD，或设为日期格式的单元格），实际为数字 ${shown(plain)}`,
        en: `expected a date (YYYY-MM-DD, or a cell formatted as a date), got the number ${shown(plain)}`,
      };
    } else if (column.kind === 'count' || column.kind === 'year') {
      return { value: /^-?\d+$/.test(plain) && Number.isSafeInteger(Number(plain)) ? Number(plain) : plain };
    } else if (column.kind !== 'code' || !plain.includes('.')) {
      return readCell(column, plain, undefined);
    }
    return { value: plain };
  }
  const cell = raw;
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
    case 'label':
      return { value: undefined };
    case 'list':
      return { value: cell.split(/\s*(?:\r\n|\n|\r|；|;)\s*/).filter((x) => x !== '') };
    case 'count':
    case 'year':
    case 'decimal':
    case 'money':
      if (THOUSANDS.test(cell)) {
        return {
          code: 'thousands_separator',
          zh: `不接受千位分隔符，实际为"${value}"；请写成 ${shown(cell.replace(/[,，]/g, ''))}`,
          en: `thousands separators are not accepted, got "${value}"; write ${shown(cell.replace(/[,，]/g, ''))}`,
        };
      }
      if ((column.kind === 'count' || column.kind === 'year') && PLAIN_NUMBER.test(cell)) return { value: Number(cell) };
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

function cellText(c: SheetCell | undefined): string {
  if (c === undefined) return '';
  if (typeof c === 'string') return c.trim();
  return 'number' in c ? c.number : c.error === '' ? '=' : c.error; // a formula without its result is not blank
}

function findColumn(kind: TableKind, header: string): CsvColumn | undefined {
  const h = normalizeHeader(header);
  return kind.columns.find((c) => [c.field, c.headerZh, ...c.aliasesZh].some((x) => normalizeHeader(x) === h));
}

const ITEM_HEADERS = ['项目', '指标', 'item', 'field'];
const VALUE_HEADERS = ['数值', '值', '填报值', 'value'];
const NOTE_HEADERS = ['说明', '备注', 'note', 'hint'];

/**
 * Read one table of a given kind. For `rows` tables, row 1 holds the headers (Chinese, an alias, or the field names);
 * each further row is one record. For `fields` tables (全县), row 1 is `项目,数值` (optionally `说明`) and each row an
 * item. Cells are trimmed; an empty cell is unknown and leaves its field out (never zero); a blank row (or one holding
 * only prefilled cells) is skipped but counted, so row numbers match the spreadsheet's.
 *
 * @throws TableError when the header row is empty or names an unknown, duplicated or missing column; RangeError for a
 * `firstRow` that is not a whole number of at least 2.
 * @example
 * ```ts
 * const t = readTable([['code', 'townshipCode', 'households'], ['533124101201', '533124101', { number: '1200' }]], TABLE_KINDS[0]!);
 * t.records[0]
 * //=> { code: '533124101201', townshipCode: '533124101', households: 1200 }
 * t.locate(0, 'households').whereEn
 * //=> 'row 2, column households (C)'
 * ```
 * @category Input · 输入数据
 */
export function readTable(rows: readonly (readonly SheetCell[])[], kind: TableKind, options: ReadTableOptions = {}): TableRecords {
  const firstRow = options.firstRow ?? 2;
  if (!Number.isSafeInteger(firstRow) || firstRow < 2) throw new RangeError(`readTable 的 firstRow 应为不小于 2 的整数，实际为 ${firstRow} / readTable: firstRow must be a whole number of at least 2, got ${firstRow}`);
  const source = options.source ?? { zh: '', en: '' };
  const at = (row: number, column: number, header: string | undefined) => place(source, row, column, header);
  const headerCells = (rows[0] ?? []).map(cellText);
  if (headerCells.every((h) => h === '')) {
    const w = at(1, 0, undefined);
    throw new TableError([{ code: 'empty_csv', whereZh: w.whereZh, whereEn: w.whereEn, messageZh: '表格为空：第1行应为表头', messageEn: 'the table is empty: row 1 must hold the headers' }]);
  }
  // rows[r] (r ≥ 1) is spreadsheet row r + skip: r + 1 for a whole table.
  const skip = firstRow - 1;
  return kind.layout === 'fields' ? readFields(rows, headerCells, kind, source, at, options, skip) : readRows(rows, headerCells, kind, source, at, options, skip);
}

type At = (row: number, column: number, header: string | undefined) => CellLocation;

function readRows(rows: readonly (readonly SheetCell[])[], headerCells: string[], kind: TableKind, source: TableSource, at: At, options: ReadTableOptions, skip: number): TableRecords {
  const columns: (CsvColumn | undefined)[] = [];
  const headerIssues: TableIssue[] = [];
  const seen = new Map<string, number>();
  headerCells.forEach((h, i) => {
    if (h === '') {
      columns.push(undefined);
      return;
    }
    const c = findColumn(kind, h);
    columns.push(c);
    const where = at(1, i + 1, h);
    if (c === undefined) {
      headerIssues.push({
        code: 'unknown_header',
        whereZh: where.whereZh,
        whereEn: where.whereEn,
        messageZh: `未知的表头"${shown(h)}"。可用的表头：${kind.columns.map((x) => x.headerZh).join('、')}（也可用英文字段名）`,
        messageEn: `unknown header "${shown(h)}". Accepted headers: ${kind.columns.map((x) => x.field).join(', ')} (or the Chinese headers)`,
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
  for (const c of kind.columns) {
    if (c.required && !seen.has(c.field)) {
      const w = at(1, 0, undefined);
      headerIssues.push({
        code: 'missing_column',
        whereZh: w.whereZh,
        whereEn: w.whereEn,
        messageZh: `缺少必需的列「${c.headerZh}」（${c.hintZh}）`,
        messageEn: `the required column ${c.field} (${c.headerZh}) is missing: ${c.hintEn}`,
      });
    }
  }
  if (headerIssues.length > 0) throw new TableError(headerIssues);

  const width = headerCells.length;
  const prefilled = new Set(kind.prefilled);
  const records: Record<string, unknown>[] = [];
  const rowOfRecord: number[] = [];
  const issues: LocatedIssue[] = [];

  for (let r = 1; r < rows.length; r++) {
    if (r % 1000 === 0) options.onRows?.(r);
    const rec = rows[r]!;
    const row = r + skip;
    const texts = rec.map(cellText);
    if (texts.every((c, i) => c === '' || prefilled.has(columns[i]?.field ?? ''))) continue; // a blank row: not a record
    if (options.date1904 === undefined && rec.length < width) {
      // Only a CSV row can be short (a workbook leaves empty cells out): a missing comma.
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
      if (texts[i] !== '') {
        const w = at(row, i + 1, undefined);
        const csv = options.date1904 === undefined;
        issues.push({
          code: 'extra_cell',
          row,
          column: i + 1,
          whereZh: w.whereZh,
          whereEn: w.whereEn,
          messageZh: csv
            ? `表头只有${width}列，这个单元格在表头之外（是否多了逗号？单元格中的逗号须用引号括起来）`
            : `表头只有${width}列，这个单元格在表头之外；请给该列加上表头或清空它`,
          messageEn: csv
            ? `the header has ${width} columns and this cell is beyond them (an extra comma? quote cells that contain commas)`
            : `the header has ${width} columns and this cell is beyond them; give the column a header or clear it`,
        });
        bad = true;
      }
    }
    if (bad) continue;
    const index = records.length;
    const record: Record<string, unknown> = {};
    for (let i = 0; i < width; i++) {
      const raw = rec[i];
      if (raw === undefined || texts[i] === '') continue; // unknown, never zero
      const column = columns[i];
      if (column === undefined) {
        const w = at(row, i + 1, undefined);
        issues.push({
          code: 'cell_without_header',
          row,
          column: i + 1,
          unitIndex: index,
          whereZh: w.whereZh,
          whereEn: w.whereEn,
          messageZh: `该列没有表头，却填了"${shown(texts[i]!)}"`,
          messageEn: `this column has no header but holds "${shown(texts[i]!)}"`,
        });
        continue;
      }
      const res = readCell(column, typeof raw === 'string' ? texts[i]! : raw, options.date1904);
      if ('value' in res) {
        if (res.value !== undefined) record[column.field] = res.value;
      } else {
        const w = at(row, i + 1, headerCells[i]);
        issues.push({ code: res.code, row, column: i + 1, unitIndex: index, field: column.field, whereZh: w.whereZh, whereEn: w.whereEn, messageZh: res.zh, messageEn: res.en });
      }
    }
    records.push(record);
    rowOfRecord.push(row);
  }
  options.onRows?.(rows.length - 1);

  return {
    kind,
    source,
    records,
    issues,
    locate(index, field) {
      const row = rowOfRecord[index] ?? 0;
      if (field === undefined) return at(row, 0, undefined);
      const i = seen.get(field);
      if (i === undefined) {
        const w = at(row, 0, undefined);
        return { row, column: 0, whereZh: `${w.whereZh}（${field}）`, whereEn: `${w.whereEn} (${field})` };
      }
      return at(row, i + 1, headerCells[i]);
    },
  };
}

function readFields(rows: readonly (readonly SheetCell[])[], headerCells: string[], kind: TableKind, source: TableSource, at: At, options: ReadTableOptions, skip: number): TableRecords {
  const norm = (xs: string[]) => xs.map(normalizeHeader);
  const itemCol = headerCells.findIndex((h) => norm(ITEM_HEADERS).includes(normalizeHeader(h)));
  const valueCol = headerCells.findIndex((h) => norm(VALUE_HEADERS).includes(normalizeHeader(h)));
  const headerIssues: TableIssue[] = [];
  headerCells.forEach((h, i) => {
    if (h === '' || i === itemCol || i === valueCol || norm(NOTE_HEADERS).includes(normalizeHeader(h))) return;
    const w = at(1, i + 1, h);
    headerIssues.push({
      code: 'unknown_header',
      whereZh: w.whereZh,
      whereEn: w.whereEn,
      messageZh: `未知的表头"${shown(h)}"。这张表的表头是：项目、数值（可加“说明”）`,
      messageEn: `unknown header "${shown(h)}". This table's headers are 项目 (item), 数值 (value) and optionally 说明 (note)`,
    });
  });
  if (itemCol === -1 || valueCol === -1) {
    const w = at(1, 0, undefined);
    headerIssues.push({
      code: 'missing_column',
      whereZh: w.whereZh,
      whereEn: w.whereEn,
      messageZh: `缺少必需的列「${itemCol === -1 ? '项目' : '数值'}」：这张表每行一个项目，表头是 项目、数值`,
      messageEn: `the required column ${itemCol === -1 ? '项目 (item)' : '数值 (value)'} is missing: one item per row, headers 项目 and 数值`,
    });
  }
  if (headerIssues.length > 0) throw new TableError(headerIssues);

  const record: Record<string, unknown> = {};
  const rowOfField = new Map<string, number>();
  const issues: LocatedIssue[] = [];
  const valueHeader = headerCells[valueCol]!;
  for (let r = 1; r < rows.length; r++) {
    const rec = rows[r]!;
    const row = r + skip;
    const item = cellText(rec[itemCol]);
    const rawValue = rec[valueCol];
    const text = cellText(rawValue);
    if (item === '') {
      if (text !== '') {
        const w = at(row, itemCol + 1, headerCells[itemCol]);
        issues.push({ code: 'missing_item', row, column: itemCol + 1, whereZh: w.whereZh, whereEn: w.whereEn, messageZh: `填了数值"${shown(text)}"却没有项目名称`, messageEn: `a value "${shown(text)}" without an item name` });
      }
      continue;
    }
    const column = findColumn(kind, item);
    if (column === undefined) {
      const w = at(row, itemCol + 1, headerCells[itemCol]);
      issues.push({
        code: 'unknown_item',
        row,
        column: itemCol + 1,
        whereZh: w.whereZh,
        whereEn: w.whereEn,
        messageZh: `未知的项目"${shown(item)}"。可用的项目：${kind.columns.map((x) => x.headerZh).join('、')}`,
        messageEn: `unknown item "${shown(item)}". Accepted items: ${kind.columns.map((x) => x.field).join(', ')} (or the Chinese names)`,
      });
      continue;
    }
    const first = rowOfField.get(column.field);
    if (first !== undefined) {
      const w = at(row, itemCol + 1, headerCells[itemCol]);
      issues.push({ code: 'duplicate_item', row, column: itemCol + 1, whereZh: w.whereZh, whereEn: w.whereEn, messageZh: `与第${first}行重复（都是${column.headerZh}）`, messageEn: `duplicates row ${first} (both are ${column.field})` });
      continue;
    }
    rowOfField.set(column.field, row);
    if (rawValue === undefined || text === '') continue; // unknown, never zero
    const res = readCell(column, typeof rawValue === 'string' ? text : rawValue, options.date1904);
    if ('value' in res) {
      if (res.value !== undefined) record[column.field] = res.value;
    } else {
      const w = at(row, valueCol + 1, valueHeader);
      issues.push({ code: res.code, row, column: valueCol + 1, unitIndex: 0, field: column.field, whereZh: w.whereZh, whereEn: w.whereEn, messageZh: res.zh, messageEn: res.en });
    }
  }
  return {
    kind,
    source,
    records: [record],
    issues,
    locate(_index, field) {
      const row = field === undefined ? undefined : rowOfField.get(field);
      if (row === undefined) {
        const w = at(1, 0, undefined);
        const c = field === undefined ? undefined : kind.columns.find((x) => x.field === field);
        const name = c === undefined ? (field ?? '') : `${c.headerZh}`;
        return { row: 0, column: 0, whereZh: `${source.zh}「${name}」（表中无此行）`, whereEn: `${w.whereEn.replace(/, row 1$|^row 1$/, '')}${source.en === '' ? '' : ', '}item ${field ?? ''} (no row for it)` };
      }
      return at(row, valueCol + 1, valueHeader);
    },
  };
}

/**
 * Tables of every kind (a workbook's sheets, or a folder's CSV files) to one snapshot input, with a way back from any
 * path of the snapshot (`townships[2].hasSocialWorkStation`) to the sheet, row and column it came from.
 *
 * @module
 */
import { parseCsv } from './parseCsv';
import { readTable, type CellLocation, type LocatedIssue, type TableRecords, type TableSource } from './readTable';
import { readXlsx, XLSX_LIMITS, type SheetCell, type XlsxLimits } from './readXlsx';
import { shownValue as shown } from './shownValue';
import { TABLE_KINDS, tableKindOf } from './TABLE_KINDS';
import { TableError, type TableIssue } from './TableError';

/**
 * One table to read: its name (a sheet's, or a CSV file's, which says its kind) and rows.
 *
 * @example
 * ```ts
 * const t: NamedTable = { name: '乡镇（农场）', rows: [['乡镇代码'], ['533124101']] };
 * ```
 * @category Input · 输入数据
 */
export interface NamedTable {
  /** A sheet name or file name: `乡镇（农场）`, `townships.csv`, … (see `TABLE_KINDS`). */
  readonly name: string;
  /** The rows, header first. */
  readonly rows: readonly (readonly SheetCell[])[];
}

/**
 * A problem found in a cell, with the snapshot path it concerns and the table it is in.
 *
 * @example
 * ```ts
 * const i: PathIssue = { code: 'invalid_flag', row: 2, column: 4, table: 1, path: ['townships', 0, 'hasSocialWorkStation'],
 *   whereZh: '工作表「乡镇（农场）」第2行「有无社会工作站」列（D）', whereEn: 'sheet 乡镇（农场）, row 2, column 有无社会工作站 (D)', messageZh: '…', messageEn: '…' };
 * ```
 * @category Input · 输入数据
 */
export interface PathIssue extends LocatedIssue {
  /** The table's index in `tables`, for sorting. */
  readonly table: number;
  /** The snapshot path of the cell (`['units', 3, 'households']`), when it became a field. */
  readonly path?: readonly (string | number)[];
  /** Whether the cell's column is required (its record then lacks the field and the schema reports it again). */
  readonly required?: boolean;
}

/**
 * What {@link readSnapshotTables} returns: the snapshot input built from the tables (only the parts they hold),
 * the problems found in cells, and the way back from a snapshot path to a cell.
 *
 * @example
 * ```ts
 * const r: SnapshotTables = readSnapshotTables([{ name: '村（社区）', rows: [['村级代码', '所属乡镇代码'], ['533124101201', '533124101']] }]);
 * r.input
 * //=> { units: [{ code: '533124101201', townshipCode: '533124101' }] }
 * ```
 * @category Input · 输入数据
 */
export interface SnapshotTables {
  /** The parts of a snapshot input the tables hold: `units`, `asOf`, `county`, `townships`, `records`, `actions`. */
  readonly input: Record<string, unknown>;
  /** Every table read, in the order given. */
  readonly tables: readonly TableRecords[];
  /** Problems found in cells, by table, row and column. */
  readonly issues: readonly PathIssue[];
  /** The sheet, row and column of a snapshot path, when a table holds it. */
  locate(path: readonly (string | number)[]): (CellLocation & { readonly table: number }) | undefined;
}

/**
 * Options of {@link readSnapshotTables}.
 *
 * @example
 * ```ts
 * const o: SnapshotTablesOptions = { from: 'csv' };
 * ```
 * @category Input · 输入数据
 */
export interface SnapshotTablesOptions {
  /** `xlsx` (sheets; numbers as stored, date serials) or `csv` (files); `xlsx` by default. */
  readonly from?: 'xlsx' | 'csv';
  /** For a workbook: whether its date serials count from 1904. */
  readonly date1904?: boolean;
}

/** Sheets of instructions that a workbook may carry and that are not data. */
const NOTES = new Set(['说明', '填表说明', 'readme', 'instructions', 'notes']);

function isBlank(rows: readonly (readonly SheetCell[])[]): boolean {
  return rows.every((r) => r.every((c) => (typeof c === 'string' ? c.trim() === '' : false)));
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let o = target;
  for (const key of path.slice(0, -1)) {
    const next = o[key];
    if (typeof next === 'object' && next !== null && !Array.isArray(next)) o = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      o[key] = created;
      o = created;
    }
  }
  o[path[path.length - 1]!] = value;
}

/**
 * Read every table and put what they hold where it goes in a snapshot: the units sheet's rows at `units`, the 全县
 * items at `county.…` (and `asOf`, `records.elderlyVisits.from`/`to`), the townships' rows at `townships`, each
 * record list at its path. A list sheet with no data row leaves its part out (unknown, not an empty list); the units
 * table always gives `units`. The elderly visit roster and log become `[]` when left empty but the 全县 sheet gives
 * the period they cover.
 *
 * @throws TableError listing every sheet that cannot be read: an unknown sheet name (instructions sheets named 说明
 * are skipped), two sheets of one kind, or a header row with unknown, duplicated or missing columns.
 * @example
 * ```ts
 * const r = readSnapshotTables([
 *   { name: '全县', rows: [['项目', '数值'], ['全县城镇常住人口', { number: '70000' }]] },
 *   { name: '乡镇（农场）', rows: [['乡镇代码', '有无社会工作站'], ['533124101', '是']] },
 * ]);
 * r.input
 * //=> { county: { urbanResidentPopulation: 70000 }, townships: [{ code: '533124101', hasSocialWorkStation: true }] }
 * r.locate(['townships', 0, 'hasSocialWorkStation'])?.whereEn
 * //=> 'sheet 乡镇（农场）, row 2, column 有无社会工作站 (B)'
 * ```
 * @category Input · 输入数据
 */
export function readSnapshotTables(tables: readonly NamedTable[], options: SnapshotTablesOptions = {}): SnapshotTables {
  const csv = options.from === 'csv';
  const problems: TableIssue[] = [];
  const read: TableRecords[] = [];
  const seen = new Map<string, string>();
  for (const t of tables) {
    const kind = tableKindOf(t.name);
    const source: TableSource = csv ? { zh: `文件 ${shown(t.name)} `, en: `file ${shown(t.name)}` } : { zh: `工作表「${shown(t.name)}」`, en: `sheet ${shown(t.name)}` };
    if (kind === undefined) {
      if (NOTES.has(t.name.normalize('NFKC').trim().toLowerCase().replace(/\.csv$/, '')) || isBlank(t.rows)) continue;
      problems.push({
        code: 'unknown_sheet',
        whereZh: source.zh.trim(),
        whereEn: source.en,
        messageZh: `不认识这个${csv ? '文件名' : '工作表名'}。可用的名称：${TABLE_KINDS.map((k) => k.sheetZh).join('、')}（也可用英文 ${TABLE_KINDS.map((k) => k.id).join(', ')}）${csv ? '，加 .csv' : ''}`,
        messageEn: `unknown ${csv ? 'file' : 'sheet'} name. Accepted: ${TABLE_KINDS.map((k) => k.id).join(', ')} or the Chinese names${csv ? ', with .csv' : ''}`,
      });
      continue;
    }
    const before = seen.get(kind.id);
    if (before !== undefined) {
      problems.push({
        code: 'duplicate_sheet',
        whereZh: source.zh.trim(),
        whereEn: source.en,
        messageZh: `与「${shown(before)}」是同一种表（${kind.sheetZh}），只能有一个`,
        messageEn: `the same kind of table as ${shown(before)} (${kind.id}); give it once`,
      });
      continue;
    }
    seen.set(kind.id, t.name);
    if (kind.id !== 'units' && isBlank(t.rows)) continue; // an empty sheet: the part is unknown
    try {
      read.push(readTable(t.rows, kind, { source, ...(csv ? {} : { date1904: options.date1904 ?? false }) }));
    } catch (e) {
      if (e instanceof TableError) problems.push(...e.issues);
      else throw e;
    }
  }
  if (problems.length > 0) throw new TableError(problems);
  return snapshotTablesOf(read);
}

/**
 * Tables already read (by {@link readTable}) as one snapshot input: each table's records put where they go, its cell
 * problems given their snapshot path, and the way back from a path to a cell. What {@link readSnapshotTables} returns
 * for a workbook or a folder of CSV files, and what the command line returns for a units table given on its own.
 *
 * @example
 * ```ts
 * const units = readTable([['村级代码', '所属乡镇代码', '户数'], ['533124101201', '533124101', '1,200']], TABLE_KINDS[0]!);
 * const r = snapshotTablesOf([units]);
 * [r.input, r.issues[0]?.path, r.locate(['units', 0, 'households'])?.whereEn]
 * //=> [{ units: [{ code: '533124101201', townshipCode: '533124101' }] }, ['units', 0, 'households'], 'row 2, column 户数 (C)']
 * ```
 * @category Input · 输入数据
 */
export function snapshotTablesOf(read: readonly TableRecords[]): SnapshotTables {
  const input: Record<string, unknown> = {};
  const issues: PathIssue[] = [];
  read.forEach((t, table) => {
    if (t.kind.layout === 'fields') {
      for (const [field, value] of Object.entries(t.records[0] ?? {})) setPath(input, field.split('.'), value);
    } else if (t.records.length > 0 || t.kind.id === 'units') {
      setPath(input, t.kind.path, t.records);
    }
    for (const i of t.issues) {
      const required = i.field !== undefined && t.kind.columns.some((c) => c.field === i.field && c.required);
      const path = i.field === undefined ? undefined : t.kind.layout === 'fields' ? i.field.split('.') : i.unitIndex === undefined ? undefined : [...t.kind.path, i.unitIndex, i.field];
      issues.push({ ...i, table, ...(path === undefined ? {} : { path }), ...(required ? { required } : {}) });
    }
  });
  const records = input['records'] as Record<string, unknown> | undefined;
  const visits = records?.['elderlyVisits'] as Record<string, unknown> | undefined;
  if (visits !== undefined && visits['from'] !== undefined && visits['to'] !== undefined) {
    visits['roster'] ??= [];
    visits['visits'] ??= [];
  }

  return {
    input,
    tables: read,
    issues,
    locate(path) {
      for (let table = 0; table < read.length; table++) {
        const t = read[table]!;
        if (t.kind.layout === 'fields') {
          for (let k = path.length; k > 0; k--) {
            const field = path.slice(0, k).join('.');
            // Only a figure the table gave: one left blank there may have come from elsewhere (--base-json).
            if (Object.hasOwn(t.records[0] ?? {}, field)) return { ...t.locate(0, field), table };
          }
          continue;
        }
        const p = t.kind.path;
        if (path.length > p.length && p.every((x, i) => path[i] === x) && typeof path[p.length] === 'number') {
          const field = path[p.length + 1];
          const at = t.locate(path[p.length] as number, typeof field === 'string' ? field : undefined);
          const rest = path.slice(p.length + 2);
          const nested = rest.length === 0 ? '' : ` ${rest.map((x) => (typeof x === 'number' ? `[${x}]` : `.${x}`)).join('')}`;
          return { ...at, whereZh: at.whereZh + nested, whereEn: at.whereEn + nested, table };
        }
      }
      return undefined;
    },
  };
}

/**
 * Read a workbook's bytes into a snapshot input: {@link readXlsx}, then {@link readSnapshotTables} over its sheets.
 *
 * @throws TableError when the file is not a readable workbook or a sheet cannot be read.
 * @example
 * ```ts
 * const bytes = xlsxFromSheets([{ name: '村（社区）', rows: [['村级代码', '所属乡镇代码', '户数'], ['533124101201', '533124101', { number: '640' }]] }]);
 * readWorkbook(bytes).input
 * //=> { units: [{ code: '533124101201', townshipCode: '533124101', households: 640 }] }
 * ```
 * @category Input · 输入数据
 */
export function readWorkbook(bytes: Uint8Array, limits: XlsxLimits = XLSX_LIMITS): SnapshotTables {
  const wb = readXlsx(bytes, limits);
  return readSnapshotTables(wb.sheets, { from: 'xlsx', date1904: wb.date1904 });
}

/**
 * Read CSV files (text already decoded), one per kind of table, named as the template names them
 * (`村（社区）.csv`, `全县.csv`, `townships.csv`, …), into a snapshot input.
 *
 * @throws TableError for a CSV syntax error, an unknown file name or an unreadable header row.
 * @example
 * ```ts
 * readCsvFiles([{ name: '全县.csv', text: '项目,数值\r\n数据截止日期,2024-12-31\r\n' }]).input
 * //=> { asOf: '2024-12-31' }
 * ```
 * @category Input · 输入数据
 */
export function readCsvFiles(files: readonly { readonly name: string; readonly text: string }[]): SnapshotTables {
  const problems: TableIssue[] = [];
  const tables: NamedTable[] = [];
  for (const f of files) {
    try {
      tables.push({ name: f.name, rows: parseCsv(f.text) });
    } catch (e) {
      if (!(e instanceof TableError)) throw e;
      problems.push(...e.issues.map((i) => ({ ...i, whereZh: `文件 ${shown(f.name)} ${i.whereZh}`, whereEn: `file ${shown(f.name)}, ${i.whereEn}` })));
    }
  }
  if (problems.length > 0) throw new TableError(problems);
  return readSnapshotTables(tables, { from: 'csv' });
}

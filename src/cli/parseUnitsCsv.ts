/**
 * A units table in CSV (text already decoded) to the `units` of a snapshot input, with every problem located by
 * row and column: the browser-safe readers of src/io (`parseCsv`, `readTable`), with their errors as the CLI's.
 *
 * @module
 */
import { parseCsv } from '../io/parseCsv';
import { readTable, type CellLocation, type LocatedIssue, type TableRecords } from '../io/readTable';
import { TABLE_KINDS } from '../io/TABLE_KINDS';
import { TableError } from '../io/TableError';
import { InputError } from './CliError';
import type { Progress } from './progress';

export { columnLetter } from '../io/columnLetter';
export type { CellLocation, LocatedIssue } from '../io/readTable';

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
  /** The table as src/io's `readTable` read it (for `snapshotTablesOf`). */
  readonly table: TableRecords;
}

/**
 * Run a reader of src/io, its {@link TableError} (a CSV syntax error, an unreadable header row, a damaged workbook)
 * thrown as the CLI's {@link InputError} (exit code 2).
 *
 * @throws InputError with the reader's problems.
 * @example
 * ```ts
 * asInputError(() => parseCsv('a,"b'))
 * //=> throws InputError
 * ```
 */
export function asInputError<T>(read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof TableError) throw new InputError(e.issues);
    throw e;
  }
}

/**
 * Read a units table: the first row holds the headers (Chinese, or the English field names; see `CSV_COLUMNS`),
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
  return asInputError(() => {
    let lines = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
    progress?.start(lines - 1); // an estimate until parsed: the lines after the header
    progress?.stage('解析 CSV', 'parsing CSV');
    const rows = parseCsv(text, progress === undefined ? undefined : (n) => progress.tick(n));
    progress?.start(rows.length - 1);
    progress?.stage('读取表格', 'reading rows');
    const t = readTable(rows, TABLE_KINDS[0]!, progress === undefined ? {} : { onRows: (n) => progress.tick(n) });
    return { units: t.records, issues: t.issues, locate: t.locate, table: t };
  });
}

/**
 * `longchuan-community-plan/io`: the pieces an app reuses to build its own upload form or offline workbench, kept out
 * of the main import so that the library's bundles do not grow. Every reader works on a `Uint8Array` or a string, with
 * no Node API, in the browser as in Node.
 *
 * - Workbooks: {@link readWorkbook} (an `.xlsx` file's bytes, as Excel and WPS save it, to a snapshot input) over
 *   {@link readXlsx} (sheets and cells as stored) and {@link readSnapshotTables}; {@link xlsxFromSheets} writes one.
 * - CSV: {@link parseCsv} (text to rows), {@link readCsvFiles} (one file per kind of table), {@link readTable} (one
 *   table of a given kind); the columns of every table in {@link TABLE_KINDS} and {@link CSV_COLUMNS}.
 * - Templates: {@link templateSheets}, {@link xlsxTemplate}, {@link csvTemplateFiles}: the 77 units, 10 townships,
 *   county items and tracked actions listed.
 * - The report's chart: {@link svgChart} of one headline indicator, with {@link buildReportModel} to make its input.
 *
 * Problems are located by sheet (or file), row and column header, in Chinese and English ({@link TableIssue});
 * values from the data in messages are cut and have control characters escaped ({@link shownValue}), and a page
 * still HTML-escapes them.
 *
 * @example
 * ```ts
 * import { parseSnapshot } from 'longchuan-community-plan';
 * import { readWorkbook, TableError } from 'longchuan-community-plan/io';
 *
 * async function onUpload(file: File) {
 *   try {
 *     const tables = readWorkbook(new Uint8Array(await file.arrayBuffer()));
 *     // tables.issues: cells that could not be read; tables.locate(path): a snapshot path's sheet, row and column.
 *     return parseSnapshot({ asOf: '2024-12-31', ...tables.input });
 *   } catch (e) {
 *     if (e instanceof TableError) for (const i of e.issues) console.log(`${i.whereZh}：${i.messageZh}`);
 *     throw e;
 *   }
 * }
 * ```
 *
 * @module
 * @category Input · 输入数据
 */
export { readXlsx, XLSX_LIMITS, type SheetCell, type Sheet, type Workbook, type XlsxLimits } from './readXlsx';
export { xlsxFromSheets, type SheetToWrite } from './xlsxFromSheets';
export { parseCsv, type CsvProgress } from './parseCsv';
export { readTable, plainNumber, excelSerialDate, type TableRecords, type TableSource, type CellLocation, type LocatedIssue, type ReadTableOptions } from './readTable';
export {
  readSnapshotTables,
  readWorkbook,
  readCsvFiles,
  type NamedTable,
  type PathIssue,
  type SnapshotTables,
  type SnapshotTablesOptions,
} from './readSnapshotTables';
export { TABLE_KINDS, tableKindOf, type TableKind, type TableKindId } from './TABLE_KINDS';
export { CSV_COLUMNS, JSON_ONLY_UNIT_FIELDS, findCsvColumn, normalizeHeader, csvHeader, type CsvColumn, type CsvCellKind } from './unitColumns';
export { templateSheets, xlsxTemplate, csvTemplateFiles, csvText, type TemplateLocale } from './snapshotTemplate';
export { TableError, tableError, type TableIssue } from './TableError';
export { shownValue } from './shownValue';
export { columnLetter } from './columnLetter';
export { svgChart, type SvgChartInput, type SvgChartPoint } from '../report/svgChart';
export * from '../report/reportModel';

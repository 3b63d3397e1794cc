/**
 * The units table's columns, for the CLI: the definitions live with the browser-safe readers in src/io.
 *
 * @module
 */
export { CSV_COLUMNS, JSON_ONLY_UNIT_FIELDS, normalizeHeader, findCsvColumn, csvHeader, type CsvColumn, type CsvCellKind } from '../io/unitColumns';

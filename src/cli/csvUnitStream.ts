/**
 * A CSV units table read in batches of rows, never whole: the units of `evaluate units.csv --stream`. Each batch is
 * read by the same readers as a whole table (`parseCsv`, `readTable`), so cells mean the same thing and problems name
 * the same rows and columns.
 *
 * @module
 */
import { parseCsv } from '../io/parseCsv';
import { readTable, type LocatedIssue } from '../io/readTable';
import { TABLE_KINDS } from '../io/TABLE_KINDS';
import { asInputError } from './parseUnitsCsv';
import type { TextLine } from './readTextLines';

/**
 * Rows read per batch.
 *
 * @example
 * ```ts
 * CSV_BATCH_ROWS
 * //=> 20000
 * ```
 */
export const CSV_BATCH_ROWS = 20_000;

/**
 * One unit of a CSV stream: the unit read from its row, its spreadsheet row number (the header is row 1), and the
 * problems its cells had (a unit with any is to be rejected: a cell that could not be read is never left out quietly).
 *
 * @example
 * ```ts
 * const u: CsvUnit = { unit: { code: '533124101201', townshipCode: '533124101' }, row: 2, issues: [] };
 * ```
 */
export interface CsvUnit {
  readonly unit: Record<string, unknown>;
  readonly row: number;
  readonly issues: readonly LocatedIssue[];
  /** How much of the input had been read (0–1), when known. */
  readonly fraction: number | undefined;
}

/**
 * The units of a CSV table given as lines, in batches of `batchRows` rows; rows that are not units (too few or too many
 * cells) are reported through `onRowIssue`.
 *
 * @throws InputError for a CSV syntax error or a bad header row.
 * @example
 * ```ts
 * for await (const u of csvUnits(lines, () => undefined)) console.log(u.row, u.unit);
 * ```
 */
export async function* csvUnits(lines: AsyncIterable<TextLine>, onRowIssue: (issue: LocatedIssue) => void, batchRows: number = CSV_BATCH_ROWS): AsyncGenerator<CsvUnit> {
  let header: string | undefined;
  let headerRow: string[] = [];
  let rowsBefore = 0; // data rows (records) before the current batch
  let unitsBefore = 0; // units read before it
  let batch: string[] = [];
  let record = '';
  let recordLine = 0; // the text line the record being read starts on
  let batchLine = 0; // the text line the batch starts on (a syntax error names the file's line, not the batch's)
  let quotes = 0;
  let fraction: number | undefined;

  function* flush(): Generator<CsvUnit> {
    if (batch.length === 0) return;
    const rows = asInputError(() => parseCsv(batch.join('\n'), undefined, batchLine));
    // The header, then the batch's rows, numbered from where the batch starts in the whole table (the header is row 1).
    const t = asInputError(() => readTable([headerRow, ...rows], TABLE_KINDS[0]!, { firstRow: 2 + rowsBefore }));
    const byUnit = new Map<number, LocatedIssue[]>();
    for (const iss of t.issues) {
      if (iss.unitIndex === undefined) onRowIssue(iss);
      else (byUnit.get(iss.unitIndex) ?? byUnit.set(iss.unitIndex, []).get(iss.unitIndex)!).push({ ...iss, unitIndex: unitsBefore + iss.unitIndex });
    }
    for (let i = 0; i < t.records.length; i++) {
      yield { unit: t.records[i]!, row: t.locate(i).row, issues: byUnit.get(i) ?? [], fraction };
    }
    rowsBefore += rows.length;
    unitsBefore += t.records.length;
    batch = [];
  }

  let lastLine = 0;
  for await (const l of lines) {
    fraction = l.fraction;
    // Blank lines (not yielded by the line reader) are blank rows, or line ends inside a quoted cell.
    const gap = l.line - lastLine - 1;
    lastLine = l.line;
    if (gap > 0) {
      if (record !== '') record += '\n'.repeat(gap);
      else if (header === undefined) asInputError(() => readTable([[]], TABLE_KINDS[0]!)); // row 1 blank: no header row
      else {
        if (batch.length === 0) batchLine = l.line - gap;
        for (let k = 0; k < gap; k++) batch.push('');
      }
    }
    // A record ends at a line end outside quotes (an even number of quote characters so far: "" is an escaped quote).
    if (record === '') recordLine = l.line;
    record = record === '' ? l.text : `${record}\n${l.text}`;
    for (let i = l.text.indexOf('"'); i !== -1; i = l.text.indexOf('"', i + 1)) quotes++;
    if (quotes % 2 === 1) continue;
    const text = record;
    record = '';
    quotes = 0;
    if (header === undefined) {
      header = text;
      const parsed = asInputError(() => parseCsv(text));
      headerRow = parsed[0] ?? [];
      // The header alone: its problems (unknown, duplicated or missing columns) stop the run at once.
      asInputError(() => readTable([headerRow], TABLE_KINDS[0]!));
      continue;
    }
    if (batch.length === 0) batchLine = recordLine;
    batch.push(text);
    if (batch.length >= batchRows) yield* flush();
  }
  if (record !== '') {
    // an unclosed quote: parseCsv reports it
    if (batch.length === 0) batchLine = recordLine;
    batch.push(record);
  }
  if (header === undefined) asInputError(() => readTable([[]], TABLE_KINDS[0]!)); // an empty table
  yield* flush();
}

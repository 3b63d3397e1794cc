/**
 * `csvUnits` reads a CSV units table in batches, each batch with the header given again and numbered from where it
 * starts (`readTable`'s `firstRow`), never padded with blank rows: every data row is handed to the table reader once,
 * so the reading is linear, and a batch that starts late still names its rows as the spreadsheet does.
 */
import { describe, expect, it, vi } from 'vitest';
import type { LocatedIssue } from '../../src/io/readTable';

// The rows each call of the table reader is handed (the reader itself runs unchanged).
const { handed } = vi.hoisted(() => ({ handed: [] as number[] }));
vi.mock('../../src/io/readTable', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/io/readTable')>();
  return { ...actual, readTable: (...args: Parameters<typeof actual.readTable>) => (handed.push(args[0].length), actual.readTable(...args)) };
});

const { csvUnits } = await import('../../src/cli/csvUnitStream');

describe('csvUnits in batches', () => {
  it('a batch starting at row 200,001 names its rows right, and no row is handed to the reader twice', async () => {
    // Line = spreadsheet row (no cell spans lines). Rows 4 to 199,999 are blank (the line reader does not yield them).
    const lines = [
      { line: 1, text: 'code,townshipCode,hasServiceFacility' },
      { line: 2, text: '533124101001,533124101,是' },
      { line: 3, text: '533124101002,533124101,也许' },
      { line: 200_000, text: '533124101003,533124101,否' },
      { line: 200_001, text: '533124101004,533124101,maybe' },
    ].map((l) => ({ ...l, fraction: undefined }));
    const rowIssues: LocatedIssue[] = [];
    const got = [];
    handed.length = 0;
    // Two rows a batch: rows 2–3; rows 4–200,000 (199,996 blank and one unit); row 200,001 alone.
    for await (const u of csvUnits((async function* () { yield* lines; })(), (i) => rowIssues.push(i), 2)) got.push(u);

    expect(rowIssues).toEqual([]);
    expect(got.map((u) => [u.unit['code'], u.row])).toEqual([
      ['533124101001', 2],
      ['533124101002', 3],
      ['533124101003', 200_000],
      ['533124101004', 200_001],
    ]);
    expect(got.flatMap((u) => u.issues.map((i) => [i.code, i.unitIndex, i.row, i.column, i.whereZh, i.whereEn]))).toEqual([
      ['invalid_flag', 1, 3, 3, '第3行「hasServiceFacility」列（C）', 'row 3, column hasServiceFacility (C)'],
      ['invalid_flag', 3, 200_001, 3, '第200001行「hasServiceFacility」列（C）', 'row 200001, column hasServiceFacility (C)'],
    ]);
    // The header alone (checked first), then each batch with its header: 1 + 2, 1 + 199,997, 1 + 1 rows. Padding the
    // batches with the blank rows before them instead handed 2 and 199,999 rows more (400,001 data rows in all).
    expect(handed).toEqual([1, 3, 199_998, 2]);
    expect(handed.reduce((a, n) => a + n - 1, 0)).toBe(200_000); // rows 2 to 200,001, each once
  });

  it('a CSV syntax error in a later batch names the text line of the file, not of the batch', async () => {
    // Line 6 opens a quote that never closes; line 7 continues it. Two rows a batch: rows 2–3, 4–5, then the bad record.
    const text = ['code,townshipCode,name', '533124101001,533124101,a', '533124101002,533124101,b', '533124101003,533124101,c', '533124101004,533124101,d', '533124101005,533124101,"e', 'f'];
    const lines = text.map((t, k) => ({ line: k + 1, text: t, fraction: undefined }));
    const read = async () => {
      for await (const _ of csvUnits((async function* () { yield* lines; })(), () => undefined, 2));
    };
    await expect(read()).rejects.toMatchObject({ name: 'InputError', issues: [{ code: 'csv_syntax', whereZh: '第6行（文本行）', whereEn: 'line 6' }] });
    // After blank lines too: the bad record on line 9, its batch starting at the blank line 8.
    const gapped = [...lines.slice(0, 5), { line: 9, text: '533124101005,533124101,x"y', fraction: undefined }];
    const readGapped = async () => {
      for await (const _ of csvUnits((async function* () { yield* gapped; })(), () => undefined, 2));
    };
    await expect(readGapped()).rejects.toMatchObject({ issues: [{ code: 'csv_syntax', whereEn: 'line 9' }] });
  });
});

// The workbench's pure part: files to snapshots (CSV in UTF-8 or GBK, workbooks, the template's CSV files, JSON), the
// date a name suggests, and every problem located once, by file, row and column. The page itself is tested in real
// Chromium (test/browser/workbench.test.ts).
import { describe, expect, it } from 'vitest';
import { xlsxFromSheets } from '../../src/io/xlsxFromSheets';
import { asOfFromName } from '../../src/workbench/asOfFromName';
import { decodeCsvBytes } from '../../src/workbench/decodeCsvBytes';
import { evaluateFiles } from '../../src/workbench/evaluateFiles';
import { readInputFiles, type InputFile } from '../../src/workbench/readInputFiles';

const utf8 = (s: string) => new TextEncoder().encode(s);
const HEAD = '村级代码,所属乡镇代码,有无综合服务设施\r\n';

function one(name: string, text: string): InputFile {
  const [f] = readInputFiles([{ name, bytes: utf8(text) }]);
  if (f === undefined || 'failed' in f) throw new Error(`unreadable: ${JSON.stringify(f)}`);
  return f;
}

describe('asOfFromName', () => {
  it('offers the end of the one year of the plan span a name holds, and nothing otherwise', () => {
    expect(asOfFromName('陇川-2024.csv')).toBe('2024-12-31');
    expect(asOfFromName('2020年.xlsx')).toBe('2020-12-31');
    expect(asOfFromName('units.csv')).toBe('');
    expect(asOfFromName('2023-2024.csv')).toBe(''); // two years: not guessed
    expect(asOfFromName('533124101201.csv')).toBe(''); // digits of a code are not a year
    expect(asOfFromName('1999.csv')).toBe('');
    // The plan's span is 2020 (基期) to 2025 (目标): a year outside it is not offered.
    expect(asOfFromName('2025年.csv')).toBe('2025-12-31');
    expect(asOfFromName('2019年.csv')).toBe('');
    expect(asOfFromName('2026年.csv')).toBe('');
  });
});

describe('decodeCsvBytes', () => {
  const src = { zh: '文件 a.csv ', en: 'file a.csv' };
  it('reads UTF-8 with and without BOM, and GBK (陇川 = C2A4 B4A8)', () => {
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xe9, 0x99, 0x87]), src)).toEqual({ text: '陇', encoding: 'utf-8' });
    expect(decodeCsvBytes(new Uint8Array([0xc2, 0xa4, 0xb4, 0xa8]), src)).toEqual({ text: '陇川', encoding: 'gb18030' });
  });
  it('refuses UTF-16 with a bilingual hint naming the file', () => {
    expect(() => decodeCsvBytes(new Uint8Array([0xff, 0xfe, 0x61, 0x00]), src)).toThrowError(/UTF-16/);
    try {
      decodeCsvBytes(new Uint8Array([0xfe, 0xff, 0x00, 0x61]), src);
    } catch (e) {
      expect((e as { issues: { code: string; whereEn: string }[] }).issues[0]).toMatchObject({ code: 'utf16_not_supported', whereEn: 'file a.csv' });
    }
  });
});

describe('readInputFiles and evaluateFiles', () => {
  it('[P1.1] one CSV of 4 of the 68 villages, with its date: the county figure is missing data, never computed from 4', () => {
    const f = one('a.csv', `${HEAD}533124101201,533124101,是\r\n533124101202,533124101,是\r\n533124101203,533124101,是\r\n533124101204,533124101,否\r\n`);
    expect([f.format, f.encoding, f.units]).toEqual(['csv', 'utf-8', 4]);
    const r = evaluateFiles([{ file: f, asOf: '2024-12-31' }]);
    expect(r.kind).toBe('evaluation');
    if (r.kind !== 'evaluation') return;
    expect(r.evaluation.asOf).toBe('2024-12-31');
    // At county level the other 64 registered villages are absent: their facilities are unknown, not "none".
    expect([r.evaluation.headline[0]?.value, r.evaluation.headline[0]?.progress]).toEqual([null, 'no_data']);
  });

  it('a cell the reader cannot read in a required column is listed once, at its cell (not again by the schema)', () => {
    const f = one('坏.csv', `${HEAD}5.33124101201E+11,533124101,是\r\n533124101202,533124101,也许\r\n`);
    const r = evaluateFiles([{ file: f, asOf: '2024-12-31' }]);
    expect(r.kind).toBe('problems');
    if (r.kind !== 'problems') return;
    expect(r.issues.map((i) => [i.code, i.whereEn])).toEqual([
      ['scientific_notation', 'file 坏.csv, row 2, column 村级代码 (A)'],
      ['invalid_flag', 'file 坏.csv, row 3, column 有无综合服务设施 (C)'],
    ]);
    expect(r.total).toBe(2);
  });

  it('a CSV without a date: the date is asked for, and the units are still checked', () => {
    const f = one('u.csv', `${HEAD}53312410120,533124101,是\r\n`);
    const r = evaluateFiles([{ file: f, asOf: '' }]);
    expect(r.kind === 'problems' ? r.issues.map((i) => i.code) : r.kind).toEqual(['missing_as_of', 'invalid_code']);
  });

  it('a workbook: its 全县 date, a bad figure located by sheet, row and column', () => {
    const book = xlsxFromSheets([
      { name: '村（社区）', rows: [['村级代码', '所属乡镇代码'], ['533124101201', '533124101']] },
      { name: '全县', rows: [['项目', '数值'], ['数据截止日期', '2023-12-31'], ['全县常住人口', 'abc']] },
    ]);
    const [f] = readInputFiles([{ name: 'b.xlsx', bytes: book }]);
    if (f === undefined || 'failed' in f) throw new Error('unreadable');
    expect([f.format, f.input['asOf'], f.units]).toEqual(['xlsx', '2023-12-31', 1]);
    const r = evaluateFiles([{ file: f, asOf: '2023-12-31' }]);
    expect(r.kind === 'problems' ? r.issues.map((i) => i.whereEn) : r.kind).toEqual(['file b.xlsx, sheet 全县, row 3, column 数值 (B)']);
  });

  it("the template's CSV files dropped together are one snapshot; a units table alone is another", () => {
    const files = readInputFiles([
      { name: '全县.csv', bytes: utf8('项目,数值\r\n数据截止日期,2024-12-31\r\n') },
      { name: '村（社区）.csv', bytes: utf8(`${HEAD}533124101201,533124101,是\r\n`) },
      { name: '2023.csv', bytes: utf8(`${HEAD}533124101201,533124101,否\r\n`) },
    ]);
    expect(files.map((f) => ('failed' in f ? 'failed' : [f.name, f.units, f.input['asOf'] ?? null]))).toEqual([
      ['2023.csv', 1, null],
      ['全县.csv、村（社区）.csv', 1, '2024-12-31'],
    ]);
    // Without 村（社区）.csv, the template's files cannot make a snapshot, and say so.
    const [alone] = readInputFiles([{ name: '全县.csv', bytes: utf8('项目,数值\r\n') }]);
    expect(alone !== undefined && 'failed' in alone ? alone.failed[0]?.code : undefined).toBe('missing_sheet');
  });

  it('two files of one year: the series refuses them, naming the file', () => {
    const a = one('a.csv', `${HEAD}533124101201,533124101,是\r\n`);
    const b = one('b.csv', `${HEAD}533124101201,533124101,否\r\n`);
    const r = evaluateFiles([{ file: a, asOf: '2024-06-30' }, { file: b, asOf: '2024-12-31' }]);
    expect(r.kind === 'problems' ? [r.issues[0]?.code, r.issues[0]?.whereEn] : r.kind).toEqual(['duplicate_year', 'file b.csv']);
    const ok = evaluateFiles([{ file: a, asOf: '2023-12-31' }, { file: b, asOf: '2024-12-31' }]);
    expect(ok.kind === 'series' ? ok.evaluation.years : ok.kind).toEqual([2023, 2024]);
  });

  it('bad JSON and a non-object JSON are unreadable files with bilingual reasons', () => {
    const [bad, arr] = [readInputFiles([{ name: 'x.json', bytes: utf8('{"asOf": ') }])[0], readInputFiles([{ name: 'y.json', bytes: utf8('[1]') }])[0]];
    expect(bad && 'failed' in bad ? bad.failed[0]?.code : undefined).toBe('invalid_json');
    expect(arr && 'failed' in arr ? [arr.failed[0]?.code, arr.failed[0]?.whereZh] : undefined).toEqual(['invalid_type', '文件 y.json']);
  });

  it('no files: a problem, never an empty evaluation', () => {
    expect(evaluateFiles([])).toMatchObject({ kind: 'problems', total: 1 });
  });
});

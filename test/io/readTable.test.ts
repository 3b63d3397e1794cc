/**
 * The cell rules of every table, worked out by hand: exact numbers from a workbook's stored text, Excel date serials
 * (the 1900 system's invented 1900-02-29 at serial 60, the 1904 system), the 1950 floor for numbers in date columns,
 * the 全县 item table, and the guides listing every table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec, toPlainString } from '../../src/_lib/decimal';
import { readTable } from '../../src/io/readTable';
import { excelSerialDate, plainNumber } from '../../src/io/readTable';
import { readSnapshotTables } from '../../src/io/readSnapshotTables';
import { TABLE_KINDS, tableKindOf } from '../../src/io/TABLE_KINDS';
import { TableError } from '../../src/io/TableError';

const kind = (id: string) => TABLE_KINDS.find((k) => k.id === id)!;

describe('plainNumber: a stored number in plain digits, by moving the point in the text', () => {
  it.each([
    ['0.1', '0.1'],
    ['640', '640'],
    ['1.5E-3', '0.0015'],
    ['5.33124101201E+11', '533124101201'],
    ['1E+2', '100'],
    ['-2.50', '-2.5'],
    ['0.30000000000000004', '0.30000000000000004'],
    ['-0', '0'],
    ['.5', '0.5'],
  ])('%s → %s', (stored, plain) => expect(plainNumber(stored)).toBe(plain));

  it('refuses what is not a number', () => {
    expect(plainNumber('1,200')).toBeUndefined();
    expect(plainNumber('E5')).toBeUndefined();
    expect(plainNumber('1e999')).toBeUndefined();
  });

  it('agrees with decimal.js on any number written in exponent form', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: -20, max: 20 }), (m, e) => {
        const stored = `${m}E${e}`;
        expect(plainNumber(stored)).toBe(toPlainString(dec(stored)));
      }),
      { seed: 20261206, numRuns: 300 },
    );
  });
});

describe('excelSerialDate', () => {
  it('the 1900 system: 1 is 1900-01-01, 59 is 1900-02-28, 60 (Excel\'s 1900-02-29) is no date, 61 is 1900-03-01', () => {
    expect(excelSerialDate('1', false)).toBe('1900-01-01');
    expect(excelSerialDate('59', false)).toBe('1900-02-28');
    expect(excelSerialDate('60', false)).toBeUndefined();
    expect(excelSerialDate('61', false)).toBe('1900-03-01');
    expect(excelSerialDate('0', false)).toBeUndefined();
  });

  it('the plan period: 44197 is 2021-01-01, 46022 is 2025-12-31; a time of day is dropped', () => {
    expect(excelSerialDate('44197', false)).toBe('2021-01-01');
    expect(excelSerialDate('46022', false)).toBe('2025-12-31');
    expect(excelSerialDate('45473.75', false)).toBe('2024-06-30');
    expect(excelSerialDate('-1', false)).toBeUndefined();
  });

  it('the 1904 system: 0 is 1904-01-01, and the same day is 1,462 less than in the 1900 system', () => {
    expect(excelSerialDate('0', true)).toBe('1904-01-01');
    expect(excelSerialDate(String(45473 - 1462), true)).toBe('2024-06-30');
  });
});

describe('readTable on workbook cells', () => {
  const units = kind('units');
  it('a number in a date column: a serial from 1950 on is a date, one before is refused; exactly 1950-01-01 (18264) is a date', () => {
    const t = readTable(
      [
        ['村级代码', '所属乡镇代码', '设施建成日期'],
        ['533124101201', '533124101', { number: '18264' }],
        ['533124101202', '533124101', { number: '18263' }],
      ],
      units,
      { date1904: false },
    );
    expect(t.records).toEqual([
      { code: '533124101201', townshipCode: '533124101', facilityCompletedOn: '1950-01-01' },
      { code: '533124101202', townshipCode: '533124101' },
    ]);
    expect(t.issues.map((i) => [i.code, i.whereEn])).toEqual([['invalid_date_number', 'row 3, column 设施建成日期 (C)']]);
  });

  it('numbers in count, area, code and text columns keep their stored digits', () => {
    const t = readTable(
      [['code', 'townshipCode', 'households', 'facilityBuildingArea', 'name'], [{ number: '533124101201' }, '533124101', { number: '1.2E+3' }, { number: '0.1' }, { number: '7' }]],
      units,
      { date1904: false },
    );
    expect(t.records).toEqual([{ code: '533124101201', townshipCode: '533124101', households: 1200, facilityBuildingArea: '0.1', name: '7' }]);
  });

  it('the 全县 items: by Chinese name or field, values by row; unknown and repeated items are problems', () => {
    const t = readTable(
      [
        ['项目', '数值', '说明'],
        ['数据截止日期', { number: '45657' }, ''],
        ['county.households', { number: '52000' }],
        ['全县户数', '1'],
        ['户口', '3'],
        ['', ''],
      ],
      kind('county'),
      { date1904: false, source: { zh: '工作表「全县」', en: 'sheet 全县' } },
    );
    expect(t.records).toEqual([{ asOf: '2024-12-31', 'county.households': 52000 }]);
    expect(t.issues.map((i) => `${i.whereEn}: ${i.code}`)).toEqual(['sheet 全县, row 4, column 项目 (A): duplicate_item', 'sheet 全县, row 5, column 项目 (A): unknown_item']);
    expect(t.locate(0, 'county.households').whereZh).toBe('工作表「全县」第3行「数值」列（B）');
  });

  it('actions listed by the template but without a status are not records', () => {
    const t = readTable(
      [
        ['行动编号', '行动名称', '状态', '完成日期'],
        ['t1-joint-meeting-system', '联席会议制度', '', ''],
        ['p3-17-three-lists', '三个清单', '已完成', '2023-05-01'],
      ],
      kind('actions'),
    );
    expect(t.records).toEqual([{ actionId: 'p3-17-three-lists', status: 'done', completedOn: '2023-05-01' }]);
  });
});

describe('readTable firstRow: a batch of a table, numbered from where it starts', () => {
  it('rows after the header are numbered from firstRow: problems, records and blank rows alike', () => {
    // The header, then the batch: row 200,001 (a unit), row 200,002 (blank, skipped but counted), row 200,003.
    const t = readTable(
      [['村级代码', '所属乡镇代码', '户数'], ['533124101201', '533124101', '1,200'], ['', '', ''], ['533124101202', '533124101', '640', 'x']],
      kind('units'),
      { firstRow: 200_001, source: { zh: '文件 a.csv ', en: 'file a.csv' } },
    );
    expect(t.records).toEqual([{ code: '533124101201', townshipCode: '533124101' }]);
    expect(t.issues.map((i) => [i.code, i.row, i.column, i.whereEn])).toEqual([
      ['thousands_separator', 200_001, 3, 'file a.csv, row 200001, column 户数 (C)'],
      ['extra_cell', 200_003, 4, 'file a.csv, row 200003, column D'],
    ]);
    expect(t.locate(0, 'households').whereZh).toBe('文件 a.csv 第200001行「户数」列（C）');
    // The header keeps row 1: its problems are unchanged.
    expect(() => readTable([['村级代码']], kind('units'), { firstRow: 10 })).toThrowError(/row 1: the required column townshipCode/);
  });

  it('a 全县 item table too; firstRow 2 is the whole table, anything below 2 or fractional is refused', () => {
    const t = readTable([['项目', '数值'], ['全县户数', '52,000']], kind('county'), { firstRow: 41 });
    expect(t.issues.map((i) => i.whereEn)).toEqual(['row 41, column 数值 (B)']);
    expect(readTable([['村级代码', '所属乡镇代码'], ['533124101201', '533124101']], kind('units'), { firstRow: 2 }).locate(0).row).toBe(2);
    for (const bad of [1, 0, -3, 2.5, Number.NaN]) expect(() => readTable([['项目', '数值']], kind('county'), { firstRow: bad })).toThrowError(RangeError);
  });
});

describe('readSnapshotTables', () => {
  it('refuses unknown and doubled sheets together, skips 说明 and blank sheets', () => {
    let err: TableError | undefined;
    try {
      readSnapshotTables([
        { name: '说明', rows: [['怎么填']] },
        { name: '空表', rows: [] },
        { name: '村（社区）', rows: [['村级代码', '所属乡镇代码']] },
        { name: 'units', rows: [['code', 'townshipCode']] },
        { name: '其他', rows: [['x']] },
      ]);
    } catch (e) {
      err = e as TableError;
    }
    expect(err?.issues.map((i) => `${i.whereEn}: ${i.code}`)).toEqual(['sheet units: duplicate_sheet', 'sheet 其他: unknown_sheet']);
  });

  it('names every sheet alike in Chinese, alias or English, with or without .csv', () => {
    for (const k of TABLE_KINDS) {
      expect(tableKindOf(k.sheetZh)).toBe(k);
      expect(tableKindOf(`${k.id.toUpperCase()}.CSV`)).toBe(k);
      for (const a of k.aliases) expect(tableKindOf(a)).toBe(k);
    }
  });
});

describe('the data-format guides list every table', () => {
  for (const lang of ['en', 'zh']) {
    it(`docs/guides/data-formats.${lang}.md names each sheet, its English name and each column it reads`, () => {
      const text = readFileSync(join(import.meta.dirname, `../../docs/guides/data-formats.${lang}.md`), 'utf8');
      for (const k of TABLE_KINDS) {
        expect(text, k.sheetZh).toContain(`| ${k.sheetZh} | \`${k.id}\` |`);
        if (k.id === 'units' || k.layout === 'fields') continue; // the units' columns are the generated table; 全县's items are the county fields
        for (const c of k.columns) expect(text, `${k.id}.${c.field}`).toContain(c.headerZh);
      }
    });
  }
});

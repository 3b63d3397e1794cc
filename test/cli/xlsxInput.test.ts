/**
 * `evaluate FILE.xlsx`: workbooks are read like the CSV template, with the same row and column errors, named by
 * sheet. Expected values are written out by hand from each workbook.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type SheetCell } from '../../src/io/readXlsx';
import { xlsxFromSheets } from '../../src/io/xlsxFromSheets';
import { workbook } from '../io/_workbook';
import { fakeEngine, runCli, tempDir } from './_io';

const FIXTURES = join(import.meta.dirname, 'fixtures');

async function evaluateXlsx(bytes: Uint8Array, extra: string[] = [], name = 'data.xlsx') {
  const dir = tempDir();
  writeFileSync(join(dir, name), bytes);
  const { engine, calls } = fakeEngine();
  const r = await runCli(['evaluate', name, '--format', 'json', ...extra], { cwd: dir, engine });
  return { ...r, input: calls[0]?.input };
}

const UNITS_HEAD = ['村级代码', '所属乡镇代码', '名称', '户数', '有无综合服务设施', '设施建筑面积（平方米）', '设施建成日期'];

describe('evaluate reads xlsx workbooks', () => {
  it('a workbook written by openpyxl: booleans, numbers as stored (0.1 stays "0.1"), date serials in date columns, the 全县 date', async () => {
    const r = await evaluateXlsx(readFileSync(join(FIXTURES, 'filled-openpyxl.xlsx')));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.input).toEqual({
      asOf: '2024-12-31', // 45657, a date serial in the 全县 sheet
      county: { urbanResidentPopulation: 70000 },
      units: [
        {
          code: '533124101001',
          townshipCode: '533124101',
          name: '老街子社区',
          households: 1520,
          hasServiceFacility: true,
          facilityBuildingArea: '650.5',
          facilityCompletedOn: '2023-05-01', // 45047
          communityWorkers: 12,
        },
        { code: '533124101201', townshipCode: '533124101', name: '章凤村', households: 640, hasServiceFacility: false },
        {
          code: '533124101202',
          townshipCode: '533124101',
          name: '芒弄村',
          households: 520,
          hasServiceFacility: true,
          facilityBuildingArea: '0.1',
          facilityCompletedOn: '2024-06-30', // typed as text 2024/6/30
          communityWorkers: 3,
        },
      ],
      townships: [{ code: '533124101', hasMinorProtectionStation: true }],
    });
  });

  it('--as-of wins over the 全县 sheet; a workbook is found by its bytes whatever its name', async () => {
    const r = await evaluateXlsx(readFileSync(join(FIXTURES, 'filled-openpyxl.xlsx')), ['--as-of', '2025-06-30'], 'upload.bin');
    expect(r.code).toBe(0);
    expect(r.input.asOf).toBe('2025-06-30');
  });

  it('a workbook without a date asks for --as-of or the 全县 sheet\'s date; a lone CSV units table, for --as-of only', async () => {
    const rows: SheetCell[][] = [['村级代码', '所属乡镇代码'], ['533124101201', '533124101']];
    const r = await evaluateXlsx(xlsxFromSheets([{ name: '村（社区）', rows }]));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the tables carry no date: give the date the figures describe with --as-of YYYY-MM-DD, or fill 数据截止日期 (asOf) in the 全县 (county) table');
    const dir = tempDir();
    writeFileSync(join(dir, 'u.csv'), '村级代码,所属乡镇代码\r\n533124101201,533124101\r\n');
    const c = await runCli(['evaluate', 'u.csv'], { cwd: dir, engine: fakeEngine().engine });
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('a CSV units table carries no date: give the date the figures describe with --as-of YYYY-MM-DD');
    expect(c.stderr).not.toContain('全县');
  });

  it('cell problems are named by sheet, row (header = row 1) and column header, in Chinese and English', async () => {
    const rows: SheetCell[][] = [
      UNITS_HEAD,
      ['533124101201', '533124101', '章凤村', { number: '-5' }, '也许', '1,200', { number: '2024' }],
      ['5.33124E+11', '533124101', '', { number: '12.5' }, '', { error: '#REF!' }],
    ];
    const r = await evaluateXlsx(xlsxFromSheets([{ name: '村（社区）', rows }]), ['--as-of', '2024-12-31']);
    expect(r.code).toBe(2);
    const e = r.stderr;
    expect(e).toContain('工作表「村（社区）」第2行「户数」列（D）');
    expect(e).toContain('sheet 村（社区）, row 2, column 户数 (D): must not be negative, got -5');
    expect(e).toContain('sheet 村（社区）, row 2, column 有无综合服务设施 (E): expected yes or no');
    expect(e).toContain('sheet 村（社区）, row 2, column 设施建筑面积（平方米） (F): thousands separators are not accepted, got "1,200"');
    expect(e).toContain('sheet 村（社区）, row 2, column 设施建成日期 (G): expected a date (YYYY-MM-DD, or a cell formatted as a date), got the number 2024');
    expect(e).toContain('sheet 村（社区）, row 3, column 村级代码 (A): Excel turned the code into scientific notation');
    expect(e).toContain('sheet 村（社区）, row 3, column 户数 (D)');
    expect(e).toContain('sheet 村（社区）, row 3, column 设施建筑面积（平方米） (F): the cell holds the Excel error #REF!');
    // The rows come in sheet order, each problem once.
    expect(e.indexOf('row 2, column 户数')).toBeLessThan(e.indexOf('row 3, column 村级代码'));
    expect(e.split('row 3, column 村级代码').length).toBe(2);
  });

  it('problems in other sheets are named by their sheet; an unknown header names the accepted ones', async () => {
    const sheets = [
      { name: '村（社区）', rows: [['村级代码', '所属乡镇代码'], ['533124101201', '533124101']] },
      { name: '全县', rows: [['项目', '数值'], ['全县城镇常住人口', { number: '70000' }], ['全县常住人口', { number: '60000' }], ['人口总数', '1']] },
      { name: '乡镇（农场）', rows: [['乡镇代码', '有无社会工作站'], ['533124101', '是'], ['533124101', '否']] },
    ];
    const r = await evaluateXlsx(xlsxFromSheets(sheets), ['--as-of', '2024-12-31']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('sheet 全县, row 4, column 项目 (A): unknown item "人口总数"');
    expect(r.stderr).toContain('sheet 全县, row 2, column 数值 (B)'); // urban 70000 exceeds resident 60000
    expect(r.stderr).toContain('sheet 乡镇（农场）, row 3, column 乡镇代码 (A)'); // listed twice
    const header = await evaluateXlsx(xlsxFromSheets([{ name: '乡镇（农场）', rows: [['乡镇代码', '社工站']] }, sheets[0]!]), ['--as-of', '2024-12-31']);
    expect(header.code).toBe(2);
    expect(header.stderr).toContain('sheet 乡镇（农场）, row 1, column 社工站 (B): unknown header "社工站". Accepted headers: code, name, kind');
  });

  it('a formula without its saved result is reported, not read as a blank cell', async () => {
    const sheet =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>村级代码</t></is></c><c r="B1" t="inlineStr"><is><t>所属乡镇代码</t></is></c><c r="C1" t="inlineStr"><is><t>户数</t></is></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>533124101201</t></is></c><c r="B2" t="inlineStr"><is><t>533124101</t></is></c><c r="C2"><f>SUM(D2:D9)</f></c></row>';
    const r = await evaluateXlsx(workbook({ sheets: [['村（社区）', sheet]] }), ['--as-of', '2024-12-31']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('工作表「村（社区）」第2行「户数」列（C）：单元格是公式，但文件中没有保存计算结果');
    expect(r.stderr).toContain('sheet 村（社区）, row 2, column 户数 (C): the cell holds a formula whose result the file does not hold');
  });

  it('hostile workbooks exit 2 with a clear message, as invalid input', async () => {
    const notZip = await evaluateXlsx(new TextEncoder().encode('not a workbook'));
    expect(notZip.code).toBe(2);
    expect(notZip.stderr).toContain('not an xlsx workbook');
    const good = xlsxFromSheets([{ name: '村（社区）', rows: [['村级代码', '所属乡镇代码']] }]);
    const truncated = await evaluateXlsx(good.subarray(0, 200));
    expect(truncated.code).toBe(2);
    expect(truncated.stderr).toContain('cannot unzip it');
  });

  it('--input-format xlsx reads a workbook from standard input', async () => {
    const { engine, calls } = fakeEngine();
    const bytes = xlsxFromSheets([{ name: 'units', rows: [['code', 'townshipCode'], ['533124101201', '533124101']] }]);
    const r = await runCli(['evaluate', '-', '--input-format', 'xlsx', '--as-of', '2024-12-31'], { stdin: bytes, engine });
    expect(r.stderr).toBe('');
    expect(calls[0]!.input.units).toEqual([{ code: '533124101201', townshipCode: '533124101' }]);
  });
});

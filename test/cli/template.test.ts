/**
 * `template`: the CSV and xlsx templates list Longchuan's 77 units (code, township, name), the 10 townships, the
 * county's items and the tracked actions; filled in, they are read back by `evaluate` (fill template → evaluate).
 * Expected values are written out by hand from the NBS 2023 registry (老街子社区 533124101001 in 章凤镇 first,
 * 丙印社区 533124400004 in 陇川农场 last).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsx, type SheetCell } from '../../src/io/readXlsx';
import { xlsxFromSheets } from '../../src/io/xlsxFromSheets';
import { fakeEngine, runCli, tempDir } from './_io';

function lines(text: string): string[] {
  return text.split('\r\n');
}

describe('template --format csv (the default)', () => {
  it('writes the units table: Chinese headers, then the 77 registered units with code, township and name; UTF-8 BOM, CRLF', async () => {
    const r = await runCli(['template']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFF村级代码,所属乡镇代码,所属乡镇,名称,委员会类型,')).toBe(true);
    const rows = lines(r.stdout.slice(1));
    expect(rows.length).toBe(1 + 77 + 1); // header, 77 units, the empty piece after the last CRLF
    expect(rows[78]).toBe('');
    const width = rows[0]!.split(',').length;
    expect(rows[1]).toBe(`533124101001,533124101,章凤镇,老街子社区${','.repeat(width - 4)}`);
    expect(rows[77]).toBe(`533124400004,533124400,陇川农场,丙印社区${','.repeat(width - 4)}`);
  });

  it('--locale en writes the field names as headers', async () => {
    const r = await runCli(['template', '--locale', 'en']);
    expect(r.stdout.startsWith('\uFEFFcode,townshipCode,townshipName,name,committeeType,urbanRuralCode,')).toBe(true);
  });

  it('--table writes one other table: the townships, listed', async () => {
    const r = await runCli(['template', '--table', '乡镇（农场）']);
    expect(r.code).toBe(0);
    const rows = lines(r.stdout.slice(1));
    expect(rows[0]).toBe('乡镇代码,乡镇名称,乡镇类型,具备综合功能的养老服务中心数,有无区域性养老服务中心,有无未成年人保护工作站,有无社会工作站');
    expect(rows.slice(1, 11).map((x) => x.split(',').slice(0, 2).join(' '))).toEqual([
      '533124101 章凤镇',
      '533124102 陇把镇',
      '533124103 景罕镇',
      '533124104 城子镇',
      '533124201 户撒阿昌族乡',
      '533124202 护国乡',
      '533124203 清平乡',
      '533124204 王子树乡',
      '533124205 勐约乡',
      '533124400 陇川农场',
    ]);
    const bad = await runCli(['template', '--table', 'villages']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--table must be one of units | county | townships');
  });

  it.each(['zh-CN', 'en'])('round-trips (%s): one unit filled in, the other 76 read back with code, township and name only', async (locale) => {
    const dir = tempDir();
    expect((await runCli(['template', '--locale', locale, '--out', 'units.csv'], { cwd: dir })).code).toBe(0);
    const text = readFileSync(join(dir, 'units.csv'), 'utf8');
    const rows = lines(text.slice(1)).map((l) => l.split(','));
    const head = rows[0]!;
    const set = (row: string[], header: string, value: string) => (row[head.indexOf(header)] = value);
    const zh = locale === 'zh-CN';
    const r1 = rows[1]!;
    set(r1, zh ? '委员会类型' : 'committeeType', zh ? '社区居民委员会' : 'resident_committee');
    set(r1, zh ? '户数' : 'households', '1520');
    set(r1, zh ? '有无综合服务设施' : 'hasServiceFacility', '是');
    set(r1, zh ? '设施建筑面积（平方米）' : 'facilityBuildingArea', '650.5');
    set(r1, zh ? '设施建成日期' : 'facilityCompletedOn', '2023/5/1');
    set(r1, zh ? '社区工作者人数' : 'communityWorkers', '12');
    writeFileSync(join(dir, 'units.csv'), `\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}`);
    const { engine, calls } = fakeEngine();
    const r = await runCli(['evaluate', 'units.csv', '--as-of', '2024-12-31'], { cwd: dir, engine });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const units = calls[0]!.input.units as Record<string, unknown>[];
    expect(units.length).toBe(77);
    expect(units[0]).toEqual({
      code: '533124101001',
      townshipCode: '533124101',
      name: '老街子社区',
      committeeType: 'resident_committee',
      households: 1520,
      hasServiceFacility: true,
      facilityBuildingArea: '650.5',
      facilityCompletedOn: '2023-05-01',
      communityWorkers: 12,
    });
    expect(units[76]).toEqual({ code: '533124400004', townshipCode: '533124400', name: '丙印社区' });
  });
});

describe('template --format csv --out-dir: one file per kind of table', () => {
  it('writes the twelve files, and a folder filled in is read back by evaluate DIR', async () => {
    const dir = tempDir();
    const w = await runCli(['template', '--out-dir', 'data'], { cwd: dir });
    expect(w.code).toBe(0);
    expect(readdirSync(join(dir, 'data')).sort()).toEqual(
      [
        '村（社区）.csv',
        '全县.csv',
        '乡镇（农场）.csv',
        '一肩挑.csv',
        '城镇单位平均工资.csv',
        '新建住宅小区.csv',
        '特殊困难老年人名册.csv',
        '探访记录.csv',
        '社区服务网点.csv',
        '易地搬迁安置点.csv',
        '社区工作者收入.csv',
        '行动进展.csv',
      ].sort(),
    );
    const file = (name: string) => join(dir, 'data', name);
    // 全县: fill three items by their row.
    const county = lines(readFileSync(file('全县.csv'), 'utf8').slice(1)).map((l) => l.split(','));
    const fill = (item: string, value: string) => (county.find((r) => r[0] === item)![1] = value);
    fill('数据截止日期', '2024/12/31');
    fill('全县城镇常住人口', '70000');
    fill('注册志愿者人数', '15200');
    writeFileSync(file('全县.csv'), county.map((r) => r.join(',')).join('\r\n'));
    // 乡镇（农场）: the first township's workstation and social work station.
    const towns = lines(readFileSync(file('乡镇（农场）.csv'), 'utf8').slice(1)).map((l) => l.split(','));
    towns[1]![5] = '有';
    towns[1]![6] = '否';
    writeFileSync(file('乡镇（农场）.csv'), towns.map((r) => r.join(',')).join('\r\n'));
    // 一肩挑 and 新建住宅小区: rows added under the header.
    writeFileSync(file('一肩挑.csv'), `${readFileSync(file('一肩挑.csv'), 'utf8')}2023,77,70\r\n2024,77,72\r\n`);
    writeFileSync(file('新建住宅小区.csv'), `${readFileSync(file('新建住宅小区.csv'), 'utf8')}E1,幸福小区,533124101001,2023-06-30,600,120.5\r\n`);
    // 行动进展: one action's status (the others stay as listed, not read).
    const actions = lines(readFileSync(file('行动进展.csv'), 'utf8').slice(1)).map((l) => l.split(','));
    const row = actions.find((r) => r[0] === 'p3-17-three-lists')!;
    row[2] = '已完成';
    row[4] = '2023-05-01';
    row[6] = '陇政办发〔2023〕12号；会议纪要';
    writeFileSync(file('行动进展.csv'), actions.map((r) => r.join(',')).join('\r\n'));

    const { engine, calls } = fakeEngine();
    const r = await runCli(['evaluate', 'data'], { cwd: dir, engine });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const input = calls[0]!.input;
    expect(input.asOf).toBe('2024-12-31');
    expect(input.units.length).toBe(77);
    expect(input.county).toEqual({ urbanResidentPopulation: 70000, registeredVolunteers: 15200, oneShoulder: [
      { year: 2023, secretaries: 77, concurrent: 70 },
      { year: 2024, secretaries: 77, concurrent: 72 },
    ] });
    expect(input.townships).toEqual([{ code: '533124101', hasMinorProtectionStation: true, hasSocialWorkStation: false }]);
    expect(input.records).toEqual({
      newEstates: [{ id: 'E1', name: '幸福小区', unitCode: '533124101001', completedOn: '2023-06-30', households: 600, elderlyCareServiceArea: '120.5' }],
    });
    expect(input.actions).toEqual([{ actionId: 'p3-17-three-lists', status: 'done', completedOn: '2023-05-01', evidence: ['陇政办发〔2023〕12号', '会议纪要'] }]);
  });

  it('a problem in one file is named by file, row and column, in Chinese and English', async () => {
    const dir = tempDir();
    await runCli(['template', '--out-dir', 'data', '--locale', 'en'], { cwd: dir });
    writeFileSync(join(dir, 'data', 'oneShoulder.csv'), 'year,secretaries,concurrent\r\n2023,77,78\r\n2024,77,一半\r\n');
    const r = await runCli(['evaluate', 'data', '--as-of', '2024-12-31'], { cwd: dir, engine: fakeEngine().engine });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('文件 oneShoulder.csv 第2行「concurrent」列（C）');
    expect(r.stderr).toContain('file oneShoulder.csv, row 2, column concurrent (C): concurrent (78) exceeds secretaries (77)');
    expect(r.stderr).toContain('file oneShoulder.csv, row 3, column concurrent (C)');
  });

  it('an unknown file name in the folder is refused, not skipped', async () => {
    const dir = tempDir();
    await runCli(['template', '--out-dir', 'data'], { cwd: dir });
    writeFileSync(join(dir, 'data', '其他.csv'), '甲,乙\r\n1,2\r\n');
    const r = await runCli(['evaluate', 'data', '--as-of', '2024-12-31'], { cwd: dir, engine: fakeEngine().engine });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('文件 其他.csv');
    expect(r.stderr).toContain('unknown file name');
  });
});

describe('template --format xlsx', () => {
  it('needs --out FILE (binary), and takes neither --out-dir nor --table', async () => {
    const r = await runCli(['template', '--format', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('xlsx is a binary file: write it with --out FILE.xlsx');
    expect((await runCli(['template', '--format', 'xlsx', '--table', 'units', '--out', 'a.xlsx'], { cwd: tempDir() })).code).toBe(2);
  });

  it('writes every table as a sheet, units and townships listed; filled in, evaluate reads it back', async () => {
    const dir = tempDir();
    const w = await runCli(['template', '--format', 'xlsx', '--out', 'template.xlsx'], { cwd: dir });
    expect(w.code).toBe(0);
    const wb = readXlsx(readFileSync(join(dir, 'template.xlsx')));
    expect(wb.sheets.map((s) => s.name)).toEqual([
      '村（社区）',
      '全县',
      '乡镇（农场）',
      '一肩挑',
      '城镇单位平均工资',
      '新建住宅小区',
      '特殊困难老年人名册',
      '探访记录',
      '社区服务网点',
      '易地搬迁安置点',
      '社区工作者收入',
      '行动进展',
    ]);
    const units = wb.sheets[0]!;
    expect(units.rows.length).toBe(78);
    expect(units.rows[1]!.slice(0, 4)).toEqual(['533124101001', '533124101', '章凤镇', '老街子社区']);

    // Fill it in as a person would in Excel: numbers as number cells, a date as Excel's serial (45473 = 2024-06-30).
    const sheets = wb.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]) as SheetCell[][] }));
    const head = units.rows[0] as string[];
    const u1 = sheets[0]!.rows[1]!;
    while (u1.length < head.length) u1.push('');
    u1[head.indexOf('户数')] = { number: '1520' };
    u1[head.indexOf('设施建筑面积（平方米）')] = { number: '650.5' };
    u1[head.indexOf('有无综合服务设施')] = '是';
    u1[head.indexOf('设施建成日期')] = { number: '45473' };
    const county = sheets[1]!.rows;
    county.find((r) => r[0] === '数据截止日期')![1] = { number: '45657' }; // 2024-12-31
    county.find((r) => r[0] === '全县常住人口')![1] = { number: '190000' };
    sheets[3]!.rows.push([{ number: '2024' }, { number: '77' }, { number: '72' }]);
    writeFileSync(join(dir, 'filled.xlsx'), xlsxFromSheets(sheets));

    const { engine, calls } = fakeEngine();
    const r = await runCli(['evaluate', 'filled.xlsx'], { cwd: dir, engine });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const input = calls[0]!.input;
    expect(input.asOf).toBe('2024-12-31');
    expect(input.units.length).toBe(77);
    expect(input.units[0]).toEqual({
      code: '533124101001',
      townshipCode: '533124101',
      name: '老街子社区',
      households: 1520,
      hasServiceFacility: true,
      facilityBuildingArea: '650.5',
      facilityCompletedOn: '2024-06-30',
    });
    expect(input.county).toEqual({ residentPopulation: 190000, oneShoulder: [{ year: 2024, secretaries: 77, concurrent: 72 }] });
    expect(input.townships).toBeUndefined(); // listed, not filled: unknown, not an empty list
    expect(input.actions).toBeUndefined();
  });
});

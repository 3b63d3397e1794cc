import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, findCsvColumn, JSON_ONLY_UNIT_FIELDS, normalizeHeader } from '../../src/cli/csvColumns';
import { decodeText } from '../../src/cli/decodeText';
import { columnLetter, parseUnitsCsv } from '../../src/cli/parseUnitsCsv';
import { areaSchema, countSchema, dateSchema, flagSchema, textSchema, townshipCodeSchema, unitCodeSchema } from '../../src/snapshot/primitives';
import { unitSchema } from '../../src/snapshot/unitSchema';
import { fakeEngine, runCli, tempDir } from './_io';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const ZH_HEAD = '村级代码,所属乡镇代码,名称,户数,有无综合服务设施,设施建筑面积（平方米）';
const EN_HEAD = 'code,townshipCode,name,households,hasServiceFacility,facilityBuildingArea';
const ROW1 = '533124101201,533124101,章凤村,830,是,320.5';
const ROW2 = '533124101202,533124101,"户撒, 二组",120,否,';
const EXPECTED_UNITS = [
  { code: '533124101201', townshipCode: '533124101', name: '章凤村', households: 830, hasServiceFacility: true, facilityBuildingArea: '320.5' },
  { code: '533124101202', townshipCode: '533124101', name: '户撒, 二组', households: 120, hasServiceFacility: false },
];

/** Evaluate `bytes` as a CSV file and return what the engine received. */
async function evaluateCsv(bytes: string | Uint8Array, extra: string[] = []) {
  const dir = tempDir();
  writeFileSync(join(dir, 'units.csv'), bytes);
  const { engine, calls } = fakeEngine();
  const r = await runCli(['evaluate', 'units.csv', '--as-of', '2024-12-31', '--format', 'json', ...extra], { cwd: dir, engine });
  return { ...r, input: calls[0]?.input, options: calls[0]?.options };
}

describe('CSV input as real users have it', () => {
  it('reads UTF-8 with a BOM, CRLF line ends and a quoted cell holding a comma', async () => {
    const r = await evaluateCsv(`\uFEFF${ZH_HEAD}\r\n${ROW1}\r\n${ROW2}\r\n`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.input).toEqual({ asOf: '2024-12-31', units: EXPECTED_UNITS });
  });

  it('reads UTF-8 without a BOM and LF line ends', async () => {
    const r = await evaluateCsv(`${ZH_HEAD}\n${ROW1}\n${ROW2}\n`);
    expect(r.code).toBe(0);
    expect(r.input.units).toEqual(EXPECTED_UNITS);
  });

  it('reads GB18030 as Excel writes it on Chinese Windows (fixture made with iconv -t gb18030)', async () => {
    const bytes = readFileSync(join(FIXTURES, 'units-gb18030.csv'));
    // The fixture really is GB18030: not valid UTF-8, and 陇 is not in it as UTF-8 bytes.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const r = await evaluateCsv(bytes);
    expect(r.stderr).toBe('');
    expect(r.input.units).toEqual([
      {
        code: '533124101001',
        townshipCode: '533124101',
        name: '老街子社区',
        committeeType: 'resident_committee',
        households: 1520,
        residentPopulation: 4890,
        hasServiceFacility: true,
        facilityBuildingArea: '650.5',
      },
      {
        code: '533124101201',
        townshipCode: '533124101',
        name: '章凤村, 一组',
        committeeType: 'village_committee',
        households: 830,
        residentPopulation: 3120,
        hasServiceFacility: false,
      },
    ]);
  });

  it('reads GB18030 bytes built by hand (陇川 = C2A4 B4A8) and refuses them under --encoding utf-8', async () => {
    const head = new TextEncoder().encode('code,townshipCode,name\r\n533124101201,533124101,');
    const bytes = new Uint8Array([...head, 0xc2, 0xa4, 0xb4, 0xa8, 0x0d, 0x0a]);
    expect(decodeText(bytes, 'auto').encoding).toBe('gb18030');
    const r = await evaluateCsv(bytes);
    expect(r.input.units[0].name).toBe('陇川');
    const forced = await evaluateCsv(bytes, ['--encoding', 'utf-8']);
    expect(forced.code).toBe(2);
    expect(forced.stderr).toContain('不是有效的 UTF-8 文本');
    expect(forced.stderr).toContain('not valid UTF-8 text');
    const gbk = await evaluateCsv(bytes, ['--encoding', 'GBK']);
    expect(gbk.input.units[0].name).toBe('陇川');
  });

  it('accepts English headers (the field names, any case) and Chinese variants with half-width brackets', async () => {
    const en = await evaluateCsv(`${EN_HEAD}\r\n${ROW1}\r\n${ROW2}\r\n`);
    expect(en.input.units).toEqual(EXPECTED_UNITS);
    const mixed = await evaluateCsv(`CODE, 所属乡镇代码 ,名称,Households,有无综合服务设施,设施建筑面积 (平方米)\n${ROW1}\n${ROW2}\n`);
    expect(mixed.input.units).toEqual(EXPECTED_UNITS);
  });

  it('accepts spaces around quoted cells', async () => {
    const r = await evaluateCsv(`${EN_HEAD}\r\n533124101202 , 533124101 , "户撒, 二组" ,120, 否 ,\r\n`);
    expect(r.stderr).toBe('');
    expect(r.input.units).toEqual([EXPECTED_UNITS[1]]);
  });

  it('trims cells, reads empty cells as unknown (field left out, never zero) and skips blank rows', async () => {
    const r = await evaluateCsv(`${EN_HEAD}\n 533124101201 , 533124101 ,  , , ,\n\n,,,,,\n`);
    expect(r.code).toBe(0);
    expect(r.input.units).toEqual([{ code: '533124101201', townshipCode: '533124101' }]);
  });

  it.each([
    ['是', true],
    ['否', false],
    ['有', true],
    ['无', false],
    ['true', true],
    ['FALSE', false],
    ['1', true],
    ['0', false],
    ['Y', true],
    ['n', false],
    ['yes', true],
    ['No', false],
  ])('reads the yes/no cell %s as %s', async (cell, value) => {
    const r = await evaluateCsv(`code,townshipCode,hasServiceFacility\n533124101201,533124101,${cell}\n`);
    expect(r.input.units[0].hasServiceFacility).toBe(value);
  });

  it.each([
    ['2024-06-30', '2024-06-30'],
    ['2024/6/30', '2024-06-30'],
    ['2024年6月3日', '2024-06-03'],
    ['2024.12.1', '2024-12-01'],
  ])('reads the date cell %s as %s', async (cell, value) => {
    const r = await evaluateCsv(`code,townshipCode,facilityCompletedOn\n533124101201,533124101,${cell}\n`);
    expect(r.input.units[0].facilityCompletedOn).toBe(value);
  });

  it('refuses month-first dates, impossible dates and Excel date serials, by row and column', async () => {
    const r = await evaluateCsv('code,townshipCode,设施建成日期\n533124101201,533124101,6/30/2024\n533124101202,533124101,2025/2/29\n533124101203,533124101,45473\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('row 2, column 设施建成日期 (C): expected a real calendar date YYYY-MM-DD, got "6/30/2024"');
    expect(r.stderr).toContain('row 3, column 设施建成日期 (C): expected a real calendar date YYYY-MM-DD, got "2025-02-29"');
    expect(r.stderr).toContain('第4行「设施建成日期」列（C）：像是 Excel 的日期序列号');
  });

  it('reads committee types and classifications in Chinese or English', async () => {
    const r = await evaluateCsv(
      '村级代码,所属乡镇代码,委员会类型,城乡属性\n533124101001,533124101,居委会,城市\n533124101201,533124101,village_committee,rural\n',
    );
    expect(r.input.units.map((u: Record<string, unknown>) => [u['committeeType'], u['classification']])).toEqual([
      ['resident_committee', 'urban'],
      ['village_committee', 'rural'],
    ]);
  });

  it('takes the date from --as-of and county figures from options, and the options from --county-json', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'u.csv'), `${EN_HEAD}\n${ROW1}\n`);
    writeFileSync(join(dir, 'county.json'), JSON.stringify({ residentPopulation: 190000, households: 50000 }));
    const { engine, calls } = fakeEngine();
    const r = await runCli(
      ['evaluate', 'u.csv', '--as-of', '2025-06-30', '--county-json', 'county.json', '--urban-resident-population', '70000', '--county-households', '51000', '--format', 'json'],
      { cwd: dir, engine },
    );
    expect(r.stderr).toBe('');
    expect(calls[0]!.input.asOf).toBe('2025-06-30');
    expect(calls[0]!.input.county).toEqual({ residentPopulation: 190000, urbanResidentPopulation: 70000, households: 51000 });
    expect(calls[0]!.options).toEqual({ asOf: '2025-06-30' });
  });
});

describe('invalid CSV exits 2 with every problem by row and column, in Chinese and English', () => {
  it('an unknown header lists the accepted headers', async () => {
    const r = await evaluateCsv(`村级代码,所属乡镇代码,户口数\n${'533124101201,533124101,5'}\n`);
    expect(r.code).toBe(2);
    expect(r.input).toBeUndefined();
    expect(r.stderr).toContain('第1行「户口数」列（C）');
    expect(r.stderr).toContain('row 1, column 户口数 (C)');
    expect(r.stderr).toContain('未知的表头"户口数"');
    expect(r.stderr).toContain('unknown header "户口数"');
    for (const c of CSV_COLUMNS) {
      expect(r.stderr).toContain(c.headerZh);
      expect(r.stderr).toContain(c.field);
    }
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
  });

  it('a missing required column and a duplicated column are reported together', async () => {
    const r = await evaluateCsv('村级代码,户数,households\n533124101201,5,5\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('缺少必需的列「所属乡镇代码」');
    expect(r.stderr).toContain('the required column townshipCode');
    expect(r.stderr).toContain('与B列重复');
    expect(r.stderr).toContain('duplicates column B');
  });

  it('bad cells are named by row (header = row 1) and column, CSV spellings and schema checks alike, in row order', async () => {
    const csv = [
      '村级代码,所属乡镇代码,名称,户数,有无综合服务设施,设施建筑面积（平方米）',
      '533124101201,533124101,a,"1,200",也许,320.555', // row 2: thousands separator, bad yes/no, too many decimals
      '',
      '533124101202,533124101,b,-5,是,', // row 4: negative (from the snapshot schema)
      '5.33124E+11,533124101,c,,,', // row 5: Excel's scientific notation
    ].join('\r\n');
    const r = await evaluateCsv(csv);
    expect(r.code).toBe(2);
    const expected = [
      ['第2行「户数」列（D）：不接受千位分隔符', 'row 2, column 户数 (D): thousands separators are not accepted'],
      ['第2行「有无综合服务设施」列（E）：应为 是/否', 'row 2, column 有无综合服务设施 (E): expected yes or no'],
      ['第2行「设施建筑面积（平方米）」列（F）：最多2位小数', 'row 2, column 设施建筑面积（平方米） (F): at most 2 decimal places'],
      ['第4行「户数」列（D）：不能为负数，实际为-5', 'row 4, column 户数 (D): must not be negative, got -5'],
      ['第5行「村级代码」列（A）：代码被 Excel 显示成了科学计数法', 'row 5, column 村级代码 (A): Excel turned the code into scientific notation'],
    ];
    expect(r.stderr).toContain(`输入数据有 ${expected.length} 处问题 / the input has ${expected.length} problem(s)`);
    let last = -1;
    for (const [zh, en] of expected) {
      const i = r.stderr.indexOf(zh!);
      expect(i, zh).toBeGreaterThan(last);
      expect(r.stderr).toContain(en!);
      last = i;
    }
  });

  it('maps cross-unit problems (township mismatch, duplicate code) back to their rows', async () => {
    const r = await evaluateCsv('code,townshipCode\n533124101201,533124102\n533124101202,533124101\n533124101202,533124101\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('第2行「townshipCode」列（B）：所属乡镇代码 533124102 与村级代码 533124101201 的前9位不一致');
    expect(r.stderr).toContain('row 4, column code (A): unit code 533124101202 is listed twice');
  });

  it('a CSV without --as-of, and bad county options, are reported by option', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'u.csv'), `${EN_HEAD}\n${ROW1}\n`);
    const r = await runCli(['evaluate', 'u.csv', '--urban-resident-population', '70,000', '--resident-population=-3'], { cwd: dir, engine: fakeEngine().engine });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('选项 --as-of：CSV 单位表不含日期');
    expect(r.stderr).toContain('option --as-of: a CSV units table carries no date');
    expect(r.stderr).toContain('选项 --urban-resident-population：不接受千位分隔符');
    expect(r.stderr).toContain('option --resident-population: must not be negative, got -3');
    expect(r.stderr).not.toContain('expected a real calendar date'); // not repeated by the schema
  });

  it('lists unit problems even when the date is missing too (every problem at once)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'u.csv'), 'code,townshipCode,households\n533124101201,533124101,-1\n533124101202,533124101,x\n');
    const r = await runCli(['evaluate', 'u.csv'], { cwd: dir, engine: fakeEngine().engine });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the input has 3 problem(s)');
    expect(r.stderr).toContain('option --as-of');
    expect(r.stderr).toContain('row 2, column households (C): must not be negative, got -1');
    expect(r.stderr).toContain('row 3, column households (C): expected a non-negative whole number, got "x"');
  });

  it('rows with too few or too many cells, and CSV syntax errors', async () => {
    const short = await evaluateCsv('code,townshipCode,households\n533124101201,533124101\n');
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('第2行：只有2个单元格，表头有3列');
    expect(short.stderr).toContain('row 2: has 2 cells but the header has 3 columns');
    const long = await evaluateCsv('code,townshipCode\n533124101201,533124101,1,200\n');
    expect(long.stderr).toContain('第2行第C列');
    expect(long.stderr).toContain('row 2, column C');
    const quote = await evaluateCsv('code,townshipCode,name\n533124101201,533124101,"unclosed\n');
    expect(quote.code).toBe(2);
    expect(quote.stderr).toContain('引号没有闭合');
    expect(quote.stderr).toContain('CSV syntax error');
  });

  it('refuses UTF-16 text and Excel workbooks with a hint to save as CSV', async () => {
    const utf16 = await evaluateCsv(new Uint8Array([0xff, 0xfe, 0x61, 0x00]));
    expect(utf16.code).toBe(2);
    expect(utf16.stderr).toContain('UTF-16');
    const xlsx = await evaluateCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]));
    expect(xlsx.code).toBe(2);
    expect(xlsx.stderr).toContain('Excel workbook');
  });
});

describe('the column table (src/cli/csvColumns.ts)', () => {
  const scalar = new Map<unknown, string>([
    [unitCodeSchema, 'code'],
    [townshipCodeSchema, 'code'],
    [textSchema, 'text'],
    [countSchema, 'count'],
    [areaSchema, 'decimal'],
    [flagSchema, 'flag'],
    [dateSchema, 'date'],
  ]);
  // zod/mini schemas have no `unwrap()`: an optional field's schema is its definition's `innerType`.
  type Def = { def: { type: string; innerType?: Def } };
  const shape = unitSchema.shape as unknown as Record<string, Def>;
  const inner = (s: Def): Def => (s.def.type === 'optional' && s.def.innerType !== undefined ? s.def.innerType : s);

  it('has one column for every field of unitSchema except the nested, JSON-only ones (a new field must be added here)', () => {
    const fields = Object.keys(shape);
    expect([...CSV_COLUMNS.map((c) => c.field), ...JSON_ONLY_UNIT_FIELDS].sort()).toEqual([...fields].sort());
    for (const f of JSON_ONLY_UNIT_FIELDS) expect(['object', 'array', 'record', 'unknown', 'pipe']).toContain(inner(shape[f]!).def.type);
  });

  it("reads each column the way its schema expects", () => {
    for (const c of CSV_COLUMNS) {
      const t = inner(shape[c.field]!);
      const kind = scalar.get(t) ?? (t.def.type === 'enum' ? 'choice' : t.def.type === 'string' ? 'code' : t.def.type);
      expect(`${c.field}: ${kind}`).toBe(`${c.field}: ${c.kind}`);
      if (c.kind === 'choice') {
        expect(c.choices!.map((x) => x.value).sort()).toEqual([...(t as unknown as { options: string[] }).options].sort());
      }
    }
  });

  it("has the headers the plan's wording uses, and no two headers that read the same", () => {
    expect(CSV_COLUMNS.map((c) => c.headerZh)).toEqual(
      expect.arrayContaining([
        '村级代码',
        '所属乡镇代码',
        '名称',
        '委员会类型',
        '户数',
        '常住人口',
        '有无综合服务设施',
        '设施建筑面积（平方米）',
        '居民活动区域面积（平方米）',
        '社区总建筑面积（平方米）',
        '商业和综合服务设施面积（平方米）',
        '是否新建社区',
        '政务通用自助服务',
        '社区工作者人数',
      ]),
    );
    const all = CSV_COLUMNS.flatMap((c) => [c.field, c.headerZh, ...c.aliasesZh].map(normalizeHeader));
    expect(new Set(all).size).toBe(all.length);
    for (const c of CSV_COLUMNS) expect(findCsvColumn(c.headerZh)).toBe(c);
  });

  it('parses without the CLI: row numbers, column letters', () => {
    const t = parseUnitsCsv('code,townshipCode,households\r\n\r\n533124101201,533124101,1200\r\n');
    expect(t.units).toEqual([{ code: '533124101201', townshipCode: '533124101', households: 1200 }]);
    expect(t.locate(0, 'households')).toMatchObject({ row: 3, column: 3, whereEn: 'row 3, column households (C)' });
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});

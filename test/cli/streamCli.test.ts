/**
 * `evaluate FILE --stream`: NDJSON in (a header line, then one unit a line), NDJSON out (one item a line, the
 * evaluation last), with the real engine. The lines must be the library's stream items and the last line the one-pass
 * summary evaluation, byte for byte; bad lines are reported by line number, never dropped; duplicates in a file are
 * found and every copy left out; standard input cannot be read twice.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHeaderLine } from '../../src/cli/commands/streamCommand';
import { evaluate, evaluateStream } from '../../src/evaluate/index';
import { SAMPLE_SNAPSHOT } from '../../src/sample/sampleSnapshot';
import { runCli, tempDir } from './_io';

type Raw = Record<string, unknown>;
const { units: SAMPLE_UNITS, ...SAMPLE_HEADER } = SAMPLE_SNAPSHOT as unknown as { units: Raw[] } & Raw;
const ndjson = (lines: readonly unknown[]) => lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n';
const parseLines = (text: string) => text.trimEnd().split('\n').map((l) => JSON.parse(l) as Raw);

async function libraryLines(header: unknown, units: unknown[], options = {}): Promise<string[]> {
  const out: string[] = [];
  for await (const item of evaluateStream(header, units, options)) out.push(JSON.stringify(item));
  return out;
}

describe('evaluate --stream over NDJSON', () => {
  it('the sample: one line per unit as the library streams it, the last line the one-pass summary, byte for byte', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 's.ndjson'), ndjson([SAMPLE_HEADER, ...SAMPLE_UNITS]));
    const r = await runCli(['evaluate', 's.ndjson', '--stream', '--out', 'out.ndjson'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('已写入 written: out.ndjson（评估 77 个单位，未采用 0 个 / 77 unit(s) evaluated, 0 left out)\n');
    const text = readFileSync(join(dir, 'out.ndjson'), 'utf8');
    expect(text.trimEnd().split('\n')).toEqual(await libraryLines(SAMPLE_HEADER, SAMPLE_UNITS));
    expect(text.trimEnd().split('\n').at(-1)).toBe(JSON.stringify({ type: 'evaluation', evaluation: evaluate({ ...SAMPLE_HEADER, units: SAMPLE_UNITS }, { detail: 'summary' }) }));
  });

  it('to standard output without --out; options from the command line (--as-of wins over the header, --levels, --scope)', async () => {
    const dir = tempDir();
    const units = SAMPLE_UNITS.slice(0, 3);
    writeFileSync(join(dir, 's.ndjson'), ndjson([SAMPLE_HEADER, ...units]));
    const r = await runCli(['evaluate', 's.ndjson', '--stream', '--as-of', '2025-12-31', '--levels', 'county,unit', '--scope', 'units'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toEqual(await libraryLines({ ...SAMPLE_HEADER, asOf: '2025-12-31' }, units, { levels: ['county', 'unit'], scope: 'units' }));
    expect(r.stderr).toBe('');
  });

  it('the header from --base-json (no header line), or from --as-of and --region alone', async () => {
    const dir = tempDir();
    const units = SAMPLE_UNITS.slice(0, 2);
    writeFileSync(join(dir, 'u.ndjson'), ndjson(units));
    writeFileSync(join(dir, 'base.json'), JSON.stringify(SAMPLE_HEADER));
    const a = await runCli(['evaluate', 'u.ndjson', '--stream', '--base-json', 'base.json', '--scope', 'units'], { cwd: dir });
    expect(a.stdout.trimEnd().split('\n')).toEqual(await libraryLines(SAMPLE_HEADER, units, { scope: 'units' }));
    const b = await runCli(['evaluate', 'u.ndjson', '--stream', '--as-of', '2024-12-31', '--region', '53', '--urban-resident-population', '39000'], { cwd: dir });
    expect(b.code).toBe(0);
    expect(b.stdout.trimEnd().split('\n')).toEqual(await libraryLines({ asOf: '2024-12-31', regionCode: '53', county: { urbanResidentPopulation: 39000 } }, units));
    // Both a header line and --base-json: which one? Refused.
    writeFileSync(join(dir, 's.ndjson'), ndjson([SAMPLE_HEADER, ...units]));
    const c = await runCli(['evaluate', 's.ndjson', '--stream', '--base-json', 'base.json'], { cwd: dir });
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('--base-json');
    // No date anywhere.
    const d = await runCli(['evaluate', 'u.ndjson', '--stream'], { cwd: dir });
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('--as-of');
  });

  it('bad lines are reported by line number and written as rejected items; the output is whole; exit 2', async () => {
    const dir = tempDir();
    const units = SAMPLE_UNITS.slice(0, 2);
    const lines = [SAMPLE_HEADER, units[0], '', '{"code": "533124101202", oops', { ...units[1], households: -1 }, '   ', units[1]];
    writeFileSync(join(dir, 'bad.ndjson'), ndjson(lines));
    const r = await runCli(['evaluate', 'bad.ndjson', '--stream', '--out', 'out.ndjson', '--scope', 'units'], { cwd: dir });
    expect(r.code).toBe(2);
    const out = parseLines(readFileSync(join(dir, 'out.ndjson'), 'utf8'));
    expect(out.map((o) => [o['type'], o['index'], o['line']])).toEqual([
      ['unit', 0, undefined],
      ['rejected', 1, 4],
      ['rejected', 2, 5],
      ['unit', 3, undefined],
      ['evaluation', undefined, undefined],
    ]);
    const e = out.at(-1)!['evaluation'] as { input: { units: number; evaluated: number; rejected: unknown[] } };
    expect([e.input.units, e.input.evaluated, e.input.rejected]).toEqual([4, 2, [{ index: 1 }, { index: 2, code: units[1]!['code'] }]]);
    expect(r.stderr).toContain('已写入 written: out.ndjson（评估 2 个单位，未采用 2 个 / 2 unit(s) evaluated, 2 left out)');
    expect(r.stderr).toContain('输入数据有 2 处问题 / the input has 2 problem(s)');
    expect(r.stderr).toContain('bad.ndjson 第4行：不是有效的 JSON');
    expect(r.stderr).toContain('bad.ndjson line 4: not valid JSON');
    expect(r.stderr).toContain('bad.ndjson 第5行 households');
  });

  it('a code listed twice in a file: found, and every copy left out, as the one-pass evaluation does', async () => {
    const dir = tempDir();
    const [a, b] = SAMPLE_UNITS;
    const units = [a, b, { ...a, households: 3 }];
    writeFileSync(join(dir, 'd.ndjson'), ndjson([SAMPLE_HEADER, ...units]));
    const r = await runCli(['evaluate', 'd.ndjson', '--stream', '--out', 'out.ndjson'], { cwd: dir });
    expect(r.code).toBe(2);
    const last = parseLines(readFileSync(join(dir, 'out.ndjson'), 'utf8')).at(-1);
    expect(JSON.stringify(last!['evaluation'])).toBe(JSON.stringify(evaluate({ ...SAMPLE_HEADER, units }, { detail: 'summary' })));
    expect(r.stderr).toContain('d.ndjson 第4行 code');
    expect(r.stderr).toContain('重复');
  });

  it('a code listed twice, written to standard output: what was written cannot be taken back, so the run stops and says why', async () => {
    const dir = tempDir();
    const [a, b] = SAMPLE_UNITS;
    writeFileSync(join(dir, 'd.ndjson'), ndjson([SAMPLE_HEADER, a, b, a]));
    const r = await runCli(['evaluate', 'd.ndjson', '--stream'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('d.ndjson 第4行');
    expect(r.stderr).toContain('--out FILE');
  });

  it('a code listed twice on standard input: it cannot be read again, so the run stops and says why (exit 2)', async () => {
    const [a, b] = SAMPLE_UNITS;
    const r = await runCli(['evaluate', '-', '--stream', '--out', join(tempDir(), 'o.ndjson')], { stdin: ndjson([SAMPLE_HEADER, a, b, a]) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('<stdin> 第4行');
    expect(r.stderr).toContain('standard input cannot be read again');
  });

  it('refuses what does not go with --stream: a report format, --sample, a workbook, no input', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'u.csv'), 'code,townshipCode\n533124101201,533124101\n');
    for (const args of [['s.ndjson', '--format', 'html'], ['--sample'], ['u.csv', '--input-format', 'xlsx'], []]) {
      const r = await runCli(['evaluate', ...args, '--stream'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--stream');
    }
  });

  it('a GB18030 file under --encoding auto; a missing file', async () => {
    const dir = tempDir();
    const r0 = await runCli(['evaluate', 'none.ndjson', '--stream', '--as-of', '2024-12-31'], { cwd: dir });
    expect(r0.code).toBe(2);
    expect(r0.stderr).toContain('文件不存在');
    // 名 in GB18030 is C3 FB: not UTF-8.
    const gb = Buffer.concat([Buffer.from('{"asOf":"2024-12-31"}\n{"code":"533124101201","townshipCode":"533124101","name":"'), Buffer.from([0xc3, 0xfb]), Buffer.from('"}\n')]);
    writeFileSync(join(dir, 'gb.ndjson'), gb);
    const r = await runCli(['evaluate', 'gb.ndjson', '--stream', '--scope', 'units'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(parseLines(r.stdout)[0]).toMatchObject({ type: 'unit', code: '533124101201' });
    const bad = await runCli(['evaluate', 'gb.ndjson', '--stream', '--encoding', 'utf-8'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--encoding gb18030');
  });
});

describe('isHeaderLine', () => {
  it('a JSON object with a snapshot field and no unit code', () => {
    expect(isHeaderLine({ asOf: '2024-12-31' })).toBe(true);
    expect(isHeaderLine({ regionCode: '53', county: {} })).toBe(true);
    expect(isHeaderLine({ units: [] })).toBe(true);
    expect(isHeaderLine({ asOf: '2024-12-31', code: '533124101201' })).toBe(false);
    expect(isHeaderLine({ townshipCode: '533124101', county: {} })).toBe(false);
    expect(isHeaderLine({ households: 3 })).toBe(false);
    expect(isHeaderLine([{ asOf: '2024-12-31' }])).toBe(false);
    expect(isHeaderLine(null)).toBe(false);
    expect(isHeaderLine('asOf')).toBe(false);
  });
});

describe('evaluate --stream over a CSV units table', () => {
  /** A table of n rows in the province (Longchuan has room for fewer codes), with a few hazards. */
  function table(n: number, bad: ReadonlyMap<number, string>): string {
    const rows = ['code,townshipCode,households,hasServiceFacility,name'];
    for (let i = 0; i < n; i++) {
      const township = `5301${String(100 + Math.floor(i / 1000)).padStart(5, '0')}`;
      const cells = [`${township}${String(i % 1000).padStart(3, '0')}`, township, String(i % 500), i % 3 === 0 ? '是' : '否', i === 5 ? '"A, \nB"' : 'x'];
      const b = bad.get(i);
      if (b !== undefined) cells[b.startsWith('"') ? 2 : 3] = b;
      rows.push(cells.join(','));
      if (i === 10) rows.push('', '');
    }
    return `${rows.join('\r\n')}\r\n`;
  }
  const BAD = new Map([
    [7, 'maybe'],
    [21, '"1,000"'],
  ]);

  it('in batches: the units, rows and cell problems of the whole-table reader, however the batches fall', async () => {
    const { parseUnitsCsv } = await import('../../src/cli/parseUnitsCsv');
    const { csvUnits } = await import('../../src/cli/csvUnitStream');
    const text = table(30, BAD);
    const whole = parseUnitsCsv(text);
    expect([...new Set(whole.issues.map((i) => i.unitIndex))]).toEqual([7, 21]);
    for (const batchRows of [1, 2, 3, 7, 1000]) {
      const lines = text.split('\r\n').map((t, k) => ({ line: k + 1, text: t, fraction: undefined })).filter((l) => l.text !== '');
      const rowIssues: unknown[] = [];
      const got = [];
      for await (const u of csvUnits((async function* () { yield* lines; })(), (i) => rowIssues.push(i), batchRows)) got.push(u);
      expect(got.map((u) => u.unit)).toEqual(whole.units);
      expect(got.map((u) => u.row)).toEqual(whole.units.map((_, i) => whole.locate(i).row));
      expect(got.flatMap((u) => u.issues)).toEqual(whole.issues);
      expect(rowIssues).toEqual([]);
    }
    expect(whole.locate(21).row).toBe(25); // header, 21 rows before it, two blank rows: its spreadsheet row
  });

  it('a row with too many cells is listed once, even when a duplicate code makes the file be read again', async () => {
    // Row 3 has one cell too many; rows 2 and 4 have the same code. Two problems: the row, and the duplicate code.
    const dir = tempDir();
    writeFileSync(
      join(dir, 't.csv'),
      ['code,townshipCode,households', '533124101001,533124101,100', '533124101002,533124101,100,extra', '533124101001,533124101,200', ''].join('\r\n'),
    );
    const r = await runCli(['evaluate', 't.csv', '--stream', '--as-of', '2024-12-31', '--out', 'out.ndjson'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.split('第3行').length - 1).toBe(1);
  });

  it('through the CLI: rejected rows by row and column, the rest evaluated as the library streams the table', async () => {
    const { parseUnitsCsv } = await import('../../src/cli/parseUnitsCsv');
    const text = table(30, BAD);
    const dir = tempDir();
    writeFileSync(join(dir, 't.csv'), text);
    const r = await runCli(['evaluate', 't.csv', '--stream', '--as-of', '2024-12-31', '--region', '53', '--out', 'out.ndjson'], { cwd: dir });
    expect(r.code).toBe(2);
    const out = parseLines(readFileSync(join(dir, 'out.ndjson'), 'utf8'));
    const whole = parseUnitsCsv(text);
    // Every other line is the library's own; the two bad rows reach it as a text saying so (rejected, never evaluated).
    const units: unknown[] = whole.units.map((u, i) => (BAD.has(i) ? `第${whole.locate(i).row}行有单元格无法读取 / row ${whole.locate(i).row}: a cell could not be read` : u));
    const expected = await libraryLines({ asOf: '2024-12-31', regionCode: '53' }, units);
    const bare = (o: Record<string, unknown>) => JSON.stringify(o['type'] === 'rejected' ? { ...o, issues: undefined, line: undefined } : o);
    expect(out.map(bare)).toEqual(expected.map((l) => bare(JSON.parse(l) as Record<string, unknown>)));
    const rejected = out.filter((o) => o['type'] === 'rejected') as { index: number; line: number; issues: { code: string; path: unknown[]; messageZh: string; messageEn: string }[] }[];
    expect(rejected.map((o) => [o.index, o.line])).toEqual([[7, 9], [21, 25]]);
    // Each rejected line says which cell could not be read, in both languages (not the library's "not an object").
    expect(rejected[0]!.issues).toHaveLength(1);
    expect(rejected[0]!.issues[0]!.path).toEqual(['units', 7]);
    expect(rejected[0]!.issues[0]!.messageZh).toContain('第9行「hasServiceFacility」列（D）');
    expect(rejected[1]!.issues[0]!.path).toEqual(['units', 21]);
    expect(rejected[1]!.issues[0]!.messageZh).toContain('第25行「households」列（C）');
    expect(rejected[1]!.issues[0]!.messageEn).toContain('row 25');
    for (const o of rejected) expect(o.issues[0]!.code).toBe(whole.issues.find((i) => i.unitIndex === o.index)!.code);
    expect(r.stderr).toContain('输入数据有 2 处问题 / the input has 2 problem(s)');
    expect(r.stderr).toContain('第9行「hasServiceFacility」列（D）');
    expect(r.stderr).toContain('第25行「households」列（C）');
  });

  it('a bad header stops at once; a row with too many cells is reported by row', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'h.csv'), 'code,townshipCode,nonsense\n533124101201,533124101,1\n');
    const h = await runCli(['evaluate', 'h.csv', '--stream', '--as-of', '2024-12-31'], { cwd: dir });
    expect(h.code).toBe(2);
    expect(h.stderr).toContain('nonsense');
    writeFileSync(join(dir, 'x.csv'), 'code,townshipCode\n533124101201,533124101\n533124101202,533124101,extra\n');
    const x = await runCli(['evaluate', 'x.csv', '--stream', '--as-of', '2024-12-31', '--scope', 'units'], { cwd: dir });
    expect(x.code).toBe(2);
    expect(x.stderr).toContain('第3行');
    expect(parseLines(x.stdout).map((o) => o['type'])).toEqual(['unit', 'evaluation']);
  });
});

describe('compactJson', () => {
  it('joins to exactly JSON.stringify, at every depth', async () => {
    const { compactJson } = await import('../../src/cli/commands/streamCommand');
    const e = evaluate({ ...SAMPLE_HEADER, units: SAMPLE_UNITS }, { detail: 'summary' });
    const values: unknown[] = [{ type: 'evaluation', evaluation: e }, [], {}, [undefined, () => 1, 'x'], { a: undefined, b: [{}], 'c"': null }, 's', 3, null, { toJSON: () => 'j' }];
    for (const v of values) for (const depth of [0, 1, 2, 3, 5]) expect([...compactJson(v, depth)].join('')).toBe(JSON.stringify(v));
  });
});

// Issue 16, CLI side: hostile files never reach the terminal raw (control characters escaped, every echoed value cut
// to 80 characters + '…'), the cost of a million bad units is bounded (the first 100 problems printed, the total
// exact), and CSV messages point at rows as a spreadsheet numbers them (the header is row 1).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeInvisible } from '../../src/_lib/invisible';
import { forTerminal, MESSAGE_LENGTH, shown, SHOWN_LENGTH } from '../../src/cli/terminalText';
import { runCli, tempDir } from '../cli/_io';

/** Any raw control or invisible character (a real ESC, BEL, U+202E…) in text meant for the terminal. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;

async function cli(files: Record<string, string>, argv: string[]) {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return runCli(argv, { cwd: dir });
}

describe('terminalText: escaping and cutting', () => {
  it('escapes C0, ESC, DEL, C1, bidi, zero-width, separators and BOM as \\uXXXX', () => {
    expect(escapeInvisible('\u0000\u0007\t\n\r\u001b\u007f\u0085\u009b')).toBe('\\u0000\\u0007\\u0009\\u000a\\u000d\\u001b\\u007f\\u0085\\u009b');
    expect(escapeInvisible('\u200b\u200e\u200f\u2028\u2029\u202a\u202e\u2066\u2069\ufeff')).toBe(
      '\\u200b\\u200e\\u200f\\u2028\\u2029\\u202a\\u202e\\u2066\\u2069\\ufeff',
    );
    // Printable text, CJK and astral characters pass as they are; an unpaired surrogate is escaped.
    expect(escapeInvisible('户数 abc 😀 ~')).toBe('户数 abc 😀 ~');
    expect(escapeInvisible('a\ud800b\udc00')).toBe('a\\ud800b\\udc00');
  });

  it('cuts a value to 80 characters (code points) and marks the cut with …', () => {
    expect(SHOWN_LENGTH).toBe(80);
    expect(shown('x'.repeat(80))).toBe('x'.repeat(80));
    expect(shown('x'.repeat(81))).toBe(`${'x'.repeat(80)}…`);
    // 80 emoji are 160 UTF-16 units: not cut, and never cut in half.
    expect(shown('😀'.repeat(80))).toBe('😀'.repeat(80));
    expect(shown('😀'.repeat(81))).toBe(`${'😀'.repeat(80)}…`);
    // Cut first, then escaped: 81 ESC become 80 escapes and …
    expect(shown('\u001b'.repeat(81))).toBe(`${'\\u001b'.repeat(80)}…`);
  });

  it('a 100 MB value gives an 81-character message part, quickly', () => {
    const huge = 'k'.repeat(100_000_000);
    const t0 = performance.now();
    expect(shown(huge)).toHaveLength(81);
    expect(forTerminal(huge)).toHaveLength(MESSAGE_LENGTH + 1);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('CLI: hostile values are shown escaped and cut (issue 16, terminal escapes)', () => {
  it('[terminal-csv-cell] an ESC sequence in a CSV cell (clear screen) is shown as \\u001b', async () => {
    const r = await cli({ 'u.csv': 'code,townshipCode,hasServiceFacility\n533124101201,533124101,\u001b[2J\u001b[H\n' }, ['evaluate', 'u.csv', '--as-of', '2024-12-31']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('row 2, column hasServiceFacility (C): expected yes or no (是/否, 有/无, true/false, 1/0, Y/N), got "\\u001b[2J\\u001b[H"');
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });

  it('[terminal-csv-header] a header with U+202E (right-to-left override) and BEL is shown escaped, in the place and the message', async () => {
    const r = await cli({ 'u.csv': 'code,townshipCode,evil\u202e\u0007\n533124101201,533124101,1\n' }, ['evaluate', 'u.csv', '--as-of', '2024-12-31']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('第1行「evil\\u202e\\u0007」列（C）：未知的表头"evil\\u202e\\u0007"');
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });

  it('[terminal-json-key] an unknown JSON key of 10 MB with an OSC title sequence: the message stays short and escaped', async () => {
    const key = `\u001b]0;pwned\u0007${'k'.repeat(10_000_000)}`;
    const r = await cli({ 'a.json': JSON.stringify({ asOf: '2024-12-31', units: [], [key]: 1 }) }, ['evaluate', 'a.json']);
    expect(r.code).toBe(2);
    // The library names the key by its first 40 characters (10 + 30 k); the CLI escapes them.
    expect(r.stderr).toContain(`(root)：未知字段：\\u001b]0;pwned\\u0007${'k'.repeat(30)}…（字段名是否拼错？）`);
    expect(r.stderr.length).toBeLessThan(1000);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });

  it('[terminal-county-key] a key of --county-json is escaped in the place it is reported', async () => {
    const r = await cli(
      { 'u.csv': 'code,townshipCode\n533124101201,533124101\n', 'c.json': JSON.stringify({ 'households\u001b[31m': 5 }) },
      ['evaluate', 'u.csv', '--as-of', '2024-12-31', '--county-json', 'c.json'],
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('households\\u001b[31m');
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });

  it('[terminal-file-name] a file name with an ESC sequence is escaped where it is named', async () => {
    const r = await cli({}, ['evaluate', 'no\u001b[2Jsuch.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('file no\\u001b[2Jsuch.json');
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });

  it('[terminal-command] an unknown command with control characters is escaped and cut', async () => {
    const r = await runCli([`\u001b[2J${'x'.repeat(200)}`]);
    expect(r.code).toBe(2);
    // 80 characters: ESC [ 2 J and 76 x.
    expect(r.stderr).toContain(`unknown command "\\u001b[2J${'x'.repeat(76)}…"`);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });

  it('[terminal-option-value] a bad option value is escaped and cut', async () => {
    const r = await runCli(['template', '--locale', `\u009b2J${'y'.repeat(100)}`]);
    expect(r.code).toBe(2);
    // 80 characters: CSI 2 J and 77 y.
    expect(r.stderr).toContain(`got "\\u009b2J${'y'.repeat(77)}…"`);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });

  it('[terminal-json-syntax] the text JSON.parse quotes around a syntax error is escaped and cut', async () => {
    const r = await cli({ 'a.json': `{"asOf": "2024-12-31", \u001b[2J${'z'.repeat(1000)}` }, ['evaluate', 'a.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr.length).toBeLessThan(1000);
  });

  it('[terminal-long-cell] a 1 MB CSV cell is shown as its first 80 characters and …', async () => {
    const r = await cli({ 'u.csv': `code,townshipCode,hasServiceFacility\n533124101201,533124101,${'q'.repeat(1_000_000)}\n` }, ['evaluate', 'u.csv', '--as-of', '2024-12-31']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`got "${'q'.repeat(80)}…"`);
    expect(r.stderr.length).toBeLessThan(2000);
  });
});

describe('CLI: the cost of bad input is bounded (issue 16)', () => {
  it('[cost-million-empty-units] one million empty units: the total exact, the first 100 printed, one line for the rest', async () => {
    const json = `{"asOf":"2024-12-31","units":[${Array.from({ length: 1_000_000 }, () => '{}').join(',')}]}`;
    const r = await cli({ 'a.json': json }, ['evaluate', 'a.json']);
    expect(r.code).toBe(2);
    // Progress lines come first (a large input); the report starts at its head line.
    const lines = r.stderr.slice(r.stderr.indexOf('输入数据有')).split('\n');
    expect(lines[0]).toBe('输入数据有 2000000 处问题 / the input has 2000000 problem(s):');
    expect(lines[1]).toBe('✖ units[0].code：应为12位数字的村级统计用区划代码，实际为undefined');
    // 100 problems of two lines each, then the line for the rest.
    expect(lines[201]).toBe('… 另有 1999900 处问题未列出（只列出前 100 处） / 1999900 more problem(s) not listed (only the first 100 are shown)');
    expect(lines).toHaveLength(203); // the last is empty (the output ends with a line break)
    expect(r.stderr.length).toBeLessThan(30_000);
  });

  it('[cost-csv-rows] 3,000 bad CSV rows: all counted, 100 printed', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `5331241012${String(i % 100).padStart(2, '0')},533124101,maybe`).join('\n');
    const r = await cli({ 'u.csv': `code,townshipCode,hasServiceFacility\n${rows}\n` }, ['evaluate', 'u.csv', '--as-of', '2024-12-31']);
    expect(r.code).toBe(2);
    // Each row: its flag cell (3,000); each code listed again after its first row: duplicate_unit (2,900).
    expect(r.stderr.split('\n')[0]).toBe('输入数据有 5900 处问题 / the input has 5900 problem(s):');
    expect(r.stderr).toContain('5800 more problem(s) not listed (only the first 100 are shown)');
  });

  it('[cost-exact-total-scientific] a code cell in scientific notation is counted once, listed or not', async () => {
    const rows = Array.from({ length: 1200 }, () => '5.33124E+11,533124101').join('\n');
    const r = await cli({ 'u.csv': `code,townshipCode\n${rows}\n` }, ['evaluate', 'u.csv', '--as-of', '2024-12-31']);
    expect(r.code).toBe(2);
    // One scientific_notation per row; the library's "code missing" for the same field is not counted again.
    expect(r.stderr.split('\n')[0]).toBe('输入数据有 1200 处问题 / the input has 1200 problem(s):');
  });
});

describe('CLI: CSV messages name spreadsheet rows (the header is row 1) (issue 16)', () => {
  it('[row-duplicate] a duplicate code names the row of its first copy: row 2, not index 0 / 第1条', async () => {
    const r = await cli({ 'u.csv': 'code,townshipCode\n533124101201,533124101\n533124101202,533124101\n533124101201,533124101\n' }, ['evaluate', 'u.csv', '--as-of', '2024-12-31']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('第4行「code」列（A）：村级代码 533124101201 重复（第2行已出现），两条均不采用');
    expect(r.stderr).toContain('row 4, column code (A): unit code 533124101201 is listed twice (first at row 2); neither copy is used');
    expect(r.stderr).not.toMatch(/index \d|第\d+条/);
  });

  it('[row-duplicate-blank-rows] blank rows count: the first copy on row 4 after a blank row 3', async () => {
    const r = await cli({ 'u.csv': 'code,townshipCode\n533124101202,533124101\n,\n533124101201,533124101\n533124101201,533124101\n' }, ['evaluate', 'u.csv', '--as-of', '2024-12-31']);
    expect(r.stderr).toContain('row 5, column code (A): unit code 533124101201 is listed twice (first at row 4); neither copy is used');
  });

  it('[row-json-unchanged] from JSON, a duplicate still names the list position (units[2], first at index 0)', async () => {
    const units = [
      { code: '533124101201', townshipCode: '533124101' },
      { code: '533124101202', townshipCode: '533124101' },
      { code: '533124101201', townshipCode: '533124101' },
    ];
    const r = await cli({ 'a.json': JSON.stringify({ asOf: '2024-12-31', units }) }, ['evaluate', 'a.json']);
    expect(r.stderr).toContain('units[2].code: unit code 533124101201 is listed twice (first at index 0); neither copy is used');
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/cli/csvColumns';
import { PROGRESS_THRESHOLD } from '../../src/cli/progress';
import { fakeEngine, rule, runCli, tempDir } from './_io';

const ESC = '\u001b[';
const SNAPSHOT = { asOf: '2024-12-31', units: [{ code: '533124101201', townshipCode: '533124101', households: 830 }] };
const COMMANDS = ['evaluate', 'check', 'template', 'schema'] as const;

describe('help and version', () => {
  it.each(COMMANDS)('%s --help and -h print the command’s usage to stdout and exit 0', async (command) => {
    for (const flag of ['--help', '-h']) {
      const r = await runCli([command, flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage / 用法: longchuan-community-plan ${command}`);
      expect(r.stderr).toBe('');
    }
    const viaHelp = await runCli(['help', command]);
    expect(viaHelp.stdout).toBe((await runCli([command, '--help'])).stdout);
  });

  it('--help wins over other, even invalid, options', async () => {
    const r = await runCli(['evaluate', '--format', 'pdf', '--no-such-option', '-h']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--format F');
  });

  it('the main help lists every command; no command at all prints it to stderr and exits 2', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toContain(`  ${c}`);
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(r.stdout);
  });

  it('evaluate --help and template --help list every CSV column in both languages, and the JSON-only fields', async () => {
    for (const command of ['evaluate', 'template']) {
      const { stdout } = await runCli([command, '--help']);
      for (const c of CSV_COLUMNS) expect(stdout).toContain(`${c.headerZh} / ${c.field}`);
      expect(stdout).toContain('JSON-only');
      expect(stdout).toContain('openingSchedule');
    }
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const r = await runCli([flag]);
      expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    }
  });

  it('an unknown command or option exits 2 with a pointer to --help, in both languages', async () => {
    const cmd = await runCli(['evaluat']);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toContain('未知的命令"evaluat"');
    expect(cmd.stderr).toContain('unknown command "evaluat"');
    expect(cmd.stderr).toContain('longchuan-community-plan --help');
    const opt = await runCli(['template', '--lang', 'en']);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toContain("Unknown option '--lang'");
    expect(opt.stderr).toContain('longchuan-community-plan template --help');
    const fmt = await runCli(['evaluate', '--sample', '--format', 'pdf'], { engine: fakeEngine().engine });
    expect(fmt.code).toBe(2);
    expect(fmt.stderr).toContain('--format 的取值应为 text | markdown | html | json');
    expect(fmt.stderr).toContain('--format must be one of text | markdown | html | json, got "pdf"');
  });

  it('evaluate without input, or with both a file and --sample, exits 2', async () => {
    const none = await runCli(['evaluate'], { engine: fakeEngine().engine });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no input');
    const both = await runCli(['evaluate', 'x.json', '--sample'], { engine: fakeEngine().engine });
    expect(both.code).toBe(2);
    const date = await runCli(['evaluate', '--sample', '--as-of', '2025-02-29'], { engine: fakeEngine().engine });
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--as-of must be a real calendar date');
  });
});

// The template (77 units listed, every kind of table, xlsx and CSV) is tested in test/cli/template.test.ts.

describe('schema', () => {
  it('prints the snapshot JSON Schema as valid JSON, by default and with --input', async () => {
    const def = await runCli(['schema']);
    expect(def.code).toBe(0);
    const schema = JSON.parse(def.stdout) as { $schema: string; required: string[]; properties: Record<string, unknown> };
    expect(schema.$schema).toContain('2020-12');
    expect(schema.required).toEqual(['asOf', 'units']);
    expect((await runCli(['schema', '--input'])).stdout).toBe(def.stdout);
  });

  it('--output prints the evaluation schema from the library, and --input with --output is a usage error', async () => {
    const { engine } = fakeEngine([], { evaluationJsonSchema: () => ({ title: 'Evaluation' }) });
    const r = await runCli(['schema', '--output'], { engine });
    expect(JSON.parse(r.stdout)).toEqual({ title: 'Evaluation' });
    expect((await runCli(['schema', '--input', '--output'])).code).toBe(2);
  });

  it('--out writes the schema to a file', async () => {
    const dir = tempDir();
    const r = await runCli(['schema', '--out', 'snapshot.schema.json'], { cwd: dir });
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'snapshot.schema.json'), 'utf8')).required).toEqual(['asOf', 'units']);
  });
});

describe('evaluate', () => {
  it('--sample evaluates the embedded sample and prints the text report in zh-CN by default', async () => {
    const { engine, calls, reports } = fakeEngine();
    const r = await runCli(['evaluate', '--sample'], { engine });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('REPORT text zh-CN rules=1\n');
    expect(calls[0]!.input).toEqual(engine.sampleSnapshot());
    expect(calls[0]!.options).toEqual({});
    // The sample's report says on the page that its figures are illustrative.
    expect(reports).toEqual([{ format: 'text', locale: 'zh-CN', color: false, sample: true }]);
  });

  it.each(['text', 'markdown', 'html'] as const)('--format %s --locale en goes to renderReport', async (format) => {
    const { engine, reports } = fakeEngine();
    const r = await runCli(['evaluate', '--sample', '--format', format, '--locale', 'en'], { engine });
    expect(r.stdout).toBe(`REPORT ${format} en rules=1\n`);
    expect(reports).toEqual([{ format, locale: 'en', color: false, sample: true }]);
  });

  it('--format json prints the evaluation itself as JSON', async () => {
    const { engine } = fakeEngine([rule('fail')]);
    const r = await runCli(['evaluate', '--sample', '--format', 'json'], { engine });
    expect(JSON.parse(r.stdout)).toEqual({ rules: [rule('fail')], unitCount: 1 });
    expect(r.code).toBe(0); // evaluate reports; check gates
  });

  it('reads a JSON snapshot from a file; --as-of and --options-json become evaluate options', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'snap.json'), JSON.stringify(SNAPSHOT));
    writeFileSync(join(dir, 'opts.json'), JSON.stringify({ rounding: 'half_even', asOf: '2023-01-01' }));
    const { engine, calls } = fakeEngine();
    const r = await runCli(['evaluate', 'snap.json', '--as-of', '2025-06-30', '--options-json', 'opts.json'], { cwd: dir, engine });
    expect(r.code).toBe(0);
    expect(calls[0]!.input).toEqual(SNAPSHOT);
    expect(calls[0]!.options).toEqual({ rounding: 'half_even', asOf: '2025-06-30' });
  });

  it('--levels and --rules become evaluate options; unknown levels and rule IDs exit 2 by option', async () => {
    const { engine, calls } = fakeEngine();
    const r = await runCli(['evaluate', '--sample', '--levels', 'county, township', '--rules', 'p3-14-demonstration-villages,t3-opening-hours'], { engine });
    expect(r.code).toBe(0);
    expect(calls[0]!.options).toEqual({ levels: ['county', 'township'], rules: ['p3-14-demonstration-villages', 't3-opening-hours'] });
    const badLevel = await runCli(['evaluate', '--sample', '--levels', 'county,village'], { engine });
    expect(badLevel.code).toBe(2);
    expect(badLevel.stderr).toContain('option --levels: unknown indicator level(s): "village". Known: county, township, unit');
    const badRule = await runCli(['check', '--sample', '--rules', 'no-such-rule'], { engine });
    expect(badRule.code).toBe(2);
    expect(badRule.stderr).toContain('选项 --rules：未知的规则 ID："no-such-rule"');
    const dir = tempDir();
    writeFileSync(join(dir, 'o.json'), JSON.stringify({ rules: ['nope'] }));
    const inFile = await runCli(['check', '--sample', '--options-json', 'o.json'], { engine, cwd: dir });
    expect(inFile.code).toBe(2);
    expect(inFile.stderr).toContain('rules in --options-json o.json: unknown rule ID(s): "nope"');
  });

  it('"-" reads standard input: JSON or CSV, told apart by content', async () => {
    const json = fakeEngine();
    const r1 = await runCli(['evaluate', '-'], { stdin: JSON.stringify(SNAPSHOT), engine: json.engine });
    expect(r1.code).toBe(0);
    expect(json.calls[0]!.input).toEqual(SNAPSHOT);
    const csv = fakeEngine();
    const r2 = await runCli(['evaluate', '-', '--as-of', '2024-12-31'], { stdin: '\uFEFF村级代码,所属乡镇代码,户数\r\n533124101201,533124101,830\r\n', engine: csv.engine });
    expect(r2.code).toBe(0);
    expect(csv.calls[0]!.input).toEqual(SNAPSHOT);
    const forced = fakeEngine();
    await runCli(['evaluate', '-', '--input-format', 'csv', '--as-of', '2024-12-31'], { stdin: 'code,townshipCode,households\n533124101201,533124101,830\n', engine: forced.engine });
    expect(forced.calls[0]!.input).toEqual(SNAPSHOT);
  });

  it('--out writes the report to a file and says so on stderr', async () => {
    const dir = tempDir();
    const { engine } = fakeEngine();
    const r = await runCli(['evaluate', '--sample', '--format', 'html', '--out', 'report.html'], { cwd: dir, engine });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('report.html');
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe('REPORT html zh-CN rules=1\n');
    const bad = await runCli(['evaluate', '--sample', '--out', join(dir, 'no/such/dir/r.txt')], { engine });
    expect(bad.code).toBe(4); // a write failure is not invalid input
    expect(bad.stderr).toContain('cannot write --out');
  });

  it('an invalid JSON snapshot exits 2 listing every problem by path, in Chinese and English, and is not evaluated', async () => {
    const dir = tempDir();
    const bad = { asOf: '2024-13-01', units: [{ code: '533124101201', townshipCode: '533124101', households: -1 }, { code: '533124101202', townshipCode: '533124101', housholds: 3 }] };
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    const { engine, calls } = fakeEngine();
    const r = await runCli(['evaluate', 'bad.json'], { cwd: dir, engine });
    expect(r.code).toBe(2);
    expect(calls).toEqual([]);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('输入数据有 3 处问题 / the input has 3 problem(s)');
    expect(r.stderr).toContain('asOf：应为真实存在的日期');
    expect(r.stderr).toContain('units[0].households：不能为负数，实际为-1');
    expect(r.stderr).toContain('units[0].households: must not be negative, got -1');
    expect(r.stderr).toContain('units[1]: unknown field(s): housholds');
  });

  it('a JSON syntax error names the line and column', async () => {
    const r = await runCli(['evaluate', '-'], { stdin: '{\n  "asOf": "2024-12-31",\n  "units": []\n  "x": 1}', engine: fakeEngine().engine });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('<stdin> 第4行第3个字符：JSON 语法错误');
    expect(r.stderr).toContain("<stdin> line 4, column 3: invalid JSON: Expected ',' or '}' after property value");
  });

  it('a missing file exits 2', async () => {
    const r = await runCli(['evaluate', 'nope.csv'], { cwd: tempDir(), engine: fakeEngine().engine });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('文件 nope.csv：无法读取：文件不存在');
    expect(r.stderr).toContain('file nope.csv: cannot read it: no such file');
  });

  it('problems the library throws (SnapshotError-like) exit 2; unexpected errors exit 3 without a stack trace', async () => {
    const libraryError = Object.assign(new Error('x'), {
      name: 'PlanInputError',
      code: 'invalid_option',
      path: ['rounding'],
      messageZh: '未知的取整方式',
      messageEn: 'unknown rounding mode',
    });
    const r2 = await runCli(['evaluate', '--sample'], { engine: fakeEngine([], { evaluate: () => { throw libraryError; } }).engine });
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('rounding：未知的取整方式');
    const boom = fakeEngine([], { evaluate: () => { throw new TypeError('cannot read properties of undefined'); } });
    const r3 = await runCli(['evaluate', '--sample'], { engine: boom.engine });
    expect(r3.code).toBe(3);
    expect(r3.stderr).toContain('内部错误 / internal error: cannot read properties of undefined');
    expect(r3.stderr).not.toMatch(/\n\s+at /);
    const debug = await runCli(['evaluate', '--sample'], { engine: boom.engine, env: { LONGCHUAN_CLI_DEBUG: '1' } });
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('CSV: county options override the JSON snapshot, --base-json completes a CSV, and is refused with JSON input', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'snap.json'), JSON.stringify({ ...SNAPSHOT, county: { residentPopulation: 1, households: 2 } }));
    writeFileSync(join(dir, 'base.json'), JSON.stringify({ asOf: '2024-06-30', county: { registeredPopulation: 180000 }, units: [] }));
    writeFileSync(join(dir, 'u.csv'), 'code,townshipCode,households\n533124101201,533124101,830\n');
    const a = fakeEngine();
    await runCli(['evaluate', 'snap.json', '--resident-population', '190000'], { cwd: dir, engine: a.engine });
    expect(a.calls[0]!.input.county).toEqual({ residentPopulation: 190000, households: 2 });
    const b = fakeEngine();
    const rb = await runCli(['evaluate', 'u.csv', '--base-json', 'base.json', '--urban-resident-population', '70000'], { cwd: dir, engine: b.engine });
    expect(rb.stderr).toBe('');
    expect(b.calls[0]!.input).toEqual({ asOf: '2024-06-30', county: { registeredPopulation: 180000, urbanResidentPopulation: 70000 }, units: SNAPSHOT.units });
    const c = await runCli(['evaluate', 'snap.json', '--base-json', 'base.json'], { cwd: dir, engine: fakeEngine().engine });
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('--base-json only completes a CSV input');
    writeFileSync(join(dir, 'bad-base.json'), JSON.stringify({ asOf: '2024-06-30', county: { brandProjects: -2 } }));
    const d = await runCli(['evaluate', 'u.csv', '--base-json', 'bad-base.json'], { cwd: dir, engine: fakeEngine().engine });
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('county.brandProjects in --base-json bad-base.json: must not be negative');
  });
});

describe('check', () => {
  const RULES = [
    rule('pass', { subject: '533124101001' }),
    rule('fail', { subject: '533124101201' }),
    rule('pending', { ruleId: 'T12.pay', clause: 'T12' }),
    rule('missing_data', { ruleId: 'P1.7', clause: 'P1.7', subject: '533124' }),
    rule('fail', { ruleId: 'S3.2.day_care', clause: 'S3.2', subject: '533124201', actual: { numerator: 5, denominator: 8 }, expected: null }),
  ];
  // [T10] 可设1名民族宗教干事 (informational) and [T3] 一般不少于每天8小时 (soft): advisories, never failures unless --strict.
  const ADVISORIES = [
    rule('fail', { ruleId: 't10-ethnic-religious-officer', clause: 'T10', subject: '533124101202', severity: 'informational', message: { zh: '未设民族宗教干事', en: 'no ethnic and religious affairs officer' } }),
    rule('fail', { ruleId: 't3-opening-hours', clause: 'T3', subject: '533124101001', severity: 'soft', actual: '7h', expected: '≥8h', message: { zh: '开放7小时', en: 'open 7 h' } }),
  ];

  it('prints the failing rules with clause, subject, actual and expected, and exits 1', async () => {
    const r = await runCli(['check', '--sample'], { engine: fakeEngine(RULES).engine });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✖ 2 条规则结果未达标（刚性要求）');
    expect(r.stdout).toContain('✖ T8.facility_area_per_100_households [T8] 533124101201 章凤镇 章凤村');
    expect(r.stdout).toContain('每百户综合服务设施面积未达到30平方米');
    expect(r.stdout).toContain('实际: 25.5  要求: 30');
    expect(r.stdout).toContain('✖ S3.2.day_care [S3.2] 533124201 户撒阿昌族乡');
    expect(r.stdout).toContain('实际: {"numerator":5,"denominator":8}  要求: —');
    expect(r.stdout).not.toContain('T12.pay');
    expect(r.stdout).toContain('共 5 条：达标 1，未达标 2，提示 0，未到期 1，缺数据 1，不适用 0');
  });

  it('--locale en, and --format json prints the failing results as an array', async () => {
    const en = await runCli(['check', '--sample', '--locale', 'en'], { engine: fakeEngine(RULES).engine });
    expect(en.stdout).toContain('facility area per 100 households is below 30 m²');
    expect(en.stdout).toContain('actual: 25.5  expected: 30');
    expect(en.stdout).toContain('5 rules: 1 pass, 2 fail, 0 advisory, 1 pending, 1 missing data, 0 not applicable');
    const json = await runCli(['check', '--sample', '--format', 'json'], { engine: fakeEngine(RULES).engine });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual([RULES[1], RULES[4]]);
  });

  it('exits 0 when no rule fails (pending and missing data are not failures)', async () => {
    const r = await runCli(['check', '--sample'], { engine: fakeEngine([RULES[0]!, RULES[2]!, RULES[3]!]).engine });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ 没有未达标的刚性要求');
  });

  it('[T10] [T3] advisories (informational, soft) are listed as 提示 and exit 0; --strict makes them fail', async () => {
    const rules = [RULES[0]!, ...ADVISORIES];
    const r = await runCli(['check', '--sample'], { engine: fakeEngine(rules).engine });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ 没有未达标的刚性要求');
    expect(r.stdout).toContain('⚠ 2 条提示（力争、原则上、一般、可等非刚性要求，不计为未达标）：');
    expect(r.stdout).toContain('⚠ t10-ethnic-religious-officer [T10] 533124101202 章凤镇 芒弄村 (参考性要求)');
    expect(r.stdout).toContain('⚠ t3-opening-hours [T3] 533124101001 章凤镇 老街子社区 (非刚性要求)');
    expect(r.stdout).toContain('共 3 条：达标 1，未达标 0，提示 2，未到期 0，缺数据 0，不适用 0');
    const en = await runCli(['check', '--sample', '--locale', 'en'], { engine: fakeEngine(rules).engine });
    expect(en.stdout).toContain('⚠ t10-ethnic-religious-officer [T10] 533124101202 章凤镇 芒弄村 (informational)');
    const json = await runCli(['check', '--sample', '--format', 'json'], { engine: fakeEngine(rules).engine });
    expect([json.code, JSON.parse(json.stdout)]).toEqual([0, []]);
    const strict = await runCli(['check', '--sample', '--strict', '--format', 'json'], { engine: fakeEngine(rules).engine });
    expect([strict.code, JSON.parse(strict.stdout)]).toEqual([1, ADVISORIES]);
  });

  it('a binding failure beside advisories exits 1 and lists each under its own heading', async () => {
    const r = await runCli(['check', '--sample'], { engine: fakeEngine([RULES[1]!, ...ADVISORIES]).engine });
    expect(r.code).toBe(1);
    expect(r.stdout.indexOf('✖ 1 条规则结果未达标（刚性要求）')).toBeLessThan(r.stdout.indexOf('⚠ 2 条提示'));
  });

  it('--strict: missing data fails the check; pending does not', async () => {
    expect((await runCli(['check', '--sample', '--strict'], { engine: fakeEngine([RULES[0]!, RULES[3]!]).engine })).code).toBe(1);
    expect((await runCli(['check', '--sample', '--strict'], { engine: fakeEngine([RULES[0]!, RULES[2]!]).engine })).code).toBe(0);
  });

  it('exits 2 on invalid input, before evaluating', async () => {
    const { engine, calls } = fakeEngine(RULES);
    const r = await runCli(['check', '-', '--as-of', '2024-12-31'], { stdin: 'code,townshipCode,households\n533124101201,533124101,abc\n', engine });
    expect(r.code).toBe(2);
    expect(calls).toEqual([]);
    expect(r.stderr).toContain('第2行「households」列（C）');
    expect(r.stderr).toContain('row 2, column households (C): expected a non-negative whole number, got "abc"');
  });
});

describe('colour', () => {
  const failing = () => fakeEngine([rule('fail')]).engine;

  it('asks renderReport for colour only for text on a terminal without NO_COLOR, never into --out', async () => {
    const tty = { stdout: true, stderr: true };
    const seen = async (args: string[], o: { env?: Record<string, string>; isTTY?: typeof tty } = {}) => {
      const f = fakeEngine();
      await runCli(['evaluate', '--sample', ...args], { engine: f.engine, cwd: tempDir(), ...o });
      return f.reports[0]?.color;
    };
    expect(await seen([], { isTTY: tty })).toBe(true);
    expect(await seen([])).toBe(false);
    expect(await seen([], { isTTY: tty, env: { NO_COLOR: '1' } })).toBe(false);
    expect(await seen([], { isTTY: tty, env: { NO_COLOR: '' } })).toBe(true);
    expect(await seen(['--format', 'markdown'], { isTTY: tty })).toBe(false);
    expect(await seen(['--out', 'r.txt'], { isTTY: tty })).toBe(false);
  });

  it('colours on a terminal only', async () => {
    const tty = await runCli(['check', '--sample'], { engine: failing(), isTTY: { stdout: true, stderr: true } });
    expect(tty.stdout).toContain(ESC);
    const pipe = await runCli(['check', '--sample'], { engine: failing(), isTTY: { stdout: false, stderr: false } });
    expect(pipe.stdout).not.toContain(ESC);
    const err = await runCli(['evaluate', '-'], { stdin: '{', engine: failing(), isTTY: { stdout: true, stderr: true } });
    expect(err.stderr).toContain(ESC);
  });

  it('never colours when NO_COLOR is set (non-empty), even on a terminal', async () => {
    const env = { NO_COLOR: '1' };
    const tty = { stdout: true, stderr: true };
    const out = await runCli(['check', '--sample'], { engine: failing(), isTTY: tty, env });
    expect(out.stdout).toContain('✖');
    expect(out.stdout).not.toContain(ESC);
    const err = await runCli(['evaluate', '-'], { stdin: '{', engine: failing(), isTTY: tty, env });
    expect(err.stderr).not.toContain(ESC);
    const usage = await runCli(['nope'], { isTTY: tty, env });
    expect(usage.stderr).not.toContain(ESC);
  });
});

describe(`progress on standard error for more than ${PROGRESS_THRESHOLD} units`, () => {
  // Longchuan has room for 10,000 village codes at most, so the big table uses the province as its region.
  function bigCsv(n: number): string {
    const rows = ['code,townshipCode,households'];
    for (let i = 0; i < n; i++) {
      const township = `5301${String(100 + Math.floor(i / 1000)).padStart(5, '0')}`;
      rows.push(`${township}${String(i % 1000).padStart(3, '0')},${township},${i % 500}`);
    }
    return `${rows.join('\r\n')}\r\n`;
  }

  it('is silent when stderr is not a terminal (a log, a pipe, CI), however large the input', async () => {
    const { engine, calls } = fakeEngine();
    const r = await runCli(['evaluate', '-', '--as-of', '2024-12-31', '--region', '53', '--format', 'json'], { stdin: bigCsv(PROGRESS_THRESHOLD + 1), engine });
    expect(r.code).toBe(0);
    expect(calls[0]!.input.units).toHaveLength(PROGRESS_THRESHOLD + 1);
    expect(r.stderr).toBe('');
  });

  it('rewrites one line when stderr is a terminal, and ends it with a newline', async () => {
    const r = await runCli(['evaluate', '-', '--as-of', '2024-12-31', '--region', '53', '--format', 'json'], {
      stdin: bigCsv(PROGRESS_THRESHOLD + 1),
      engine: fakeEngine().engine,
      isTTY: { stdout: false, stderr: true },
    });
    expect(r.stderr.startsWith('\r[进度 progress]')).toBe(true);
    expect(r.stderr.split('\n')).toHaveLength(2);
    const frames = r.stderr.split('\r').map((f) => f.trimEnd());
    expect(frames).toContain('[进度 progress] 解析 CSV parsing CSV: 10,001 个单位 units');
    expect(frames).toContain('[进度 progress] 校验数据 validating: 10,001 个单位 units');
    expect(frames).toContain('[进度 progress] 评估 evaluating: 10,001 个单位 units');
    expect(r.stderr).toMatch(/\r\[进度 progress\] 完成 done *\n$/);
    expect(r.stderr).not.toContain(ESC); // no escape codes: \r and padding only
  });

  it('is silent at 10,000 units or fewer', async () => {
    const r = await runCli(['evaluate', '-', '--as-of', '2024-12-31', '--region', '53', '--format', 'json'], { stdin: bigCsv(PROGRESS_THRESHOLD), engine: fakeEngine().engine });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});

/**
 * src/cli/run.ts under mutation testing: the short flags, `help TOPIC`, `--` before `--help`, the problems the
 * library reports by throwing (SnapshotError, PlanInputError: shown as input problems, malformed ones as internal
 * errors), the count line, and the exact lines of usage, output, "not available" and internal errors.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotAvailableError } from '../../src/cli/commands/evaluate';
import { fakeEngine, runCli, tempDir } from './_io';

/** `evaluate --sample` with an engine whose evaluate throws `thrown`. */
function evaluateThrowing(thrown: unknown, env: Record<string, string> = {}) {
  const { engine } = fakeEngine([], {
    evaluate() {
      throw thrown;
    },
  });
  return runCli(['evaluate', '--sample'], { engine, env });
}

const issue = (path: (string | number)[], en: string, code = 'negative') => ({ code, path, messageZh: `中:${en}`, messageEn: en });

describe('flags and help', () => {
  it('-v prints the version, -h the help, both on standard output', async () => {
    const v = await runCli(['-v']);
    expect([v.code, v.stderr]).toEqual([0, '']);
    expect(v.stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
    for (const flag of ['-V', '--version']) expect(await runCli([flag])).toEqual(v);
    const h = await runCli(['-h']);
    expect([h.code, h.stderr]).toEqual([0, '']);
    expect(h.stdout).toBe((await runCli(['--help'])).stdout);
  });

  it('help alone is the general help; help COMMAND that command’s; help of an unknown command is a usage error', async () => {
    const general = await runCli(['help']);
    expect(general.code).toBe(0);
    expect(general.stdout).toBe((await runCli(['--help'])).stdout);
    const evaluate = await runCli(['help', 'evaluate']);
    expect(evaluate.code).toBe(0);
    expect(evaluate.stdout).toBe((await runCli(['evaluate', '--help'])).stdout);
    expect(evaluate.stdout).not.toBe(general.stdout);
    const unknown = await runCli(['help', 'nope\u001b[2J']);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe('✖ 未知的命令"nope\\u001b[2J"\n  unknown command "nope\\u001b[2J"\n见 see: longchuan-community-plan --help\n');
  });

  it('--help after -- is an argument, not a request for help', async () => {
    const r = await runCli(['template', '--', '--help']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--help');
    expect(r.stderr).toContain('见 see: longchuan-community-plan template --help');
  });
});

describe('problems the library reports by throwing', () => {
  it('a SnapshotError lists its issues located by path, counts them all, and drops its own more_issues entry', async () => {
    const r = await evaluateThrowing({
      name: 'SnapshotError',
      message: 'invalid snapshot',
      issueCount: 1500,
      issues: [
        issue(['units', 3, 'households'], 'must not be negative'),
        issue([0, 'code'], 'is not a code', 7 as unknown as string),
        issue([], 'the whole input'),
        { code: 'bad', path: ['units'], messageZh: '缺英文' },
        { code: 'bad', path: 'units', messageZh: '路径', messageEn: 'path not a list' },
        { code: 'bad', path: ['units'], messageEn: 'no zh' },
        issue([], 'and more not listed', 'more_issues'),
      ],
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      [
        '输入数据有 1500 处问题 / the input has 1500 problem(s):',
        '✖ units[3].households：中:must not be negative',
        '    units[3].households: must not be negative',
        '✖ [0].code：中:is not a code',
        '    [0].code: is not a code',
        '✖ 中:the whole input',
        '    the whole input',
        '… 另有 1497 处问题未列出（只列出前 3 处） / 1497 more problem(s) not listed (only the first 3 are shown)',
        '',
      ].join('\n'),
    );
  });

  it('a SnapshotError without a count counts what it lists', async () => {
    const r = await evaluateThrowing({ name: 'SnapshotError', issues: [issue(['asOf'], 'is not a date')] });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('输入数据有 1 处问题 / the input has 1 problem(s):\n✖ asOf：中:is not a date\n    asOf: is not a date\n');
  });

  it('a PlanInputError is one problem, and no count line follows it', async () => {
    const r = await evaluateThrowing({ name: 'PlanInputError', code: 'duplicate_code', path: ['units', 0, 'code'], messageZh: '编码重复', messageEn: 'duplicate code' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('输入数据有 1 处问题 / the input has 1 problem(s):\n✖ 评估选项 units[0].code：编码重复\n    evaluation option units[0].code: duplicate code\n');
  });

  it('anything malformed is an internal error, never a crash of the CLI', async () => {
    for (const thrown of [
      null,
      'plain text',
      { name: 'SnapshotError', message: 'no issues' },
      { name: 'SnapshotError', message: 'none usable', issues: [{ code: 'x', path: ['a'], messageZh: '只有中文' }] },
      { name: 'PlanInputError', message: 'no path', code: 'x', messageZh: '中', messageEn: 'en' },
      { name: 'PlanInputError', message: 'no en', code: 'x', path: [], messageZh: '中' },
      { name: 'PlanInputError', message: 'no zh', code: 'x', path: [], messageEn: 'en' },
      { name: 'OtherError', message: 'other', code: 'x', path: [], messageZh: '中', messageEn: 'en', issues: [issue([], 'x')] },
    ]) {
      const r = await evaluateThrowing(thrown);
      expect(r.code, JSON.stringify(thrown)).toBe(3);
      expect(r.stderr, JSON.stringify(thrown)).toMatch(/^✖ 内部错误 \/ internal error: /);
    }
  });
});

describe('error lines', () => {
  it('an internal error shows its first line only, and the hint unless LONGCHUAN_CLI_DEBUG is set to something other than empty or 0', async () => {
    const hint = '设置 LONGCHUAN_CLI_DEBUG=1 可显示详情 / set LONGCHUAN_CLI_DEBUG=1 for details\n';
    for (const env of [{}, { LONGCHUAN_CLI_DEBUG: '' }, { LONGCHUAN_CLI_DEBUG: '0' }]) {
      const r = await evaluateThrowing(new Error('kaput\nsecond line'), env);
      expect(r.code).toBe(3);
      expect(r.stderr).toBe(`✖ 内部错误 / internal error: kaput\n${hint}`);
    }
    const debug = await evaluateThrowing(new Error('kaput\nsecond line'), { LONGCHUAN_CLI_DEBUG: '1' });
    expect(debug.stderr.startsWith('✖ 内部错误 / internal error: kaput\nError: kaput\nsecond line\n    at ')).toBe(true);
    expect(debug.stderr).not.toContain(hint);
  });

  it('a feature missing from the build is said so (exit 3)', async () => {
    const r = await evaluateThrowing(new NotAvailableError('evaluate'));
    expect(r).toEqual({ code: 3, stdout: '', stderr: '✖ 此版本尚未提供该功能 / evaluate is not available in this build\n' });
  });

  it('an output that cannot be written is one marked line in each language (exit 4)', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    const { engine } = fakeEngine();
    const r = await runCli(['evaluate', '--sample', '--out', 'sub'], { engine, cwd: dir });
    expect(r.code).toBe(4);
    expect(r.stderr).toBe('✖ 无法写入 --out sub：这是一个目录，不是文件\n  cannot write --out sub: is a directory, not a file\n');
  });
});

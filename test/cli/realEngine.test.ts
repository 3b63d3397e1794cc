// The CLI with the library's own evaluate() and renderReport(): no stand-in engine.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './_io';

const CSV = [
  '村级代码,所属乡镇代码,名称,户数,有无综合服务设施,设施建筑面积（平方米）,居民活动区域面积（平方米）',
  '533124101001,533124101,老街子社区,1520,是,650.5,400',
  '533124101201,533124101,章凤村,830,否,,',
].join('\r\n');
// 专栏3 item 14 asks for at least 20 demonstration villages by 2025: 5 fails once the date has come.
const FAILING = { asOf: '2025-12-31', county: { ethnicUnityDemonstrationUnits: 5 }, units: [] };
const PASSING = { asOf: '2025-12-31', county: { ethnicUnityDemonstrationUnits: 20 }, units: [] };

describe('with the library’s evaluate and renderReport', () => {
  it('evaluate --sample prints the sample’s report, labelled as illustrative on stderr (the README’s first command)', async () => {
    const r = await runCli(['evaluate', '--sample']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('注意 note: 示例数据，仅作演示，不是官方统计数据 / Illustrative sample data, not official statistics\n');
    expect(r.stdout).toContain('陇川县');
    expect(r.stdout).toContain('数据日期：2024-06-30');
    const en = await runCli(['evaluate', '--sample', '--locale', 'en', '--format', 'markdown']);
    expect(en.stdout).toMatch(/^# /m);
    const dir = tempDir();
    const html = await runCli(['evaluate', '--sample', '--format', 'html', '--out', 'sample.html'], { cwd: dir });
    expect(html.code).toBe(0);
    expect(readFileSync(join(dir, 'sample.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it('check --sample exits 1: the sample is built to show failing rules', async () => {
    const r = await runCli(['check', '--sample', '--format', 'json']);
    expect(r.code).toBe(1);
    const failing = JSON.parse(r.stdout) as { status: string; clause: string }[];
    expect(failing.length).toBeGreaterThan(0);
    expect(failing.every((f) => f.status === 'fail')).toBe(true);
  });

  it('evaluate: a CSV table becomes the text report', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'units.csv'), `\uFEFF${CSV}\r\n`);
    const r = await runCli(['evaluate', 'units.csv', '--as-of', '2024-12-31', '--urban-resident-population', '70000'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('陇川县');
    expect(r.stdout).toContain('农村社区综合服务设施覆盖率');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('evaluate --format json is the evaluation, byte-identical on a second run; markdown and html render', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'units.csv'), CSV);
    const args = ['evaluate', 'units.csv', '--as-of', '2024-12-31', '--format', 'json'];
    const a = await runCli(args, { cwd: dir });
    const b = await runCli(args, { cwd: dir });
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const e = JSON.parse(a.stdout) as { schemaVersion: number; asOf: string; input: { units: number; rejected: unknown[] } };
    expect(e.schemaVersion).toBe(1);
    expect(e.asOf).toBe('2024-12-31');
    expect(e.input.units).toBe(2);
    expect(e.input.rejected).toEqual([]);
    const md = await runCli(['evaluate', 'units.csv', '--as-of', '2024-12-31', '--format', 'markdown', '--locale', 'en'], { cwd: dir });
    expect(md.stdout).toMatch(/^#/m);
    const html = await runCli(['evaluate', 'units.csv', '--as-of', '2024-12-31', '--format', 'html', '--out', 'r.html'], { cwd: dir });
    expect(html.code).toBe(0);
  });

  it('check: exit 1 with the failing rule, its clause, actual and expected; exit 0 when it passes', async () => {
    const fail = await runCli(['check', '-'], { stdin: JSON.stringify(FAILING) });
    expect(fail.code).toBe(1);
    expect(fail.stdout).toContain('p3-14-demonstration-villages [P3.14] 533124 陇川县');
    expect(fail.stdout).toContain('实际: 5');
    const en = await runCli(['check', '-', '--locale', 'en', '--format', 'json'], { stdin: JSON.stringify(FAILING) });
    expect(JSON.parse(en.stdout)).toEqual([expect.objectContaining({ ruleId: 'p3-14-demonstration-villages', clause: 'P3.14', status: 'fail', actual: '5' })]);
    const pass = await runCli(['check', '-'], { stdin: JSON.stringify(PASSING) });
    expect(pass.code).toBe(0);
  });

  it('check lists failing units even when --options-json asks for detail "summary" (which does not list unit-level results)', async () => {
    // Task 10: every community has at least one grid member (网格员); none fails t10-grid-members, a unit-level rule.
    const snap = { asOf: '2025-12-31', units: [{ code: '533124101001', townshipCode: '533124101', gridMembers: 0 }] };
    const dir = tempDir();
    writeFileSync(join(dir, 'o.json'), JSON.stringify({ detail: 'summary' }));
    const full = await runCli(['check', '-', '--format', 'json'], { stdin: JSON.stringify(snap) });
    const summary = await runCli(['check', '-', '--format', 'json', '--options-json', 'o.json'], { stdin: JSON.stringify(snap), cwd: dir });
    expect(full.code).toBe(1);
    expect(JSON.parse(full.stdout)).toContainEqual(expect.objectContaining({ ruleId: 't10-grid-members', subject: '533124101001', status: 'fail' }));
    expect([summary.code, summary.stdout]).toEqual([full.code, full.stdout]);
  });

  it('an invalid evaluation option exits 2, pointed at the --options-json file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'opts.json'), JSON.stringify({ rounding: 'nope' }));
    const r = await runCli(['check', '-', '--options-json', 'opts.json'], { stdin: JSON.stringify(PASSING), cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('rounding in --options-json opts.json:');
    expect(r.stderr).toContain('--options-json opts.json 的 rounding：');
  });

  it('schema --output prints the evaluation’s JSON Schema', async () => {
    const r = await runCli(['schema', '--output']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { $schema: string; required: string[] };
    expect(schema.$schema).toContain('2020-12');
    expect(schema.required).toEqual(expect.arrayContaining(['rules', 'indicators']));
  });
});

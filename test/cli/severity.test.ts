// `check` with the library's own engine: binding failures fail it; advisories (提示) and incomplete coverage fail it
// only with --strict. 章凤村 (533124101201): [T3] 一般不少于每天8小时 (soft) open 7 h Mon–Fri (five-day reading: no day
// reaches 8 h, the fifth-longest is Fri, 8 − 7 = 1 more hour a day); [T10] 可设1名民族宗教干事
// (informational) with heavy work and no officer; [P3.12] 一村（社区）一法律顾问 (binding) with 0 or 1 adviser.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './_io';
import { severitySnapshot as snapshot } from '../_fixtures';

const THREE = ['--rules', 't3-opening-hours,t10-ethnic-religious-officer,p3-12-legal-adviser'];

/** A directory with `a.json` (advisories only: 1 legal adviser) and `b.json` (also the binding failure: none). */
function files(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'a.json'), JSON.stringify(snapshot(1)));
  writeFileSync(join(dir, 'b.json'), JSON.stringify(snapshot(0)));
  return dir;
}

describe('check: binding force', () => {
  it('advisories only: exit 0, listed with ⚠ after “no binding requirement fails”; --strict: exit 1', async () => {
    const dir = files();
    const r = await runCli(['check', 'a.json', '--scope', 'units', ...THREE, '--locale', 'en'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(
      [
        '✔ no binding requirement fails',
        '⚠ 2 advisory result(s) (soft or informational wording such as 力争, 原则上, 一般, 可; not failures):',
        '⚠ t3-opening-hours [T3] 533124101201 章凤镇 章凤村 (soft)',
        // Each message leads with the subject's township and name, then its code.
        '    [T3] 章凤镇章凤村 (533124101201): no day a week open at least 8 hours, 5 required; the fifth-longest day (Fri) is open 7 h, less than 8 hours a day, 1 more hour a day needed (as a rule at least 8)',
        '    actual: 7h  expected: ≥8h',
        '⚠ t10-ethnic-religious-officer [T10] 533124101201 章凤镇 章凤村 (informational)',
        '    [T10] 章凤镇章凤村 (533124101201): heavy ethnic and religious work and no officer, 1 more person needed (one may be appointed; informational)',
        '    actual: 0  expected: ≥1',
        '3 rules: 1 pass, 0 fail, 2 advisory, 0 pending, 0 missing data, 0 not applicable',
        '',
      ].join('\n'),
    );
    expect((await runCli(['check', 'a.json', '--scope', 'units', ...THREE, '--strict'], { cwd: dir })).code).toBe(1);
  });

  it('a binding failure: exit 1 with or without --strict; JSON lists it alone, with --strict the advisories too', async () => {
    const dir = files();
    const r = await runCli(['check', 'b.json', '--scope', 'units', ...THREE], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '✖ 1 条规则结果未达标（刚性要求）：',
      '✖ p3-12-legal-adviser [P3.12] 533124101201 章凤镇 章凤村',
      '    [P3.12] 章凤镇章凤村（533124101201）：法律顾问0名，少于1名，还差1人',
      '    实际: 0  要求: ≥1',
    ]);
    expect(lines[4]).toBe('⚠ 2 条提示（力争、原则上、一般、可等非刚性要求，不计为未达标）：');
    expect(lines.at(-2)).toBe('共 3 条：达标 0，未达标 1，提示 2，未到期 0，缺数据 0，不适用 0');
    const json = await runCli(['check', 'b.json', '--scope', 'units', ...THREE, '--format', 'json'], { cwd: dir });
    expect(JSON.parse(json.stdout).map((x: { ruleId: string; severity: string }) => [x.ruleId, x.severity])).toEqual([['p3-12-legal-adviser', 'binding']]);
    const strict = await runCli(['check', 'b.json', '--scope', 'units', ...THREE, '--format', 'json', '--strict'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout).map((x: { ruleId: string }) => x.ruleId)).toEqual(['t3-opening-hours', 'p3-12-legal-adviser', 't10-ethnic-religious-officer']);
  });
});

describe('check: coverage', () => {
  it('one unit as the county (76 of 77 absent), no failing rule: exit 0; --strict exit 1; --scope units --strict exit 0', async () => {
    const dir = files();
    // Only the legal-adviser rule, which the unit passes: nothing fails but the coverage.
    const args = ['check', 'a.json', '--rules', 'p3-12-legal-adviser'];
    const plain = await runCli(args, { cwd: dir });
    expect([plain.code, plain.stdout.split('\n')[0]]).toEqual([0, '✔ 没有未达标的刚性要求']);
    expect((await runCli([...args, '--strict'], { cwd: dir })).code).toBe(1);
    expect((await runCli([...args, '--strict', '--scope', 'units'], { cwd: dir })).code).toBe(0);
  });

  it('an unregistered code: rejected (a problem: exit 1 with --strict only); admitted with --allow-unregistered-units', async () => {
    const dir = tempDir();
    const units = [
      { code: '533124101201', townshipCode: '533124101', legalAdvisers: 1 },
      { code: '533124101299', townshipCode: '533124101', legalAdvisers: 1 },
    ];
    writeFileSync(join(dir, 'u.json'), JSON.stringify({ asOf: '2025-12-31', units }));
    const args = ['check', 'u.json', '--rules', 'p3-12-legal-adviser', '--scope', 'units'];
    expect((await runCli(args, { cwd: dir })).code).toBe(0);
    expect((await runCli([...args, '--strict'], { cwd: dir })).code).toBe(1);
    const admitted = await runCli([...args, '--strict', '--allow-unregistered-units', '--locale', 'en'], { cwd: dir });
    expect(admitted.code).toBe(0);
    expect(admitted.stdout).toContain('2 rules: 2 pass');
  });
});

// `evaluate FILE… --series` with the library's own engine: one file per year, the final-assessment report.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../cli/_io';

const CSV = (facilities: number) =>
  [
    '村级代码,所属乡镇代码,名称,有无综合服务设施',
    ...['533124101201', '533124101202', '533124101203', '533124101204'].map((c, i) => `${c},533124101,,${i < facilities ? '是' : '否'}`),
  ].join('\r\n');
const json = (asOf: string, facilities: number) =>
  JSON.stringify({ asOf, units: ['533124101201', '533124101202', '533124101203', '533124101204'].map((code, i) => ({ code, townshipCode: '533124101', hasServiceFacility: i < facilities })) });

function files(entries: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(entries)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('evaluate --series', () => {
  it('JSON files of three years, in any order: the final-assessment report, each year beside the line', async () => {
    const dir = files({ '2021.json': json('2021-12-31', 2), '2022.json': json('2022-12-31', 3), '2025.json': json('2025-12-31', 4) });
    const r = await runCli(['evaluate', '2025.json', '2021.json', '2022.json', '--series', '--scope', 'units', '--format', 'markdown'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('## '))).toEqual(['## 一、总体情况', '## 二、主要指标完成情况', '## 三、重点任务完成情况', '## 四、存在的问题', '## 五、数据说明']);
    // 2 of 4, 3 of 4, 4 of 4 villages.
    expect(r.stdout).toContain('| P1.1 | 农村社区综合服务设施覆盖率 | % | 60 | 无填报 | 50.0 | 75.0 | 无填报 | 无填报 | 100.0 | 80 | **达标** | 0个村 |');
  });

  it('CSV tables take their dates from --as-of, one per file; JSON output is the series', async () => {
    const dir = files({ '2021.csv': CSV(2), '2022.csv': CSV(3) });
    const r = await runCli(['evaluate', '2021.csv', '2022.csv', '--series', '--as-of', '2021-12-31,2022-12-31', '--scope', 'units', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as { kind: string; years: number[]; indicators: { changes: { change: string | null }[] }[] };
    expect([s.kind, s.years, s.indicators[0]!.changes[0]!.change]).toEqual(['series', [2021, 2022], '25']);
  });

  it('HTML to a file', async () => {
    const dir = files({ '2021.json': json('2021-12-31', 2), '2025.json': json('2025-12-31', 4) });
    const r = await runCli(['evaluate', '2021.json', '2025.json', '--series', '--scope', 'units', '--format', 'html', '--out', 'final.html', '--locale', 'en'], { cwd: dir });
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'final.html'), 'utf8');
    expect(html).toContain('<h2 id="overview-h">1. Overview</h2>');
    expect(html.split('<svg ').length - 1).toBe(7);
  });

  it('two files of one year: both named, exit 2', async () => {
    const dir = files({ 'a.json': json('2023-06-30', 2), 'b.json': json('2023-12-31', 3) });
    const r = await runCli(['evaluate', 'a.json', 'b.json', '--series'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a.json 与 b.json 同为2023年的填报数据');
    expect(r.stderr).toContain('a.json and b.json are both for 2023');
  });

  it('usage errors: --as-of not one per file, --sample, standard input, several files without --series', async () => {
    const dir = files({ '2021.csv': CSV(2), '2022.csv': CSV(3), '2021.json': json('2021-12-31', 2) });
    const dates = await runCli(['evaluate', '2021.csv', '2022.csv', '--series', '--as-of', '2021-12-31'], { cwd: dir });
    expect(dates.code).toBe(2);
    expect(dates.stderr).toContain('with --series, --as-of takes 2 comma-separated dates, one per file; got 1');
    expect((await runCli(['evaluate', '--sample', '--series'])).stderr).toContain('--series takes one file per year: not with --sample');
    const both = await runCli(['evaluate', '2021.json', '--series', '--stream'], { cwd: dir });
    expect([both.code, both.stdout]).toEqual([2, '']);
    expect(both.stderr).toContain('--series and --stream cannot be used together');
    expect((await runCli(['evaluate', '-', '--series'], { stdin: json('2021-12-31', 1) })).stderr).toContain('--series cannot read standard input (-)');
    const two = await runCli(['evaluate', '2021.json', '2021.csv'], { cwd: dir });
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('unexpected argument(s): 2021.csv');
  });

  it('a CSV without its date names the option', async () => {
    const dir = files({ '2021.csv': CSV(2) });
    const r = await runCli(['evaluate', '2021.csv', '--series'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--as-of');
  });
});

/**
 * `evaluate FILE --stream --out FILE` on worker threads (`--threads`, src/cli/parallelStream.ts): the output file and
 * the problems listed must be byte for byte those of the one-thread run, whatever the file holds (bad JSON, invalid
 * units, unregistered codes, codes listed twice, including the case the workers cannot follow); and the stream
 * command's options are read as the one-pass command reads them, with problems located where the user put them.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_SNAPSHOT } from '../../src/sample/sampleSnapshot';
import { runCli, tempDir } from './_io';

type Raw = Record<string, unknown>;
const { units: SAMPLE_UNITS, ...SAMPLE_HEADER } = SAMPLE_SNAPSHOT as unknown as { units: Raw[] } & Raw;
const ndjson = (lines: readonly unknown[]) => lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n';

/** The same file evaluated on one thread and on `threads`: output bytes, exit code and messages. */
async function both(lines: readonly unknown[], threads: number, extra: string[] = []) {
  const dir = tempDir();
  writeFileSync(join(dir, 'in.ndjson'), ndjson(lines));
  const one = await runCli(['evaluate', 'in.ndjson', '--stream', '--threads', '1', '--out', 'one.ndjson', ...extra], { cwd: dir });
  const many = await runCli(['evaluate', 'in.ndjson', '--stream', '--threads', String(threads), '--out', 'many.ndjson', ...extra], { cwd: dir });
  return {
    one: { ...one, out: readFileSync(join(dir, 'one.ndjson'), 'utf8') },
    many: { ...many, out: readFileSync(join(dir, 'many.ndjson'), 'utf8'), stderr: many.stderr.replace('many.ndjson', 'one.ndjson').replace(`，工作线程 ${threads} 个`, '').replace(`, on ${threads} worker threads`, '') },
    notice: many.stderr,
  };
}

describe('evaluate --stream --threads N', () => {
  it('600 units of a province in batches over 3 threads: the one-thread output, byte for byte', async () => {
    // More units than one batch (256), so that every worker judges some, and a worker more than one batch.
    const province = Array.from({ length: 600 }, (_, k) => ({
      code: `5301020${String(k).padStart(5, '0')}`,
      townshipCode: `5301020${String(k).padStart(5, '0')}`.slice(0, 9),
      households: 100 + k,
      residentPopulation: 300 + 2 * k,
      hasServiceFacility: k % 3 !== 0,
      hasDayCareCoverage: k % 5 === 0 ? undefined : k % 2 === 0,
      gridMembers: k % 4,
    }));
    const { one, many, notice } = await both([{ asOf: '2025-12-31', regionCode: '53' }, ...province], 3);
    expect(one.code).toBe(0);
    expect(many.code).toBe(0);
    expect(many.out).toBe(one.out);
    expect(many.stderr).toBe(one.stderr);
    expect(one.out.trimEnd().split('\n')).toHaveLength(601);
    expect(notice).toBe('已写入 written: many.ndjson（评估 600 个单位，未采用 0 个，工作线程 3 个 / 600 unit(s) evaluated, 0 left out, on 3 worker threads)\n');
  });

  it('bad JSON, invalid units, unregistered codes and a code listed twice: the same output and the same problems', async () => {
    const units = SAMPLE_UNITS.slice(0, 20);
    const lines = [SAMPLE_HEADER, ...units.slice(0, 5), '{"code": "533124101202", oops', { ...units[5], households: -1 }, { code: '533124101999', townshipCode: '533124101' }, ...units.slice(6), units[2]];
    const { one, many } = await both(lines, 2);
    expect(one.code).toBe(2);
    expect(many.code).toBe(2);
    expect(many.out).toBe(one.out);
    expect(many.stderr).toBe(one.stderr);
    // The duplicate's first copy named by its line (line 4: the header is line 1), not by its position in the list.
    expect(one.stderr).toContain(`村级代码 ${String(units[2]?.['code'])} 重复（第4行已出现），两条均不采用`);
    expect(one.stderr).toContain(`unit code ${String(units[2]?.['code'])} is listed twice (first at line 4); neither copy is used`);
  });

  it('a first copy rejected for its own problems and a later valid copy (the case the workers cannot follow): read again, the same output', async () => {
    const a = SAMPLE_UNITS[3] as Raw;
    const lines = [SAMPLE_HEADER, { ...a, townshipCode: '533124199' }, ...SAMPLE_UNITS.slice(4, 40), a];
    const { one, many } = await both(lines, 2);
    expect(many.out).toBe(one.out);
    expect(many.stderr).toBe(one.stderr);
    expect(one.stderr).toContain('（第2行已出现）');
  });

  it('options reach the workers as they reach one thread: --levels, --rules, --scope, and detail summary from --options-json', async () => {
    const units = SAMPLE_UNITS.slice(0, 30);
    const dir = tempDir();
    writeFileSync(join(dir, 'summary.json'), JSON.stringify({ detail: 'summary' }));
    for (const extra of [
      ['--levels', 'county,unit', '--rules', 'p1-5-facility-activity-share,p3-2-day-care-coverage'],
      ['--scope', '533124101', '--allow-unregistered-units'],
      ['--options-json', join(dir, 'summary.json')],
    ]) {
      const { one, many } = await both([SAMPLE_HEADER, ...units], 2, extra);
      expect(many.code).toBe(one.code);
      expect(many.out).toBe(one.out);
      expect(many.stderr).toBe(one.stderr);
    }
  });

  it('--threads takes a whole number from 1 to 64, with --stream only', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'in.ndjson'), ndjson([SAMPLE_HEADER, SAMPLE_UNITS[0]]));
    for (const bad of ['0', '65', 'two', '1.5', ' ']) {
      const r = await runCli(['evaluate', 'in.ndjson', '--stream', '--threads', bad, '--out', 'o.ndjson'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--threads 应为 1 到 64 的整数');
      expect(r.stderr).toContain('--threads must be a whole number from 1 to 64');
    }
    const r = await runCli(['evaluate', 'in.ndjson', '--threads', '2'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--threads goes with --stream only');
    expect(existsSync(join(dir, 'o.ndjson'))).toBe(false);
  });
});

describe('evaluate --stream reads its options as evaluate does', () => {
  const units = SAMPLE_UNITS.slice(0, 3);
  const { county: _, ...headerWithoutCounty } = SAMPLE_HEADER;

  it('a county figure from --county-json is located in that file, one from an option at the option', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'u.ndjson'), ndjson([headerWithoutCounty, ...units]));
    writeFileSync(join(dir, 'county.json'), JSON.stringify({ residentPopulation: -5 }));
    const a = await runCli(['evaluate', 'u.ndjson', '--stream', '--county-json', 'county.json', '--scope', 'units', '--out', 'o.ndjson'], { cwd: dir });
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('✖ county.json（--county-json）的 residentPopulation：');
    expect(a.stderr).toContain('residentPopulation in county.json (--county-json): ');
    const b = await runCli(['evaluate', 'u.ndjson', '--stream', '--resident-population', 'abc', '--scope', 'units', '--out', 'o2.ndjson'], { cwd: dir });
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('✖ 选项 --resident-population：');
    expect(b.stderr).toContain('option --resident-population: ');
  });

  it('a county option written with thousands separators is refused before anything is written', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'u.ndjson'), ndjson([headerWithoutCounty, ...units]));
    const r = await runCli(['evaluate', 'u.ndjson', '--stream', '--resident-population', '152,311', '--out', 'o.ndjson'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('选项 --resident-population');
    expect(r.stderr).toContain('thousands separators are not accepted, got "152,311"; write 152311');
    expect(existsSync(join(dir, 'o.ndjson'))).toBe(false);
  });

  it('a bad date: --as-of is refused as an option; a header line’s asOf is located at asOf; nothing written', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'u.ndjson'), ndjson([{ ...SAMPLE_HEADER, asOf: '2024-02-30' }, ...units]));
    const a = await runCli(['evaluate', 'u.ndjson', '--stream', '--as-of', '2024-02-31', '--out', 'o.ndjson'], { cwd: dir });
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('--as-of 应为真实存在的日期 YYYY-MM-DD，实际为"2024-02-31"');
    const b = await runCli(['evaluate', 'u.ndjson', '--stream', '--out', 'o.ndjson'], { cwd: dir });
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('✖ asOf：');
    expect(existsSync(join(dir, 'o.ndjson'))).toBe(false);
  });

  it('a code listed twice in a CSV table is named by the spreadsheet row of its first copy', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 't.csv'), ['code,townshipCode,households', '533124101001,533124101,100', '533124101002,533124101,100', '533124101001,533124101,200', ''].join('\r\n'));
    const r = await runCli(['evaluate', 't.csv', '--stream', '--as-of', '2024-12-31', '--out', 'o.ndjson'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('村级代码 533124101001 重复（第2行已出现），两条均不采用');
    expect(r.stderr).toContain('unit code 533124101001 is listed twice (first at row 2); neither copy is used');
  });
});

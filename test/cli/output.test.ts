/**
 * `--out` never loses data: an output path that is one of the inputs is refused (links resolved), a report is written
 * whole or not at all, and a write failure is reported as what it is (exit 4), not as invalid input.
 */
import { mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './_io';

const CSV = 'code,townshipCode,hasServiceFacility\n533124101201,533124101,是\n';

function dir(): string {
  return mkdtempSync(join(tmpdir(), 'lcp-out-'));
}

describe('evaluate and check --out', () => {
  it('refuses to overwrite the input file itself (exit 4), and leaves it unchanged', async () => {
    const d = dir();
    writeFileSync(join(d, 'units.csv'), CSV);
    const r = await runCli(['evaluate', 'units.csv', '--as-of', '2025-12-31', '--out', 'units.csv'], { cwd: d });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('--out units.csv 是输入文件之一（units.csv），拒绝覆盖');
    expect(r.stderr).toContain('refusing to overwrite it');
    expect(readFileSync(join(d, 'units.csv'), 'utf8')).toBe(CSV);
  });

  it('refuses a link to the input, and an input given as the options file', async () => {
    const d = dir();
    writeFileSync(join(d, 'units.csv'), CSV);
    symlinkSync(join(d, 'units.csv'), join(d, 'link.csv'));
    const viaLink = await runCli(['evaluate', 'units.csv', '--as-of', '2025-12-31', '--out', 'link.csv'], { cwd: d });
    expect(viaLink.code).toBe(4);
    expect(readFileSync(join(d, 'units.csv'), 'utf8')).toBe(CSV);
    writeFileSync(join(d, 'options.json'), '{}');
    const viaOptions = await runCli(['check', 'units.csv', '--as-of', '2025-12-31', '--options-json', 'options.json', '--out', './options.json'], { cwd: d });
    expect(viaOptions.code).toBe(4);
    expect(readFileSync(join(d, 'options.json'), 'utf8')).toBe('{}');
  });

  it('writes the report whole and leaves no temporary file', async () => {
    const d = dir();
    writeFileSync(join(d, 'units.csv'), CSV);
    const r = await runCli(['evaluate', 'units.csv', '--as-of', '2025-12-31', '--format', 'markdown', '--out', 'report.md'], { cwd: d });
    expect(r.code).toBe(0);
    expect(readFileSync(join(d, 'report.md'), 'utf8')).toMatch(/^# /);
    expect(readdirSync(d).sort()).toEqual(['report.md', 'units.csv']);
  });

  it('a folder that does not exist is a write failure (exit 4), not invalid input', async () => {
    const d = dir();
    writeFileSync(join(d, 'units.csv'), CSV);
    const r = await runCli(['evaluate', 'units.csv', '--as-of', '2025-12-31', '--out', 'missing/report.txt'], { cwd: d });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('无法写入 --out missing/report.txt');
  });

  it('an unwritable folder leaves an existing report unchanged and no temporary file (when not root)', async () => {
    if (process.getuid?.() === 0) return; // root writes anywhere: the failure cannot be provoked this way
    const d = dir();
    writeFileSync(join(d, 'units.csv'), CSV);
    mkdirSync(join(d, 'ro'));
    writeFileSync(join(d, 'ro', 'report.txt'), 'old');
    chmodSync(join(d, 'ro'), 0o500);
    const r = await runCli(['evaluate', 'units.csv', '--as-of', '2025-12-31', '--out', 'ro/report.txt'], { cwd: d });
    chmodSync(join(d, 'ro'), 0o700);
    expect(r.code).toBe(4);
    expect(readFileSync(join(d, 'ro', 'report.txt'), 'utf8')).toBe('old');
    expect(readdirSync(join(d, 'ro'))).toEqual(['report.txt']);
  });
});

/**
 * Found by an adversarial review (issue 16): `--out` must not overwrite the file standard input is redirected from,
 * and replacing an existing report keeps its permissions (a private 0600 report stays private).
 */
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './_io';

const SNAPSHOT = JSON.stringify({ asOf: '2025-12-31', units: [{ code: '533124101201', townshipCode: '533124101', gridMembers: 1 }] });

describe('--out under review', () => {
  it('[stdin-file] standard input read from s.json: --out s.json is refused (exit 4), the file unchanged', async () => {
    const d = mkdtempSync(join(tmpdir(), 'lcp-review-'));
    writeFileSync(join(d, 's.json'), SNAPSHOT);
    const { dev, ino } = statSync(join(d, 's.json'));
    const r = await runCli(['evaluate', '-', '--out', 's.json'], { cwd: d, stdin: SNAPSHOT, stdinFile: { dev, ino } });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('是从标准输入读入的文件，拒绝覆盖');
    expect(readFileSync(join(d, 's.json'), 'utf8')).toBe(SNAPSHOT);
    // Another file as output is fine.
    expect((await runCli(['evaluate', '-', '--out', 'r.txt'], { cwd: d, stdin: SNAPSHOT, stdinFile: { dev, ino } })).code).toBe(0);
  });

  it('[mode] a 0600 report replaced by --out stays 0600', async () => {
    const d = mkdtempSync(join(tmpdir(), 'lcp-review-'));
    writeFileSync(join(d, 's.json'), SNAPSHOT);
    writeFileSync(join(d, 'private.txt'), 'old');
    chmodSync(join(d, 'private.txt'), 0o600);
    const r = await runCli(['evaluate', 's.json', '--out', 'private.txt'], { cwd: d });
    expect(r.code).toBe(0);
    expect(statSync(join(d, 'private.txt')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(d, 'private.txt'), 'utf8')).not.toBe('old');
  });
});

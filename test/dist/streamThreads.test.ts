// The built command line (dist/cli.js, as `npx longchuan-community-plan` runs it) streaming on worker threads: the
// workers load dist/cli.js itself, so this is the path users take; the unit tests boot the workers from src/ instead.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

describe('dist/cli.js evaluate --stream --threads', () => {
  it('2 workers write the file one thread writes, byte for byte, and say so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lcp-threads-'));
    // 700 units of a province (more than two batches of 256), one of them bad, one code listed twice.
    const units = Array.from({ length: 700 }, (_, k) => {
      const code = `5301020${String(k % 699).padStart(5, '0')}`;
      return JSON.stringify(k === 350 ? { code, townshipCode: code.slice(0, 9), households: -1 } : { code, townshipCode: code.slice(0, 9), households: 50 + k, hasServiceFacility: k % 3 !== 0 });
    });
    writeFileSync(join(dir, 'in.ndjson'), [JSON.stringify({ asOf: '2025-12-31', regionCode: '53' }), ...units].join('\n') + '\n');
    const run = (threads: string, out: string) => {
      try {
        execFileSync(process.execPath, [CLI, 'evaluate', 'in.ndjson', '--stream', '--threads', threads, '--out', out], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
        return { code: 0, stderr: '' };
      } catch (e) {
        const err = e as { status: number; stderr: string };
        return { code: err.status, stderr: err.stderr };
      }
    };
    const one = run('1', 'one.ndjson');
    const two = run('2', 'two.ndjson');
    // Exit 2: the bad unit and both copies of the code listed twice are left out, and listed.
    expect(one.code).toBe(2);
    expect(two.code).toBe(2);
    expect(readFileSync(join(dir, 'two.ndjson'), 'utf8')).toBe(readFileSync(join(dir, 'one.ndjson'), 'utf8'));
    expect(two.stderr.replace('two.ndjson', 'one.ndjson').replace('，工作线程 2 个', '').replace(', on 2 worker threads', '')).toBe(one.stderr);
    expect(two.stderr).toContain('（评估 697 个单位，未采用 3 个，工作线程 2 个 / 697 unit(s) evaluated, 3 left out, on 2 worker threads)');
  });
});

/**
 * src/cli/files.ts under mutation testing: failures the file system rarely gives on a test machine (no permission as
 * root, an error without a code), injected into node:fs/promises.
 */
import { readFile, open } from 'node:fs/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InputError, OutputError } from '../../src/cli/CliError';
import type { CliIO } from '../../src/cli/CliIO';
import { readInputBytes, writeOutput } from '../../src/cli/files';
import { tempDir } from './_io';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, readFile: vi.fn(actual.readFile), open: vi.fn(actual.open) };
});

afterEach(() => {
  vi.mocked(readFile).mockReset();
  vi.mocked(open).mockReset();
});

const io = (cwd: string): CliIO => ({ stdin: [], stdout: { write: () => true }, stderr: { write: () => true }, env: {}, isTTY: { stdout: false, stderr: false }, cwd });
const coded = (code: string) => Object.assign(new Error(`${code}: operation failed`), { code });

async function readIssue(failure: unknown) {
  vi.mocked(readFile).mockRejectedValueOnce(failure);
  try {
    await readInputBytes('units.csv', io(tempDir()));
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as InputError).issues[0]!;
  }
  throw new Error('expected a rejection');
}

describe('why a file cannot be read', () => {
  it('EPERM is "no permission", as EACCES is', async () => {
    for (const code of ['EPERM', 'EACCES']) {
      const issue = await readIssue(coded(code));
      expect(issue.messageZh).toBe('无法读取：没有权限');
      expect(issue.messageEn).toBe('cannot read it: permission denied');
    }
  });

  it('an error without a code is shown by its message', async () => {
    const issue = await readIssue(new Error('disk on fire'));
    expect(issue.messageZh).toBe('无法读取：无法访问（error）');
    expect(issue.messageEn).toBe('cannot read it: cannot access it (disk on fire)');
  });

  it('a thrown value that is not an error is shown as text', async () => {
    const issue = await readIssue('boom');
    expect(issue.messageZh).toBe('无法读取：无法访问（error）');
    expect(issue.messageEn).toBe('cannot read it: cannot access it (boom)');
  });

  it('the reason is escaped and bounded', async () => {
    const issue = await readIssue(new Error(`\u001b[2J${'y'.repeat(400)}`));
    expect(issue.messageEn).toBe(`cannot read it: ${`cannot access it (\\u001b[2J${'y'.repeat(400)})`.slice(0, 300 + 5)}…`);
  });
});

describe('why --out cannot be written', () => {
  it('EPERM is "no permission"', async () => {
    vi.mocked(open).mockRejectedValueOnce(coded('EPERM'));
    const p = writeOutput('report', 'out.md', io(tempDir()));
    await expect(p).rejects.toBeInstanceOf(OutputError);
    await expect(p).rejects.toMatchObject({ messageZh: '无法写入 --out out.md：没有权限', messageEn: 'cannot write --out out.md: permission denied' });
  });
});

/**
 * src/cli/files.ts under mutation testing: reading standard input as bytes, the reasons a file cannot be read or
 * written, writing to standard output piece by piece (waiting for a full stream to drain), and refusing an `--out`
 * that is one of the inputs (links resolved) while allowing every other path.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, OutputError } from '../../src/cli/CliError';
import type { CliIO, CliWritable } from '../../src/cli/CliIO';
import { readInputBytes, writeOutput } from '../../src/cli/files';
import { tempDir } from './_io';

function ioWith(stdout: CliWritable, extra: Partial<CliIO> = {}): CliIO {
  return { stdin: [], stdout, stderr: { write: () => true }, env: {}, isTTY: { stdout: false, stderr: false }, ...extra };
}

/** An output that collects what is written, in pieces. */
function collector(): { stream: CliWritable; pieces: string[] } {
  const pieces: string[] = [];
  return { stream: { write: (s: string) => pieces.push(s) }, pieces };
}

const tick = () => new Promise<void>((r) => setTimeout(r, 0));
/** Whether `p` settles within `ms` (a wait that never ends is a failure, not a hung test). */
async function settles(p: Promise<unknown>, ms = 500): Promise<boolean> {
  return Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('readInputBytes', () => {
  it('keeps byte chunks from standard input as they are and encodes string chunks as UTF-8', async () => {
    const io = ioWith(collector().stream, { stdin: [new Uint8Array([0xe6, 0x88, 0xb7]), 'ab', new Uint8Array([0xff])] });
    const bytes = await readInputBytes('-', io);
    expect([...bytes]).toEqual([0xe6, 0x88, 0xb7, 0x61, 0x62, 0xff]);
  });

  it('names the file and says it is a directory when it is one', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    const e = await rejection(readInputBytes('sub', ioWith(collector().stream, { cwd: dir })));
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).issues).toEqual([
      { code: 'read_failed', whereZh: '文件 sub', whereEn: 'file sub', messageZh: '无法读取：这是一个目录，不是文件', messageEn: 'cannot read it: is a directory, not a file' },
    ]);
  });

  it('gives the system code of any other failure (a name too long), the name cut', async () => {
    const dir = tempDir();
    const name = 'x'.repeat(300);
    const e = (await rejection(readInputBytes(name, ioWith(collector().stream, { cwd: dir })))) as InputError;
    expect(e.issues[0]).toEqual({
      code: 'read_failed',
      whereZh: `文件 ${'x'.repeat(80)}…`,
      whereEn: `file ${'x'.repeat(80)}…`,
      messageZh: '无法读取：无法访问（ENAMETOOLONG）',
      messageEn: 'cannot read it: cannot access it (ENAMETOOLONG)',
    });
  });
});

describe('writeOutput to standard output', () => {
  it('writes a string in one piece', async () => {
    const { stream, pieces } = collector();
    await writeOutput('户数 abc', undefined, ioWith(stream));
    expect(pieces).toEqual(['户数 abc']);
  });

  it('treats --out - as standard output and creates no file named "-"', async () => {
    const dir = tempDir();
    const { stream, pieces } = collector();
    await writeOutput(['a', 'b'], '-', ioWith(stream, { cwd: dir }));
    expect(pieces).toEqual(['a', 'b']);
    expect(existsSync(join(dir, '-'))).toBe(false);
  });

  it('waits for "drain" after a write the stream refuses, before writing the next piece', async () => {
    const pieces: string[] = [];
    const events: string[] = [];
    let drain: (() => void) | undefined;
    const stream = {
      write: (s: string) => (pieces.push(s), false),
      once: (event: string, f: () => void) => {
        events.push(event);
        drain = f;
      },
    };
    const done = writeOutput(['a', 'b'], undefined, ioWith(stream));
    await tick();
    expect(pieces).toEqual(['a']);
    expect(events).toEqual(['drain']);
    drain!();
    await tick();
    expect(pieces).toEqual(['a', 'b']);
    expect(events).toEqual(['drain', 'drain']);
    drain!();
    expect(await settles(done)).toBe(true);
  });

  it('does not wait when the stream accepts every write', async () => {
    let waits = 0;
    const pieces: string[] = [];
    const stream = { write: (s: string) => (pieces.push(s), true), once: () => void waits++ };
    expect(await settles(writeOutput(['a', 'b', 'c'], undefined, ioWith(stream)))).toBe(true);
    expect(pieces).toEqual(['a', 'b', 'c']);
    expect(waits).toBe(0);
  });

  it('writes on without waiting when a refusing stream has no way to report a drain', async () => {
    const pieces: string[] = [];
    const stream = { write: (s: string) => (pieces.push(s), false) };
    expect(await settles(writeOutput(['a', 'b'], undefined, ioWith(stream)))).toBe(true);
    expect(pieces).toEqual(['a', 'b']);
  });
});

describe('writeOutput to --out FILE', () => {
  const io = (dir: string) => ioWith(collector().stream, { cwd: dir });

  it('writes beside an input that is another file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'in.csv'), 'code\n1\n');
    await writeOutput(['# 报告', '\n'], 'out.md', io(dir), ['in.csv']);
    expect(readFileSync(join(dir, 'out.md'), 'utf8')).toBe('# 报告\n');
    expect(readFileSync(join(dir, 'in.csv'), 'utf8')).toBe('code\n1\n');
  });

  it('refuses an output that is a link to an input, leaving the input whole', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'in.csv'), 'code\n1\n');
    symlinkSync(join(dir, 'in.csv'), join(dir, 'link.md'));
    const e = (await rejection(writeOutput('report', 'link.md', io(dir), ['in.csv']))) as OutputError;
    expect(e).toBeInstanceOf(OutputError);
    expect(e.exitCode).toBe(4);
    expect(e.messageEn).toBe('--out link.md is one of the inputs (in.csv); refusing to overwrite it, choose another output file');
    expect(readFileSync(join(dir, 'in.csv'), 'utf8')).toBe('code\n1\n');
  });

  it('writes a file literally named "-" (./-) while the input is standard input', async () => {
    const dir = tempDir();
    await writeOutput('report', './-', io(dir), ['-', undefined]);
    expect(readFileSync(join(dir, '-'), 'utf8')).toBe('report');
  });

  it('is not blocked by an input path that does not exist (anymore) and is not the output', async () => {
    const dir = tempDir();
    await writeOutput('report', 'new.md', io(dir), ['gone.csv']);
    expect(readFileSync(join(dir, 'new.md'), 'utf8')).toBe('report');
  });

  it('reports a missing folder as a write failure, not as the output being an input', async () => {
    const dir = tempDir();
    const e = (await rejection(writeOutput('report', 'nodir/out.md', io(dir), ['nodir2/in.csv']))) as OutputError;
    expect(e).toBeInstanceOf(OutputError);
    expect(e.messageZh).toBe('无法写入 --out nodir/out.md：文件不存在');
    expect(e.messageEn).toBe('cannot write --out nodir/out.md: no such file');
  });

  it('reports an output that is a directory as such, and leaves no temporary file', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'keep.txt'), 'k');
    const e = (await rejection(writeOutput('report', 'sub', io(dir)))) as OutputError;
    expect(e).toBeInstanceOf(OutputError);
    expect(e.messageZh).toBe('无法写入 --out sub：这是一个目录，不是文件');
    expect(e.messageEn).toBe('cannot write --out sub: is a directory, not a file');
    expect(readdirSync(dir).sort()).toEqual(['sub']);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['keep.txt']);
  });
});

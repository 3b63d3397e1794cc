/**
 * Direct tests of src/cli/readTextLines.ts `textLines`: the lines of an input however its chunks fall. The expected
 * lines come from the whole text split at `\n` (one `\r` before it dropped, blank lines counted but not given, a
 * leading byte-order mark removed); the input is then cut into chunks at arbitrary byte positions (inside a line,
 * between `\r` and `\n`, inside a UTF-8 sequence), or given as strings, and must read the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIO } from '../../src/cli/CliIO';
import { readInputBytes } from '../../src/cli/files';
import { MAX_LINE_CHARS, openChunks, textLines } from '../../src/cli/readTextLines';
import { tempDir } from './_io';

type Line = { line: number; text: string };

/** The lines of a whole text, by hand: split, one `\r` dropped, blank ones left out. */
function expectedLines(text: string): Line[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body
    .split('\n')
    .map((t, i) => ({ line: i + 1, text: t.endsWith('\r') ? t.slice(0, -1) : t }))
    .filter((l) => l.text.trim() !== '');
}

async function read(chunks: readonly (Uint8Array | string)[], size?: number): Promise<Line[]> {
  const out: Line[] = [];
  for await (const l of textLines(chunks, size, 'utf-8', 'x')) out.push({ line: l.line, text: l.text });
  return out;
}

/** `bytes` cut at the given positions (sorted, repeats allowed: empty chunks). */
function cut(bytes: Uint8Array, at: readonly number[]): Uint8Array[] {
  const cuts = [...at].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const c of cuts) {
    out.push(bytes.subarray(from, c));
    from = c;
  }
  out.push(bytes.subarray(from));
  return out;
}

const piece = fc.constantFrom('a', '{"k":1}', ' ', '\t', '\r', '\n', '\r\n', '\n\n', '迭撒村', '😀', 'é', '"', '\\');
const text = fc.tuple(fc.boolean(), fc.array(piece, { maxLength: 40 })).map(([bom, ps]) => (bom ? '\ufeff' : '') + ps.join(''));

describe('textLines', () => {
  it('gives the lines of the whole text however its bytes are cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        text.chain((t) => {
          const bytes = new TextEncoder().encode(t);
          return fc.tuple(fc.constant(t), fc.constant(bytes), fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 12 }));
        }),
        async ([t, bytes, at]) => {
          expect(await read(cut(bytes, at), bytes.length)).toEqual(expectedLines(t));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('the same from string chunks (standard input given as text)', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 8 }), async (t, at) => {
        const cuts = [...new Set(at.map((a) => (t.length === 0 ? 0 : a % (t.length + 1))))].sort((a, b) => a - b);
        const chunks: string[] = [];
        let from = 0;
        for (const c of cuts) {
          chunks.push(t.slice(from, c));
          from = c;
        }
        chunks.push(t.slice(from));
        expect(await read(chunks)).toEqual(expectedLines(t));
      }),
      { numRuns: 300 },
    );
  });

  it('a line split over many chunks is one line; the chunk after it goes on with the next line number', async () => {
    const long = 'x'.repeat(5000);
    const chunks = ['{"a":', long.slice(0, 100), long.slice(100), '}\r', '\nsecond\n', '\n', 'third'];
    expect(await read(chunks)).toEqual([
      { line: 1, text: `{"a":${long}}` },
      { line: 2, text: 'second' },
      { line: 4, text: 'third' },
    ]);
  });

  it('a line longer than MAX_LINE_CHARS is refused, whether it arrives whole or in pieces', async () => {
    const big = 'y'.repeat(MAX_LINE_CHARS / 4);
    await expect(read(['ok\n', big, big, big, big, 'y'])).rejects.toMatchObject({ name: 'InputError' });
    await expect(read(['ok\n', big, big, big, `${big}\nz`])).resolves.toHaveLength(3);
  });
});

describe('openChunks', () => {
  it('says why a file cannot be opened in the words of every other input (files.ts fsReason)', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    const io: CliIO = { stdin: [], stdout: { write: () => true }, stderr: { write: () => true }, env: {}, isTTY: { stdout: false, stderr: false }, cwd: dir };
    const issues = (p: Promise<unknown>) => p.then(() => undefined, (e: { issues?: unknown }) => e.issues);
    expect(await issues(openChunks('sub', io))).toEqual([
      { code: 'read_failed', whereZh: '文件 sub', whereEn: 'file sub', messageZh: '无法读取：这是一个目录，不是文件', messageEn: 'cannot read it: is a directory, not a file' },
    ]);
    expect(await issues(openChunks('missing.csv', io))).toEqual([
      { code: 'read_failed', whereZh: '文件 missing.csv', whereEn: 'file missing.csv', messageZh: '无法读取：文件不存在', messageEn: 'cannot read it: no such file' },
    ]);
    for (const name of ['sub', 'missing.csv', 'x'.repeat(300)]) expect(await issues(openChunks(name, io))).toEqual(await issues(readInputBytes(name, io)));
  });
});

/**
 * Reading input bytes (a file or standard input) and writing output (standard output or `--out FILE`).
 *
 * @module
 */
import { open, readFile, type FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';
import { inputError } from './CliError';
import type { CliIO, CliWritable } from './CliIO';

function fsReason(e: unknown): { zh: string; en: string } {
  const code = (e as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return { zh: '文件不存在', en: 'no such file' };
    case 'EISDIR':
      return { zh: '这是一个目录，不是文件', en: 'is a directory, not a file' };
    case 'EACCES':
    case 'EPERM':
      return { zh: '没有权限', en: 'permission denied' };
    default:
      return { zh: `无法访问（${code ?? 'error'}）`, en: `cannot access it (${code ?? String((e as Error).message ?? e)})` };
  }
}

/**
 * The bytes of `file`, or of standard input when `file` is `-`.
 *
 * @throws InputError when the file cannot be read (missing, a directory, no permission).
 * @example
 * ```ts
 * const bytes = await readInputBytes('units.csv', io);
 * ```
 */
export async function readInputBytes(file: string, io: CliIO): Promise<Uint8Array> {
  if (file === '-') {
    const chunks: Uint8Array[] = [];
    for await (const c of io.stdin as AsyncIterable<Uint8Array | string>) {
      chunks.push(typeof c === 'string' ? new TextEncoder().encode(c) : c);
    }
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(resolve(io.cwd ?? process.cwd(), file));
  } catch (e) {
    const r = fsReason(e);
    throw inputError('read_failed', `文件 ${file}`, `file ${file}`, `无法读取：${r.zh}`, `cannot read it: ${r.en}`);
  }
}

/**
 * Write `text` (one string, or pieces of it) to `--out FILE` (UTF-8) when given, else to standard output.
 * Pieces are written one after another, waiting for a full stream to drain, so that very large outputs
 * (the JSON of a big evaluation) never exist as one string.
 *
 * @throws InputError when the file cannot be written.
 * @example
 * ```ts
 * await writeOutput('# report\n', 'report.md', io);
 * ```
 */
export async function writeOutput(text: string | Iterable<string>, out: string | undefined, io: CliIO): Promise<void> {
  const pieces = typeof text === 'string' ? [text] : text;
  if (out === undefined || out === '-') {
    const stream = io.stdout as CliWritable & { once?: (event: 'drain', f: () => void) => unknown };
    for (const piece of pieces) {
      if (stream.write(piece) === false && typeof stream.once === 'function') {
        await new Promise<void>((resolve) => stream.once!('drain', resolve));
      }
    }
    return;
  }
  let handle: FileHandle | undefined;
  try {
    handle = await open(resolve(io.cwd ?? process.cwd(), out), 'w');
    for (const piece of pieces) await handle.writeFile(piece, 'utf8');
  } catch (e) {
    const r = fsReason(e);
    throw inputError('write_failed', `--out ${out}`, `--out ${out}`, `无法写入：${r.zh}`, `cannot write it: ${r.en}`);
  } finally {
    await handle?.close();
  }
}

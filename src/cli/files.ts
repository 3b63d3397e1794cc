/**
 * Reading input bytes (a file or standard input) and writing output (standard output or `--out FILE`).
 *
 * @module
 */
import { open, readFile, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { inputError, OutputError } from './CliError';
import type { CliIO, CliWritable } from './CliIO';
import { shown } from './terminalText';

/**
 * Why a file could not be opened, read or written, from the error's code (`ENOENT`, `EISDIR`, `EACCES`, …), in
 * Chinese and English: the words every input and output message of the CLI gives.
 *
 * @example
 * ```ts
 * fsReason(Object.assign(new Error('x'), { code: 'ENOENT' }))
 * //=> { zh: '文件不存在', en: 'no such file' }
 * fsReason(Object.assign(new Error('x'), { code: 'EMFILE' })).en
 * //=> 'cannot access it (EMFILE)'
 * ```
 */
export function fsReason(e: unknown): { zh: string; en: string } {
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
    throw inputError('read_failed', `文件 ${shown(file)}`, `file ${shown(file)}`, `无法读取：${r.zh}`, `cannot read it: ${shown(r.en, 300)}`);
  }
}

/**
 * Write `text` (one string, or pieces of it, possibly produced as they are written: a streamed evaluation) to
 * `--out FILE` (UTF-8) when given, else to standard output.
 * Pieces are written one after another, waiting for a full stream to drain, so that very large outputs
 * (the JSON of a big evaluation) never exist as one string. A file is written whole or not at all (a temporary file
 * beside it, then renamed), and never over one of `inputs` (compared with links resolved).
 *
 * Into a file, each piece is written before the next is asked for, so that a producer of byte pieces may reuse one
 * buffer (`evaluate --stream` encodes its lines into one); byte pieces go to files only.
 *
 * @throws OutputError (exit 4) when the file cannot be written or is one of the inputs; whatever producing the pieces
 * throws (bad input found midway), as it is, the temporary file removed.
 * @example
 * ```ts
 * await writeOutput('# report\n', 'report.md', io);
 * ```
 */
export async function writeOutput(text: string | Iterable<string> | AsyncIterable<string | Uint8Array> | Uint8Array, out: string | undefined, io: CliIO, inputs: readonly (string | undefined)[] = []): Promise<void> {
  const pieces: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> = typeof text === 'string' || text instanceof Uint8Array ? [text] : text;
  if (out === undefined || out === '-') {
    // Standard output takes text; bytes (an xlsx workbook) go to --out FILE only, as the command that makes them checks.
    if (text instanceof Uint8Array) throw new OutputError('二进制内容只能写入 --out 文件', 'binary output needs --out FILE');
    const stream = io.stdout as CliWritable & { once?: (event: 'drain', f: () => void) => unknown };
    for await (const piece of pieces) {
      if (stream.write(piece as string) === false && typeof stream.once === 'function') {
        await new Promise<void>((resolve) => stream.once!('drain', resolve));
      }
    }
    return;
  }
  const cwd = io.cwd ?? process.cwd();
  const target = resolve(cwd, out);
  // Never overwrite an input with the report: compare the real paths, links resolved.
  const real = await realPathOf(target);
  for (const input of inputs) {
    if (input === undefined || input === '-') continue;
    if ((await realPathOf(resolve(cwd, input))) === real) {
      throw new OutputError(
        `--out ${shown(out)} 是输入文件之一（${shown(input)}），拒绝覆盖；请另选输出文件`,
        `--out ${shown(out)} is one of the inputs (${shown(input)}); refusing to overwrite it, choose another output file`,
      );
    }
  }
  const existing = await stat(target).catch(() => undefined);
  // Standard input redirected from the target itself (`- --out s.json < s.json`): the same file, by device and inode.
  if (inputs.includes('-') && existing !== undefined && io.stdinFile !== undefined && existing.dev === io.stdinFile.dev && existing.ino === io.stdinFile.ino) {
    throw new OutputError(
      `--out ${shown(out)} 是从标准输入读入的文件，拒绝覆盖；请另选输出文件`,
      `--out ${shown(out)} is the file standard input reads; refusing to overwrite it, choose another output file`,
    );
  }
  // Write a temporary file beside the target, then rename it: a full disk or a crash never leaves half a report, and
  // an existing file is replaced only by a whole one, with the permissions it had (a private 0600 report stays private).
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx');
    // Stryker disable next-line StringLiteral: Node reads an empty encoding name as UTF-8, the same encoding (checked on Node 20 with non-ASCII text).
    for await (const piece of fromSource(pieces)) await handle.writeFile(piece, 'utf8');
    if (existing !== undefined) await handle.chmod(existing.mode & 0o7777);
    await handle.close();
    handle = undefined;
    await rename(temp, target);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: without force, rm only rejects where the temporary file is already gone (ENOENT), and that rejection is swallowed by the catch; an existing file is removed either way.
    await rm(temp, { force: true }).catch(() => undefined);
    if (e instanceof SourceFailure) throw e.error;
    const r = fsReason(e);
    throw new OutputError(`无法写入 --out ${shown(out)}：${r.zh}`, `cannot write --out ${shown(out)}: ${shown(r.en, 300)}`);
  }
}

/** An error thrown while producing the output (not while writing it). */
class SourceFailure {
  constructor(readonly error: unknown) {}
}

async function* fromSource(pieces: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>): AsyncGenerator<string | Uint8Array> {
  try {
    for await (const piece of pieces) yield piece;
  } catch (e) {
    throw new SourceFailure(e);
  }
}

/** A path with its links resolved; the path itself (resolved) when it does not exist yet, its folder's links resolved. */
async function realPathOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    try {
      return join(await realpath(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

/**
 * A file (or standard input) read as lines, chunk by chunk, never whole: the input of a streamed evaluation (NDJSON,
 * CSV). Decoded as UTF-8 (a byte-order mark removed) or GB18030, like every other input.
 *
 * @module
 */
import { open, type FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';
import { inputError } from './CliError';
import type { CliIO } from './CliIO';
import type { InputEncoding } from './decodeText';
import { fsReason } from './files';
import { shown } from './terminalText';

/**
 * One line of the input.
 *
 * @example
 * ```ts
 * const l: TextLine = { line: 2, text: '{"code":"533124101201","townshipCode":"533124101"}', fraction: 0.5 };
 * ```
 */
export interface TextLine {
  /** 1-based line number, blank lines counted. */
  readonly line: number;
  /** The line without its end (`\n` or `\r\n`). */
  readonly text: string;
  /** How much of the input had been read when the line was reached (bytes, 0–1), when its size is known. */
  readonly fraction: number | undefined;
}

/**
 * The longest line accepted: NDJSON holds one unit per line (a few kilobytes); a longer line is a whole snapshot in one
 * JSON text, which the streamed evaluation cannot read.
 *
 * @example
 * ```ts
 * MAX_LINE_CHARS
 * //=> 16777216
 * ```
 */
export const MAX_LINE_CHARS = 16 * 1024 * 1024;

/**
 * Open `file` (or `-`, standard input) as a source of byte chunks, with its size when known.
 *
 * @throws InputError when the file cannot be opened.
 * @example
 * ```ts
 * const { chunks, size } = await openChunks('units.ndjson', io);
 * ```
 */
export async function openChunks(file: string, io: CliIO): Promise<{ chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>; size: number | undefined; close: () => Promise<void> }> {
  if (file === '-') return { chunks: io.stdin, size: undefined, close: async () => undefined };
  let handle: FileHandle;
  try {
    handle = await open(resolve(io.cwd ?? process.cwd(), file), 'r');
    const st = await handle.stat();
    if (st.isDirectory()) {
      await handle.close();
      throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    }
    return { chunks: handle.createReadStream({ highWaterMark: 1 << 20, autoClose: false }), size: st.size, close: () => handle.close().catch(() => undefined) };
  } catch (e) {
    const r = fsReason(e);
    throw inputError('read_failed', `文件 ${shown(file)}`, `file ${shown(file)}`, `无法读取：${r.zh}`, `cannot read it: ${shown(r.en, 300)}`);
  }
}

/**
 * The lines of a chunked input, decoded: blank lines are counted but not yielded. Under `auto`, the input is UTF-8
 * unless its first chunk is not, in which case it is GB18030 (as `decodeText` decides for a whole file).
 *
 * @param where - How messages name the input (`文件 units.ndjson`).
 * @throws InputError for bytes that are not text in the encoding, or a line longer than {@link MAX_LINE_CHARS}.
 * @example
 * ```ts
 * for await (const l of textLines(['{"a":1}\n', '\r\n{"b":2}'], undefined, 'utf-8', 'x')) console.log(l.line);
 * ```
 */
export async function* textLines(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  size: number | undefined,
  encoding: InputEncoding,
  where: string,
): AsyncGenerator<TextLine> {
  let decoder: TextDecoder | undefined = encoding === 'auto' ? undefined : new TextDecoder(encoding, { fatal: true });
  let pending = '';
  let line = 0;
  let read = 0;
  const fraction = () => (size === undefined || size === 0 ? undefined : Math.min(1, read / size));
  const badBytes = (): never => {
    throw inputError(
      'invalid_encoding',
      `${where} 第${line + 1}行`,
      `${where} line ${line + 1}`,
      `不是有效的 ${decoder?.encoding === 'gb18030' ? 'GB18030' : 'UTF-8'} 文本；如为 GBK/GB18030 编码，请用 --encoding gb18030`,
      `not valid ${decoder?.encoding === 'gb18030' ? 'GB18030' : 'UTF-8'} text; for a GBK/GB18030 file give --encoding gb18030`,
    );
  };
  for await (const chunk of chunks) {
    let text: string;
    if (typeof chunk === 'string') text = chunk;
    else {
      read += chunk.byteLength;
      if (decoder === undefined) {
        // auto: the first chunk decides.
        try {
          decoder = new TextDecoder('utf-8', { fatal: true });
          text = decoder.decode(chunk, { stream: true });
        } catch {
          decoder = new TextDecoder('gb18030', { fatal: true });
          try {
            text = decoder.decode(chunk, { stream: true });
          } catch {
            return badBytes();
          }
        }
      } else {
        try {
          text = decoder.decode(chunk, { stream: true });
        } catch {
          return badBytes();
        }
      }
    }
    if (line === 0 && pending === '' && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    // Lines are cut from the chunk's own (flat) text; only a line split across chunks is joined. Appending each chunk to
    // the remainder first made a concatenated string that V8 flattened again for every indexOf and slice: a copy of the
    // whole chunk per line, which made the splitting about 18 times slower (60,000 units of the national file).
    let nl = text.indexOf('\n');
    let start = 0;
    if (nl !== -1 && pending !== '') {
      line++;
      const joined = pending + text.slice(0, nl);
      pending = '';
      start = nl + 1;
      nl = text.indexOf('\n', start);
      const t = joined.charCodeAt(joined.length - 1) === 13 ? joined.slice(0, -1) : joined;
      if (t.trim() !== '') yield { line, text: t, fraction: fraction() };
    }
    for (; nl !== -1; nl = text.indexOf('\n', start)) {
      line++;
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      const t = text.slice(start, end);
      start = nl + 1;
      if (t.trim() !== '') yield { line, text: t, fraction: fraction() };
    }
    pending = start === 0 ? pending + text : text.slice(start);
    if (pending.length > MAX_LINE_CHARS) {
      throw inputError(
        'line_too_long',
        `${where} 第${line + 1}行`,
        `${where} line ${line + 1}`,
        `一行超过 ${MAX_LINE_CHARS.toLocaleString('en-US')} 个字符：NDJSON 每行一个单位（整份填报数据写在一行的 JSON 请去掉 --stream）`,
        `a line longer than ${MAX_LINE_CHARS.toLocaleString('en-US')} characters: NDJSON holds one unit per line (for a whole snapshot in one JSON text, leave out --stream)`,
      );
    }
  }
  if (decoder !== undefined) {
    try {
      pending += decoder.decode();
    } catch {
      badBytes();
    }
  }
  if (pending.trim() !== '') {
    line++;
    yield { line, text: pending.endsWith('\r') ? pending.slice(0, -1) : pending, fraction: fraction() };
  }
}

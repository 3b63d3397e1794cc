/**
 * Bytes to text for CSV and JSON input: UTF-8 with or without BOM, or GB18030/GBK as Excel writes on Chinese Windows.
 *
 * @module
 */
import { inputError } from './CliError';

/**
 * The encodings `--encoding` accepts. `auto` reads valid UTF-8 as UTF-8 and anything else as GB18030
 * (a superset of GBK and GB2312).
 *
 * @example
 * ```ts
 * const e: InputEncoding = 'gb18030';
 * ```
 */
export type InputEncoding = 'auto' | 'utf-8' | 'gb18030';

/**
 * Read an `--encoding` value: `auto`, `utf-8`/`utf8`, or `gb18030`/`gbk`/`gb2312` (all decoded as GB18030).
 *
 * @example
 * ```ts
 * parseEncoding('GBK')
 * //=> 'gb18030'
 * parseEncoding('latin1')
 * //=> undefined
 * ```
 */
export function parseEncoding(name: string): InputEncoding | undefined {
  const n = name.trim().toLowerCase().replace(/_/g, '-');
  if (n === 'auto') return 'auto';
  if (n === 'utf-8' || n === 'utf8') return 'utf-8';
  if (n === 'gb18030' || n === 'gbk' || n === 'gb2312' || n === 'cp936') return 'gb18030';
  return undefined;
}

/**
 * The text of `bytes` and the encoding used. A UTF-8 byte-order mark is removed. Under `auto`, bytes that are valid
 * UTF-8 are UTF-8, and anything else is GB18030. UTF-16 files (Excel's "Unicode text") and Excel workbooks are
 * refused with a hint, as is text that is not valid in the encoding asked for.
 *
 * @throws InputError when the bytes cannot be read as text in that encoding.
 * @example
 * ```ts
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'auto')
 * //=> { text: 'a', encoding: 'utf-8' }
 * decodeText(new Uint8Array([0xc2, 0xa4, 0xb4, 0xa8]), 'auto')
 * //=> { text: '陇川', encoding: 'gb18030' }
 * ```
 */
export function decodeText(bytes: Uint8Array, encoding: InputEncoding, source = ''): { text: string; encoding: 'utf-8' | 'gb18030' } {
  const where = source;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw inputError(
      'utf16_not_supported',
      where,
      where,
      '文件是 UTF-16 编码（Excel 的“Unicode 文本”）；请另存为“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”',
      'the file is UTF-16 (Excel\'s "Unicode Text"); save it as "CSV UTF-8 (Comma delimited)" or "CSV (Comma delimited)"',
    );
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw inputError(
      'workbook_not_supported',
      where,
      where,
      '这是 Excel 工作簿（.xlsx）或其他压缩文件，不是 CSV：工作簿请用 .xlsx 扩展名（或 --input-format xlsx）直接读取，或在 Excel 中另存为“CSV UTF-8（逗号分隔）”',
      'this is an Excel workbook (.xlsx) or another zip file, not CSV: give a workbook the .xlsx extension (or --input-format xlsx) to read it as one, or save it from Excel as "CSV UTF-8 (Comma delimited)"',
    );
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (encoding !== 'gb18030') {
    try {
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(hasBom ? bytes.subarray(3) : bytes);
      return { text, encoding: 'utf-8' };
    } catch {
      if (encoding === 'utf-8') {
        throw inputError(
          'invalid_utf8',
          where,
          where,
          '不是有效的 UTF-8 文本；Excel 在中文 Windows 上另存的“CSV（逗号分隔）”是 GB18030 编码，请去掉 --encoding utf-8 或改用 --encoding gb18030',
          'not valid UTF-8 text; Excel\'s "CSV (Comma delimited)" on Chinese Windows is GB18030: drop --encoding utf-8 or use --encoding gb18030',
        );
      }
    }
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes);
    return { text, encoding: 'gb18030' };
  } catch {
    throw inputError(
      'invalid_encoding',
      where,
      where,
      encoding === 'auto' ? '既不是有效的 UTF-8 也不是有效的 GB18030/GBK 文本' : '不是有效的 GB18030/GBK 文本',
      encoding === 'auto' ? 'neither valid UTF-8 nor valid GB18030/GBK text' : 'not valid GB18030/GBK text',
    );
  }
}

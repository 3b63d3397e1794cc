/**
 * Bytes of a CSV or JSON file to text, with no Node API: UTF-8 with or without BOM, or GB18030/GBK as Excel writes
 * "CSV (逗号分隔)" on Chinese Windows. The one decoder of the command line (`decodeText`) and the workbench.
 *
 * @module
 */
import type { TableSource } from './readTable';
import { TableError } from './TableError';

/**
 * Options of {@link decodeBytes}.
 *
 * @example
 * ```ts
 * const o: DecodeBytesOptions = { encoding: 'gb18030', suggestXlsx: true };
 * ```
 * @category Input · 输入数据
 */
export interface DecodeBytesOptions {
  /** `auto` (the default: valid UTF-8 is UTF-8, anything else GB18030), or the one encoding to accept (the command line's `--encoding`, which the messages name). */
  readonly encoding?: 'auto' | 'utf-8' | 'gb18030';
  /** Whether the UTF-16 message also offers to use the `.xlsx` itself (where workbooks are read as they are dropped). */
  readonly suggestXlsx?: boolean;
}

/**
 * The text of `bytes` and the encoding used. A UTF-8 byte-order mark is removed. Under `auto`, bytes that are valid
 * UTF-8 are UTF-8, and anything else is GB18030 (a superset of GBK and GB2312). UTF-16 (Excel's "Unicode text") is
 * refused with a hint, as is text that is not valid in the encoding asked for.
 *
 * @throws TableError with one problem, located at `source`: `utf16_not_supported`, `invalid_utf8` (under `utf-8`) or
 * `invalid_encoding`.
 * @example
 * ```ts
 * decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), { zh: '文件 a.csv', en: 'file a.csv' })
 * //=> { text: 'a', encoding: 'utf-8' }
 * decodeBytes(new Uint8Array([0xc2, 0xa4, 0xb4, 0xa8]), { zh: '', en: '' })
 * //=> { text: '陇川', encoding: 'gb18030' }
 * decodeBytes(new Uint8Array([0xff, 0xfe, 0x61, 0x00]), { zh: '', en: '' })
 * //=> throws TableError
 * ```
 * @category Input · 输入数据
 */
export function decodeBytes(bytes: Uint8Array, source: TableSource, options: DecodeBytesOptions = {}): { text: string; encoding: 'utf-8' | 'gb18030' } {
  const encoding = options.encoding ?? 'auto';
  const fail = (code: string, messageZh: string, messageEn: string) => new TableError([{ code, whereZh: source.zh, whereEn: source.en, messageZh, messageEn }]);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const xlsx = options.suggestXlsx === true;
    throw fail(
      'utf16_not_supported',
      `文件是 UTF-16 编码（Excel 的“Unicode 文本”）；请另存为“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”${xlsx ? '，或直接使用 .xlsx' : ''}`,
      `the file is UTF-16 (Excel's "Unicode Text"); save it as "CSV UTF-8 (Comma delimited)" or "CSV (Comma delimited)"${xlsx ? ', or use the .xlsx itself' : ''}`,
    );
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (encoding !== 'gb18030') {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8' };
    } catch {
      if (encoding === 'utf-8') {
        throw fail(
          'invalid_utf8',
          '不是有效的 UTF-8 文本；Excel 在中文 Windows 上另存的“CSV（逗号分隔）”是 GB18030 编码，请去掉 --encoding utf-8 或改用 --encoding gb18030',
          'not valid UTF-8 text; Excel\'s "CSV (Comma delimited)" on Chinese Windows is GB18030: drop --encoding utf-8 or use --encoding gb18030',
        );
      }
      // not UTF-8: GB18030, as Excel writes on Chinese Windows
    }
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(body), encoding: 'gb18030' };
  } catch {
    throw fail(
      'invalid_encoding',
      encoding === 'auto' ? '既不是有效的 UTF-8 也不是有效的 GB18030/GBK 文本' : '不是有效的 GB18030/GBK 文本',
      encoding === 'auto' ? 'neither valid UTF-8 nor valid GB18030/GBK text' : 'not valid GB18030/GBK text',
    );
  }
}

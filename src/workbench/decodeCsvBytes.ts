/**
 * Bytes of a CSV file to text in the browser: UTF-8 (with or without BOM) or GB18030/GBK as Excel saves "CSV (逗号分隔)"
 * on Chinese Windows. The same rule as the CLI's `decodeText` (valid UTF-8 is UTF-8, anything else GB18030), with the
 * readers' own error ({@link TableError}) so that the page depends on nothing of the CLI.
 *
 * @module
 */
import { TableError } from '../io/TableError';
import type { TableSource } from '../io/readTable';

/**
 * The text of a CSV file and the encoding it was read in.
 *
 * @throws TableError (`utf16_not_supported`, `invalid_encoding`) when the bytes are not UTF-8 or GB18030 text.
 * @example
 * ```ts
 * decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), { zh: '文件 a.csv', en: 'file a.csv' })
 * //=> { text: 'a', encoding: 'utf-8' }
 * decodeCsvBytes(new Uint8Array([0xc2, 0xa4, 0xb4, 0xa8]), { zh: '', en: '' })
 * //=> { text: '陇川', encoding: 'gb18030' }
 * ```
 * @category Reporting · 报告
 */
export function decodeCsvBytes(bytes: Uint8Array, source: TableSource): { text: string; encoding: 'utf-8' | 'gb18030' } {
  const fail = (code: string, zh: string, en: string) => new TableError([{ code, whereZh: source.zh, whereEn: source.en, messageZh: zh, messageEn: en }]);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw fail(
      'utf16_not_supported',
      '文件是 UTF-16 编码（Excel 的“Unicode 文本”）；请另存为“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”，或直接使用 .xlsx',
      'the file is UTF-16 (Excel\'s "Unicode Text"); save it as "CSV UTF-8 (Comma delimited)" or "CSV (Comma delimited)", or use the .xlsx itself',
    );
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // not UTF-8: GB18030 (a superset of GBK and GB2312), as Excel writes on Chinese Windows
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(body), encoding: 'gb18030' };
  } catch {
    throw fail('invalid_encoding', '既不是有效的 UTF-8 也不是有效的 GB18030/GBK 文本', 'neither valid UTF-8 nor valid GB18030/GBK text');
  }
}

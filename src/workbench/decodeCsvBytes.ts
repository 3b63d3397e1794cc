/**
 * Bytes of a CSV file to text in the browser: UTF-8 (with or without BOM) or GB18030/GBK as Excel saves "CSV (逗号分隔)"
 * on Chinese Windows: src/io's `decodeBytes`, the decoder the CLI's `decodeText` uses too (valid UTF-8 is UTF-8, anything
 * else GB18030), with the readers' own error ({@link TableError}) so that the page depends on nothing of the CLI.
 *
 * @module
 */
import { decodeBytes } from '../io/decodeBytes';
import type { TableSource } from '../io/readTable';
import type { TableError } from '../io/TableError';

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
  return decodeBytes(bytes, source, { suggestXlsx: true });
}

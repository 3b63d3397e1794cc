/**
 * Bytes to text for CSV and JSON input: UTF-8 with or without BOM, or GB18030/GBK as Excel writes on Chinese Windows.
 *
 * @module
 */
import { decodeBytes } from '../io/decodeBytes';
import { hasZipSignature } from '../io/hasZipSignature';
import { inputError } from './CliError';
import { asInputError } from './parseUnitsCsv';

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
 * The text of `bytes` and the encoding used, as src/io's `decodeBytes` reads them (a UTF-8 byte-order mark removed;
 * under `auto`, valid UTF-8 is UTF-8 and anything else GB18030), its problems thrown as the CLI's. UTF-16 files
 * (Excel's "Unicode text") and Excel workbooks are refused with a hint, as is text that is not valid in the encoding
 * asked for.
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
  if (hasZipSignature(bytes)) {
    throw inputError(
      'workbook_not_supported',
      source,
      source,
      '这是 Excel 工作簿（.xlsx）或其他压缩文件，不是 CSV：工作簿请用 .xlsx 扩展名（或 --input-format xlsx）直接读取，或在 Excel 中另存为“CSV UTF-8（逗号分隔）”',
      'this is an Excel workbook (.xlsx) or another zip file, not CSV: give a workbook the .xlsx extension (or --input-format xlsx) to read it as one, or save it from Excel as "CSV UTF-8 (Comma delimited)"',
    );
  }
  return asInputError(() => decodeBytes(bytes, { zh: source, en: source }, { encoding }));
}

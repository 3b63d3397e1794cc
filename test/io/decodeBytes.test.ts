/**
 * src/io's one decoder of CSV and JSON bytes (the command line's `decodeText` and the workbench read through it) and
 * the zip test that tells a workbook from text. Bytes are built by hand: 陇 is E9 99 87 in UTF-8 and 陇川 is C2A4 B4A8
 * in GB18030/GBK; a UTF-8 byte-order mark is EF BB BF, UTF-16's FF FE (little-endian) or FE FF (big-endian).
 */
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/io/decodeBytes';
import { hasZipSignature } from '../../src/io/hasZipSignature';
import { TableError } from '../../src/io/TableError';
import { xlsxFromSheets } from '../../src/io/xlsxFromSheets';

const SRC = { zh: '文件 a.csv ', en: 'file a.csv' };
const bytes = (...b: number[]) => new Uint8Array(b);

function issueOf(read: () => unknown): unknown {
  try {
    read();
  } catch (e) {
    expect(e).toBeInstanceOf(TableError);
    return (e as TableError).issues;
  }
  throw new Error('expected a TableError');
}

describe('decodeBytes', () => {
  it('auto: UTF-8 with or without a byte-order mark (removed), anything else GB18030', () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0xe9, 0x99, 0x87), SRC)).toEqual({ text: '陇', encoding: 'utf-8' });
    expect(decodeBytes(bytes(0xe9, 0x99, 0x87), SRC)).toEqual({ text: '陇', encoding: 'utf-8' });
    expect(decodeBytes(bytes(0xc2, 0xa4, 0xb4, 0xa8), SRC)).toEqual({ text: '陇川', encoding: 'gb18030' });
    expect(decodeBytes(bytes(), SRC)).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('gb18030 asked for: read as GB18030 even when the bytes are valid UTF-8 (E9 99 is one GBK character, then a lone 87)', () => {
    expect(decodeBytes(bytes(0x61, 0x62), SRC, { encoding: 'gb18030' })).toEqual({ text: 'ab', encoding: 'gb18030' });
    expect(issueOf(() => decodeBytes(bytes(0xe9, 0x99, 0x87), SRC, { encoding: 'gb18030' }))).toEqual([
      { code: 'invalid_encoding', whereZh: '文件 a.csv ', whereEn: 'file a.csv', messageZh: '不是有效的 GB18030/GBK 文本', messageEn: 'not valid GB18030/GBK text' },
    ]);
  });

  it('utf-8 asked for: GBK bytes are refused with the hint to use --encoding gb18030', () => {
    expect(issueOf(() => decodeBytes(bytes(0xc2, 0xa4, 0xb4, 0xa8), SRC, { encoding: 'utf-8' }))).toEqual([
      {
        code: 'invalid_utf8',
        whereZh: '文件 a.csv ',
        whereEn: 'file a.csv',
        messageZh: '不是有效的 UTF-8 文本；Excel 在中文 Windows 上另存的“CSV（逗号分隔）”是 GB18030 编码，请去掉 --encoding utf-8 或改用 --encoding gb18030',
        messageEn: 'not valid UTF-8 text; Excel\'s "CSV (Comma delimited)" on Chinese Windows is GB18030: drop --encoding utf-8 or use --encoding gb18030',
      },
    ]);
  });

  it('auto: bytes that are neither (FF is no lead byte in either)', () => {
    expect(issueOf(() => decodeBytes(bytes(0x61, 0xff), SRC))).toEqual([
      { code: 'invalid_encoding', whereZh: '文件 a.csv ', whereEn: 'file a.csv', messageZh: '既不是有效的 UTF-8 也不是有效的 GB18030/GBK 文本', messageEn: 'neither valid UTF-8 nor valid GB18030/GBK text' },
    ]);
  });

  it('UTF-16 (either byte order) is refused; the workbench also offers the .xlsx itself', () => {
    const plain = {
      code: 'utf16_not_supported',
      whereZh: '文件 a.csv ',
      whereEn: 'file a.csv',
      messageZh: '文件是 UTF-16 编码（Excel 的“Unicode 文本”）；请另存为“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”',
      messageEn: 'the file is UTF-16 (Excel\'s "Unicode Text"); save it as "CSV UTF-8 (Comma delimited)" or "CSV (Comma delimited)"',
    };
    expect(issueOf(() => decodeBytes(bytes(0xff, 0xfe, 0x61, 0x00), SRC))).toEqual([plain]);
    expect(issueOf(() => decodeBytes(bytes(0xfe, 0xff, 0x00, 0x61), SRC, { encoding: 'gb18030' }))).toEqual([plain]);
    expect(issueOf(() => decodeBytes(bytes(0xff, 0xfe, 0x61, 0x00), SRC, { suggestXlsx: true }))).toEqual([
      {
        ...plain,
        messageZh: '文件是 UTF-16 编码（Excel 的“Unicode 文本”）；请另存为“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”，或直接使用 .xlsx',
        messageEn: 'the file is UTF-16 (Excel\'s "Unicode Text"); save it as "CSV UTF-8 (Comma delimited)" or "CSV (Comma delimited)", or use the .xlsx itself',
      },
    ]);
  });
});

describe('hasZipSignature', () => {
  it('a workbook starts with PK 03 04; text starting with PK, a shorter prefix and nothing do not', () => {
    expect(hasZipSignature(xlsxFromSheets([{ name: '村（社区）', rows: [['村级代码']] }]))).toBe(true);
    expect(hasZipSignature(bytes(0x50, 0x4b, 0x03, 0x04))).toBe(true);
    expect(hasZipSignature(new TextEncoder().encode('PK,村级代码'))).toBe(false);
    expect(hasZipSignature(bytes(0x50, 0x4b, 0x03))).toBe(false);
    expect(hasZipSignature(bytes(0x50, 0x4b, 0x05, 0x06))).toBe(false); // an empty zip: no entry, so no workbook
    expect(hasZipSignature(bytes())).toBe(false);
  });
});

/**
 * The CLI's `decodeText`, now src/io's `decodeBytes` with the CLI's errors: every message it gave before, word for
 * word, located at the source it is given (in both languages), and a workbook refused before any decoding.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/CliError';
import { decodeText } from '../../src/cli/decodeText';

const bytes = (...b: number[]) => new Uint8Array(b);

function issuesOf(read: () => unknown): unknown {
  try {
    read();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).exitCode).toBe(2);
    return (e as InputError).issues;
  }
  throw new Error('expected an InputError');
}

const at = (code: string, messageZh: string, messageEn: string) => [{ code, whereZh: '文件 a.csv', whereEn: '文件 a.csv', messageZh, messageEn }];

describe('decodeText', () => {
  it('detects as before: BOM removed, UTF-8 first under auto, GB18030 otherwise or when asked', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x61), 'auto')).toEqual({ text: 'a', encoding: 'utf-8' });
    expect(decodeText(bytes(0xc2, 0xa4, 0xb4, 0xa8), 'auto')).toEqual({ text: '陇川', encoding: 'gb18030' });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0xc2, 0xa4), 'gb18030')).toEqual({ text: '陇', encoding: 'gb18030' });
    expect(decodeText(bytes(0xe9, 0x99, 0x87), 'utf-8')).toEqual({ text: '陇', encoding: 'utf-8' });
  });

  it('gives the same messages, located at the source in both languages', () => {
    expect(issuesOf(() => decodeText(bytes(0x50, 0x4b, 0x03, 0x04, 0x14), 'auto', '文件 a.csv'))).toEqual(
      at(
        'workbook_not_supported',
        '这是 Excel 工作簿（.xlsx）或其他压缩文件，不是 CSV：工作簿请用 .xlsx 扩展名（或 --input-format xlsx）直接读取，或在 Excel 中另存为“CSV UTF-8（逗号分隔）”',
        'this is an Excel workbook (.xlsx) or another zip file, not CSV: give a workbook the .xlsx extension (or --input-format xlsx) to read it as one, or save it from Excel as "CSV UTF-8 (Comma delimited)"',
      ),
    );
    expect(issuesOf(() => decodeText(bytes(0xfe, 0xff, 0x00, 0x61), 'auto', '文件 a.csv'))).toEqual(
      at(
        'utf16_not_supported',
        '文件是 UTF-16 编码（Excel 的“Unicode 文本”）；请另存为“CSV UTF-8（逗号分隔）”或“CSV（逗号分隔）”',
        'the file is UTF-16 (Excel\'s "Unicode Text"); save it as "CSV UTF-8 (Comma delimited)" or "CSV (Comma delimited)"',
      ),
    );
    expect(issuesOf(() => decodeText(bytes(0xc2, 0xa4, 0xb4, 0xa8), 'utf-8', '文件 a.csv'))).toEqual(
      at(
        'invalid_utf8',
        '不是有效的 UTF-8 文本；Excel 在中文 Windows 上另存的“CSV（逗号分隔）”是 GB18030 编码，请去掉 --encoding utf-8 或改用 --encoding gb18030',
        'not valid UTF-8 text; Excel\'s "CSV (Comma delimited)" on Chinese Windows is GB18030: drop --encoding utf-8 or use --encoding gb18030',
      ),
    );
    expect(issuesOf(() => decodeText(bytes(0xff), 'auto', '文件 a.csv'))).toEqual(at('invalid_encoding', '既不是有效的 UTF-8 也不是有效的 GB18030/GBK 文本', 'neither valid UTF-8 nor valid GB18030/GBK text'));
    expect(issuesOf(() => decodeText(bytes(0xff), 'gb18030', '文件 a.csv'))).toEqual(at('invalid_encoding', '不是有效的 GB18030/GBK 文本', 'not valid GB18030/GBK text'));
    // No source: the whole input, in both languages.
    expect(issuesOf(() => decodeText(bytes(0xff), 'auto'))).toEqual([
      { code: 'invalid_encoding', whereZh: '', whereEn: '', messageZh: '既不是有效的 UTF-8 也不是有效的 GB18030/GBK 文本', messageEn: 'neither valid UTF-8 nor valid GB18030/GBK text' },
    ]);
  });
});

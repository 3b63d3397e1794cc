/**
 * src/cli/args.ts under mutation testing: the messages of usage errors, stray arguments, `--locale`, and every field
 * `inputOptions` returns (present exactly when given).
 */
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/CliError';
import { inputOptions, parseCommand, parseLocale } from '../../src/cli/args';
import { shown } from '../../src/cli/terminalText';

function usage(f: () => unknown): UsageError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return e as UsageError;
  }
  throw new Error('expected a UsageError');
}

describe('parseCommand', () => {
  it("passes node's own message on, in both languages", () => {
    let nodeMessage = '';
    try {
      parseArgs({ args: ['--nope'], options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    } catch (e) {
      nodeMessage = (e as Error).message;
    }
    expect(nodeMessage).toContain('--nope');
    const e = usage(() => parseCommand('schema', ['--nope'], {}, 0));
    expect(e.messageEn).toBe(shown(nodeMessage, 300));
    expect(e.messageEn.startsWith('Unknown option')).toBe(true);
    expect(e.messageZh).toBe(`命令行参数有误：${e.messageEn}`);
    expect(e.command).toBe('schema');
  });

  it('names every argument beyond the allowed ones, escaped', () => {
    const e = usage(() => parseCommand('evaluate', ['units.csv', 'b.csv', 'c\u001b[2J'], {}, 1));
    expect(e.messageZh).toBe('多余的参数：b.csv c\\u001b[2J');
    expect(e.messageEn).toBe('unexpected argument(s): b.csv c\\u001b[2J');
    expect(e.command).toBe('evaluate');
  });

  it('accepts exactly as many arguments as allowed', () => {
    expect(parseCommand('evaluate', ['units.csv'], {}, 1).positionals).toEqual(['units.csv']);
  });
});

describe('parseLocale', () => {
  it('reads zh and zh-CN as zh-CN, en as en, nothing as zh-CN', () => {
    expect(parseLocale('evaluate', 'zh')).toBe('zh-CN');
    expect(parseLocale('evaluate', 'zh-CN')).toBe('zh-CN');
    expect(parseLocale('evaluate', 'en')).toBe('en');
    expect(parseLocale('evaluate', undefined)).toBe('zh-CN');
  });

  it('refuses anything else, the empty value included, listing the choices', () => {
    const e = usage(() => parseLocale('check', ''));
    expect(e.messageEn).toBe('--locale must be one of zh-CN | en, got ""');
    expect(usage(() => parseLocale('check', 'fr')).messageZh).toBe('--locale 的取值应为 zh-CN | en，实际为"fr"');
  });
});

describe('inputOptions', () => {
  it('refuses a file with --sample, and no input at all, in both languages', () => {
    const both = usage(() => inputOptions('evaluate', { sample: true }, 'units.csv'));
    expect([both.messageZh, both.messageEn, both.command]).toEqual(['不能同时给出文件和 --sample', 'give either a file or --sample, not both', 'evaluate']);
    const none = usage(() => inputOptions('check', {}, undefined));
    expect(none.messageZh).toBe('缺少输入：请给出文件（JSON 或 CSV），用 - 读取标准输入，或用 --sample 使用示例数据');
    expect(none.messageEn).toBe('no input: give a file (JSON or CSV), - for standard input, or --sample for the embedded sample');
  });

  it('returns only what was given: the sample, the automatic encoding, no county figures', () => {
    const o = inputOptions('evaluate', { sample: true }, undefined);
    expect(o).toStrictEqual({ useSample: true, file: '', encoding: 'auto', county: {} });
  });

  it('returns every option given, under its own name', () => {
    const o = inputOptions(
      'evaluate',
      {
        'as-of': '2024-12-31',
        encoding: 'GBK',
        'input-format': 'csv',
        region: '533124',
        'county-json': 'county.json',
        'base-json': 'base.json',
        'resident-population': '180000',
        'county-households': '50000',
      },
      'units.csv',
    );
    expect(o).toStrictEqual({
      useSample: false,
      file: 'units.csv',
      encoding: 'gb18030',
      county: { residentPopulation: '180000', households: '50000' },
      inputFormat: 'csv',
      asOf: '2024-12-31',
      region: '533124',
      countyJson: 'county.json',
      baseJson: 'base.json',
    });
  });

  it('ignores a value that is not text where text is expected', () => {
    expect(inputOptions('evaluate', { region: true, 'as-of': true }, 'units.csv')).toStrictEqual({ useSample: false, file: 'units.csv', encoding: 'auto', county: {} });
  });

  it('refuses a date that does not exist and an unknown encoding, in both languages', () => {
    const d = usage(() => inputOptions('evaluate', { 'as-of': '2025-02-29' }, 'u.csv'));
    expect(d.messageZh).toBe('--as-of 应为真实存在的日期 YYYY-MM-DD，实际为"2025-02-29"');
    expect(d.messageEn).toBe('--as-of must be a real calendar date YYYY-MM-DD, got "2025-02-29"');
    const enc = usage(() => inputOptions('check', { encoding: 'latin1' }, 'u.csv'));
    expect(enc.messageZh).toBe('--encoding 的取值应为 auto | utf-8 | gb18030 | gbk，实际为"latin1"');
    expect(enc.messageEn).toBe('--encoding must be auto | utf-8 | gb18030 | gbk, got "latin1"');
    expect(enc.command).toBe('check');
  });

  it('names --input-format when its value is wrong', () => {
    expect(usage(() => inputOptions('evaluate', { 'input-format': 'xml' }, 'u.csv')).messageEn).toBe('--input-format must be one of json | csv | xlsx, got "xml"');
  });
});

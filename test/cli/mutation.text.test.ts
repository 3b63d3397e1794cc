/**
 * src/cli/terminalText.ts, CliIssue.ts and CliError.ts under mutation testing: cutting values at code points (never
 * half a surrogate pair), one-line issues for the whole input, and the errors' own message and name.
 */
import { describe, expect, it } from 'vitest';
import { InputError, OutputError, UsageError } from '../../src/cli/CliError';
import { formatCliIssue } from '../../src/cli/CliIssue';
import { shown } from '../../src/cli/terminalText';

describe('shown cuts at code points', () => {
  it('keeps U+10000 (the first pair, high surrogate U+D800) whole', () => {
    expect(shown('a\u{10000}b', 2)).toBe('a\u{10000}…');
  });

  it('keeps U+10FFFF (the last pair, high surrogate U+DBFF) whole', () => {
    expect(shown('\u{10FFFF}x', 1)).toBe('\u{10FFFF}…');
  });

  it('counts a character above the surrogates (U+FF01) as one', () => {
    expect(shown('！x', 1)).toBe('！…');
    expect(shown('\ue000\uffef\u4e00', 2)).toBe('\ue000\uffef…');
  });
});

describe('formatCliIssue for the whole input', () => {
  it('puts no separator before a message that has no place', () => {
    expect(formatCliIssue({ code: 'empty', whereZh: '', whereEn: '', messageZh: '输入为空', messageEn: 'the input is empty' })).toBe('输入为空\n  the input is empty');
  });

  it('handles each language on its own', () => {
    expect(formatCliIssue({ code: 'x', whereZh: '', whereEn: 'row 2', messageZh: '错', messageEn: 'wrong' })).toBe('错\n  row 2: wrong');
    expect(formatCliIssue({ code: 'x', whereZh: '第2行', whereEn: '', messageZh: '错', messageEn: 'wrong' })).toBe('第2行：错\n  wrong');
  });
});

describe('the CLI errors as errors', () => {
  it('UsageError carries both languages in its message and its own name', () => {
    const e = new UsageError('未知的输出格式 "pdf"', 'unknown format "pdf"', 'evaluate');
    expect(e.message).toBe('未知的输出格式 "pdf" / unknown format "pdf"');
    expect(e.name).toBe('UsageError');
    expect(String(e)).toBe('UsageError: 未知的输出格式 "pdf" / unknown format "pdf"');
  });

  it('InputError counts every problem in its message, listed or not', () => {
    const issue = { code: 'negative', whereZh: '', whereEn: '', messageZh: '负', messageEn: 'negative' };
    const e = new InputError([issue], 7);
    expect(e.message).toBe('the input has 7 problem(s)');
    expect(e.name).toBe('InputError');
    expect(new InputError([issue, issue]).message).toBe('the input has 2 problem(s)');
  });

  it('OutputError carries both languages in its message and its own name', () => {
    const e = new OutputError('无法写入', 'cannot write it');
    expect(e.message).toBe('无法写入 / cannot write it');
    expect(e.name).toBe('OutputError');
  });
});

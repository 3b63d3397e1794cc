import { describe, expect, it } from 'vitest';
import { displayWidth, renderTextTable, wrapText } from '../../src/report/textTable';

describe('[S4] displayWidth at the edges of its tables', () => {
  it.each([
    // U+02FF (a modifier letter) is the last code point before the combining marks: one column.
    ['U+02FF, just below the combining marks, counts one', '\u02ff', 1],
    // U+0300 (combining grave accent) is the first combining mark: no column of its own, so 'e' + U+0300 is 1.
    ['U+0300, the first combining mark, counts zero', 'e\u0300', 1],
    // ⏰ U+23F0 is a wide range of a single code point; ⌛ U+231B ends the range U+231A–U+231B.
    ['a wide character that is a range of its own (⏰)', '\u23f0', 2],
    ['the last character of a wide range (⌛, ￦)', '\u231b\uffe6', 4],
    // U+3FFFD ends the last wide range (plane 3); U+3FFFE and U+F0000 (private use, plane 15) lie past every range.
    ['the last wide code point of all', '\u{3fffd}', 2],
    ['code points past the last wide range count one', '\u{3fffe}\u{f0000}', 2],
  ])('%s', (_, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('[S4] wrapText', () => {
  it('gives the results of its documented examples', () => {
    expect(wrapText('one two three', 8)).toEqual(['one two', 'three']);
    // 10 columns hold five 汉字.
    expect(wrapText('农村社区综合服务设施覆盖率', 10)).toEqual(['农村社区综', '合服务设施', '覆盖率']);
  });

  it('shows a run of spaces as one space, and never starts or ends a line with a space', () => {
    expect(wrapText('a  b', 10)).toEqual(['a b']);
    expect(wrapText(' ab', 5)).toEqual(['ab']);
    expect(wrapText('ab ', 5)).toEqual(['ab']);
    expect(wrapText('ab  ', 5)).toEqual(['ab']);
  });

  it('a narrow word after 汉字 is a word of its own and moves to the next line whole', () => {
    // 汉汉 is 4 columns; 'abcd' (4) does not fit beside it in 6, so it starts the next line, uncut.
    expect(wrapText('汉汉abcd', 6)).toEqual(['汉汉', 'abcd']);
    // 'ab' (2) fits beside 汉汉 in 6.
    expect(wrapText('汉汉ab', 6)).toEqual(['汉汉ab']);
  });

  it('cuts a word longer than a line, with no empty line after the last piece', () => {
    expect(wrapText('abcdefgh', 4)).toEqual(['abcd', 'efgh']);
    expect(wrapText('ab abcdefgh', 4)).toEqual(['ab', 'abcd', 'efgh']);
  });

  it('never splits a wide character, even when a line is one column wide', () => {
    expect(wrapText('汉字', 1)).toEqual(['汉', '字']);
  });

  it('a word exactly as wide as a line is not cut, and a combining mark stays on the line of its letter', () => {
    // 'abcd' fills the 4 columns; U+0301 takes none, so it stays with the d.
    expect(wrapText('ab abcd\u0301', 4)).toEqual(['ab', 'abcd\u0301']);
  });
});

describe('[S4] renderTextTable', () => {
  it('leaves a cell exactly as wide as its column limit untouched, and wraps one a column wider', () => {
    // 'a  b' is 4 columns: at the limit of 4, shown as given (both spaces kept).
    expect(renderTextTable(['h'], [[{ text: 'a  b' }]], { maxWidths: [4] })).toEqual(['h', '----', 'a  b']);
    // 'a  bc' is 5 columns: over the limit, so it is wrapped, and wrapping shows the run of spaces as one: 'a bc' (4).
    expect(renderTextTable(['h'], [[{ text: 'a  bc' }]], { maxWidths: [4] })).toEqual(['h', '----', 'a bc']);
    // No limit: nothing is wrapped.
    expect(renderTextTable(['h'], [[{ text: 'a  bc' }]])).toEqual(['h', '-----', 'a  bc']);
  });

  it('shows a short row with empty cells and ignores cells beyond the headers', () => {
    // Column widths: 'a' 1; 'bb' 2 (row 1 has no cell there, row 2 has '2'); 'c' 1.
    const lines = renderTextTable(
      ['a', 'bb', 'c'],
      [[{ text: 'x', style: 's' }], [{ text: '1' }, { text: '2' }, { text: '3' }, { text: 'extra' }]],
      { paint: (t, s) => `<${s}>${t}` },
    );
    expect(lines).toEqual(['a  bb  c', '-  --  -', '<s>x', '1  2   3']);
  });

  it('without a paint function shows styled cells as plain text', () => {
    expect(renderTextTable(['a', 'b'], [[{ text: 'x', style: 'red' }, { text: 'y' }]])).toEqual(['a  b', '-  -', 'x  y']);
  });
});

describe('the soft hyphen', () => {
  it('U+00AD counts one column: a format character (\\p{Cf}), but below U+0300, where terminals show it', () => {
    // 'a' + soft hyphen + 'b': three characters, each 1 column.
    expect(displayWidth('a\u00ADb')).toBe(3);
    // A format character from U+0300 on counts 0: the zero-width space U+200B.
    expect(displayWidth('a\u200Bb')).toBe(2);
  });
});

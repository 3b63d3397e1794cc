import { describe, expect, it } from 'vitest';
import { displayWidth, renderTextTable, wrapText } from '../../src/report/textTable';
import { columnsOf } from './_textTable';

describe('[S4] terminal tables line up with Chinese text', () => {
  it.each([
    ['ASCII', 'P1.1 80.9', 9],
    ['汉字 count two', '章凤镇', 6],
    ['full-width punctuation counts two', '（一）：', 8],
    ['curly quotes and ≥ count one (ambiguous width)', '“十四五”≥', 9],
    ['a combining mark counts zero', 'e\u0301', 1],
    ['m² and ✓ count one', 'm² ✓', 4],
  ])('%s', (_, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('agrees with the tests’ own reckoning on every Chinese name of the registry', async () => {
    const { VILLAGE_UNITS, TOWNSHIPS } = await import('../../src/units/units.generated');
    for (const n of [...VILLAGE_UNITS.map((u) => u.name), ...TOWNSHIPS.map((t) => t.name)]) expect(displayWidth(n)).toBe(columnsOf(n));
  });

  it('wraps at spaces, between 汉字, and keeps closing punctuation with the character before it', () => {
    expect(wrapText('Coverage rate of rural community', 15)).toEqual(['Coverage rate', 'of rural', 'community']);
    expect(wrapText('少于20个（期限 2025-12-31，尚未到期）', 16)).toEqual(['少于20个（期限', '2025-12-31，尚未', '到期）']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('', 4)).toEqual(['']);
    for (const line of wrapText('居民活动区域面积占社区综合服务设施总建筑面积比例', 9)) expect(displayWidth(line)).toBeLessThanOrEqual(9);
  });

  it('pads by display width, right-aligns numbers, wraps long cells and styles after padding', () => {
    const lines = renderTextTable(
      ['乡镇', 'Value'],
      [
        [{ text: '户撒阿昌族乡' }, { text: '8.0', style: 'x' }],
        [{ text: '章凤镇' }, { text: '100.0' }],
      ],
      { align: ['left', 'right'], paint: (t, s) => `<${s}>${t}</${s}>` },
    );
    expect(lines).toEqual(['乡镇          Value', '------------  -----', '户撒阿昌族乡    <x>8.0</x>', '章凤镇        100.0']);
    expect(renderTextTable(['a', 'b'], [[{ text: 'x' }, { text: 'one two three' }]], { maxWidths: [undefined, 7], indent: 2 })).toEqual([
      '  a  b',
      '  -  -------',
      '  x  one two',
      '     three',
    ]);
  });
});

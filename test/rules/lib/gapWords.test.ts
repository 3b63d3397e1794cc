/** The gap words: one phrasing per unit, English singular only for exactly 1. */
import { describe, expect, it } from 'vitest';
import { gapWords } from '../../../src/rules/_lib/gapWords';

describe('gapWords', () => {
  it.each([
    ['1', 'persons', '，还差1人', ', 1 more person needed'],
    ['2', 'persons', '，还差2人', ', 2 more people needed'],
    ['1', 'units', '，还差1个村（社区）', ', 1 more village-level unit needed'],
    ['15', 'units', '，还差15个村（社区）', ', 15 more village-level units needed'],
    ['1', 'townships', '，还差1个乡镇', ', 1 more township needed'],
    ['5', 'townships', '，还差5个乡镇', ', 5 more townships needed'],
    ['1', 'count', '，还差1个', ', 1 more needed'],
    ['40', 'count', '，还差40个', ', 40 more needed'],
    ['12.5', 'm2', '，还差12.5平方米', ', 12.5 m² more needed'],
    ['1', 'm2', '，还差1平方米', ', 1 m² more needed'],
    ['120', 'yuan', '，还差120元', ', 120 yuan more needed'],
    ['1', 'hours_per_day', '，每天还差1小时', ', 1 more hour a day needed'],
    ['0.5', 'hours_per_day', '，每天还差0.5小时', ', 0.5 more hours a day needed'],
    ['1', 'records', '，还差1条记录', ', 1 more record needed'],
    ['3', 'records', '，还差3条记录', ', 3 more records needed'],
  ] as const)('%s %s → %s / %s', (value, unit, zh, en) => {
    expect(gapWords({ value, unit })).toEqual({ zh, en });
  });

  it('no gap, no words', () => {
    expect(gapWords(null)).toEqual({ zh: '', en: '' });
  });

  it('"1.0" is not exactly 1: plural (gaps are canonical, so it never occurs)', () => {
    expect(gapWords({ value: '1.0', unit: 'persons' }).en).toBe(', 1.0 more people needed');
  });
});

// Opening intervals (T3), from checkTimeInterval's TSDoc: strict HH:MM-HH:MM; hours 00–23, with 24:00 only as an end;
// minutes 00–59. A near miss in a looser form (one-digit hour, spaces, full-width colon, other dashes) gets a hint.
import { describe, expect, it } from 'vitest';
import { checkTimeInterval } from '../../src/index';

const FORMAT_ZH =
  '开放时段应为 "HH:MM-HH:MM"（小时和分钟均为两位半角数字，中间用半角连字符，无空格，如 "08:30-12:00"），实际为';
const FORMAT_EN =
  'an opening interval must be "HH:MM-HH:MM" (two-digit ASCII hours and minutes, one ASCII hyphen, no spaces, e.g. "08:30-12:00"), got ';

describe('checkTimeInterval: hours at the end of the day', () => {
  it('23:00 and 23:59 are real times, as a start or an end', () => {
    // Minutes after midnight: 23 × 60 = 1380, 23 × 60 + 59 = 1439, 24 × 60 = 1440.
    expect(checkTimeInterval('23:00-23:59')).toEqual({ ok: true, start: 1380, end: 1439 });
    expect(checkTimeInterval('22:00-23:00')).toEqual({ ok: true, start: 1320, end: 1380 });
  });

  it('24:00 ends a day (00:00-24:00 is the whole day) but never starts one', () => {
    expect(checkTimeInterval('23:59-24:00')).toEqual({ ok: true, start: 1439, end: 1440 });
    expect(checkTimeInterval('00:00-24:00')).toEqual({ ok: true, start: 0, end: 1440 });
    expect(checkTimeInterval('24:00-24:00')).toEqual({
      ok: false,
      code: 'invalid_time',
      messageZh: '时间 24:00 不存在（24:00 只能作为结束时间）："24:00-24:00"',
      messageEn: 'no such time 24:00 (24:00 may only end an interval): "24:00-24:00"',
    });
  });

  it('hour 25 is no time, as an end or a start', () => {
    const hours = { zh: '小时应为00—23（结束时间可为24:00）', en: 'hours run 00–23 (an end may be 24:00)' };
    expect(checkTimeInterval('23:00-25:00')).toEqual({
      ok: false,
      code: 'invalid_time',
      messageZh: `时间 25:00 不存在（${hours.zh}）："23:00-25:00"`,
      messageEn: `no such time 25:00 (${hours.en}): "23:00-25:00"`,
    });
    expect(checkTimeInterval('25:00-26:00')).toEqual({
      ok: false,
      code: 'invalid_time',
      messageZh: `时间 25:00 不存在（${hours.zh}）："25:00-26:00"`,
      messageEn: `no such time 25:00 (${hours.en}): "25:00-26:00"`,
    });
  });
});

describe('checkTimeInterval: the hint for a near miss', () => {
  it.each([
    // [input, the strict form it was probably meant as]
    ['8:30-12:00', '08:30-12:00'],
    ['08:30 - 12:00', '08:30-12:00'],
    ['8：30～9：00', '08:30-09:00'],
    [' 14:30至18:00 ', '14:30-18:00'],
    ['18:00—9:30', '18:00-09:30'],
  ])('%j: did you mean %j?', (input, hint) => {
    const shown = JSON.stringify(input);
    expect(checkTimeInterval(input)).toEqual({
      ok: false,
      code: 'invalid_time_format',
      messageZh: `${FORMAT_ZH}${shown}；是否应为 "${hint}"？`,
      messageEn: `${FORMAT_EN}${shown}; did you mean "${hint}"?`,
    });
  });

  it('no hint when the text is no interval at all', () => {
    expect(checkTimeInterval('8.30-12.00')).toEqual({
      ok: false,
      code: 'invalid_time_format',
      messageZh: `${FORMAT_ZH}"8.30-12.00"`,
      messageEn: `${FORMAT_EN}"8.30-12.00"`,
    });
  });
});

/**
 * Mutation-hardening tests for src/rules/openingHours/{readSchedule,mergeIntervals,parseWeeklySchedule}.ts.
 * Every expected value is worked out by hand from the interval ("HH:MM-HH:MM", minutes after midnight) and the
 * codes documented on checkTimeInterval; every result is computed inside its `it`.
 */
import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { parseWeeklySchedule } from '../../src/rules/openingHours/parseWeeklySchedule';
import { readSchedule, scheduleMinutesInto } from '../../src/rules/openingHours/readSchedule';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** A full week, closed except the days given. */
function week(days: Partial<Record<(typeof DAYS)[number], unknown>>): Record<string, unknown> {
  return { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [], ...days };
}

function into(value: unknown): { ok: boolean; out: number[] } {
  const out = new Int32Array(7).fill(-7);
  const ok = scheduleMinutesInto(value, out);
  return { ok, out: [...out] };
}

describe('readSchedule / scheduleMinutesInto: malformed intervals the fast path must reject', () => {
  // [label, interval, code per checkTimeInterval's documented codes]
  const bad: [string, unknown, string][] = [
    ['start colon missing (x instead of :)', '08x00-12:00', 'invalid_time_format'],
    ['end colon missing', '08:00-12x00', 'invalid_time_format'],
    ["second hour digit below '0' ('/' = 47): would read as 2*10-1 = 19h", '2/:00-23:00', 'invalid_time_format'],
    ["second hour digit above '9' (':' = 58): would read as 10h", '0::00-12:00', 'invalid_time_format'],
    ["first hour digit ':' (10): would read as 100+ h", ':0:00-12:00', 'invalid_time_format'],
    ["first hour digit '/' (-1)", '/9:00-12:00', 'invalid_time_format'],
    ["first minute digit '/' (-1): would read as 08:00 - 10 min", '08:/0-12:00', 'invalid_time_format'],
    ['first minute digit 6: 08:60 is no time', '08:60-12:00', 'invalid_time'],
    ["second minute digit '/' (-1)", '08:0/-12:00', 'invalid_time_format'],
    ["second minute digit ':' (10)", '08:0:-12:00', 'invalid_time_format'],
    ['one character too long (12)', '08:00-12:00x', 'invalid_time_format'],
    ['one character too short (10)', '08:00-12:0', 'invalid_time_format'],
    ['no hyphen at index 5', '08:00x12:00', 'invalid_time_format'],
    ['not a string but length 11', new Array(11).fill('0'), 'invalid_time_format'],
    ['a number', 800, 'invalid_time_format'],
    ['end 25:00 (1500 min > 1440)', '08:00-25:00', 'invalid_time'],
    ['end 24:01 (1441 min, just past the end of the day)', '08:00-24:01', 'invalid_time'],
    ['start 24:00 (1440, only allowed as an end)', '24:00-24:00', 'invalid_time'],
    ['start 25:00', '25:00-26:00', 'invalid_time'],
    ['hour 8 without its zero', '8:00-12:00', 'invalid_time_format'],
    ['end before start (720 > 480)', '12:00-08:00', 'reversed_interval'],
    ['end equals start (480 = 480)', '08:00-08:00', 'empty_interval'],
    ['end one minute before start', '08:01-08:00', 'reversed_interval'],
  ];

  for (const [label, v, code] of bad) {
    it(`${label}: alone in a day`, () => {
      expect(readSchedule(week({ wed: [v] }))).toMatchObject({ ok: false, path: ['wed', 0], code });
      expect(into(week({ wed: [v] })).ok).toBe(false);
    });
    it(`${label}: first of two`, () => {
      expect(readSchedule(week({ tue: [v, '14:00-18:00'] }))).toMatchObject({ ok: false, path: ['tue', 0], code });
      expect(into(week({ tue: [v, '14:00-18:00'] })).ok).toBe(false);
    });
    it(`${label}: second of two`, () => {
      expect(readSchedule(week({ thu: ['08:00-12:00', v] }))).toMatchObject({ ok: false, path: ['thu', 1], code });
      expect(into(week({ thu: ['08:00-12:00', v] })).ok).toBe(false);
    });
    it(`${label}: first, second and third of three`, () => {
      const rest = ['08:00-09:00', '10:00-11:00'];
      for (let at = 0; at < 3; at++) {
        const list = [...rest];
        list.splice(at, 0, v as string);
        expect(readSchedule(week({ fri: list }))).toMatchObject({ ok: false, path: ['fri', at], code });
        expect(into(week({ fri: list })).ok).toBe(false);
      }
    });
  }
});

describe('readSchedule / scheduleMinutesInto: minutes per day, worked out by hand', () => {
  it('one interval per day, boundaries of the day', () => {
    // 00:00-24:00 = 1440; 23:59-24:00 = 1; 00:00-00:01 = 1; 08:30-12:00 = 210; 14:30-18:00 = 210; 08:00-16:00 = 480
    const w = { mon: ['00:00-24:00'], tue: ['23:59-24:00'], wed: ['00:00-00:01'], thu: ['08:30-12:00'], fri: ['14:30-18:00'], sat: ['08:00-16:00'], sun: [] };
    expect(readSchedule(w)).toEqual({ ok: true, minutes: [1440, 1, 1, 210, 210, 480, 0] });
    expect(into(w)).toEqual({ ok: true, out: [1440, 1, 1, 210, 210, 480, 0] });
  });

  it('two intervals: disjoint, reversed order, overlapping, touching, nested, same start', () => {
    const w = {
      mon: ['08:30-12:00', '14:30-18:00'], // 210 + 210 = 420
      tue: ['14:30-18:00', '08:30-12:00'], // same, out of order: 420
      wed: ['08:00-13:00', '12:00-16:00'], // merged 08:00-16:00 = 480 (not 540)
      thu: ['12:00-16:00', '08:00-12:00'], // touching, merged 08:00-16:00 = 480
      fri: ['08:00-18:00', '09:00-10:00'], // nested: 600
      sat: ['08:00-12:00', '08:00-10:00'], // same start: 240
      sun: ['09:00-10:00', '08:00-18:00'], // nested, out of order: 600
    };
    expect(readSchedule(w)).toEqual({ ok: true, minutes: [420, 420, 480, 480, 600, 240, 600] });
    expect(into(w)).toEqual({ ok: true, out: [420, 420, 480, 480, 600, 240, 600] });
  });

  it('three or more intervals: sorting and merging', () => {
    const w = {
      mon: ['14:00-18:00', '08:00-12:00', '11:00-12:30'], // 08:00-12:30 (270) + 14:00-18:00 (240) = 510
      tue: ['08:00-12:00', '09:00-11:00', '13:00-16:00'], // 240 + 180 = 420
      wed: ['12:00-14:00', '08:00-12:00', '14:00-16:00'], // touching chain 08:00-16:00 = 480
      thu: ['10:00-11:00', '08:00-09:00', '06:00-07:00'], // three disjoint, reversed: 180
      fri: ['08:00-10:00', '08:00-12:00', '08:00-09:00'], // same starts: 240
      sat: ['08:00-09:00', '10:00-11:00', '10:00-10:30', '09:30-12:00'], // 60 + 09:30-12:00 (150) = 210
      sun: ['00:00-01:00', '23:00-24:00', '12:00-13:00'], // 60 * 3 = 180
    };
    expect(readSchedule(w)).toEqual({ ok: true, minutes: [510, 420, 480, 180, 240, 210, 180] });
    expect(into(w)).toEqual({ ok: true, out: [510, 420, 480, 180, 240, 210, 180] });
  });

  it('more intervals than the 64-entry scratch buffer (70 one-minute intervals, listed backwards)', () => {
    // "HH:MM-HH:MM" for minutes 2k .. 2k+1, k = 69 .. 0: 70 disjoint minutes.
    const two = (n: number): string => String(n).padStart(2, '0');
    const t = (m: number): string => `${two(Math.floor(m / 60))}:${two(m % 60)}`;
    const list: string[] = [];
    for (let k = 69; k >= 0; k--) list.push(`${t(2 * k)}-${t(2 * k + 1)}`);
    expect(readSchedule(week({ mon: list }))).toEqual({ ok: true, minutes: [70, 0, 0, 0, 0, 0, 0] });
    expect(into(week({ mon: list }))).toEqual({ ok: true, out: [70, 0, 0, 0, 0, 0, 0] });
    // a bad one at index 66 (past the old buffer): reported at its index
    const bad = [...list];
    bad[66] = '8:00-09:00';
    expect(readSchedule(week({ mon: bad }))).toMatchObject({ ok: false, path: ['mon', 66], code: 'invalid_time_format' });
    expect(into(week({ mon: bad })).ok).toBe(false);
  });
});

describe('readSchedule: the shape of the schedule', () => {
  const notObject = {
    ok: false,
    path: [],
    code: 'invalid_schedule',
    messageZh: '开放时间表应为按星期列出时段的对象',
    messageEn: 'a schedule must be an object of intervals by weekday',
  };

  for (const [label, v] of [
    ['a string', '08:00-16:00'],
    ['an empty string', ''],
    ['null', null],
    ['undefined', undefined],
    ['a number', 5],
    ['an empty array', []],
    ['an array with weekday keys', Object.assign([], week({}))],
    ['a function with weekday keys', Object.assign(() => 0, week({}))],
  ] as [string, unknown][]) {
    it(`not an object of days: ${label} → invalid_schedule at the root`, () => {
      expect(readSchedule(v)).toEqual(notObject);
      expect(into(v)).toEqual({ ok: false, out: [-7, -7, -7, -7, -7, -7, -7] });
    });
  }

  it('an extra key → unknown_day at that key (JSON-quoted in the message)', () => {
    expect(readSchedule(week({ holiday: [] } as never))).toEqual({
      ok: false,
      path: ['holiday'],
      code: 'unknown_day',
      messageZh: '未知的星期键 "holiday"（应为 mon、tue、wed、thu、fri、sat、sun）',
      messageEn: 'unknown weekday key "holiday" (expected mon, tue, wed, thu, fri, sat, sun)',
    });
    expect(into(week({ holiday: [] } as never)).ok).toBe(false);
    expect(into({ Mon: [], ...week({}) }).ok).toBe(false);
  });

  for (const day of DAYS) {
    it(`${day} missing → missing_day at ${day}; ${day} not a list → same`, () => {
      const w = week({});
      delete w[day];
      const expected = {
        ok: false,
        path: [day],
        code: 'missing_day',
        messageZh: `缺少 ${day} 的开放时段（休息日请写空数组 []）`,
        messageEn: `no intervals for ${day} (write an empty array [] for a closed day)`,
      };
      expect(readSchedule(w)).toEqual(expected);
      expect(into(w).ok).toBe(false);
      expect(readSchedule(week({ [day]: '08:00-16:00' }))).toEqual(expected);
      expect(into(week({ [day]: '08:00-16:00' })).ok).toBe(false);
      expect(readSchedule(week({ [day]: null }))).toEqual(expected);
      expect(into(week({ [day]: null })).ok).toBe(false);
    });

    it(`only ${day} has a bad interval → false, nothing written`, () => {
      const r = into(week({ [day]: ['08:00-12:00', '14:00-18:00', '25:00-26:00'] }));
      expect(r).toEqual({ ok: false, out: [-7, -7, -7, -7, -7, -7, -7] });
      expect(into(week({ [day]: ['12:00-08:00'] })).ok).toBe(false);
    });
  }

  it('the first problem in weekday order wins (tue before sun)', () => {
    expect(readSchedule(week({ tue: ['08:60-09:00'], sun: ['8:00-09:00'] }))).toMatchObject({ ok: false, path: ['tue', 0], code: 'invalid_time' });
  });
});

describe('parseWeeklySchedule: the default path is empty', () => {
  it('a bad interval without a path → error path is just [day, index]', () => {
    let err: unknown;
    try {
      parseWeeklySchedule(week({ mon: ['08:00-12:00', '8:30-12:00'] }));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PlanInputError);
    expect((err as PlanInputError).path).toEqual(['mon', 1]);
    expect((err as PlanInputError).code).toBe('invalid_time_format');
  });

  it('not an object without a path → error path is the root []', () => {
    let err: unknown;
    try {
      parseWeeklySchedule(null);
    } catch (e) {
      err = e;
    }
    expect((err as PlanInputError).path).toEqual([]);
    expect((err as PlanInputError).code).toBe('invalid_schedule');
  });
});

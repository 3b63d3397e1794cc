import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { checkRule } from '../../src/rules/checkRules';
import { runnerOf } from '../../src/rules/_lib/rule';
import { resolveRuleOptions } from '../../src/rules/RuleOptions';
import { mergeIntervals, type TimeInterval } from '../../src/rules/openingHours/mergeIntervals';
import { parseWeeklySchedule } from '../../src/rules/openingHours/parseWeeklySchedule';
import { readSchedule } from '../../src/rules/openingHours/readSchedule';
import type { RuleOptions } from '../../src/rules/RuleOptions';
import { checkTimeInterval } from '../../src/snapshot/ruleData/weeklySchedule';
import { safeParseSnapshot } from '../../src/snapshot/safeParseSnapshot';
import type { Snapshot } from '../../src/snapshot/snapshotSchema';
import { snap, unit, URBAN, weekdays } from './_helpers';
import { thrown } from '../_thrown';

const closed = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

function facility(schedule: unknown, extra: Record<string, unknown> = {}): Snapshot {
  return snap('2024-06-30', { units: [unit(URBAN, { hasServiceFacility: true, openingSchedule: schedule, ...extra })] });
}

describe('[T3] opening hours: conformance (一般不少于每天8小时), worked out by hand', () => {
  const rows: [string, unknown, RuleOptions, string, string | null][] = [
    ['[T3] 08:30-12:00 + 14:30-18:00 = 7h → fail (一般不少于每天8小时)', weekdays(['08:30-12:00', '14:30-18:00']), {}, 'fail', '7h'],
    ['[T3] 08:00-12:00 + 14:00-18:00 = 8h exactly → pass', weekdays(['08:00-12:00', '14:00-18:00']), {}, 'pass', '8h'],
    ['[T3] 08:00-12:00 + 14:00-17:59 = 7h59m → fail (just below)', weekdays(['08:00-12:00', '14:00-17:59']), {}, 'fail', '7.98h'],
    ['[T3] 08:00-16:00 = 8h; 8h as 480 min, one interval → pass', weekdays(['08:00-16:00']), {}, 'pass', '8h'],
    ['[T3] overlap 08:00-13:00 + 12:00-16:00 merges to 8h (not 9h) → pass', weekdays(['08:00-13:00', '12:00-16:00']), {}, 'pass', '8h'],
    ['[T3] nested 08:00-12:00 + 09:00-11:00 + 13:00-16:00 = 7h → fail', weekdays(['08:00-12:00', '09:00-11:00', '13:00-16:00']), {}, 'fail', '7h'],
    ['[T3] touching 08:00-12:00 + 12:00-16:00 = 8h → pass', weekdays(['08:00-12:00', '12:00-16:00']), {}, 'pass', '8h'],
    ['[T3] out of order 14:00-18:00 + 08:00-12:00 = 8h → pass', weekdays(['14:00-18:00', '08:00-12:00']), {}, 'pass', '8h'],
    ['[T3] weekdays 8h, weekend closed → pass (each open day)', weekdays(['08:00-16:00']), {}, 'pass', '8h'],
    // Default five_days: five days of 9h reach 8h; Saturday's 4h is one of the two days 一般 leaves out. The fifth-longest day is 9h.
    ['[T3] weekdays 9h, Saturday 4h → pass (five days reach 8h; Saturday not judged)', weekdays(['08:00-17:00'], ['09:00-13:00']), {}, 'pass', '9h'],
    ['[T3] weekdays 9h, Saturday 4h → fail under each_open_day (Saturday is an open day of 4h)', weekdays(['08:00-17:00'], ['09:00-13:00']), { openingHoursBasis: 'each_open_day' }, 'fail', '4h'],
    ['[T3] weekdays 8h, weekend closed → fail under each_day (Sunday 0h)', weekdays(['08:00-16:00']), { openingHoursBasis: 'each_day' }, 'fail', '0h'],
    ['[T3] every day 08:00-16:00 → pass under each_day', weekdays(['08:00-16:00'], ['08:00-16:00'], ['08:00-16:00']), { openingHoursBasis: 'each_day' }, 'pass', '8h'],
    ['[T3] week_average: 5 × 9h + Sat 5h = 50h < 56h → fail (50/7 = 7.14h)', weekdays(['08:00-17:00'], ['09:00-14:00']), { openingHoursBasis: 'week_average' }, 'fail', '7.14h'],
    ['[T3] week_average: 7 × 8h = 56h → pass', weekdays(['08:00-16:00'], ['08:00-16:00'], ['08:00-16:00']), { openingHoursBasis: 'week_average' }, 'pass', '8h'],
    ['[T3] week_average: 5 × 8h = 40h → fail (40/7 = 5.71h)', weekdays(['08:00-16:00']), { openingHoursBasis: 'week_average' }, 'fail', '5.71h'],
    ['[T3] open_day_average: Mon 10h, Tue 6h → average 8h → pass', { ...closed, mon: ['08:00-18:00'], tue: ['08:00-14:00'] }, { openingHoursBasis: 'open_day_average' }, 'pass', '8h'],
    ['[T3] same week each_open_day: Tue 6h → fail', { ...closed, mon: ['08:00-18:00'], tue: ['08:00-14:00'] }, { openingHoursBasis: 'each_open_day' }, 'fail', '6h'],
    ['[T3] open_day_average: Mon 10h, Tue 5h59m → 7h59.5m → fail', { ...closed, mon: ['08:00-18:00'], tue: ['08:00-13:59'] }, { openingHoursBasis: 'open_day_average' }, 'fail', '7.99h'],
    ['[T3] only Sunday 00:00-24:00 (24h) → pass under each_open_day (the one open day reaches 8h)', { ...closed, sun: ['00:00-24:00'] }, { openingHoursBasis: 'each_open_day' }, 'pass', '24h'],
    // Default five_days: one day a week, however long, is not 每天8小时. The fifth-longest day is closed: 0h.
    ['[T3] only Sunday 00:00-24:00 (24h) → fail by default (one day a week; 5 needed)', { ...closed, sun: ['00:00-24:00'] }, {}, 'fail', '0h'],
    ['[T3] only Monday 08:00-16:00 (8h) → fail by default (one 8-hour day a week)', { ...closed, mon: ['08:00-16:00'] }, {}, 'fail', '0h'],
    ['[T3] only Monday 08:00-16:00 (8h) → pass under each_open_day', { ...closed, mon: ['08:00-16:00'] }, { openingHoursBasis: 'each_open_day' }, 'pass', '8h'],
    // Four days of 8h and Friday 7h: the fifth-longest day (Friday) is 7h → fail; Tue–Sun 8h with Monday closed → pass (any five days).
    ['[T3] Mon–Thu 8h, Fri 7h, weekend closed → fail by default (only 4 days reach 8h)', { ...closed, mon: ['08:00-16:00'], tue: ['08:00-16:00'], wed: ['08:00-16:00'], thu: ['08:00-16:00'], fri: ['08:00-15:00'] }, {}, 'fail', '7h'],
    ['[T3] Monday closed, Tue–Sun 8h → pass by default (any five days)', { mon: [], tue: ['08:00-16:00'], wed: ['08:00-16:00'], thu: ['08:00-16:00'], fri: ['08:00-16:00'], sat: ['08:00-16:00'], sun: ['08:00-16:00'] }, {}, 'pass', '8h'],
    ['[T3] Mon–Fri 8h, Sat and Sun 2h → pass by default (the two short days are not judged)', { mon: ['08:00-16:00'], tue: ['08:00-16:00'], wed: ['08:00-16:00'], thu: ['08:00-16:00'], fri: ['08:00-16:00'], sat: ['09:00-11:00'], sun: ['09:00-11:00'] }, {}, 'pass', '8h'],
    ['[T3] no opening day at all → fail, 0h', closed, {}, 'fail', '0h'],
  ];
  it.each(rows)('%s', (_title, schedule, options, status, actual) => {
    const [r] = checkRule('t3-opening-hours', facility(schedule), options);
    expect(r?.status).toBe(status);
    expect(r?.actual).toBe(actual);
    expect(r?.expected).toBe('≥8h');
    expect(r?.subject).toBe(URBAN);
    expect(r?.message.zh.startsWith('[T3] ')).toBe(true);
    expect(r?.message.en.startsWith('[T3] ')).toBe(true);
  });

  it('[T3] a failing 7h59m day never shows as 8h: with 0 places it shows more digits ("8h" would mislead)', () => {
    const [r] = checkRule('t3-opening-hours', facility(weekdays(['08:00-12:00', '14:00-17:59'])), { places: 0 });
    expect(r?.status).toBe('fail');
    expect(r?.actual).toBe('7.98h');
  });

  it('[T3] no facility → not_applicable; no schedule → missing_data naming the field', () => {
    const s = snap('2024-06-30', {
      units: [unit(URBAN, { hasServiceFacility: false }), unit('533124101002', { hasServiceFacility: true }), unit('533124101201')],
    });
    const rs = checkRule('t3-opening-hours', s);
    expect(rs.map((r) => [r.subject, r.status, r.missing])).toEqual([
      [URBAN, 'not_applicable', []],
      ['533124101002', 'missing_data', ['openingSchedule']],
      ['533124101201', 'missing_data', ['openingSchedule', 'hasServiceFacility']],
    ]);
    expect(rs[1]?.actual).toBeNull();
  });

  it('[T3] a hand-built (unparsed) malformed schedule: checkRule throws at its path; the runner itself gives missing_data, never a throw', () => {
    const s = { asOf: '2024-06-30', units: [{ code: URBAN, townshipCode: '533124101', hasServiceFacility: true, openingSchedule: { ...weekdays(['8:30-12:00']) } }] } as unknown as Snapshot;
    expect(thrown(() => checkRule('t3-opening-hours', s))).toMatchObject({ name: 'PlanInputError', path: ['units', 0, 'openingSchedule', 'mon', 0] });
    const [r] = runnerOf('t3-opening-hours')(s, resolveRuleOptions(undefined));
    expect(r?.status).toBe('missing_data');
    expect(r?.missing).toEqual(['openingSchedule.mon[0]']);
    expect(r?.message.en).toContain('invalid opening schedule');
  });
});

describe('[T3] opening schedules: malformed or impossible times are rejected with a coded, bilingual issue at a path', () => {
  const bad: [string, Record<string, unknown>, string, (string | number)[]][] = [
    ['"8:30-12:00" (hour not zero-padded)', { mon: ['8:30-12:00'] }, 'invalid_time_format', ['mon', 0]],
    ['"08:30 - 12:00" (spaces)', { tue: ['08:00-09:00', '08:30 - 12:00'] }, 'invalid_time_format', ['tue', 1]],
    ['"08：30-12:00" (full-width colon)', { wed: ['08：30-12:00'] }, 'invalid_time_format', ['wed', 0]],
    ['"08:30~12:00" (tilde)', { thu: ['08:30~12:00'] }, 'invalid_time_format', ['thu', 0]],
    ['"08:30–12:00" (en dash)', { fri: ['08:30–12:00'] }, 'invalid_time_format', ['fri', 0]],
    ['a number instead of text', { sat: [830] }, 'invalid_time_format', ['sat', 0]],
    ['"25:00-26:00" (no hour 25)', { sun: ['25:00-26:00'] }, 'invalid_time', ['sun', 0]],
    ['"08:60-09:00" (no minute 60)', { mon: ['08:60-09:00'] }, 'invalid_time', ['mon', 0]],
    ['"24:00-24:00" (24:00 only ends an interval)', { mon: ['24:00-24:00'] }, 'invalid_time', ['mon', 0]],
    ['"20:00-24:30" (nothing after 24:00)', { mon: ['20:00-24:30'] }, 'invalid_time', ['mon', 0]],
    ['"18:00-08:00" (ends before it starts: overnight)', { mon: ['18:00-08:00'] }, 'reversed_interval', ['mon', 0]],
    ['"08:00-08:00" (empty)', { mon: ['08:00-08:00'] }, 'empty_interval', ['mon', 0]],
  ];
  it.each(bad)('%s', (_t, days, code, at) => {
    const r = safeParseSnapshot({ asOf: '2024-06-30', units: [unit(URBAN, { openingSchedule: { ...closed, ...days } })] });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues[0]?.code).toBe(code);
    expect(r.issues[0]?.path).toEqual(['units', 0, 'openingSchedule', ...at]);
    expect(r.issues[0]?.messageZh).toMatch(/[\u4e00-\u9fff]/);
    expect(r.issues[0]?.messageEn).toMatch(/[a-z]/);
  });

  it('suggests the zero-padded form for "8:30-12:00"', () => {
    const c = checkTimeInterval('8:30-12:00');
    expect(c.ok).toBe(false);
    if (c.ok) return;
    expect(c.messageEn).toContain('did you mean "08:30-12:00"?');
    expect(c.messageZh).toContain('"08:30-12:00"');
  });

  it('a day left out is missing_day (unknown is not closed); a misspelt day is an unknown field', () => {
    const { sun: _sun, ...noSunday } = closed;
    const r = safeParseSnapshot({ asOf: '2024-06-30', units: [unit(URBAN, { openingSchedule: noSunday })] });
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([['missing_day', ['units', 0, 'openingSchedule', 'sun']]]);
    const r2 = safeParseSnapshot({ asOf: '2024-06-30', units: [unit(URBAN, { openingSchedule: { ...closed, mo: [] } })] });
    expect(r2.success ? [] : r2.issues.map((i) => i.code)).toEqual(['unknown_field']);
  });

  it('accepts 00:00-24:00 and touching or overlapping intervals', () => {
    expect(checkTimeInterval('00:00-24:00')).toEqual({ ok: true, start: 0, end: 1440 });
    const r = safeParseSnapshot({ asOf: '2024-06-30', units: [unit(URBAN, { openingSchedule: weekdays(['08:00-12:00', '11:00-13:00', '13:00-14:00']) })] });
    expect(r.success).toBe(true);
  });
});

describe('parseWeeklySchedule', () => {
  it('merges each day and counts minutes', () => {
    const w = parseWeeklySchedule({ ...closed, mon: ['14:30-18:00', '08:30-12:00', '11:00-12:30'] });
    expect(w.mon).toEqual({ intervals: [[510, 750], [870, 1080]], minutes: 450 });
    expect(w.sun).toEqual({ intervals: [], minutes: 0 });
    expect(Object.isFrozen(w.mon)).toBe(true);
  });
  it('throws PlanInputError with the code and the prefixed path of the first problem', () => {
    try {
      parseWeeklySchedule({ ...closed, tue: ['09:00-10:00', '18:00-08:00'] }, ['units', 3, 'openingSchedule']);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PlanInputError);
      expect((e as PlanInputError).code).toBe('reversed_interval');
      expect((e as PlanInputError).path).toEqual(['units', 3, 'openingSchedule', 'tue', 1]);
      expect((e as PlanInputError).message).toContain('units[3].openingSchedule.tue[1]');
    }
    expect(() => parseWeeklySchedule('08:00-16:00')).toThrow(PlanInputError);
    expect(() => parseWeeklySchedule({ ...closed, noday: [] })).toThrow(/unknown weekday/);
  });
});

describe('mergeIntervals: worked examples', () => {
  it("the documented example: 14:00-18:00, 08:30-12:00 and 10:00-13:00 → 08:30-13:00 and 14:00-18:00", () => {
    expect(mergeIntervals([[840, 1080], [510, 720], [600, 780]])).toEqual([[510, 780], [840, 1080]]);
  });
  it('touching intervals merge into one: 08:00-12:00 and 12:00-14:00 → 08:00-14:00 (480 + 240 = 720 → 840)', () => {
    expect(mergeIntervals([[480, 720], [720, 840]])).toEqual([[480, 840]]);
  });
  it('a gap of one minute keeps them apart: 08:00-12:00 and 12:01-14:00', () => {
    expect(mergeIntervals([[721, 840], [480, 720]])).toEqual([[480, 720], [721, 840]]);
  });
  it('an interval inside another leaves it as it is: 08:00-17:00 with 10:00-12:00 → 08:00-17:00', () => {
    expect(mergeIntervals([[480, 1020], [600, 720]])).toEqual([[480, 1020]]);
  });
  it('returns fresh pairs: the input is not changed', () => {
    const input: TimeInterval[] = [[480, 720], [600, 900]];
    expect(mergeIntervals(input)).toEqual([[480, 900]]);
    expect(input).toEqual([[480, 720], [600, 900]]);
  });
});

describe('mergeIntervals: properties', () => {
  const interval = fc
    .tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 1440 }))
    .map(([a, len]): TimeInterval => [a, Math.min(1440, a + len)]);
  const list = fc.array(interval, { maxLength: 12 });

  it('is idempotent', () => {
    fc.assert(
      fc.property(list, (xs) => {
        expect(mergeIntervals(mergeIntervals(xs))).toEqual(mergeIntervals(xs));
      }),
    );
  });
  it('does not depend on the order of its input', () => {
    fc.assert(
      fc.property(list, fc.infiniteStream(fc.nat()), (xs, seeds) => {
        const shuffled = xs
          .map((x) => [x, seeds.next().value as number] as const)
          .sort((a, b) => a[1] - b[1])
          .map(([x]) => x);
        expect(mergeIntervals(shuffled)).toEqual(mergeIntervals(xs));
      }),
    );
  });
  it('covers exactly the minutes its input covers, with disjoint, sorted, non-touching intervals', () => {
    fc.assert(
      fc.property(list, (xs) => {
        const merged = mergeIntervals(xs);
        const covered = new Array<boolean>(1440).fill(false);
        for (const [s, e] of xs) for (let m = s; m < e; m++) covered[m] = true;
        const covered2 = new Array<boolean>(1440).fill(false);
        for (const [s, e] of merged) for (let m = s; m < e; m++) covered2[m] = true;
        expect(covered2).toEqual(covered);
        for (let i = 1; i < merged.length; i++) expect((merged[i] as TimeInterval)[0]).toBeGreaterThan((merged[i - 1] as TimeInterval)[1]);
      }),
    );
  });
  it('does not change its input', () => {
    fc.assert(
      fc.property(list, (xs) => {
        const copy = JSON.parse(JSON.stringify(xs));
        mergeIntervals(xs);
        expect(xs).toEqual(copy);
      }),
    );
  });

  it("the rule's fast schedule reader agrees with mergeIntervals on every valid day, and explains every bad one", () => {
    const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    const day = fc.array(interval, { maxLength: 8 });
    fc.assert(
      fc.property(fc.tuple(day, day, day, day, day, day, day), (days) => {
        const week = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d, i) => [d, (days[i] ?? []).map(([s, e]) => `${hhmm(s)}-${hhmm(e)}`)]));
        const r = readSchedule(week);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        days.forEach((xs, i) => {
          const expected = mergeIntervals(xs).reduce((t, [s, e]) => t + e - s, 0);
          expect(r.minutes[i]).toBe(expected);
        });
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 14 }), (junk) => {
        const r = readSchedule({ ...closed, wed: ['08:00-09:00', junk] });
        expect(r.ok).toBe(checkTimeInterval(junk).ok);
      }),
    );
  });
});

describe('display rounding of shares (integer arithmetic)', () => {
  it('formatQuotient rounds half up or half even exactly, also for large values', async () => {
    const { formatQuotient, formatAgainst } = await import('../../src/rules/_lib/format');
    expect(formatQuotient(1, 8, 2, 'half_up')).toBe('0.13');
    expect(formatQuotient(1, 8, 2, 'half_even')).toBe('0.12');
    expect(formatQuotient(3, 8, 2, 'half_even')).toBe('0.38');
    expect(formatQuotient(2000, 3, 2, 'half_up')).toBe('666.67');
    expect(formatQuotient(9_007_199_254_740_991, 3, 0, 'half_up')).toBe('3002399751580330');
    expect(formatQuotient(9_007_199_254_740_991, 7, 3, 'half_up')).toBe('1286742750677284.429');
    expect(formatAgainst(8999, 300, 30, 1, 2, 'half_up')).toBe('29.997');
    expect(formatAgainst(9000, 300, 30, 1, 2, 'half_up')).toBe('30');
  });
});

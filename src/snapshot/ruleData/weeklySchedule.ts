import * as z from 'zod/mini';
import { strictObject } from '../_zodObject';
import { describe, issue } from '../primitives';

/**
 * The seven weekdays, Monday first, as the keys of a {@link WeeklySchedule}.
 *
 * @clause T3
 * @example
 * ```ts
 * WEEKDAYS[6]
 * //=> 'sun'
 * ```
 * @category Services · 社区服务
 */
export const WEEKDAYS = Object.freeze(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const);

/**
 * One weekday key: `'mon'` … `'sun'`.
 *
 * @clause T3
 * @example
 * ```ts
 * const day: Weekday = 'sat';
 * ```
 * @category Services · 社区服务
 */
export type Weekday = (typeof WEEKDAYS)[number];

/** Most intervals one day may list (one per half hour): more is a data error. */
const MAX_INTERVALS_PER_DAY = 48;

const INTERVAL = /^([0-9]{2}):([0-9]{2})-([0-9]{2}):([0-9]{2})$/;
const LOOSE = /^\s*(\d{1,2})[:：](\d{2})\s*[-–—~～至]\s*(\d{1,2})[:：](\d{2})\s*$/;

/**
 * The outcome of reading one opening interval: its start and end in minutes after midnight, or a coded,
 * bilingual reason it was rejected.
 *
 * @clause T3
 * @example
 * ```ts
 * const r: TimeIntervalCheck = checkTimeInterval('08:30-12:00');
 * r
 * //=> { ok: true, start: 510, end: 720 }
 * ```
 * @category Services · 社区服务
 */
export type TimeIntervalCheck =
  | { readonly ok: true; readonly start: number; readonly end: number }
  | { readonly ok: false; readonly code: string; readonly messageZh: string; readonly messageEn: string };

/**
 * Read one opening interval `HH:MM-HH:MM` without throwing.
 *
 * The form is strict, like the calendar dates: two-digit hours and minutes in ASCII digits, a colon, and one
 * ASCII hyphen between start and end; no spaces. `00:00` is midnight at the start of the day and `24:00` is
 * accepted only as an end (midnight at the end of the day), so `00:00-24:00` is a whole day. An interval must end
 * after it starts on the same day: an overnight opening is written as two intervals on two days
 * (`18:00-24:00` on one day, `00:00-08:00` on the next).
 *
 * Codes: `invalid_time_format` (not `HH:MM-HH:MM`, e.g. `'8:30-12:00'` without the zero, `'08:30 - 12:00'`,
 * `'08：30-12:00'`, `'08:30~12:00'`), `invalid_time` (no such time: `'25:00'`, `'12:60'`, `'24:30'`, or `24:00`
 * as a start), `reversed_interval` (`'18:00-08:00'`) and `empty_interval` (`'08:00-08:00'`).
 *
 * @clause T3
 * @example
 * ```ts
 * checkTimeInterval('14:30-18:00')
 * //=> { ok: true, start: 870, end: 1080 }
 * checkTimeInterval('8:30-12:00').ok
 * //=> false
 * (checkTimeInterval('18:00-08:00') as { code: string }).code
 * //=> 'reversed_interval'
 * ```
 * @category Services · 社区服务
 */
export function checkTimeInterval(value: unknown): TimeIntervalCheck {
  if (typeof value !== 'string') {
    return {
      ok: false,
      code: 'invalid_time_format',
      messageZh: `开放时段应为 "HH:MM-HH:MM" 格式的文本，实际为${describe(value)}`,
      messageEn: `an opening interval must be text in the form "HH:MM-HH:MM", got ${describe(value)}`,
    };
  }
  const m = INTERVAL.exec(value);
  if (m === null) {
    const loose = LOOSE.exec(value);
    const hint =
      loose === null
        ? ''
        : // All four groups of LOOSE are required: a match has them all.
          `${pad(loose[1]!)}:${loose[2]!}-${pad(loose[3]!)}:${loose[4]!}`;
    return {
      ok: false,
      code: 'invalid_time_format',
      messageZh:
        `开放时段应为 "HH:MM-HH:MM"（小时和分钟均为两位半角数字，中间用半角连字符，无空格，如 "08:30-12:00"），实际为${describe(value)}` +
        (hint === '' ? '' : `；是否应为 "${hint}"？`),
      messageEn:
        `an opening interval must be "HH:MM-HH:MM" (two-digit ASCII hours and minutes, one ASCII hyphen, no spaces, e.g. "08:30-12:00"), got ${describe(value)}` +
        (hint === '' ? '' : `; did you mean "${hint}"?`),
    };
  }
  const sh = Number(m[1]);
  const sm = Number(m[2]);
  const eh = Number(m[3]);
  const em = Number(m[4]);
  const badStart = timeProblem(sh, sm, false);
  const badEnd = timeProblem(eh, em, true);
  const bad = badStart ?? badEnd;
  if (bad !== undefined) {
    const which = badStart !== undefined ? `${m[1]}:${m[2]}` : `${m[3]}:${m[4]}`;
    return {
      ok: false,
      code: 'invalid_time',
      messageZh: `时间 ${which} 不存在（${bad.zh}）：${describe(value)}`,
      messageEn: `no such time ${which} (${bad.en}): ${describe(value)}`,
    };
  }
  const start = sh * 60 + sm;
  const end = eh * 60 + em;
  if (end < start) {
    return {
      ok: false,
      code: 'reversed_interval',
      messageZh: `结束时间早于开始时间：${describe(value)}；跨夜开放请拆为两天的两个时段（如 "18:00-24:00" 和次日 "00:00-08:00"）`,
      messageEn: `the interval ends before it starts: ${describe(value)}; write an overnight opening as two intervals on two days ("18:00-24:00", then "00:00-08:00" the next day)`,
    };
  }
  if (end === start) {
    return {
      ok: false,
      code: 'empty_interval',
      messageZh: `开放时段长度为零：${describe(value)}`,
      messageEn: `the interval is empty: ${describe(value)}`,
    };
  }
  return { ok: true, start, end };
}

function pad(h: string): string {
  return h.length === 1 ? `0${h}` : h;
}

function timeProblem(h: number, min: number, isEnd: boolean): { zh: string; en: string } | undefined {
  if (min > 59) return { zh: '分钟应为00—59', en: 'minutes run 00–59' };
  if (h === 24) {
    if (!isEnd) return { zh: '24:00 只能作为结束时间', en: '24:00 may only end an interval' };
    if (min !== 0) return { zh: '24时之后没有时间', en: 'there is no time after 24:00' };
    return undefined;
  }
  if (h > 23) return { zh: '小时应为00—23（结束时间可为24:00）', en: 'hours run 00–23 (an end may be 24:00)' };
  return undefined;
}

/**
 * One opening interval `HH:MM-HH:MM`, checked by {@link checkTimeInterval}.
 *
 * @clause T3
 * @example
 * ```ts
 * timeIntervalSchema.safeParse('8:30-12:00').success
 * //=> false
 * ```
 * @category Services · 社区服务
 */
export const timeIntervalSchema = /* @__PURE__ */ z.unknown().check(z.superRefine((v, ctx) => {
  const r = checkTimeInterval(v);
  if (!r.ok) issue(ctx, r.code, r.messageZh, r.messageEn);
})) as unknown as z.ZodMiniType<string, string>;

const daySchema = /* @__PURE__ */ z.array(timeIntervalSchema).check(z.maxLength(MAX_INTERVALS_PER_DAY));

/**
 * A facility's weekly opening schedule: for each weekday, its opening intervals `HH:MM-HH:MM`.
 *
 * All seven days must be listed (a day left out is an error, `missing_day`, since "unknown" and "closed" must not be
 * confused); an empty list means closed that day. Intervals may overlap or touch (they are merged when hours are
 * counted) and need not be in order. Each interval is checked by {@link checkTimeInterval}; a bad one is reported
 * with its code at its path, e.g. `units[3].openingSchedule.mon[1]`.
 *
 * @clause T3
 * @example
 * ```ts
 * const week = { mon: ['08:30-12:00', '14:30-18:00'], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
 * weeklyScheduleSchema.parse(week).mon
 * //=> ['08:30-12:00', '14:30-18:00']
 * ```
 * @category Services · 社区服务
 */
export const weeklyScheduleSchema = /* @__PURE__ */ strictObject({
    mon: z.optional(daySchema),
    tue: z.optional(daySchema),
    wed: z.optional(daySchema),
    thu: z.optional(daySchema),
    fri: z.optional(daySchema),
    sat: z.optional(daySchema),
    sun: z.optional(daySchema),
  })
  .check(z.superRefine((week, ctx) => {
    for (const day of WEEKDAYS) {
      if (week[day] === undefined) {
        issue(
          ctx,
          'missing_day',
          `缺少 ${day} 的开放时段（休息日请写空数组 []）`,
          `no intervals for ${day} (write an empty array [] for a closed day)`,
          [day],
        );
      }
    }
  }));

/**
 * A weekly opening schedule after parsing: weekday → intervals `HH:MM-HH:MM`.
 *
 * @clause T3
 * @example
 * ```ts
 * const week: WeeklySchedule = { mon: ['08:00-12:00'], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
 * ```
 * @category Services · 社区服务
 */
export type WeeklySchedule = z.output<typeof weeklyScheduleSchema>;

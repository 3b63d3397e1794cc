import { PlanInputError } from '../../_lib/PlanInputError';
import { checkTimeInterval, WEEKDAYS, type Weekday } from '../../snapshot/ruleData/weeklySchedule';
import { mergeIntervals, type TimeInterval } from './mergeIntervals';
import { readSchedule } from './readSchedule';

/**
 * One day of a parsed schedule: its merged intervals (minutes after midnight) and the minutes open.
 *
 * @clause T3
 * @example
 * ```ts
 * parseWeeklySchedule({ mon: ['08:30-12:00', '14:30-18:00'], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }).mon
 * //=> { intervals: [[510, 720], [870, 1080]], minutes: 420 }
 * ```
 * @category Services · 社区服务
 */
export interface DayOpening {
  /** Disjoint intervals in order, overlaps and touching intervals merged. */
  readonly intervals: readonly TimeInterval[];
  /** Minutes open that day (each minute counted once). */
  readonly minutes: number;
}

/**
 * A parsed weekly schedule: each weekday's merged intervals and minutes open.
 *
 * @clause T3
 * @example
 * ```ts
 * const week: WeeklyOpening = parseWeeklySchedule({ mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: ['00:00-24:00'] });
 * week.sun.minutes
 * //=> 1440
 * ```
 * @category Services · 社区服务
 */
export type WeeklyOpening = Readonly<Record<Weekday, DayOpening>>;

/**
 * Parse a weekly opening schedule (`{ mon: ['08:30-12:00', …], …, sun: [] }`): check every interval, merge overlaps
 * per day, and count the minutes open.
 *
 * All seven days must be present (an empty list is a closed day). Each interval must be `HH:MM-HH:MM` with
 * two-digit, zero-padded hours and minutes (`'8:30-12:00'` is rejected), a real time (`'25:00'` is rejected;
 * `24:00` only as an end), and end after it starts (`'18:00-08:00'` is rejected: split an overnight opening across
 * two days). See {@link checkTimeInterval} for the codes.
 *
 * @param value - The schedule.
 * @param path - Where the schedule sits in the caller's input, prefixed to the error's path.
 * @throws `PlanInputError` with the code of the first problem (`invalid_time_format`, `invalid_time`,
 *   `reversed_interval`, `empty_interval`, `missing_day`, `unknown_day`, `invalid_schedule`) and its path, e.g.
 *   `['units', 3, 'openingSchedule', 'mon', 1]`.
 * @clause T3
 * @example
 * ```ts
 * parseWeeklySchedule({ mon: ['14:30-18:00', '08:30-12:00', '11:00-12:30'], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }).mon.minutes
 * //=> 450
 * parseWeeklySchedule({ mon: ['8:30-12:00'], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, ['openingSchedule'])
 * //=> throws PlanInputError { code: 'invalid_time_format', path: ['openingSchedule', 'mon', 0] }
 * ```
 * @category Services · 社区服务
 */
export function parseWeeklySchedule(value: unknown, path: readonly (string | number)[] = []): WeeklyOpening {
  const r = readSchedule(value);
  if (!r.ok) {
    throw new PlanInputError({ code: r.code, path: [...path, ...r.path], messageZh: r.messageZh, messageEn: r.messageEn });
  }
  const week = value as Record<Weekday, readonly string[]>;
  const out = {} as Record<Weekday, DayOpening>;
  WEEKDAYS.forEach((day, i) => {
    const intervals = week[day].map((s): TimeInterval => {
      const c = checkTimeInterval(s) as { start: number; end: number };
      return [c.start, c.end];
    });
    out[day] = Object.freeze({ intervals: Object.freeze(mergeIntervals(intervals).map((x) => Object.freeze(x) as TimeInterval)), minutes: r.minutes[i] ?? 0 });
  });
  return Object.freeze(out);
}

/**
 * The hot path of the opening-hours rule: minutes open per weekday from a schedule, without regular expressions or
 * per-interval allocations in the common case. Falls back to {@link checkTimeInterval} for the exact error.
 *
 * @internal
 * @module
 */
import { checkTimeInterval, WEEKDAYS } from '../../snapshot/ruleData/weeklySchedule';

/**
 * Outcome of reading a schedule without throwing: minutes per weekday, or the first problem and its path.
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * const r: ScheduleRead = { ok: true, minutes: [420, 420, 420, 420, 420, 0, 0] };
 * ```
 */
export type ScheduleRead =
  | { readonly ok: true; readonly minutes: readonly number[] }
  | {
      readonly ok: false;
      readonly path: readonly (string | number)[];
      readonly code: string;
      readonly messageZh: string;
      readonly messageEn: string;
    };

// Scratch buffers for one day's intervals (a day has at most 48 after validation; grown if a hand-built one has more).
let starts = new Int32Array(64);
let ends = new Int32Array(64);

/** Minutes after midnight of "HH:MM" at offset `at`, or -1 when not two digits, a colon and two digits. */
function hhmm(s: string, at: number): number {
  const h1 = s.charCodeAt(at) - 48;
  const h2 = s.charCodeAt(at + 1) - 48;
  const m1 = s.charCodeAt(at + 3) - 48;
  const m2 = s.charCodeAt(at + 4) - 48;
  if (s.charCodeAt(at + 2) !== 58 || h1 < 0 || h1 > 9 || h2 < 0 || h2 > 9 || m1 < 0 || m1 > 5 || m2 < 0 || m2 > 9) return -1;
  return (h1 * 10 + h2) * 60 + m1 * 10 + m2;
}

/** Start and end of a well-formed interval packed as start * 2048 + end, or -1 (then the slow path explains). */
function fastInterval(v: unknown): number {
  if (typeof v !== 'string' || v.length !== 11 || v.charCodeAt(5) !== 45) return -1;
  const a = hhmm(v, 0);
  const b = hhmm(v, 6);
  if (a < 0 || b < 0 || a >= 1440 || b > 1440 || b <= a) return -1;
  return a * 2048 + b;
}

/** Minutes open in one day's list, each minute once, or -1 - (index of the first bad interval). */
function dayMinutes(list: readonly unknown[]): number {
  const n = list.length;
  if (n === 0) return 0;
  if (n === 1) {
    const p = fastInterval(list[0]);
    return p < 0 ? -1 : (p % 2048) - Math.floor(p / 2048);
  }
  if (n === 2) {
    // The common morning-and-afternoon day, merged without the scratch buffers.
    const p = fastInterval(list[0]);
    if (p < 0) return -1;
    const q = fastInterval(list[1]);
    if (q < 0) return -2;
    let s1 = Math.floor(p / 2048);
    let e1 = p % 2048;
    let s2 = Math.floor(q / 2048);
    let e2 = q % 2048;
    if (s2 < s1) {
      const ts = s1;
      const te = e1;
      s1 = s2;
      e1 = e2;
      s2 = ts;
      e2 = te;
    }
    return s2 <= e1 ? Math.max(e1, e2) - s1 : e1 - s1 + e2 - s2;
  }
  if (n > starts.length) {
    starts = new Int32Array(n);
    ends = new Int32Array(n);
  }
  // insertion sort by start (n is small)
  for (let i = 0; i < n; i++) {
    const p = fastInterval(list[i]);
    if (p < 0) return -1 - i;
    const s = Math.floor(p / 2048);
    const e = p % 2048;
    let j = i - 1;
    while (j >= 0 && (starts[j] as number) > s) {
      starts[j + 1] = starts[j] as number;
      ends[j + 1] = ends[j] as number;
      j--;
    }
    starts[j + 1] = s;
    ends[j + 1] = e;
  }
  let total = 0;
  let curS = starts[0] as number;
  let curE = ends[0] as number;
  for (let i = 1; i < n; i++) {
    const s = starts[i] as number;
    const e = ends[i] as number;
    if (s <= curE) {
      if (e > curE) curE = e;
    } else {
      total += curE - curS;
      curS = s;
      curE = e;
    }
  }
  return total + curE - curS;
}

/**
 * Read a schedule into minutes per weekday (Monday first), overlaps merged, without throwing.
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * readSchedule({ mon: ['08:30-12:00', '14:30-18:00'], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] })
 * //=> { ok: true, minutes: [420, 0, 0, 0, 0, 0, 0] }
 * ```
 */
export function readSchedule(value: unknown): ScheduleRead {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, path: [], code: 'invalid_schedule', messageZh: '开放时间表应为按星期列出时段的对象', messageEn: 'a schedule must be an object of intervals by weekday' };
  }
  const week = value as Record<string, unknown>;
  for (const key in week) {
    if (!(WEEKDAYS as readonly string[]).includes(key)) {
      return {
        ok: false,
        path: [key],
        code: 'unknown_day',
        messageZh: `未知的星期键 ${JSON.stringify(key)}（应为 mon、tue、wed、thu、fri、sat、sun）`,
        messageEn: `unknown weekday key ${JSON.stringify(key)} (expected mon, tue, wed, thu, fri, sat, sun)`,
      };
    }
  }
  const minutes: number[] = [];
  for (const day of WEEKDAYS) {
    const list = week[day];
    if (!Array.isArray(list)) {
      return {
        ok: false,
        path: [day],
        code: 'missing_day',
        messageZh: `缺少 ${day} 的开放时段（休息日请写空数组 []）`,
        messageEn: `no intervals for ${day} (write an empty array [] for a closed day)`,
      };
    }
    const m = dayMinutes(list);
    if (m < 0) {
      // A bad interval somewhere in the day: find it and explain it with the full checker.
      for (let i = 0; i < list.length; i++) {
        const r = checkTimeInterval(list[i]);
        if (!r.ok) return { ok: false, path: [day, i], code: r.code, messageZh: r.messageZh, messageEn: r.messageEn };
      }
      // Unreachable: dayMinutes rejects a day only when checkTimeInterval rejects one of its intervals; kept so
      // that a future gap between the two still gives an issue, never a silent pass.
      // Stryker disable next-line all: unreachable (see above), so no test can reach it
      /* c8 ignore next */
      return { ok: false, path: [day], code: 'invalid_schedule', messageZh: '开放时段无效', messageEn: 'invalid intervals' };
    }
    minutes.push(m);
  }
  return { ok: true, minutes };
}

/** Whether a key is one of the seven weekday keys (no allocation). */
function isWeekday(key: string): boolean {
  switch (key) {
    case 'mon':
    case 'tue':
    case 'wed':
    case 'thu':
    case 'fri':
    case 'sat':
    case 'sun':
      return true;
    default:
      return false;
  }
}

/**
 * Minutes open per weekday (Monday first) written into `out` (7 entries), without allocating: `true` when the
 * schedule is valid, `false` exactly when {@link readSchedule} would report a problem (then call it for the details).
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * const m = new Int32Array(7);
 * scheduleMinutesInto({ mon: ['08:00-12:00', '11:00-17:00'], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, m);
 * //=> true
 * m[0]
 * //=> 540
 * ```
 */
export function scheduleMinutesInto(value: unknown, out: Int32Array): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const week = value as Record<string, unknown>;
  for (const key in week) if (!isWeekday(key)) return false;
  // One named read per day (a constant key each), not week[WEEKDAYS[d]].
  const mon = dayOf(week.mon);
  const tue = dayOf(week.tue);
  const wed = dayOf(week.wed);
  const thu = dayOf(week.thu);
  const fri = dayOf(week.fri);
  const sat = dayOf(week.sat);
  const sun = dayOf(week.sun);
  if (mon < 0 || tue < 0 || wed < 0 || thu < 0 || fri < 0 || sat < 0 || sun < 0) return false;
  out[0] = mon;
  out[1] = tue;
  out[2] = wed;
  out[3] = thu;
  out[4] = fri;
  out[5] = sat;
  out[6] = sun;
  return true;
}

/** Minutes open in one day's list, or -1 when it is not a list or an interval is bad. */
function dayOf(list: unknown): number {
  if (!Array.isArray(list)) return -1;
  const m = dayMinutes(list);
  return m < 0 ? -1 : m;
}

/**
 * A time interval within one day: start and end in minutes after midnight, `0 <= start < end <= 1440`.
 *
 * @clause T3
 * @example
 * ```ts
 * const morning: TimeInterval = [510, 720]; // 08:30-12:00
 * ```
 * @category Services · 社区服务
 */
export type TimeInterval = readonly [start: number, end: number];

/**
 * Merge overlapping or touching intervals of one day into a sorted list of disjoint intervals.
 *
 * The result does not depend on the input order, merging a merged list changes nothing, and the input is not
 * changed. Touching intervals (`08:00-12:00` and `12:00-14:00`) merge into one; the total of the result is the time
 * the facility is open, each minute counted once.
 *
 * @clause T3
 * @example
 * ```ts
 * mergeIntervals([[840, 1080], [510, 720], [600, 780]])
 * //=> [[510, 780], [840, 1080]]
 * ```
 * @category Services · 社区服务
 */
export function mergeIntervals(intervals: readonly TimeInterval[]): [number, number][] {
  const sorted = intervals.map((i): [number, number] => [i[0], i[1]]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const cur of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && cur[0] <= last[1]) {
      if (cur[1] > last[1]) last[1] = cur[1];
    } else {
      out.push(cur);
    }
  }
  return out;
}

/**
 * A calendar date `YYYY-MM-DD` (a day in the county's calendar, with no time of day and no zone).
 *
 * A branded string: get one from {@link parseCalendarDate} or {@link isCalendarDate}. Because the
 * form is fixed-width, two `CalendarDate`s compare correctly as strings (`'2021-01-01' < '2025-12-31'`).
 *
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * const d: CalendarDate = parseCalendarDate('2025-12-31');
 * d;
 * //=> '2025-12-31'
 * ```
 */
export type CalendarDate = string & { readonly __brand: 'CalendarDate' };

/**
 * The plan period and calendar-date helpers: parsing `YYYY-MM-DD` dates, plan years,
 * the elapsed share of the period, due dates and calendar months. Nothing here reads the
 * machine's time zone.
 *
 * @module
 */
export type { CalendarDate } from './CalendarDate';
export { parseCalendarDate } from './parseCalendarDate';
export { isCalendarDate } from './isCalendarDate';
export { PLAN_PERIOD } from './PLAN_PERIOD';
export { isInPlanPeriod } from './isInPlanPeriod';
export { planYear } from './planYear';
export type { PlanYear } from './planYear';
export { calendarYear } from './calendarYear';
export { elapsedShare } from './elapsedShare';
export type { ElapsedShare } from './elapsedShare';
export { elapsedShareDecimal } from './elapsedShareDecimal';
export { dueDate } from './dueDate';
export { isDue } from './isDue';
export { monthsBetween } from './monthsBetween';

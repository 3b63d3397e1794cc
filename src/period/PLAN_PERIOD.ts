import { PLAN } from '../plan/meta';
import type { CalendarDate } from './CalendarDate';

/**
 * The plan period, 2021-01-01 to 2025-12-31 inclusive (the 十四五 years; targets fall due “到2025年末”).
 *
 * The same frozen object as `PLAN.period`, typed with {@link CalendarDate}.
 *
 * @clause R3
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * PLAN_PERIOD;
 * //=> { start: '2021-01-01', end: '2025-12-31' }
 * ```
 */
export const PLAN_PERIOD: { readonly start: CalendarDate; readonly end: CalendarDate } = PLAN.period as {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
};

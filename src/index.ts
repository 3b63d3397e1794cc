/**
 * longchuan-community-plan: Longchuan County's 14th Five-Year plan for its urban and rural community service system
 * (陇川县“十四五”城乡社区服务体系建设规划, 2021–2025) as typed data and pure functions with exact arithmetic.
 *
 * @example
 * ```ts
 * import { PLAN, getClause } from 'longchuan-community-plan';
 * PLAN.period.end
 * //=> '2025-12-31'
 * getClause('T8').labelZh
 * //=> '重点任务第8条'
 * ```
 *
 * @category Reference · 参考
 * @module
 */
export * from './plan/meta';
export * from './plan/clauses';
export * from './units/index';
export * from './period/index';
export * from './snapshot/index';
export * from './indicators/index';
export { PlanInputError } from './_lib/PlanInputError';
export * from './rules/index';
export * from './actions/index';
export * from './evaluate/index';
export * from './series/index';
export * from './report/index';
export * from './sample/index';

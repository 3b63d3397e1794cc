import * as z from 'zod/mini';
import { strictObject } from './_zodObject';
import { countySchema } from './countySchema';
import { dateSchema, regionCodeSchema } from './primitives';
import { actionStatusesSchema } from './ruleData/actionStatus';
import { recordsSchema } from './ruleData/records';
import { townshipRecordsSchema } from './ruleData/townshipRecord';
import { unitSchema } from './unitSchema';

export { LONGCHUAN_CODE } from '../units/LONGCHUAN_CODE';
/**
 * Most village-level units one snapshot may hold (China has 620,573).
 *
 * @category Input · 输入数据
 */
export const MAX_UNITS = 1_000_000;

/**
 * The data a county reports on one date: the county's figures and each village-level unit's.
 *
 * `regionCode` is the 2-, 4- or 6-digit code every unit code must start with (Longchuan, `533124`, by default);
 * a province (`53`) or an empty string (the whole country) lets the same schema carry larger data sets.
 *
 * @clause P1.1
 * @example
 * ```ts
 * snapshotSchema.parse({ asOf: '2024-12-31', units: [] }).asOf
 * //=> '2024-12-31'
 * ```
 * @category Input · 输入数据
 */
export const snapshotSchema = /* @__PURE__ */ strictObject({
  /** The date the figures describe (YYYY-MM-DD). */
  asOf: dateSchema,
  /** Code prefix every unit must share: `'533124'` (Longchuan, the default), a province such as `'53'`, or `''` for all of China. */
  regionCode: /* @__PURE__ */ z.optional(regionCodeSchema),
  /** County-wide figures. */
  county: /* @__PURE__ */ z.optional(countySchema),
  /** Every village-level unit reported (村民委员会 and 社区居民委员会). */
  units: /* @__PURE__ */ z.array(unitSchema).check(z.maxLength(MAX_UNITS)),
  /** Township-level facts read by the township rules (专栏3 items 2 and 3, 专栏6 item 3). */
  townships: /* @__PURE__ */ z.optional(townshipRecordsSchema),
  /** Record lists read by the record rules: estates, elderly visits, service outlets, relocation sites, incomes. */
  records: /* @__PURE__ */ z.optional(recordsSchema),
  /** Where each tracked action of the plan stands (保障措施 1: 年度任务清单和工作台账). */
  actions: /* @__PURE__ */ z.optional(actionStatusesSchema),
});

/**
 * A snapshot as the caller supplies it.
 *
 * @example
 * ```ts
 * const input: SnapshotInput = { asOf: '2024-12-31', units: [{ code: '533124101001', townshipCode: '533124101' }] };
 * ```
 * @category Input · 输入数据
 */
export type SnapshotInput = z.input<typeof snapshotSchema>;
/**
 * A validated snapshot: every unit valid, codes consistent and unique.
 *
 * @example
 * ```ts
 * const snapshot: Snapshot = parseSnapshot({ asOf: '2024-12-31', units: [] });
 * ```
 * @category Input · 输入数据
 */
export type Snapshot = z.output<typeof snapshotSchema>;

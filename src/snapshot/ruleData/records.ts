import * as z from 'zod/mini';
import { strictObject } from '../_zodObject';
import { elderlyVisitsSchema } from './elderlyVisits';
import { newEstatesSchema } from './newEstate';
import { relocationSitesSchema } from './relocationSite';
import { serviceOutletsSchema } from './serviceOutlet';
import { communityWorkerIncomesSchema } from './wages';

/**
 * Record lists the rules read, each optional (absent → the rule reports `missing_data`): new residential estates
 * (专栏3 item 2), the elderly visit roster and log (专栏3 item 2), community service outlets' tariffs (保障措施 2),
 * relocation sites (专栏4 item 2) and urban community workers' income (task 12).
 *
 * @clause P3.2
 * @clause P4.2
 * @clause S2
 * @clause T12
 * @example
 * ```ts
 * recordsSchema.parse({ newEstates: [{ id: 'E1', households: 100, elderlyCareServiceArea: 20 }] }).newEstates?.[0]?.elderlyCareServiceArea
 * //=> '20'
 * ```
 * @category Input · 输入数据
 */
export const recordsSchema = /* @__PURE__ */ strictObject({
  /** New residential estates (新建住宅小区). */
  newEstates: /* @__PURE__ */ z.optional(newEstatesSchema),
  /** Roster of special-difficulty elderly people and visits to them. */
  elderlyVisits: /* @__PURE__ */ z.optional(elderlyVisitsSchema),
  /** Community service outlets and their utility tariffs. */
  serviceOutlets: /* @__PURE__ */ z.optional(serviceOutletsSchema),
  /** Relocation sites (易地扶贫搬迁集中安置点). */
  relocationSites: /* @__PURE__ */ z.optional(relocationSitesSchema),
  /** Urban community workers' average monthly income by year. */
  communityWorkerIncome: /* @__PURE__ */ z.optional(communityWorkerIncomesSchema),
});

/**
 * The record lists of a snapshot after parsing.
 *
 * @clause P3.2
 * @example
 * ```ts
 * const records: SnapshotRecords = { relocationSites: [{ id: 'S1', hasServiceFacility: true }] };
 * ```
 * @category Input · 输入数据
 */
export type SnapshotRecords = z.output<typeof recordsSchema>;

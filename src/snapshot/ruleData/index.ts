/**
 * Schemas of the extra data the plan's rules read: opening schedules, township facts, elderly visit logs, new
 * estates, service outlets, relocation sites, wages, the 一肩挑 series and tracked-action statuses. Each is an
 * optional part of a snapshot.
 *
 * @module
 * @category Input · 输入数据
 */
export { WEEKDAYS, checkTimeInterval, timeIntervalSchema, weeklyScheduleSchema, type Weekday, type TimeIntervalCheck, type WeeklySchedule } from './weeklySchedule';
export { cadrePaySchema, type CadrePay } from './cadrePay';
export { townshipRecordSchema, townshipRecordsSchema, type TownshipRecord } from './townshipRecord';
export { elderlyVisitsSchema, type ElderlyVisits } from './elderlyVisits';
export { newEstateSchema, newEstatesSchema, type NewEstate } from './newEstate';
export { serviceOutletSchema, serviceOutletsSchema, type ServiceOutlet } from './serviceOutlet';
export { relocationSiteSchema, relocationSitesSchema, type RelocationSite } from './relocationSite';
export {
  urbanUnitWageSchema,
  urbanUnitWagesSchema,
  communityWorkerIncomeSchema,
  communityWorkerIncomesSchema,
  type UrbanUnitWage,
  type CommunityWorkerIncome,
} from './wages';
export { oneShoulderYearSchema, oneShoulderSeriesSchema, type OneShoulderYear } from './oneShoulder';
export { actionStatusSchema, actionStatusesSchema, type ActionStatusRecord } from './actionStatus';
export { recordsSchema, type SnapshotRecords } from './records';

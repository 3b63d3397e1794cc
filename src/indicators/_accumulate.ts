/**
 * The roll-up hot path: a mutable accumulator that units and partials are added into without allocating
 * (no Decimal, no per-unit objects except for the missing fields reported). The public functions
 * (`emptyPartial`, `unitPartial`, `mergePartials`, `computeIndicators`) are built on it.
 *
 * @internal
 * @module
 */
import { hundredthsOf as toHundredths } from './_hundredths';
import { classifyUnit } from '../snapshot/classifyUnit';
import type { Unit } from '../snapshot/unitSchema';
import { add, type ExactInt } from './_exact';
import type { IndicatorId } from './INDICATOR_IDS';
import type { ResolvedOptions } from './IndicatorOptions';
import { MISSING_LIST_LIMIT, type IndicatorPartial, type MissingField, type PartialSums } from './IndicatorPartial';

/** 陇川农场's code: its residents' committees are left out of the urban indicators under farmCommunities 'exclude'. */
const FARM = '533124400';

/** One indicator's sums, mutable. */
export interface MutableSums {
  numerator: ExactInt;
  denominator: ExactInt;
  missingCount: number;
  missing: MissingField[];
}

/** A partial under construction. */
export interface MutablePartial {
  indicators: Record<IndicatorId, MutableSums>;
  urbanCommunityWorkers: MutableSums;
}

function sums(): MutableSums {
  return { numerator: 0, denominator: 0, missingCount: 0, missing: [] };
}

/** A fresh, empty accumulator (keys in the plan's order). */
export function newPartial(): MutablePartial {
  // One literal (keys in the plan's order), so every partial shares one shape.
  const indicators: Record<IndicatorId, MutableSums> = {
    rural_facility_coverage: sums(),
    urban_facility_coverage: sums(),
    commercial_service_area_share: sums(),
    facility_area_per_100_households: sums(),
    activity_area_share: sums(),
    urban_self_service_coverage: sums(),
    workers_per_10000_urban_residents: sums(),
  };
  return { indicators, urbanCommunityWorkers: sums() };
}

/** Order of missing pairs: by unit code, then field name. */
export function compareMissing(a: MissingField, b: MissingField): number {
  if (a.unit < b.unit) return -1;
  if (a.unit > b.unit) return 1;
  return a.field < b.field ? -1 : a.field > b.field ? 1 : 0;
}

/** Sort and keep the first `MISSING_LIST_LIMIT` pairs. */
function trim(list: MissingField[]): void {
  list.sort(compareMissing);
  list.length = Math.min(list.length, MISSING_LIST_LIMIT);
}

/**
 * Told of every (unit, field) pair a unit is missing, as it is added (the partial's lists keep only the first
 * `MISSING_LIST_LIMIT`): how evaluate counts the units lacking each field exactly.
 */
export interface MissingSink {
  note(unit: string, field: string): void;
}

function miss(s: MutableSums, unit: string, field: string, sink?: MissingSink): void {
  if (sink !== undefined) sink.note(unit, field);
  s.missingCount++;
  s.missing.push({ unit, field });
  // Trim in batches: keeping the smallest pairs of each batch keeps the smallest pairs overall. This bounds memory
  // only: seal() sorts and trims every list, so the result is the same whenever (or whether) it trims here.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: memory bound; seal() trims
  if (s.missing.length > 2 * MISSING_LIST_LIMIT) trim(s.missing);
}

function count(s: MutableSums, numerator: number, denominator: number): void {
  s.numerator = add(s.numerator, numerator);
  s.denominator = add(s.denominator, denominator);
}

/** A yes/no fact counted over a scope: numerator += 1 when true, denominator += 1; unknown → missing. */
function flag(s: MutableSums, unit: string, value: boolean | undefined, field: string, sink: MissingSink | undefined): void {
  if (value === undefined) miss(s, unit, field, sink);
  else count(s, value ? 1 : 0, 1);
}

/**
 * Add one unit's contribution to every indicator. The readings are documented on each definition in `INDICATORS`.
 * A field left out is never read as zero: the unit is reported missing for each indicator that needed it, and adds
 * nothing to that indicator's sums. Where the unit's membership of an indicator's scope is unknown (classification,
 * `newCommunity` for the 新建 reading, `hasServiceFacility` for indicator 5), only the deciding field is reported.
 */
export function addUnitInto(acc: MutablePartial, u: Unit, o: ResolvedOptions, sink?: MissingSink): void {
  const code = u.code;
  const s = acc.indicators;
  const cls = classifyUnit(u, o.classifyBy);

  // P1.1, P1.2, P1.3, P1.6, P1.7: scoped by classification.
  if (cls === undefined) {
    const f = o.classField;
    miss(s.rural_facility_coverage, code, f, sink);
    miss(s.urban_facility_coverage, code, f, sink);
    miss(s.commercial_service_area_share, code, f, sink);
    miss(s.urban_self_service_coverage, code, f, sink);
    miss(s.workers_per_10000_urban_residents, code, f, sink);
    miss(acc.urbanCommunityWorkers, code, f, sink);
  } else if (cls === 'rural') {
    // P1.1: 农村社区综合服务设施覆盖率.
    flag(s.rural_facility_coverage, code, u.hasServiceFacility, 'hasServiceFacility', sink);
  } else if (!o.excludeFarm || u.townshipCode !== FARM) {
    // Urban communities (陇川农场's four 社区居民委员会 among them unless farmCommunities is 'exclude').
    // P1.2: 城市社区综合服务设施覆盖率.
    flag(s.urban_facility_coverage, code, u.hasServiceFacility, 'hasServiceFacility', sink);
    // P1.6: 城市社区政务通用自助服务覆盖率.
    flag(s.urban_self_service_coverage, code, u.hasSelfServiceTerminal, 'hasSelfServiceTerminal', sink);

    // P1.3: 社区商业和综合服务设施面积占社区总建筑面积的比例 (all urban communities, or new ones only).
    const s3 = s.commercial_service_area_share;
    if (o.newOnly && u.newCommunity === undefined) miss(s3, code, 'newCommunity', sink);
    else if (!o.newOnly || u.newCommunity === true) {
      const c = u.commercialServiceArea;
      const b = u.communityBuildingArea;
      if (c === undefined || b === undefined) {
        if (c === undefined) miss(s3, code, 'commercialServiceArea', sink);
        if (b === undefined) miss(s3, code, 'communityBuildingArea', sink);
      } else count(s3, toHundredths(c), toHundredths(b));
    }

    // P1.7: 每万名城镇常住人口拥有社区工作者 (workers and residents of urban communities).
    const s7 = s.workers_per_10000_urban_residents;
    const w = u.communityWorkers;
    const p = u.residentPopulation;
    if (w === undefined) {
      miss(s7, code, 'communityWorkers', sink);
      miss(acc.urbanCommunityWorkers, code, 'communityWorkers', sink);
    } else count(acc.urbanCommunityWorkers, w, 1);
    if (p === undefined) miss(s7, code, 'residentPopulation', sink);
    if (w !== undefined && p !== undefined) count(s7, w, p);
  }

  // P1.4: 每百户居民拥有社区综合服务设施面积 (all units; no facility is a known 0 m²).
  const s4 = s.facility_area_per_100_households;
  const hh = u.households;
  const area =
    u.hasServiceFacility === false ? 0 : u.facilityBuildingArea === undefined ? undefined : toHundredths(u.facilityBuildingArea);
  if (area === undefined || hh === undefined) {
    if (area === undefined) miss(s4, code, 'facilityBuildingArea', sink);
    if (hh === undefined) miss(s4, code, 'households', sink);
  } else count(s4, area, hh);

  // P1.5: 居民活动区域面积占社区综合服务设施总建筑面积比例 (units that have a facility).
  const s5 = s.activity_area_share;
  const has = u.hasServiceFacility;
  if (has === undefined) miss(s5, code, 'hasServiceFacility', sink);
  else if (has) {
    const a = u.facilityActivityArea;
    const b = u.facilityBuildingArea;
    if (a === undefined || b === undefined) {
      if (a === undefined) miss(s5, code, 'facilityActivityArea', sink);
      if (b === undefined) miss(s5, code, 'facilityBuildingArea', sink);
    } else count(s5, toHundredths(a), toHundredths(b));
  }
}

function mergeSumsInto(acc: MutableSums, p: PartialSums): void {
  acc.numerator = add(acc.numerator, p.numerator);
  acc.denominator = add(acc.denominator, p.denominator);
  acc.missingCount += p.missingCount;
  for (const m of p.missing) acc.missing.push(m);
  // As in miss(): a memory bound only, since seal() sorts and trims every list whatever was trimmed here.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: memory bound; seal() trims
  if (acc.missing.length > 2 * MISSING_LIST_LIMIT) trim(acc.missing);
}

/** Add a whole partial into the accumulator (its missing pairs are shared, not copied: they are never mutated). */
export function mergeInto(acc: MutablePartial, p: IndicatorPartial): void {
  const a = acc.indicators;
  const b = p.indicators;
  mergeSumsInto(a.rural_facility_coverage, b.rural_facility_coverage);
  mergeSumsInto(a.urban_facility_coverage, b.urban_facility_coverage);
  mergeSumsInto(a.commercial_service_area_share, b.commercial_service_area_share);
  mergeSumsInto(a.facility_area_per_100_households, b.facility_area_per_100_households);
  mergeSumsInto(a.activity_area_share, b.activity_area_share);
  mergeSumsInto(a.urban_self_service_coverage, b.urban_self_service_coverage);
  mergeSumsInto(a.workers_per_10000_urban_residents, b.workers_per_10000_urban_residents);
  mergeSumsInto(acc.urbanCommunityWorkers, p.urbanCommunityWorkers);
}

/** Finish: sort every missing list and keep its first `MISSING_LIST_LIMIT` pairs. Returns the same object. */
export function seal(acc: MutablePartial): IndicatorPartial {
  const s = acc.indicators;
  trim(s.rural_facility_coverage.missing);
  trim(s.urban_facility_coverage.missing);
  trim(s.commercial_service_area_share.missing);
  trim(s.facility_area_per_100_households.missing);
  trim(s.activity_area_share.missing);
  trim(s.urban_self_service_coverage.missing);
  trim(s.workers_per_10000_urban_residents.missing);
  trim(acc.urbanCommunityWorkers.missing);
  return acc;
}

/** Merge two sorted missing lists into a new sorted list of at most `MISSING_LIST_LIMIT` pairs. */
export function mergeMissing(a: readonly MissingField[], b: readonly MissingField[]): MissingField[] {
  const out: MissingField[] = [];
  let i = 0;
  let j = 0;
  while (out.length < MISSING_LIST_LIMIT && (i < a.length || j < b.length)) {
    const x = a[i];
    const y = b[j];
    // On a tie (the same unit and field) either pair gives the same list: `< 0` for `<= 0` is an equivalent mutant.
    if (y === undefined || (x !== undefined && compareMissing(x, y) <= 0)) {
      out.push(x as MissingField);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

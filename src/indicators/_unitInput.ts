/**
 * The guard of the formulas-only functions (`computeIndicator`, `computeIndicators`, `unitPartial`): the unit and
 * county fields the indicators read, checked by the snapshot's own rules without zod (importing the formulas stays
 * small), and read as `parseSnapshot` reads them: an area given as a number is read as its shortest decimal string
 * (90 → `'90'`, 107.2 → `'107.2'`). A value the snapshot would reject throws a `PlanInputError` naming its path
 * (`units[0].households`) and what was expected; fields the indicators do not read are not looked at.
 *
 * @internal
 * @module
 */
import { describeValue } from '../_lib/describeValue';
import { PlanInputError } from '../_lib/PlanInputError';
import { parseCalendarDate } from '../period/parseCalendarDate';
import type { CountyFigures } from '../snapshot/countySchema';
import type { Snapshot } from '../snapshot/snapshotSchema';
import type { Unit } from '../snapshot/unitSchema';
import { findTownship } from '../units/findUnit';
import { LONGCHUAN_CODE } from '../units/LONGCHUAN_CODE';

type Path = readonly (string | number)[];

/** `MAX_COUNT`, `MAX_AREA` and `MAX_UNITS` of the snapshot's schemas (src/snapshot, which imports zod). */
const MAX_COUNT = 2_000_000_000;
const MAX_AREA = 10_000_000;
const MAX_UNITS = 1_000_000;

/**
 * What a value must be: a pattern that its type followed by its {@link describeValue} text must match (`'number90'`,
 * `'string"320.5"'`, `'number-0'`, `'objectarray'`), a largest number (0: none), and how that is said in Chinese and
 * in English.
 */
type Kind = readonly [pattern: RegExp, max: number, zh: string, en: string];

// A count is a number written in plain digits (5.5, 1e21, -1, -0 and NaN are not); an area a number or a string in
// plain digits with at most 2 decimals (a number read as its shortest decimal string, as the snapshot reads it).
const COUNT: Kind = [/^number\d+$/, MAX_COUNT, `0至${MAX_COUNT}的整数`, `a whole number 0 to ${MAX_COUNT}`];
const AREA: Kind = [
  /^(number|string")(0|[1-9]\d*)(\.\d\d?)?"?$/,
  MAX_AREA,
  `0至${MAX_AREA}平方米，最多2位小数`,
  `0 to ${MAX_AREA} m², at most 2 decimals`,
];
const FLAG: Kind = [/^boolean/, 0, 'true | false', 'true | false'];
const OBJECT: Kind = [/^objectobject$/, 0, '对象', 'an object'];

/** Each unit field the indicators read, and what it must be when given (`code` must be). */
const FIELDS: Readonly<Record<string, Kind>> = {
  code: [/^string"\d{12}"$/, 0, '12位数字代码', 'a 12-digit code'],
  committeeType: [/^string"(village|resident)_committee"$/, 0, 'village_committee | resident_committee', 'village_committee | resident_committee'],
  classification: [/^string"(urban|rural)"$/, 0, 'urban | rural', 'urban | rural'],
  urbanRuralCode: [/^string"[12][12]\d"$/, 0, '1xx | 2xx', '1xx | 2xx'],
  hasServiceFacility: FLAG,
  newCommunity: FLAG,
  hasSelfServiceTerminal: FLAG,
  households: COUNT,
  residentPopulation: COUNT,
  communityWorkers: COUNT,
  facilityActivityArea: AREA,
  facilityBuildingArea: AREA,
  commercialServiceArea: AREA,
  communityBuildingArea: AREA,
};

function fail(path: Path, code: string, zh: string, en: string): never {
  throw new PlanInputError({ code, path, messageZh: zh, messageEn: en });
}

/**
 * Throw unless `v` is of `kind` or, when `optional`, left out: the error names `path` (then `key`, if given), what was
 * expected and what was found.
 */
function check(v: unknown, kind: Kind, path: Path, key?: string | number, optional = key !== undefined): void {
  if (optional && v === undefined) return;
  const got = describeValue(v);
  if (!kind[0].test(typeof v + got) || (kind[1] > 0 && (v as number) > kind[1])) {
    fail(key === undefined ? path : [...path, key], 'invalid_value', `应为${kind[2]}，实际为${got}`, `expected ${kind[3]}, got ${got}`);
  }
}

/**
 * Throw `exceeds_total` when the part exceeds the whole (both checked, or left out). Compared as numbers, which is
 * exact here: two counts are safe integers, and two areas of at most 2 decimals up to 10^7 m² differ by 0.01 or more
 * when they differ, far above the spacing of doubles there (< 2·10^-9), so rounding never changes their order.
 */
function within(o: Record<string, unknown>, part: string, whole: string, path: Path): void {
  // A field left out reads NaN, and NaN > x is false.
  if (Number(o[part]) > Number(o[whole])) {
    fail([...path, part], 'exceeds_total', `${part} 不能超过 ${whole}`, `${part} may not exceed ${whole}`);
  }
}

/**
 * One unit's fields that the indicators read, each checked as `parseSnapshot` checks it; a shallow copy with its areas
 * as decimal strings. The relations between fields and units (a part area within its whole, the township code, codes
 * listed once) are left to {@link snapshotOf}: within the formulas-only import's size budget, `computeIndicator` and
 * `unitPartial` check each value they read, not the relations.
 *
 * @internal
 */
export function unitOf(value: unknown, path: Path): Unit {
  // Not an object: its `code` reads undefined (`Object` gives `{}` for null and undefined), which throws below.
  const u: Record<string, unknown> = Object(value);
  const out = { ...u };
  for (const f in FIELDS) {
    const v = u[f];
    const kind = FIELDS[f] as Kind;
    check(v, kind, path, f, f !== 'code');
    if (kind === AREA && v !== undefined) out[f] = String(v);
  }
  return out as Unit;
}

/**
 * A list of units, each checked by {@link unitOf}: a new list of normalised copies. Codes listed twice are left to
 * {@link snapshotOf} (a list given to `computeIndicator` is the caller's group).
 *
 * @internal
 */
export function unitsOf(value: unknown, path: Path): Unit[] {
  if (!Array.isArray(value)) check(value, [/^$/, 0, '数组', 'an array'], path);
  return (value as unknown[]).map((u, i) => unitOf(u, [...path, i]));
}

/**
 * County figures as the indicators read them: `urbanResidentPopulation`, a count (or left out; so is the figure of a
 * county that is not an object, which {@link snapshotOf} refuses).
 *
 * @internal
 */
export function countyOf(value: unknown, path: Path): CountyFigures | undefined {
  if (value !== undefined) check(Object(value).urbanResidentPopulation, COUNT, path, 'urbanResidentPopulation');
  return value as CountyFigures | undefined;
}

const REGION: Kind = [
  /^string"(\d\d){0,3}"$/,
  0,
  '2、4或6位数字的区域代码，或空字符串',
  'a 2-, 4- or 6-digit region code, or ""',
];

/**
 * A snapshot's parts the indicators read (`asOf`, `regionCode`, the county's `urbanResidentPopulation` with the
 * `residentPopulation` it may not exceed, `units`), checked as `parseSnapshot` checks them, including each unit's
 * part areas within their wholes, its township code, codes listed once and within the region (for Longchuan, in one
 * of its townships); a shallow copy with its units normalised.
 *
 * @internal
 */
export function snapshotOf(value: unknown): Snapshot {
  check(value, OBJECT, []);
  const s = value as Record<string, unknown>;
  parseCalendarDate(s['asOf'], 'asOf');
  check(s['regionCode'], REGION, [], 'regionCode');
  const region = (s['regionCode'] ?? LONGCHUAN_CODE) as string;
  const county = countyOf(s['county'], ['county']);
  if (county !== undefined) {
    check(county, OBJECT, ['county']);
    check(county.residentPopulation, COUNT, ['county'], 'residentPopulation');
    within(county, 'urbanResidentPopulation', 'residentPopulation', ['county']);
  }
  const list = s['units'];
  if (Array.isArray(list) && list.length > MAX_UNITS) {
    fail(['units'], 'too_big', `单位过多（上限${MAX_UNITS}）`, `too many units (at most ${MAX_UNITS})`);
  }
  const units = unitsOf(list, ['units']);
  const seen = new Set<string>();
  units.forEach((u, i) => {
    const path = ['units', i];
    within(u, 'facilityActivityArea', 'facilityBuildingArea', path);
    within(u, 'commercialServiceArea', 'communityBuildingArea', path);
    if (seen.has(u.code)) fail([...path, 'code'], 'duplicate_unit', `村级代码 ${u.code} 重复`, `unit code ${u.code} is listed twice`);
    seen.add(u.code);
    const prefix = u.code.slice(0, 9);
    check(u.townshipCode, [new RegExp(`^string"${prefix}"$`), 0, prefix, prefix], path, 'townshipCode', false);
    if (!u.code.startsWith(region)) fail([...path, 'code'], 'outside_region', `代码 ${u.code} 不在区域 ${region} 内`, `code ${u.code} is outside region ${region}`);
    if (region === LONGCHUAN_CODE && !findTownship(prefix)) {
      fail([...path, 'townshipCode'], 'unknown_township', `陇川县没有乡级代码 ${prefix}`, `Longchuan County has no township-level code ${prefix}`);
    }
  });
  return { ...s, units } as Snapshot;
}

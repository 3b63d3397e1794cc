/**
 * The fast path of {@link safeParseSnapshot}: one unit that `unitSchema` accepts, read without zod.
 *
 * `fastUnit(value)` returns exactly what `unitSchema.safeParse(value).data` would (a new object, the schema's keys in
 * the schema's order, areas as canonical decimal strings, new arrays and objects for the schedule and the cadre pay),
 * or `undefined` when it is not sure. The caller then runs the schema, so every issue and message is the schema's own:
 * the fast path never reports anything, it only declines. It is the schema that stays the contract (and the source of
 * the JSON Schema); this module mirrors it field by field and is checked against it by
 * `test/snapshot/fastPath.test.ts` (every field kind exhaustively or by property, whole units valid, near-valid and
 * hostile).
 *
 * How it stays on the schema's side of every doubt:
 * - each field is read once (`value[key]`, as zod reads it, inherited properties included), and the value read is the
 *   value checked and the value kept: a getter or a Proxy answering differently on a second read cannot slip a value
 *   past the check;
 * - a field is present when `key in value`, as zod decides it; a present field whose value is `undefined` declines;
 * - every key `for…in` yields (own and inherited enumerable keys, as zod's unknown-key check walks them) must be a
 *   field of the schema, or the unit declines;
 * - the part–whole check is the schema's own (`checkPartsWithinWholes` over the same output object); the field
 *   checks are lean equivalents of the schema's (character codes, no allocation), tested against it: every date and a
 *   grid of intervals exhaustively, the rest at their bounds and by property;
 * - the output is a new object whose keys are written by name in the schema's order, so that it is the fast-mode
 *   object zod's output is (computed-key stores made dictionary-mode objects, slower to read later);
 * - the field table is checked against `unitSchema.shape` once, at first use: a field added to the schema, reordered,
 *   or given another schema turns the fast path off (every unit goes to zod), never wrong.
 *
 * @internal
 * @module
 */
import { CONTROL_CHARACTER, canonicalDecimal, areaSchema, countSchema, dateSchema, flagSchema, isCount, MAX_AREA, textSchema, townshipCodeSchema, unitCodeSchema } from './primitives';
import { UNIT_PARTS, checkPartsWithinWholes } from './partWithinWhole';
import { cadrePaySchema } from './ruleData/cadrePay';
import { WEEKDAYS, weeklyScheduleSchema } from './ruleData/weeklySchedule';
import { unitSchema, type Unit } from './unitSchema';

/** How one field is checked. */
const enum Kind {
  UnitCode,
  TownshipCode,
  Text,
  CommitteeType,
  UrbanRuralCode,
  Classification,
  Count,
  Flag,
  Area,
  Date,
  Schedule,
  CadrePay,
}

/** The unit's fields in `unitSchema`'s order, each with its kind. */
const FIELDS: readonly (readonly [string, Kind])[] = [
  ['code', Kind.UnitCode],
  ['townshipCode', Kind.TownshipCode],
  ['name', Kind.Text],
  ['committeeType', Kind.CommitteeType],
  ['urbanRuralCode', Kind.UrbanRuralCode],
  ['classification', Kind.Classification],
  ['households', Kind.Count],
  ['residentPopulation', Kind.Count],
  ['hasServiceFacility', Kind.Flag],
  ['facilityBuildingArea', Kind.Area],
  ['facilityActivityArea', Kind.Area],
  ['communityBuildingArea', Kind.Area],
  ['commercialServiceArea', Kind.Area],
  ['newCommunity', Kind.Flag],
  ['hasSelfServiceTerminal', Kind.Flag],
  ['communityWorkers', Kind.Count],
  ['openingSchedule', Kind.Schedule],
  ['facilityCompletedOn', Kind.Date],
  ['hasVolunteerStation', Kind.Flag],
  ['hasOnlineService24h', Kind.Flag],
  ['hasProxyGovernmentService', Kind.Flag],
  ['lastSatisfactionSurveyOn', Kind.Date],
  ['hasPublicLegalServices', Kind.Flag],
  ['hasDisabledPersonsAssociation', Kind.Flag],
  ['inFitnessCircle', Kind.Flag],
  ['hasDayCareCoverage', Kind.Flag],
  ['communityPoliceOfficers', Kind.Count],
  ['auxiliaryPoliceOfficers', Kind.Count],
  ['legalAdvisers', Kind.Count],
  ['professionalSocialWorkers', Kind.Count],
  ['gridMembers', Kind.Count],
  ['heavyEthnicReligiousWork', Kind.Flag],
  ['ethnicReligiousOfficers', Kind.Count],
  ['cadrePay', Kind.CadrePay],
  ['workersWithPensionInsurance', Kind.Count],
  ['workersWithMedicalInsurance', Kind.Count],
  ['workersWithHousingFund', Kind.Count],
  ['communityWorkersTrained', Kind.Count],
  ['villagePlanCompleted', Kind.Flag],
];

/** The parts of village cadres' pay, in `cadrePaySchema`'s order. */
const CADRE_PAY_KEYS = ['basicPay', 'postAllowance', 'performanceAllowance', 'collectiveIncomeReward'] as const;

/** Most intervals one day may list (the schema's `maxLength(48)`). */
const MAX_INTERVALS_PER_DAY = 48;

/** The schemas the kinds stand for, compared by identity with the schema's fields. */
function schemaOf(kind: Kind): unknown {
  switch (kind) {
    case Kind.UnitCode:
      return unitCodeSchema;
    case Kind.TownshipCode:
      return townshipCodeSchema;
    case Kind.Text:
      return textSchema;
    case Kind.Count:
      return countSchema;
    case Kind.Flag:
      return flagSchema;
    case Kind.Area:
      return areaSchema;
    case Kind.Date:
      return dateSchema;
    case Kind.Schedule:
      return weeklyScheduleSchema;
    case Kind.CadrePay:
      return cadrePaySchema;
    default:
      return undefined; // the two enums and the urban-rural code are built in place: checked by their tests
  }
}

/** The inner schema of an optional field, or the field itself. */
function inner(field: unknown): unknown {
  const f = field as { def?: { type?: string; innerType?: unknown } };
  return f.def?.type === 'optional' && f.def.innerType !== undefined ? f.def.innerType : field;
}

let enabled: boolean | undefined;
/** Each field's position in {@link FIELDS}. */
const INDEX: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(FIELDS.map(([k], i) => [k, i]));
/** The fields' names and kinds, in the schema's order. */
const NAMES: readonly string[] = /* @__PURE__ */ FIELDS.map(([k]) => k);
const KINDS: readonly Kind[] = /* @__PURE__ */ FIELDS.map(([, kind]) => kind);
/** The first fields, `code` and `townshipCode`, are required. */
const REQUIRED = 2;

/** Whether the field table is `unitSchema`'s: same keys, same order, the same schema for every kind that has one. */
function tableMatchesSchema(): boolean {
  const shape = unitSchema.shape as Record<string, unknown>;
  const names = Object.keys(shape);
  if (names.length !== FIELDS.length) return false;
  for (let i = 0; i < FIELDS.length; i++) {
    const [key, kind] = FIELDS[i] as readonly [string, Kind];
    if (names[i] !== key) return false;
    const expected = schemaOf(kind);
    if (expected !== undefined && inner(shape[key]) !== expected) return false;
    if (i < REQUIRED !== (inner(shape[key]) === shape[key])) return false;
  }
  const options = (key: string) => String((inner(shape[key]) as { options?: unknown }).options);
  return (
    CADRE_PAY_KEYS.join() === Object.keys(cadrePaySchema.shape).join() &&
    WEEKDAYS.join() === Object.keys(weeklyScheduleSchema.shape).join() &&
    options('committeeType') === 'village_committee,resident_committee' &&
    options('classification') === 'urban,rural' &&
    // One refinement of the whole unit, the part–whole check: another would be the schema's alone.
    (unitSchema.def.checks ?? []).length === 1
  );
}

/**
 * Whether the fast path is on (its field table matches `unitSchema`); decided once.
 *
 * @internal
 */
export function fastPathEnabled(): boolean {
  enabled ??= tableMatchesSchema();
  return enabled;
}

const ZERO = 48; // '0'
const NINE = 57; // '9'

/** `s` is `n` ASCII digits (`/^\d{n}$/` without the `u` flag). */
function isDigits(s: string, n: number): boolean {
  if (s.length !== n) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < ZERO || c > NINE) return false;
  }
  return true;
}

/** Two ASCII digits at `i` as a number, or -1. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - ZERO;
  const b = s.charCodeAt(i + 1) - ZERO;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** `textSchema` accepts `v`. */
function isText(v: unknown): v is string {
  return typeof v === 'string' && v.length <= 200 && !CONTROL_CHARACTER.test(v);
}

/** The schema's `urbanRuralCode` (`/^[12][12]\d$/`) accepts `v`. */
function isUrbanRuralCode(v: unknown): v is string {
  if (typeof v !== 'string' || v.length !== 3) return false;
  const a = v.charCodeAt(0);
  const b = v.charCodeAt(1);
  const c = v.charCodeAt(2);
  return (a === 49 || a === 50) && (b === 49 || b === 50) && c >= ZERO && c <= NINE;
}

const DECIMAL = /^(?:0|[1-9]\d*)(?:\.(\d{1,2}))?$/;

/** What `areaSchema` makes of `v` (a canonical decimal string), or `undefined` when it would reject it. */
function area(v: unknown): string | undefined {
  let s: string;
  if (typeof v === 'number') {
    // A whole number within bounds prints as plain digits: nothing to canonicalise.
    if (Number.isInteger(v) && v >= 0 && v <= MAX_AREA && !Object.is(v, -0)) return String(v);
    if (!Number.isFinite(v) || v < 0 || Object.is(v, -0)) return undefined;
    s = String(v);
  } else if (typeof v === 'string') s = v;
  else return undefined;
  if (!DECIMAL.test(s) || Number(s) > MAX_AREA) return undefined;
  return canonicalDecimal(s);
}

/** What a check returns for a value the schema would reject. */
const FAIL: unique symbol = Symbol('fail');

/** Days in each month of a common year, January first. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** `dateSchema` (`isCalendarDate`) accepts `v`: `YYYY-MM-DD` in ASCII digits, a real day, years 1900–2100. */
function isDate(v: unknown): boolean {
  if (typeof v !== 'string' || v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return false;
  const hi = twoDigits(v, 0);
  const lo = twoDigits(v, 2);
  const month = twoDigits(v, 5);
  const day = twoDigits(v, 8);
  if (hi < 0 || lo < 0 || month < 1 || month > 12 || day < 1) return false;
  const year = hi * 100 + lo;
  if (year < 1900 || year > 2100) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] as number));
}

/**
 * `checkTimeInterval` accepts `v`: `HH:MM-HH:MM` in ASCII digits, a start 00:00–23:59, an end 00:01–24:00 after it.
 */
function isInterval(v: unknown): boolean {
  if (typeof v !== 'string' || v.length !== 11 || v.charCodeAt(2) !== 58 || v.charCodeAt(5) !== 45 || v.charCodeAt(8) !== 58) return false;
  const sh = twoDigits(v, 0);
  const sm = twoDigits(v, 3);
  const eh = twoDigits(v, 6);
  const em = twoDigits(v, 9);
  if (sh < 0 || sm < 0 || eh < 0 || em < 0 || sh > 23 || sm > 59 || em > 59 || eh > 24 || (eh === 24 && em !== 0)) return false;
  return eh * 60 + em > sh * 60 + sm;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A copy of one day's intervals (each read once), or `undefined` unless every one is valid and there are at most 48. */
function day(list: unknown): string[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const n = list.length;
  if (n > MAX_INTERVALS_PER_DAY) return undefined;
  const copy = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const s: unknown = list[i];
    if (!isInterval(s)) return undefined;
    copy[i] = s as string;
  }
  return copy;
}

/**
 * What `weeklyScheduleSchema` makes of `v` (a new object, the days in order, new arrays), or `undefined`. Each day is
 * read once; a day left out, or present as undefined, is the schema's `missing_day`.
 */
function schedule(v: unknown): Record<string, string[]> | undefined {
  if (!isObject(v)) return undefined;
  for (const k in v) if (!isWeekday(k)) return undefined;
  const mon = day(v['mon']);
  const tue = day(v['tue']);
  const wed = day(v['wed']);
  const thu = day(v['thu']);
  const fri = day(v['fri']);
  const sat = day(v['sat']);
  const sun = day(v['sun']);
  if (mon === undefined || tue === undefined || wed === undefined || thu === undefined || fri === undefined || sat === undefined || sun === undefined) return undefined;
  if (!('mon' in v && 'tue' in v && 'wed' in v && 'thu' in v && 'fri' in v && 'sat' in v && 'sun' in v)) return undefined;
  return { mon, tue, wed, thu, fri, sat, sun };
}

function isWeekday(k: string): boolean {
  return k === 'mon' || k === 'tue' || k === 'wed' || k === 'thu' || k === 'fri' || k === 'sat' || k === 'sun';
}

/** One part of the cadre pay, read once: a flag, absent (`undefined`), or `FAIL` (a part present as undefined included). */
function payPart(v: Record<string, unknown>, key: string): boolean | undefined | typeof FAIL {
  const x = v[key];
  if (x === undefined) return key in v ? FAIL : undefined;
  return typeof x === 'boolean' && key in v ? x : FAIL;
}

/** What `cadrePaySchema` makes of `v` (a new object, the parts present in order), or `undefined`. Each part read once. */
function cadrePay(v: unknown): Record<string, boolean> | undefined {
  if (!isObject(v)) return undefined;
  for (const k in v) if (k !== 'basicPay' && k !== 'postAllowance' && k !== 'performanceAllowance' && k !== 'collectiveIncomeReward') return undefined;
  const a = payPart(v, 'basicPay');
  const b = payPart(v, 'postAllowance');
  const c = payPart(v, 'performanceAllowance');
  const d = payPart(v, 'collectiveIncomeReward');
  if (a === FAIL || b === FAIL || c === FAIL || d === FAIL) return undefined;
  if (a !== undefined && b !== undefined && c !== undefined && d !== undefined) return { basicPay: a, postAllowance: b, performanceAllowance: c, collectiveIncomeReward: d };
  const out: Record<string, boolean> = {};
  if (a !== undefined) out['basicPay'] = a;
  if (b !== undefined) out['postAllowance'] = b;
  if (c !== undefined) out['performanceAllowance'] = c;
  if (d !== undefined) out['collectiveIncomeReward'] = d;
  return out;
}


/** The value the schema keeps for one field, or `FAIL`. */
function field(kind: Kind, v: unknown): unknown {
  switch (kind) {
    case Kind.Count:
      return isCount(v) ? v : FAIL;
    case Kind.Flag:
      return typeof v === 'boolean' ? v : FAIL;
    case Kind.Area:
      return area(v) ?? FAIL;
    case Kind.UnitCode:
      return typeof v === 'string' && isDigits(v, 12) ? v : FAIL;
    case Kind.TownshipCode:
      return typeof v === 'string' && isDigits(v, 9) ? v : FAIL;
    case Kind.Text:
      return isText(v) ? v : FAIL;
    case Kind.CommitteeType:
      return v === 'village_committee' || v === 'resident_committee' ? v : FAIL;
    case Kind.UrbanRuralCode:
      return isUrbanRuralCode(v) ? v : FAIL;
    case Kind.Classification:
      return v === 'urban' || v === 'rural' ? v : FAIL;
    case Kind.Date:
      return isDate(v) ? v : FAIL;
    case Kind.Schedule:
      return schedule(v) ?? FAIL;
    case Kind.CadrePay:
      return cadrePay(v) ?? FAIL;
  }
}

/** Set by {@link PART_CTX} when the part–whole check raises an issue. */
let partRaised = false;
/** A refinement context for `checkPartsWithinWholes` that only notes that an issue was raised. */
const PART_CTX = {
  addIssue(): void {
    partRaised = true;
  },
} as unknown as Parameters<typeof checkPartsWithinWholes>[2];

/**
 * The unit `unitSchema` makes of `value`, when `value` is a valid unit; `undefined` when the schema might reject it
 * or make something else of it (then the caller runs the schema). Never throws on its own account (a getter that
 * throws does, as it would in the schema).
 *
 * @internal
 */
export function fastUnit(value: unknown): Unit | undefined {
  if (!isObject(value) || !fastPathEnabled()) return undefined;
  // Each field read once, as zod reads it (`value[key]`: inherited and non-enumerable properties too), checked, and
  // the value checked kept. Local, not shared: a getter may itself parse a snapshot.
  const kept = new Array<unknown>(FIELDS.length);
  for (let i = 0; i < FIELDS.length; i++) {
    const key = NAMES[i] as string;
    const v = value[key];
    if (v === undefined) {
      // Absent: fine for an optional field. Present as undefined (zod keeps the key): the schema's business.
      if (i < REQUIRED || key in value) return undefined;
      continue;
    }
    const k = field(KINDS[i] as Kind, v);
    // Present for zod means `key in value`: a value only a Proxy's `get` answers is the schema's business too.
    if (k === FAIL || !(key in value)) return undefined;
    kept[i] = k;
  }
  // Every key the schema's unknown-key check walks (own and inherited enumerable, not symbols) must be a field.
  for (const k in value) if (!INDEX.has(k)) return undefined;
  const out = unitOf(kept);
  partRaised = false;
  checkPartsWithinWholes(out, UNIT_PARTS, PART_CTX);
  return partRaised ? undefined : out;
}

/**
 * The unit of the values kept, by position in {@link FIELDS}, its keys in the schema's order (the order of the
 * schema's output). Written as named stores: properties added by computed keys (`r[key] = v`) made an object of this
 * many fields a slow dictionary-mode object, which slowed every later read of the unit (a summary evaluation was
 * measurably slower; the figure was not kept). The positions are FIELDS' (checked against the schema by `test/snapshot/fastPath.test.ts`).
 */
function unitOf(v: readonly unknown[]): Unit {
  const r: Unit = { code: v[0] as string, townshipCode: v[1] as string };
  if (v[2] !== undefined) r.name = v[2] as Unit['name'];
  if (v[3] !== undefined) r.committeeType = v[3] as Unit['committeeType'];
  if (v[4] !== undefined) r.urbanRuralCode = v[4] as Unit['urbanRuralCode'];
  if (v[5] !== undefined) r.classification = v[5] as Unit['classification'];
  if (v[6] !== undefined) r.households = v[6] as Unit['households'];
  if (v[7] !== undefined) r.residentPopulation = v[7] as Unit['residentPopulation'];
  if (v[8] !== undefined) r.hasServiceFacility = v[8] as Unit['hasServiceFacility'];
  if (v[9] !== undefined) r.facilityBuildingArea = v[9] as Unit['facilityBuildingArea'];
  if (v[10] !== undefined) r.facilityActivityArea = v[10] as Unit['facilityActivityArea'];
  if (v[11] !== undefined) r.communityBuildingArea = v[11] as Unit['communityBuildingArea'];
  if (v[12] !== undefined) r.commercialServiceArea = v[12] as Unit['commercialServiceArea'];
  if (v[13] !== undefined) r.newCommunity = v[13] as Unit['newCommunity'];
  if (v[14] !== undefined) r.hasSelfServiceTerminal = v[14] as Unit['hasSelfServiceTerminal'];
  if (v[15] !== undefined) r.communityWorkers = v[15] as Unit['communityWorkers'];
  if (v[16] !== undefined) r.openingSchedule = v[16] as Unit['openingSchedule'];
  if (v[17] !== undefined) r.facilityCompletedOn = v[17] as Unit['facilityCompletedOn'];
  if (v[18] !== undefined) r.hasVolunteerStation = v[18] as Unit['hasVolunteerStation'];
  if (v[19] !== undefined) r.hasOnlineService24h = v[19] as Unit['hasOnlineService24h'];
  if (v[20] !== undefined) r.hasProxyGovernmentService = v[20] as Unit['hasProxyGovernmentService'];
  if (v[21] !== undefined) r.lastSatisfactionSurveyOn = v[21] as Unit['lastSatisfactionSurveyOn'];
  if (v[22] !== undefined) r.hasPublicLegalServices = v[22] as Unit['hasPublicLegalServices'];
  if (v[23] !== undefined) r.hasDisabledPersonsAssociation = v[23] as Unit['hasDisabledPersonsAssociation'];
  if (v[24] !== undefined) r.inFitnessCircle = v[24] as Unit['inFitnessCircle'];
  if (v[25] !== undefined) r.hasDayCareCoverage = v[25] as Unit['hasDayCareCoverage'];
  if (v[26] !== undefined) r.communityPoliceOfficers = v[26] as Unit['communityPoliceOfficers'];
  if (v[27] !== undefined) r.auxiliaryPoliceOfficers = v[27] as Unit['auxiliaryPoliceOfficers'];
  if (v[28] !== undefined) r.legalAdvisers = v[28] as Unit['legalAdvisers'];
  if (v[29] !== undefined) r.professionalSocialWorkers = v[29] as Unit['professionalSocialWorkers'];
  if (v[30] !== undefined) r.gridMembers = v[30] as Unit['gridMembers'];
  if (v[31] !== undefined) r.heavyEthnicReligiousWork = v[31] as Unit['heavyEthnicReligiousWork'];
  if (v[32] !== undefined) r.ethnicReligiousOfficers = v[32] as Unit['ethnicReligiousOfficers'];
  if (v[33] !== undefined) r.cadrePay = v[33] as Unit['cadrePay'];
  if (v[34] !== undefined) r.workersWithPensionInsurance = v[34] as Unit['workersWithPensionInsurance'];
  if (v[35] !== undefined) r.workersWithMedicalInsurance = v[35] as Unit['workersWithMedicalInsurance'];
  if (v[36] !== undefined) r.workersWithHousingFund = v[36] as Unit['workersWithHousingFund'];
  if (v[37] !== undefined) r.communityWorkersTrained = v[37] as Unit['communityWorkersTrained'];
  if (v[38] !== undefined) r.villagePlanCompleted = v[38] as Unit['villagePlanCompleted'];
  return r;
}

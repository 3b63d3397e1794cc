import { ownData, prototypeIsPolluted } from '../_lib/ownData';
import { markParsed } from './_parsed';
import * as z from 'zod/mini';
import { object } from './_zodObject';
import { findTownship } from '../units/findUnit';
import { countySchema, type CountyFigures } from './countySchema';
import { IssueList } from './IssueList';
import type { PlanIssue } from './PlanIssue';
import { SnapshotError } from './SnapshotError';
import { LONGCHUAN_CODE, MAX_UNITS, snapshotSchema, type Snapshot } from './snapshotSchema';
import { translateZodIssue, unknownFieldIssue } from './translateZodIssue';
import { unitSchema, type Unit } from './unitSchema';
import { fastUnit } from './_fastUnit';
import { duplicateIdMessage } from './ruleData/_helpers';
import { actionStatusesSchema } from './ruleData/actionStatus';
import { recordsSchema } from './ruleData/records';
import { townshipRecordsSchema } from './ruleData/townshipRecord';

/** Issues carry the value found, so that messages can name it. */
const REPORT = { reportInput: true } as const;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A copy of the own enumerable keys of `o` but `omit`: `Object.fromEntries` never invokes a `__proto__` setter. */
function ownCopy(o: Record<string, unknown>, omit: ReadonlySet<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => !omit.has(k)));
}

function outsideRegion(path: readonly (string | number)[], code: string, region: string): PlanIssue {
  return {
    code: 'outside_region',
    path: [...path],
    messageZh: `代码 ${code} 不在区域 ${region} 内`,
    messageEn: `code ${code} is outside region ${region}`,
  };
}

function unknownTownship(path: readonly (string | number)[], code: string): PlanIssue {
  return {
    code: 'unknown_township',
    path: [...path],
    messageZh: `陇川县没有乡级代码 ${code}`,
    messageEn: `Longchuan County has no township-level code ${code}`,
  };
}

/**
 * The problems of where a valid unit sits (its township code, the region, Longchuan's townships), pushed onto `issues`
 * at index `i`: the checks `safeParseSnapshot` makes of each unit after its fields, and a streamed evaluation too.
 *
 * @internal
 * @example
 * ```ts
 * const issues: PlanIssue[] = [];
 * placeIssues({ code: '533124101201', townshipCode: '533124102' } as Unit, 0, '533124', issues);
 * issues[0]?.code;
 * //=> 'township_mismatch'
 * ```
 */
export function placeIssues(u: Unit, i: number, region: string, issues: { push(issue: PlanIssue): unknown }): void {
  // Both codes are all digits, 12 and 9 long: the township code is the first 9 digits when the unit code starts with it.
  const inTownship = u.code.startsWith(u.townshipCode);
  if (!inTownship) {
    issues.push({
      code: 'township_mismatch',
      path: ['units', i, 'townshipCode'],
      messageZh: `所属乡镇代码 ${u.townshipCode} 与村级代码 ${u.code} 的前9位不一致`,
      messageEn: `township code ${u.townshipCode} does not match the first 9 digits of unit code ${u.code}`,
    });
  }
  if (!u.code.startsWith(region)) {
    issues.push(outsideRegion(['units', i, 'code'], u.code, region));
  } else if (region === LONGCHUAN_CODE && inTownship && !findTownship(u.townshipCode)) {
    issues.push(unknownTownship(['units', i, 'townshipCode'], u.townshipCode));
  }
}

/**
 * The issue of a unit whose code was listed before, at index `first`: every copy is left out.
 *
 * @internal
 * @example
 * ```ts
 * duplicateUnitIssue('533124101201', 3, 0).messageEn
 * //=> 'unit code 533124101201 is listed twice (first at index 0); neither copy is used'
 * ```
 */
export function duplicateUnitIssue(code: string, i: number, first: number): PlanIssue {
  return {
    code: 'duplicate_unit',
    path: ['units', i, 'code'],
    messageZh: `村级代码 ${code} 重复（第${first + 1}条已出现），两条均不采用`,
    messageEn: `unit code ${code} is listed twice (first at index ${first}); neither copy is used`,
  };
}

/** The rows a list kept, and where each sat in the caller's list. */
interface Kept {
  readonly data: unknown;
  readonly at: (i: number) => number;
}

/**
 * Parse a list of records leniently: a record that an issue points at is reported and left out, the rest are kept.
 * An issue about the list as a whole (not one record) drops the list, reported. Returns the kept rows, or undefined.
 */
function lenientList(value: unknown, schema: z.ZodMiniType, path: readonly (string | number)[], issues: IssueList): Kept | undefined {
  let rows = value;
  let orig: number[] | undefined; // position in the caller's list of each row still kept
  for (let attempt = 0; attempt < 3; attempt++) {
    const r = schema.safeParse(rows, REPORT);
    if (r.success) {
      const positions = orig;
      return { data: r.data, at: (i) => positions?.[i] ?? i };
    }
    const bad = new Set<number>();
    let whole = false;
    for (const iss of r.error.issues) {
      const head = iss.path[0];
      if (typeof head === 'number' && Array.isArray(rows)) {
        bad.add(head);
        const at = orig?.[head] ?? head;
        const t = translateZodIssue({ ...iss, path: [at, ...iss.path.slice(1)] } as typeof iss, path);
        issues.push(orig !== undefined && t.code === 'duplicate_id' ? renumberDuplicate(t, iss, orig) : t);
      } else {
        whole = true;
        issues.push(translateZodIssue(iss, path));
      }
    }
    if (whole || !Array.isArray(rows)) return undefined;
    const list = rows as unknown[];
    const positions = orig ?? list.map((_, i) => i);
    orig = positions.filter((_, i) => !bad.has(i));
    rows = list.filter((_, i) => !bad.has(i));
  }
  return undefined;
}

/**
 * A `duplicate_id` found after earlier rows were left out names its first copy by its index in the kept rows; name it
 * by its index in the caller's list instead.
 */
function renumberDuplicate(t: PlanIssue, iss: z.core.$ZodIssue, orig: readonly number[]): PlanIssue {
  const { key, first } = (iss as unknown as { params: { key: string; first: number } }).params;
  const m = duplicateIdMessage(String(t.path[t.path.length - 1]), key, orig[first] as number);
  return { ...t, messageZh: m.zh, messageEn: m.en };
}

/** Report every issue of a value of the wrong kind (a list that is not a list, a county that is not an object). */
function reportWhole(schema: z.ZodMiniType, value: unknown, path: readonly (string | number)[], issues: IssueList): undefined {
  for (const iss of schema.safeParse(value, REPORT).error!.issues) issues.push(translateZodIssue(iss, path));
  return undefined;
}

/**
 * The rows whose `field` (a unit or township code) lies in the region; for Longchuan, a township code must also be
 * one of its ten. Each row left out is reported at its path.
 */
function keepInRegion(
  kept: Kept,
  field: 'code' | 'unitCode',
  region: string,
  path: readonly (string | number)[],
  issues: IssueList,
): unknown[] {
  const out: unknown[] = [];
  (kept.data as readonly unknown[]).forEach((row, i) => {
    const code = (row as Record<string, string | undefined>)[field];
    if (code === undefined) out.push(row);
    else if (!code.startsWith(region)) issues.push(outsideRegion([...path, kept.at(i), field], code, region));
    else if (field === 'code' && region === LONGCHUAN_CODE && !findTownship(code)) issues.push(unknownTownship([...path, kept.at(i), field], code));
    else out.push(row);
  });
  return out;
}

/** Each list of `records` on its own: a bad estate never hides the visits. */
function parseRecords(value: unknown, region: string, issues: IssueList): Snapshot['records'] | undefined {
  if (!isRecord(value)) return reportWhole(recordsSchema, value, ['records'], issues);
  const shape = recordsSchema.shape as Record<string, z.ZodMiniType>;
  const unknown = Object.keys(value).filter((k) => !Object.hasOwn(shape, k));
  if (unknown.length > 0) issues.push(unknownFieldIssue(['records'], unknown));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) {
    if (!Object.hasOwn(value, key)) continue;
    const kept = lenientList(value[key], shape[key] as z.ZodMiniType, ['records', key], issues);
    if (kept === undefined) continue;
    // The visit log is one record (its rate needs the whole roster); the other lists are lists of records.
    out[key] = key === 'elderlyVisits' ? kept.data : keepInRegion(kept, 'unitCode', region, ['records', key], issues);
  }
  return out as Snapshot['records'];
}

const COUNTY_LISTS: ReadonlySet<string> = new Set(['oneShoulder', 'urbanUnitWages']);

/**
 * The county's figures, read figure by figure: a bad figure (or one exceeding its total) is reported and left out,
 * so the rules that need it report `missing_data`; the yearly series are read year by year.
 */
function parseCounty(value: unknown, issues: IssueList): CountyFigures | undefined {
  const path = ['county'];
  if (!isRecord(value)) return reportWhole(countySchema, value, path, issues);
  const first = countySchema.safeParse(ownCopy(value, COUNTY_LISTS), REPORT);
  let out: Record<string, unknown>;
  if (first.success) out = first.data as Record<string, unknown>;
  else {
    const drop = new Set<string>(COUNTY_LISTS);
    for (const iss of first.error.issues) {
      issues.push(translateZodIssue(iss, path));
      if (iss.code === 'unrecognized_keys') for (const k of iss.keys) drop.add(k);
      else drop.add(String(iss.path[0]));
    }
    // Every issue names the figure it concerns (a part above its whole names the part): without them the rest parses.
    // Should that ever not hold, the county (whose issues are already reported) is left out rather than thrown.
    const rest = countySchema.safeParse(ownCopy(value, drop));
    if (!rest.success) return undefined;
    out = rest.data as Record<string, unknown>;
  }
  const shape = countySchema.shape as Record<string, z.ZodMiniOptional<z.ZodMiniType>>;
  for (const key of COUNTY_LISTS) {
    if (!Object.hasOwn(value, key)) continue;
    const kept = lenientList(value[key], (shape[key] as z.ZodMiniOptional<z.ZodMiniType>).def.innerType, [...path, key], issues);
    if (kept !== undefined) out[key] = kept.data;
  }
  return out as CountyFigures;
}

/**
 * A unit that was not accepted, with why.
 *
 * @category Input · 输入数据
 */
export interface RejectedUnit {
  /** Position in the input's `units` array. */
  readonly index: number;
  /** Its code, when it had a readable one. */
  readonly code?: string;
}

/**
 * What {@link safeParseSnapshot} returns. On failure `data` still holds the valid part (every unit that passed) when
 * the snapshot's outer shape was readable, so that an evaluation can go on and report the rejected units.
 *
 * @example
 * ```ts
 * const r: SnapshotParseResult = safeParseSnapshot({ asOf: '2024-12-31', units: [] });
 * r.success
 * //=> true
 * ```
 * @category Input · 输入数据
 */
export type SnapshotParseResult =
  | { readonly success: true; readonly data: Snapshot; readonly issues: readonly []; readonly issueCount: 0; readonly rejected: readonly [] }
  | {
      readonly success: false;
      readonly error: SnapshotError;
      /**
       * The first {@link MAX_ISSUES} problems found, in input order; when there are more, a last `more_issues` entry
       * says how many were not listed.
       */
      readonly issues: readonly PlanIssue[];
      /** Every problem found, listed or not (the `more_issues` entry not counted). */
      readonly issueCount: number;
      /** Every unit left out, however many. */
      readonly rejected: readonly RejectedUnit[];
      readonly data?: Snapshot;
    };

let envelope: z.ZodMiniType | undefined;
function envelopeSchema(): z.ZodMiniType {
  // The outer shape only: units, the county and the record lists are read one by one below, so that one bad unit,
  // figure or record never hides the others. Unknown top-level keys are reported below, not fatal.
  envelope ??= object({
    ...snapshotSchema.shape,
    units: z.array(z.unknown()).check(z.maxLength(MAX_UNITS)),
    county: z.optional(z.unknown()),
    townships: z.optional(z.unknown()),
    records: z.optional(z.unknown()),
    actions: z.optional(z.unknown()),
  });
  return envelope;
}

/**
 * Validate a snapshot without throwing. Each unit is checked on its own, so one bad unit is reported and the others
 * are kept; then codes are checked across units: the township code must be the unit code's first 9 digits, every code
 * must lie in the region, and a code listed twice rejects every copy (never a silent overwrite).
 *
 * Only an unreadable outer shape (not an object, no valid `asOf` or `regionCode`, no `units` list or more than
 * {@link MAX_UNITS} units) leaves `data` undefined. Anything else is reported and left out, the rest kept: an unknown
 * top-level key, a bad county figure (or one exceeding its total), a bad record, a record or township code outside
 * the region.
 *
 * @clause P1.1
 * @example
 * ```ts
 * const r = safeParseSnapshot({ asOf: '2024-12-31', units: [{ code: '533124101001', townshipCode: '533124101', households: -1 }] });
 * r.success ? 0 : r.issues[0]?.code
 * //=> 'negative'
 * ```
 * @category Input · 输入数据
 */
export function safeParseSnapshot(input: unknown): SnapshotParseResult {
  // A polluted Object.prototype must never be read as data: then read own properties only, and hand back data whose
  // objects inherit nothing (the slow path; an unpolluted process never takes it).
  if (prototypeIsPolluted()) {
    const r = parseSnapshotData(ownData(input));
    return r.data === undefined ? r : ({ ...r, data: markParsed(ownData(r.data)) } as SnapshotParseResult);
  }
  return parseSnapshotData(input);
}

function parseSnapshotData(input: unknown): SnapshotParseResult {
  const issues = new IssueList();
  const rejected: RejectedUnit[] = [];
  if (isRecord(input)) {
    const unknown = Object.keys(input).filter((k) => !Object.hasOwn(snapshotSchema.shape, k));
    if (unknown.length > 0) issues.push(unknownFieldIssue([], unknown));
  }
  const outer = envelopeSchema().safeParse(input, REPORT);
  if (!outer.success) {
    for (const iss of outer.error.issues) issues.push(translateZodIssue(iss));
    // Every problem at once: the county's figures are checked too (the units and records need a valid region).
    if (isRecord(input) && input['county'] !== undefined) parseCounty(input['county'], issues);
    return failure(issues, rejected);
  }
  const raw = outer.data as Omit<Snapshot, 'units' | 'county' | 'townships' | 'records' | 'actions'> & {
    units: unknown[];
    county?: unknown;
    townships?: unknown;
    records?: unknown;
    actions?: unknown;
  };
  const region = raw.regionCode ?? LONGCHUAN_CODE;
  const sections: Partial<Pick<Snapshot, 'county' | 'townships' | 'records' | 'actions'>> = {};
  if (raw.county !== undefined) {
    const c = parseCounty(raw.county, issues);
    if (c !== undefined) sections.county = c;
  }
  if (raw.townships !== undefined) {
    const t = lenientList(raw.townships, townshipRecordsSchema, ['townships'], issues);
    if (t !== undefined) sections.townships = keepInRegion(t, 'code', region, ['townships'], issues) as Snapshot['townships'];
  }
  if (raw.actions !== undefined) {
    const a = lenientList(raw.actions, actionStatusesSchema, ['actions'], issues);
    if (a !== undefined) sections.actions = a.data as Snapshot['actions'];
  }
  if (raw.records !== undefined) {
    const r = parseRecords(raw.records, region, issues);
    if (r !== undefined) sections.records = r;
  }
  // The units kept so far, with their positions in the input (a later copy of a code drops its first copy below).
  let units: Unit[] = [];
  const positions: number[] = [];
  const firstIndex = new Map<string, number>();
  const duplicated = new Set<string>();

  for (let i = 0; i < raw.units.length; i++) {
    // A valid unit is read without zod (see _fastUnit); anything else, and anything in doubt, goes to the schema.
    let u = fastUnit(raw.units[i]);
    if (u === undefined) {
      const r = parseUnit(raw.units[i], i, issues, rejected);
      if (r === undefined) continue;
      u = r;
    }
    const before = issues.length;
    placeIssues(u, i, region, issues);
    const seen = firstIndex.get(u.code);
    if (seen === undefined) firstIndex.set(u.code, i);
    else {
      duplicated.add(u.code);
      issues.push(duplicateUnitIssue(u.code, i, seen));
    }
    if (issues.length > before) rejected.push({ index: i, code: u.code });
    else {
      units.push(u);
      positions.push(i);
    }
  }

  if (duplicated.size > 0) {
    // The first copy of a code listed twice was kept above: leave it out now, reported among the rejected.
    const kept: Unit[] = [];
    for (let k = 0; k < units.length; k++) {
      const u = units[k] as Unit;
      if (duplicated.has(u.code)) rejected.push({ index: positions[k] as number, code: u.code });
      else kept.push(u);
    }
    units = kept;
  }
  // Branded: checkRules and computeIndicators take it as it is, without parsing it again.
  const data = markParsed({ ...raw, ...sections, units } as Snapshot);
  if (!('county' in sections)) delete (data as { county?: unknown }).county;
  if (!('townships' in sections)) delete (data as { townships?: unknown }).townships;
  if (!('actions' in sections)) delete (data as { actions?: unknown }).actions;
  if (!('records' in sections)) delete (data as { records?: unknown }).records;
  if (issues.length === 0) return { success: true, data, issues: [], issueCount: 0, rejected: [] };
  rejected.sort((a, b) => a.index - b.index);
  return failure(issues, rejected, data);
}

/**
 * One unit through the schema (the slow path): the unit, or `undefined` with its issues reported and the unit listed
 * as rejected.
 */
function parseUnit(value: unknown, i: number, issues: IssueList, rejected: RejectedUnit[]): Unit | undefined {
  if (issues.full) {
    // Past the listed issues, a unit with no field of a unit (`{}`, `null`, `[]`, `{"x": 1}`) is only counted:
    // exactly the issues the schema would find (see obviousUnitIssues), at a fraction of the cost.
    const n = obviousUnitIssues(value);
    if (n > 0) {
      issues.countOnly(n);
      rejected.push({ index: i });
      return undefined;
    }
  }
  // Past the listed issues the messages would be thrown away: the schema's issues are counted, not translated, and
  // the schema is not asked to copy the input into each (one issue of ours per issue of the schema, as below).
  const full = issues.full;
  const r = unitSchema.safeParse(value, full ? undefined : REPORT);
  if (r.success) return r.data;
  if (full) issues.countOnly(r.error.issues.length);
  else for (const iss of r.error.issues) issues.push(translateZodIssue(iss, ['units', i]));
  const code = (value as { code?: unknown } | null)?.code;
  rejected.push(typeof code === 'string' ? { index: i, code } : { index: i });
  return undefined;
}

function failure(issues: IssueList, rejected: RejectedUnit[], data?: Snapshot): SnapshotParseResult {
  const list = issues.list();
  const error = new SnapshotError(list, issues.count);
  return data === undefined
    ? { success: false, error, issues: list, issueCount: issues.count, rejected }
    : { success: false, error, issues: list, issueCount: issues.count, rejected, data };
}

const UNIT_FIELDS: ReadonlySet<string> = new Set(Object.keys(unitSchema.shape));

/**
 * The number of issues `unitSchema` finds in a unit that has no field of a unit, without running it: not an object
 * (1: wrong type), or an object whose every own key is unknown (the two missing codes, plus 1 naming the unknown
 * keys if there are any). 0 for anything else, which the schema must judge. Checked against the schema by
 * `test/hardening/issueBounds.test.ts`.
 */
function obviousUnitIssues(u: unknown): number {
  if (!isRecord(u)) return 1;
  const keys = Object.keys(u);
  for (const k of keys) if (UNIT_FIELDS.has(k)) return 0;
  return keys.length === 0 ? 2 : 3;
}

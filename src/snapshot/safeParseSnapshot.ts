import * as z from 'zod';
import { findTownship } from '../units/findUnit';
import type { PlanIssue } from './PlanIssue';
import { SnapshotError } from './SnapshotError';
import { LONGCHUAN_CODE, MAX_UNITS, snapshotSchema, type Snapshot } from './snapshotSchema';
import { translateZodIssue } from './translateZodIssue';
import { unitSchema, type Unit } from './unitSchema';
import { actionStatusesSchema } from './ruleData/actionStatus';
import { recordsSchema } from './ruleData/records';
import { townshipRecordsSchema } from './ruleData/townshipRecord';

/** Each list of `records` on its own: a bad estate never hides the visits. */
function parseRecords(value: unknown, issues: PlanIssue[]): Snapshot['records'] | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const r = recordsSchema.safeParse(value);
    for (const iss of r.success ? [] : r.error.issues) issues.push(translateZodIssue(iss, ['records']));
    return undefined;
  }
  const shape = recordsSchema.shape as Record<string, z.ZodType>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const schema = shape[key];
    if (schema === undefined) {
      issues.push({
        code: 'unknown_field',
        path: ['records'],
        messageZh: `未知字段：${key}（字段名是否拼错？）`,
        messageEn: `unknown field(s): ${key} (misspelt?)`,
      });
      continue;
    }
    const v = (value as Record<string, unknown>)[key];
    const parsed = lenientList(v, schema, ['records', key], issues);
    if (parsed !== undefined) out[key] = parsed;
  }
  return out as Snapshot['records'];
}

/** A unit that was not accepted, with why. */
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
 */
export type SnapshotParseResult =
  | { readonly success: true; readonly data: Snapshot; readonly issues: readonly []; readonly rejected: readonly [] }
  | {
      readonly success: false;
      readonly error: SnapshotError;
      readonly issues: readonly PlanIssue[];
      readonly rejected: readonly RejectedUnit[];
      readonly data?: Snapshot;
    };

let envelope: z.ZodType | undefined;
function envelopeSchema(): z.ZodType {
  // Units and record lists are read one by one below, so that one bad record never hides the others.
  envelope ??= snapshotSchema.extend({
    units: z.array(z.unknown()).max(MAX_UNITS),
    townships: z.unknown().optional(),
    records: z.unknown().optional(),
    actions: z.unknown().optional(),
  });
  return envelope;
}

/**
 * Parse a list of records leniently: a record that an issue points at is reported and left out, the rest are kept.
 * An issue about the list as a whole (not one record) drops the list, reported. Returns the parsed list or undefined.
 */
function lenientList(value: unknown, schema: z.ZodType, path: readonly (string | number)[], issues: PlanIssue[]): unknown {
  let rows = value;
  let orig: number[] | undefined; // position in the caller's list of each row still kept
  for (let attempt = 0; attempt < 3; attempt++) {
    const r = schema.safeParse(rows);
    if (r.success) return r.data;
    const bad = new Set<number>();
    let whole = false;
    for (const iss of r.error.issues) {
      const head = iss.path[0];
      if (typeof head === 'number' && Array.isArray(rows)) {
        bad.add(head);
        const at = orig?.[head] ?? head;
        issues.push(translateZodIssue({ ...iss, path: [at, ...iss.path.slice(1)] } as typeof iss, path));
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
 * Validate a snapshot without throwing. Each unit is checked on its own, so one bad unit is reported and the others
 * are kept; then codes are checked across units: the township code must be the unit code's first 9 digits, every code
 * must lie in the region, and a code listed twice rejects every copy (never a silent overwrite).
 *
 * @clause P1.1
 * @example
 * ```ts
 * const r = safeParseSnapshot({ asOf: '2024-12-31', units: [{ code: '533124101001', townshipCode: '533124101', households: -1 }] });
 * r.success ? 0 : r.issues[0]?.code
 * //=> 'negative'
 * ```
 */
export function safeParseSnapshot(input: unknown): SnapshotParseResult {
  const issues: PlanIssue[] = [];
  const rejected: RejectedUnit[] = [];
  const outer = envelopeSchema().safeParse(input);
  if (!outer.success) {
    for (const iss of outer.error.issues) issues.push(translateZodIssue(iss));
    return { success: false, error: new SnapshotError(issues), issues, rejected };
  }
  const raw = outer.data as Omit<Snapshot, 'units' | 'townships' | 'records' | 'actions'> & {
    units: unknown[];
    townships?: unknown;
    records?: unknown;
    actions?: unknown;
  };
  const sections: Partial<Pick<Snapshot, 'townships' | 'records' | 'actions'>> = {};
  if (raw.townships !== undefined) {
    const t = lenientList(raw.townships, townshipRecordsSchema, ['townships'], issues);
    if (t !== undefined) sections.townships = t as Snapshot['townships'];
  }
  if (raw.actions !== undefined) {
    const a = lenientList(raw.actions, actionStatusesSchema, ['actions'], issues);
    if (a !== undefined) sections.actions = a as Snapshot['actions'];
  }
  if (raw.records !== undefined) {
    const r = parseRecords(raw.records, issues);
    if (r !== undefined) sections.records = r;
  }
  const region = raw.regionCode ?? LONGCHUAN_CODE;
  const parsed: (Unit | undefined)[] = new Array(raw.units.length);
  const firstIndex = new Map<string, number>();
  const duplicated = new Set<string>();

  for (let i = 0; i < raw.units.length; i++) {
    const r = unitSchema.safeParse(raw.units[i]);
    if (!r.success) {
      for (const iss of r.error.issues) issues.push(translateZodIssue(iss, ['units', i]));
      const code = (raw.units[i] as { code?: unknown } | null)?.code;
      rejected.push(typeof code === 'string' ? { index: i, code } : { index: i });
      continue;
    }
    const u = r.data;
    const before = issues.length;
    if (u.townshipCode !== u.code.slice(0, 9)) {
      issues.push({
        code: 'township_mismatch',
        path: ['units', i, 'townshipCode'],
        messageZh: `所属乡镇代码 ${u.townshipCode} 与村级代码 ${u.code} 的前9位不一致`,
        messageEn: `township code ${u.townshipCode} does not match the first 9 digits of unit code ${u.code}`,
      });
    }
    if (!u.code.startsWith(region)) {
      issues.push({
        code: 'outside_region',
        path: ['units', i, 'code'],
        messageZh: `代码 ${u.code} 不在区域 ${region} 内`,
        messageEn: `code ${u.code} is outside region ${region}`,
      });
    } else if (region === LONGCHUAN_CODE && u.townshipCode === u.code.slice(0, 9) && !findTownship(u.townshipCode)) {
      issues.push({
        code: 'unknown_township',
        path: ['units', i, 'townshipCode'],
        messageZh: `陇川县没有乡级代码 ${u.townshipCode}`,
        messageEn: `Longchuan County has no township-level code ${u.townshipCode}`,
      });
    }
    const seen = firstIndex.get(u.code);
    if (seen === undefined) firstIndex.set(u.code, i);
    else {
      duplicated.add(u.code);
      issues.push({
        code: 'duplicate_unit',
        path: ['units', i, 'code'],
        messageZh: `村级代码 ${u.code} 重复（第${seen + 1}条已出现），两条均不采用`,
        messageEn: `unit code ${u.code} is listed twice (first at index ${seen}); neither copy is used`,
      });
    }
    if (issues.length > before) rejected.push({ index: i, code: u.code });
    else parsed[i] = u;
  }

  const units: Unit[] = [];
  for (let i = 0; i < parsed.length; i++) {
    const u = parsed[i];
    if (u === undefined) continue;
    if (duplicated.has(u.code)) {
      rejected.push({ index: i, code: u.code });
      continue;
    }
    units.push(u);
  }
  const data = { ...raw, ...sections, units } as Snapshot;
  if (!('townships' in sections)) delete (data as { townships?: unknown }).townships;
  if (!('actions' in sections)) delete (data as { actions?: unknown }).actions;
  if (!('records' in sections)) delete (data as { records?: unknown }).records;
  if (issues.length === 0) return { success: true, data, issues: [], rejected: [] };
  rejected.sort((a, b) => a.index - b.index);
  return { success: false, error: new SnapshotError(issues), issues, rejected, data };
}

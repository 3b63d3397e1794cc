import * as z from 'zod';
import { findTownship } from '../units/findUnit';
import type { PlanIssue } from './PlanIssue';
import { SnapshotError } from './SnapshotError';
import { LONGCHUAN_CODE, MAX_UNITS, snapshotSchema, type Snapshot } from './snapshotSchema';
import { translateZodIssue } from './translateZodIssue';
import { unitSchema, type Unit } from './unitSchema';

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
  envelope ??= snapshotSchema.extend({ units: z.array(z.unknown()).max(MAX_UNITS) });
  return envelope;
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
  const raw = outer.data as Omit<Snapshot, 'units'> & { units: unknown[] };
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
  const data = { ...raw, units } as Snapshot;
  if (issues.length === 0) return { success: true, data, issues: [], rejected: [] };
  rejected.sort((a, b) => a.index - b.index);
  return { success: false, error: new SnapshotError(issues), issues, rejected, data };
}

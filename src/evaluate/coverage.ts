/**
 * How much of the registered county (or of one declared township) a snapshot covers, and what follows from it:
 * unregistered codes are rejected (unless admitted), a township scope narrows the region, and figures that add up
 * units become incomplete (`missing_data`, naming the absent units) when registered units are left out.
 *
 * @internal
 * @module
 */
import type { IndicatorId } from '../indicators/INDICATOR_IDS';
import { MISSING_LIST_LIMIT, type MissingField } from '../indicators/IndicatorPartial';
import type { IndicatorResult } from '../indicators/IndicatorResult';
import { describeValue } from '../_lib/describeValue';
import { PlanInputError } from '../_lib/PlanInputError';
import type { RuleResult } from '../rules/types';
import type { PlanIssue } from '../snapshot/PlanIssue';
import type { RejectedUnit } from '../snapshot/safeParseSnapshot';
import { LONGCHUAN_CODE, type Snapshot } from '../snapshot/snapshotSchema';
import type { Unit } from '../snapshot/unitSchema';
import { findTownship, findVillageUnit } from '../units/findUnit';
import { subjectZh } from '../rules/_lib/subject';
import { VILLAGE_UNITS } from '../units/units.generated';
import type { VillageUnitKind } from '../units/types';
import type { EvaluationCoverage } from './Evaluation';

/** The field name under which an absent unit is reported missing: the whole unit's record is absent. */
export const ABSENT_UNIT_FIELD = 'unit';

/**
 * Which village-level units each indicator adds up (专栏1): the rural ones (村民委员会), the urban ones
 * (社区居民委员会) or all of them. An absent unit makes incomplete only the figures that would have counted it.
 */
const ADDS_UP: Readonly<Record<IndicatorId, 'rural' | 'urban' | 'all'>> = {
  rural_facility_coverage: 'rural',
  urban_facility_coverage: 'urban',
  commercial_service_area_share: 'urban',
  facility_area_per_100_households: 'all',
  activity_area_share: 'all',
  urban_self_service_coverage: 'urban',
  workers_per_10000_urban_residents: 'urban',
};

/** County rules whose figure adds up the units themselves (not the registry, not a county figure). */
const UNIT_AGGREGATE_RULES: ReadonlySet<string> = new Set(['p3-2-day-care-coverage']);

/** The resolved coverage options. */
export interface CoverageOptions {
  /**
   * `'county'`; the code of one Longchuan township whose own data the snapshot is; or `'units'`: the figures describe
   * exactly the units given (a sample, a test fixture), never the county.
   */
  readonly scope: string;
  /** Whether codes not in the registry are evaluated (a newer division list) rather than rejected. */
  readonly allowUnregisteredUnits: boolean;
}

/**
 * Read the coverage options, with a clear error for a bad value.
 *
 * @internal
 */
export function resolveCoverageOptions(options: { readonly scope?: unknown; readonly allowUnregisteredUnits?: unknown } | undefined): CoverageOptions {
  const scope = options?.scope ?? 'county';
  if (scope !== 'county' && scope !== 'units' && (typeof scope !== 'string' || findTownship(scope) === undefined)) {
    throw new PlanInputError({
      code: 'invalid_option',
      path: ['scope'],
      messageZh: `选项 scope 应为 county、units 或陇川县一个乡镇的9位代码（如 533124101 章凤镇），实际为 ${describeValue(scope)}`,
      messageEn: `option scope must be county, units or the 9-digit code of a Longchuan township (e.g. 533124101 章凤镇), got ${describeValue(scope)}`,
    });
  }
  const allow = options?.allowUnregisteredUnits ?? false;
  if (typeof allow !== 'boolean') {
    throw new PlanInputError({
      code: 'invalid_option',
      path: ['allowUnregisteredUnits'],
      messageZh: `选项 allowUnregisteredUnits 应为 true 或 false，实际为 ${describeValue(allow)}`,
      messageEn: `option allowUnregisteredUnits must be true or false, got ${describeValue(allow)}`,
    });
  }
  return { scope, allowUnregisteredUnits: allow };
}


/** The snapshot to evaluate, the input report with what coverage adds, and the coverage. */
export interface Covered {
  readonly snapshot: Snapshot;
  readonly issues: readonly PlanIssue[];
  readonly rejected: readonly RejectedUnit[];
  readonly coverage: EvaluationCoverage | null;
  /** Absent registered units by kind, for the figures they would have counted. */
  readonly absentKinds: ReadonlyMap<string, VillageUnitKind>;
}

/**
 * Check a parsed snapshot against Longchuan's registry (only when its region is Longchuan): reject unregistered codes
 * (unless admitted) and units outside a declared township scope, narrow the region to that township, and list the
 * registered units in scope that are absent.
 *
 * @internal
 */
export function applyCoverage(
  snapshot: Snapshot,
  o: CoverageOptions,
  input: { readonly issues: readonly PlanIssue[]; readonly rejected: readonly RejectedUnit[] } | undefined,
): Covered {
  const issues: PlanIssue[] = [...(input?.issues ?? [])];
  const rejected: RejectedUnit[] = [...(input?.rejected ?? [])];
  const region = snapshot.regionCode ?? LONGCHUAN_CODE;
  if (region !== LONGCHUAN_CODE) {
    // No registry to compare with beyond Longchuan: a province's or China's data is taken as given.
    return { snapshot, issues, rejected, coverage: null, absentKinds: new Map() };
  }
  const declaredUnits = o.scope === 'units';
  const township = o.scope === 'county' || declaredUnits ? undefined : o.scope;
  const subject = township ?? LONGCHUAN_CODE;
  // The input positions of the parsed units: the rejected ones were left out in order.
  const skipped = new Set(rejected.map((r) => r.index));
  const kept: Unit[] = [];
  const unregistered: string[] = [];
  const seen = new Set<string>();
  let position = 0;
  for (const unit of snapshot.units) {
    while (skipped.has(position)) position++;
    const index = position++;
    const registered = findVillageUnit(unit.code) !== undefined;
    if (township !== undefined && !unit.code.startsWith(township)) {
      rejected.push({ index, code: unit.code });
      issues.push({
        code: 'outside_scope',
        path: ['units', index, 'code'],
        messageZh: `${subjectZh(unit.code)}不属于所声明的评估范围 ${findTownship(township)?.name ?? ''}（${township}），未评估`,
        messageEn: `${unit.code} is outside the declared scope ${township} (${findTownship(township)?.name ?? ''}); not evaluated`,
      });
      continue;
    }
    if (!registered) {
      if (!o.allowUnregisteredUnits) {
        rejected.push({ index, code: unit.code });
        issues.push({
          code: 'unregistered_unit',
          path: ['units', index, 'code'],
          messageZh: `${unit.code} 不是陇川县登记在册的村（社区）代码（国家统计局2023年区划代码），未评估；如按更新的区划名单填报，可用选项 allowUnregisteredUnits 纳入`,
          messageEn: `${unit.code} is not a registered Longchuan village-level code (NBS 2023 division codes); not evaluated. For a newer division list, admit it with the option allowUnregisteredUnits`,
        });
        continue;
      }
      unregistered.push(unit.code);
    }
    seen.add(unit.code);
    kept.push(unit);
  }
  rejected.sort((a, b) => a.index - b.index);
  const absent: string[] = [];
  const absentKinds = new Map<string, VillageUnitKind>();
  let expected = 0;
  // Declared "the units given": nothing else is expected, and the figures are labelled as those units'.
  for (const v of declaredUnits ? [] : VILLAGE_UNITS) {
    if (township !== undefined && v.townshipCode !== township) continue;
    expected++;
    if (!seen.has(v.code)) {
      absent.push(v.code);
      absentKinds.set(v.code, v.kind);
    }
  }
  const coverage: EvaluationCoverage = {
    scope: declaredUnits ? 'units' : township === undefined ? 'county' : 'township',
    subject,
    expected: declaredUnits ? kept.length : expected,
    reported: declaredUnits ? kept.length : expected - absent.length,
    absent,
    unregistered: unregistered.sort(),
    complete: absent.length === 0,
  };
  const narrowed: Snapshot =
    kept.length === snapshot.units.length && township === undefined
      ? snapshot
      : { ...snapshot, units: kept, ...(township === undefined ? {} : { regionCode: township }) };
  return { snapshot: narrowed, issues, rejected, coverage, absentKinds };
}

/**
 * Whether an indicator at a subject (the region, or a township) would have counted an absent unit.
 */
function absentFor(id: IndicatorId, level: string, subject: string, kinds: ReadonlyMap<string, VillageUnitKind>): string[] {
  const adds = ADDS_UP[id];
  const out: string[] = [];
  for (const [code, kind] of kinds) {
    if (level === 'township' && !code.startsWith(subject)) continue;
    if (adds === 'rural' && kind !== 'village_committee') continue;
    if (adds === 'urban' && kind !== 'resident_committee') continue;
    out.push(code);
  }
  return out;
}

/**
 * An indicator result made incomplete by absent units: `missing_data`, the absent units named in `missing` under the
 * field `'unit'`, the figures of the units present kept in `partial` for information. Unchanged when none is absent.
 *
 * @internal
 */
export function withAbsentUnits(r: IndicatorResult, kinds: ReadonlyMap<string, VillageUnitKind>): IndicatorResult {
  if (kinds.size === 0 || r.level === 'unit') return r;
  const absent = absentFor(r.id, r.level, r.subject, kinds);
  if (absent.length === 0) return r;
  const missing: MissingField[] = [...absent.map((unit) => ({ unit, field: ABSENT_UNIT_FIELD })), ...r.missing];
  missing.sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
  const partial =
    r.partial ?? (r.numerator !== null && r.denominator !== null ? { numerator: r.numerator, denominator: r.denominator } : null);
  return {
    ...r,
    status: 'missing_data',
    value: null,
    numerator: null,
    denominator: null,
    meetsTarget: null,
    progress: { status: 'no_data', expected: r.progress.expected },
    gap: null,
    missing: missing.slice(0, MISSING_LIST_LIMIT),
    missingCount: r.missingCount + absent.length,
    partial,
  };
}

/**
 * A county rule result that adds up units, made incomplete by absent units (`missing_data`, naming them).
 *
 * @internal
 */
export function ruleWithAbsentUnits(r: RuleResult, coverage: EvaluationCoverage | null): RuleResult {
  if (coverage === null || coverage.complete || !UNIT_AGGREGATE_RULES.has(r.ruleId)) return r;
  if (r.status === 'not_applicable' || r.status === 'missing_data') return r;
  const n = coverage.absent.length;
  return {
    ...r,
    status: 'missing_data',
    actual: null,
    measure: null,
    gap: null,
    message: {
      zh: `[${r.clause}] ${r.subject}：${n}个登记在册的村（社区）未报送，数据不完整，无法判断（按已报送数据：${stripTag(r.message.zh, r.clause)}）`,
      en: `[${r.clause}] ${r.subject}: ${n} registered village-level unit(s) are absent, so the figure is incomplete; cannot judge (on the units reported: ${stripTag(r.message.en, r.clause)})`,
    },
    missing: coverage.absent.map((code) => `units[${code}]`),
  };
}

function stripTag(message: string, clause: string): string {
  const tag = `[${clause}] `;
  return message.startsWith(tag) ? message.slice(tag.length) : message;
}

import { ownData, prototypeIsPolluted } from '../_lib/ownData';
import { PlanInputError } from '../_lib/PlanInputError';
import { addUnitInto, mergeInto, newPartial, seal, type MutablePartial } from '../indicators/_accumulate';
import { finalizeAll } from '../indicators/_finalize';
import type { IndicatorLevel, IndicatorResult } from '../indicators/IndicatorResult';
import { byCode, MissingTally, UnitRuleTally } from '../rules/_lib/tally';
import { classCode, type UnitCheck } from '../rules/_lib/unitCheck';
import { unitFold, withFoldedUnits } from '../rules/_lib/unitFolds';
import { prepareUnitChecks } from '../rules/prepareUnitChecks';
import { RULES } from '../rules/RULES';
import type { RuleResult } from '../rules/types';
import { IssueList } from '../snapshot/IssueList';
import type { PlanIssue } from '../snapshot/PlanIssue';
import type { RejectedUnit } from '../snapshot/safeParseSnapshot';
import { safeParseSnapshot } from '../snapshot/safeParseSnapshot';
import { fastUnit } from '../snapshot/_fastUnit';
import { LONGCHUAN_CODE, MAX_UNITS, type Snapshot } from '../snapshot/snapshotSchema';
import { translateZodIssue } from '../snapshot/translateZodIssue';
import { unitSchema, type Unit } from '../snapshot/unitSchema';
import { findTownship } from '../units/findUnit';
import { applyCoverage, resolveCoverageOptions, type CoverageOptions } from './coverage';
import type { EvaluateOptions } from './EvaluateOptions';
import type { Evaluation } from './Evaluation';
import type { EvaluationStreamItem, StreamedRejection, StreamedUnit } from './EvaluationStreamItem';
import { prepareRun, summaryEvaluation, type Run } from './evaluateSnapshot';
import { withMeasuredBaseline } from './measuredBaselines';
import type { Rollup, RollupTownship } from './_rollup';

/**
 * Options of {@link evaluateStream}: those of `evaluate`, and the unit codes known to be listed more than once.
 *
 * @clause S4
 * @example
 * ```ts
 * const options: EvaluateStreamOptions = { asOf: '2025-12-31', duplicateCodes: ['533124101201'] };
 * ```
 * @category Evaluation · 评估
 */
export interface EvaluateStreamOptions extends EvaluateOptions {
  /**
   * Codes that appear in more than one unit of the stream (as {@link findDuplicateUnitCodes} finds them). The one-pass
   * evaluation rejects every copy of such a code; a stream has already given out the first copy's results when it
   * meets the second, so it must be told in advance. Without it, a second copy of a unit already evaluated throws a
   * `PlanInputError` (code `duplicate_unit`).
   */
  readonly duplicateCodes?: Iterable<string>;
}

/** The rows of counts of one township being accumulated. */
interface TownshipAcc {
  readonly code: string;
  readonly at: number;
  units: number;
  readonly indicators: MutablePartial;
}

/** The summary roll-up built unit by unit, as `rollUnits` builds it over a whole snapshot. */
class StreamRollup {
  readonly missing = new MissingTally();
  readonly tally: UnitRuleTally;
  private readonly byTownship = new Map<string, TownshipAcc>();
  private counts: Int32Array;
  private next = 0;
  private last: TownshipAcc | undefined;
  units = 0;

  constructor(readonly checks: readonly UnitCheck[]) {
    this.tally = new UnitRuleTally(checks, this.missing);
    this.counts = new Int32Array(Math.max(1, this.tally.width) * 64);
  }

  /** The township accumulator of a unit (created on first sight). */
  township(code: string): TownshipAcc {
    const last = this.last;
    if (last !== undefined && last.code === code) return last;
    let t = this.byTownship.get(code);
    if (t === undefined) {
      const width = this.tally.width;
      if ((this.next + 1) * width > this.counts.length) {
        const grown = new Int32Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
      }
      t = { code, at: this.next * width, units: 0, indicators: newPartial() };
      this.next++;
      this.byTownship.set(code, t);
    }
    this.last = t;
    return t;
  }

  /** Count the unit on every unit-level rule (after its indicators were added with this roll-up's missing tally). */
  count(u: Unit, cls: number, t: TownshipAcc): void {
    t.units++;
    this.units++;
    this.tally.add(u, cls, this.counts, t.at);
  }

  finish(): Rollup {
    const townships: RollupTownship[] = [];
    for (const t of this.byTownship.values()) townships.push({ code: t.code, units: t.units, indicators: seal(t.indicators), counts: this.counts, at: t.at });
    townships.sort((a, b) => byCode(a.code, b.code));
    return { units: this.units, checks: this.checks, townships, tally: this.tally, missingUnits: this.missing.toRecord() };
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The header as a validated snapshot without units, and its issues counted into a fresh list. */
function parseHeader(header: unknown): { snapshot: Snapshot; issues: IssueList } {
  if (isRecord(header) && Object.hasOwn(header, 'units') && !(Array.isArray(header['units']) && header['units'].length === 0)) {
    throw new PlanInputError({
      code: 'header_has_units',
      path: ['units'],
      messageZh: '流式评估的单位逐个传入：表头（填报数据的其他部分）中的 units 应省略或为空数组',
      messageEn: 'a streamed evaluation takes its units one by one: leave units out of the header (the rest of the snapshot) or make it []',
    });
  }
  const parsed = safeParseSnapshot(isRecord(header) ? { ...header, units: [] } : header);
  if (parsed.data === undefined) throw (parsed as Extract<typeof parsed, { success: false }>).error;
  const issues = new IssueList();
  let listed = 0;
  for (const iss of parsed.issues) {
    if (iss.code === 'more_issues' && iss.path.length === 0) continue;
    issues.push(iss);
    listed++;
  }
  issues.countOnly((parsed.success ? 0 : parsed.issueCount) - listed);
  return { snapshot: parsed.data, issues };
}

/** The error the one-pass evaluation throws for more than MAX_UNITS units (the snapshot's outer shape is invalid). */
function tooManyUnits(header: unknown): never {
  const r = safeParseSnapshot({ ...(header as Record<string, unknown>), units: new Array<unknown>(MAX_UNITS + 1) });
  throw (r as Extract<typeof r, { success: false }>).error;
}

/** A unit's problems as `safeParseSnapshot` finds them, before the cross-unit duplicate check. */
function unitProblems(raw: unknown, i: number, region: string): { unit: Unit | undefined; code: string | undefined; issues: PlanIssue[] } {
  // A valid unit is read without zod, as safeParseSnapshot reads it (see _fastUnit: the same unit, or undefined when
  // in doubt); anything else goes to the schema, whose issues are the evaluation's.
  let u = fastUnit(raw);
  if (u === undefined) {
    const r = unitSchema.safeParse(raw, { reportInput: true });
    if (!r.success) {
      const code = (raw as { code?: unknown } | null)?.code;
      return { unit: undefined, code: typeof code === 'string' ? code : undefined, issues: r.error.issues.map((iss) => translateZodIssue(iss, ['units', i])) };
    }
    u = r.data;
  }
  const issues: PlanIssue[] = [];
  if (u.townshipCode !== u.code.slice(0, 9)) {
    issues.push({
      code: 'township_mismatch',
      path: ['units', i, 'townshipCode'],
      messageZh: `所属乡镇代码 ${u.townshipCode} 与村级代码 ${u.code} 的前9位不一致`,
      messageEn: `township code ${u.townshipCode} does not match the first 9 digits of unit code ${u.code}`,
    });
  }
  if (!u.code.startsWith(region)) {
    issues.push({ code: 'outside_region', path: ['units', i, 'code'], messageZh: `代码 ${u.code} 不在区域 ${region} 内`, messageEn: `code ${u.code} is outside region ${region}` });
  } else if (region === LONGCHUAN_CODE && u.townshipCode === u.code.slice(0, 9) && !findTownship(u.townshipCode)) {
    issues.push({
      code: 'unknown_township',
      path: ['units', i, 'townshipCode'],
      messageZh: `陇川县没有乡级代码 ${u.townshipCode}`,
      messageEn: `Longchuan County has no township-level code ${u.townshipCode}`,
    });
  }
  return { unit: u, code: u.code, issues };
}

function duplicateIssue(code: string, i: number, first: number): PlanIssue {
  return {
    code: 'duplicate_unit',
    path: ['units', i, 'code'],
    messageZh: `村级代码 ${code} 重复（第${first + 1}条已出现），两条均不采用`,
    messageEn: `unit code ${code} is listed twice (first at index ${first}); neither copy is used`,
  };
}

/** The note on a first copy left out because its code is listed again later (not an issue of the evaluation: the later copy's `duplicate_unit` is). */
function laterCopyIssue(code: string, i: number): PlanIssue {
  return {
    code: 'listed_again_later',
    path: ['units', i, 'code'],
    messageZh: `村级代码 ${code} 在后面再次出现，两条均不采用`,
    messageEn: `unit code ${code} is listed again later; neither copy is used`,
  };
}

/** The registry check of one unit (Longchuan only): `undefined` when kept, else the issue (at index i). */
function coverageIssue(header: Snapshot, co: CoverageOptions, u: Unit, i: number): PlanIssue | undefined {
  const c = applyCoverage({ asOf: header.asOf, ...(header.regionCode === undefined ? {} : { regionCode: header.regionCode }), units: [u] } as Snapshot, co, undefined);
  const iss = c.issues[0];
  return iss === undefined ? undefined : { ...iss, path: ['units', i, ...iss.path.slice(2)] };
}

/**
 * Evaluate a county's data given as a stream of units, in bounded memory: each unit's results are yielded as soon as
 * it is judged, and only the county and township figures are kept. The per-unit items equal the unit-level entries of
 * the one-pass `evaluate({ ...header, units }, { ...options, detail: 'full' })`; the last item's evaluation equals,
 * byte for byte (`JSON.stringify`), the one-pass `evaluate({ ...header, units }, { ...options, detail: 'summary' })`,
 * rejected units, coverage and issues included. The county rules that add up every unit (day care, village plans,
 * training) are folded unit by unit.
 *
 * A unit with bad data is yielded as `rejected` with its problems, never dropped. Its second copy rejects a code
 * listed twice; as the first copy's results have then been given out, pass `duplicateCodes` (see
 * {@link findDuplicateUnitCodes}) to reject every copy as the one-pass evaluation does.
 *
 * @param header - The snapshot without its units (`asOf`, `regionCode`, `county`, `townships`, `records`, `actions`).
 * @param units - The units, in any order: an array, any iterable or async iterable (a file read line by line).
 * @param options - As for `evaluate`; `detail: 'summary'` yields no per-unit items; `levels` without `'unit'` yields
 * the units' rule results only.
 * @throws SnapshotError when the header's outer shape is invalid or there are more than `MAX_UNITS` units;
 * `PlanInputError` for a bad option or an unforeseen duplicate code.
 * @clause S4
 * @clause P1.1
 * @example
 * ```ts
 * const units = [{ code: '533124101201', townshipCode: '533124101', hasServiceFacility: true }];
 * const types: string[] = [];
 * for await (const item of evaluateStream({ asOf: '2025-12-31' }, units, { scope: 'units' })) types.push(item.type);
 * // types is ['unit', 'evaluation'] (an async example: checked in test/evaluate/stream.test.ts)
 * ```
 * @category Evaluation · 评估
 */
export async function* evaluateStream(
  header: unknown,
  units: Iterable<unknown> | AsyncIterable<unknown>,
  options?: EvaluateStreamOptions,
): AsyncGenerator<EvaluationStreamItem, Evaluation, undefined> {
  const { duplicateCodes, ...evaluateOptions } = options ?? {};
  const detail = evaluateOptions.detail ?? 'full';
  // The summary evaluation at the end, its options checked before any unit is read.
  const levels: readonly IndicatorLevel[] | undefined = evaluateOptions.levels;
  const summaryOptions: EvaluateOptions = {
    ...evaluateOptions,
    detail: 'summary',
    ...(levels === undefined ? {} : { levels: levels.filter((l) => l !== 'unit') }),
  };
  const { snapshot: head, issues } = parseHeader(header);
  const co = resolveCoverageOptions(evaluateOptions);
  const region = head.regionCode ?? LONGCHUAN_CODE;
  const longchuan = region === LONGCHUAN_CODE;
  // Options as the one-pass evaluation resolves them (its coverage decides P1.7's reading under a narrower scope).
  const early = applyCoverage(head, co, undefined);
  prepareRun(early.snapshot, { ...evaluateOptions, detail }, early);
  const run: Run = prepareRun(early.snapshot, summaryOptions, early);
  const wantUnits = detail === 'full' && (levels === undefined || levels.includes('unit'));
  const io = run.indicatorOptions;
  const checks = prepareUnitChecks(run.dated, run.ruleOptions, evaluateOptions.rules);
  const rollup = new StreamRollup(checks);
  const folds = new Map<string, { fold: NonNullable<ReturnType<typeof unitFold>>; acc: unknown }>();
  for (const rule of RULES) {
    if (evaluateOptions.rules !== undefined && !evaluateOptions.rules.includes(rule.id)) continue;
    const fold = unitFold(rule.id);
    if (fold !== undefined) folds.set(rule.id, { fold, acc: fold.init(run.dated, run.ruleOptions) });
  }
  const known = new Set<string>(duplicateCodes ?? []);
  const knownCount = new Map<string, number>();
  // Each code's first position; negative (−index − 1) when that copy was rejected for a problem of its own.
  const firstIndex = new Map<string, number>();
  const rejected: RejectedUnit[] = [];
  const coverageIssues: PlanIssue[] = [];
  const kept: Unit[] = []; // Longchuan only: the codes the registry check needs at the end (at most the registry, plus admitted codes)
  const by = io.classifyBy;
  let i = 0;

  // A polluted Object.prototype is never read as data: each unit is then read by its own properties only.
  const polluted = prototypeIsPolluted();
  for await (const raw of units) {
    if (i >= MAX_UNITS) tooManyUnits(header);
    const index = i++;
    const found = unitProblems(polluted ? ownData(raw) : raw, index, region);
    // …and what the parser hands back too: objects that inherit nothing, as safeParseSnapshot's.
    const u = polluted && found.unit !== undefined ? ownData(found.unit) : found.unit;
    if (u !== undefined) {
      if (known.has(u.code)) knownCount.set(u.code, (knownCount.get(u.code) ?? 0) + 1);
      const first = firstIndex.get(u.code);
      if (first === undefined) firstIndex.set(u.code, found.issues.length > 0 ? -index - 1 : index);
      else {
        if (first >= 0 && !known.has(u.code)) {
          throw new PlanInputError({
            code: 'duplicate_unit',
            path: ['units', index, 'code'],
            messageZh: `村级代码 ${u.code} 重复（第${first + 1}条已出现，其结果已经给出）；流式评估须事先知道重复的代码（选项 duplicateCodes）才能像一次性评估那样两条均不采用`,
            messageEn: `unit code ${u.code} is listed twice (first at index ${first}, whose results were already given out); a streamed evaluation must be told the duplicated codes in advance (option duplicateCodes) to leave out both copies as the one-pass evaluation does`,
          });
        }
        found.issues.push(duplicateIssue(u.code, index, first < 0 ? -first - 1 : first));
      }
    }
    if (found.issues.length > 0) {
      issues.push(...found.issues);
      rejected.push(found.code === undefined ? { index } : { index, code: found.code });
      yield rejection(index, found.code, found.issues);
      continue;
    }
    const unit = u as Unit;
    if (known.has(unit.code)) {
      // Listed again later: left out like every copy, with no issue in the evaluation (the later copy carries it).
      rejected.push({ index, code: unit.code });
      yield rejection(index, unit.code, [laterCopyIssue(unit.code, index)]);
      continue;
    }
    if (longchuan) {
      const iss = coverageIssue(head, co, unit, index);
      if (iss !== undefined) {
        coverageIssues.push(iss);
        rejected.push({ index, code: unit.code });
        yield rejection(index, unit.code, [iss]);
        continue;
      }
      kept.push({ code: unit.code, townshipCode: unit.townshipCode } as Unit);
    }
    const item = judge(unit, index);
    if (item !== undefined) yield item;
  }
  for (const code of known) {
    if ((knownCount.get(code) ?? 0) < 2) {
      throw new PlanInputError({
        code: 'not_a_duplicate',
        path: ['duplicateCodes'],
        messageZh: `选项 duplicateCodes 中的 ${code} 在数据中并未出现两次`,
        messageEn: `${code} in option duplicateCodes is not listed twice in the data`,
      });
    }
  }

  rejected.sort((a, b) => a.index - b.index);
  const evaluation = finish();
  yield { type: 'evaluation', evaluation };
  return evaluation;

  function judge(unit: Unit, index: number): StreamedUnit | undefined {
    const cls = classCode(unit, by);
    const t = rollup.township(unit.townshipCode);
    rollup.missing.startUnit();
    let indicators: IndicatorResult[] = [];
    if (wantUnits) {
      const p = newPartial();
      addUnitInto(p, unit, io, rollup.missing);
      seal(p);
      mergeInto(t.indicators, p);
      indicators = finalizeAll(p, { level: 'unit', subject: unit.code, countyPopulation: io.countyPopulation }, run.share);
      if (run.baselines.size > 0) indicators = indicators.map((r) => withMeasuredBaseline(r, run.baselines, run.share));
    } else addUnitInto(t.indicators, unit, io, rollup.missing);
    rollup.count(unit, cls, t);
    for (const { fold, acc } of folds.values()) fold.add(acc, unit);
    if (detail !== 'full') return undefined;
    const rules: RuleResult[] = [];
    for (const c of checks) rules.push(c.build(unit, cls));
    return { type: 'unit', index, code: unit.code, townshipCode: unit.townshipCode, indicators, rules };
  }

  function finish(): Evaluation {
    // The registry check over the units kept, as the one-pass evaluation makes it (coverage, absent units, region).
    const covered = applyCoverage({ ...head, units: kept }, co, undefined);
    const finalSnapshot: Snapshot = { ...covered.snapshot, units: [] };
    const finalRun = prepareRun(finalSnapshot, summaryOptions, covered);
    withFoldedUnits(finalRun.dated, new Map([...folds].map(([id, f]) => [id, f.acc])));
    const report = { issues: [...issues.list(), ...coverageIssues], rejected, units: i };
    const e = summaryEvaluation(finalRun, rollup.finish(), report);
    return { ...e, input: { ...e.input, evaluated: rollup.units } };
  }
}

function rejection(index: number, code: string | undefined, issues: readonly PlanIssue[]): StreamedRejection {
  return code === undefined ? { type: 'rejected', index, issues } : { type: 'rejected', index, code, issues };
}

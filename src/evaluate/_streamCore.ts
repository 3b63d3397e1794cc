/**
 * The engine of a streamed evaluation, in steps that can run apart: {@link StreamCore.examine} reads one unit,
 * {@link StreamCore.admit} applies the decisions that depend on the units before it (duplicate codes, the registry),
 * {@link StreamCore.judge} adds an admitted unit into the roll-up and gives its results, and
 * {@link StreamCore.finish} gives the evaluation. `evaluateStream` runs the steps one unit after another; the CLI's
 * parallel stream (src/cli/parallelStream.ts) runs examine and judge in worker threads, each with a core of its own,
 * admits every unit in input order on the main thread, and merges the workers' roll-ups
 * ({@link StreamCore.exportState}, {@link StreamCore.importState}) before finishing: the same evaluation, byte for
 * byte.
 *
 * @internal
 * @module
 */
import { ownData, prototypeIsPolluted } from '../_lib/ownData';
import { PlanInputError } from '../_lib/PlanInputError';
import { addUnitInto, mergeInto, newPartial, seal, type MutablePartial } from '../indicators/_accumulate';
import { finalizeAll } from '../indicators/_finalize';
import type { IndicatorLevel, IndicatorResult } from '../indicators/IndicatorResult';
import { byCode, MissingTally, UnitRuleTally } from '../rules/_lib/tally';
import { classCode, type UnitCheck } from '../rules/_lib/unitCheck';
import { unitFold, withFoldedUnits } from '../rules/_lib/unitFolds';
import { prepareUnitChecks } from '../rules/prepareUnitChecks';
import { RULE_CORES } from '../rules/_RULE_CORES';
import type { RuleResult } from '../rules/types';
import { IssueList } from '../snapshot/IssueList';
import type { PlanIssue } from '../snapshot/PlanIssue';
import type { RejectedUnit } from '../snapshot/safeParseSnapshot';
import { duplicateUnitIssue, placeIssues, safeParseSnapshot } from '../snapshot/safeParseSnapshot';
import { fastUnit } from '../snapshot/_fastUnit';
import { LONGCHUAN_CODE, MAX_UNITS, type Snapshot } from '../snapshot/snapshotSchema';
import { translateZodIssue } from '../snapshot/translateZodIssue';
import { unitSchema, type Unit } from '../snapshot/unitSchema';
import { applyCoverage, resolveCoverageOptions, type CoverageOptions } from './coverage';
import type { EvaluateOptions } from './EvaluateOptions';
import type { Evaluation } from './Evaluation';
import type { StreamedRejection, StreamedUnit } from './EvaluationStreamItem';
import { prepareRun, summaryEvaluation, type Run } from './evaluateSnapshot';
import { withMeasuredBaseline } from './measuredBaselines';
import type { Rollup, RollupTownship } from './_rollup';

/**
 * Options of a streamed evaluation: those of `evaluate`, and the unit codes known to be listed more than once.
 *
 * @internal
 */
export interface StreamCoreOptions extends EvaluateOptions {
  readonly duplicateCodes?: Iterable<string>;
}

/** One unit as read: the unit when it is valid data, its code when readable, and its own problems. */
export interface Examined {
  readonly unit: Unit | undefined;
  readonly code: string | undefined;
  readonly issues: PlanIssue[];
}

/**
 * What a worker already did with a unit it examined, for {@link StreamCore.admit} on the main thread: `judged` (added
 * into the worker's roll-up, its results given), or the registry's issue that kept it out (`coverage`), or nothing
 * (`examined`: a unit with problems of its own, or a code named in `duplicateCodes`).
 *
 * @internal
 */
export type WorkerOutcome = { readonly kind: 'judged' } | { readonly kind: 'coverage'; readonly issue: PlanIssue } | { readonly kind: 'examined' };

/**
 * A core's roll-up as plain data (structured-cloneable): what a worker thread hands back at the end.
 *
 * @internal
 */
export interface StreamState {
  readonly units: number;
  readonly townships: readonly { readonly code: string; readonly units: number; readonly indicators: MutablePartial; readonly counts: Int32Array }[];
  readonly missing: Readonly<Record<string, number>>;
  readonly subjects: readonly (readonly string[])[];
  readonly folds: readonly (readonly [string, unknown])[];
  readonly kept: readonly { readonly code: string; readonly townshipCode: string }[];
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

  /** The roll-up as plain data (each township's missing lists sorted and trimmed, as `mergeInto` takes them). */
  exportState(): Pick<StreamState, 'units' | 'townships' | 'missing' | 'subjects'> {
    const width = this.tally.width;
    const townships = [...this.byTownship.values()].map((t) => ({ code: t.code, units: t.units, indicators: seal(t.indicators) as MutablePartial, counts: this.counts.slice(t.at, t.at + width) }));
    return { units: this.units, townships, missing: this.missing.toRecord(), subjects: this.tally.subjectLists() };
  }

  /** Add another roll-up of the same checks over other units (`exportState`'s output). */
  importState(s: Pick<StreamState, 'units' | 'townships' | 'missing' | 'subjects'>): void {
    this.units += s.units;
    for (const w of s.townships) {
      const t = this.township(w.code);
      t.units += w.units;
      mergeInto(t.indicators, w.indicators);
      const counts = this.counts;
      for (let k = 0; k < w.counts.length; k++) counts[t.at + k] = (counts[t.at + k] as number) + (w.counts[k] as number);
    }
    this.missing.addCounts(s.missing);
    this.tally.addSubjectLists(s.subjects);
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
  placeIssues(u, i, region, issues);
  return { unit: u, code: u.code, issues };
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


function rejection(index: number, code: string | undefined, issues: readonly PlanIssue[]): StreamedRejection {
  return code === undefined ? { type: 'rejected', index, issues } : { type: 'rejected', index, code, issues };
}

/**
 * A streamed evaluation's state and steps (see the module's summary). One core per thread; every method is
 * synchronous.
 *
 * @internal
 */
export class StreamCore {
  private readonly head: Snapshot;
  private readonly issues: IssueList;
  private readonly co: CoverageOptions;
  private readonly region: string;
  private readonly longchuan: boolean;
  private readonly run: Run;
  private readonly summaryOptions: EvaluateOptions;
  private readonly detail: 'full' | 'summary';
  private readonly wantUnits: boolean;
  private readonly rollup: StreamRollup;
  private readonly folds = new Map<string, { fold: NonNullable<ReturnType<typeof unitFold>>; acc: unknown }>();
  private readonly known: ReadonlySet<string>;
  private readonly knownCount = new Map<string, number>();
  /** Each code's first position; negative (−index − 1) when that copy was rejected for a problem of its own. */
  private readonly firstIndex = new Map<string, number>();
  private readonly rejected: RejectedUnit[] = [];
  private readonly coverageIssues: PlanIssue[] = [];
  /** Longchuan only: the codes the registry check needs at the end (at most the registry, plus admitted codes). */
  private kept: Unit[] = [];
  /** A polluted Object.prototype is never read as data: each unit is then read by its own properties only. */
  private readonly polluted = prototypeIsPolluted();
  /** Units seen (the next unit's index). */
  private count = 0;

  /**
   * @param header - The snapshot without its units.
   * @throws SnapshotError when the header's outer shape is invalid; `PlanInputError` for a bad option.
   */
  constructor(
    private readonly header: unknown,
    options: StreamCoreOptions | undefined,
  ) {
    const { duplicateCodes, ...evaluateOptions } = options ?? {};
    this.detail = evaluateOptions.detail ?? 'full';
    // The summary evaluation at the end, its options checked before any unit is read.
    const levels: readonly IndicatorLevel[] | undefined = evaluateOptions.levels;
    this.summaryOptions = { ...evaluateOptions, detail: 'summary', ...(levels === undefined ? {} : { levels: levels.filter((l) => l !== 'unit') }) };
    const { snapshot: head, issues } = parseHeader(header);
    this.head = head;
    this.issues = issues;
    this.co = resolveCoverageOptions(evaluateOptions);
    this.region = head.regionCode ?? LONGCHUAN_CODE;
    this.longchuan = this.region === LONGCHUAN_CODE;
    // Options as the one-pass evaluation resolves them (its coverage decides P1.7's reading under a narrower scope).
    const early = applyCoverage(head, this.co, undefined);
    prepareRun(early.snapshot, { ...evaluateOptions, detail: this.detail }, early);
    this.run = prepareRun(early.snapshot, this.summaryOptions, early);
    this.wantUnits = this.detail === 'full' && (levels === undefined || levels.includes('unit'));
    const checks = prepareUnitChecks(this.run.dated, this.run.ruleOptions, evaluateOptions.rules);
    this.rollup = new StreamRollup(checks);
    for (const rule of RULE_CORES) {
      if (evaluateOptions.rules !== undefined && !evaluateOptions.rules.includes(rule.id)) continue;
      const fold = unitFold(rule.id);
      if (fold !== undefined) this.folds.set(rule.id, { fold, acc: fold.init(this.run.dated, this.run.ruleOptions) });
    }
    this.known = new Set<string>(duplicateCodes ?? []);
  }

  /**
   * The index of the next unit of the stream.
   *
   * @throws SnapshotError as the one-pass evaluation's for more than `MAX_UNITS` units.
   */
  nextIndex(): number {
    if (this.count >= MAX_UNITS) tooManyUnits(this.header);
    return this.count++;
  }

  /** Read one unit (its own problems, before the decisions that depend on other units). */
  examine(raw: unknown, index: number): Examined {
    if (!this.polluted) return unitProblems(raw, index, this.region);
    const found = unitProblems(ownData(raw), index, this.region);
    // …and what the parser hands back too: objects that inherit nothing, as safeParseSnapshot's.
    return found.unit === undefined ? found : { ...found, unit: ownData(found.unit) };
  }

  /**
   * Whether a unit examined on another thread may be judged there at once: valid, its code not named in
   * `duplicateCodes`, and kept by the registry check (`undefined`), or the registry's issue.
   */
  prejudge(found: Examined, index: number): WorkerOutcome {
    const u = found.unit;
    if (u === undefined || found.issues.length > 0 || this.known.has(u.code)) return { kind: 'examined' };
    if (this.longchuan) {
      const issue = coverageIssue(this.head, this.co, u, index);
      if (issue !== undefined) return { kind: 'coverage', issue };
      this.kept.push({ code: u.code, townshipCode: u.townshipCode } as Unit);
    }
    return { kind: 'judged' };
  }

  /**
   * The decisions that depend on the units before this one, in input order: the unit's rejection (recorded), or
   * `undefined` when it is to be judged. With `outcome`, the unit was examined on a worker thread that already did
   * what `outcome` says.
   *
   * @throws PlanInputError (code `duplicate_unit`) for a code listed again whose first copy's results were given out
   * (or, from a worker, a copy already judged when an earlier copy of its code turns out to have been rejected).
   */
  admit(found: Examined, index: number, outcome?: WorkerOutcome): StreamedRejection | undefined {
    const u = found.unit;
    if (u !== undefined) {
      const known = this.known.has(u.code);
      if (known) this.knownCount.set(u.code, (this.knownCount.get(u.code) ?? 0) + 1);
      const first = this.firstIndex.get(u.code);
      if (first === undefined) this.firstIndex.set(u.code, found.issues.length > 0 ? -index - 1 : index);
      else {
        if (first >= 0 && !known) {
          throw new PlanInputError({
            code: 'duplicate_unit',
            path: ['units', index, 'code'],
            messageZh: `村级代码 ${u.code} 重复（第${first + 1}条已出现，其结果已经给出）；流式评估须事先知道重复的代码（选项 duplicateCodes）才能像一次性评估那样两条均不采用`,
            messageEn: `unit code ${u.code} is listed twice (first at index ${first}, whose results were already given out); a streamed evaluation must be told the duplicated codes in advance (option duplicateCodes) to leave out both copies as the one-pass evaluation does`,
          });
        }
        if (outcome?.kind === 'judged' && !known) {
          throw new PlanInputError({
            code: 'duplicate_unit',
            path: ['units', index, 'code'],
            messageZh: `村级代码 ${u.code} 重复（第${-first}条已出现，因自身问题未采用），而本条已在另一线程评估；流式评估须事先知道重复的代码（选项 duplicateCodes）才能像一次性评估那样两条均不采用`,
            messageEn: `unit code ${u.code} is listed twice (first at index ${-first - 1}, rejected for its own problems) and this copy was already judged on another thread; a streamed evaluation must be told the duplicated codes in advance (option duplicateCodes) to leave out both copies as the one-pass evaluation does`,
          });
        }
        found.issues.push(duplicateUnitIssue(u.code, index, first < 0 ? -first - 1 : first));
      }
    }
    if (found.issues.length > 0) {
      this.issues.push(...found.issues);
      this.rejected.push(found.code === undefined ? { index } : { index, code: found.code });
      return rejection(index, found.code, found.issues);
    }
    const unit = u as Unit;
    if (this.known.has(unit.code)) {
      // Listed again later: left out like every copy, with no issue in the evaluation (the later copy carries it).
      this.rejected.push({ index, code: unit.code });
      return rejection(index, unit.code, [laterCopyIssue(unit.code, index)]);
    }
    if (this.longchuan) {
      const iss = outcome === undefined ? coverageIssue(this.head, this.co, unit, index) : outcome.kind === 'coverage' ? outcome.issue : undefined;
      if (iss !== undefined) {
        this.coverageIssues.push(iss);
        this.rejected.push({ index, code: unit.code });
        return rejection(index, unit.code, [iss]);
      }
      if (outcome === undefined) this.kept.push({ code: unit.code, townshipCode: unit.townshipCode } as Unit);
    }
    return undefined;
  }

  /** Add an admitted unit into the roll-up and the county rules' folds; its results when the detail is 'full'. */
  judge(unit: Unit, index: number): StreamedUnit | undefined {
    const run = this.run;
    const io = run.indicatorOptions;
    const rollup = this.rollup;
    const cls = classCode(unit, io.classifyBy);
    const t = rollup.township(unit.townshipCode);
    rollup.missing.startUnit();
    let indicators: IndicatorResult[] = [];
    if (this.wantUnits) {
      const p = newPartial();
      addUnitInto(p, unit, io, rollup.missing);
      seal(p);
      mergeInto(t.indicators, p);
      indicators = finalizeAll(p, { level: 'unit', subject: unit.code, countyPopulation: io.countyPopulation }, run.share);
      if (run.baselines.size > 0) indicators = indicators.map((r) => withMeasuredBaseline(r, run.baselines, run.share));
    } else addUnitInto(t.indicators, unit, io, rollup.missing);
    rollup.count(unit, cls, t);
    for (const { fold, acc } of this.folds.values()) fold.add(acc, unit);
    if (this.detail !== 'full') return undefined;
    const rules: RuleResult[] = [];
    for (const c of rollup.checks) rules.push(c.build(unit, cls));
    return { type: 'unit', index, code: unit.code, townshipCode: unit.townshipCode, indicators, rules };
  }

  /** This core's roll-up, folds and registry list as plain data (for {@link StreamCore.importState} on another thread). */
  exportState(): StreamState {
    return {
      ...this.rollup.exportState(),
      folds: [...this.folds].map(([id, f]) => [id, f.acc] as const),
      kept: this.kept.map((u) => ({ code: u.code, townshipCode: u.townshipCode })),
    };
  }

  /** Add the roll-up of a core of the same header and options over other units. */
  importState(s: StreamState): void {
    this.rollup.importState(s);
    for (const [id, acc] of s.folds) {
      const f = this.folds.get(id);
      if (f !== undefined) f.acc = f.fold.merge(f.acc, acc);
    }
    for (const u of s.kept) this.kept.push(u as Unit);
  }

  /**
   * The evaluation, once every unit was admitted (and judged here or imported).
   *
   * @throws PlanInputError (code `not_a_duplicate`) for a code of `duplicateCodes` not listed twice.
   */
  finish(): Evaluation {
    for (const code of this.known) {
      if ((this.knownCount.get(code) ?? 0) < 2) {
        throw new PlanInputError({
          code: 'not_a_duplicate',
          path: ['duplicateCodes'],
          messageZh: `选项 duplicateCodes 中的 ${code} 在数据中并未出现两次`,
          messageEn: `${code} in option duplicateCodes is not listed twice in the data`,
        });
      }
    }
    this.rejected.sort((a, b) => a.index - b.index);
    // The registry check over the units kept, as the one-pass evaluation makes it (coverage, absent units, region).
    const covered = applyCoverage({ ...this.head, units: this.kept }, this.co, undefined);
    const finalSnapshot: Snapshot = { ...covered.snapshot, units: [] };
    const finalRun = prepareRun(finalSnapshot, this.summaryOptions, covered);
    withFoldedUnits(finalRun.dated, new Map([...this.folds].map(([id, f]) => [id, f.acc])));
    const report = { issues: [...this.issues.list(), ...this.coverageIssues], rejected: this.rejected, units: this.count };
    const e = summaryEvaluation(finalRun, this.rollup.finish(), report);
    return { ...e, input: { ...e.input, evaluated: this.rollup.units } };
  }
}

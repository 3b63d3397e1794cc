/**
 * `evaluateStream`: units in one by one, each unit's full results out as it is judged, and at the end the county and
 * township figures. The per-unit items must equal the one-pass full evaluation's unit-level entries, and the final
 * evaluation must equal the one-pass summary evaluation byte for byte (JSON.stringify), whatever the order of the
 * units and however they arrive (arrays, iterables, async iterables in chunks), with absent, rejected, duplicated and
 * unregistered units, and under every scope.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateStream, findDuplicateUnitCodes, type EvaluateOptions, type EvaluateStreamOptions, type Evaluation, type EvaluationStreamItem, type StreamedUnit } from '../../src/evaluate/index';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { SnapshotError } from '../../src/snapshot/SnapshotError';
import { MAX_ISSUES } from '../../src/snapshot/IssueList';
import { unitFold } from '../../src/rules/_lib/unitFolds';
import { resolveRuleOptions } from '../../src/rules/RuleOptions';
import { parseSnapshot } from '../../src/snapshot/index';
import { SAMPLE_SNAPSHOT } from '../../src/sample/sampleSnapshot';
import { VILLAGE_UNITS } from '../../src/units/units.generated';
import type { RuleResult } from '../../src/rules/types';
import { unitFields } from './_unitFields';

type Raw = Record<string, unknown>;

async function collect(header: unknown, units: Iterable<unknown> | AsyncIterable<unknown>, options?: EvaluateStreamOptions): Promise<EvaluationStreamItem[]> {
  const out: EvaluationStreamItem[] = [];
  for await (const item of evaluateStream(header, units, options)) out.push(item);
  return out;
}

function lastEvaluation(items: readonly EvaluationStreamItem[]): Evaluation {
  const last = items.at(-1);
  if (last?.type !== 'evaluation') throw new Error('the last item is not the evaluation');
  return last.evaluation;
}

/** The options of the one-pass summary evaluation the stream's last item must equal. */
function summaryOptions(options: EvaluateOptions): EvaluateOptions {
  return { ...options, detail: 'summary', ...(options.levels === undefined ? {} : { levels: options.levels.filter((l) => l !== 'unit') }) };
}

/** Rule results of the streamed units regrouped as the full evaluation lists them: rule by rule, units in input order. */
function byRule(units: readonly StreamedUnit[]): RuleResult[] {
  const groups = new Map<string, RuleResult[]>();
  for (const u of units) for (const r of u.rules) (groups.get(r.ruleId) ?? groups.set(r.ruleId, []).get(r.ruleId)!).push(r);
  return [...groups.values()].flat();
}

/** Check a stream against both one-pass evaluations of the same input. */
async function expectSameAsOnePass(header: Raw, units: unknown[], options: EvaluateOptions = {}, feed: Iterable<unknown> | AsyncIterable<unknown> = units, extra: EvaluateStreamOptions = {}): Promise<EvaluationStreamItem[]> {
  const items = await collect(header, feed, { ...options, ...extra });
  const input = { ...header, units };
  expect(JSON.stringify(lastEvaluation(items))).toBe(JSON.stringify(evaluate(input, summaryOptions(options))));
  if ((options.detail ?? 'full') === 'full') {
    const full = evaluate(input, options);
    const streamed = items.filter((i): i is StreamedUnit => i.type === 'unit');
    const unitRuleIds = new Set(streamed.flatMap((u) => u.rules.map((r) => r.ruleId)));
    expect(JSON.stringify(byRule(streamed))).toBe(JSON.stringify(full.rules.filter((r) => unitRuleIds.has(r.ruleId))));
    // The full evaluation lists unit indicators by unit code; each unit's seven in catalogue order.
    const indicators = [...streamed].sort((a, b) => (a.code < b.code ? -1 : 1)).flatMap((u) => u.indicators);
    expect(JSON.stringify(indicators)).toBe(JSON.stringify(full.indicators.filter((r) => r.level === 'unit')));
    // Nothing lost: every unit is yielded once, evaluated or rejected, in input order.
    expect(items.slice(0, -1).map((i) => (i.type === 'evaluation' ? -1 : i.index))).toEqual(units.map((_, k) => k));
    expect(items.filter((i) => i.type === 'rejected').map((i) => (i.type === 'rejected' ? i.index : -1))).toEqual(full.input.rejected.map((r) => r.index));
  } else {
    expect(items).toHaveLength(units.length - lastEvaluation(items).input.evaluated + 1); // rejections only, then the evaluation
  }
  return items;
}

const { units: SAMPLE_UNITS, ...SAMPLE_HEADER } = SAMPLE_SNAPSHOT as unknown as { units: Raw[] } & Raw;

describe('evaluateStream over the sample (77 units, every county figure)', () => {
  it.each<[string, EvaluateOptions]>([
    ['defaults', {}],
    ['scope units', { scope: 'units' }],
    ['one township (章凤镇)', { scope: '533124101' }],
    ['county and unit levels only', { levels: ['county', 'unit'] }],
    ['no unit indicators', { levels: ['county', 'township'] }],
    ['rules subset incl. the folded county rules', { rules: ['p3-2-day-care-coverage', 't11-training-coverage', 'p3-16-village-plans', 't10-grid-members'] }],
    ['readings changed', { dayCareCommunities: 'urban', classifyBy: 'nbs_code', asOf: '2025-12-31', measuredBaselines: { rural_facility_coverage: '55' } }],
    ['summary detail', { detail: 'summary' }],
  ])('%s: per-unit items equal the full evaluation, the last item the summary byte for byte', async (_, options) => {
    await expectSameAsOnePass(SAMPLE_HEADER, SAMPLE_UNITS, options);
  });

  it('yields each unit as soon as it is read, before the input ends', async () => {
    let read = 0;
    async function* slow() {
      for (const u of SAMPLE_UNITS.slice(0, 3)) {
        read++;
        yield u;
      }
    }
    const seen: number[] = [];
    for await (const item of evaluateStream(SAMPLE_HEADER, slow(), { scope: 'units' })) if (item.type === 'unit') seen.push(read);
    expect(seen).toEqual([1, 2, 3]);
  });

  it('returns the evaluation as the generator value as well', async () => {
    const it = evaluateStream(SAMPLE_HEADER, SAMPLE_UNITS.slice(0, 2), { scope: 'units', detail: 'summary' });
    let r = await it.next();
    while (!r.done) r = await it.next();
    expect(JSON.stringify(r.value)).toBe(JSON.stringify(evaluate({ ...SAMPLE_HEADER, units: SAMPLE_UNITS.slice(0, 2) }, { scope: 'units', detail: 'summary' })));
  });
});

describe('absent, rejected and unregistered units, as the one-pass evaluation reports them', () => {
  const header = { asOf: '2024-12-31', county: { residentPopulation: 180000, urbanResidentPopulation: 39000 } };
  const u = (code: string, extra: Raw = {}) => ({ code, townshipCode: code.slice(0, 9), hasDayCareCoverage: true, communityWorkers: 3, communityWorkersTrained: 2, ...extra });

  it('absent registered units make the county figures and day care incomplete (coverage)', async () => {
    const items = await expectSameAsOnePass(header, [u('533124101201'), u('533124101202', { hasDayCareCoverage: false })]);
    const e = lastEvaluation(items);
    expect(e.input.coverage).toMatchObject({ expected: 77, reported: 2, complete: false });
    expect(e.rules.find((r) => r.ruleId === 'p3-2-day-care-coverage')?.status).toBe('missing_data');
  });

  it('bad units, a township mismatch, a unit outside the region, an unregistered code and a unit outside the scope', async () => {
    const units = [
      u('533124101201'),
      { code: '533124101202', townshipCode: '533124101', households: -1 },
      u('533124102201', { townshipCode: '533124101' }),
      u('533123101201'),
      u('533124101299'),
      null,
      'not a unit',
      { townshipCode: '533124101' },
      u('533124102202'),
    ];
    const items = await expectSameAsOnePass(header, units);
    expect(items.filter((i) => i.type === 'rejected')).toHaveLength(7);
    await expectSameAsOnePass(header, units, { scope: '533124101' });
    await expectSameAsOnePass(header, units, { allowUnregisteredUnits: true });
    await expectSameAsOnePass(header, units, { scope: 'units', allowUnregisteredUnits: true });
  });

  it('each rejected unit carries its own problems, paths at its index', async () => {
    const items = await collect(header, [u('533124101201'), { code: '533124101202', townshipCode: '533124101', households: -1, gridMembers: 'x' }]);
    const r = items[1];
    expect(r?.type).toBe('rejected');
    if (r?.type !== 'rejected') return;
    expect(r.code).toBe('533124101202');
    expect(r.issues.map((i) => i.path)).toEqual([
      ['units', 1, 'households'],
      ['units', 1, 'gridMembers'],
    ]);
  });

  it(`more than ${MAX_ISSUES} problems: the first ${MAX_ISSUES} listed and the rest counted, every unit still rejected`, async () => {
    const units = Array.from({ length: MAX_ISSUES + 5 }, (_, k) => (k % 2 === 0 ? {} : { code: '5331241012', townshipCode: 1 }));
    const items = await expectSameAsOnePass(header, units, { detail: 'summary' });
    const e = lastEvaluation(items);
    expect(e.input.rejected).toHaveLength(units.length);
    expect(e.input.issues.at(-1)?.code).toBe('more_issues');
  });

  it('header problems come first, as in the one-pass evaluation', async () => {
    await expectSameAsOnePass({ ...header, county: { residentPopulation: -1 }, extra: 1 }, [u('533124101201'), {}]);
  });

  it('a province or China: no registry check, every code in the region evaluated', async () => {
    const units = [u('530102001001'), u('530102001002', { hasDayCareCoverage: undefined }), u('530203001001'), u('110101001001')];
    await expectSameAsOnePass({ asOf: '2024-12-31', regionCode: '53' }, units);
    await expectSameAsOnePass({ asOf: '2024-12-31', regionCode: '' }, units);
  });

  it('village plans counted from the units once every 村民委员会 is listed (no county count)', async () => {
    const all = VILLAGE_UNITS.map((v, k) => ({ code: v.code, townshipCode: v.townshipCode, villagePlanCompleted: k % 10 !== 0 }));
    const items = await expectSameAsOnePass({ asOf: '2025-12-31' }, all);
    expect(lastEvaluation(items).rules.find((r) => r.ruleId === 'p3-16-village-plans')?.status).toBe('fail');
  });
});

describe('codes listed twice', () => {
  const header = { asOf: '2024-12-31' };
  const a = { code: '533124101201', townshipCode: '533124101', gridMembers: 1 };
  const b = { code: '533124101202', townshipCode: '533124101', gridMembers: 0 };

  it('found in a first pass (findDuplicateUnitCodes): every copy rejected as the one-pass evaluation does', async () => {
    const units = [a, b, { ...a, gridMembers: 3 }, a, { code: '533124101202', townshipCode: '533124102' }];
    // b's second copy fails the township check but is a valid unit: its code counts, as safeParseSnapshot counts it.
    const dups = await findDuplicateUnitCodes(units);
    expect(dups).toEqual(['533124101201', '533124101202']);
    expect(await findDuplicateUnitCodes([b, { households: -1, code: b.code, townshipCode: b.townshipCode }, null])).toEqual([]);
    const items = await expectSameAsOnePass(header, units, {}, units, { duplicateCodes: dups });
    expect(lastEvaluation(items).input.rejected.map((r) => r.index)).toEqual([0, 1, 2, 3, 4]);
    // The first copy of a is rejected when it is read, before its second copy: its item says the code comes again
    // (the CLI leaves this note out of its list of problems; the later copy's duplicate_unit is the problem).
    const first = items.find((i) => i.type === 'rejected' && i.index === 0) as unknown as { issues: { code: string; path: unknown[] }[] };
    expect(first.issues.map((i) => [i.code, i.path])).toEqual([['listed_again_later', ['units', 0, 'code']]]);
  });

  it('a first copy already evaluated cannot be taken back: without duplicateCodes the stream throws, naming both', async () => {
    await expect(collect(header, [a, b, a])).rejects.toThrow(expect.objectContaining({ name: 'PlanInputError', code: 'duplicate_unit', path: ['units', 2, 'code'] }));
  });

  it('a first copy that was itself rejected needs no foreknowledge', async () => {
    const units = [{ ...a, townshipCode: '533124102' }, b, a];
    await expectSameAsOnePass(header, units);
  });

  it('a code named in duplicateCodes that is not listed twice is an error, never a silent rejection', async () => {
    await expect(collect(header, [a, b], { duplicateCodes: ['533124101202'] })).rejects.toThrow(PlanInputError);
  });
});

describe('input errors', () => {
  it('a header with units, an unreadable header, a bad option', async () => {
    await expect(collect({ asOf: '2024-12-31', units: [{}] }, [])).rejects.toThrow(expect.objectContaining({ code: 'header_has_units' }));
    await expect(collect({ asOf: '2024-02-30' }, [])).rejects.toThrow(SnapshotError);
    await expect(collect(null, [])).rejects.toThrow(SnapshotError);
    await expect(collect({ asOf: '2024-12-31' }, [], { detail: 'summary', levels: ['unit'] })).rejects.toThrow(PlanInputError);
    await expect(collect({ asOf: '2024-12-31' }, [], { undatedTargets: 'never' as never })).rejects.toThrow(PlanInputError);
    // An empty units list in the header is accepted.
    expect(lastEvaluation(await collect({ asOf: '2024-12-31', units: [] }, [])).input.units).toBe(0);
  });
});

/** Some units, valid or not: Longchuan's registered codes, a few unregistered ones, and a few bad units. */
const unitList = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...VILLAGE_UNITS), unitFields).map(([v, f]) => ({ code: v.code, townshipCode: v.townshipCode, ...f }) as Raw) },
      { weight: 1, arbitrary: fc.integer({ min: 900, max: 999 }).map((n) => ({ code: `533124101${n}`, townshipCode: '533124101' }) as Raw) },
      { weight: 1, arbitrary: fc.constantFrom<Raw>({ households: -1 }, { code: '533124101201', townshipCode: '533124102' }, {}) },
    ),
    { maxLength: 40 },
  )
  // Valid codes listed once (a code listed twice is its own test above).
  .map((units) => {
    const seen = new Set<unknown>();
    return units.filter((u) => (u['code'] === undefined || u['households'] === -1 ? true : !seen.has(u['code']) && (seen.add(u['code']), true)));
  });

/** The units as an async iterable of chunks of the given sizes, flattened (as a file read in blocks). */
async function* chunked(units: readonly unknown[], sizes: readonly number[]): AsyncGenerator<unknown> {
  let at = 0;
  let k = 0;
  while (at < units.length) {
    const n = Math.max(1, sizes[k++ % Math.max(1, sizes.length)] ?? 1);
    const chunk = units.slice(at, at + n);
    at += n;
    await Promise.resolve();
    yield* chunk;
  }
}

describe('property: any units, any order, any chunking', () => {
  it('equals the one-pass evaluations', async () => {
    await fc.assert(
      fc.asyncProperty(
        unitList,
        fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 5 }),
        fc.constantFrom<EvaluateOptions>({}, { scope: 'units' }, { scope: '533124102' }, { allowUnregisteredUnits: true }, { detail: 'summary' }, { levels: ['county'] }),
        fc.constantFrom('2023-06-30', '2025-12-31'),
        async (units, sizes, options, asOf) => {
          const dups = await findDuplicateUnitCodes(units);
          await expectSameAsOnePass({ asOf }, units, options, chunked(units, sizes), { duplicateCodes: dups });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('the order of the units changes only the order of the per-unit items', async () => {
    await fc.assert(
      fc.asyncProperty(unitList.chain((u) => fc.tuple(fc.constant(u), fc.shuffledSubarray(u, { minLength: u.length, maxLength: u.length }))), async ([units, shuffled]) => {
        const dups = await findDuplicateUnitCodes(units);
        const a = lastEvaluation(await collect({ asOf: '2024-12-31' }, units, { duplicateCodes: dups }));
        const b = lastEvaluation(await collect({ asOf: '2024-12-31' }, shuffled, { duplicateCodes: dups }));
        // Rejections are listed by position, which moves with the unit; everything else is the same.
        const strip = (e: Evaluation) => JSON.stringify({ ...e, input: { ...e.input, rejected: e.input.rejected.length, issues: e.input.issues.length } });
        expect(strip(b)).toBe(strip(a));
      }),
      { numRuns: 25 },
    );
  });
});

describe('the county rules that add up units, folded: any split merges to the whole', () => {
  it.each(['p3-2-day-care-coverage', 'p3-16-village-plans', 't11-training-coverage'])('%s', (id) => {
    const fold = unitFold(id)!;
    fc.assert(
      fc.property(unitList, fc.nat(), fc.constantFrom('all' as const, 'urban' as const), (raw, cut, dayCareCommunities) => {
        const snapshot = parseSnapshot({ asOf: '2025-12-31', units: raw.filter((u) => typeof u['code'] === 'string' && u['households'] !== -1 && u['townshipCode'] === (u['code'] as string).slice(0, 9) && Number((u['code'] as string).slice(9)) < 900) });
        const o = resolveRuleOptions({ dayCareCommunities });
        const whole = fold.init(snapshot, o);
        for (const u of snapshot.units) fold.add(whole, u);
        const at = snapshot.units.length === 0 ? 0 : cut % (snapshot.units.length + 1);
        const left = fold.init(snapshot, o);
        const right = fold.init(snapshot, o);
        snapshot.units.forEach((u, k) => fold.add(k < at ? left : right, u));
        expect(fold.finish(fold.merge(right, left), snapshot, o)).toEqual(fold.finish(whole, snapshot, o));
      }),
      { numRuns: 60 },
    );
  });
});

describe('the TSDoc examples (async, so run here)', () => {
  it('evaluateStream: one unit, then the evaluation', async () => {
    const units = [{ code: '533124101201', townshipCode: '533124101', hasServiceFacility: true }];
    const types: string[] = [];
    for await (const item of evaluateStream({ asOf: '2025-12-31' }, units, { scope: 'units' })) types.push(item.type);
    expect(types).toEqual(['unit', 'evaluation']);
  });

  it('findDuplicateUnitCodes: the code listed twice', async () => {
    const u = { code: '533124101201', townshipCode: '533124101' };
    expect(await findDuplicateUnitCodes([u, { code: '533124101202', townshipCode: '533124101' }, u])).toEqual(['533124101201']);
  });
});

describe('a polluted Object.prototype', () => {
  it('is never read as a unit field', async () => {
    const header = { asOf: '2024-12-31' };
    const units = [{ code: '533124101201', townshipCode: '533124101' }];
    const clean = lastEvaluation(await collect(header, units, { scope: 'units' }));
    const proto = Object.prototype as Record<string, unknown>;
    proto['gridMembers'] = 0;
    try {
      const e = lastEvaluation(await collect(header, units, { scope: 'units' }));
      expect(e.ruleCounts).toEqual(clean.ruleCounts);
      expect(e.summary.missingData).toEqual(clean.summary.missingData);
    } finally {
      delete proto['gridMembers'];
    }
  });
});

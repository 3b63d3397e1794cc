/**
 * The stream's engine run apart, as the CLI's worker threads run it (src/cli/parallelStream.ts): units examined and
 * judged by several cores, each unit admitted in input order by a main core, the workers' roll-ups carried across as
 * structured clones and merged. Whatever the split, every item and the final evaluation must equal, byte for byte,
 * the one-thread `evaluateStream` of the same input (itself held to the one-pass evaluation in stream.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateStream, findDuplicateUnitCodes, type EvaluateOptions } from '../../src/evaluate/index';
import { StreamCore, type Examined, type WorkerOutcome } from '../../src/evaluate/_streamCore';
import type { Unit } from '../../src/snapshot/unitSchema';
import { VILLAGE_UNITS } from '../../src/units/units.generated';
import { unitFields } from './_unitFields';

type Raw = Record<string, unknown>;
type Options = EvaluateOptions & { duplicateCodes?: readonly string[] };

async function oneThread(header: Raw, units: readonly unknown[], options: Options): Promise<string[]> {
  const out: string[] = [];
  for await (const item of evaluateStream(header, units, options)) out.push(JSON.stringify(item));
  return out;
}

/**
 * The same stream split as parallelStream splits it: batches of `size` units, batch k to worker `assign[k] % workers`;
 * each worker core examines, prejudges and judges; the main core admits in input order and merges the workers' states
 * (through structuredClone, as postMessage carries them).
 */
function split(header: Raw, units: readonly unknown[], options: Options, workers: number, size: number, assign: readonly number[]): string[] {
  const main = new StreamCore(header, options);
  const cores = Array.from({ length: workers }, () => new StreamCore(header, options));
  const out: string[] = [];
  for (let start = 0, k = 0; start < units.length; start += size, k++) {
    const core = cores[(assign[k % Math.max(1, assign.length)] ?? 0) % workers] as StreamCore;
    const batch: { found: Examined; outcome: WorkerOutcome; line?: string }[] = [];
    for (let i = start; i < Math.min(units.length, start + size); i++) {
      main.nextIndex();
      const found = core.examine(structuredClone(units[i]), i);
      const outcome = core.prejudge(found, i);
      const item = outcome.kind === 'judged' ? core.judge(found.unit as Unit, i) : undefined;
      batch.push({ found, outcome, ...(item === undefined ? {} : { line: JSON.stringify(item) }) });
    }
    batch.forEach(({ found, outcome, line }, j) => {
      const i = start + j;
      // What crosses back for a judged unit is its code only.
      const seen: Examined = outcome.kind === 'judged' ? { unit: { code: found.code } as Unit, code: found.code, issues: [] } : structuredClone(found);
      const rejected = main.admit(seen, i, structuredClone(outcome));
      if (rejected !== undefined) out.push(JSON.stringify(rejected));
      else if (line !== undefined) out.push(line);
    });
  }
  for (const core of cores) main.importState(structuredClone(core.exportState()));
  out.push(JSON.stringify({ type: 'evaluation', evaluation: main.finish() }));
  return out;
}

/** Units valid or not, codes repeated at times: registered codes, unregistered ones, bad units. */
const unitList = fc.array(
  fc.oneof(
    { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...VILLAGE_UNITS.slice(0, 30)), unitFields).map(([v, f]) => ({ code: v.code, townshipCode: v.townshipCode, ...f }) as Raw) },
    { weight: 1, arbitrary: fc.integer({ min: 990, max: 999 }).map((n) => ({ code: `533124101${n}`, townshipCode: '533124101' }) as Raw) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>({ households: -1 }, { code: '533124101201', townshipCode: '533124102' }, {}, 'not a unit', null) },
  ),
  { maxLength: 60 },
);

describe('the stream engine split across cores equals the one-thread stream', () => {
  it('property: any units (codes listed twice known in advance), any batches, any assignment to 1–3 workers, any options', async () => {
    await fc.assert(
      fc.asyncProperty(
        unitList,
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.nat(5), { maxLength: 6 }),
        fc.constantFrom<EvaluateOptions>({}, { scope: 'units' }, { scope: '533124101' }, { allowUnregisteredUnits: true }, { detail: 'summary' }, { levels: ['county', 'unit'] }, { regionCode: undefined, rules: ['p3-2-day-care-coverage', 'p1-5-facility-activity-share'] } as EvaluateOptions),
        fc.constantFrom<Raw>({ asOf: '2025-12-31' }, { asOf: '2023-06-30', county: { residentPopulation: 180000, urbanResidentPopulation: 39000 } }, { asOf: '2025-12-31', regionCode: '53' }),
        async (units, workers, size, assign, evaluateOptions, header) => {
          const options: Options = { ...evaluateOptions, duplicateCodes: await findDuplicateUnitCodes(units) };
          expect(split(header, units, options, workers, size, assign)).toEqual(await oneThread(header, units, options));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a national-style region (no registry): one worker per batch, two workers, the same lines', async () => {
    const units = [
      { code: '530102001001', townshipCode: '530102001', households: 10, hasServiceFacility: true },
      { code: '530102001002', townshipCode: '530102001', hasDayCareCoverage: false },
      { code: '110101001001', townshipCode: '110101001', gridMembers: 2 },
      { code: '530203001001', townshipCode: '530203001' },
    ];
    const header = { asOf: '2025-12-31', regionCode: '' };
    expect(split(header, units, {}, 2, 1, [0, 1, 1, 0])).toEqual(await oneThread(header, units, {}));
  });

  it('a first copy rejected for its own problems, a later copy judged on a worker: that copy cannot be taken back, so the stream stops with duplicate_unit (the CLI then reads again with the code known)', async () => {
    const a = { code: '533124101201', townshipCode: '533124101', gridMembers: 1 };
    const units = [{ ...a, townshipCode: '533124102' }, a];
    // One thread needs no foreknowledge here: the later copy is rejected before it is judged.
    const lines = await oneThread({ asOf: '2025-12-31' }, units, {});
    expect(lines.map((l) => (JSON.parse(l) as { type: string }).type)).toEqual(['rejected', 'rejected', 'evaluation']);
    expect(() => split({ asOf: '2025-12-31' }, units, {}, 2, 1, [0, 1])).toThrow(expect.objectContaining({ name: 'PlanInputError', code: 'duplicate_unit', path: ['units', 1, 'code'] }));
    expect(() => split({ asOf: '2025-12-31' }, units, {}, 2, 1, [0, 1])).toThrow(/first at index 0, rejected for its own problems/);
    // Known in advance, the split gives the one-thread lines.
    const known: Options = { duplicateCodes: [a.code] };
    expect(split({ asOf: '2025-12-31' }, units, known, 2, 1, [0, 1])).toEqual(await oneThread({ asOf: '2025-12-31' }, units, known));
  });

  it('a first copy already judged: the same duplicate_unit as the one-thread stream', async () => {
    const a = { code: '533124101201', townshipCode: '533124101' };
    const b = { code: '533124101202', townshipCode: '533124101' };
    const oneThreadError = await oneThread({ asOf: '2025-12-31' }, [a, b, a], {}).catch((e: unknown) => e);
    expect(oneThreadError).toMatchObject({ name: 'PlanInputError', code: 'duplicate_unit', path: ['units', 2, 'code'] });
    expect(() => split({ asOf: '2025-12-31' }, [a, b, a], {}, 2, 2, [1, 0])).toThrow((oneThreadError as Error).message);
  });
});

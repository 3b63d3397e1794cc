import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { evaluateSeries } from '../../src/series/evaluateSeries';
import { SEVEN_VILLAGES, unit } from '../_fixtures';

/** The seven villages with a facility in the first `n` (in the fixture's order). */
const villages = (n: number) => SEVEN_VILLAGES.map((u, i) => ({ ...u, hasServiceFacility: i < n }));
const options = { scope: 'units' } as const;

// Three years of the seven villages, given out of order: 2021 (3 of 7), 2025 (6 of 7), 2022 (4 of 7).
const Y2021 = { asOf: '2021-12-31', units: villages(3) };
const Y2022 = { asOf: '2022-12-31', units: villages(4) };
const Y2025 = { asOf: '2025-12-31', units: villages(6) };

describe('evaluateSeries: three years of the seven villages', () => {
  const s = evaluateSeries([Y2021, Y2025, Y2022], options);

  it('orders the years and lists the plan years without a snapshot (never filled in)', () => {
    expect(s.kind).toBe('series');
    expect(s.years).toEqual([2021, 2022, 2025]);
    expect(s.span).toEqual({ first: 2020, last: 2025 });
    expect(s.missingYears).toEqual([2020, 2023, 2024]);
  });

  it("each year's slice is exactly evaluate() of that snapshot with the same options", () => {
    expect(s.evaluations).toEqual([evaluate(Y2021, options), evaluate(Y2022, options), evaluate(Y2025, options)]);
    expect(s.readings).toEqual([]);
  });

  it('[P1.1] each year beside the straight line 60 → 80 (hand-worked)', () => {
    const p = s.indicators[0]!;
    expect(p.id).toBe('rural_facility_coverage');
    expect(p.baseline).toEqual({ value: '60', source: 'plan' });
    expect(p.target).toBe('80');
    expect(p.points.map((x) => x.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    // 2020, 2023, 2024: no snapshot, no figure.
    for (const i of [0, 3, 4]) {
      expect(p.points[i]).toEqual({ year: p.points[i]!.year, asOf: null, value: null, display: null, expected: null, progress: 'no_data', meetsTarget: null, gap: null });
    }
    // 2021: 3/7 = 42.857…%; on 2021-12-31, 365 of the 1826 days have passed: 60 + 20 × 365/1826 = 116860/1826.
    expect(p.points[1]).toEqual({
      year: 2021,
      asOf: '2021-12-31',
      value: '42.85714285714285714285714285714285714286',
      display: '42.9',
      expected: '63.99780941949616648411829134720700985761',
      progress: 'behind',
      meetsTarget: false,
      gap: '3', // 80% of 7 is 5.6: 6 villages needed, 3 have one
    });
    // 2022: 4/7 = 57.142…%; 730 days: 60 + 20 × 730/1826.
    expect(p.points[2]).toMatchObject({ value: '57.14285714285714285714285714285714285714', display: '57.1', expected: '67.99561883899233296823658269441401971522', progress: 'behind', gap: '2' });
    // 2025-12-31: the end of the line; 6/7 = 85.714…% ≥ 80.
    expect(p.points[5]).toMatchObject({ value: '85.71428571428571428571428571428571428571', display: '85.7', expected: '80', progress: 'achieved', meetsTarget: true, gap: '0' });
  });

  it('[P1.1] changes between consecutive snapshot years, a missing year skipped and named (1/7 = 14.29 points, 2/7 = 28.57)', () => {
    expect(s.indicators[0]!.changes).toEqual([
      { from: 2021, to: 2022, change: '14.28571428571428571428571428571428571429' },
      { from: 2022, to: 2025, change: '28.57142857142857142857142857142857142857' },
    ]);
    // P1.2 (urban facilities): no community among the seven villages, 0 ÷ 0 every year: no change to state.
    expect(s.indicators[1]!.changes.map((c) => c.change)).toEqual([null, null]);
  });

  it("completeness of each year's data", () => {
    // Under scope 'units' the units given are the units expected.
    expect(s.data.map((d) => [d.year, d.asOf, d.units, d.evaluated, d.rejected, d.issues, d.expected, d.reported, d.complete])).toEqual([
      [2021, '2021-12-31', 7, 7, 0, 0, 7, 7, true],
      [2022, '2022-12-31', 7, 7, 0, 0, 7, 7, true],
      [2025, '2025-12-31', 7, 7, 0, 0, 7, 7, true],
    ]);
    // Four villages given as the county's data (the default scope): 4 of the 77 registered units reported, and said so.
    const county = evaluateSeries([{ asOf: '2022-12-31', units: villages(4).slice(0, 4) }]);
    expect(county.data[0]).toMatchObject({ expected: 77, reported: 4, complete: false });
    // Only P1.1 has a value: the villages carry no area, household, community or worker figures.
    expect(s.data.map((d) => d.indicatorsWithValue)).toEqual([1, 1, 1]);
  });

  it('rules: one status per year, the last, and the first year met', () => {
    expect(s.rules.map((r) => r.ruleId)).toEqual(evaluate(Y2021, options).rules.map((r) => r.ruleId).filter((id, i, a) => a.indexOf(id) === i));
    for (const r of s.rules) {
      expect(r.statuses).toHaveLength(3);
      expect(r.last).toBe(r.statuses[2]);
    }
  });
});

describe('evaluateSeries: under detail summary and a measured baseline', () => {
  it("unit-level rules counted (ruleCounts) count in the year's status; each year still equals evaluate()", () => {
    const o = { scope: 'units', detail: 'summary', rules: ['t10-grid-members'] } as const;
    // [T10] grid members: 2021 two villages without, 2022 every village with one.
    const at = (asOf: string, without: number) => ({ asOf, units: SEVEN_VILLAGES.map((u, i) => ({ ...u, gridMembers: i < without ? 0 : 1 })) });
    const s = evaluateSeries([at('2021-12-31', 2), at('2022-12-31', 0)], o);
    expect(s.evaluations).toEqual([evaluate(at('2021-12-31', 2), o), evaluate(at('2022-12-31', 0), o)]);
    expect(s.rules[0]!.counts.map((c) => [c.pass, c.fail])).toEqual([
      [5, 2],
      [7, 0],
    ]);
    expect([s.rules[0]!.statuses, s.rules[0]!.firstMet]).toEqual([['fail', 'pass'], 2022]);
  });

  it('[P1.1] a measured 2020 baseline of 50%: the line each year starts there (2021-12-31: 50 + 30 × 365/1826)', () => {
    const s = evaluateSeries([Y2021], { ...options, measuredBaselines: { rural_facility_coverage: '50' } });
    expect(s.indicators[0]!.baseline).toEqual({ value: '50', source: 'measured' });
    // 30 × 365/1826 = 10950/1826 = 5.99671412924424972617743702081051478642…
    expect(s.indicators[0]!.points[1]!.expected).toBe('55.99671412924424972617743702081051478642');
  });
});

describe('evaluateSeries: a rule first met in a later year', () => {
  // [P3.14] 20 ethnic-unity demonstration units by 2025: 12 in 2023 (pending), 20 in 2024 (pass), 21 in 2025.
  const at = (asOf: string, n: number) => ({ asOf, units: [], county: { ethnicUnityDemonstrationUnits: n } });
  const s = evaluateSeries([at('2023-12-31', 12), at('2024-12-31', 20), at('2025-12-31', 21)], { rules: ['p3-14-demonstration-villages'] });

  it('[P3.14] pending, pass, pass: first met 2024, exactly at the target', () => {
    expect(s.rules).toEqual([
      {
        ruleId: 'p3-14-demonstration-villages',
        clause: 'P3.14',
        severity: 'binding',
        statuses: ['pending', 'pass', 'pass'],
        counts: [
          { pass: 0, fail: 0, pending: 1, not_applicable: 0, missing_data: 0 },
          { pass: 1, fail: 0, pending: 0, not_applicable: 0, missing_data: 0 },
          { pass: 1, fail: 0, pending: 0, not_applicable: 0, missing_data: 0 },
        ],
        last: 'pass',
        firstMet: 2024,
      },
    ]);
  });

  it('[P3.14] 19 at the end date: fail, never met', () => {
    const t = evaluateSeries([at('2024-12-31', 19), at('2025-12-31', 19)], { rules: ['p3-14-demonstration-villages'] });
    expect([t.rules[0]!.statuses, t.rules[0]!.firstMet]).toEqual([['pending', 'fail'], null]);
  });
});

describe('evaluateSeries: B1 (一肩挑) reads earlier years from the series', () => {
  // 2020: 60 of 77 secretaries also chair the committee; 2021: 62; 2022: 61.
  // The 2021 snapshot carries its own copy of 2020, 63 (not what 2020's snapshot reported); 2022 carries no earlier row.
  const s2020 = { asOf: '2020-12-31', units: [], county: { oneShoulder: [{ year: 2020, secretaries: 77, concurrent: 60 }] } };
  const s2021 = {
    asOf: '2021-12-31',
    units: [],
    county: { oneShoulder: [{ year: 2020, secretaries: 77, concurrent: 63 }, { year: 2021, secretaries: 77, concurrent: 62 }] },
  };
  const s2022 = { asOf: '2022-12-31', units: [], county: { oneShoulder: [{ year: 2022, secretaries: 77, concurrent: 61 }] } };
  const b1 = { rules: ['b1-one-shoulder-trend'] } as const;

  it('[B1] since 2020 (default): the series row wins over the hand-entered copy, and each replacement is listed', () => {
    const s = evaluateSeries([s2020, s2021, s2022], b1);
    expect(s.readings).toEqual([
      { year: 2021, rowYear: 2020, series: { secretaries: 77, concurrent: 60 }, entered: { secretaries: 77, concurrent: 63 } },
      { year: 2022, rowYear: 2020, series: { secretaries: 77, concurrent: 60 }, entered: null },
      { year: 2022, rowYear: 2021, series: { secretaries: 77, concurrent: 62 }, entered: null },
    ]);
    // 2020: nothing after 2020 to judge (missing data); 2021: 62/77 > 60/77; 2022: 61/77 > 60/77.
    expect(s.rules[0]!.statuses).toEqual(['missing_data', 'pass', 'pass']);
    expect(s.rules[0]!.firstMet).toBe(2021);
    // Alone, 2021's snapshot compares 62 with its own copy 63 (fail), and 2022's has no 2020 row (missing data).
    expect(evaluate(s2021, b1).rules.map((r) => r.status)).toEqual(['fail']);
    expect(evaluate(s2022, b1).rules.map((r) => r.status)).toEqual(['missing_data']);
  });

  it("[B1] a year that reads the series equals evaluate() of its snapshot with the series' rows; the others equal evaluate() of theirs", () => {
    const s = evaluateSeries([s2022, s2020, s2021], b1);
    expect(s.evaluations[0]).toEqual(evaluate(s2020, b1));
    expect(s.evaluations[1]).toEqual(
      evaluate({ ...s2021, county: { oneShoulder: [{ year: 2020, secretaries: 77, concurrent: 60 }, { year: 2021, secretaries: 77, concurrent: 62 }] } }, b1),
    );
    expect(s.evaluations[2]).toEqual(
      evaluate(
        {
          ...s2022,
          county: { oneShoulder: [{ year: 2022, secretaries: 77, concurrent: 61 }, { year: 2020, secretaries: 77, concurrent: 60 }, { year: 2021, secretaries: 77, concurrent: 62 }] },
        },
        b1,
      ),
    );
  });

  it("[B1] 'rising': 2022 (61) is below 2021 (62) as 2021's snapshot reported it: an advisory fail", () => {
    const s = evaluateSeries([s2020, s2021, s2022], { ...b1, oneShoulderTrend: 'rising' });
    expect(s.rules[0]!.statuses).toEqual(['missing_data', 'pass', 'fail']);
    expect(s.rules[0]!.severity).toBe('informational');
    expect(s.rules[0]!.last).toBe('fail');
  });

  it('[B1] a later year never reaches back: 2021 does not read 2022', () => {
    const s = evaluateSeries([s2021, s2022], b1);
    expect(s.readings).toEqual([{ year: 2022, rowYear: 2021, series: { secretaries: 77, concurrent: 62 }, entered: null }]);
    expect(s.evaluations[0]).toEqual(evaluate(s2021, b1));
  });
});

describe('evaluateSeries: bad input', () => {
  const thrown = (f: () => unknown): PlanInputError => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(PlanInputError);
      return e as PlanInputError;
    }
    throw new Error('did not throw');
  };

  it('two snapshots in one calendar year: both named', () => {
    const e = thrown(() =>
      evaluateSeries([{ asOf: '2023-06-30', units: [] }, { asOf: '2022-12-31', units: [] }, { asOf: '2023-12-31', units: [] }], { sources: ['a.json', 'b.json', 'c.json'] }),
    );
    expect([e.code, e.path]).toEqual(['duplicate_year', [2]]);
    expect(e.messageZh).toBe('a.json 与 c.json 同为2023年的填报数据：逐年评估每年只能有一份');
    expect(e.messageEn).toBe('a.json and c.json are both for 2023: a series takes one snapshot per calendar year');
    const d = thrown(() => evaluateSeries([{ asOf: '2023-06-30', units: [] }, { asOf: '2023-12-31', units: [] }]));
    expect(d.messageEn).toBe('snapshots[0] and snapshots[1] are both for 2023: a series takes one snapshot per calendar year');
  });

  it('two regions: both named', () => {
    const e = thrown(() => evaluateSeries([{ asOf: '2022-12-31', units: [] }, { asOf: '2023-12-31', regionCode: '5331', units: [] }]));
    expect([e.code, e.path]).toEqual(['region_mismatch', [1, 'regionCode']]);
    expect(e.messageEn).toBe('snapshots[0] is for region 533124 and snapshots[1] for 5331: a series is one region\'s data');
  });

  it('an unreadable snapshot: its position and the path inside it', () => {
    const e = thrown(() => evaluateSeries([{ asOf: '2022-12-31', units: [] }, { asOf: '2023-02-30', units: [] }], { sources: ['2022.json', '2023.json'] }));
    expect([e.code, e.path]).toEqual(['invalid_snapshot', [1, 'asOf']]);
    expect(e.messageEn).toMatch(/^asOf of 2023\.json: /);
    expect(e.messageZh).toMatch(/^2023\.json 的 asOf：/);
  });

  it('an empty list, asOf, and sources that do not match', () => {
    expect(thrown(() => evaluateSeries([])).code).toBe('invalid_series');
    expect(thrown(() => evaluateSeries('x' as unknown as unknown[])).code).toBe('invalid_series');
    expect(thrown(() => evaluateSeries([{ asOf: '2022-12-31', units: [] }], { asOf: '2022-12-31' } as never)).path).toEqual(['asOf']);
    expect(thrown(() => evaluateSeries([{ asOf: '2022-12-31', units: [] }], { sources: ['a', 'b'] })).path).toEqual(['sources']);
  });

  it("an option evaluate rejects is rejected (the year's evaluate runs it)", () => {
    expect(thrown(() => evaluateSeries([{ asOf: '2022-12-31', units: [] }], { detail: 'some' as never })).path).toEqual(['detail']);
  });

  it('a bad unit is rejected in its year and reported there, not lost', () => {
    const s = evaluateSeries([{ asOf: '2022-12-31', units: [unit('533124101201', { households: -1 })] }], options);
    expect(s.data[0]).toMatchObject({ units: 1, evaluated: 0, rejected: 1 });
    expect(s.evaluations[0]!.input.issues[0]!.path).toEqual(['units', 0, 'households']);
  });
});

describe('evaluateSeries: properties', () => {
  // Four villages: every coverage is a multiple of 25%, so values and changes are exact and add up.
  const four = (n: number) => villages(7).slice(0, 4).map((u, i) => ({ ...u, hasServiceFacility: i < n }));
  const arb = fc.uniqueArray(fc.record({ year: fc.integer({ min: 2019, max: 2027 }), n: fc.integer({ min: 0, max: 4 }) }), {
    minLength: 1,
    maxLength: 5,
    selector: (r) => r.year,
  });

  it('every year equals evaluate(); years and missing years partition the span; changes add up to last − first', () => {
    fc.assert(
      fc.property(arb, (rows) => {
        const snaps = rows.map((r) => ({ asOf: `${r.year}-12-31`, units: four(r.n) }));
        const s = evaluateSeries(snaps, options);
        const sorted = [...rows].sort((a, b) => a.year - b.year);
        expect(s.years).toEqual(sorted.map((r) => r.year));
        s.years.forEach((y, i) => expect(s.evaluations[i]).toEqual(evaluate(snaps[rows.findIndex((r) => r.year === y)], options)));
        const all = [...s.years, ...s.missingYears].sort((a, b) => a - b);
        expect(all).toEqual(Array.from({ length: s.span.last - s.span.first + 1 }, (_, k) => s.span.first + k));
        const total = s.indicators[0]!.changes.reduce((acc, c) => acc + Number(c.change), 0);
        expect(total).toBe((sorted[sorted.length - 1]!.n - sorted[0]!.n) * 25);
        expect(s.indicators[0]!.points.filter((p) => p.asOf !== null).map((p) => p.value)).toEqual(sorted.map((r) => String(r.n * 25)));
      }),
      { seed: 20261206, numRuns: 25 },
    );
  });
});

/**
 * What the RuleResult union promises per status holds for every result the rules build (the one builder casts to the
 * union): judged results (pass, fail, pending) carry both strings; a pass has no gap; not applicable has no value, no
 * requirement and no gap; missing data has no value and no gap and names its fields; a measure only on a judged result,
 * reproducing its status and its display string. Checked over the sample on three dates, every conformance vector and
 * an empty county.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate';
import type { RuleResult } from '../../src/rules';
import { SAMPLE_SNAPSHOT } from '../../src/sample';
import { measureProblem } from './_measureCheck';

const VECTORS = join(import.meta.dirname, '..', '..', 'vectors');
const index = JSON.parse(readFileSync(join(VECTORS, 'index.json'), 'utf8')) as { cases: { file: string }[] };

function allResults(): RuleResult[] {
  const out: RuleResult[] = [];
  for (const asOf of ['2023-06-30', '2025-12-31', '2026-06-30']) out.push(...evaluate(SAMPLE_SNAPSHOT, { asOf }).rules);
  out.push(...evaluate({ asOf: '2025-12-31', units: [] }, { scope: 'units' }).rules);
  for (const c of index.cases) {
    const v = JSON.parse(readFileSync(join(VECTORS, c.file), 'utf8')) as { input: unknown; options: Record<string, unknown> };
    out.push(...evaluate(v.input, v.options).rules);
  }
  return out;
}

describe('RuleResult: the promises of each status', () => {
  const results = allResults();

  it('covers every status, thousands of results', () => {
    expect(new Set(results.map((r) => r.status))).toEqual(new Set(['pass', 'fail', 'pending', 'not_applicable', 'missing_data']));
    expect(results.length).toBeGreaterThan(10_000);
  });

  it('pass, fail, pending: actual and expected are strings; a pass has no gap', () => {
    for (const r of results) {
      if (r.status !== 'pass' && r.status !== 'fail' && r.status !== 'pending') continue;
      expect([typeof r.actual, typeof r.expected], `${r.ruleId} ${r.subject}`).toEqual(['string', 'string']);
      if (r.status === 'pass') expect(r.gap, `${r.ruleId} ${r.subject}`).toBeNull();
    }
  });

  it('not applicable: no actual, no expected, no gap, nothing missing', () => {
    for (const r of results.filter((x) => x.status === 'not_applicable')) {
      expect([r.actual, r.expected, r.gap, r.missing.length], `${r.ruleId} ${r.subject}`).toEqual([null, null, null, 0]);
    }
  });

  it('measure: null unless judged; value against threshold by the comparator gives the status; actual is value rounded', () => {
    const problems = results.map((r) => [`${r.ruleId} ${r.subject}`, measureProblem(r)]).filter(([, p]) => p !== null);
    expect(problems).toEqual([]);
    // The premise: numeric results of every status that has one, and results without a number.
    const withMeasure = results.filter((r) => r.measure !== null);
    expect(new Set(withMeasure.map((r) => r.status))).toEqual(new Set(['pass', 'fail', 'pending']));
    expect(new Set(withMeasure.map((r) => r.measure?.unit))).toEqual(new Set(['hours_per_day', 'percent', 'permille', 'count', 'm2_per_100_households', 'yuan']));
    expect(results.some((r) => r.status === 'pass' && r.measure === null)).toBe(true);
  });

  it('missing data: no actual, no gap, and the fields named', () => {
    for (const r of results.filter((x) => x.status === 'missing_data')) {
      expect([r.actual, r.gap], `${r.ruleId} ${r.subject}`).toEqual([null, null]);
      expect(r.missing.length, `${r.ruleId} ${r.subject}`).toBeGreaterThan(0);
    }
  });
});

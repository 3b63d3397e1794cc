/**
 * `rules[].measure` in the evaluation schema and in the check a report makes of a stored evaluation: the measures a
 * real evaluation carries are accepted; a wrong type, an unknown unit or comparator, a number that is not a decimal
 * string, or a measure on a result that judged nothing is refused with its path; an evaluation stored before measures
 * existed reads as having none.
 */
import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { evaluate } from '../../src/evaluate/index';
import { evaluationJsonSchema } from '../../src/evaluate/evaluationJsonSchema';
import { evaluationSchema } from '../../src/evaluate/evaluationSchema';
import { validateEvaluation } from '../../src/report/validateEvaluation';

/** A real evaluation as plain JSON, and the index of its P6.3 talent result (342 of 190,000: 1.8‰ exactly). */
function sample(): { e: any; i: number } {
  const e = JSON.parse(JSON.stringify(evaluate({ asOf: '2025-12-31', units: [], county: { residentPopulation: 190000, socialWorkProfessionals: 342 } }, { scope: 'units' })));
  const i = e.rules.findIndex((r: any) => r.ruleId === 'p6-3-social-work-talent');
  return { e, i };
}
const ok = (value: unknown) => evaluationSchema().safeParse(value).success;

describe('evaluationSchema: rules[].measure', () => {
  it('accepts the measure a real evaluation carries (the premise: 1.8 against 1.8 per mille), and null', () => {
    const { e, i } = sample();
    expect(e.rules[i].measure).toEqual({ value: '1.8', threshold: '1.8', comparator: 'at_least', unit: 'permille' });
    expect(ok(e)).toBe(true);
    e.rules[i].measure = null;
    expect(ok(e)).toBe(true);
  });

  it('accepts every comparator and unit, refuses others', () => {
    for (const comparator of ['at_least', 'above']) {
      const { e, i } = sample();
      e.rules[i].measure.comparator = comparator;
      expect([comparator, ok(e)]).toEqual([comparator, true]);
    }
    for (const unit of ['hours_per_day', 'percent', 'permille', 'count', 'm2_per_100_households', 'yuan']) {
      const { e, i } = sample();
      e.rules[i].measure.unit = unit;
      expect([unit, ok(e)]).toEqual([unit, true]);
    }
    for (const [key, bad] of [['comparator', 'at_most'], ['unit', 'm2'], ['value', 1.8], ['threshold', null]] as const) {
      const { e, i } = sample();
      e.rules[i].measure[key] = bad;
      expect([key, ok(e)]).toEqual([key, false]);
    }
  });

  it('refuses a measure of the wrong type, a missing or an extra field', () => {
    const cases: ((m: any) => unknown)[] = [() => '1.8', () => 1.8, () => [], (m) => ({ ...m, extra: 1 }), ({ unit: _u, ...rest }) => rest];
    for (const f of cases) {
      const { e, i } = sample();
      e.rules[i].measure = f(e.rules[i].measure);
      expect(ok(e)).toBe(false);
    }
  });

  it('reads a rule result stored without measure (before the field existed) as having none', () => {
    const { e, i } = sample();
    for (const r of e.rules) delete r.measure;
    const parsed = evaluationSchema().parse(e);
    expect(parsed.rules[i]?.measure).toBeNull();
  });

  it('the JSON Schema names measure on every rule result, with its four fields', () => {
    const js = evaluationJsonSchema() as { properties: Record<string, any> };
    const rule = js.properties['rules'].items;
    expect(rule.required).toContain('measure');
    const object = (rule.properties.measure.anyOf as any[]).find((s) => s.type === 'object');
    expect(object.required).toEqual(['value', 'threshold', 'comparator', 'unit']);
  });
});

describe('validateEvaluation (every report): measures', () => {
  const refused = (e: unknown) => {
    try {
      validateEvaluation(e);
    } catch (err) {
      expect(err).toBeInstanceOf(PlanInputError);
      return [(err as PlanInputError).code, (err as PlanInputError).path, (err as PlanInputError).messageEn];
    }
    return 'accepted';
  };

  it('accepts a real evaluation', () => {
    expect(refused(sample().e)).toBe('accepted');
  });

  it('refuses a value or threshold that is not a decimal string, naming its path', () => {
    const { e, i } = sample();
    e.rules[i].measure.value = '1.8e0';
    expect(refused(e)).toEqual(['invalid_evaluation', ['rules', i, 'measure', 'value'], 'not a valid evaluation: expected a decimal string, got "1.8e0"']);
    const b = sample();
    b.e.rules[b.i].measure.threshold = 'NaN';
    expect(refused(b.e)).toEqual(['invalid_evaluation', ['rules', b.i, 'measure', 'threshold'], 'not a valid evaluation: expected a decimal string, got "NaN"']);
  });

  it('refuses a measure on a result that judged nothing (not applicable, missing data)', () => {
    for (const status of ['not_applicable', 'missing_data']) {
      const { e, i } = sample();
      e.rules[i] = { ...e.rules[i], status, actual: null, gap: null, missing: status === 'missing_data' ? ['county.residentPopulation'] : [] };
      expect(refused(e)).toEqual(['invalid_evaluation', ['rules', i, 'measure'], `not a valid evaluation: expected null for status ${status}, got "object"`]);
    }
  });
});

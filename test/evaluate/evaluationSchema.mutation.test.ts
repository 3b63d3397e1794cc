/**
 * evaluationSchema: it must accept every value the Evaluation type allows (each status of each enum, input issues
 * and rejected units) and reject what it does not (an unknown detail).
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/index';
import { evaluationSchema } from '../../src/evaluate/evaluationSchema';

/** A real evaluation as plain JSON: one good village, one rejected (negative households). */
function sample(): any {
  const e = evaluate({
    asOf: '2024-12-31',
    units: [
      { code: '533124201201', townshipCode: '533124201', hasServiceFacility: true },
      { code: '533124201202', townshipCode: '533124201', households: -3 },
    ],
  });
  return JSON.parse(JSON.stringify(e));
}

const ok = (value: unknown) => evaluationSchema().safeParse(value).success;

describe('evaluationSchema', () => {
  it('accepts an evaluation with a rejected unit and an input issue', () => {
    const e = sample();
    // The premise: the second unit was rejected and its issue is reported with a path into the caller's units.
    expect(e.input.rejected).toEqual([{ index: 1, code: '533124201202' }]);
    expect(e.input.issues[0].path).toEqual(['units', 1, 'households']);
    expect(ok(e)).toBe(true);
  });

  it('accepts a rejected unit without a code, and rejects one with a negative index', () => {
    const e = sample();
    e.input.rejected = [{ index: 0 }];
    expect(ok(e)).toBe(true);
    e.input.rejected = [{ index: -1 }];
    expect(ok(e)).toBe(false);
  });

  it('accepts an issue path of strings and numbers, and an empty one', () => {
    const e = sample();
    e.input.issues = [
      { code: 'negative', path: ['units', 1, 'households'], messageZh: '不能为负数', messageEn: 'must not be negative' },
      { code: 'invalid_type', path: [], messageZh: '类型错误', messageEn: 'wrong type' },
    ];
    expect(ok(e)).toBe(true);
    e.input.issues = [{ code: 'negative', path: [true], messageZh: '', messageEn: '' }];
    expect(ok(e)).toBe(false);
  });

  it('accepts every progress status, in the headline and in the indicators', () => {
    for (const s of ['achieved', 'on_track', 'behind', 'not_achieved', 'no_data']) {
      const e = sample();
      e.headline[0].progress = s;
      e.indicators[0].progress.status = s;
      expect([s, ok(e)]).toEqual([s, true]);
    }
    const e = sample();
    e.headline[0].progress = 'late';
    expect(ok(e)).toBe(false);
  });

  it('accepts every rule status', () => {
    for (const s of ['pass', 'fail', 'pending', 'not_applicable', 'missing_data']) {
      const e = sample();
      e.rules[0].status = s;
      expect([s, ok(e)]).toEqual([s, true]);
    }
    const e = sample();
    e.rules[0].status = 'unknown';
    expect(ok(e)).toBe(false);
  });

  it('accepts every action status', () => {
    for (const s of ['not_started', 'in_progress', 'done', 'missing_data']) {
      const e = sample();
      e.actions[0].status = s;
      expect([s, ok(e)]).toEqual([s, true]);
    }
    const e = sample();
    e.actions[0].status = 'started';
    expect(ok(e)).toBe(false);
  });

  it("accepts detail 'full' and 'summary' only, and requires it", () => {
    const e = sample();
    e.options.detail = 'summary';
    expect(ok(e)).toBe(true);
    e.options.detail = 'brief';
    expect(ok(e)).toBe(false);
    delete e.options.detail;
    expect(ok(e)).toBe(false);
  });
});

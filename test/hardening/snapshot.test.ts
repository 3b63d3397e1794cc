// The snapshot module's translation of zod's own issues, and the field a missing classification is reported under:
// edges the catalogue does not reach through real snapshots (found by mutation testing).
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../src/indicators/computeIndicators';
import { parseSnapshot } from '../../src/snapshot/parseSnapshot';
import { translateZodIssue } from '../../src/snapshot/translateZodIssue';

const first = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value, { reportInput: true });
  if (r.success) throw new Error('parsed');
  return translateZodIssue(r.error.issues[0]!, ['records', 2]);
};

describe('translateZodIssue: every kind of zod issue becomes a coded, bilingual issue naming the value', () => {
  it.each<[string, z.ZodType, unknown, object]>([
    ['a number expected', z.number(), 'x', { code: 'invalid_type', messageZh: '应为数值，实际为"x"', messageEn: 'expected number, got "x"' }],
    ['a boolean expected', z.boolean(), 1, { code: 'invalid_type', messageZh: '应为布尔值（true/false），实际为1', messageEn: 'expected boolean, got 1' }],
    ['a type without a Chinese name', z.bigint(), 1, { code: 'invalid_type', messageZh: '应为bigint，实际为1', messageEn: 'expected bigint, got 1' }],
    ['a string too long', z.string().max(2), 'abc', { code: 'too_large', messageZh: '过大或过长（上限2），实际为"abc"', messageEn: 'too large or too long (at most 2), got "abc"' }],
    ['a number too big', z.number().max(2), 3, { code: 'too_large', messageZh: '过大或过长（上限2），实际为3', messageEn: 'too large or too long (at most 2), got 3' }],
    ['a list too long', z.array(z.number()).max(1), [1, 2], { code: 'too_large', messageZh: '条目过多（最多1条），实际2条', messageEn: 'too many items (at most 1), got 2' }],
    ['a format', z.string().regex(/^a$/), 'b', { code: 'invalid_format', messageZh: '格式不正确，实际为"b"', messageEn: 'invalid format, got "b"' }],
    ['an unknown key', z.strictObject({}), { a: 1, b: 2 }, { code: 'unknown_field', messageZh: '未知字段：a、b（字段名是否拼错？）', messageEn: 'unknown field(s): a, b (misspelt?)' }],
  ])('%s', (_name, schema, value, expected) => {
    expect(first(schema, value)).toEqual({ path: ['records', 2], ...expected });
  });

  it('too small is worded by the library, as too big is: the least allowed and what was given', () => {
    const t = first(z.string().min(3, 'at least 3'), 'ab');
    expect(t.code).toBe('too_small');
    expect(t.path).toEqual(['records', 2]);
    expect(t.messageZh).toMatch(/^过小或过短（下限3），实际为.*ab/);
    expect(t.messageEn).toMatch(/^too small or too short \(at least 3\), got .*ab/);
  });

  it('any other kind keeps zod’s own code and message, prefixed in both languages', () => {
    const t = first(z.number().multipleOf(2, 'a multiple of 2'), 3);
    expect(t).toEqual({ code: 'not_multiple_of', path: ['records', 2], messageZh: '数据无效：a multiple of 2', messageEn: 'invalid data: a multiple of 2' });
  });

  it('a symbol in a path is written as its description', () => {
    const key = Symbol('k');
    const t = translateZodIssue({ code: 'custom', path: [key, 0], message: 'm', input: 1 } as never, ['county']);
    expect(t.path).toEqual(['county', 'Symbol(k)', 0]);
    expect(t).toMatchObject({ code: 'custom', messageZh: '数据无效：m', messageEn: 'invalid data: m' });
  });
});

describe('[P1.1] a unit whose classification is unknown is reported under the field the reading needs', () => {
  // A unit outside Longchuan's registry (region "53"): its committee type cannot be looked up.
  const snapshot = parseSnapshot({ asOf: '2025-06-30', regionCode: '53', units: [{ code: '533123101201', townshipCode: '533123101', hasServiceFacility: true }] });
  it.each([
    ['committee', 'committeeType'],
    ['nbs_code', 'urbanRuralCode'],
    ['caller', 'classification'],
  ] as const)('%s → %s', (classifyBy, field) => {
    const [rural] = computeIndicators(snapshot, { classifyBy, levels: ['county'] }).county;
    expect(rural?.missing).toEqual([{ unit: '533123101201', field }]);
  });
});

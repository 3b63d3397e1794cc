import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/cli/jsonChunks';

describe('jsonChunks: JSON.stringify(value, null, 2) in pieces', () => {
  const values: unknown[] = [
    { schemaVersion: 1, empty: [], none: {}, skip: undefined, f: () => 1, n: null, rules: [{ a: 1, b: [1, { c: 'x\ny' }], d: undefined }, undefined, 'text'] },
    [],
    {},
    'text',
    3,
    null,
    [[[[1, [2]]]], { deep: { deeper: { deepest: [1, 2] } } }],
    { date: new Date(0), nested: { toJSON: () => 'custom' } },
    { '中文 key': '陇川', quote: '"' },
  ];

  it.each(values.map((v, i) => [i, v]))('value %i joins to exactly the same text', (_i, v) => {
    expect([...jsonChunks(v)].join('')).toBe(`${JSON.stringify(v, null, 2)}\n`);
    expect([...jsonChunks(v, 8)].join('')).toBe(`${JSON.stringify(v, null, 2)}\n`);
  });

  it('yields pieces of about the batch size for long lists', () => {
    const big = { rules: Array.from({ length: 5000 }, (_, i) => ({ ruleId: `r${i}`, status: 'pass' })) };
    const pieces = [...jsonChunks(big, 10_000)];
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(10_200);
    expect(pieces.join('')).toBe(`${JSON.stringify(big, null, 2)}\n`);
  });
});

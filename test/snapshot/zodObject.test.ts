// src/snapshot/_zodObject.ts builds the schemas' objects with zod's compiled object parser ($ZodObjectJIT), made from
// zod's internals; when a zod without them is installed, it falls back to zod/mini's own objects instead of crashing.
// This holds that, with the zod the package is tested against, the compiled parser is the one in use (a silent
// fallback would cost 1.2-2.2x the validation CPU: bench/results/bytes-2026-12-07.txt, section 5), and that both kinds
// parse alike.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { object, strictObject } from '../../src/snapshot/_zodObject';
import { unitSchema } from '../../src/snapshot/unitSchema';
import { snapshotSchema } from '../../src/snapshot/snapshotSchema';

const traits = (s: unknown): string[] => [...(s as { _zod: { traits: Set<string> } })._zod.traits];

describe('the objects of the schemas (src/snapshot/_zodObject.ts)', () => {
  it('use zod’s compiled object parser with the installed zod', () => {
    expect(traits(unitSchema)).toContain('$ZodObjectJIT');
    expect(traits(snapshotSchema)).toContain('$ZodObjectJIT');
    expect(traits(z.strictObject({}))).not.toContain('$ZodObjectJIT');
  });

  it('parse as zod/mini’s own objects do: unknown keys are issues in a strict object and dropped in a plain one', () => {
    const shape = { a: z.number(), b: z.optional(z.string()) };
    for (const input of [{ a: 1 }, { a: 1, b: 'x' }, { a: 1, c: 2 }, { a: '1' }, {}, null, [], 'a']) {
      const ours = strictObject(shape).safeParse(input);
      const theirs = z.strictObject(shape).safeParse(input);
      expect(ours.success).toBe(theirs.success);
      expect(ours.success ? ours.data : ours.error.issues.map((i) => [i.code, i.path])).toEqual(
        theirs.success ? theirs.data : theirs.error.issues.map((i) => [i.code, i.path]),
      );
      const plain = object(shape).safeParse(input);
      const plainTheirs = z.object(shape).safeParse(input);
      expect(plain.success ? plain.data : plain.error.issues.map((i) => i.code)).toEqual(
        plainTheirs.success ? plainTheirs.data : plainTheirs.error.issues.map((i) => i.code),
      );
    }
    expect(object(shape).safeParse({ a: 1, c: 2 })).toEqual({ success: true, data: { a: 1 } });
    expect(strictObject(shape).safeParse({ a: 1, c: 2 }).success).toBe(false);
  });
});

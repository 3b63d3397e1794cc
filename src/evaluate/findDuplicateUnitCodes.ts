import { unitSchema } from '../snapshot/unitSchema';

/**
 * The unit codes listed more than once among the valid units of a stream, as `safeParseSnapshot` counts them (a unit
 * that fails the unit schema has no code to count): the `duplicateCodes` a streamed evaluation needs to leave out
 * every copy, as the one-pass evaluation does. A first pass over units that can be read twice (a file).
 *
 * @param units - The units: an array, any iterable or async iterable.
 * @returns The codes, in code order.
 * @clause S4
 * @example
 * ```ts
 * const u = { code: '533124101201', townshipCode: '533124101' };
 * const codes = await findDuplicateUnitCodes([u, { code: '533124101202', townshipCode: '533124101' }, u]);
 * // codes is ['533124101201'] (an async example: checked in test/evaluate/stream.test.ts)
 * ```
 * @category Evaluation · 评估
 */
export async function findDuplicateUnitCodes(units: Iterable<unknown> | AsyncIterable<unknown>): Promise<string[]> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for await (const raw of units) {
    const code = (raw as { code?: unknown } | null)?.code;
    // Cheap first: a code not seen before cannot be a duplicate yet, but it must still be a valid unit's to count.
    if (typeof code !== 'string') continue;
    const r = unitSchema.safeParse(raw);
    if (!r.success) continue;
    if (seen.has(r.data.code)) twice.add(r.data.code);
    else seen.add(r.data.code);
  }
  return [...twice].sort();
}

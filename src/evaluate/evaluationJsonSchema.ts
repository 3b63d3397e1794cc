import * as z from 'zod';
import type { Evaluation } from './Evaluation';
import { evaluationSchema } from './evaluationSchema';

/**
 * The JSON Schema (draft 2020-12) of an {@link Evaluation} as `JSON.stringify` writes it: the shape other programs can
 * rely on, published beside the input's (`snapshotJsonSchema`).
 *
 * @clause S4
 * @example
 * ```ts
 * (evaluationJsonSchema().required as string[]).includes('indicators')
 * //=> true
 * ```
 * @category Evaluation · 评估
 */
export function evaluationJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(evaluationSchema()) as Record<string, unknown>;
}

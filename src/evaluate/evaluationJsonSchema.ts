import type { Evaluation } from './Evaluation';
import { EVALUATION_JSON_SCHEMA } from '../snapshot/_jsonSchemas.generated';

/**
 * The JSON Schema (draft 2020-12) of an {@link Evaluation} as `JSON.stringify` writes it: the shape other programs can
 * rely on, published beside the input's (`snapshotJsonSchema`). Generated with zod's `toJSONSchema` from the schema
 * `validateEvaluation` checks with, ahead of time (`scripts/generate-json-schemas.ts`; a test holds the generated module
 * to a fresh build). Each call returns a new object.
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
  return JSON.parse(EVALUATION_JSON_SCHEMA) as Record<string, unknown>;
}

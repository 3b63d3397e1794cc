import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTPUT_FILE, renderJsonSchemasModule } from '../../scripts/generate-json-schemas';
import { buildEvaluationJsonSchema, buildSnapshotJsonSchema } from '../../src/snapshot/_buildJsonSchemas';
import { snapshotJsonSchema } from '../../src/snapshot/snapshotJsonSchema';
import { evaluationJsonSchema } from '../../src/evaluate/evaluationJsonSchema';

describe('the JSON Schemas built ahead of time (src/snapshot/_jsonSchemas.generated.ts)', () => {
  it('re-running the generator reproduces the committed module byte for byte (a schema change without a re-run fails here)', () => {
    expect(readFileSync(OUTPUT_FILE, 'utf8')).toBe(renderJsonSchemasModule());
  });

  it("the published functions return exactly what zod's toJSONSchema builds from the schemas now", () => {
    expect(snapshotJsonSchema()).toEqual(buildSnapshotJsonSchema());
    expect(evaluationJsonSchema()).toEqual(buildEvaluationJsonSchema());
  });

  it('each call returns a new object: a caller that changes one changes no other', () => {
    const a = snapshotJsonSchema() as { properties: { units: { title?: string } } };
    a.properties.units.title = 'changed';
    expect((snapshotJsonSchema() as typeof a).properties.units.title).toBe('村（社区）数据');
    const e = evaluationJsonSchema() as { required: string[] };
    e.required.length = 0;
    expect((evaluationJsonSchema() as typeof e).required).toContain('indicators');
  });

  it('no module the library ships imports zod’s JSON Schema generator (the builder is for the generator and tests only)', () => {
    for (const file of ['src/snapshot/snapshotJsonSchema.ts', 'src/evaluate/evaluationJsonSchema.ts', 'src/snapshot/index.ts', 'src/evaluate/index.ts']) {
      const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      expect(text, file).not.toMatch(/toJSONSchema\(|_buildJsonSchemas/);
    }
  });
});

import { SNAPSHOT_JSON_SCHEMA } from './_jsonSchemas.generated';

/**
 * The JSON Schema (draft 2020-12) of a snapshot as callers supply it, so that apps in other languages can validate
 * the same data. Generated with zod's `toJSONSchema` from the very schema the library parses with,
 * ahead of time (`scripts/generate-json-schemas.ts`; a test holds the generated module to a fresh build), so that zod's
 * JSON Schema generator is in no bundle. Each call returns a new object.
 *
 * Each field the county fills in carries its Chinese name as `title`, for form builders that render the schema for
 * county staff: a unit's fields the CSV template's column headers (`户数`), the county figures, township records and
 * record lists the names the reports print (`培育品牌项目数`), beside the English `description` where there is one.
 * The parts of a field that has one name (an opening schedule's days, a record's columns) carry no title of their own.
 *
 * @clause S4
 * @example
 * ```ts
 * const schema = snapshotJsonSchema() as { required: string[]; properties: Record<string, any> };
 * [schema.required, schema.properties.units.items.properties.households.title, schema.properties.county.title];
 * //=> [['asOf', 'units'], '户数', '全县数据']
 * ```
 * @category Input · 输入数据
 */
export function snapshotJsonSchema(): Record<string, unknown> {
  return JSON.parse(SNAPSHOT_JSON_SCHEMA) as Record<string, unknown>;
}

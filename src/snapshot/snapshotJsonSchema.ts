import * as z from 'zod';
import {
  AREA_DECIMALS,
  MAX_AREA,
  MAX_COUNT,
  MONEY_DECIMALS,
  areaSchema,
  countSchema,
  dateSchema,
  flagSchema,
  moneySchema,
  regionCodeSchema,
  textSchema,
  townshipCodeSchema,
  unitCodeSchema,
} from './primitives';
import { recordIdSchema, yearSchema } from './ruleData/_helpers';
import { timeIntervalSchema } from './ruleData/weeklySchedule';
import { OTHER_FIELD_NAMES_ZH, UNIT_FIELD_NAMES_ZH } from './fieldNames';
import { snapshotSchema } from './snapshotSchema';

const decimalPattern = (places: number) => `^(?:0|[1-9]\\d*)(?:\\.\\d{1,${places}})?$`;

/**
 * The JSON Schema (draft 2020-12) of a snapshot as callers supply it, so that apps in other languages can validate
 * the same data. Generated with zod's `toJSONSchema` from the very schema the library parses with.
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
  // The library's field checks are hand-written refinements (for coded, bilingual errors); describe them here.
  const fields = new Map<unknown, Record<string, unknown>>([
    [countSchema, { type: 'integer', minimum: 0, maximum: MAX_COUNT }],
    [
      areaSchema,
      {
        description: `m², at most ${AREA_DECIMALS} decimals`,
        anyOf: [
          { type: 'number', minimum: 0, maximum: MAX_AREA },
          { type: 'string', pattern: decimalPattern(AREA_DECIMALS) },
        ],
      },
    ],
    [
      moneySchema,
      {
        description: `yuan, at most ${MONEY_DECIMALS} decimals`,
        anyOf: [{ type: 'number', minimum: 0 }, { type: 'string', pattern: decimalPattern(MONEY_DECIMALS) }],
      },
    ],
    [flagSchema, { type: 'boolean' }],
    [dateSchema, { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }],
    [unitCodeSchema, { type: 'string', pattern: '^\\d{12}$' }],
    [townshipCodeSchema, { type: 'string', pattern: '^\\d{9}$' }],
    [regionCodeSchema, { type: 'string', pattern: '^(?:\\d{2}|\\d{4}|\\d{6})?$' }],
    [textSchema, { type: 'string', maxLength: 200 }],
    [yearSchema, { type: 'integer', minimum: 1900, maximum: 2100 }],
    [recordIdSchema, { type: 'string', pattern: '^[\\p{L}\\p{N}][\\p{L}\\p{N}._:/-]{0,63}$' }],
    [timeIntervalSchema, { type: 'string', pattern: '^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$', description: 'HH:MM-HH:MM, start before end' }],
  ]);
  const generated = z.toJSONSchema(snapshotSchema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const js = fields.get(ctx.zodSchema);
      if (js) {
        for (const k of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[k];
        Object.assign(ctx.jsonSchema, js);
      }
    },
  });
  // A copy, so that no part of the output is shared between two fields that get different titles.
  const schema = JSON.parse(JSON.stringify(generated)) as JsonSchemaNode;
  addTitles(schema, '');
  return schema;
}

type JsonSchemaNode = Record<string, unknown>;

/** Titles of the snapshot's top-level fields that `fieldNames.ts` does not name (it names fields a report can miss). */
const TOP_LEVEL_TITLES_ZH: Readonly<Record<string, string>> = {
  asOf: '数据日期',
  regionCode: '地区代码',
  units: '村（社区）数据',
  actions: '跟踪事项',
};

/** The Chinese title of the field at `path` (`units[].households`, `county.brandProjects`), or undefined. */
function titleOf(path: string): string | undefined {
  const unitField = path.startsWith('units[].') ? path.slice('units[].'.length) : undefined;
  if (unitField !== undefined) return Object.hasOwn(UNIT_FIELD_NAMES_ZH, unitField) ? UNIT_FIELD_NAMES_ZH[unitField] : undefined;
  if (Object.hasOwn(OTHER_FIELD_NAMES_ZH, path)) return OTHER_FIELD_NAMES_ZH[path];
  return Object.hasOwn(TOP_LEVEL_TITLES_ZH, path) ? TOP_LEVEL_TITLES_ZH[path] : undefined;
}

/** Sets `title` on every property of `node` (and of its items and alternatives) that has a Chinese name. */
function addTitles(node: JsonSchemaNode, path: string): void {
  const props = node['properties'];
  if (props !== null && typeof props === 'object') {
    const properties = props as Record<string, JsonSchemaNode>;
    for (const key of Object.keys(properties)) {
      const at = path === '' ? key : `${path}.${key}`;
      const title = titleOf(at);
      if (title !== undefined) properties[key] = { title, ...properties[key] };
      addTitles(properties[key]!, at);
    }
  }
  const items = node['items'];
  if (items !== null && typeof items === 'object' && !Array.isArray(items)) addTitles(items as JsonSchemaNode, `${path}[]`);
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const) {
    const alternatives = node[k];
    if (Array.isArray(alternatives)) for (const alt of alternatives as JsonSchemaNode[]) addTitles(alt, path);
  }
}

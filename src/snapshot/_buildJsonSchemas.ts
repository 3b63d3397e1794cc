/**
 * The builders of the two published JSON Schemas, from the zod schemas the library parses with: used by
 * `scripts/generate-json-schemas.ts` (which writes `_jsonSchemas.generated.ts`) and by the test that holds the generated
 * module to a fresh build. The library itself never imports this module, so zod's JSON Schema generator stays out of
 * every bundle.
 *
 * @internal
 * @module
 */
import * as z from 'zod/mini';
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
import { evaluationSchema } from '../evaluate/evaluationSchema';

const decimalPattern = (places: number) => `^(?:0|[1-9]\\d*)(?:\\.\\d{1,${places}})?$`;

/**
 * The snapshot's JSON Schema built with zod's `toJSONSchema` from `snapshotSchema`, each field titled with its Chinese
 * name. What `snapshotJsonSchema()` returns, built ahead of time.
 *
 * @internal
 */
export function buildSnapshotJsonSchema(): Record<string, unknown> {
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

/**
 * The evaluation's JSON Schema built with zod's `toJSONSchema` from `evaluationSchema()`. What
 * `evaluationJsonSchema()` returns, built ahead of time.
 *
 * @internal
 */
export function buildEvaluationJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(evaluationSchema()) as Record<string, unknown>;
}

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
import { snapshotSchema } from './snapshotSchema';

const decimalPattern = (places: number) => `^(?:0|[1-9]\\d*)(?:\\.\\d{1,${places}})?$`;

/**
 * The JSON Schema (draft 2020-12) of a snapshot as callers supply it, so that apps in other languages can validate
 * the same data. Generated with zod's `toJSONSchema` from the very schema the library parses with.
 *
 * @example
 * ```ts
 * snapshotJsonSchema().required
 * //=> ['asOf', 'units']
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
  return z.toJSONSchema(snapshotSchema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const js = fields.get(ctx.zodSchema);
      if (js) {
        for (const k of Object.keys(ctx.jsonSchema)) delete (ctx.jsonSchema as Record<string, unknown>)[k];
        Object.assign(ctx.jsonSchema, js);
      }
    },
  }) as Record<string, unknown>;
}

/**
 * Field schemas shared by the snapshot: counts, areas, money, codes and dates.
 * Each rejects bad input with an issue whose `params` carry a stable code and a Chinese and English message.
 *
 * @internal
 * @module
 */
import * as z from 'zod/mini';
import { isCalendarDate } from '../period/isCalendarDate';
import { describeValue } from '../_lib/describeValue';

/**
 * Largest count accepted for any one field (more than China's population: anything larger is a data error).
 *
 * @category Input · 输入数据
 */
export const MAX_COUNT = 2_000_000_000;
/**
 * Largest area accepted for one field, in m² (10 km²: anything larger is a data error).
 *
 * @category Input · 输入数据
 */
export const MAX_AREA = 10_000_000;
/**
 * Areas are recorded to at most 2 decimal places (0.01 m²); more digits are a data error, not precision.
 *
 * @category Input · 输入数据
 */
export const AREA_DECIMALS = 2;
/**
 * Money in yuan to at most 2 decimal places (fen).
 *
 * @category Input · 输入数据
 */
export const MONEY_DECIMALS = 2;

/**
 * Attach a bilingual, coded issue (`extra` travels in its params, for the parser's own use).
 *
 * @category Input · 输入数据
 */
export function issue(
  ctx: z.core.$RefinementCtx<unknown>,
  code: string,
  zh: string,
  en: string,
  path: PropertyKey[] = [],
  extra?: Record<string, unknown>,
): void {
  ctx.addIssue({ code: 'custom', message: en, path, params: { ...extra, code, zh, en } });
}

/**
 * A non-negative whole count: 0, 1, 2, … (not -0, not fractional, not a string).
 *
 * @category Input · 输入数据
 */
export const countSchema = /* @__PURE__ */ z.unknown().check(z.superRefine((v, ctx) => {
  if (typeof v !== 'number') {
    issue(ctx, 'expected_count', `应为非负整数，实际为${describe(v)}`, `expected a non-negative whole number, got ${describe(v)}`);
  } else if (!Number.isFinite(v)) {
    issue(ctx, 'not_finite', `应为有限的非负整数，实际为${String(v)}`, `expected a finite non-negative whole number, got ${String(v)}`);
  } else if (Object.is(v, -0) || v < 0) {
    issue(ctx, 'negative', `不能为负数，实际为${Object.is(v, -0) ? '-0' : String(v)}`, `must not be negative, got ${Object.is(v, -0) ? '-0' : String(v)}`);
  } else if (!Number.isInteger(v)) {
    issue(ctx, 'not_integer', `应为整数，实际为${String(v)}`, `expected a whole number, got ${String(v)}`);
  } else if (v > MAX_COUNT) {
    issue(ctx, 'too_large', `数值过大（上限${MAX_COUNT}），实际为${String(v)}`, `too large (at most ${MAX_COUNT}), got ${String(v)}`);
  }
})) as unknown as z.ZodMiniType<number, number>;

/**
 * Whether `countSchema` accepts `v`. Cross-field checks use it to skip a count that failed its own check (zod still
 * runs an object's refinement after a field's issue, and that count is already reported).
 *
 * @internal
 */
export function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_COUNT && !Object.is(v, -0);
}

const DECIMAL = /^(?:0|[1-9]\d*)(?:\.(\d+))?$/;

function decimalField(kind: 'area' | 'money', max: number, places: number) {
  const unitZh = kind === 'area' ? '平方米' : '元';
  const unitEn = kind === 'area' ? 'm²' : 'yuan';
  return z.pipe(
    z.unknown().check(z.superRefine((v, ctx) => {
      let s: string;
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) {
          issue(ctx, 'not_finite', `应为有限数值（${unitZh}），实际为${String(v)}`, `expected a finite amount in ${unitEn}, got ${String(v)}`);
          return;
        }
        if (Object.is(v, -0) || v < 0) {
          issue(ctx, 'negative', `不能为负数，实际为${Object.is(v, -0) ? '-0' : String(v)}`, `must not be negative, got ${Object.is(v, -0) ? '-0' : String(v)}`);
          return;
        }
        s = String(v);
      } else if (typeof v === 'string') {
        s = v;
      } else {
        issue(ctx, 'expected_decimal', `应为数值或十进制字符串（${unitZh}），实际为${describe(v)}`, `expected a number or a decimal string in ${unitEn}, got ${describe(v)}`);
        return;
      }
      const m = DECIMAL.exec(s);
      if (!m) {
        issue(
          ctx,
          'invalid_decimal',
          `应为非负十进制数（如 "320.5"，不含逗号、空格、全角数字或指数），实际为${describe(v)}`,
          `expected a non-negative decimal such as "320.5" (no commas, spaces, full-width digits or exponent), got ${describe(v)}`,
        );
        return;
      }
      if ((m[1]?.length ?? 0) > places) {
        issue(ctx, 'too_many_decimals', `最多${places}位小数，实际为${s}`, `at most ${places} decimal places, got ${s}`);
        return;
      }
      if (Number(s) > max) {
        issue(ctx, 'too_large', `数值过大（上限${max}${unitZh}），实际为${s}`, `too large (at most ${max} ${unitEn}), got ${s}`);
      }
    })),
    z.transform((v: unknown) => canonicalDecimal(String(v))),
  );
}

/**
 * Canonical decimal string: no trailing fractional zeros ("320.50" → "320.5", "12.0" → "12").
 *
 * @category Input · 输入数据
 */
export function canonicalDecimal(s: string): string {
  if (!s.includes('.')) return s;
  const t = s.replace(/0+$/, '');
  return t.endsWith('.') ? t.slice(0, -1) : t;
}

/**
 * An area in m²: a non-negative decimal string or number with at most 2 decimals; parsed to a canonical string.
 *
 * @category Input · 输入数据
 */
export const areaSchema = /* @__PURE__ */ decimalField('area', MAX_AREA, AREA_DECIMALS) as unknown as z.ZodMiniType<string, string | number>;
/**
 * An amount of money in yuan: non-negative, at most 2 decimals; parsed to a canonical string.
 *
 * @category Input · 输入数据
 */
export const moneySchema = /* @__PURE__ */ decimalField('money', 1_000_000_000, MONEY_DECIMALS) as unknown as z.ZodMiniType<string, string | number>;

/**
 * A yes/no fact.
 *
 * @category Input · 输入数据
 */
export const flagSchema = /* @__PURE__ */ z.unknown().check(z.superRefine((v, ctx) => {
  if (typeof v !== 'boolean') issue(ctx, 'expected_boolean', `应为 true 或 false，实际为${describe(v)}`, `expected true or false, got ${describe(v)}`);
})) as unknown as z.ZodMiniType<boolean, boolean>;

/**
 * A calendar date `YYYY-MM-DD` that exists.
 *
 * @category Input · 输入数据
 */
export const dateSchema = /* @__PURE__ */ z.unknown().check(z.superRefine((v, ctx) => {
  if (!isCalendarDate(v)) {
    issue(ctx, 'invalid_date', `应为真实存在的日期 YYYY-MM-DD，实际为${describe(v)}`, `expected a real calendar date YYYY-MM-DD, got ${describe(v)}`);
  }
})) as unknown as z.ZodMiniType<string, string>;

function codeSchema(digits: number, zh: string, en: string) {
  const re = new RegExp(`^\\d{${digits}}$`);
  return z.unknown().check(z.superRefine((v, ctx) => {
    if (typeof v !== 'string' || !re.test(v)) {
      issue(ctx, 'invalid_code', `应为${digits}位数字的${zh}，实际为${describe(v)}`, `expected a ${digits}-digit ${en}, got ${describe(v)}`);
    }
  })) as unknown as z.ZodMiniType<string, string>;
}

/**
 * A 12-digit village-level statistical division code.
 *
 * @category Input · 输入数据
 */
export const unitCodeSchema = /* @__PURE__ */ codeSchema(12, '村级统计用区划代码', 'village-level division code');
/**
 * A 9-digit township-level statistical division code.
 *
 * @category Input · 输入数据
 */
export const townshipCodeSchema = /* @__PURE__ */ codeSchema(9, '乡级统计用区划代码', 'township-level division code');

/**
 * The region a snapshot covers: a 2-, 4- or 6-digit code prefix, or `''` for all of China.
 *
 * @category Input · 输入数据
 */
export const regionCodeSchema = /* @__PURE__ */ z.unknown().check(z.superRefine((v, ctx) => {
  if (typeof v !== 'string' || !/^(?:\d{2}|\d{4}|\d{6})?$/.test(v)) {
    issue(
      ctx,
      'invalid_region',
      `应为2、4或6位数字的区域代码（如 "533124"），或空字符串（全国），实际为${describe(v)}`,
      `expected a 2-, 4- or 6-digit region code (such as "533124"), or "" for all of China, got ${describe(v)}`,
    );
  }
})) as unknown as z.ZodMiniType<string, string>;

/**
 * Control characters other than tab, line feed and carriage return: what {@link textSchema} refuses.
 *
 * @internal
 */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROL = CONTROL_CHARACTER;

/**
 * A short free text (name, note): no control characters, at most 200 characters.
 *
 * @category Input · 输入数据
 */
export const textSchema = /* @__PURE__ */ z.unknown().check(z.superRefine((v, ctx) => {
  if (typeof v !== 'string') {
    issue(ctx, 'expected_text', `应为文本，实际为${describe(v)}`, `expected text, got ${describe(v)}`);
  } else if (CONTROL.test(v)) {
    const at = v.search(CONTROL);
    const cp = `U+${v.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')}`;
    issue(ctx, 'control_character', `文本第${at + 1}个字符是控制字符 ${cp}`, `text contains a control character, ${cp} at position ${at + 1}`);
  } else if (v.length > 200) {
    issue(ctx, 'too_long', `文本过长（最多200字），实际${v.length}字`, `text too long (at most 200 characters), got ${v.length}`);
  }
})) as unknown as z.ZodMiniType<string, string>;

/** How a value is named in a message (the one implementation, shared with the zod-free modules). @internal */
export const describe = describeValue;

import type * as z from 'zod/mini';
import { en } from 'zod/locales';
import type { PlanIssue } from './PlanIssue';
import { describe } from './primitives';

/**
 * Turn one zod issue into a coded, bilingual {@link PlanIssue}, prefixing `base` to its path.
 * Issues raised by the library's own checks carry `params: { code, zh, en }`; zod's built-in ones are translated,
 * naming the value found when the issue carries it (parse with `{ reportInput: true }`).
 *
 * @internal
 */
export function translateZodIssue(iss: z.core.$ZodIssue, base: readonly (string | number)[] = []): PlanIssue {
  const path = [...base, ...iss.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  const params = (iss as { params?: { code?: string; zh?: string; en?: string } }).params;
  if (iss.code === 'custom' && params?.code && params.zh && params.en) {
    return { code: params.code, path, messageZh: params.zh, messageEn: params.en };
  }
  switch (iss.code) {
    case 'unrecognized_keys':
      return unknownFieldIssue(path, iss.keys);
    case 'invalid_type':
      return {
        code: 'invalid_type',
        path,
        messageZh: `应为${typeZh(iss.expected)}，实际为${describe(iss.input)}`,
        messageEn: `expected ${iss.expected}, got ${describe(iss.input)}`,
      };
    case 'invalid_value':
      return {
        code: 'invalid_value',
        path,
        messageZh: `应为以下之一：${iss.values.map(String).join('、')}，实际为${describe(iss.input)}`,
        messageEn: `expected one of ${iss.values.map(String).join(', ')}, got ${describe(iss.input)}`,
      };
    case 'invalid_format':
      return {
        code: 'invalid_format',
        path,
        messageZh: `格式不正确，实际为${describe(iss.input)}`,
        messageEn: `invalid format, got ${describe(iss.input)}`,
      };
    case 'too_small':
      // Worded here, as too_big is: zod's own words are English only (a list of years that is empty, for one).
      return sizeIssue('too_small', path, iss.input, String(iss.minimum), SMALL);
    case 'too_big':
      return sizeIssue('too_large', path, iss.input, String(iss.maximum), LARGE);
    default:
      return { code: iss.code, path, messageZh: `数据无效：${zodMessage(iss)}`, messageEn: `invalid data: ${zodMessage(iss)}` };
  }
}

/** The words of a bound that was passed: for a list (its items counted), and for a value or a text. */
interface BoundWords {
  readonly listZh: (bound: string, n: number) => string;
  readonly listEn: (bound: string, n: number) => string;
  readonly valueZh: (bound: string, got: string) => string;
  readonly valueEn: (bound: string, got: string) => string;
}

const SMALL: BoundWords = {
  listZh: (b, n) => `条目过少（至少${b}条），实际${n}条`,
  listEn: (b, n) => `too few items (at least ${b}), got ${n}`,
  valueZh: (b, got) => `过小或过短（下限${b}），实际为${got}`,
  valueEn: (b, got) => `too small or too short (at least ${b}), got ${got}`,
};

const LARGE: BoundWords = {
  listZh: (b, n) => `条目过多（最多${b}条），实际${n}条`,
  listEn: (b, n) => `too many items (at most ${b}), got ${n}`,
  valueZh: (b, got) => `过大或过长（上限${b}），实际为${got}`,
  valueEn: (b, got) => `too large or too long (at most ${b}), got ${got}`,
};

/** A `too_small` or `too_large` issue, worded for a list or for a value. */
function sizeIssue(code: 'too_small' | 'too_large', path: (string | number)[], input: unknown, bound: string, w: BoundWords): PlanIssue {
  if (Array.isArray(input)) return { code, path, messageZh: w.listZh(bound, input.length), messageEn: w.listEn(bound, input.length) };
  const got = describe(input);
  return { code, path, messageZh: w.valueZh(bound, got), messageEn: w.valueEn(bound, got) };
}

/**
 * The `unknown_field` issue for keys a schema does not know, listed in input order.
 *
 * @internal
 */
export function unknownFieldIssue(path: readonly (string | number)[], keys: readonly string[]): PlanIssue {
  // A message stays short whatever the keys: each named to 40 characters, at most 20 named.
  const shown = keys.slice(0, MAX_KEYS_NAMED).map((k) => (k.length > 40 ? `${k.slice(0, 40)}…` : k));
  const more = keys.length - shown.length;
  return {
    code: 'unknown_field',
    path: [...path],
    messageZh: `未知字段：${shown.join('、')}${more > 0 ? `等${keys.length}个` : ''}（字段名是否拼错？）`,
    messageEn: `unknown field(s): ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''} (misspelt?)`,
  };
}

const MAX_KEYS_NAMED = 20;

/** The English words of zod's locale, made on first use. */
let english: ((iss: z.core.$ZodRawIssue) => unknown) | undefined;

/**
 * Zod's message for an issue the library does not word itself. The schemas are built with `zod/mini`, which loads no
 * locale: unless the application's zod configured one, zod's message is its bare fallback, and the English locale's
 * words (the ones `zod`'s full API installs) are used instead, so that the message is the same either way.
 */
function zodMessage(iss: z.core.$ZodIssue): string {
  if (iss.message !== 'Invalid input') return iss.message;
  english ??= en().localeError as (iss: z.core.$ZodRawIssue) => unknown;
  const m = english(iss as unknown as z.core.$ZodRawIssue);
  return typeof m === 'string' ? m : m !== null && typeof m === 'object' && 'message' in m ? String(m.message) : iss.message;
}

function typeZh(t: string): string {
  const map: Record<string, string> = {
    object: '对象',
    array: '数组',
    string: '文本',
    number: '数值',
    boolean: '布尔值（true/false）',
  };
  return map[t] ?? t;
}

/**
 * The words every rule appends for its gap, so that each unit is said the same way everywhere.
 *
 * @internal
 * @module
 */
import type { RuleGap } from '../types';

const NONE = Object.freeze({ zh: '', en: '' });

/** English singular or plural: exactly `'1'` takes the singular. */
function plural(value: string, one: string, many: string): string {
  return value === '1' ? one : many;
}

/**
 * The message tail for a gap, in Chinese and English, beginning with its separator (`'，还差1人'`,
 * `', 1 more person needed'`); empty for no gap. Whole things read "N more …" (person/people, village-level unit,
 * township, record; a plain count names no noun, the message has just named it); measures read "N m² more",
 * "N yuan more", "N more hours a day".
 *
 * @internal
 * @clause P6.3
 * @example
 * ```ts
 * [gapWords({ value: '1', unit: 'persons' }), gapWords({ value: '12.5', unit: 'm2' }).en, gapWords(null).zh]
 * //=> [{ zh: '，还差1人', en: ', 1 more person needed' }, ', 12.5 m² more needed', '']
 * ```
 */
export function gapWords(gap: RuleGap | null): { readonly zh: string; readonly en: string } {
  if (gap === null) return NONE;
  const v = gap.value;
  switch (gap.unit) {
    case 'persons':
      return { zh: `，还差${v}人`, en: `, ${v} more ${plural(v, 'person', 'people')} needed` };
    case 'units':
      return { zh: `，还差${v}个村（社区）`, en: `, ${v} more ${plural(v, 'village-level unit', 'village-level units')} needed` };
    case 'townships':
      return { zh: `，还差${v}个乡镇`, en: `, ${v} more ${plural(v, 'township', 'townships')} needed` };
    case 'count':
      return { zh: `，还差${v}个`, en: `, ${v} more needed` };
    case 'm2':
      return { zh: `，还差${v}平方米`, en: `, ${v} m² more needed` };
    case 'yuan':
      return { zh: `，还差${v}元`, en: `, ${v} yuan more needed` };
    case 'hours_per_day':
      return { zh: `，每天还差${v}小时`, en: `, ${v} more ${plural(v, 'hour', 'hours')} a day needed` };
    default:
      return { zh: `，还差${v}条记录`, en: `, ${v} more ${plural(v, 'record', 'records')} needed` };
  }
}

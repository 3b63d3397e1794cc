import { deepFreeze } from '../_lib/deepFreeze';

/**
 * The label every use of the embedded sample must carry: its figures are illustrative, made up to show what the
 * library reports, and are not official statistics of Longchuan County. Only the unit codes and names are real
 * (NBS 2023 统计用区划代码). Deep-frozen.
 *
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * SAMPLE_NOTICE.en
 * //=> 'Illustrative sample data, not official statistics'
 * SAMPLE_NOTICE.zh
 * //=> '示例数据，仅作演示，不是官方统计数据'
 * ```
 */
export const SAMPLE_NOTICE: { readonly zh: '示例数据，仅作演示，不是官方统计数据'; readonly en: 'Illustrative sample data, not official statistics' } =
  /* @__PURE__ */ deepFreeze({
    zh: '示例数据，仅作演示，不是官方统计数据',
    en: 'Illustrative sample data, not official statistics',
  } as const);

import * as z from 'zod/mini';
import { strictObject } from '../_zodObject';
import { flagSchema } from '../primitives';

/**
 * Which of the four parts of the structured pay of village cadres (村干部结构性待遇) are in place in a village:
 * 基本报酬 (basic pay) + 岗位补贴 (post allowance) + 绩效补贴 (performance allowance) + 村级集体经济创收奖励 (reward
 * from the village collective economy's income). Each part is a yes/no fact; a part left out is unknown.
 *
 * @clause T12
 * @example
 * ```ts
 * cadrePaySchema.parse({ basicPay: true, postAllowance: true, performanceAllowance: true, collectiveIncomeReward: false })
 *   .collectiveIncomeReward
 * //=> false
 * ```
 * @category Talent · 人才队伍
 */
export const cadrePaySchema = /* @__PURE__ */ strictObject({
  /** 基本报酬 is paid. */
  basicPay: /* @__PURE__ */ z.optional(flagSchema),
  /** 岗位补贴 is paid. */
  postAllowance: /* @__PURE__ */ z.optional(flagSchema),
  /** 绩效补贴 is paid. */
  performanceAllowance: /* @__PURE__ */ z.optional(flagSchema),
  /** 村级集体经济创收奖励 is part of the pay structure. */
  collectiveIncomeReward: /* @__PURE__ */ z.optional(flagSchema),
});

/**
 * The four parts of village cadres' pay after parsing.
 *
 * @clause T12
 * @example
 * ```ts
 * const pay: CadrePay = { basicPay: true, postAllowance: true, performanceAllowance: true, collectiveIncomeReward: true };
 * ```
 * @category Talent · 人才队伍
 */
export type CadrePay = z.output<typeof cadrePaySchema>;

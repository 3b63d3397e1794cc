import { mergePartials } from '../indicators/mergePartials';
import { mergeUnitRuleCounts, sameOptions } from '../rules/countUnitRules';
import { PlanInputError } from '../_lib/PlanInputError';
import { addCounts } from '../_lib/addCounts';
import { checkPartial, isMade, markMade } from './_partialSchema';
import type { SummaryPartial, TownshipSummaryPartial } from './SummaryPartial';

/**
 * Merge two summary partials over disjoint sets of units: townships present in both have their indicator partials
 * merged and their counts added; subjects are merged in code order and cut at 100; units lacking each field are
 * added. Pure, associative and commutative.
 *
 * @throws `PlanInputError` (code `incompatible_partials`) when the two were made on different dates, under
 * different readings or over different rules; `count_overflow` when a count of the merge would pass 2^53 − 1 (no
 * longer exact).
 * @clause S4
 * @example
 * ```ts
 * const unit = (code: string, gridMembers: number) => ({ code, townshipCode: code.slice(0, 9), gridMembers });
 * const a = summarizeUnits(parseSnapshot({ asOf: '2024-12-31', units: [unit('533124101201', 0)] }), { rules: ['t10-grid-members'] });
 * const b = summarizeUnits(parseSnapshot({ asOf: '2024-12-31', units: [unit('533124101202', 4)] }), { rules: ['t10-grid-members'] });
 * mergeSummaries(a, b).townships['533124101']?.ruleCounts
 * //=> [1, 1, 0, 0, 0]
 * ```
 * @category Evaluation · 评估
 */
export function mergeSummaries(a: SummaryPartial, b: SummaryPartial): SummaryPartial {
  // Partials arrive as JSON: checked before they are read (a PlanInputError naming the path, never a TypeError).
  checkPartial(a, 'a');
  checkPartial(b, 'b');
  if (!sameOptions(a.options, b.options)) {
    throw new PlanInputError({ code: 'incompatible_partials', path: ['options'], messageZh: '无法合并：两份汇总的选项不同', messageEn: 'cannot merge: the two summaries differ in options' });
  }
  const rules = mergeUnitRuleCounts(a.rules, b.rules);
  const townships: Record<string, TownshipSummaryPartial> = {};
  const codes = [...new Set([...Object.keys(a.townships), ...Object.keys(b.townships)])].sort();
  for (const code of codes) {
    const x = Object.hasOwn(a.townships, code) ? a.townships[code] : undefined;
    const y = Object.hasOwn(b.townships, code) ? b.townships[code] : undefined;
    townships[code] =
      x === undefined
        ? (y as TownshipSummaryPartial)
        : y === undefined
          ? x
          : {
              units: addCounts(x.units, y.units, ['townships', code, 'units']),
              indicators: mergePartials(x.indicators, y.indicators),
              ruleCounts: x.ruleCounts.map((n, i) => addCounts(n, y.ruleCounts[i] ?? 0, ['townships', code, 'ruleCounts', i])),
            };
  }
  const missingUnits: Record<string, number> = {};
  for (const field of [...new Set([...Object.keys(a.missingUnits), ...Object.keys(b.missingUnits)])].sort()) {
    const own = (m: Readonly<Record<string, number>>): number => (Object.hasOwn(m, field) ? (m[field] as number) : 0);
    missingUnits[field] = addCounts(own(a.missingUnits), own(b.missingUnits), ['missingUnits', field]);
  }
  const merged = { units: addCounts(a.units, b.units, ['units']), options: { ...a.options }, townships, rules, missingUnits };
  // Marked only when both halves were the library's own: a caller's partial from JSON shares its townships with the
  // result, which is then checked again wherever it is read.
  return isMade(a) && isMade(b) ? markMade(merged) : merged;
}

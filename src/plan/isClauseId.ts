import { CLAUSE_IDS, type ClauseId } from './clauseIds';

const IDS: ReadonlySet<string> = /* @__PURE__ */ new Set<string>(CLAUSE_IDS);

/**
 * Whether a value is one of the plan's clause IDs (exact, case-sensitive match).
 *
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * [isClauseId('T8'), isClauseId('T13'), isClauseId('t8'), isClauseId(8)]
 * //=> [true, false, false, false]
 * ```
 */
export function isClauseId(value: unknown): value is ClauseId {
  // A set of strings has no non-string member, so no type test is needed.
  return (IDS as ReadonlySet<unknown>).has(value);
}

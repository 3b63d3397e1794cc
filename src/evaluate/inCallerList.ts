import type { PlanIssue } from '../snapshot/PlanIssue';

/**
 * Point issues about a parsed list back at the caller's records. The lenient parser leaves out each record it reports
 * (with an issue at `[list, index]` in the caller's list), so after it the `i`-th kept record is not always the
 * caller's `i`-th. Given the parse issues, re-number the `[list, i, …]` paths of `found` to the caller's positions.
 *
 * @example
 * ```ts
 * const parse = [{ code: 'invalid_date', path: ['actions', 0, 'startedOn'], messageZh: '', messageEn: '' }];
 * const found = [{ code: 'unknown_action', path: ['actions', 0, 'actionId'], messageZh: '', messageEn: '' }];
 * inCallerList(found, parse, 'actions')[0]?.path
 * //=> ['actions', 1, 'actionId']
 * ```
 * @internal
 */
export function inCallerList(found: readonly PlanIssue[], parse: readonly PlanIssue[], list: string): PlanIssue[] {
  const dropped = [...new Set(parse.filter((p) => p.path[0] === list && typeof p.path[1] === 'number').map((p) => p.path[1] as number))];
  if (dropped.length === 0) return [...found];
  dropped.sort((a, b) => a - b);
  return found.map((f) => {
    if (f.path[0] !== list || typeof f.path[1] !== 'number') return f;
    let at = f.path[1];
    for (const d of dropped) if (d <= at) at++;
    return { ...f, path: [list, at, ...f.path.slice(2)] };
  });
}

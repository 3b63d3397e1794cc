/**
 * The guard of the rule checks (`checkRules`, `checkRule`, each rule's `check`): a snapshot `parseSnapshot` produced
 * is read as it is; anything else is parsed by the same schema, and the first problem found throws a `PlanInputError`
 * naming its path, so that no rule judges a value it did not understand.
 *
 * @internal
 * @module
 */
import { PlanInputError } from '../../_lib/PlanInputError';
import { isParsed } from '../../snapshot/_parsed';
import { safeParseSnapshot } from '../../snapshot/safeParseSnapshot';
import type { Snapshot } from '../../snapshot/snapshotSchema';

/**
 * `input` as a parsed snapshot: itself when `parseSnapshot` produced it, else its parse, which must be clean (every
 * unit, figure and record valid: a rule check cannot leave a bad one out and report it, as `evaluate` does).
 *
 * @throws `PlanInputError` with the first problem's code, path and messages (and how many more there are); its
 *   `cause` is the `SnapshotError` listing them all.
 * @internal
 * @clause P1.1
 * @example
 * ```ts
 * ruleSnapshot({ asOf: '2025-02-30', units: [] });
 * //=> throws PlanInputError { code: 'invalid_date', path: ['asOf'] }
 * ```
 */
export function ruleSnapshot(input: unknown): Snapshot {
  if (isParsed(input)) return input as Snapshot;
  const r = safeParseSnapshot(input);
  if (r.success) return r.data;
  const first = r.issues[0]!;
  const more = r.issues.length - 1;
  throw new PlanInputError({
    code: first.code,
    path: first.path,
    messageZh: more === 0 ? first.messageZh : `${first.messageZh}（另有${more}处问题）`,
    messageEn: more === 0 ? first.messageEn : `${first.messageEn} (and ${more} more problem${more === 1 ? '' : 's'})`,
    cause: r.error,
  });
}

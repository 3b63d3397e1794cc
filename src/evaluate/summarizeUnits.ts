import type { Snapshot } from '../snapshot/snapshotSchema';
import { prepareUnitChecks, ruleOptionsRecord } from '../rules/prepareUnitChecks';
import type { EvaluateOptions } from './EvaluateOptions';
import { partialOptions, prepareRun } from './evaluateSnapshot';
import type { SummaryPartial } from './SummaryPartial';
import { partialOf, rollUnits } from './_rollup';
import { applyCoverage, resolveCoverageOptions } from './coverage';
import { ruleSnapshot } from '../rules/_lib/ruleSnapshot';
import { markMade } from './_partialSchema';

/**
 * The map step of a summary evaluation over a snapshot's units (any set of them: a province, a shard, one worker
 * thread's townships): per township, the indicators' partial sums and the unit-level rules' statuses counted; the
 * first subjects of each rule and status; the units lacking each field. Plain JSON, so it can cross a worker or a
 * network boundary; merge shares with {@link mergeSummaries} and finish with {@link evaluateFromSummary}.
 *
 * @param snapshot - A validated snapshot holding the units to summarise (its `asOf` and readings must be the ones the
 * evaluation will use).
 * @param options - The evaluation's options (`asOf`, readings, `rules`); `levels` and display options play no part.
 * @throws `PlanInputError` for an invalid option.
 * @clause S4
 * @example
 * ```ts
 * const snapshot = parseSnapshot({ asOf: '2024-12-31', units: [{ code: '533124101201', townshipCode: '533124101', gridMembers: 0 }] });
 * summarizeUnits(snapshot, { rules: ['t10-grid-members'] }).townships['533124101']?.ruleCounts
 * //=> [0, 1, 0, 0, 0]
 * ```
 * @category Evaluation · 评估
 */
export function summarizeUnits(snapshot: Snapshot, options?: EvaluateOptions): SummaryPartial {
  // Stryker disable next-line ArrayDeclaration: the map step reports no indicators, so [] would replace the caller's levels as well
  // The same registry check as the one-pass evaluation: unregistered codes (unless admitted) and units outside a
  // declared township are left out of the partial, as they are left out of the evaluation.
  const covered = applyCoverage(ruleSnapshot(snapshot), resolveCoverageOptions(options), undefined);
  const run = prepareRun(covered.snapshot, { ...options, detail: 'summary', levels: ['county'] }, covered);
  const checks = prepareUnitChecks(run.dated, run.ruleOptions, options?.rules);
  const rollup = rollUnits(run.dated, run.indicatorOptions, checks);
  return markMade(partialOf(rollup, partialOptions(run), ruleOptionsRecord(run.ruleOptions), run.asOf));
}

import { prepareUnitChecks } from '../rules/prepareUnitChecks';
import { PlanInputError } from '../_lib/PlanInputError';
import type { Snapshot } from '../snapshot/snapshotSchema';
import type { EvaluateOptions } from './EvaluateOptions';
import type { Evaluation } from './Evaluation';
import type { PlanIssue } from '../snapshot/PlanIssue';
import type { RejectedUnit } from '../snapshot/safeParseSnapshot';
import { partialOptions, prepareRun, summaryEvaluation } from './evaluateSnapshot';
import type { SummaryPartial } from './SummaryPartial';
import { checkPartial } from './_partialSchema';
import { rollupFromPartial } from './_rollup';
import { applyCoverage, resolveCoverageOptions } from './coverage';
import { ruleSnapshot } from '../rules/_lib/ruleSnapshot';

/**
 * The finalize step of a summary evaluation: the same {@link Evaluation} as `evaluateSnapshot(snapshot, { ...options,
 * detail: 'summary' })`, with the unit-level roll-up taken from `summary` (built by {@link summarizeUnits} over shares
 * of the snapshot's units and merged with {@link mergeSummaries}) instead of computed. The snapshot still supplies the
 * county, township and record data for the other rules, and the tracked actions.
 *
 * @param snapshot - The validated snapshot the summary covers (all its units).
 * @param summary - The merged summary of all its units.
 * @param options - The same options the summary was made under, plus `levels` and display options.
 * @param input - What validation found, when the caller validated.
 * @throws `PlanInputError` (code `incompatible_partials`) when the summary does not cover the snapshot's units (in all,
 * and township by township) or was
 * made on another date, under other readings or over other rules; `invalid_option` for a bad option.
 * @clause S4
 * @example
 * ```ts
 * const snapshot = parseSnapshot({ asOf: '2024-12-31', units: [{ code: '533124101201', townshipCode: '533124101', hasServiceFacility: true }] });
 * // The figures of the unit given (scope 'units'), not the county's.
 * const e = evaluateFromSummary(snapshot, summarizeUnits(snapshot, { scope: 'units' }), { scope: 'units' });
 * [e.headline[0]?.value, e.options.detail]
 * //=> ['100', 'summary']
 * ```
 * @category Evaluation · 评估
 */
export function evaluateFromSummary(
  snapshot: Snapshot,
  summary: SummaryPartial,
  options?: EvaluateOptions,
  input?: { readonly issues: readonly PlanIssue[]; readonly rejected: readonly RejectedUnit[]; readonly units: number },
): Evaluation {
  checkPartial(summary, 'summary'); // from JSON: checked before it is read
  // The registry check of the one-pass evaluation, on the whole snapshot: coverage, and the units left out.
  const covered = applyCoverage(ruleSnapshot(snapshot), resolveCoverageOptions(options), input);
  const run = prepareRun(covered.snapshot, { ...options, detail: 'summary' }, covered);
  const evaluated = covered.snapshot.units.length;
  if (summary.units !== evaluated) {
    throw new PlanInputError({
      code: 'incompatible_partials',
      path: ['units'],
      messageZh: `汇总覆盖 ${summary.units} 个单位，填报数据有 ${evaluated} 个`,
      messageEn: `the summary covers ${summary.units} units, the snapshot has ${evaluated}`,
    });
  }
  checkTownships(summary, covered.snapshot.units);
  const checks = prepareUnitChecks(run.dated, run.ruleOptions, options?.rules);
  const report = { issues: covered.issues, rejected: covered.rejected, units: input?.units ?? snapshot.units.length };
  return summaryEvaluation(run, rollupFromPartial(summary, checks, partialOptions(run), run.asOf), report);
}

/**
 * The summary's townships must be the snapshot's, each with as many units: a partial made over other units (or
 * edited) is refused rather than read as this snapshot's township figures. The figures themselves cannot be checked
 * without recomputing them, which is what the summary saves; the guide says to merge only partials one trusts.
 */
function checkTownships(summary: SummaryPartial, units: Snapshot['units']): void {
  const counts = new Map<string, number>();
  for (const u of units) counts.set(u.townshipCode, (counts.get(u.townshipCode) ?? 0) + 1);
  const listed = Object.keys(summary.townships);
  for (const code of listed) {
    const expected = counts.get(code) ?? 0;
    const got = summary.townships[code]!.units;
    if (got !== expected) {
      throw new PlanInputError({
        code: 'incompatible_partials',
        path: ['townships', code, 'units'],
        messageZh: `汇总中乡镇 ${code} 有 ${got} 个单位，填报数据有 ${expected} 个`,
        messageEn: `the summary gives township ${code} ${got} unit(s), the snapshot has ${expected}`,
      });
    }
  }
  for (const code of [...counts.keys()].sort()) {
    if (Object.hasOwn(summary.townships, code)) continue;
    throw new PlanInputError({
      code: 'incompatible_partials',
      path: ['townships', code],
      messageZh: `汇总缺少乡镇 ${code}，填报数据有该乡镇的单位`,
      messageEn: `the summary lacks township ${code}, which has units in the snapshot`,
    });
  }
}

import * as z from 'zod/mini';
import { strictObject, object } from '../snapshot/_zodObject';
import { ACTION_IDS } from '../actions/ACTIONS';
import { INDICATOR_IDS } from '../indicators/INDICATOR_IDS';
import { CLAUSE_IDS } from '../plan/clauseIds';
import { RULE_IDS } from '../rules/RULE_IDS';

/**
 * The zod schema of an {@link Evaluation}, built on demand (so that importing the library does not build it).
 * The test suite checks both that real evaluations satisfy it and that its inferred type matches `Evaluation`.
 *
 * @internal
 */
export function evaluationSchema() {
  const str = z.string();
  const nstr = z.nullable(z.string());
  const clause = z.enum(CLAUSE_IDS);
  const message = strictObject({ zh: str, en: str });
  const progressStatus = z.enum(['achieved', 'on_track', 'behind', 'not_achieved', 'no_data']);
  const ruleStatus = z.enum(['pass', 'fail', 'pending', 'not_applicable', 'missing_data']);
  const actionStatus = z.enum(['not_started', 'in_progress', 'done', 'missing_data']);
  const count = z.number().check(z.int(), z.minimum(0));
  const counts = <T extends readonly [string, ...string[]]>(keys: T) =>
    strictObject(Object.fromEntries(keys.map((k) => [k, count])) as Record<T[number], typeof count>);

  const indicator = strictObject({
    id: z.enum(INDICATOR_IDS),
    clause,
    level: z.enum(['unit', 'township', 'county']),
    subject: str,
    status: z.enum(['ok', 'not_applicable', 'missing_data']),
    value: nstr,
    numerator: nstr,
    denominator: nstr,
    target: str,
    meetsTarget: z.nullable(z.boolean()),
    progress: strictObject({ status: progressStatus, expected: nstr }),
    gap: nstr,
    missing: z.array(strictObject({ unit: str, field: str })),
    missingCount: count,
    partial: z.nullable(strictObject({ numerator: str, denominator: str })),
  });
  const rule = strictObject({
    ruleId: z.enum(RULE_IDS),
    clause,
    subject: str,
    status: ruleStatus,
    severity: z.enum(['binding', 'soft', 'informational']),
    actual: nstr,
    expected: nstr,
    // An evaluation stored before measures were added reads as having none.
    measure: z._default(
      z.nullable(
        strictObject({
          value: str,
          threshold: str,
          comparator: z.enum(['at_least', 'above']),
          unit: z.enum(['hours_per_day', 'percent', 'permille', 'count', 'm2_per_100_households', 'yuan']),
        }),
      ),
      null,
    ),
    message,
    gap: z.nullable(strictObject({ value: str, unit: z.enum(['persons', 'units', 'townships', 'count', 'm2', 'yuan', 'hours_per_day', 'records']) })),
    missing: z.array(str),
  });
  const action = strictObject({
    actionId: z.enum(ACTION_IDS),
    clause,
    status: actionStatus,
    startedOn: nstr,
    completedOn: nstr,
    updatedOn: nstr,
    evidence: z.array(str),
    note: nstr,
    due: nstr,
    overdue: z.boolean(),
    message,
  });
  const statusCounts = counts(['pass', 'fail', 'pending', 'not_applicable', 'missing_data'] as const);
  const statusColumns = strictObject({
    pass: z.array(count),
    fail: z.array(count),
    pending: z.array(count),
    not_applicable: z.array(count),
    missing_data: z.array(count),
  });
  const ruleCounts = strictObject({
    subjectLimit: count,
    townships: z.array(str),
    rules: z.array(
      strictObject({
        ruleId: z.enum(RULE_IDS),
        clause,
        counts: statusCounts,
        byTownship: statusColumns,
        subjects: strictObject({ fail: z.array(str), pending: z.array(str), missing_data: z.array(str) }),
      }),
    ),
  });
  const issue = strictObject({
    code: str,
    path: z.array(z.union([str, z.number()])),
    messageZh: str,
    messageEn: str,
  });
  return strictObject({
    schemaVersion: z.literal(1),
    plan: strictObject({ titleZh: str, titleEn: str, start: str, end: str }),
    asOf: str,
    region: str,
    options: z.catchall(object({ detail: z.enum(['full', 'summary']) }), z.union([str, z.number(), z.boolean(), z.array(str)])),
    input: strictObject({
      units: count,
      evaluated: count,
      rejected: z.array(strictObject({ index: count, code: z.optional(str) })),
      issues: z.array(issue),
      coverage: z.nullable(
        strictObject({
          scope: z.enum(['county', 'township', 'units']),
          subject: str,
          expected: count,
          reported: count,
          absent: z.array(str),
          unregistered: z.array(str),
          complete: z.boolean(),
        }),
      ),
    }),
    headline: z.array(
      strictObject({
        id: z.enum(INDICATOR_IDS),
        clause,
        nameZh: str,
        nameEn: str,
        value: nstr,
        display: nstr,
        target: str,
        baseline: z.nullable(strictObject({ value: str, source: z.enum(['plan', 'measured']) })),
        attribute: z.literal('预期性'),
        meetsTarget: z.nullable(z.boolean()),
        progress: progressStatus,
        gap: nstr,
      }),
    ),
    indicators: z.array(indicator),
    rules: z.array(rule),
    ruleCounts: z.optional(ruleCounts),
    actions: z.array(action),
    summary: strictObject({
      indicators: counts(['achieved', 'on_track', 'behind', 'not_achieved', 'no_data'] as const),
      rules: statusCounts,
      failuresBySeverity: strictObject({ binding: count, soft: count, informational: count }),
      actions: counts(['not_started', 'in_progress', 'done', 'missing_data'] as const),
      mostFailedClauses: z.array(strictObject({ clause, failures: count })),
      missingData: z.array(strictObject({ field: str, subjects: count })),
    }),
  });
}

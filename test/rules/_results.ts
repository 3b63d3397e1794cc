/** Expected rule results written out as the rule kit builds them (src/rules/_lib/rule.ts), shared by the rule tests. */
import { isRuleId, getRule } from '../../src/rules';

/**
 * A rule's severity as its definition records it (the definitions' own tests pin each one against the plan's words);
 * a made-up ID in the kit's tests is `'binding'`, or whatever the test's definition says.
 */
export function severityOf(ruleId: string): string {
  return isRuleId(ruleId) ? getRule(ruleId).severity : 'binding';
}

/** A whole result: both messages prefixed with `[clause] `; `gap` as the rule reports it (`null` when none). */
export function whole(
  ruleId: string,
  clause: string,
  subject: string,
  status: string,
  actual: string | null,
  expected: string | null,
  zh: string,
  en: string,
  missing: string[] = [],
  gap: { value: string; unit: string } | null = null,
  severity: string = severityOf(ruleId),
) {
  return { ruleId, clause, subject, status, severity, actual, expected, message: { zh: `[${clause}] ${zh}`, en: `[${clause}] ${en}` }, gap, missing };
}

/** The kit's `missing_data` result naming the fields, with the rule's titles. */
export function missingData(ruleId: string, clause: string, subject: string, fields: string[], expected: string | null, titleZh: string, titleEn: string) {
  return whole(ruleId, clause, subject, 'missing_data', null, expected, `${subject}：缺少数据 ${fields.join('、')}，无法判断${titleZh}`, `${subject}: missing ${fields.join(', ')}; cannot judge: ${titleEn}`, fields);
}

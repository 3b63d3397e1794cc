/** Expected rule results written out as the rule kit builds them (src/rules/_lib/rule.ts), shared by the rule tests. */

/** A whole result: both messages prefixed with `[clause] `. */
export function whole(ruleId: string, clause: string, subject: string, status: string, actual: string | null, expected: string | null, zh: string, en: string, missing: string[] = []) {
  return { ruleId, clause, subject, status, actual, expected, message: { zh: `[${clause}] ${zh}`, en: `[${clause}] ${en}` }, missing };
}

/** The kit's `missing_data` result naming the fields, with the rule's titles. */
export function missingData(ruleId: string, clause: string, subject: string, fields: string[], expected: string | null, titleZh: string, titleEn: string) {
  return whole(ruleId, clause, subject, 'missing_data', null, expected, `${subject}：缺少数据 ${fields.join('、')}，无法判断${titleZh}`, `${subject}: missing ${fields.join(', ')}; cannot judge: ${titleEn}`, fields);
}

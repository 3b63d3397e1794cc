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
  return { ruleId, clause, subject, status, severity, actual, expected, measure: null as Measure | null, message: { zh: `[${clause}] ${zh}`, en: `[${clause}] ${en}` }, gap, missing };
}

/** A measure as a test writes it out by hand (see RuleMeasure). */
export interface Measure {
  readonly value: string;
  readonly threshold: string;
  readonly comparator: 'at_least' | 'above';
  readonly unit: string;
}

/**
 * `r` with the number it compared, worked out by hand: `value` against `threshold` in `unit` (at least, unless
 * `comparator` says otherwise).
 */
export function measured<R extends object>(r: R, value: string, threshold: string, unit: string, comparator: Measure['comparator'] = 'at_least'): R & { measure: Measure } {
  return { ...r, measure: { value, threshold, comparator, unit } };
}

/**
 * Names of the registered codes the rule tests use, written out from the NBS registry (src/units/units.generated.ts):
 * a village-level unit is named with its township in front. Any other subject leads a message as it is.
 */
const NAMES: Record<string, string> = {
  '533124': '陇川县',
  '533124101': '章凤镇',
  '533124102': '陇把镇',
  '533124103': '景罕镇',
  '533124104': '城子镇',
  '533124201': '户撒阿昌族乡',
  '533124202': '护国乡',
  '533124203': '清平乡',
  '533124204': '王子树乡',
  '533124205': '勐约乡',
  '533124400': '陇川农场',
  '533124101001': '章凤镇老街子社区',
  '533124101002': '章凤镇新城社区',
  '533124101201': '章凤镇章凤村',
  '533124101202': '章凤镇芒弄村',
  '533124101203': '章凤镇迭撒村',
  '533124102001': '陇把镇陇把社区',
  '533124102201': '陇把镇户岛村',
  '533124400001': '陇川农场陇农社区',
};

/** How a subject leads a message: `章凤镇迭撒村（533124101203）` / `章凤镇迭撒村 (533124101203)`, a year after a county or unit code. */
export function lead(subject: string): { zh: string; en: string } {
  const name = NAMES[subject];
  if (name !== undefined) return { zh: `${name}（${subject}）`, en: `${name} (${subject})` };
  const m = /^(\d+):(\d{4})$/.exec(subject);
  const named = m === null ? undefined : NAMES[m[1] as string];
  if (m !== null && named !== undefined) return { zh: `${named}（${m[1]}）${m[2]}年`, en: `${named} (${m[1]}) ${m[2]}` };
  return { zh: subject, en: subject };
}

/** The kit's `missing_data` result naming the fields, with the rule's titles. */
export function missingData(ruleId: string, clause: string, subject: string, fields: string[], expected: string | null, titleZh: string, titleEn: string) {
  const l = lead(subject);
  return whole(ruleId, clause, subject, 'missing_data', null, expected, `${l.zh}：缺少数据 ${fields.join('、')}，无法判断${titleZh}`, `${l.en}: missing ${fields.join(', ')}; cannot judge: ${titleEn}`, fields);
}

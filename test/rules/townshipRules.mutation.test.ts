/**
 * The township elderly-care centre rule (专栏3 item 2, 各乡镇至少建有1个具备综合功能的养老服务中心): its `missing_data`
 * results in full. The expected value is the plan's 至少建有1个, written `≥1`; the field named is the one that is absent
 * (the township's record, the count on it, or the `kind` a township outside Longchuan must give). Every result is
 * computed inside its `it`.
 */
import { describe, expect, it } from 'vitest';
import { checkRule } from '../../src/rules/checkRules';
import { snap } from './_helpers';
import { lead, severityOf } from './_results';

const RULE = 'p3-2-township-elderly-care-centre';
const TITLE_ZH = '各乡镇至少建有1个具备综合功能的养老服务中心';
const TITLE_EN = 'At least one comprehensive elderly-care service centre in every township';

/** The `missing_data` result the rule kit builds: clause-prefixed messages naming the subject and the field. */
function missing(subject: string, field: string) {
  return {
    ruleId: RULE,
    clause: 'P3.2',
    subject,
    status: 'missing_data',
    severity: severityOf(RULE),
    actual: null,
    expected: '≥1',
    measure: null,
    message: {
      zh: `[P3.2] ${lead(subject).zh}：缺少数据 ${field}，无法判断${TITLE_ZH}`,
      en: `[P3.2] ${lead(subject).en}: missing ${field}; cannot judge: ${TITLE_EN}`,
    },
    gap: null,
    missing: [field],
  };
}

describe('[P3.2] township elderly-care centre: missing data', () => {
  it('a township with no record at all is missing `townships`, expected ≥1', () => {
    // 章凤镇 533124101 is the first of Longchuan's township-level units; no `townships` list is given.
    const rs = checkRule(RULE, snap('2025-12-31'));
    expect(rs[0]).toEqual(missing('533124101', 'townships'));
  });

  it('a record without the count is missing `comprehensiveElderlyCareCentres`, not `townships`', () => {
    const s = snap('2025-12-31', { townships: [{ code: '533124101' }] });
    const rs = checkRule(RULE, s);
    expect(rs[0]).toEqual(missing('533124101', 'comprehensiveElderlyCareCentres'));
    // The next township has no record: the record itself is what is missing.
    expect(rs[1]).toEqual(missing('533124102', 'townships'));
  });

  it('a township outside Longchuan without `kind` is missing `kind`, expected ≥1', () => {
    const s = snap('2025-12-31', { regionCode: '53', townships: [{ code: '530102001', comprehensiveElderlyCareCentres: 1 }] });
    const rs = checkRule(RULE, s);
    expect(rs.find((r) => r.subject === '530102001')).toEqual(missing('530102001', 'kind'));
  });
});

/**
 * The unit rules of src/rules/unitRules.ts: whole results, worked out by hand from the plan, the rule definitions and
 * the message wording. Covers the boundaries of the satisfaction-survey windows (first day of the year, asOf itself,
 * a date after asOf), the 12-month window's own message, village-plan units missing from the registry, missing
 * figures of the ethnic-officer and cadre-pay rules (and which fields they name), each cadre-pay part false on its
 * own, and the community-worker coverage rules (missing lists, expected when a figure is missing, no workers, the
 * filter, the boundary covered = workers) against the summary counts. Every result is computed inside its `it`.
 */
import { describe, expect, it } from 'vitest';
import { checkRule } from '../../src/rules/checkRules';
import { countUnitRules } from '../../src/rules/countUnitRules';
import type { RuleId } from '../../src/rules/RULE_IDS';
import type { RuleOptions } from '../../src/rules/RuleOptions';
import { measured, missingData, whole } from './_results';
import { RURAL, snap, unit, URBAN } from './_helpers';

/** The one result of a rule for one unit with these fields. */
function one(rule: RuleId, asOf: string, code: string, fields: Record<string, unknown>, options?: RuleOptions) {
  const rs = checkRule(rule, snap(asOf, { units: [unit(code, fields)] }), options);
  expect(rs).toHaveLength(1);
  return rs[0];
}

/** A `missing_data` result (the shared builder, fields after the expected value). */
const missingWhole = (ruleId: string, clause: string, subject: string, expected: string | null, missing: string[], titleZh: string, titleEn: string) =>
  missingData(ruleId, clause, subject, missing, expected, titleZh, titleEn);

// ---------------------------------------------------------------------------------------------------------------
// T3 满意度调查覆盖所有村（社区）
// ---------------------------------------------------------------------------------------------------------------

const SURVEY = 't3-satisfaction-survey';
const surveyPass = (d: string, expected: string) =>
  whole(SURVEY, 'T3', RURAL, 'pass', d, expected, `章凤镇章凤村（533124101201）：${d} 开展过群众满意度调查`, `章凤镇章凤村 (533124101201): resident satisfaction survey held on ${d}`);

describe('[T3] satisfaction survey: the plan period (default; a 全覆盖 target due 2025-12-31)', () => {
  it('a survey in 2022 passes on 2025-12-31 (any survey since 2021-01-01 covers the unit)', () => {
    expect(one(SURVEY, '2025-12-31', RURAL, { lastSatisfactionSurveyOn: '2022-05-10' })).toEqual(surveyPass('2022-05-10', 'survey since 2021-01-01'));
  });

  it('a survey on 2020-12-31 (before the period) is pending on 2024-06-30, with the due note', () => {
    expect(one(SURVEY, '2024-06-30', RURAL, { lastSatisfactionSurveyOn: '2020-12-31' })).toEqual(
      whole(
        SURVEY,
        'T3',
        RURAL,
        'pending',
        '2020-12-31',
        'survey since 2021-01-01',
        '章凤镇章凤村（533124101201）：规划期内（2021-01-01 起）尚未开展群众满意度调查（最近一次 2020-12-31）（期限 2025-12-31，尚未到期）',
        '章凤镇章凤村 (533124101201): no resident satisfaction survey in the plan period (since 2021-01-01) yet (latest 2020-12-31) (due 2025-12-31, not yet due)',
      ),
    );
  });

  it('the same on 2025-12-31 fails, now due; under undatedTargets immediately it fails at once with no due note', () => {
    expect(one(SURVEY, '2025-12-31', RURAL, { lastSatisfactionSurveyOn: '2020-12-31' })?.message.zh).toBe(
      '[T3] 章凤镇章凤村（533124101201）：规划期内（2021-01-01 起）尚未开展群众满意度调查（最近一次 2020-12-31）（期限 2025-12-31 已到）',
    );
    expect(one(SURVEY, '2024-06-30', RURAL, { lastSatisfactionSurveyOn: '2020-12-31' }, { undatedTargets: 'immediately' })).toMatchObject({
      status: 'fail',
      message: { en: '[T3] 章凤镇章凤村 (533124101201): no resident satisfaction survey in the plan period (since 2021-01-01) yet (latest 2020-12-31)' },
    });
  });

  it('a survey dated after asOf is not counted', () => {
    expect(one(SURVEY, '2024-06-30', RURAL, { lastSatisfactionSurveyOn: '2024-07-01' })?.status).toBe('pending');
  });
});

describe('[T3] satisfaction survey: surveyWindow calendar_year (a yearly survey)', () => {
  const O: RuleOptions = { surveyWindow: 'calendar_year' };
  it('a survey on 1 January of the year passes (the window starts on yearStart, inclusive)', () => {
    // asOf 2024-06-30: the window is 2024-01-01 … 2024-06-30.
    expect(one(SURVEY, '2024-06-30', RURAL, { lastSatisfactionSurveyOn: '2024-01-01' }, O)).toEqual(surveyPass('2024-01-01', 'survey in 2024'));
  });

  it('a survey on asOf itself passes (the window ends on asOf, inclusive)', () => {
    expect(one(SURVEY, '2024-06-30', RURAL, { lastSatisfactionSurveyOn: '2024-06-30' }, O)).toEqual(surveyPass('2024-06-30', 'survey in 2024'));
  });

  it('a survey dated after asOf is not counted: pending until 2024-12-31, with the calendar message', () => {
    // 2024-07-01 > asOf 2024-06-30, so no survey in the window; asOf is before 2024-12-31, so pending.
    expect(one(SURVEY, '2024-06-30', RURAL, { lastSatisfactionSurveyOn: '2024-07-01' }, O)).toEqual(
      whole(
        SURVEY,
        'T3',
        RURAL,
        'pending',
        '2024-07-01',
        'survey in 2024',
        `章凤镇章凤村（533124101201）：2024年尚未开展群众满意度调查（最近一次 2024-07-01）（期限 2024-12-31，尚未到期）`,
        `章凤镇章凤村 (533124101201): no resident satisfaction survey in 2024 yet (latest 2024-07-01) (due 2024-12-31, not yet due)`,
      ),
    );
  });

  it('a survey on 31 December of the year before fails on 2024-12-31, saying it is now due', () => {
    expect(one(SURVEY, '2024-12-31', RURAL, { lastSatisfactionSurveyOn: '2023-12-31' }, O)).toEqual(
      whole(
        SURVEY,
        'T3',
        RURAL,
        'fail',
        '2023-12-31',
        'survey in 2024',
        `章凤镇章凤村（533124101201）：2024年尚未开展群众满意度调查（最近一次 2023-12-31）（期限 2024-12-31 已到）`,
        `章凤镇章凤村 (533124101201): no resident satisfaction survey in 2024 yet (latest 2023-12-31) (due 2024-12-31, now due)`,
      ),
    );
  });
});

describe('[T3] satisfaction survey: surveyWindow last_12_months', () => {
  const O: RuleOptions = { surveyWindow: 'last_12_months' };
  // asOf 2024-06-30: lower = 2023-06-30 (a year earlier); the window is (2023-06-30, 2024-06-30].

  it('a survey on asOf itself passes (upper end inclusive)', () => {
    expect(one(SURVEY, '2024-06-30', RURAL, { lastSatisfactionSurveyOn: '2024-06-30' }, O)).toEqual(surveyPass('2024-06-30', 'survey after 2023-06-30'));
  });

  it('a survey dated after asOf fails at once (no pending in this window), with the 12-month message', () => {
    expect(one(SURVEY, '2024-06-30', RURAL, { lastSatisfactionSurveyOn: '2024-07-01' }, O)).toEqual(
      whole(
        SURVEY,
        'T3',
        RURAL,
        'fail',
        '2024-07-01',
        'survey after 2023-06-30',
        `章凤镇章凤村（533124101201）：2023-06-30 之后12个月内未开展群众满意度调查（最近一次 2024-07-01）`,
        `章凤镇章凤村 (533124101201): no resident satisfaction survey in the 12 months after 2023-06-30 (latest 2024-07-01)`,
      ),
    );
  });

  it('a survey exactly a year before asOf fails, with the 12-month message (not the calendar one)', () => {
    expect(one(SURVEY, '2024-06-30', RURAL, { lastSatisfactionSurveyOn: '2023-06-30' }, O)).toEqual(
      whole(
        SURVEY,
        'T3',
        RURAL,
        'fail',
        '2023-06-30',
        'survey after 2023-06-30',
        `章凤镇章凤村（533124101201）：2023-06-30 之后12个月内未开展群众满意度调查（最近一次 2023-06-30）`,
        `章凤镇章凤村 (533124101201): no resident satisfaction survey in the 12 months after 2023-06-30 (latest 2023-06-30)`,
      ),
    );
  });

  it('the first year of the accepted range: asOf 1900-03-01 gives lower 1899-03-01', () => {
    // 1900 − 1 = 1899, four digits; a survey on 1900-01-01 is inside the window.
    expect(one(SURVEY, '1900-03-01', RURAL, { lastSatisfactionSurveyOn: '1900-01-01' }, O)).toEqual(surveyPass('1900-01-01', 'survey after 1899-03-01'));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 专栏3 item 16: every administrative village compiles its plan
// ---------------------------------------------------------------------------------------------------------------

const PLAN = 'p3-16-village-plan';
const PLAN_TZH = '每个行政村完成村庄规划编制';
const PLAN_TEN = 'A village plan compiled for every administrative village';
/** 章凤镇 (533124101) exists, but 533124101299 is not one of its units in the registry. */
const UNLISTED = '533124101299';

describe('[P3.16] village plan: committee type unknown or missing figures', () => {
  it('a unit missing from the registry and without committeeType is missing_data naming committeeType (even with a plan)', () => {
    expect(one(PLAN, '2024-06-30', UNLISTED, { villagePlanCompleted: true })).toEqual(missingWhole(PLAN, 'P3.16', UNLISTED, 'true', ['committeeType'], PLAN_TZH, PLAN_TEN));
  });

  it('the same unit declared a 村民委员会 is judged: its plan compiled → pass', () => {
    expect(one(PLAN, '2024-06-30', UNLISTED, { committeeType: 'village_committee', villagePlanCompleted: true })).toEqual(
      whole(PLAN, 'P3.16', UNLISTED, 'pass', 'true', 'true', `${UNLISTED}：已完成村庄规划编制`, `${UNLISTED}: the village plan has been compiled`),
    );
  });

  it('a village without villagePlanCompleted is missing_data naming it, expected true', () => {
    expect(one(PLAN, '2024-06-30', RURAL, {})).toEqual(missingWhole(PLAN, 'P3.16', RURAL, 'true', ['villagePlanCompleted'], PLAN_TZH, PLAN_TEN));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// T10 可设1名民族宗教干事
// ---------------------------------------------------------------------------------------------------------------

const ETHNIC = 't10-ethnic-religious-officer';
const ETHNIC_TZH = '宗教、民族工作较重的村（社区）可设1名民族宗教干事';
const ETHNIC_TEN = 'An ethnic and religious affairs officer where that work is heavy (may)';

describe('[T10] ethnic and religious affairs officer: missing figures', () => {
  it('heavy work and no officer count is missing_data naming ethnicReligiousOfficers, expected ≥1 (not a fail)', () => {
    expect(one(ETHNIC, '2024-06-30', RURAL, { heavyEthnicReligiousWork: true })).toEqual(missingWhole(ETHNIC, 'T10', RURAL, '≥1', ['ethnicReligiousOfficers'], ETHNIC_TZH, ETHNIC_TEN));
  });

  it('unknown heavyEthnicReligiousWork is missing_data naming it, expected ≥1', () => {
    expect(one(ETHNIC, '2024-06-30', RURAL, { ethnicReligiousOfficers: 0 })).toEqual(missingWhole(ETHNIC, 'T10', RURAL, '≥1', ['heavyEthnicReligiousWork'], ETHNIC_TZH, ETHNIC_TEN));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// T12 村干部“基本报酬+岗位补贴+绩效补贴+村级集体经济创收奖励”
// ---------------------------------------------------------------------------------------------------------------

const CADRE = 't12-village-cadre-pay-structure';
const CADRE_TZH = '落实村干部“基本报酬+岗位补贴+绩效补贴+村级集体经济创收奖励”结构性待遇';
const CADRE_TEN = "Village cadres' pay made of its four parts";
const ALL4 = { basicPay: true, postAllowance: true, performanceAllowance: true, collectiveIncomeReward: true };
const cadreMissing = (missing: string[]) => missingWhole(CADRE, 'T12', RURAL, '4/4', missing, CADRE_TZH, CADRE_TEN);
/** A failing cadre-pay result: `have` of the four parts in place (a count against at least 4). */
const cadreFail = (have: number, zh: string, en: string) =>
  measured(whole(CADRE, 'T12', RURAL, 'fail', `${have}/4`, '4/4', `章凤镇章凤村（533124101201）：村干部待遇缺少${zh}`, `章凤镇章凤村 (533124101201): village cadres' pay lacks ${en}`), String(have), '4', 'count');

describe('[T12] village cadre pay: each part missing or false on its own', () => {
  it.each([
    ['basicPay', 'cadrePay.basicPay'],
    ['postAllowance', 'cadrePay.postAllowance'],
    ['performanceAllowance', 'cadrePay.performanceAllowance'],
    ['collectiveIncomeReward', 'cadrePay.collectiveIncomeReward'],
  ])('only %s unknown → missing_data naming %s, expected 4/4', (part, name) => {
    const pay: Record<string, boolean> = { ...ALL4 };
    delete pay[part];
    expect(one(CADRE, '2024-06-30', RURAL, { cadrePay: pay })).toEqual(cadreMissing([name]));
  });

  it('basicPay and performanceAllowance unknown (the others false) → missing_data naming both, in the plan\'s order', () => {
    // Missing figures win over false parts: nothing can be judged until every part is known.
    expect(one(CADRE, '2024-06-30', RURAL, { cadrePay: { postAllowance: false, collectiveIncomeReward: false } })).toEqual(
      cadreMissing(['cadrePay.basicPay', 'cadrePay.performanceAllowance']),
    );
  });

  it('no cadrePay at all → missing_data naming cadrePay', () => {
    expect(one(CADRE, '2024-06-30', RURAL, {})).toEqual(cadreMissing(['cadrePay']));
  });

  it.each([
    ['basicPay', '基本报酬', 'basic pay'],
    ['postAllowance', '岗位补贴', 'post allowance'],
    ['performanceAllowance', '绩效补贴', 'performance allowance'],
    ['collectiveIncomeReward', '村级集体经济创收奖励', 'collective-income reward'],
  ])('only %s false → fail 3/4 naming it', (part, zh, en) => {
    // Three of the four parts in place: 3/4.
    expect(one(CADRE, '2024-06-30', RURAL, { cadrePay: { ...ALL4, [part]: false } })).toEqual(cadreFail(3, zh, en));
  });

  it('basic pay and post allowance false → fail 2/4, the lacking parts joined with 、 and ", "', () => {
    expect(one(CADRE, '2024-06-30', RURAL, { cadrePay: { ...ALL4, basicPay: false, postAllowance: false } })).toEqual(cadreFail(2, '基本报酬、岗位补贴', 'basic pay, post allowance'));
  });

  it('all four false → fail 0/4 naming all four', () => {
    const pay = { basicPay: false, postAllowance: false, performanceAllowance: false, collectiveIncomeReward: false };
    expect(one(CADRE, '2024-06-30', RURAL, { cadrePay: pay })).toEqual(
      cadreFail(0, '基本报酬、岗位补贴、绩效补贴、村级集体经济创收奖励', 'basic pay, post allowance, performance allowance, collective-income reward'),
    );
  });

  it('all four true → pass 4/4', () => {
    expect(one(CADRE, '2024-06-30', RURAL, { cadrePay: ALL4 })).toEqual(
      measured(whole(CADRE, 'T12', RURAL, 'pass', '4/4', '4/4', `章凤镇章凤村（533124101201）：村干部待遇四项均已落实`, `章凤镇章凤村 (533124101201): all four parts of village cadres' pay are in place`), '4', '4', 'count'),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// T12 insurance and 专栏6 item 1 training: every community worker covered
// ---------------------------------------------------------------------------------------------------------------

const PENSION = 't12-pension-insurance';
const PENSION_TZH = '为社区工作者落实基本养老保险';
const PENSION_TEN = 'Basic pension insurance for every community worker';

describe('[T12] pension insurance: whole results of the community-worker coverage rule', () => {
  it('workers known, pension count unknown → missing_data naming the pension field, expected workers/workers (5/5)', () => {
    expect(one(PENSION, '2024-06-30', URBAN, { communityWorkers: 5 })).toEqual(missingWhole(PENSION, 'T12', URBAN, '5/5', ['workersWithPensionInsurance'], PENSION_TZH, PENSION_TEN));
  });

  it('workers unknown, pension known → missing_data naming communityWorkers, expected null (no number to show)', () => {
    expect(one(PENSION, '2024-06-30', URBAN, { workersWithPensionInsurance: 5 })).toEqual(missingWhole(PENSION, 'T12', URBAN, null, ['communityWorkers'], PENSION_TZH, PENSION_TEN));
  });

  it('both unknown → missing_data naming both, expected null', () => {
    expect(one(PENSION, '2024-06-30', URBAN, {})).toEqual(missingWhole(PENSION, 'T12', URBAN, null, ['communityWorkers', 'workersWithPensionInsurance'], PENSION_TZH, PENSION_TEN));
  });

  it('classification unknown (classifyBy nbs_code, no urbanRuralCode) → missing_data naming urbanRuralCode, expected null', () => {
    expect(one(PENSION, '2024-06-30', URBAN, { communityWorkers: 5 }, { classifyBy: 'nbs_code' })).toEqual(
      missingWhole(PENSION, 'T12', URBAN, null, ['urbanRuralCode'], PENSION_TZH, PENSION_TEN),
    );
  });

  it('no community workers → not_applicable, saying the unit has none (not the filter wording)', () => {
    expect(one(PENSION, '2024-06-30', URBAN, { communityWorkers: 0, workersWithPensionInsurance: 0 })).toEqual(
      whole(PENSION, 'T12', URBAN, 'not_applicable', null, null, `章凤镇老街子社区（533124101001）：不适用，没有社区工作者`, `章凤镇老街子社区 (533124101001): not applicable, the unit has no community workers`),
    );
  });

  it('a village under the default (urban communities only) → not_applicable with the filter wording', () => {
    expect(one(PENSION, '2024-06-30', RURAL, { communityWorkers: 5, workersWithPensionInsurance: 0 })).toEqual(
      whole(PENSION, 'T12', RURAL, 'not_applicable', null, null, `章凤镇章凤村（533124101201）：不适用，本条只适用于城市社区`, `章凤镇章凤村 (533124101201): not applicable, the rule applies to urban communities only`),
    );
  });

  it('5 of 5 covered → pass (boundary covered = workers)', () => {
    expect(one(PENSION, '2024-06-30', URBAN, { communityWorkers: 5, workersWithPensionInsurance: 5 })).toEqual(
      // 5 covered against at least all 5 workers.
      measured(whole(PENSION, 'T12', URBAN, 'pass', '5/5', '5/5', `章凤镇老街子社区（533124101001）：5名社区工作者均已参加基本养老保险`, `章凤镇老街子社区 (533124101001): all 5 community workers have basic pension insurance`), '5', '5', 'count'),
    );
  });

  it('4 of 5 covered → fail at once (a standard, no due date, so no tail)', () => {
    expect(one(PENSION, '2024-06-30', URBAN, { communityWorkers: 5, workersWithPensionInsurance: 4 })).toEqual(
      measured(whole(PENSION, 'T12', URBAN, 'fail', '4/5', '5/5', `章凤镇老街子社区（533124101001）：5名社区工作者中4名已参加基本养老保险，还差1人`, `章凤镇老街子社区 (533124101001): 4 of 5 community workers have basic pension insurance, 1 more person needed`, [], { value: '1', unit: 'persons' }), '4', '5', 'count'),
    );
  });
});

describe('[P6.1] workers trained: pending until the plan end', () => {
  const TRAINED = 'p6-1-workers-trained';
  it('7 of 8 trained on 2025-12-30 → pending with the due-date tail', () => {
    // 轮训一遍 has no date of its own: due 2025-12-31 (到2025年末); 2025-12-30 is before it.
    expect(one(TRAINED, '2025-12-30', RURAL, { communityWorkers: 8, communityWorkersTrained: 7 })).toEqual(
      measured(
      whole(
        TRAINED,
        'P6.1',
        RURAL,
        'pending',
        '7/8',
        '8/8',
        `章凤镇章凤村（533124101201）：8名社区工作者中7名已参加轮训，还差1人（期限 2025-12-31，尚未到期）`,
        `章凤镇章凤村 (533124101201): 7 of 8 community workers have been trained, 1 more person needed (due 2025-12-31, not yet due)`,
        [],
        { value: '1', unit: 'persons' },
      ),
      '7',
      '8',
      'count',
      ),
    );
  });
});

describe('community-worker coverage: the summary counts agree with the results', () => {
  it('[T12] housing fund over nine units: counts equal the statuses of checkRule', () => {
    // Urban units (two listed 社区, the others declared 社区居民委员会): 3/3 and 2/2 pass, 2/3 fail, 0 workers n/a, workers
    // unknown, fund unknown, both unknown → missing; a village is outside the default filter (n/a); an unlisted unit
    // without committeeType is unclassified (missing). (More covered than workers is rejected by the parser.)
    const R = { committeeType: 'resident_committee' };
    const units = [
      unit(URBAN, { communityWorkers: 3, workersWithHousingFund: 3 }),
      unit('533124101002', { communityWorkers: 2, workersWithHousingFund: 2 }),
      unit('533124101003', { ...R, communityWorkers: 3, workersWithHousingFund: 2 }),
      unit('533124101004', { ...R, communityWorkers: 0, workersWithHousingFund: 0 }),
      unit('533124101005', { ...R, workersWithHousingFund: 2 }),
      unit('533124101006', { ...R, communityWorkers: 3 }),
      unit('533124101007', R),
      unit(RURAL, { communityWorkers: 3, workersWithHousingFund: 0 }),
      unit(UNLISTED, { communityWorkers: 3, workersWithHousingFund: 3 }),
    ];
    const s = snap('2024-06-30', { units });
    const statuses = checkRule('t12-housing-fund', s).map((r) => r.status);
    expect(statuses).toEqual(['pass', 'pass', 'fail', 'not_applicable', 'missing_data', 'missing_data', 'missing_data', 'not_applicable', 'missing_data']);
    expect(countUnitRules(s, {}, ['t12-housing-fund']).rules[0]?.counts).toEqual({ pass: 2, fail: 1, pending: 0, not_applicable: 2, missing_data: 4 });
  });
});

import { describe, expect, it } from 'vitest';
import { checkRule } from '../../src/rules/checkRules';
import type { RuleId } from '../../src/rules/RULE_IDS';
import type { RuleOptions } from '../../src/rules/RuleOptions';
import { RURAL, snap, unit, URBAN } from './_helpers';

interface Row {
  readonly title: string;
  readonly rule: RuleId;
  readonly asOf: string;
  readonly code: string;
  readonly unit: Record<string, unknown>;
  readonly options?: RuleOptions;
  readonly status: string;
  readonly actual: string | null;
  readonly expected?: string | null;
  readonly missing?: string[];
}

const rows: Row[] = [
  // T3 政务代办 (全覆盖, no date: due 2025-12-31 by 到2025年末 unless undatedTargets 'immediately')
  { title: '[T3] proxy government services available → pass', rule: 't3-proxy-government-service', asOf: '2023-06-30', code: RURAL, unit: { hasProxyGovernmentService: true }, status: 'pass', actual: 'true', expected: 'true' },
  { title: '[T3] no proxy services in 2023 → pending (plan end 2025-12-31)', rule: 't3-proxy-government-service', asOf: '2023-06-30', code: RURAL, unit: { hasProxyGovernmentService: false }, status: 'pending', actual: 'false' },
  { title: '[T3] no proxy services in 2023, undatedTargets immediately → fail', rule: 't3-proxy-government-service', asOf: '2023-06-30', code: RURAL, unit: { hasProxyGovernmentService: false }, options: { undatedTargets: 'immediately' }, status: 'fail', actual: 'false' },
  { title: '[T3] no proxy services on 2025-12-31 → fail', rule: 't3-proxy-government-service', asOf: '2025-12-31', code: URBAN, unit: { hasProxyGovernmentService: false }, status: 'fail', actual: 'false' },
  { title: '[T3] proxy services unknown → missing_data', rule: 't3-proxy-government-service', asOf: '2025-12-31', code: URBAN, unit: {}, status: 'missing_data', actual: null, missing: ['hasProxyGovernmentService'] },
  // T3 24小时线上服务 (应: a standard, no pending)
  { title: '[T3] 24-hour online service → pass', rule: 't3-online-service-24h', asOf: '2022-01-01', code: URBAN, unit: { hasOnlineService24h: true }, status: 'pass', actual: 'true' },
  { title: '[T3] no 24-hour online service → fail at once (应, a standard)', rule: 't3-online-service-24h', asOf: '2022-01-01', code: URBAN, unit: { hasOnlineService24h: false }, status: 'fail', actual: 'false' },
  // T3 满意度调查 (calendar year of asOf by default)
  // Default plan_period: a 全覆盖 target due 2025-12-31; a survey at any time since 2021-01-01 covers the unit.
  { title: '[T3] survey on 2023-11-20, asOf 2024-12-31 → pass (a survey in the plan period covers the unit)', rule: 't3-satisfaction-survey', asOf: '2024-12-31', code: RURAL, unit: { lastSatisfactionSurveyOn: '2023-11-20' }, status: 'pass', actual: '2023-11-20', expected: 'survey since 2021-01-01' },
  { title: '[T3] survey on 2021-01-01, asOf 2025-12-31 → pass (the first day of the period counts)', rule: 't3-satisfaction-survey', asOf: '2025-12-31', code: RURAL, unit: { lastSatisfactionSurveyOn: '2021-01-01' }, status: 'pass', actual: '2021-01-01', expected: 'survey since 2021-01-01' },
  { title: '[T3] last survey 2020-12-31, asOf 2025-12-30 → pending (before the period; due 2025-12-31)', rule: 't3-satisfaction-survey', asOf: '2025-12-30', code: RURAL, unit: { lastSatisfactionSurveyOn: '2020-12-31' }, status: 'pending', actual: '2020-12-31', expected: 'survey since 2021-01-01' },
  { title: '[T3] last survey 2020-12-31, asOf 2025-12-31 → fail (due date reached)', rule: 't3-satisfaction-survey', asOf: '2025-12-31', code: RURAL, unit: { lastSatisfactionSurveyOn: '2020-12-31' }, status: 'fail', actual: '2020-12-31' },
  { title: '[T3] last survey 2020-12-31, asOf 2024-06-30, undatedTargets immediately → fail', rule: 't3-satisfaction-survey', asOf: '2024-06-30', code: RURAL, unit: { lastSatisfactionSurveyOn: '2020-12-31' }, options: { undatedTargets: 'immediately' }, status: 'fail', actual: '2020-12-31' },
  // Option calendar_year: a yearly survey.
  { title: '[T3] calendar_year: survey on 2024-03-01, asOf 2024-06-30 → pass (same year)', rule: 't3-satisfaction-survey', asOf: '2024-06-30', code: RURAL, unit: { lastSatisfactionSurveyOn: '2024-03-01' }, options: { surveyWindow: 'calendar_year' }, status: 'pass', actual: '2024-03-01', expected: 'survey in 2024' },
  { title: '[T3] calendar_year: last survey 2023-11-20, asOf 2024-06-30 → pending until 2024-12-31', rule: 't3-satisfaction-survey', asOf: '2024-06-30', code: RURAL, unit: { lastSatisfactionSurveyOn: '2023-11-20' }, options: { surveyWindow: 'calendar_year' }, status: 'pending', actual: '2023-11-20' },
  { title: '[T3] calendar_year: last survey 2023-11-20, asOf 2024-12-31 → fail (the year is over)', rule: 't3-satisfaction-survey', asOf: '2024-12-31', code: RURAL, unit: { lastSatisfactionSurveyOn: '2023-11-20' }, options: { surveyWindow: 'calendar_year' }, status: 'fail', actual: '2023-11-20' },
  { title: '[T3] last_12_months: survey 2023-07-01, asOf 2024-06-30 → pass', rule: 't3-satisfaction-survey', asOf: '2024-06-30', code: RURAL, unit: { lastSatisfactionSurveyOn: '2023-07-01' }, options: { surveyWindow: 'last_12_months' }, status: 'pass', actual: '2023-07-01', expected: 'survey after 2023-06-30' },
  { title: '[T3] last_12_months: survey 2023-06-30, asOf 2024-06-30 → fail (exactly a year ago)', rule: 't3-satisfaction-survey', asOf: '2024-06-30', code: RURAL, unit: { lastSatisfactionSurveyOn: '2023-06-30' }, options: { surveyWindow: 'last_12_months' }, status: 'fail', actual: '2023-06-30' },
  { title: '[T3] no survey date → missing_data', rule: 't3-satisfaction-survey', asOf: '2024-06-30', code: RURAL, unit: {}, status: 'missing_data', actual: null, missing: ['lastSatisfactionSurveyOn'] },
  // T7 法律服务全覆盖
  { title: '[T7] legal services reach the village → pass', rule: 't7-legal-services', asOf: '2024-06-30', code: RURAL, unit: { hasPublicLegalServices: true }, status: 'pass', actual: 'true' },
  // 专栏3 item 4 残疾人协会全覆盖
  { title: '[P3.4] association → pass', rule: 'p3-4-disabled-persons-association', asOf: '2024-06-30', code: RURAL, unit: { hasDisabledPersonsAssociation: true }, status: 'pass', actual: 'true' },
  { title: '[P3.4] no association on 2025-12-31 → fail', rule: 'p3-4-disabled-persons-association', asOf: '2025-12-31', code: RURAL, unit: { hasDisabledPersonsAssociation: false }, status: 'fail', actual: 'false' },
  // 专栏3 item 9 15分钟健身圈 (社区: all by default, option urban)
  { title: '[P3.9] village outside a 15-minute fitness circle, 2024 → pending', rule: 'p3-9-fitness-circle', asOf: '2024-06-30', code: RURAL, unit: { inFitnessCircle: false }, status: 'pending', actual: 'false' },
  { title: '[P3.9] village, fitnessCircleCommunities urban → not_applicable', rule: 'p3-9-fitness-circle', asOf: '2024-06-30', code: RURAL, unit: { inFitnessCircle: false }, options: { fitnessCircleCommunities: 'urban' }, status: 'not_applicable', actual: null },
  { title: '[P3.9] urban community in a circle, option urban → pass', rule: 'p3-9-fitness-circle', asOf: '2024-06-30', code: URBAN, unit: { inFitnessCircle: true }, options: { fitnessCircleCommunities: 'urban' }, status: 'pass', actual: 'true' },
  // 专栏3 item 11 一村一辅警 / 一区一警两辅警
  { title: '[P3.11] village with 1 auxiliary officer → pass (一村一辅警)', rule: 'p3-11-rural-auxiliary-police', asOf: '2024-06-30', code: RURAL, unit: { auxiliaryPoliceOfficers: 1 }, status: 'pass', actual: '1', expected: '≥1' },
  { title: '[P3.11] village with 0 auxiliary officers, 2024 → pending', rule: 'p3-11-rural-auxiliary-police', asOf: '2024-06-30', code: RURAL, unit: { auxiliaryPoliceOfficers: 0 }, status: 'pending', actual: '0' },
  { title: '[P3.11] urban community for the rural rule → not_applicable', rule: 'p3-11-rural-auxiliary-police', asOf: '2024-06-30', code: URBAN, unit: { auxiliaryPoliceOfficers: 0 }, status: 'not_applicable', actual: null },
  { title: '[P3.11] urban community with 2 auxiliary officers → pass (两辅警)', rule: 'p3-11-urban-auxiliary-police', asOf: '2025-12-31', code: URBAN, unit: { auxiliaryPoliceOfficers: 2 }, status: 'pass', actual: '2', expected: '≥2' },
  { title: '[P3.11] urban community with 1 auxiliary officer on 2025-12-31 → fail (just below 两)', rule: 'p3-11-urban-auxiliary-police', asOf: '2025-12-31', code: URBAN, unit: { auxiliaryPoliceOfficers: 1 }, status: 'fail', actual: '1' },
  // 陇川农场's four 社区居民委员会 (533124400001–004) are urban communities by default; farmCommunities 'exclude' leaves them out.
  { title: '[P3.11] 陇川农场陇农社区 with 1 police officer → pass (a farm community counts as 城区 by default)', rule: 'p3-11-urban-community-police', asOf: '2025-12-31', code: '533124400001', unit: { committeeType: 'resident_committee', communityPoliceOfficers: 1 }, status: 'pass', actual: '1', expected: '≥1' },
  { title: '[P3.11] 陇川农场陇农社区 with 1 auxiliary officer on 2025-12-31 → fail (两辅警, by default)', rule: 'p3-11-urban-auxiliary-police', asOf: '2025-12-31', code: '533124400001', unit: { committeeType: 'resident_committee', auxiliaryPoliceOfficers: 1 }, status: 'fail', actual: '1', expected: '≥2' },
  { title: "[P3.11] 陇川农场陇农社区, farmCommunities 'exclude' → not_applicable", rule: 'p3-11-urban-auxiliary-police', asOf: '2025-12-31', code: '533124400001', unit: { committeeType: 'resident_committee', auxiliaryPoliceOfficers: 1 }, options: { farmCommunities: 'exclude' }, status: 'not_applicable', actual: null },
  { title: "[P3.11] 章凤镇老街子社区, farmCommunities 'exclude' → still judged (only the farm's communities are left out)", rule: 'p3-11-urban-community-police', asOf: '2025-12-31', code: URBAN, unit: { communityPoliceOfficers: 0 }, options: { farmCommunities: 'exclude' }, status: 'fail', actual: '0' },
  { title: '[P3.11] urban community with 1 police officer → pass (一警)', rule: 'p3-11-urban-community-police', asOf: '2025-12-31', code: URBAN, unit: { communityPoliceOfficers: 1 }, status: 'pass', actual: '1' },
  { title: '[P3.11] urban community with 0 police officers on 2025-12-31 → fail', rule: 'p3-11-urban-community-police', asOf: '2025-12-31', code: URBAN, unit: { communityPoliceOfficers: 0 }, status: 'fail', actual: '0' },
  { title: '[P3.11] classifyBy nbs_code: 章凤村 coded 111 (urban) is urban → checked by the urban rule', rule: 'p3-11-urban-auxiliary-police', asOf: '2025-12-31', code: RURAL, unit: { urbanRuralCode: '111', auxiliaryPoliceOfficers: 2 }, options: { classifyBy: 'nbs_code' }, status: 'pass', actual: '2' },
  { title: '[P3.11] classifyBy nbs_code without urbanRuralCode → missing_data', rule: 'p3-11-urban-auxiliary-police', asOf: '2025-12-31', code: RURAL, unit: { auxiliaryPoliceOfficers: 2 }, options: { classifyBy: 'nbs_code' }, status: 'missing_data', actual: null, missing: ['urbanRuralCode'] },
  // 专栏3 item 12 一村（社区）一法律顾问
  { title: '[P3.12] 1 legal adviser → pass', rule: 'p3-12-legal-adviser', asOf: '2022-01-01', code: URBAN, unit: { legalAdvisers: 1 }, status: 'pass', actual: '1' },
  { title: '[P3.12] 0 legal advisers → fail (a standard)', rule: 'p3-12-legal-adviser', asOf: '2022-01-01', code: URBAN, unit: { legalAdvisers: 0 }, status: 'fail', actual: '0' },
  // 专栏3 item 16 per village: 到2025年
  { title: '[P3.16] village plan compiled → pass', rule: 'p3-16-village-plan', asOf: '2024-06-30', code: RURAL, unit: { villagePlanCompleted: true }, status: 'pass', actual: 'true' },
  { title: '[P3.16] village plan not compiled, 2024 → pending', rule: 'p3-16-village-plan', asOf: '2024-06-30', code: RURAL, unit: { villagePlanCompleted: false }, status: 'pending', actual: 'false' },
  { title: '[P3.16] a 社区居民委员会 is not an administrative village → not_applicable', rule: 'p3-16-village-plan', asOf: '2024-06-30', code: URBAN, unit: { villagePlanCompleted: false }, status: 'not_applicable', actual: null },
  // T10
  { title: '[T10] 3 grid members → pass', rule: 't10-grid-members', asOf: '2024-06-30', code: URBAN, unit: { gridMembers: 3 }, status: 'pass', actual: '3' },
  { title: '[T10] 0 grid members → fail', rule: 't10-grid-members', asOf: '2024-06-30', code: URBAN, unit: { gridMembers: 0 }, status: 'fail', actual: '0' },
  { title: '[T10] heavy ethnic/religious work, 1 officer → pass (可设1名)', rule: 't10-ethnic-religious-officer', asOf: '2024-06-30', code: RURAL, unit: { heavyEthnicReligiousWork: true, ethnicReligiousOfficers: 1 }, status: 'pass', actual: '1' },
  { title: '[T10] heavy work, no officer → fail (informational)', rule: 't10-ethnic-religious-officer', asOf: '2024-06-30', code: RURAL, unit: { heavyEthnicReligiousWork: true, ethnicReligiousOfficers: 0 }, status: 'fail', actual: '0' },
  { title: '[T10] work not heavy → not_applicable', rule: 't10-ethnic-religious-officer', asOf: '2024-06-30', code: RURAL, unit: { heavyEthnicReligiousWork: false }, status: 'not_applicable', actual: null },
  // T12 村干部待遇四项
  { title: '[T12] four parts in place → pass', rule: 't12-village-cadre-pay-structure', asOf: '2024-06-30', code: RURAL, unit: { cadrePay: { basicPay: true, postAllowance: true, performanceAllowance: true, collectiveIncomeReward: true } }, status: 'pass', actual: '4/4', expected: '4/4' },
  { title: '[T12] no collective-income reward → fail 3/4', rule: 't12-village-cadre-pay-structure', asOf: '2024-06-30', code: RURAL, unit: { cadrePay: { basicPay: true, postAllowance: true, performanceAllowance: true, collectiveIncomeReward: false } }, status: 'fail', actual: '3/4' },
  { title: '[T12] one part unknown → missing_data naming it', rule: 't12-village-cadre-pay-structure', asOf: '2024-06-30', code: RURAL, unit: { cadrePay: { basicPay: true, postAllowance: true, performanceAllowance: true } }, status: 'missing_data', actual: null, missing: ['cadrePay.collectiveIncomeReward'] },
  { title: '[T12] urban community → not_applicable (村干部)', rule: 't12-village-cadre-pay-structure', asOf: '2024-06-30', code: URBAN, unit: {}, status: 'not_applicable', actual: null },
  // T12 insurance (社区工作者: urban by default)
  { title: '[T12] 12 of 12 workers with pension insurance → pass', rule: 't12-pension-insurance', asOf: '2024-06-30', code: URBAN, unit: { communityWorkers: 12, workersWithPensionInsurance: 12 }, status: 'pass', actual: '12/12', expected: '12/12' },
  { title: '[T12] 11 of 12 with medical insurance → fail', rule: 't12-medical-insurance', asOf: '2024-06-30', code: URBAN, unit: { communityWorkers: 12, workersWithMedicalInsurance: 11 }, status: 'fail', actual: '11/12' },
  { title: '[T12] housing fund, 0 workers → not_applicable', rule: 't12-housing-fund', asOf: '2024-06-30', code: URBAN, unit: { communityWorkers: 0, workersWithHousingFund: 0 }, status: 'not_applicable', actual: null },
  { title: '[T12] village, default → not_applicable', rule: 't12-housing-fund', asOf: '2024-06-30', code: RURAL, unit: { communityWorkers: 5, workersWithHousingFund: 0 }, status: 'not_applicable', actual: null },
  { title: '[T12] village, communityWorkerUnits all → fail 0/5', rule: 't12-housing-fund', asOf: '2024-06-30', code: RURAL, unit: { communityWorkers: 5, workersWithHousingFund: 0 }, options: { communityWorkerUnits: 'all' }, status: 'fail', actual: '0/5' },
  // 专栏6 item 1 轮训一遍
  { title: '[P6.1] 8 of 8 workers trained → pass', rule: 'p6-1-workers-trained', asOf: '2024-06-30', code: RURAL, unit: { communityWorkers: 8, communityWorkersTrained: 8 }, status: 'pass', actual: '8/8' },
  { title: '[P6.1] 7 of 8 trained in 2024 → pending', rule: 'p6-1-workers-trained', asOf: '2024-06-30', code: RURAL, unit: { communityWorkers: 8, communityWorkersTrained: 7 }, status: 'pending', actual: '7/8' },
  { title: '[P6.1] 7 of 8 trained on 2025-12-31 → fail', rule: 'p6-1-workers-trained', asOf: '2025-12-31', code: RURAL, unit: { communityWorkers: 8, communityWorkersTrained: 7 }, status: 'fail', actual: '7/8' },
  // 专栏6 item 3 至少有1—2名 (力争2025年)
  { title: '[P6.3] 1 social worker → pass (至少1名)', rule: 'p6-3-social-workers', asOf: '2025-12-31', code: URBAN, unit: { professionalSocialWorkers: 1 }, status: 'pass', actual: '1', expected: '≥1' },
  { title: '[P6.3] 0 social workers, 2025-12-30 → pending', rule: 'p6-3-social-workers', asOf: '2025-12-30', code: URBAN, unit: { professionalSocialWorkers: 0 }, status: 'pending', actual: '0' },
  { title: '[P6.3] 0 social workers, 2025-12-31 → fail', rule: 'p6-3-social-workers', asOf: '2025-12-31', code: URBAN, unit: { professionalSocialWorkers: 0 }, status: 'fail', actual: '0' },
  { title: '[P6.3] 1 social worker: the aim of 2 not met → fail (informational)', rule: 'p6-3-social-workers-two', asOf: '2025-12-31', code: URBAN, unit: { professionalSocialWorkers: 1 }, status: 'fail', actual: '1', expected: '≥2' },
  { title: '[P6.3] 2 social workers → aim met', rule: 'p6-3-social-workers-two', asOf: '2025-12-31', code: URBAN, unit: { professionalSocialWorkers: 2 }, status: 'pass', actual: '2' },
  { title: '[P6.3] village, socialWorkerCommunities urban → not_applicable', rule: 'p6-3-social-workers', asOf: '2025-12-31', code: RURAL, unit: { professionalSocialWorkers: 0 }, options: { socialWorkerCommunities: 'urban' }, status: 'not_applicable', actual: null },
];

describe('unit rules: conformance, worked out by hand from the plan', () => {
  it.each(rows.map((r) => [r.title, r] as const))('%s', (_title, row) => {
    const s = snap(row.asOf, { units: [unit(row.code, row.unit)] });
    const results = checkRule(row.rule, s, row.options);
    expect(results).toHaveLength(1);
    const r = results[0]!;
    expect(r.subject).toBe(row.code);
    expect(r.status).toBe(row.status);
    expect(r.actual).toBe(row.actual);
    if (row.expected !== undefined) expect(r.expected).toBe(row.expected);
    expect(r.missing).toEqual(row.missing ?? []);
    expect(r.message.zh.startsWith(`[${r.clause}] `)).toBe(true);
  });
});

describe('malformed dates and values in the rule fields are rejected when parsing, with coded issues at their paths', () => {
  it.each([
    ['[T8] facilityCompletedOn 2022-02-30', { facilityCompletedOn: '2022-02-30' }, 'invalid_date', 'facilityCompletedOn'],
    ['[T8] facilityCompletedOn 2022/05/01', { facilityCompletedOn: '2022/05/01' }, 'invalid_date', 'facilityCompletedOn'],
    ['[T3] lastSatisfactionSurveyOn 2024-13-01', { lastSatisfactionSurveyOn: '2024-13-01' }, 'invalid_date', 'lastSatisfactionSurveyOn'],
    ['[P3.11] auxiliaryPoliceOfficers -1', { auxiliaryPoliceOfficers: -1 }, 'negative', 'auxiliaryPoliceOfficers'],
    ['[P3.11] auxiliaryPoliceOfficers 1.5', { auxiliaryPoliceOfficers: 1.5 }, 'not_integer', 'auxiliaryPoliceOfficers'],
    ['[P3.4] hasDisabledPersonsAssociation "yes"', { hasDisabledPersonsAssociation: 'yes' }, 'expected_boolean', 'hasDisabledPersonsAssociation'],
  ])('%s', async (_t, extra, code, field) => {
    const { safeParseSnapshot } = await import('../../src/snapshot/safeParseSnapshot');
    const r = safeParseSnapshot({ asOf: '2024-06-30', units: [unit(RURAL, extra)] });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect([r.issues[0]?.code, r.issues[0]?.path]).toEqual([code, ['units', 0, field]]);
  });
  it('[T12] a cadrePay part that is not true/false, and an unknown part', async () => {
    const { safeParseSnapshot } = await import('../../src/snapshot/safeParseSnapshot');
    const r = safeParseSnapshot({ asOf: '2024-06-30', units: [unit(RURAL, { cadrePay: { basicPay: 1, bonus: true } })] });
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ['expected_boolean', ['units', 0, 'cadrePay', 'basicPay']],
      ['unknown_field', ['units', 0, 'cadrePay']],
    ]);
  });
});

/**
 * County rules, first half of src/rules/countyRules.ts: whole results where the code's guards, fallbacks and message
 * texts decide them. Longchuan's own counts (专栏2 不低于1个, 专栏3 20个以上 / 68个行政村) against an explicit and a
 * foreign region code; shares with a zero denominator or a missing figure; the 50%以上的乡镇 regional elderly-care
 * centres with townships of unknown kind or without the flag; the 90%的社区 day-care coverage with units whose class
 * or flag is unknown (the unit named is the smallest code, whatever the input order). Every result is computed inside
 * its `it`; every number is worked out by hand in a comment.
 */
import { describe, expect, it } from 'vitest';
import { checkRule } from '../../src/rules/checkRules';
import type { RuleId } from '../../src/rules/RULE_IDS';
import { lead, measured, missingData, whole } from './_results';
import { snap, unit } from './_helpers';

/** The kit's not_applicable result: no actual, no expected, `<subject>：不适用，<reason>`. */
function notApplicable(ruleId: RuleId, clause: string, subject: string, zh: string, en: string) {
  return whole(ruleId, clause, subject, 'not_applicable', null, null, `${lead(subject).zh}：不适用，${zh}`, `${lead(subject).en}: not applicable, ${en}`);
}

const NOT_LONGCHUAN_ZH = '该数量是陇川县的目标，只适用于陇川县的填报数据';
const NOT_LONGCHUAN_EN = "the number is Longchuan's target and applies to a Longchuan snapshot only";

describe('Longchuan-only counts: an explicit 533124 is Longchuan, any other region is not', () => {
  it('[P2.1] regionCode "533124" given explicitly: 1 brand organisation is judged and passes (不低于1个, exactly 1)', () => {
    const rs = checkRule('p2-1-brand-organisations', snap('2025-12-31', { regionCode: '533124', county: { brandSocialOrganisations: 1 } }));
    expect(rs).toEqual([
      measured(whole('p2-1-brand-organisations', 'P2.1', '533124', 'pass', '1', '≥1', '全县品牌社区社会组织1个，达到不少于1个', '1 brand community social organisation(s) county-wide, at least 1'), '1', '1', 'count'),
    ]);
  });

  it('[P3.14] regionCode "533124": 19 demonstration villages on 2025-12-31 fail (20个以上, due 2025-12-31)', () => {
    const rs = checkRule('p3-14-demonstration-villages', snap('2025-12-31', { regionCode: '533124', county: { ethnicUnityDemonstrationUnits: 19 } }));
    expect(rs).toEqual([
      measured(
        whole(
          'p3-14-demonstration-villages',
          'P3.14',
          '533124',
          'fail',
          '19',
          '≥20',
          // 20 − 19 = 1 more village or community.
          '全县民族团结进步示范村（社区）19个，少于20个，还差1个村（社区）（期限 2025-12-31 已到）',
          '19 ethnic-unity demonstration villages (communities) county-wide, fewer than 20, 1 more village-level unit needed (due 2025-12-31, now due)',
          [],
          { value: '1', unit: 'units' },
        ),
        '19',
        '20',
        'count',
      ),
    ]);
  });

  it('[P3.16] regionCode "533124": 68 village plans pass (68个行政村, exactly)', () => {
    const rs = checkRule('p3-16-village-plans', snap('2025-12-31', { regionCode: '533124', county: { villagePlansCompleted: 68 } }));
    expect(rs).toEqual([
      measured(whole('p3-16-village-plans', 'P3.16', '533124', 'pass', '68', '≥68', '已完成68个行政村村庄规划编制，达到68个', 'village plans compiled for 68 administrative villages, all 68'), '68', '68', 'count'),
    ]);
  });

  it('a province (53), another county (533123) and all China ("") get not_applicable with the reason in full', () => {
    // The subject is the region code ('CN' for ""); the figures given are ignored.
    const county = { brandSocialOrganisations: 5, brandProjects: 5, ethnicUnityDemonstrationUnits: 500, villagePlansCompleted: 9000 };
    const cases: [string, string][] = [
      ['53', '53'],
      ['533123', '533123'],
      ['', 'CN'],
    ];
    for (const [regionCode, subject] of cases) {
      const s = snap('2025-12-31', { regionCode, county });
      expect(checkRule('p2-1-brand-organisations', s)).toEqual([notApplicable('p2-1-brand-organisations', 'P2.1', subject, NOT_LONGCHUAN_ZH, NOT_LONGCHUAN_EN)]);
      expect(checkRule('p2-1-brand-projects', s)).toEqual([notApplicable('p2-1-brand-projects', 'P2.1', subject, NOT_LONGCHUAN_ZH, NOT_LONGCHUAN_EN)]);
      expect(checkRule('p3-14-demonstration-villages', s)).toEqual([notApplicable('p3-14-demonstration-villages', 'P3.14', subject, NOT_LONGCHUAN_ZH, NOT_LONGCHUAN_EN)]);
      expect(checkRule('p3-16-village-plans', s)).toEqual([notApplicable('p3-16-village-plans', 'P3.16', subject, NOT_LONGCHUAN_ZH, NOT_LONGCHUAN_EN)]);
    }
  });
});

describe('county shares: a zero denominator and missing figures', () => {
  it('[P2.2] resident population 0 → not_applicable naming the denominator of 注册志愿者占居民人口', () => {
    const rs = checkRule('p2-2-registered-volunteers', snap('2025-12-31', { county: { residentPopulation: 0, registeredVolunteers: 0 } }));
    expect(rs).toEqual([
      notApplicable('p2-2-registered-volunteers', 'P2.2', '533124', '注册志愿者占居民人口的分母为0', 'the denominator of registered volunteers / population is 0'),
    ]);
  });

  it('[P3.1] 0 of 0 Party organisations → not_applicable (no 0/0 = 100% pass)', () => {
    const rs = checkRule('p3-1-party-organisations-reported', snap('2024-06-30', { county: { institutionPartyOrganisations: 0, institutionPartyOrganisationsReported: 0 } }));
    expect(rs).toEqual([
      notApplicable('p3-1-party-organisations-reported', 'P3.1', '533124', '已报到的机关和企事业单位党组织的分母为0', 'the denominator of institution Party organisations reported is 0'),
    ]);
  });

  it('[P6.3] registered population 0 under socialWorkPopulation registered → not_applicable (the resident 200,000 is not read)', () => {
    const s = snap('2025-12-31', { county: { residentPopulation: 200000, registeredPopulation: 0, socialWorkProfessionals: 360 } });
    expect(checkRule('p6-3-social-work-talent', s, { socialWorkPopulation: 'registered' })).toEqual([
      notApplicable('p6-3-social-work-talent', 'P6.3', '533124', '社会工作专业人才占全县人口的分母为0', 'the denominator of social work professionals / population is 0'),
    ]);
  });

  it('[P2.2] only the absent figure is named: numerator, denominator, or both (expected ≥15%)', () => {
    const title = ['注册志愿者占居民人口比例为15%', 'Registered volunteers 15% of the population'] as const;
    const run = (county: Record<string, unknown>) => checkRule('p2-2-registered-volunteers', snap('2025-12-31', { county }));
    // The population is given, the volunteers are not: only county.registeredVolunteers.
    expect(run({ residentPopulation: 200000 })).toEqual([missingData('p2-2-registered-volunteers', 'P2.2', '533124', ['county.registeredVolunteers'], '≥15%', ...title)]);
    // The volunteers are given, the population is not: only county.residentPopulation.
    expect(run({ registeredVolunteers: 30000 })).toEqual([missingData('p2-2-registered-volunteers', 'P2.2', '533124', ['county.residentPopulation'], '≥15%', ...title)]);
    // Neither: numerator first, then denominator.
    expect(run({})).toEqual([missingData('p2-2-registered-volunteers', 'P2.2', '533124', ['county.registeredVolunteers', 'county.residentPopulation'], '≥15%', ...title)]);
  });

  it('[P3.1] a missing count keeps the expected "100%" (全覆盖 = 100%, not "≥100%"); [P6.3] keeps "≥1.8‰"', () => {
    const party = checkRule('p3-1-serving-party-members-reported', snap('2024-06-30', { county: { servingPartyMembers: 3000 } }));
    expect(party).toEqual([
      missingData('p3-1-serving-party-members-reported', 'P3.1', '533124', ['county.servingPartyMembersReported'], '100%', '在职党员到社区报到全覆盖', 'Every serving Party member reported to their community'),
    ]);
    const talent = checkRule('p6-3-social-work-talent', snap('2025-12-31', { county: { socialWorkProfessionals: 360 } }));
    expect(talent).toEqual([
      missingData('p6-3-social-work-talent', 'P6.3', '533124', ['county.residentPopulation'], '≥1.8‰', '社会工作专业人才占全县人口比例1.8‰', 'Social work professionals 1.8‰ of the county population'),
    ]);
  });
});

describe('[P3.2] 50%以上的乡镇建有区域性养老服务中心: townships of unknown kind or without the flag', () => {
  const RULE = 'p3-2-regional-elderly-care-centres';
  /** Longchuan's nine townships (the farm 533124400 is left out by default), each with the flag. */
  const LONGCHUAN_9 = ['533124101', '533124102', '533124103', '533124104', '533124201', '533124202', '533124203', '533124204', '533124205'];
  const records = (codes: string[], has: boolean) => codes.map((code) => ({ code, hasRegionalElderlyCareCentre: has }));

  it('a township outside the registry without `kind` is missing data even when it has a centre: kind and flag are both named', () => {
    // Region 53: Longchuan's nine (all with a centre) plus 530102001, which has a centre but no kind. Had it been
    // counted, 10 of 10 = 100% would pass; it cannot be counted (it might be the farm), so the result is missing_data.
    const s = snap('2025-12-31', { regionCode: '53', townships: [...records(LONGCHUAN_9, true), { code: '530102001', hasRegionalElderlyCareCentre: true }] });
    expect(checkRule(RULE, s)).toEqual([
      whole(
        RULE,
        'P3.2',
        '53',
        'missing_data',
        null,
        '≥50%',
        '缺少乡镇数据（530102001），无法计算建有区域性养老服务中心的乡镇比例',
        'township data missing (530102001); cannot compute the share of townships with a regional elderly-care centre',
        ['townships[].kind', 'townships[].hasRegionalElderlyCareCentre'],
      ),
    ]);
  });

  it('two townships without the flag are listed in code order, joined by 、 and ", "; only the flag is named', () => {
    // 533124204 (王子树乡) and 533124205 (勐约乡) have records without the flag; the other seven have one.
    const s = snap('2025-12-31', { townships: [...records(LONGCHUAN_9.slice(0, 7), true), { code: '533124205' }, { code: '533124204' }] });
    expect(checkRule(RULE, s)).toEqual([
      whole(
        RULE,
        'P3.2',
        '533124',
        'missing_data',
        null,
        '≥50%',
        '缺少乡镇数据（王子树乡（533124204）、勐约乡（533124205）），无法计算建有区域性养老服务中心的乡镇比例',
        'township data missing (王子树乡 (533124204), 勐约乡 (533124205)); cannot compute the share of townships with a regional elderly-care centre',
        ['townships[].hasRegionalElderlyCareCentre'],
      ),
    ]);
  });

  it('a township outside the registry that gives its kind is counted: 9 of 10 = 90% passes 50%', () => {
    // Longchuan's nine with a centre, 530102001 (a town) without: 9/10 × 100 = 90%.
    const s = snap('2025-12-31', { regionCode: '53', townships: [...records(LONGCHUAN_9, true), { code: '530102001', kind: 'town', hasRegionalElderlyCareCentre: false }] });
    expect(checkRule(RULE, s)).toEqual([
      measured(whole(RULE, 'P3.2', '53', 'pass', '90%', '≥50%', '建有区域性养老服务中心的乡镇 9/10 = 90%，达到50%', 'townships with a regional elderly-care centre 9/10 = 90%, meets 50%'), '90', '50', 'percent'),
    ]);
  });

  it('a region with no township at all (5301) → not_applicable naming the denominator', () => {
    expect(checkRule(RULE, snap('2025-12-31', { regionCode: '5301' }))).toEqual([
      notApplicable(RULE, 'P3.2', '5301', '建有区域性养老服务中心的乡镇的分母为0', 'the denominator of townships with a regional elderly-care centre is 0'),
    ]);
  });
});

describe('[P3.2] 90%的社区有日间照料中心设施覆盖: units whose class or flag is unknown', () => {
  const RULE = 'p3-2-day-care-coverage';
  /**
   * The rule's missing_data result: the count of units lacking data and the smallest such code, named as the registry
   * names it (an unregistered code stays bare): `name` is 'township and unit name' or undefined.
   */
  function dayCareMissing(count: number, example: string, fields: string[], name?: string) {
    const zh = name === undefined ? example : `${name}（${example}）`;
    const en = name === undefined ? example : `${name} (${example})`;
    return whole(RULE, 'P3.2', '533124', 'missing_data', null, '≥90%', `${count}个单位缺少数据（如 ${zh}），无法计算日间照料覆盖比例`, `${count} unit(s) lack data (e.g. ${en}); cannot compute day-care coverage`, fields);
  }

  it('urban communities only: three units of unknown committee type (not in the registry) → missing_data, committeeType only', () => {
    // 533124102310/305/320 are not in Longchuan's registry and give no committeeType, so whether they are urban is
    // unknown; each has the flag, so only the class is missing. 老街子社区 533124101001 (urban, covered) is fine.
    // Input order 310, 305, 320: the example is the smallest code, 533124102305, neither the first nor the last.
    const units = [
      unit('533124102310', { hasDayCareCoverage: true }),
      unit('533124102305', { hasDayCareCoverage: true }),
      unit('533124102320', { hasDayCareCoverage: true }),
      unit('533124101001', { hasDayCareCoverage: true }),
    ];
    const rs = checkRule(RULE, snap('2025-12-31', { units }), { dayCareCommunities: 'urban' });
    expect(rs).toEqual([dayCareMissing(3, '533124102305', ['units[].committeeType'])]);
  });

  it('classifyBy nbs_code: the field named is urbanRuralCode', () => {
    // Same three unclassified units (no urbanRuralCode); 533124101001 is urban by its code 111.
    const units = [
      unit('533124102310', { hasDayCareCoverage: false }),
      unit('533124102305', { hasDayCareCoverage: false }),
      unit('533124102320', { hasDayCareCoverage: false }),
      unit('533124101001', { urbanRuralCode: '111', hasDayCareCoverage: true }),
    ];
    const rs = checkRule(RULE, snap('2025-12-31', { units }), { dayCareCommunities: 'urban', classifyBy: 'nbs_code' });
    expect(rs).toEqual([dayCareMissing(3, '533124102305', ['units[].urbanRuralCode'])]);
  });

  it('all communities: three units without the flag → missing_data, hasDayCareCoverage only, smallest code named', () => {
    // The fourth unit (533124102330) is covered; 310, 305, 320 lack the flag: 3 units, e.g. 533124102305.
    const units = [unit('533124102310'), unit('533124102305'), unit('533124102320'), unit('533124102330', { hasDayCareCoverage: true })];
    const rs = checkRule(RULE, snap('2025-12-31', { units }));
    expect(rs).toEqual([dayCareMissing(3, '533124102305', ['units[].hasDayCareCoverage'])]);
  });

  it('one unit of unknown class and two urban units without the flag: 1 + 2 = 3 units, both fields, smallest code overall', () => {
    // Under 'urban': 533124102340 is unclassified (noClass 1); 新城社区 533124101002 and 老街子社区 533124101001 are
    // urban (registry) and lack the flag (noFlag 2). The smallest code is 533124101001, the last one given.
    const units = [unit('533124102340', { hasDayCareCoverage: true }), unit('533124101002'), unit('533124101001')];
    const rs = checkRule(RULE, snap('2025-12-31', { units }), { dayCareCommunities: 'urban' });
    expect(rs).toEqual([dayCareMissing(3, '533124101001', ['units[].committeeType', 'units[].hasDayCareCoverage'], '章凤镇老街子社区')]);
  });

  it('two units of unknown class and one without the flag: 2 + 1 = 3; the smallest code is the flagless one, given second', () => {
    // Under 'urban': 533124102350 and 533124101990 are not in the registry (noClass 2); 新城社区 533124101002 is
    // urban and lacks the flag (noFlag 1). 533124101002 < 533124101990 < 533124102350: the example is the one given second.
    const units = [unit('533124102350', { hasDayCareCoverage: true }), unit('533124101002'), unit('533124101990', { hasDayCareCoverage: true })];
    const rs = checkRule(RULE, snap('2025-12-31', { units }), { dayCareCommunities: 'urban' });
    expect(rs).toEqual([dayCareMissing(3, '533124101002', ['units[].committeeType', 'units[].hasDayCareCoverage'], '章凤镇新城社区')]);
  });

  it('urban only: rural units are skipped, not missing; 9 of 10 urban covered = 90% passes (boundary)', () => {
    // Ten units 533124102400..409 declared resident committees, the first nine covered; ten village committees with
    // no flag at all are outside the filter: 9/10 × 100 = 90%, exactly the target.
    const urban = Array.from({ length: 10 }, (_, i) => unit(`533124102${400 + i}`, { committeeType: 'resident_committee', hasDayCareCoverage: i < 9 }));
    const rural = Array.from({ length: 10 }, (_, i) => unit(`533124102${500 + i}`, { committeeType: 'village_committee' }));
    const rs = checkRule(RULE, snap('2025-12-31', { units: [...rural, ...urban] }), { dayCareCommunities: 'urban' });
    expect(rs).toEqual([measured(whole(RULE, 'P3.2', '533124', 'pass', '90%', '≥90%', '有日间照料中心设施覆盖的社区 9/10 = 90%，达到90%', 'communities covered by day care 9/10 = 90%, meets 90%'), '90', '90', 'percent')]);
  });
});

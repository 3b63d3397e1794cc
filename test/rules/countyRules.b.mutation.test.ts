/**
 * Mutation tests for the second half of src/rules/countyRules.ts: P3.16 village plans, P4.2 relocation sites and the
 * B1 一肩挑 trend. Whole results are asserted (status, actual, expected, both messages, missing, subject), each worked
 * out by hand from the plan and the message wording of the rules; every result is computed inside its `it`.
 */
import { describe, expect, it } from 'vitest';
import { checkRule } from '../../src/rules/checkRules';
import type { RuleOptions } from '../../src/rules/RuleOptions';
import { VILLAGE_UNITS } from '../../src/units/units.generated';
import { snap, unit } from './_helpers';
import { lead, severityOf } from './_results';

// ---------------------------------------------------------------------------------------------------------------
// [P3.16] 到2025年，完成全县68个行政村村庄规划编制
// ---------------------------------------------------------------------------------------------------------------

describe('[P3.16] village plans: whole results', () => {
  const P316 = 'p3-16-village-plans';
  const TITLE_ZH = '完成全县68个行政村村庄规划编制';
  const TITLE_EN = 'Village plans compiled for all 68 administrative villages';

  it('[P3.16] exactly 68 plans (以上 not needed: 完成68个) → pass, whole message', () => {
    const [r, ...rest] = checkRule(P316, snap('2025-12-31', { county: { villagePlansCompleted: 68 } }));
    expect(rest).toEqual([]);
    expect(r).toEqual({
      ruleId: P316,
      clause: 'P3.16',
      subject: '533124',
      status: 'pass',
      severity: severityOf(P316),
      actual: '68',
      expected: '≥68',
      measure: { value: '68', threshold: '68', comparator: 'at_least', unit: 'count' }, // exactly the count required
      message: {
        zh: '[P3.16] 已完成68个行政村村庄规划编制，达到68个',
        en: '[P3.16] village plans compiled for 68 administrative villages, all 68',
      },
      gap: null,
      missing: [],
    });
  });

  it('[P3.16] 67 plans on the due date 2025-12-31 → fail, whole message', () => {
    const [r] = checkRule(P316, snap('2025-12-31', { county: { villagePlansCompleted: 67 } }));
    expect(r).toMatchObject({
      status: 'fail',
      actual: '67',
      expected: '≥68',
      measure: { value: '67', threshold: '68', comparator: 'at_least', unit: 'count' },
      message: {
        zh: '[P3.16] 已完成67个行政村村庄规划编制，少于68个，还差1个村（社区）（期限 2025-12-31 已到）',
        en: '[P3.16] village plans compiled for 67 administrative villages, fewer than 68, 1 more village-level unit needed (due 2025-12-31, now due)',
      },
      // 68 − 67 = 1 village.
      gap: { value: '1', unit: 'units' },
      missing: [],
    });
  });

  it('[P3.16] counted from the units: all 68 村民委员会 done → pass with the same message', () => {
    const villages = VILLAGE_UNITS.filter((v) => v.kind === 'village_committee');
    const [r] = checkRule(P316, snap('2025-12-31', { units: villages.map((v) => unit(v.code, { villagePlanCompleted: true })) }));
    expect(r?.status).toBe('pass');
    expect(r?.message.en).toBe('[P3.16] village plans compiled for 68 administrative villages, all 68');
  });

  it('[P3.16] one 村民委员会 not listed and no county count → missing_data naming county.villagePlansCompleted', () => {
    const villages = VILLAGE_UNITS.filter((v) => v.kind === 'village_committee');
    const listed = villages.slice(1).map((v) => unit(v.code, { villagePlanCompleted: true }));
    const [r, ...rest] = checkRule(P316, snap('2025-12-31', { units: listed }));
    expect(rest).toEqual([]);
    expect(r).toEqual({
      ruleId: P316,
      clause: 'P3.16',
      subject: '533124',
      status: 'missing_data',
      severity: severityOf(P316),
      actual: null,
      expected: '≥68',
      measure: null,
      message: {
        zh: `[P3.16] 陇川县（533124）：缺少数据 county.villagePlansCompleted，无法判断${TITLE_ZH}`,
        en: `[P3.16] 陇川县 (533124): missing county.villagePlansCompleted; cannot judge: ${TITLE_EN}`,
      },
      gap: null,
      missing: ['county.villagePlansCompleted'],
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// [P4.2] 到2025年基本实现易地扶贫搬迁安置点综合服务设施全覆盖
// ---------------------------------------------------------------------------------------------------------------

describe('[P4.2] relocation sites: whole results', () => {
  const P42 = 'p4-2-relocation-site-facilities';
  const WHAT_ZH = '有综合服务设施的安置点';
  const WHAT_EN = 'relocation sites with a comprehensive service facility';
  /** n sites S1…Sn, the first `withFacility` of them with a facility, the rest without. */
  const sites = (n: number, withFacility: number) => Array.from({ length: n }, (_, i) => ({ id: `S${i + 1}`, hasServiceFacility: i < withFacility }));
  /** n sites S1…Sn with no hasServiceFacility flag. */
  const unflagged = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `S${i + 1}` }));
  const run = (relocationSites: unknown[], options?: RuleOptions) => checkRule(P42, snap('2025-12-31', { records: { relocationSites } }), options);

  it('[P4.2] 5 sites without the flag → missing_data listing all five, no 等 / … (boundary: more than 5 is abridged)', () => {
    const rs = run(unflagged(5));
    expect(rs).toEqual([
      {
        ruleId: P42,
        clause: 'P4.2',
        subject: '533124',
        status: 'missing_data',
        severity: severityOf(P42),
        actual: null,
        expected: '100%',
        measure: null,
        message: {
          zh: '[P4.2] 安置点缺少 hasServiceFacility（S1、S2、S3、S4、S5）',
          en: '[P4.2] relocation sites lack hasServiceFacility (S1, S2, S3, S4, S5)',
        },
        gap: null,
        missing: ['records.relocationSites[].hasServiceFacility'],
      },
    ]);
  });

  it('[P4.2] 6 sites without the flag → the first five, then 等 / ", …"', () => {
    const [r] = run(unflagged(6));
    expect(r?.message).toEqual({
      zh: '[P4.2] 安置点缺少 hasServiceFacility（S1、S2、S3、S4、S5等）',
      en: '[P4.2] relocation sites lack hasServiceFacility (S1, S2, S3, S4, S5, …)',
    });
    expect(r?.missing).toEqual(['records.relocationSites[].hasServiceFacility']);
  });

  it('[P4.2] one unflagged site among flagged ones → missing_data naming only it', () => {
    const [r] = run([{ id: 'A', hasServiceFacility: true }, { id: 'B' }, { id: 'C', hasServiceFacility: false }]);
    expect(r).toMatchObject({
      status: 'missing_data',
      actual: null,
      message: { zh: '[P4.2] 安置点缺少 hasServiceFacility（B）', en: '[P4.2] relocation sites lack hasServiceFacility (B)' },
    });
  });

  it('[P4.2] 10 of 10 sites = 100% → pass with no 缺设施 tail', () => {
    // 10 × 100 / 10 = 100%; the 100% floor is shown as '100%'.
    expect(run(sites(10, 10))).toEqual([
      {
        ruleId: P42,
        clause: 'P4.2',
        subject: '533124',
        status: 'pass',
        severity: severityOf(P42),
        actual: '100%',
        expected: '100%',
        measure: { value: '100', threshold: '100', comparator: 'at_least', unit: 'percent' }, // 10 × 100 ÷ 10, exactly the floor
        message: {
          zh: `[P4.2] ${WHAT_ZH} 10/10 = 100%，达到100%`,
          en: `[P4.2] ${WHAT_EN} 10/10 = 100%, meets 100%`,
        },
        gap: null,
        missing: [],
      },
    ]);
  });

  it('[P4.2] no sites → not_applicable (denominator 0) with no tail', () => {
    expect(run([])).toEqual([
      {
        ruleId: P42,
        clause: 'P4.2',
        subject: '533124',
        status: 'not_applicable',
        severity: severityOf(P42),
        actual: null,
        expected: null,
        measure: null,
        message: {
          zh: `[P4.2] 陇川县（533124）：不适用，${WHAT_ZH}的分母为0`,
          en: `[P4.2] 陇川县 (533124): not applicable, the denominator of ${WHAT_EN} is 0`,
        },
        gap: null,
        missing: [],
      },
    ]);
  });

  it('[P4.2] 5 of 10 sites lack a facility → fail, all five named, no 等 / …', () => {
    // 5 × 100 / 10 = 50%; lacking S6…S10.
    const [r] = run(sites(10, 5));
    // 100% of 10 sites = 10: 5 more sites with a facility.
    expect(r).toMatchObject({ status: 'fail', actual: '50%', expected: '100%', gap: { value: '5', unit: 'count' } });
    expect(r?.message).toEqual({
      zh: `[P4.2] ${WHAT_ZH} 5/10 = 50%，未达到100%，还差5个（期限 2025-12-31 已到）；缺设施：S6、S7、S8、S9、S10`,
      en: `[P4.2] ${WHAT_EN} 5/10 = 50%, below 100%, 5 more needed (due 2025-12-31, now due); without a facility: S6, S7, S8, S9, S10`,
    });
  });

  it('[P4.2] 6 of 10 sites lack a facility → the first five named, then 等 / ", …"', () => {
    // 4 × 100 / 10 = 40%; lacking S5…S10 (six).
    const [r] = run(sites(10, 4));
    // 10 − 4 = 6 more sites with a facility.
    expect(r).toMatchObject({ status: 'fail', actual: '40%', gap: { value: '6', unit: 'count' } });
    expect(r?.message).toEqual({
      zh: `[P4.2] ${WHAT_ZH} 4/10 = 40%，未达到100%，还差6个（期限 2025-12-31 已到）；缺设施：S5、S6、S7、S8、S9等`,
      en: `[P4.2] ${WHAT_EN} 4/10 = 40%, below 100%, 6 more needed (due 2025-12-31, now due); without a facility: S5, S6, S7, S8, S9, …`,
    });
  });

  it('[P4.2] a pass under relocationThreshold "90" still names the site without a facility', () => {
    // 9 × 100 / 10 = 90% ≥ 90%; S10 lacks one.
    const [r] = run(sites(10, 9), { relocationThreshold: '90' });
    expect(r).toMatchObject({ status: 'pass', actual: '90%', expected: '≥90%' });
    expect(r?.message).toEqual({
      zh: `[P4.2] ${WHAT_ZH} 9/10 = 90%，达到90%；缺设施：S10`,
      en: `[P4.2] ${WHAT_EN} 9/10 = 90%, meets 90%; without a facility: S10`,
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// [B1] 村（社区）党组织书记和主任“一肩挑”比例逐步提高
// ---------------------------------------------------------------------------------------------------------------

describe("[B1] one-shoulder trend, option oneShoulderTrend 'rising' (year on year): whole results", () => {
  const B1 = 'b1-one-shoulder-trend';
  const TITLE_ZH = '“一肩挑”比例逐步提高';
  const TITLE_EN = 'The share of secretaries who also chair the committee rises gradually';
  type Year = { year: number; secretaries: number; concurrent: number };
  const run = (oneShoulder: Year[] | undefined, options: RuleOptions = { oneShoulderTrend: 'rising' }) =>
    checkRule(B1, snap('2025-12-31', oneShoulder === undefined ? {} : { county: { oneShoulder } }), options);
  const missing = (subject: string) => ({
    ruleId: B1,
    clause: 'B1',
    subject,
    status: 'missing_data',
    severity: severityOf(B1),
    actual: null,
    expected: null,
    measure: null,
    message: {
      zh: `[B1] ${lead(subject).zh}：缺少数据 county.oneShoulder，无法判断${TITLE_ZH}`,
      en: `[B1] ${lead(subject).en}: missing county.oneShoulder; cannot judge: ${TITLE_EN}`,
    },
    gap: null,
    missing: ['county.oneShoulder'],
  });

  it('[B1] no series, or an empty one → one missing_data result for the county', () => {
    expect(run(undefined)).toEqual([missing('533124')]);
    expect(run([])).toEqual([missing('533124')]);
  });

  it('[B1] a single year → missing_data for "<county>:<year>" (no year before it to compare)', () => {
    expect(run([{ year: 2023, secretaries: 77, concurrent: 70 }])).toEqual([missing('533124:2023')]);
  });

  it('[B1] 0 secretaries this year → not_applicable for that year', () => {
    expect(
      run([
        { year: 2022, secretaries: 77, concurrent: 60 },
        { year: 2023, secretaries: 0, concurrent: 0 },
      ]),
    ).toEqual([
      {
        ruleId: B1,
        clause: 'B1',
        subject: '533124:2023',
        status: 'not_applicable',
        severity: severityOf(B1),
        actual: null,
        expected: null,
        measure: null,
        message: { zh: '[B1] 陇川县（533124）2023年：不适用，书记总数为0', en: '[B1] 陇川县 (533124) 2023: not applicable, there are no secretaries' },
        gap: null,
        missing: [],
      },
    ]);
  });

  it('[B1] 0 secretaries the year before → not_applicable for this year', () => {
    const rs = run([
      { year: 2022, secretaries: 0, concurrent: 0 },
      { year: 2023, secretaries: 77, concurrent: 60 },
    ]);
    expect(rs.map((r) => [r.subject, r.status, r.actual, r.expected, r.message.zh, r.message.en])).toEqual([
      ['533124:2023', 'not_applicable', null, null, '[B1] 陇川县（533124）2023年：不适用，书记总数为0', '[B1] 陇川县 (533124) 2023: not applicable, there are no secretaries'],
    ]);
  });

  it('[B1] rising, flat, reaching and keeping 100%: whole messages', () => {
    // 60/77 = 77.922…% → 77.92%; 65/77 = 84.415…% → 84.42%; 77/77 = 100%.
    const rs = run([
      { year: 2021, secretaries: 77, concurrent: 60 },
      { year: 2022, secretaries: 77, concurrent: 65 },
      { year: 2023, secretaries: 77, concurrent: 65 },
      { year: 2024, secretaries: 77, concurrent: 77 },
      { year: 2025, secretaries: 77, concurrent: 77 },
    ]);
    expect(rs.map((r) => [r.subject, r.status, r.actual, r.expected, r.message.zh, r.message.en, r.missing])).toEqual([
      [
        '533124:2022', 'pass', '84.42%', '>77.92%',
        '[B1] 2022年“一肩挑”比例 65/77 = 84.42%，2021年为 60/77 = 77.92%，高于2021年（趋势监测，本库读法，仅作提示）',
        "[B1] one-shoulder share 2022: 65/77 = 84.42%; 2021: 60/77 = 77.92%, above 2021 (trend monitoring, this library's reading; informational)",
        [],
      ],
      [
        '533124:2023', 'fail', '84.42%', '>84.42%',
        // Above 65/77 of 77 secretaries needs 66: 1 more.
        '[B1] 2023年“一肩挑”比例 65/77 = 84.42%，2022年为 65/77 = 84.42%，未高于2022年，还差1人（趋势监测，本库读法，仅作提示）',
        "[B1] one-shoulder share 2023: 65/77 = 84.42%; 2022: 65/77 = 84.42%, not above 2022, 1 more person needed (trend monitoring, this library's reading; informational)",
        [],
      ],
      [
        '533124:2024', 'pass', '100%', '>84.42%',
        '[B1] 2024年“一肩挑”比例 77/77 = 100%，2023年为 65/77 = 84.42%，高于2023年（趋势监测，本库读法，仅作提示）',
        "[B1] one-shoulder share 2024: 77/77 = 100%; 2023: 65/77 = 84.42%, above 2023 (trend monitoring, this library's reading; informational)",
        [],
      ],
      [
        '533124:2025', 'pass', '100%', '≥100%',
        '[B1] 2025年“一肩挑”比例 77/77 = 100%，2024年为 77/77 = 100%，保持100%（趋势监测，本库读法，仅作提示）',
        "[B1] one-shoulder share 2025: 77/77 = 100%; 2024: 77/77 = 100%, still 100% (trend monitoring, this library's reading; informational)",
        [],
      ],
    ]);
  });

  it('[B1] falling from 100% fails (only a share kept at 100% passes without rising)', () => {
    // 70/77 = 90.909…% → 90.91%; the year before 77/77 = 100%, so this year is not "full".
    expect(
      run([
        { year: 2022, secretaries: 77, concurrent: 77 },
        { year: 2023, secretaries: 77, concurrent: 70 },
      ]),
    ).toEqual([
      {
        ruleId: B1,
        clause: 'B1',
        subject: '533124:2023',
        status: 'fail',
        severity: severityOf(B1),
        actual: '90.91%',
        expected: '>100%',
        // 7000 ÷ 77 = 90.9090…% exactly to 40 significant digits, against above 7700 ÷ 77 = 100%.
        measure: { value: '90.90909090909090909090909090909090909091', threshold: '100', comparator: 'above', unit: 'percent' },
        // Only 100% passes after a 100% year: 77 − 70 = 7 more.
        message: {
          zh: '[B1] 2023年“一肩挑”比例 70/77 = 90.91%，2022年为 77/77 = 100%，低于2022年，还差7人（趋势监测，本库读法，仅作提示）',
          en: "[B1] one-shoulder share 2023: 70/77 = 90.91%; 2022: 77/77 = 100%, below 2022, 7 more people needed (trend monitoring, this library's reading; informational)",
        },
        gap: { value: '7', unit: 'persons' },
        missing: [],
      },
    ]);
  });

  it('[B1] non_decreasing: a falling share still fails, a flat one passes (expected "≥")', () => {
    // 60/77 → 77.92%; 59/77 = 76.623…% → 76.62%.
    const rs = run(
      [
        { year: 2021, secretaries: 77, concurrent: 60 },
        { year: 2022, secretaries: 77, concurrent: 59 },
        { year: 2023, secretaries: 77, concurrent: 59 },
      ],
      { oneShoulderTrend: 'non_decreasing' },
    );
    expect(rs.map((r) => [r.subject, r.status, r.actual, r.expected])).toEqual([
      ['533124:2022', 'fail', '76.62%', '≥77.92%'],
      ['533124:2023', 'pass', '76.62%', '≥76.62%'],
    ]);
    // Not below 60/77 of 77 needs 60: 1 more.
    expect(rs[0]?.message).toEqual({
      zh: '[B1] 2022年“一肩挑”比例 59/77 = 76.62%，2021年为 60/77 = 77.92%，低于2021年，还差1人（趋势监测，本库读法，仅作提示）',
      en: "[B1] one-shoulder share 2022: 59/77 = 76.62%; 2021: 60/77 = 77.92%, below 2021, 1 more person needed (trend monitoring, this library's reading; informational)",
    });
    expect(rs.map((r) => r.gap)).toEqual([{ value: '1', unit: 'persons' }, null]);
  });

  it('[B1] a gap year: the year after it is missing_data naming the year before; no result past the last year', () => {
    const rs = run([
      { year: 2021, secretaries: 77, concurrent: 60 },
      { year: 2023, secretaries: 77, concurrent: 70 },
    ]);
    expect(rs).toEqual([
      {
        ruleId: B1,
        clause: 'B1',
        subject: '533124:2023',
        status: 'missing_data',
        severity: severityOf(B1),
        actual: null,
        expected: null,
        measure: null,
        message: {
          zh: `[B1] 陇川县（533124）2023年：缺少数据 county.oneShoulder[year=2022]，无法判断${TITLE_ZH}`,
          en: `[B1] 陇川县 (533124) 2023: missing county.oneShoulder[year=2022]; cannot judge: ${TITLE_EN}`,
        },
        gap: null,
        missing: ['county.oneShoulder[year=2022]'],
      },
    ]);
  });
});

describe("[B1] one-shoulder trend, default oneShoulderTrend 'since_2020': each year from 2021 against 2020, informational", () => {
  const B1 = 'b1-one-shoulder-trend';
  type Year = { year: number; secretaries: number; concurrent: number };
  const run = (oneShoulder: Year[]) => checkRule(B1, snap('2025-12-31', { county: { oneShoulder } }));
  const NOTE_ZH = '（趋势监测，本库读法，仅作提示）';
  const NOTE_EN = " (trend monitoring, this library's reading; informational)";

  it('[B1] 2020 60/77, 2021 59/77, 2022 61/77, 2023 60/77: each year against 2020, not the year before', () => {
    // 60/77 = 77.922…% → 77.92%; 59/77 = 76.623…% → 76.62%; 61/77 = 79.220…% → 79.22%.
    // 2022 passes (79.22% > 77.92%); 2023 is level with 2020 (60/77), so it is not above it, although below 2022.
    // Above 60/77 of 77 needs ⌊60·77/77⌋ + 1 = 61: 2021 lacks 2, 2023 lacks 1.
    const rs = run([
      { year: 2020, secretaries: 77, concurrent: 60 },
      { year: 2021, secretaries: 77, concurrent: 59 },
      { year: 2022, secretaries: 77, concurrent: 61 },
      { year: 2023, secretaries: 77, concurrent: 60 },
    ]);
    expect(rs.map((r) => [r.subject, r.status, r.severity, r.actual, r.expected, r.message.zh, r.message.en, r.gap])).toEqual([
      [
        '533124:2021', 'fail', 'informational', '76.62%', '>77.92%',
        `[B1] 2021年“一肩挑”比例 59/77 = 76.62%，2020年（“十三五”末）为 60/77 = 77.92%，低于2020年，还差2人${NOTE_ZH}`,
        `[B1] one-shoulder share 2021: 59/77 = 76.62%; 2020 (end of the 13th Five-Year period): 60/77 = 77.92%, below 2020, 2 more people needed${NOTE_EN}`,
        { value: '2', unit: 'persons' },
      ],
      [
        '533124:2022', 'pass', 'informational', '79.22%', '>77.92%',
        `[B1] 2022年“一肩挑”比例 61/77 = 79.22%，2020年（“十三五”末）为 60/77 = 77.92%，高于2020年${NOTE_ZH}`,
        `[B1] one-shoulder share 2022: 61/77 = 79.22%; 2020 (end of the 13th Five-Year period): 60/77 = 77.92%, above 2020${NOTE_EN}`,
        null,
      ],
      [
        '533124:2023', 'fail', 'informational', '77.92%', '>77.92%',
        `[B1] 2023年“一肩挑”比例 60/77 = 77.92%，2020年（“十三五”末）为 60/77 = 77.92%，未高于2020年，还差1人${NOTE_ZH}`,
        `[B1] one-shoulder share 2023: 60/77 = 77.92%; 2020 (end of the 13th Five-Year period): 60/77 = 77.92%, not above 2020, 1 more person needed${NOTE_EN}`,
        { value: '1', unit: 'persons' },
      ],
    ]);
  });

  it('[B1] 2020 at 100% and 2024 at 100% → pass, 保持100%; years before 2020 are not judged', () => {
    const rs = run([
      { year: 2019, secretaries: 77, concurrent: 50 },
      { year: 2020, secretaries: 77, concurrent: 77 },
      { year: 2024, secretaries: 76, concurrent: 76 },
    ]);
    expect(rs.map((r) => [r.subject, r.status, r.expected, r.message.zh])).toEqual([
      ['533124:2024', 'pass', '≥100%', `[B1] 2024年“一肩挑”比例 76/76 = 100%，2020年（“十三五”末）为 77/77 = 100%，保持100%${NOTE_ZH}`],
    ]);
  });

  it('[B1] no 2020 figure → each later year is missing_data naming county.oneShoulder[year=2020]; only 2020 or earlier → missing county.oneShoulder', () => {
    const rs = run([
      { year: 2022, secretaries: 77, concurrent: 60 },
      { year: 2023, secretaries: 77, concurrent: 70 },
    ]);
    expect(rs.map((r) => [r.subject, r.status, r.missing, r.message.zh])).toEqual([
      ['533124:2022', 'missing_data', ['county.oneShoulder[year=2020]'], '[B1] 陇川县（533124）2022年：缺少数据 county.oneShoulder[year=2020]，无法判断“一肩挑”比例逐步提高'],
      ['533124:2023', 'missing_data', ['county.oneShoulder[year=2020]'], '[B1] 陇川县（533124）2023年：缺少数据 county.oneShoulder[year=2020]，无法判断“一肩挑”比例逐步提高'],
    ]);
    expect(run([{ year: 2020, secretaries: 77, concurrent: 60 }]).map((r) => [r.subject, r.status, r.missing, r.message.en])).toEqual([
      ['533124', 'missing_data', ['county.oneShoulder'], '[B1] 陇川县 (533124): missing county.oneShoulder; cannot judge: The share of secretaries who also chair the committee rises gradually'],
    ]);
  });
});

/**
 * `checkConformance`: the exact messages (conforming and strict, failing with every kind of failure, unreadable) and
 * the limit of LISTED_FAILURES (50) lines, at and either side of it. Expected values worked out by hand from the plan
 * (专栏3 item 12 一村（社区）一法律顾问 → at least 1; 专栏3 item 6.3 1.8‰), the rule catalogue and the TSDoc.
 * Every result is computed inside its `it`.
 */
import { describe, expect, it } from 'vitest';
import { getRule } from '../../src/rules/RULES';
import { checkConformance, LISTED_FAILURES } from '../../src/testing/index';

const V1 = '533124101201'; // 章凤村
const V2 = '533124101202'; // 芒弄村
const C1 = '533124101001'; // 老街子社区
const unit = (code: string, extra: Record<string, unknown> = {}) => ({ code, townshipCode: code.slice(0, 9), ...extra });
// The rule over the units given (scope 'units'): a fixture of a few units, not the county's 77.
const ADVISER = { rules: ['p3-12-legal-adviser'] as const, scope: 'units' };
const adviser = getRule('p3-12-legal-adviser');

/** `n` units that are rejected for a negative household count (one `negative` issue each), codes 533124101300… */
const rejectedUnits = (n: number) => Array.from({ length: n }, (_, i) => unit(`533124101${String(300 + i)}`, { legalAdvisers: 1, households: -1 }));
const rejectedLine = (i: number) => `  ✖ input units[${i}].households: 不能为负数，实际为-1 / must not be negative, got -1`;

/** An unreadable snapshot (no real date) with `1 + n` problems: the date, then one negative figure per 一肩挑 year. */
const unreadable = (n: number) => ({
  asOf: '2025-02-30',
  units: [],
  county: { oneShoulder: Array.from({ length: n }, (_, i) => ({ year: 2000 + i, secretaries: 1, concurrent: -1 })) },
});
const DATE_LINE = '  ✖ input asOf: 应为真实存在的日期 YYYY-MM-DD，实际为"2025-02-30" / expected a real calendar date YYYY-MM-DD, got "2025-02-30"';
const shoulderLine = (i: number) => `  ✖ input county.oneShoulder[${i}].concurrent: 不能为负数，实际为-1 / must not be negative, got -1`;

describe('checkConformance: conforming messages', () => {
  it('strict and conforming: the message says that nothing lacks data or rejects input either', () => {
    const r = checkConformance({ asOf: '2025-12-31', units: [unit(V1, { legalAdvisers: 1 }), unit(V2, { legalAdvisers: 2 })] }, { ...ADVISER, strict: true });
    expect([r.conforms, r.failures, r.issues]).toEqual([true, [], []]);
    expect(r.message).toBe(
      '填报数据符合规划（2025-12-31）：2 项规则结果中没有刚性要求未达标，也没有提示、缺数据或未通过校验的数据 / ' +
        'the snapshot conforms to the plan (as of 2025-12-31): no binding requirement fails among 2 rule results, and none is advisory, lacks data or rejects input',
    );
  });

  it('not strict: the same data conforms with the shorter message', () => {
    const r = checkConformance({ asOf: '2025-12-31', units: [unit(V1, { legalAdvisers: 1 }), unit(V2, { legalAdvisers: 2 })] }, ADVISER);
    expect(r.message).toBe('填报数据符合规划（2025-12-31）：2 项规则结果中没有刚性要求未达标 / the snapshot conforms to the plan (as of 2025-12-31): no binding requirement fails among 2 rule results');
  });
});

describe('checkConformance: failing messages', () => {
  it('strict: one fail, one missing, one rejected unit → counted apart in both languages; input first, then results in order', () => {
    // 章凤村 0 advisers (fail, <1), 芒弄村 no figure (missing_data), 老街子社区 rejected (households −3).
    const input = { asOf: '2025-12-31', units: [unit(V1, { legalAdvisers: 0 }), unit(V2), unit(C1, { legalAdvisers: 1, households: -3 })] };
    const r = checkConformance(input, { ...ADVISER, strict: true });
    expect(r.conforms).toBe(false);
    expect(r.failures.map((f) => [f.subject, f.status])).toEqual([
      [V1, 'fail'],
      [V2, 'missing_data'],
    ]);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['negative', ['units', 2, 'households']]]);
    expect(r.message.split('\n')).toEqual([
      '填报数据不符合规划（2025-12-31）：1 项刚性要求未达标，0 项提示，1 项缺数据，1 处输入问题 / the snapshot does not conform to the plan (as of 2025-12-31): 1 binding failure(s), 0 advisory result(s), 1 with missing data, 1 input problem(s)',
      '  ✖ input units[2].households: 不能为负数，实际为-3 / must not be negative, got -3',
      `  ✖ [P3.12] p3-12-legal-adviser · ${V1} · 未达标 fail · actual 0 · expected ≥1`,
      `      章凤镇章凤村（${V1}）：法律顾问0名，少于1名，还差1人`,
      `      章凤镇章凤村 (${V1}): 0 legal adviser(s), fewer than 1, 1 more person needed`,
      `  ✖ [P3.12] p3-12-legal-adviser · ${V2} · 缺数据 missing data · missing legalAdvisers · expected ≥1`,
      `      章凤镇芒弄村（${V2}）：缺少数据 legalAdvisers，无法判断${adviser.titleZh}`,
      `      章凤镇芒弄村 (${V2}): missing legalAdvisers; cannot judge: ${adviser.titleEn}`,
    ]);
  });

  it('strict: two fails and one missing → "2 项刚性要求未达标，0 项提示，1 项缺数据" (missing = failures − fails)', () => {
    const input = { asOf: '2025-12-31', units: [unit(V1, { legalAdvisers: 0 }), unit(V2, { legalAdvisers: 0 }), unit(C1)] };
    const r = checkConformance(input, { ...ADVISER, strict: true });
    expect(r.message.split('\n')[0]).toBe(
      '填报数据不符合规划（2025-12-31）：2 项刚性要求未达标，0 项提示，1 项缺数据，0 处输入问题 / the snapshot does not conform to the plan (as of 2025-12-31): 2 binding failure(s), 0 advisory result(s), 1 with missing data, 0 input problem(s)',
    );
  });

  it('[P6.3] a result missing two fields lists both, comma-separated; [T12] one with no expected value shows a dash', () => {
    // 专栏3 6.3: social work professionals 1.8‰ of the county population; with neither figure both are missing.
    // T12: the urban worker income is compared with last year's wage, which comes with the income records: with
    // no records there is no expected value either.
    // The county's data with none of its 77 registered units: strict, the incomplete coverage is a third ✖ line,
    // naming the first ten absent codes in ascending order (章凤镇's 2 社区 and 7 村, then 陇把镇's 社区).
    const r = checkConformance({ asOf: '2025-12-31', units: [] }, { rules: ['p6-3-social-work-talent', 't12-urban-worker-income'], strict: true });
    const heads = r.message.split('\n').filter((l) => l.startsWith('  ✖'));
    // In the evaluation's order, whichever rule comes first; the coverage line last.
    expect(heads).toHaveLength(3);
    expect(heads[2]).toBe(
      '  ✖ 数据不完整：登记在册的77个村（社区）中有77个未报送，相关汇总数据按缺数据处理 / incomplete data: 77 of 77 registered village-level units are absent ' +
        '(533124101001, 533124101002, 533124101201, 533124101202, 533124101203, 533124101204, 533124101205, 533124101206, 533124101207, 533124102001 …); ' +
        'the figures that add them up are missing data',
    );
    expect(heads).toContain('  ✖ [T12] t12-urban-worker-income · 533124 · 缺数据 missing data · missing records.communityWorkerIncome · expected —');
    expect(heads).toContain('  ✖ [P6.3] p6-3-social-work-talent · 533124 · 缺数据 missing data · missing county.socialWorkProfessionals, county.residentPopulation · expected ≥1.8‰');
  });

  it('strict: 60 rejected units and 2 fails → the 60 problems fill the 50 lines; "… and 12 more" (10 problems, 2 fails)', () => {
    const units = [...rejectedUnits(60), unit(V1, { legalAdvisers: 0 }), unit(V2, { legalAdvisers: 0 })];
    const r = checkConformance({ asOf: '2025-12-31', units }, { ...ADVISER, strict: true });
    expect([r.issues.length, r.failures.length]).toEqual([60, 2]);
    expect(r.message.split('\n')).toEqual([
      '填报数据不符合规划（2025-12-31）：2 项刚性要求未达标，0 项提示，0 项缺数据，60 处输入问题 / the snapshot does not conform to the plan (as of 2025-12-31): 2 binding failure(s), 0 advisory result(s), 0 with missing data, 60 input problem(s)',
      ...Array.from({ length: LISTED_FAILURES }, (_, i) => rejectedLine(i)),
      '  … 另有 12 项（见 error.failures、error.issues） / … and 12 more (see error.failures, error.issues)',
    ]);
  });

  it('strict: 49 problems and 1 fail make exactly 50 → all listed, no "more" line', () => {
    const units = [...rejectedUnits(49), unit(V1, { legalAdvisers: 0 })];
    const lines = checkConformance({ asOf: '2025-12-31', units }, { ...ADVISER, strict: true }).message.split('\n');
    // 1 summary line + 49 problem lines + 3 lines for the fail.
    expect(lines).toHaveLength(1 + 49 + 3);
    expect(lines[49]).toBe(rejectedLine(48));
    expect(lines[50]).toBe(`  ✖ [P3.12] p3-12-legal-adviser · ${V1} · 未达标 fail · actual 0 · expected ≥1`);
    expect(lines.some((l) => l.includes('… and'))).toBe(false);
  });

  it('strict: 50 problems and 1 fail → the fail is the one more', () => {
    const units = [...rejectedUnits(50), unit(V1, { legalAdvisers: 0 })];
    const lines = checkConformance({ asOf: '2025-12-31', units }, { ...ADVISER, strict: true }).message.split('\n');
    expect(lines).toHaveLength(1 + 50 + 1);
    expect(lines[50]).toBe(rejectedLine(49));
    expect(lines[51]).toBe('  … 另有 1 项（见 error.failures、error.issues） / … and 1 more (see error.failures, error.issues)');
  });

  it('not strict: the same rejected units are left out; only the fails count', () => {
    const units = [...rejectedUnits(60), unit(V1, { legalAdvisers: 0 })];
    const r = checkConformance({ asOf: '2025-12-31', units }, ADVISER);
    expect(r.issues).toEqual([]);
    expect(r.message.split('\n')).toEqual([
      '填报数据不符合规划（2025-12-31）：1 项刚性要求未达标 / the snapshot does not conform to the plan (as of 2025-12-31): 1 binding failure(s)',
      `  ✖ [P3.12] p3-12-legal-adviser · ${V1} · 未达标 fail · actual 0 · expected ≥1`,
      `      章凤镇章凤村（${V1}）：法律顾问0名，少于1名，还差1人`,
      `      章凤镇章凤村 (${V1}): 0 legal adviser(s), fewer than 1, 1 more person needed`,
    ]);
  });
});

describe('checkConformance: a snapshot that cannot be evaluated', () => {
  it('one problem: the exact two-line message, no evaluation', () => {
    const r = checkConformance({ asOf: '2025-02-30', units: [] });
    expect([r.conforms, r.failures, r.evaluation]).toEqual([false, [], undefined]);
    expect(r.message).toBe(`填报数据无法评估：1 处问题 / the snapshot cannot be evaluated: 1 problem(s)\n${DATE_LINE}`);
  });

  it('50 problems (the date and 49 negative 一肩挑 counts): all listed, no "more" line', () => {
    const r = checkConformance(unreadable(49));
    expect(r.issues).toHaveLength(50);
    expect(r.message.split('\n')).toEqual([
      '填报数据无法评估：50 处问题 / the snapshot cannot be evaluated: 50 problem(s)',
      DATE_LINE,
      ...Array.from({ length: 49 }, (_, i) => shoulderLine(i)),
    ]);
  });

  it('51 problems: the first 50 listed, then "… and 1 more"', () => {
    const r = checkConformance(unreadable(50));
    expect(r.issues).toHaveLength(51);
    expect(r.message.split('\n')).toEqual([
      '填报数据无法评估：51 处问题 / the snapshot cannot be evaluated: 51 problem(s)',
      DATE_LINE,
      ...Array.from({ length: 49 }, (_, i) => shoulderLine(i)),
      '  … 另有 1 处 / … and 1 more',
    ]);
  });

  it('61 problems: "… and 11 more"', () => {
    const lines = checkConformance(unreadable(60)).message.split('\n');
    expect(lines).toHaveLength(1 + 50 + 1);
    expect(lines[51]).toBe('  … 另有 11 处 / … and 11 more');
  });
});

/**
 * Direct tests of src/rules/_lib/unitKit.ts: `flagRule` (a yes/no fact every covered unit must have) and `countRule`
 * (a count every covered unit must reach), through their prepared checks (`unitCheckFactory`) and `rule.check`.
 * Whole results are written out by hand from the message templates: pass, pending before the due date, fail from it
 * (with and without a due date), missing field, filtered out, unclassified, in both languages. Every field the
 * kit takes is readable by id (its types say so), so every rule's status is the tally's simple check.
 *
 * Status codes by hand: PASS 0, FAIL 1, PENDING 2, NOT_APPLICABLE 3, missing list i = 4 + 8i (list 1: 12, list 2: 20).
 * Every result is computed inside its `it`.
 */
import { describe, expect, it } from 'vitest';
import { fieldId } from '../../../src/rules/_lib/fields';
import { countRule, flagRule, type CountField, type FlagField } from '../../../src/rules/_lib/unitKit';
import { RURAL, simpleStatus, UNCLASSIFIED, unitCheckFactory, URBAN, type UnitCheck } from '../../../src/rules/_lib/unitCheck';
import { resolveRuleOptions, type RuleOptions } from '../../../src/rules/RuleOptions';
import type { RuleDefinition } from '../../../src/rules/types';
import type { CoreRule, UnitFilter } from '../../../src/rules/_lib/rule';
import type { Unit } from '../../../src/snapshot/unitSchema';
import { RURAL as RURAL_CODE, snap, unit, URBAN as URBAN_CODE } from '../_helpers';
import { measured, missingData, whole } from '../_results';

/** Outside Longchuan's registry (章凤镇, sequence 299): unclassified under the committee reading unless typed. */
const UNKNOWN_CODE = '533124101299';

let serial = 0;
/** A fresh rule ID (each ID can be defined once, module-wide). */
function freshId(): string {
  serial += 1;
  return `lib-unit-kit-${serial}-${Math.random().toString(36).slice(2)}`;
}

/** A unit-level definition: P3.4 wording, undated (impliedDue 2025-12-31) unless told. */
function def(extra: Record<string, unknown> = {}): RuleDefinition {
  return {
    id: freshId(),
    clause: 'P3.4',
    relatedClauses: [],
    quote: '实现村（社区）残疾人协会全覆盖',
    titleZh: '测试规则',
    titleEn: 'A test rule',
    scope: 'unit',
    appliesTo: 'all',
    impliedDue: '2025-12-31',
    severity: 'binding',
    cadence: 'target',
    ...extra,
  } as unknown as RuleDefinition;
}

/** A flag rule on hasDisabledPersonsAssociation with the words 已成立 / has one, 未成立 / has none. */
function flag(filter: UnitFilter = 'all', field: FlagField = 'hasDisabledPersonsAssociation', extra: Record<string, unknown> = {}): CoreRule {
  return flagRule({ def: def(extra), field, filter: () => filter, haveZh: '已成立', haveEn: 'has one', lackZh: '未成立', lackEn: 'has none' });
}

/** A count rule on auxiliaryPoliceOfficers, at least `value`, due 2025-12-31 unless told. */
function count(value: string, filter: UnitFilter = 'all', field: CountField = 'auxiliaryPoliceOfficers', extra: Record<string, unknown> = { due: '2025-12-31' }): CoreRule {
  const d = def({ clause: 'P3.11', threshold: { comparator: 'at_least', value, unit: 'count', printed: '一村一辅警' }, impliedDue: undefined, ...extra });
  return countRule({ def: d, field, filter: () => filter, nounZh: '辅警', nounEn: 'auxiliary police officer(s)', gapUnit: 'persons' });
}

/** The one result of `rule` for one unit (parsed through the real snapshot parser). */
function one(rule: CoreRule, asOf: string, code: string, fields: Record<string, unknown>, options?: RuleOptions) {
  const rs = rule.check(snap(asOf, { units: [unit(code, fields)] }), options);
  expect(rs).toHaveLength(1);
  return rs[0];
}

/** The prepared check of `rule` for a snapshot dated `asOf` and these options. */
function prepared(rule: CoreRule, asOf: string, options?: RuleOptions): UnitCheck {
  const factory = unitCheckFactory(rule.id);
  if (factory === undefined) throw new Error('not registered');
  return factory(snap(asOf), resolveRuleOptions(options));
}

/** A bare unit (not parsed, so it may carry a field the schema does not know). */
function bare(code: string, fields: Record<string, unknown> = {}): Unit {
  return { code, townshipCode: code.slice(0, 9), ...fields } as Unit;
}

describe('flagRule: results', () => {
  it('true passes', () => {
    const r = flag();
    expect(one(r, '2024-12-31', RURAL_CODE, { hasDisabledPersonsAssociation: true })).toEqual(
      whole(r.id, 'P3.4', RURAL_CODE, 'pass', 'true', 'true', `章凤镇章凤村（533124101201）：已成立`, `章凤镇章凤村 (533124101201): has one`),
    );
  });

  it('false before the due date is pending, with the due note', () => {
    // asOf 2024-12-31 < impliedDue 2025-12-31 (undatedTargets plan_end, the default).
    const r = flag();
    expect(one(r, '2024-12-31', URBAN_CODE, { hasDisabledPersonsAssociation: false })).toEqual(
      whole(r.id, 'P3.4', URBAN_CODE, 'pending', 'false', 'true', `章凤镇老街子社区（533124101001）：未成立（期限 2025-12-31，尚未到期）`, `章凤镇老街子社区 (533124101001): has none (due 2025-12-31, not yet due)`),
    );
  });

  it('false on the due date itself fails (now due)', () => {
    const r = flag();
    expect(one(r, '2025-12-31', URBAN_CODE, { hasDisabledPersonsAssociation: false })).toEqual(
      whole(r.id, 'P3.4', URBAN_CODE, 'fail', 'false', 'true', `章凤镇老街子社区（533124101001）：未成立（期限 2025-12-31 已到）`, `章凤镇老街子社区 (533124101001): has none (due 2025-12-31, now due)`),
    );
  });

  it('false with no due date (undatedTargets immediately) fails with no note', () => {
    const r = flag();
    expect(one(r, '2024-12-31', URBAN_CODE, { hasDisabledPersonsAssociation: false }, { undatedTargets: 'immediately' })).toEqual(
      whole(r.id, 'P3.4', URBAN_CODE, 'fail', 'false', 'true', `章凤镇老街子社区（533124101001）：未成立`, `章凤镇老街子社区 (533124101001): has none`),
    );
  });

  it('an explicit due date is used whatever undatedTargets says', () => {
    const r = flag('all', 'hasDisabledPersonsAssociation', { due: '2023-06-30', impliedDue: undefined });
    expect(one(r, '2023-06-29', URBAN_CODE, { hasDisabledPersonsAssociation: false }, { undatedTargets: 'immediately' })?.status).toBe('pending');
  });

  it('a missing fact names the field, expected true', () => {
    const r = flag();
    expect(one(r, '2024-12-31', RURAL_CODE, {})).toEqual(missingData(r.id, 'P3.4', RURAL_CODE, ['hasDisabledPersonsAssociation'], 'true', '测试规则', 'A test rule'));
  });

  it('urban only: a rural unit is not applicable (whatever its fact), an urban one judged', () => {
    const r = flag('urban');
    expect(one(r, '2024-12-31', RURAL_CODE, { hasDisabledPersonsAssociation: false })).toEqual(
      whole(r.id, 'P3.4', RURAL_CODE, 'not_applicable', null, null, `章凤镇章凤村（533124101201）：不适用，本条只适用于城市社区`, `章凤镇章凤村 (533124101201): not applicable, the rule applies to urban communities only`),
    );
    expect(one(r, '2024-12-31', URBAN_CODE, { hasDisabledPersonsAssociation: true })?.status).toBe('pass');
  });

  it('rural only: an urban unit is not applicable', () => {
    const r = flag('rural');
    expect(one(r, '2024-12-31', URBAN_CODE, { hasDisabledPersonsAssociation: true })).toEqual(
      whole(r.id, 'P3.4', URBAN_CODE, 'not_applicable', null, null, `章凤镇老街子社区（533124101001）：不适用，本条只适用于农村社区（村）`, `章凤镇老街子社区 (533124101001): not applicable, the rule applies to rural communities (villages) only`),
    );
  });

  it('a filtered rule names the classification field of the options when the unit is unclassified', () => {
    const r = flag('rural');
    expect(one(r, '2024-12-31', UNKNOWN_CODE, { hasDisabledPersonsAssociation: true })).toEqual(
      missingData(r.id, 'P3.4', UNKNOWN_CODE, ['committeeType'], 'true', '测试规则', 'A test rule'),
    );
    expect(one(r, '2024-12-31', RURAL_CODE, { hasDisabledPersonsAssociation: true }, { classifyBy: 'nbs_code' })).toEqual(
      missingData(r.id, 'P3.4', RURAL_CODE, ['urbanRuralCode'], 'true', '测试规则', 'A test rule'),
    );
  });

  it('gives one result per unit, in snapshot order', () => {
    const r = flag();
    const s = snap('2025-12-31', { units: [unit(URBAN_CODE, { hasDisabledPersonsAssociation: true }), unit(RURAL_CODE, { hasDisabledPersonsAssociation: false })] });
    expect(r.check(s).map((x) => [x.subject, x.status])).toEqual([
      [URBAN_CODE, 'pass'],
      [RURAL_CODE, 'fail'],
    ]);
  });
});

describe('flagRule: the prepared check', () => {
  it('is the simple check of kind 0 on the field id, with the filter and unmet status', () => {
    const r = flag('urban');
    // Before the due date unmet is PENDING (2); from it, FAIL (1).
    expect(prepared(r, '2024-12-31').simple).toEqual({ kind: 0, field: fieldId('hasDisabledPersonsAssociation'), filter: 1, tn: 0, td: 1, unmet: 2 });
    expect(prepared(r, '2025-12-31').simple).toEqual({ kind: 0, field: fieldId('hasDisabledPersonsAssociation'), filter: 1, tn: 0, td: 1, unmet: 1 });
  });

  it('uses the simple check for the field of id 0 too (hasServiceFacility)', () => {
    const c = prepared(flag('all', 'hasServiceFacility'), '2025-12-31');
    expect(c.simple).toEqual({ kind: 0, field: 0, filter: 0, tn: 0, td: 1, unmet: 1 });
    expect([c.status(bare(RURAL_CODE, { hasServiceFacility: true }), RURAL), c.status(bare(RURAL_CODE, { hasServiceFacility: false }), RURAL)]).toEqual([0, 1]);
  });

  it('its missing lists are [unused, the classification field, the rule field]', () => {
    const c = prepared(flag('rural'), '2024-12-31', { classifyBy: 'caller' });
    expect(c.missing).toEqual([[], ['classification'], ['hasDisabledPersonsAssociation']]);
  });

  it('its status is the simple status', () => {
    const c = prepared(flag('rural'), '2024-12-31');
    const x = bare(RURAL_CODE, { hasDisabledPersonsAssociation: false });
    expect([c.status(x, RURAL), c.status(x, URBAN), c.status(x, UNCLASSIFIED), c.status(bare(RURAL_CODE), RURAL)]).toEqual([2, 3, 12, 20]);
    expect(c.status(x, RURAL)).toBe(simpleStatus(x, RURAL, c.simple!));
  });

  it('the def of the check is the rule definition', () => {
    const r = flag();
    expect(prepared(r, '2024-12-31').def.id).toBe(r.id);
  });
});

describe('countRule: results', () => {
  it('exactly the threshold passes (2 of at least 2)', () => {
    const r = count('2');
    expect(one(r, '2024-12-31', RURAL_CODE, { auxiliaryPoliceOfficers: 2 })).toEqual(
      measured(whole(r.id, 'P3.11', RURAL_CODE, 'pass', '2', '≥2', `章凤镇章凤村（533124101201）：辅警2名，达到至少2名`, `章凤镇章凤村 (533124101201): 2 auxiliary police officer(s), at least 2`), '2', '2', 'count'),
    );
  });

  it('one short before the due date is pending', () => {
    const r = count('2');
    expect(one(r, '2024-12-31', RURAL_CODE, { auxiliaryPoliceOfficers: 1 })).toEqual(
      measured(whole(r.id, 'P3.11', RURAL_CODE, 'pending', '1', '≥2', `章凤镇章凤村（533124101201）：辅警1名，少于2名，还差1人（期限 2025-12-31，尚未到期）`, `章凤镇章凤村 (533124101201): 1 auxiliary police officer(s), fewer than 2, 1 more person needed (due 2025-12-31, not yet due)`, [], { value: '1', unit: 'persons' }), '1', '2', 'count'),
    );
  });

  it('0 on the due date fails (now due)', () => {
    const r = count('2');
    expect(one(r, '2025-12-31', URBAN_CODE, { auxiliaryPoliceOfficers: 0 })).toEqual(
      measured(whole(r.id, 'P3.11', URBAN_CODE, 'fail', '0', '≥2', `章凤镇老街子社区（533124101001）：辅警0名，少于2名，还差2人（期限 2025-12-31 已到）`, `章凤镇老街子社区 (533124101001): 0 auxiliary police officer(s), fewer than 2, 2 more people needed (due 2025-12-31, now due)`, [], { value: '2', unit: 'persons' }), '0', '2', 'count'),
    );
  });

  it('with no due date, one short fails with no note', () => {
    const r = count('1', 'all', 'auxiliaryPoliceOfficers', {});
    expect(one(r, '2024-12-31', URBAN_CODE, { auxiliaryPoliceOfficers: 0 })).toEqual(
      measured(whole(r.id, 'P3.11', URBAN_CODE, 'fail', '0', '≥1', `章凤镇老街子社区（533124101001）：辅警0名，少于1名，还差1人`, `章凤镇老街子社区 (533124101001): 0 auxiliary police officer(s), fewer than 1, 1 more person needed`, [], { value: '1', unit: 'persons' }), '0', '1', 'count'),
    );
  });

  it('a decimal threshold compares exactly: 1 < 1.5 (10 < 15 tenths), 2 ≥ 1.5 (20 ≥ 15)', () => {
    const r = count('1.5');
    expect(one(r, '2025-12-31', RURAL_CODE, { auxiliaryPoliceOfficers: 1 })?.status).toBe('fail');
    // 1.5 people rounds up to 2: one more.
    expect(one(r, '2025-12-31', RURAL_CODE, { auxiliaryPoliceOfficers: 1 })?.gap).toEqual({ value: '1', unit: 'persons' });
    expect(one(r, '2025-12-31', RURAL_CODE, { auxiliaryPoliceOfficers: 2 })).toEqual(
      measured(whole(r.id, 'P3.11', RURAL_CODE, 'pass', '2', '≥1.5', `章凤镇章凤村（533124101201）：辅警2名，达到至少1.5名`, `章凤镇章凤村 (533124101201): 2 auxiliary police officer(s), at least 1.5`), '2', '1.5', 'count'),
    );
  });

  it('a missing count names the field, with the expected value', () => {
    const r = count('2');
    expect(one(r, '2024-12-31', RURAL_CODE, { gridMembers: 3 })).toEqual(missingData(r.id, 'P3.11', RURAL_CODE, ['auxiliaryPoliceOfficers'], '≥2', '测试规则', 'A test rule'));
  });

  it('urban only: a rural unit is not applicable; an unclassified one names committeeType with the expected value', () => {
    const r = count('2', 'urban');
    expect(one(r, '2024-12-31', RURAL_CODE, { auxiliaryPoliceOfficers: 0 })).toEqual(
      whole(r.id, 'P3.11', RURAL_CODE, 'not_applicable', null, null, `章凤镇章凤村（533124101201）：不适用，本条只适用于城市社区`, `章凤镇章凤村 (533124101201): not applicable, the rule applies to urban communities only`),
    );
    expect(one(r, '2024-12-31', UNKNOWN_CODE, { auxiliaryPoliceOfficers: 2 })).toEqual(missingData(r.id, 'P3.11', UNKNOWN_CODE, ['committeeType'], '≥2', '测试规则', 'A test rule'));
  });

  it('rural only: an urban unit is not applicable, a rural one judged', () => {
    const r = count('1', 'rural');
    expect(one(r, '2024-12-31', URBAN_CODE, { auxiliaryPoliceOfficers: 5 })?.message.en).toBe(`[P3.11] 章凤镇老街子社区 (533124101001): not applicable, the rule applies to rural communities (villages) only`);
    expect(one(r, '2024-12-31', RURAL_CODE, { auxiliaryPoliceOfficers: 1 })?.status).toBe('pass');
  });

  it('needs a threshold in its definition', () => {
    const d = def({ clause: 'P3.11' });
    expect(() => countRule({ def: d, field: 'gridMembers', filter: () => 'all', nounZh: '网格员', nounEn: 'grid member(s)', gapUnit: 'persons' })).toThrow(`rule ${d.id} needs a threshold`);
  });
});

describe('countRule: the prepared check', () => {
  it('is the simple check of kind 1 with the threshold as a fraction (1.5 → 15/10)', () => {
    const r = count('1.5', 'rural');
    expect(prepared(r, '2024-12-31').simple).toEqual({ kind: 1, field: fieldId('auxiliaryPoliceOfficers'), filter: 2, tn: 15, td: 10, unmet: 2 });
    expect(prepared(r, '2025-12-31').simple).toEqual({ kind: 1, field: fieldId('auxiliaryPoliceOfficers'), filter: 2, tn: 15, td: 10, unmet: 1 });
  });

  it('a whole threshold is n/1; filter all is 0', () => {
    expect(prepared(count('2'), '2024-12-31').simple).toEqual({ kind: 1, field: fieldId('auxiliaryPoliceOfficers'), filter: 0, tn: 2, td: 1, unmet: 2 });
  });

  it('its missing lists are [unused, the classification field, the rule field]', () => {
    expect(prepared(count('2', 'urban'), '2024-12-31', { classifyBy: 'nbs_code' }).missing).toEqual([[], ['urbanRuralCode'], ['auxiliaryPoliceOfficers']]);
  });
});

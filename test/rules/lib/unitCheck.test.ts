/**
 * Direct tests of src/rules/_lib/unitCheck.ts: status codes, `classCode`, `simpleStatus` (every kind, filter and
 * classification, both sides of each comparison), `defineUnitRule` and its registry, `filterCode`, `coverCode`,
 * `missingCode`, `filteredOut` (both languages, every filter), `missingFor`, `fieldOnce` and `DYNAMIC`.
 *
 * Status codes by hand from the module's scheme (low 3 bits the status, the missing list's index above them):
 * PASS 0, FAIL 1, PENDING 2, NOT_APPLICABLE 3, MISSING 4; missing list i is 4 | (i << 3) = 4 + 8i, so list 1 = 12,
 * list 2 = 20, list 3 = 28, list 4 = 36. Every result is computed inside its `it`.
 */
import { describe, expect, it } from 'vitest';
import { fieldId } from '../../../src/rules/_lib/fields';
import {
  CLASS_MISSING,
  classCode,
  coverCode,
  defineUnitRule,
  DYNAMIC,
  FAIL,
  fieldOnce,
  filterCode,
  filteredOut,
  MISSING,
  missingCode,
  missingFor,
  NOT_APPLICABLE,
  PASS,
  PENDING,
  RULE_STATUSES,
  RURAL,
  simpleStatus,
  STATUS_COUNT,
  UNCLASSIFIED,
  unitCheckFactory,
  URBAN,
  type SimpleCheck,
  type UnitCheck,
  type UnitCheckFactory,
} from '../../../src/rules/_lib/unitCheck';
import { getRule } from '../../../src/rules/RULES';
import { resolveRuleOptions } from '../../../src/rules/RuleOptions';
import type { RuleDefinition, RuleResult } from '../../../src/rules/types';
import type { Unit } from '../../../src/snapshot/unitSchema';
import { RURAL as RURAL_CODE, snap, unit, URBAN as URBAN_CODE } from '../_helpers';
import { missingData, whole } from '../_results';

/** A code outside Longchuan's registry (章凤镇, sequence 299): its committee type is unknown unless given. */
const UNKNOWN_CODE = '533124101299';

let serial = 0;
/** A fresh rule ID (rule IDs are registered once each, module-wide). */
function freshId(): string {
  serial += 1;
  return `lib-unit-check-${serial}-${Math.random().toString(36).slice(2)}`;
}

/** A unit-level definition with known titles and clause. */
function def(id: string, scope: string = 'unit'): RuleDefinition {
  return {
    id,
    clause: 'P3.11',
    relatedClauses: [],
    quote: '深入推广城区“一区一警两辅警”和农村“一村一辅警”模式',
    titleZh: '测试规则',
    titleEn: 'A test rule',
    scope,
    appliesTo: 'all',
    severity: 'binding',
    cadence: 'standard',
  } as unknown as RuleDefinition;
}

/** A bare unit (not parsed) with these fields. */
function u(code: string, fields: Record<string, unknown> = {}): Unit {
  return { code, townshipCode: code.slice(0, 9), ...fields } as Unit;
}

describe('status and classification codes', () => {
  it('numbers the statuses 0–4, with 5 statuses', () => {
    expect([PASS, FAIL, PENDING, NOT_APPLICABLE, MISSING, STATUS_COUNT]).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('names the statuses in code order', () => {
    expect([...RULE_STATUSES]).toEqual(['pass', 'fail', 'pending', 'not_applicable', 'missing_data']);
    expect(Object.isFrozen(RULE_STATUSES)).toBe(true);
  });

  it('numbers the classifications rural 0, urban 1, unclassified 2', () => {
    expect([RURAL, URBAN, UNCLASSIFIED]).toEqual([0, 1, 2]);
  });

  it('gives CLASS_MISSING as missing list 1: 4 | 8 = 12', () => {
    expect(CLASS_MISSING).toBe(12);
  });
});

describe('classCode', () => {
  it("by committee: an explicit resident committee is urban, a village committee rural", () => {
    expect(classCode(u(UNKNOWN_CODE, { committeeType: 'resident_committee' }), 'committee')).toBe(URBAN);
    expect(classCode(u(UNKNOWN_CODE, { committeeType: 'village_committee' }), 'committee')).toBe(RURAL);
  });

  it("by committee: an explicit committee type wins over the registry's (老街子社区 given as a village committee)", () => {
    expect(classCode(u(URBAN_CODE, { committeeType: 'village_committee' }), 'committee')).toBe(RURAL);
    expect(classCode(u(RURAL_CODE, { committeeType: 'resident_committee' }), 'committee')).toBe(URBAN);
  });

  it('by committee: without a committee type, the registry decides (老街子社区 urban, 章凤村 rural)', () => {
    expect(classCode(u(URBAN_CODE), 'committee')).toBe(URBAN);
    expect(classCode(u(RURAL_CODE), 'committee')).toBe(RURAL);
  });

  it('by committee: unclassified when the type is neither given nor in the registry', () => {
    expect(classCode(u(UNKNOWN_CODE), 'committee')).toBe(UNCLASSIFIED);
  });

  it('by NBS code: 1xx urban, 2xx rural, none unclassified, whatever the committee type says', () => {
    expect(classCode(u(RURAL_CODE, { urbanRuralCode: '111', committeeType: 'village_committee' }), 'nbs_code')).toBe(URBAN);
    expect(classCode(u(URBAN_CODE, { urbanRuralCode: '220', committeeType: 'resident_committee' }), 'nbs_code')).toBe(RURAL);
    expect(classCode(u(URBAN_CODE, { committeeType: 'resident_committee' }), 'nbs_code')).toBe(UNCLASSIFIED);
  });

  it("by caller: the unit's own classification, else unclassified (the committee type is not read)", () => {
    expect(classCode(u(RURAL_CODE, { classification: 'urban', committeeType: 'village_committee' }), 'caller')).toBe(URBAN);
    expect(classCode(u(URBAN_CODE, { classification: 'rural', committeeType: 'resident_committee' }), 'caller')).toBe(RURAL);
    expect(classCode(u(URBAN_CODE, { committeeType: 'resident_committee' }), 'caller')).toBe(UNCLASSIFIED);
  });
});

describe('simpleStatus: filters', () => {
  const GRID = fieldId('gridMembers');
  /** kind 1, at least 1 grid member, unmet = FAIL, with this filter. */
  const grid = (filter: number): SimpleCheck => ({ kind: 1, field: GRID, filter, tn: 1, td: 1, unmet: FAIL });

  it('filter 0 (all): judges every unit, even an unclassified one', () => {
    const x = u(UNKNOWN_CODE, { gridMembers: 1 });
    expect([simpleStatus(x, RURAL, grid(0)), simpleStatus(x, URBAN, grid(0)), simpleStatus(x, UNCLASSIFIED, grid(0))]).toEqual([PASS, PASS, PASS]);
  });

  it('filter 1 (urban): judges urban units, not_applicable for rural ones, missing list 1 (12) for unclassified', () => {
    const x = u(UNKNOWN_CODE, { gridMembers: 0 });
    expect([simpleStatus(x, URBAN, grid(1)), simpleStatus(x, RURAL, grid(1)), simpleStatus(x, UNCLASSIFIED, grid(1))]).toEqual([FAIL, NOT_APPLICABLE, 12]);
  });

  it('filter 2 (rural): judges rural units, not_applicable for urban ones, 12 for unclassified', () => {
    const x = u(UNKNOWN_CODE, { gridMembers: 0 });
    expect([simpleStatus(x, RURAL, grid(2)), simpleStatus(x, URBAN, grid(2)), simpleStatus(x, UNCLASSIFIED, grid(2))]).toEqual([FAIL, NOT_APPLICABLE, 12]);
  });

  it('an unclassified unit is missing list 1 even when the field is missing too (the class is asked first)', () => {
    expect(simpleStatus(u(UNKNOWN_CODE), UNCLASSIFIED, grid(2))).toBe(12);
  });

  it('a filtered-out unit is not_applicable even when its field is missing', () => {
    expect(simpleStatus(u(UNKNOWN_CODE), URBAN, grid(2))).toBe(NOT_APPLICABLE);
  });
});

describe('simpleStatus: kind 0 (a yes/no fact)', () => {
  const flag = (unmet: number): SimpleCheck => ({ kind: 0, field: fieldId('hasVolunteerStation'), filter: 0, tn: 0, td: 1, unmet });

  it('true passes', () => {
    expect(simpleStatus(u(RURAL_CODE, { hasVolunteerStation: true }), RURAL, flag(FAIL))).toBe(PASS);
  });

  it('false is the unmet status given (fail, or pending before the due date)', () => {
    const x = u(RURAL_CODE, { hasVolunteerStation: false });
    expect([simpleStatus(x, RURAL, flag(FAIL)), simpleStatus(x, RURAL, flag(PENDING))]).toEqual([FAIL, PENDING]);
  });

  it('missing is missing list 2: 4 | 16 = 20', () => {
    expect(simpleStatus(u(RURAL_CODE, { hasServiceFacility: true }), RURAL, flag(FAIL))).toBe(20);
  });
});

describe('simpleStatus: kind 1 (a count reaching tn/td)', () => {
  const count = (tn: number, td: number, unmet = FAIL): SimpleCheck => ({ kind: 1, field: fieldId('auxiliaryPoliceOfficers'), filter: 0, tn, td, unmet });
  const n = (k: number | undefined) => u(RURAL_CODE, k === undefined ? {} : { auxiliaryPoliceOfficers: k });

  it('at least 2: 2 passes (the boundary is included), 1 is unmet, 3 passes', () => {
    expect([simpleStatus(n(1), RURAL, count(2, 1)), simpleStatus(n(2), RURAL, count(2, 1)), simpleStatus(n(3), RURAL, count(2, 1))]).toEqual([FAIL, PASS, PASS]);
  });

  it('at least 1.5 (tn 15, td 10): 1 × 10 = 10 < 15 unmet, 2 × 10 = 20 ≥ 15 passes', () => {
    expect([simpleStatus(n(1), RURAL, count(15, 10)), simpleStatus(n(2), RURAL, count(15, 10))]).toEqual([FAIL, PASS]);
  });

  it('at least 3/2: 1 × 2 = 2 < 3 unmet, 2 × 2 = 4 ≥ 3 passes', () => {
    expect([simpleStatus(n(1), RURAL, count(3, 2)), simpleStatus(n(2), RURAL, count(3, 2))]).toEqual([FAIL, PASS]);
  });

  it('0 against at least 1 is the unmet status given (pending)', () => {
    expect(simpleStatus(n(0), RURAL, count(1, 1, PENDING))).toBe(PENDING);
  });

  it('0 passes a threshold of 0 (0 ≥ 0), and is not read as missing', () => {
    expect(simpleStatus(n(0), RURAL, count(0, 1))).toBe(PASS);
  });

  it('missing is list 2 (20)', () => {
    expect(simpleStatus(n(undefined), RURAL, count(1, 1))).toBe(20);
  });
});

describe('simpleStatus: kind 2 (all community workers covered)', () => {
  const covered = (filter = 0, unmet = FAIL): SimpleCheck => ({ kind: 2, field: fieldId('workersWithPensionInsurance'), filter, tn: 0, td: 1, unmet });
  const w = (workers: number | undefined, field: number | undefined) =>
    u(URBAN_CODE, { ...(workers === undefined ? {} : { communityWorkers: workers }), ...(field === undefined ? {} : { workersWithPensionInsurance: field }) });

  it('both missing: list 4 (4 | 32 = 36)', () => {
    expect(simpleStatus(w(undefined, undefined), URBAN, covered())).toBe(36);
  });

  it('workers missing, the field known: list 2 (20)', () => {
    expect(simpleStatus(w(undefined, 3), URBAN, covered())).toBe(20);
  });

  it('the field missing, workers known: list 3 (4 | 24 = 28)', () => {
    expect(simpleStatus(w(3, undefined), URBAN, covered())).toBe(28);
  });

  it('the field missing with no workers is still list 3 (the field is asked before the workers count)', () => {
    expect(simpleStatus(w(0, undefined), URBAN, covered())).toBe(28);
  });

  it('no workers: not_applicable', () => {
    expect(simpleStatus(w(0, 0), URBAN, covered())).toBe(NOT_APPLICABLE);
  });

  it('covered = workers passes, covered > workers passes, one short is the unmet status given', () => {
    expect([simpleStatus(w(3, 3), URBAN, covered()), simpleStatus(w(3, 4), URBAN, covered()), simpleStatus(w(3, 2), URBAN, covered(0, PENDING)), simpleStatus(w(3, 2), URBAN, covered())]).toEqual([PASS, PASS, PENDING, FAIL]);
  });

  it('is filtered too: not_applicable for a rural unit under filter 1, 12 when unclassified', () => {
    expect([simpleStatus(w(3, 3), RURAL, covered(1)), simpleStatus(w(3, 3), UNCLASSIFIED, covered(1)), simpleStatus(w(3, 3), URBAN, covered(1))]).toEqual([NOT_APPLICABLE, 12, PASS]);
  });
});

describe('filterCode', () => {
  it("gives all 0, urban 1, rural 2", () => {
    expect([filterCode('all'), filterCode('urban'), filterCode('rural')]).toEqual([0, 1, 2]);
  });
});

describe('coverCode', () => {
  it('filter 0 covers every unit, unclassified too (-1)', () => {
    expect([coverCode(0, RURAL), coverCode(0, URBAN), coverCode(0, UNCLASSIFIED)]).toEqual([-1, -1, -1]);
  });

  it('filter 1 covers urban units; rural ones are not_applicable (3); unclassified ones missing list 1 (12)', () => {
    expect([coverCode(1, URBAN), coverCode(1, RURAL), coverCode(1, UNCLASSIFIED)]).toEqual([-1, 3, 12]);
  });

  it('filter 2 covers rural units; urban ones are not_applicable (3); unclassified ones 12', () => {
    expect([coverCode(2, RURAL), coverCode(2, URBAN), coverCode(2, UNCLASSIFIED)]).toEqual([-1, 3, 12]);
  });
});

describe('missingCode', () => {
  it('is 4 | (i << 3): 0 → 4, 1 → 12, 2 → 20, 5 → 44, 17 → 140', () => {
    expect([missingCode(0), missingCode(1), missingCode(2), missingCode(5), missingCode(17)]).toEqual([4, 12, 20, 44, 140]);
  });

  it('keeps the status bits MISSING and the list index above them', () => {
    expect([missingCode(3) & 7, missingCode(3) >> 3]).toEqual([MISSING, 3]);
  });
});

describe('filteredOut', () => {
  const id = 'lib-filtered-out';
  it('urban only (filter 1)', () => {
    expect(filteredOut(def(id), RURAL_CODE, 1)).toEqual(
      whole(id, 'P3.11', RURAL_CODE, 'not_applicable', null, null, `章凤镇章凤村（533124101201）：不适用，本条只适用于城市社区`, `章凤镇章凤村 (533124101201): not applicable, the rule applies to urban communities only`),
    );
  });

  it('rural only (filter 2)', () => {
    expect(filteredOut(def(id), URBAN_CODE, 2)).toEqual(
      whole(id, 'P3.11', URBAN_CODE, 'not_applicable', null, null, `章凤镇老街子社区（533124101001）：不适用，本条只适用于农村社区（村）`, `章凤镇老街子社区 (533124101001): not applicable, the rule applies to rural communities (villages) only`),
    );
  });

  it('any other filter words all villages and communities', () => {
    expect(filteredOut(def(id), URBAN_CODE, 0)).toEqual(
      whole(id, 'P3.11', URBAN_CODE, 'not_applicable', null, null, `章凤镇老街子社区（533124101001）：不适用，本条只适用于村（社区）`, `章凤镇老街子社区 (533124101001): not applicable, the rule applies to villages and communities only`),
    );
  });
});

describe('missingFor', () => {
  const id = 'lib-missing-for';
  const table = [DYNAMIC, fieldOnce('committeeType'), Object.freeze(['facilityBuildingArea', 'households'])];

  it('names list 2 for code 20, with the expected value given', () => {
    expect(missingFor(def(id), RURAL_CODE, 20, table, '≥1')).toEqual(missingData(id, 'P3.11', RURAL_CODE, ['facilityBuildingArea', 'households'], '≥1', '测试规则', 'A test rule'));
  });

  it('names list 1 for code 12, with a null expected value', () => {
    expect(missingFor(def(id), URBAN_CODE, 12, table, null)).toEqual(missingData(id, 'P3.11', URBAN_CODE, ['committeeType'], null, '测试规则', 'A test rule'));
  });

  it("passes the table's own list on as the result's missing list", () => {
    expect(missingFor(def(id), URBAN_CODE, 12, table, null).missing).toBe(table[1]);
  });
});

describe('fieldOnce', () => {
  it('gives a frozen one-field list, the same object every time', () => {
    const a = fieldOnce('urbanRuralCode');
    expect(a).toEqual(['urbanRuralCode']);
    expect(Object.isFrozen(a)).toBe(true);
    expect(fieldOnce('urbanRuralCode')).toBe(a);
  });

  it('gives another list for another field', () => {
    expect(fieldOnce('classification')).toEqual(['classification']);
    expect(fieldOnce('classification')).not.toBe(fieldOnce('committeeType'));
  });
});

describe('DYNAMIC', () => {
  it('is a frozen empty list', () => {
    expect(DYNAMIC).toEqual([]);
    expect(Object.isFrozen(DYNAMIC)).toBe(true);
  });
});

describe('defineUnitRule and unitCheckFactory', () => {
  /** A check whose results show the classification code each unit was built with, and how many were built. */
  function probe(seen: string[]): UnitCheckFactory {
    return (snapshot, o): UnitCheck => {
      const d = def('probe');
      seen.push(`factory ${snapshot.asOf} ${o.classifyBy}`);
      return {
        def: d,
        status: () => PASS,
        build: (unit: Unit, cls: number): RuleResult => {
          seen.push(`build ${unit.code} ${cls}`);
          return whole('probe', 'P3.11', unit.code, 'pass', String(cls), null, 'zh', 'en') as RuleResult;
        },
        missing: [DYNAMIC],
      };
    };
  }

  it('registers the factory under the rule ID', () => {
    const id = freshId();
    const factory = probe([]);
    expect(unitCheckFactory(id)).toBeUndefined();
    defineUnitRule(def(id), factory);
    expect(unitCheckFactory(id)).toBe(factory);
  });

  it('accepts facility-level rules too', () => {
    const id = freshId();
    const factory = probe([]);
    const rule = defineUnitRule(def(id, 'facility'), factory);
    expect(rule.id).toBe(id);
    expect(unitCheckFactory(id)).toBe(factory);
  });

  it('rejects a rule of another scope, by ID, registering nothing', () => {
    for (const scope of ['township', 'county', 'records']) {
      const id = freshId();
      expect(() => defineUnitRule(def(id, scope), probe([]))).toThrow(new Error(`rule ${id} is not unit-level`));
      expect(unitCheckFactory(id)).toBeUndefined();
    }
  });

  it('gives undefined for a rule that is not unit-level, and for an unknown ID', () => {
    // The catalogue (which defines every rule) is loaded: the county rule exists but has no unit factory.
    expect(getRule('p3-14-demonstration-villages').scope).toBe('county');
    expect([unitCheckFactory('p3-14-demonstration-villages'), unitCheckFactory('no-such-rule')]).toEqual([undefined, undefined]);
  });

  it('knows the library\'s own unit rules', () => {
    expect(getRule('t3-opening-hours').scope).toBe('facility');
    expect(typeof unitCheckFactory('t3-opening-hours')).toBe('function');
    expect(typeof unitCheckFactory('p3-11-rural-auxiliary-police')).toBe('function');
  });

  it('runs: prepares the check once, then builds one result per unit in snapshot order, with its classification code', () => {
    const seen: string[] = [];
    const rule = defineUnitRule(def(freshId()), probe(seen));
    const s = snap('2024-12-31', { units: [unit(URBAN_CODE), unit(UNKNOWN_CODE), unit(RURAL_CODE)] });
    const rs = rule.check(s);
    // committee reading: 老街子社区 urban (1), the unknown code unclassified (2), 章凤村 rural (0).
    expect(rs.map((r) => [r.subject, r.actual])).toEqual([
      [URBAN_CODE, '1'],
      [UNKNOWN_CODE, '2'],
      [RURAL_CODE, '0'],
    ]);
    expect(seen).toEqual([`factory 2024-12-31 committee`, `build ${URBAN_CODE} 1`, `build ${UNKNOWN_CODE} 2`, `build ${RURAL_CODE} 0`]);
  });

  it('classifies by the options in force (nbs_code: by urbanRuralCode)', () => {
    const seen: string[] = [];
    const rule = defineUnitRule(def(freshId()), probe(seen));
    const s = snap('2024-12-31', { units: [unit(URBAN_CODE, { urbanRuralCode: '220' }), unit(RURAL_CODE)] });
    expect(rule.check(s, { classifyBy: 'nbs_code' }).map((r) => r.actual)).toEqual(['0', '2']);
    expect(seen[0]).toBe('factory 2024-12-31 nbs_code');
  });

  it('gives no results for a snapshot with no units', () => {
    const seen: string[] = [];
    const rule = defineUnitRule(def(freshId()), probe(seen));
    expect(rule.check(snap('2024-12-31'))).toEqual([]);
    expect(seen).toEqual(['factory 2024-12-31 committee']);
  });

  it('the registered factory is the one the runner uses (resolved options passed through)', () => {
    const id = freshId();
    const seen: string[] = [];
    defineUnitRule(def(id), probe(seen));
    const check = (unitCheckFactory(id) as UnitCheckFactory)(snap('2025-01-01'), resolveRuleOptions({ classifyBy: 'caller' }));
    expect(check.build(u(RURAL_CODE), URBAN).actual).toBe('1');
    expect(seen).toEqual(['factory 2025-01-01 caller', `build ${RURAL_CODE} 1`]);
  });
});

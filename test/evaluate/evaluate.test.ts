import { describe, expect, it } from 'vitest';
import { evaluate, evaluateSnapshot, evaluationJsonSchema } from '../../src/evaluate/index';
import { evaluationSchema } from '../../src/evaluate/evaluationSchema';
import { deepFreeze } from '../../src/_lib/deepFreeze';
import { parseSnapshot, SnapshotError } from '../../src/snapshot/index';

// 68 rural units (村民委员会) and 9 urban communities of Longchuan, from the registry's code pattern: communities are
// numbered 0xx and villages 2xx within their township.
const rural = (n: number) => ({ code: `5331242012${String(n).padStart(2, '0')}`, townshipCode: '533124201' });

describe('evaluate', () => {
  it('[P1.1] judges the county on the unrounded value and rounds only for display', () => {
    // 2 of 3 rural units with a facility: 66.666…% → below 80 %, shown as 66.7 (half up, 1 decimal). The figures are
    // those of the 3 units given (scope 'units'), not the county's 77.
    const e = evaluate(
      {
        asOf: '2025-12-31',
        units: [
          { ...rural(1), hasServiceFacility: true },
          { ...rural(2), hasServiceFacility: true },
          { ...rural(3), hasServiceFacility: false },
        ],
      },
      { scope: 'units' },
    );
    const h = e.headline[0]!;
    expect([h.id, h.display, h.meetsTarget, h.progress]).toEqual(['rural_facility_coverage', '66.7', false, 'not_achieved']);
    // Gap: 80 % of 3 units is 2.4 → 3 units needed, 2 have one → 1 more.
    expect(h.gap).toBe('1');
  });

  it('reports every level: county first, then townships, then units', () => {
    const e = evaluate({ asOf: '2024-12-31', units: [{ ...rural(1), hasServiceFacility: true }] });
    expect(e.indicators.map((r) => r.level)).toEqual([...Array(7).fill('county'), ...Array(7).fill('township'), ...Array(7).fill('unit')]);
    expect(e.indicators.filter((r) => r.level === 'unit').every((r) => r.subject === '533124201201')).toBe(true);
  });

  it('evaluates the valid units and reports the rejected ones, never dropping silently', () => {
    const e = evaluate(
      {
        asOf: '2024-12-31',
        units: [{ ...rural(1), hasServiceFacility: true }, { ...rural(2), households: -3 }],
      },
      { scope: 'units' },
    );
    expect(e.input.units).toBe(2);
    expect(e.input.evaluated).toBe(1);
    expect(e.input.rejected).toEqual([{ index: 1, code: '533124201202' }]);
    expect(e.input.issues[0]).toMatchObject({ code: 'negative', path: ['units', 1, 'households'] });
    // 1 of 1 evaluated rural unit has a facility.
    expect(e.headline[0]!.value).toBe('100');
    // Declared "the units given": the rejected one is not expected, so the figures are complete over the one evaluated.
    expect(e.input.coverage).toEqual({ scope: 'units', subject: '533124', expected: 1, reported: 1, absent: [], unregistered: [], complete: true });
  });

  it('keeps good records when one record is bad', () => {
    const e = evaluate({
      asOf: '2024-12-31',
      units: [],
      townships: [{ code: 'x' }, { code: '533124201' }],
    });
    expect(e.input.issues.map((i) => i.path.slice(0, 2))).toEqual([['townships', 0]]);
  });

  it('throws a SnapshotError only when the outer shape is unreadable', () => {
    expect(() => evaluate({ asOf: '2024-02-30', units: [] })).toThrow(SnapshotError);
    expect(() => evaluate('not a snapshot')).toThrow(SnapshotError);
  });

  it('is deterministic and never mutates its input', () => {
    const input = deepFreeze({
      asOf: '2024-12-31',
      units: [{ ...rural(1), hasServiceFacility: true, households: 300, facilityBuildingArea: '90.5' }, { ...rural(2), hasServiceFacility: false }],
    });
    const a = JSON.stringify(evaluate(input));
    const b = JSON.stringify(evaluate(structuredClone(input)));
    expect(a).toBe(b);
  });

  it('matches its published JSON Schema, and the schema names the fields other programs rely on', () => {
    const e = evaluate({ asOf: '2024-12-31', units: [{ ...rural(1), hasServiceFacility: true }] });
    expect(() => evaluationSchema().parse(JSON.parse(JSON.stringify(e)))).not.toThrow();
    const js = evaluationJsonSchema() as { properties: Record<string, any> };
    const indicator = js.properties.indicators.items;
    for (const k of ['id', 'clause', 'level', 'subject', 'value', 'numerator', 'denominator', 'target', 'meetsTarget', 'progress', 'gap']) {
      expect(indicator.required).toContain(k);
    }
    expect(indicator.properties.progress.required).toEqual(['status', 'expected']);
    const rule = js.properties.rules.items;
    for (const k of ['ruleId', 'clause', 'subject', 'status', 'actual', 'expected', 'message']) expect(rule.required).toContain(k);
  });

  it('honours the options: as-of date, levels, which rules, and rounding', () => {
    const snapshot = parseSnapshot({ asOf: '2024-12-31', units: [{ ...rural(1), hasServiceFacility: true }] });
    const e = evaluateSnapshot(snapshot, {
      asOf: '2025-06-30',
      levels: ['county'],
      rules: ['p3-16-village-plans'],
      indicatorPlaces: 2,
      scope: 'units',
    });
    expect(e.asOf).toBe('2025-06-30');
    expect(e.indicators).toHaveLength(7);
    expect(new Set(e.rules.map((r) => r.ruleId))).toEqual(new Set(['p3-16-village-plans']));
    expect(e.headline[0]!.display).toBe('100.00');
    expect(e.options.levels).toEqual(['county']);
  });

  it('summarises counts by status and the data missing', () => {
    const e = evaluate({ asOf: '2024-12-31', units: [{ ...rural(1) }] });
    // The one rural unit did not say whether it has a facility.
    expect(e.summary.missingData.find((m) => m.field === 'hasServiceFacility')).toEqual({ field: 'hasServiceFacility', subjects: 1 });
    const total = Object.values(e.summary.rules).reduce((a, b) => a + b, 0);
    expect(total).toBe(e.rules.length);
    expect(Object.values(e.summary.indicators).reduce((a, b) => a + b, 0)).toBe(7);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  INDICATOR_IDS,
  INDICATORS,
  getIndicator,
  isIndicatorId,
  type IndicatorDefinition,
} from '../../src/indicators';
import { getClause } from '../../src/plan/clauses';

const PLAN = readFileSync(new URL('../../docs/plan/plan.zh.txt', import.meta.url), 'utf8');
const LINES = PLAN.split('\n');

/**
 * An independent scan of the 专栏1 table as the plan file lays it out: after the header line “专栏1 …”, each row is
 * five tab-indented cells (序号, 指标, 2020年基期值, 2025年目标值, 属性) followed by a blank line.
 */
function scanPanel1(): { n: string; name: string; baseline: string; target: string; attribute: string }[] {
  const start = LINES.findIndex((l) => l.trim().startsWith('专栏1'));
  const rows: { n: string; name: string; baseline: string; target: string; attribute: string }[] = [];
  for (let i = start + 1; i < LINES.length; i++) {
    const cell = (LINES[i] ?? '').replace(/^\t/, '');
    if (/^\d+$/.test(cell) && (LINES[i - 1] ?? '') === '') {
      const [name, baseline, target, attribute] = [1, 2, 3, 4].map((k) => (LINES[i + k] ?? '').replace(/^\t/, ''));
      rows.push({ n: cell, name: name ?? '', baseline: baseline ?? '', target: target ?? '', attribute: attribute ?? '' });
      i += 4;
    } else if (rows.length > 0 && !LINES[i]?.startsWith('\t') && (LINES[i] ?? '') !== '') break;
  }
  return rows;
}

const ROWS = scanPanel1();

describe('[P1] 专栏1 as printed: every quote and printed figure is verbatim in the plan text', () => {
  it('the scan finds the seven rows of 专栏1', () => {
    expect(ROWS.map((r) => r.n)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it.each(INDICATORS.map((d) => [d.clause, d] as const))('[%s] name, baseline, target and attribute match row', (_, d) => {
    const row = ROWS[d.number - 1];
    expect(row).toBeDefined();
    expect(row?.name).toBe(d.quote);
    expect(row?.baseline).toBe(d.baseline === undefined ? '—' : d.baseline.printed);
    expect(row?.target).toBe(d.target.printed);
    expect(row?.attribute).toBe(d.attribute);
    expect(PLAN.includes(d.quote)).toBe(true);
  });

  it.each(INDICATORS.map((d) => [d.clause, d] as const))('[%s] related quotes are verbatim in their clauses', (_, d) => {
    for (const r of d.related) {
      expect(PLAN.includes(r.quote)).toBe(true);
      expect(getClause(r.clause).text.includes(r.quote)).toBe(true);
    }
  });

  it.each(INDICATORS.map((d) => [d.clause, d] as const))('[%s] the quote is the clause registry text', (_, d) => {
    expect(getClause(d.clause).text).toBe(d.quote);
  });
});

describe('[P1] 专栏1 as data: hand-copied from the table', () => {
  // Written out by hand from docs/plan/plan.zh.txt lines 29–70, not derived from the code.
  const expected: [string, number, string, string | undefined, string | undefined, string, string, string][] = [
    ['rural_facility_coverage', 1, 'P1.1', '60', '60%', '80', '80%', '100'],
    ['urban_facility_coverage', 2, 'P1.2', '100', '100%', '100', '100%', '100'],
    ['commercial_service_area_share', 3, 'P1.3', undefined, undefined, '10', '≥10%', '100'],
    ['facility_area_per_100_households', 4, 'P1.4', undefined, undefined, '30', '≥30平方米', '100'],
    ['activity_area_share', 5, 'P1.5', undefined, undefined, '60', '≥60%', '100'],
    ['urban_self_service_coverage', 6, 'P1.6', undefined, undefined, '100', '100%', '100'],
    ['workers_per_10000_urban_residents', 7, 'P1.7', '17.1', '17.1人', '18', '18人', '10000'],
  ];
  it.each(expected)('%s is row %i (%s)', (id, n, clause, bValue, bPrinted, tValue, tPrinted, factor) => {
    const d = INDICATORS[n - 1] as IndicatorDefinition;
    expect(d.id).toBe(id);
    expect(d.clause).toBe(clause);
    expect(d.baseline).toEqual(bValue === undefined ? undefined : { year: 2020, value: bValue, printed: bPrinted });
    expect(d.target).toEqual({ year: 2025, comparator: 'at_least', value: tValue, printed: tPrinted });
    expect(d.factor).toBe(factor);
    expect(d.attribute).toBe('预期性');
    expect(d.binding).toBe('indicative');
    expect(getIndicator(d.id)).toBe(d);
  });

  it('units: percent, m² per 100 households, persons per 10,000', () => {
    expect(INDICATORS.map((d) => d.unit)).toEqual([
      'percent',
      'percent',
      'percent',
      'm2_per_100_households',
      'percent',
      'percent',
      'persons_per_10000_residents',
    ]);
  });

  it('documents a reading for every row and names the options that change it', () => {
    for (const d of INDICATORS) {
      expect(d.reading.length).toBeGreaterThan(40);
      expect(d.formulaZh.length).toBeGreaterThan(0);
      expect(d.formulaEn.length).toBeGreaterThan(0);
      for (const o of d.options) expect(d.reading).toContain(o);
    }
    expect(getIndicator('commercial_service_area_share').options).toEqual(['classifyBy', 'commercialShareScope', 'farmCommunities']);
    expect(getIndicator('workers_per_10000_urban_residents').options).toEqual(['classifyBy', 'urbanPopulationSource', 'farmCommunities']);
    expect(getIndicator('urban_facility_coverage').options).toEqual(['classifyBy', 'farmCommunities']);
    expect(getIndicator('urban_self_service_coverage').options).toEqual(['classifyBy', 'farmCommunities']);
    expect(getIndicator('facility_area_per_100_households').options).toEqual([]);
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(INDICATORS)).toBe(true);
    for (const d of INDICATORS) {
      expect(Object.isFrozen(d)).toBe(true);
      expect(Object.isFrozen(d.target)).toBe(true);
      expect(Object.isFrozen(d.options)).toBe(true);
      expect(Object.isFrozen(d.related)).toBe(true);
    }
    expect(Object.isFrozen(INDICATOR_IDS)).toBe(true);
    expect(() => {
      (INDICATORS[0] as { target: { value: string } }).target.value = '1';
    }).toThrow(TypeError);
  });

  it('IDs are unique, in row order, and recognised', () => {
    expect(INDICATORS.map((d) => d.id)).toEqual([...INDICATOR_IDS]);
    expect(new Set(INDICATOR_IDS).size).toBe(7);
    expect(INDICATOR_IDS.every(isIndicatorId)).toBe(true);
    expect(isIndicatorId('P1.1')).toBe(false);
    expect(isIndicatorId(undefined)).toBe(false);
    expect(() => getIndicator('nope' as never)).toThrow(RangeError);
  });
});

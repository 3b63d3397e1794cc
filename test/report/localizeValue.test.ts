// Rule results' actual/expected values in the report's language. Every form the rules write (src/rules: `result(`,
// `missingResult(`, `missingFor(`) is listed here with the Chinese the plan would print, worked out by hand; then every
// value the conformance vectors, the sample and an all-missing snapshot hold is checked to read as Chinese.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate';
import { localizeSubject, localizeValue } from '../../src/report/localizeValue';
import { SAMPLE_SNAPSHOT } from '../../src/sample';

const zh = (v: string) => localizeValue(v, 'zh-CN');

describe('[S4] localizeValue: every form the rules write, in the plan\'s Chinese', () => {
  it.each([
    // T3 opening hours (facilityRules): hours a day, the shortest day or a week's average.
    ['7h', '7小时'],
    ['0h', '0小时'],
    ['5.71h', '5.71小时'],
    ['≥8h', '≥8小时'],
    // T8 new facilities and P3.2 new estates: m² per 100 households.
    ['27.5 m²/100 households', '27.5平方米/百户'],
    ['≥30 m²/100 households', '≥30平方米/百户'],
    ['≥20 m²/100 households', '≥20平方米/百户'],
    // T12 urban community workers' income against the wage: yuan.
    ['5120 yuan', '5120元'],
    ['≥7497.00 yuan', '≥7497.00元'],
    // Flags (unitKit, townshipRules, facilityRules, unitRules): yes / no.
    ['true', '是'],
    ['false', '否'],
    // S2 utilities: the ones not at residential prices, or none.
    ['none', '无'],
    ['electricity', '电'],
    ['water+electricity+gas+heating', '水、电、气、热'],
    ['gas+heating', '气、热'],
    // T3 satisfaction survey: in the plan period (全覆盖 by 2025), a calendar year, or the 12 months before the as-of date.
    ['survey since 2021-01-01', '2021-01-01以来已开展调查'],
    ['survey in 2024', '2024年内已开展调查'],
    ['survey after 2023-06-30', '2023-06-30之后12个月内已开展调查'],
    // P3.2 visits on the roster.
    ['on roster', '在名册内'],
  ])('%s → %s', (value, shown) => {
    expect(zh(value)).toBe(shown);
  });

  it.each([
    // Shares, rates per mille, counts, fractions, dates and months are already neutral: unchanged.
    '93.33%', '≥90%', '>63.64%', '100%', '≥1.8‰', '1.23‰', '3', '≥20', '3/4', '14/14', '2023-10-18', '0',
  ])('%s stays as it is', (value) => {
    expect(zh(value)).toBe(value);
  });

  it('an unknown value passes through unchanged (each format escapes it), and so does every value in English', () => {
    for (const v of ['LC-E099', '<b>x</b>', 'electricity+steam', 'survey in 20245', ' true', '8 h', 'truex']) expect(zh(v)).toBe(v);
    for (const v of ['7h', '≥8h', 'true', 'survey in 2024', '27.5 m²/100 households', 'on roster']) expect(localizeValue(v, 'en')).toBe(v);
  });

  it('a visit without an ID is named by its place in the log as a reader counts it', () => {
    expect(localizeSubject('visits[0]', 'zh-CN')).toBe('探访记录第1条');
    expect(localizeSubject('visits[11]', 'zh-CN')).toBe('探访记录第12条');
    expect(localizeSubject('visits[0]', 'en')).toBe('visits[0]');
    expect(localizeSubject('V-1', 'zh-CN')).toBe('V-1');
  });
});

describe('[S4] localizeValue: every value the vectors, the sample and an all-missing snapshot hold reads as Chinese', () => {
  /** Values that are data, not the rules' words: a person's ID (P3.2 visits on the roster). */
  const DATA_RULES = new Set(['p3-2-visits-on-roster']);
  const values = new Set<string>();
  const root = new URL('../../vectors/', import.meta.url);
  for (const dir of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const f of readdirSync(new URL(`${dir.name}/`, root)).filter((n) => n.endsWith('.json'))) {
      const v = JSON.parse(readFileSync(new URL(`${dir.name}/${f}`, root), 'utf8')) as { expect?: { rules?: { ruleId: string; actual?: string | null; expected?: string | null }[] } };
      for (const r of v.expect?.rules ?? []) {
        if (typeof r.expected === 'string') values.add(r.expected);
        if (typeof r.actual === 'string' && !DATA_RULES.has(r.ruleId)) values.add(r.actual);
      }
    }
  }
  for (const e of [evaluate(SAMPLE_SNAPSHOT), evaluate({ asOf: '2024-12-31', units: [] })]) {
    for (const r of e.rules) {
      if (r.expected !== null) values.add(r.expected);
      if (r.actual !== null && !DATA_RULES.has(r.ruleId)) values.add(r.actual);
    }
  }

  it('finds the forms (more than 40 distinct values)', () => {
    expect(values.size).toBeGreaterThan(40);
  });

  it('no value keeps an ASCII word', () => {
    const leaks = [...values].map(zh).filter((v) => /[A-Za-z]{2,}|\b[A-Za-z]\b/.test(v));
    expect(leaks).toEqual([]);
  });
});

/**
 * The conformance vectors shipped in vectors/: every case runs through `evaluate(input, options)` and the listed
 * expected fields are compared (a subset match); every indicator and every rule has at least one passing and one
 * failing case; and the files are exactly the hand-authored table of scripts/vectors/cases.ts (regenerate with
 * `npx tsx scripts/vectors/build.ts`).
 *
 * The expected values come from the JSON files, which were written by hand from the plan's printed thresholds; this
 * test never derives them from the library's constants.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASES, caseFile, caseJson, indexJson, serialize } from '../../scripts/vectors/cases';
import { evaluate } from '../../src/evaluate/evaluate';
import type { EvaluateOptions } from '../../src/evaluate/EvaluateOptions';
import { INDICATOR_IDS, isIndicatorId } from '../../src/indicators/INDICATOR_IDS';
import { getIndicator } from '../../src/indicators/getIndicator';
import { getRule } from '../../src/rules/RULES';
import { isRuleId, RULE_IDS, type RuleId } from '../../src/rules/RULE_IDS';

const ROOT = new URL('../../vectors/', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, ROOT), 'utf8');

interface IndexEntry {
  readonly file: string;
  readonly group: string;
  readonly clause: string;
  readonly description: string;
}
interface Vector {
  readonly description: string;
  readonly clause: string;
  readonly input: unknown;
  readonly options: Record<string, unknown>;
  readonly expect: {
    readonly indicators: readonly Record<string, unknown>[];
    readonly rules: readonly Record<string, unknown>[];
    readonly input?: { readonly issues: readonly string[]; readonly rejected: readonly number[] };
  };
}

const index = JSON.parse(read('index.json')) as { format: string; version: number; count: number; cases: IndexEntry[] };
const vectors: readonly (IndexEntry & { readonly vector: Vector })[] = index.cases.map((e) => ({ ...e, vector: JSON.parse(read(e.file)) as Vector }));

/**
 * Rules that cannot produce `fail` by nature, with the reason. None: every rule, the informational ones included (the
 * 一肩挑 trend, the visit data check, the optional ethnic-affairs officer, the aim of two social workers), can fail.
 */
const CANNOT_FAIL: ReadonlyMap<RuleId, string> = new Map();

describe('vectors/index.json', () => {
  it('names its format and counts its cases', () => {
    expect([index.format, index.version, index.count]).toEqual(['longchuan-community-plan/vectors', 1, index.cases.length]);
    expect(index.count).toBeGreaterThanOrEqual(2 * (INDICATOR_IDS.length + RULE_IDS.length));
  });

  it('lists every case file, once, and nothing else', () => {
    const onDisk: string[] = [];
    for (const group of readdirSync(ROOT)) {
      if (!statSync(new URL(group, ROOT)).isDirectory()) continue;
      for (const f of readdirSync(new URL(`${group}/`, ROOT))) onDisk.push(`${group}/${f}`);
    }
    const listed = index.cases.map((c) => c.file);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(onDisk.sort());
    for (const f of listed) expect(existsSync(new URL(f, ROOT)), f).toBe(true);
  });

  it('has a README for implementers in other languages', () => {
    expect(read('README.md')).toMatch(/subset/);
  });
});

describe('every vector has the documented shape', () => {
  it.each(vectors.map((v) => [v.file, v] as const))('%s', (_file, v) => {
    expect(Object.keys(v.vector)).toEqual(['description', 'clause', 'input', 'options', 'expect']);
    // `input` only where the case is about the input check itself (rejected units, their issues).
    expect(Object.keys(v.vector.expect)).toEqual(v.vector.expect.input === undefined ? ['indicators', 'rules'] : ['indicators', 'rules', 'input']);
    expect([v.vector.description, v.vector.clause]).toEqual([v.description, v.clause]);
    expect(v.file).toBe(`${v.group}/${v.file.slice(v.group.length + 1)}`);
    // The group is the indicator or rule the case is about, and the clause is that one's.
    expect(isIndicatorId(v.group) || isRuleId(v.group)).toBe(true);
    expect(v.clause).toBe(isIndicatorId(v.group) ? getIndicator(v.group).clause : getRule(v.group as RuleId).clause);
    expect(v.vector.description.startsWith(`[${v.clause}] `)).toBe(true);
    expect(v.vector.expect.indicators.length + v.vector.expect.rules.length).toBeGreaterThan(0);
    for (const i of v.vector.expect.indicators) expect(Object.keys(i).slice(0, 3)).toEqual(['id', 'level', 'subject']);
    for (const r of v.vector.expect.rules) expect(Object.keys(r).slice(0, 3)).toEqual(['ruleId', 'subject', 'status']);
  });
});

describe('every vector: evaluate(input, options) gives the expected outcomes (subset match)', () => {
  it.each(vectors.map((v) => [`${v.file}: ${v.description}`, v.vector] as const))('%s', (_title, v) => {
    const e = evaluate(v.input, v.options as EvaluateOptions);
    const input = v.expect.input;
    if (input === undefined) expect(e.input.issues, 'vector inputs are valid').toEqual([]);
    else {
      expect(e.input.issues.map((i) => i.code), 'the problems found').toEqual(input.issues);
      expect(e.input.rejected.map((r) => r.index), 'the units rejected').toEqual(input.rejected);
    }
    for (const want of v.expect.indicators) {
      const found = e.indicators.filter((r) => r.id === want['id'] && r.level === want['level'] && r.subject === want['subject']);
      expect(found, `${String(want['id'])} ${String(want['level'])} ${String(want['subject'])}`).toHaveLength(1);
      expect(found[0]).toMatchObject(want);
    }
    for (const want of v.expect.rules) {
      const found = e.rules.filter((r) => r.ruleId === want['ruleId'] && r.subject === want['subject']);
      expect(found, `${String(want['ruleId'])} ${String(want['subject'])}`).toHaveLength(1);
      expect(found[0]).toMatchObject(want);
    }
  });
});

describe('coverage: every indicator and every rule has a passing and a failing vector', () => {
  const indicatorOutcomes = new Map<string, Set<unknown>>();
  const ruleOutcomes = new Map<string, Set<unknown>>();
  for (const { vector } of vectors) {
    for (const i of vector.expect.indicators) {
      if (!indicatorOutcomes.has(i['id'] as string)) indicatorOutcomes.set(i['id'] as string, new Set());
      if ('meetsTarget' in i) indicatorOutcomes.get(i['id'] as string)?.add(i['meetsTarget']);
    }
    for (const r of vector.expect.rules) {
      if (!ruleOutcomes.has(r['ruleId'] as string)) ruleOutcomes.set(r['ruleId'] as string, new Set());
      ruleOutcomes.get(r['ruleId'] as string)?.add(r['status']);
    }
  }

  it.each(INDICATOR_IDS.map((id) => [id] as const))('[indicator] %s: met (meetsTarget true) and not met (false)', (id) => {
    expect([...(indicatorOutcomes.get(id) ?? [])]).toEqual(expect.arrayContaining([true, false]));
  });

  it.each(RULE_IDS.map((id) => [id] as const))('[rule] %s: pass and fail', (id) => {
    const seen = [...(ruleOutcomes.get(id) ?? [])];
    expect(seen).toContain('pass');
    if (CANNOT_FAIL.has(id)) return;
    expect(seen).toContain('fail');
  });

  it('every rule status and progress status appears somewhere', () => {
    const all = new Set([...ruleOutcomes.values()].flatMap((s) => [...s]));
    expect([...all].sort()).toEqual(['fail', 'missing_data', 'not_applicable', 'pass', 'pending']);
    const progress = new Set(vectors.flatMap(({ vector }) => vector.expect.indicators.map((i) => (i['progress'] as { status?: string } | undefined)?.status)));
    for (const s of ['achieved', 'on_track', 'behind', 'not_achieved', 'no_data']) expect(progress.has(s), s).toBe(true);
  });
});

describe('the files are the hand-authored table (scripts/vectors/cases.ts)', () => {
  it('index.json', () => {
    expect(read('index.json')).toBe(serialize(indexJson(CASES)));
  });
  it.each(CASES.map((c) => [caseFile(c), c] as const))('%s', (file, c) => {
    expect(read(file)).toBe(serialize(caseJson(c)));
  });
});

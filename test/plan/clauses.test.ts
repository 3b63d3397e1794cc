import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { deepFreeze } from '../../src/_lib/deepFreeze';
import { CLAUSE_IDS, CLAUSES, type Clause, type ClauseId, getClause, isClauseId } from '../../src/plan/clauses';

const PLAN = readFileSync(new URL('../../docs/plan/plan.zh.txt', import.meta.url), 'utf8');
const LINES = PLAN.split('\n');
const BOOKMARK = /\[bookmark: [^\]]*\]/g;
const clean = (line: string): string => line.replace(BOOKMARK, '').trim();

// ---------------------------------------------------------------------------------------------------------------
// An independent scan of the plan text. It knows the plan's layout (headings, 专栏 blocks, the table), not the
// registry.
// ---------------------------------------------------------------------------------------------------------------

interface Found {
  readonly n: number; // the number the plan prints (1-based)
  readonly text: string;
  readonly group?: string; // （一）-style heading the item sits under
}

interface Scan {
  readonly background: Found[];
  readonly guidingThought: Found[];
  readonly principles: Found[];
  readonly goals: Found[];
  readonly indicators: Found[];
  readonly tasks: Found[];
  readonly panels: Map<number, Found[]>;
  readonly safeguards: Found[];
}

function scanPlan(): Scan {
  const scan: Scan = {
    background: [],
    guidingThought: [],
    principles: [],
    goals: [],
    indicators: [],
    tasks: [],
    panels: new Map(),
    safeguards: [],
  };
  let chapter = '';
  let group: string | undefined;
  let panel: number | undefined;
  let panelHasItems = false;
  for (let i = 0; i < LINES.length; i++) {
    const raw = LINES[i] ?? '';
    const line = clean(raw);
    const chapterMatch = /^([一二三四])、/.exec(line);
    if (chapterMatch) {
      chapter = chapterMatch[1] ?? '';
      group = undefined;
      panel = undefined;
      continue;
    }
    const panelMatch = /^专栏(\d+)\s/.exec(line);
    if (panelMatch) {
      panel = Number(panelMatch[1]);
      panelHasItems = false;
      scan.panels.set(panel, []);
      continue;
    }
    if (line === '') {
      // A blank line after the items closes a panel; the 专栏1 table has blank lines between rows and is closed by
      // the next chapter heading instead.
      if (panel !== undefined && panel !== 1 && panelHasItems) panel = undefined;
      continue;
    }
    if (panel === 1) {
      // The indicator table: a row is a line holding only its 序号, then a line with the indicator name.
      if (/^\d+$/.test(line)) {
        scan.indicators.push({ n: Number(line), text: clean(LINES[i + 1] ?? '') });
        panelHasItems = true;
        i++;
      }
      continue;
    }
    const numbered = /^(\d+)\./.exec(line);
    if (panel !== undefined) {
      if (!numbered) throw new Error(`unexpected line in 专栏${panel}: ${line.slice(0, 20)}`);
      const items = scan.panels.get(panel) ?? [];
      items.push({ n: Number(numbered[1]), text: line, ...(group === undefined ? {} : { group }) });
      panelHasItems = true;
      continue;
    }
    const sub = /^（([一二三四])）/.exec(line);
    if (chapter === '四' && sub) {
      scan.safeguards.push({ n: '一二三四'.indexOf(sub[1] ?? '') + 1, text: line });
      continue;
    }
    if (sub) {
      group = line;
      continue;
    }
    if (chapter === '一') scan.background.push({ n: scan.background.length + 1, text: line });
    else if (chapter === '二' && line.startsWith('——坚持')) scan.principles.push({ n: scan.principles.length + 1, text: line, ...(group ? { group } : {}) });
    else if (chapter === '二' && group === '（一）指导思想') scan.guidingThought.push({ n: 1, text: line, group });
    else if (chapter === '二' && group === '（三）发展目标') scan.goals.push({ n: 1, text: line, group });
    else if (chapter === '三' && numbered) scan.tasks.push({ n: Number(numbered[1]), text: line, ...(group === undefined ? {} : { group }) });
    else if (chapter !== '') throw new Error(`unclassified line ${i + 1}: ${line.slice(0, 20)}`);
  }
  return scan;
}

const SCAN = scanPlan();
const ids = (prefix: string, count: number): ClauseId[] =>
  Array.from({ length: count }, (_, k) => `${prefix}${k + 1}` as ClauseId);

/** Clause text must equal what the scan found, item by item, numbered 1..count. */
function expectMatches(found: readonly Found[], clauseIds: readonly ClauseId[]): void {
  expect(found.map((f) => f.n)).toEqual(clauseIds.map((_, k) => k + 1));
  expect(found.map((f) => f.text)).toEqual(clauseIds.map((id) => getClause(id).text));
}

describe('clause texts are the plan’s own words', () => {
  it.each(CLAUSE_IDS.map((id) => [id]))('[%s] text is non-empty, trimmed, markup-free and found verbatim', (id) => {
    const { text } = getClause(id);
    expect(text.length).toBeGreaterThan(0);
    expect(text).toBe(text.trim());
    expect(text).not.toMatch(/\[bookmark|[\t\n\r]/);
    expect(PLAN.includes(text)).toBe(true);
  });

  it('every clause text occurs exactly once in the plan', () => {
    for (const id of CLAUSE_IDS) {
      const { text } = getClause(id);
      expect(PLAN.indexOf(text), id).toBe(PLAN.lastIndexOf(text));
    }
  });

  it('numbered clauses start with their printed number and title', () => {
    const printedPrefix: Record<string, (n: number) => string> = {
      task: (n) => `${n}.`,
      panelItem: (n) => `${n}.`,
      principle: () => '——',
      safeguard: (n) => `（${'一二三四'[n - 1]}）`,
    };
    for (const id of CLAUSE_IDS) {
      const clause = getClause(id);
      const prefix = printedPrefix[clause.kind];
      if (!prefix) continue;
      const n = Number(/(\d+)$/.exec(id)?.[1]);
      expect(clause.text.startsWith(`${prefix(n)}${clause.titleZh}。`), id).toBe(true);
    }
  });

  it('spot checks written by hand', () => {
    expect(getClause('T3').text.startsWith('3.推动服务机制改革创新。全面推行“一窗”受理和“一站”办理')).toBe(true);
    expect(getClause('T3').text.endsWith('普遍建立精准匹配村（社区）居民需求的评价机制。')).toBe(true);
    expect(getClause('T6').text.startsWith('6.服务民族团结进步。深入开展民族团结进步和示范社区创建')).toBe(true);
    expect(getClause('P1.1').text).toBe('农村社区综合服务设施覆盖率');
    expect(getClause('P1.7').text).toBe('每万名城镇常住人口拥有社区工作者');
    expect(getClause('P3.2').titleZh).toBe('社区养老服务行动');
    expect(getClause('P3.2').text).toContain('特殊困难老年人月探访率达到100％'); // full-width ％ as printed
    expect(getClause('P6.3').text).toContain('1.8‰；力争2025年每个社区至少有1—2名专业社会工作人才。');
    expect(getClause('R2.1').text).toBe(
      '——坚持党的全面领导。把坚持党的领导贯穿始终，强化党组织在城乡社区服务体系建设中的领导作用，发挥党员服务群众带头示范作用，厚植党的执政基础。',
    );
    expect(getClause('S4').text).toBe(
      '（四）规范考核评估。将本规划实施情况纳入目标责任考核内容，作为改进政府工作的重要依据。强化示范带动、试点引路，分区域、分类别打造示范亮点，总结经验，选树典型，推动实践。',
    );
    expect(getClause('B1').text.startsWith('“十三五”期间，我县')).toBe(true);
    expect(getClause('B2').text.startsWith('“十四五”时期，我县')).toBe(true);
    expect(getClause('R3').text.startsWith('到2025年末，党建引领社区服务机制更加健全')).toBe(true);
  });
});

describe('no numbered item of the plan is missing (independent scan, counts written by hand)', () => {
  it('一、发展基础 has 2 paragraphs', () => {
    expect(SCAN.background).toHaveLength(2);
    expectMatches(SCAN.background, ['B1', 'B2']);
  });

  it('二、总体要求: 指导思想, 4 principles, 发展目标', () => {
    expect(SCAN.guidingThought).toHaveLength(1);
    expect(SCAN.principles).toHaveLength(4);
    expect(SCAN.goals).toHaveLength(1);
    expectMatches(SCAN.guidingThought, ['R1']);
    expectMatches(SCAN.principles, ['R2.1', 'R2.2', 'R2.3', 'R2.4']);
    expectMatches(SCAN.goals, ['R3']);
    for (const f of SCAN.principles) expect(f.group).toBe('（二）基本原则');
  });

  it('专栏1 has 7 indicator rows', () => {
    expect(SCAN.indicators).toHaveLength(7);
    expectMatches(SCAN.indicators, ids('P1.', 7));
  });

  it('三、重点任务 has 12 tasks numbered 1–12 across four groups (3 + 4 + 2 + 3)', () => {
    expect(SCAN.tasks).toHaveLength(12);
    expectMatches(SCAN.tasks, ids('T', 12));
    const byGroup = (g: string) => SCAN.tasks.filter((t) => t.group === g).map((t) => t.n);
    expect(byGroup('（一）健全党建引领城乡社区服务机制')).toEqual([1, 2, 3]);
    expect(byGroup('（二）增强城乡社区服务供给')).toEqual([4, 5, 6, 7]);
    expect(byGroup('（三）提升城乡社区服务效能')).toEqual([8, 9]);
    expect(byGroup('（四）加强城乡社区服务人才队伍建设')).toEqual([10, 11, 12]);
    for (const t of SCAN.tasks) expect(getClause(`T${t.n}` as ClauseId).groupZh).toBe(t.group);
  });

  it('专栏2–6 have 3, 17, 3, 3, 3 items, each numbered from 1', () => {
    expect([...SCAN.panels.keys()]).toEqual([1, 2, 3, 4, 5, 6]);
    const expected: ReadonlyArray<readonly [number, number]> = [[2, 3], [3, 17], [4, 3], [5, 3], [6, 3]];
    for (const [panel, count] of expected) {
      const found = SCAN.panels.get(panel) ?? [];
      expect(found, `专栏${panel}`).toHaveLength(count);
      expectMatches(found, ids(`P${panel}.`, count));
      for (const f of found) {
        const clause = getClause(`P${panel}.${f.n}` as ClauseId);
        expect(clause.panel).toBe(panel);
        expect(clause.groupZh).toBe(f.group);
      }
    }
  });

  it('四、保障措施 has 4 parts （一）–（四）', () => {
    expect(SCAN.safeguards).toHaveLength(4);
    expectMatches(SCAN.safeguards, ['S1', 'S2', 'S3', 'S4']);
  });

  it('the registry holds exactly the scanned items and nothing else: 2 + 1 + 4 + 1 + 7 + 12 + 29 + 4 = 60', () => {
    expect(CLAUSE_IDS).toHaveLength(60);
    expect(Object.keys(CLAUSES)).toEqual([...CLAUSE_IDS]);
  });
});

describe('IDs, labels and order', () => {
  it('IDs are unique and each record carries its own ID', () => {
    expect(new Set(CLAUSE_IDS).size).toBe(CLAUSE_IDS.length);
    for (const id of CLAUSE_IDS) expect(CLAUSES[id].id).toBe(id);
  });

  it('CLAUSE_IDS follows the plan text: positions strictly increase over the whole tuple', () => {
    const positions = CLAUSE_IDS.map((id) => PLAN.indexOf(getClause(id).text));
    for (let k = 1; k < positions.length; k++) {
      expect(positions[k], CLAUSE_IDS[k]).toBeGreaterThan(positions[k - 1] ?? -1);
    }
  });

  it('within each group, the ordinal in the ID increases with the position in the plan', () => {
    const groups = new Map<string, { ordinal: number; pos: number }[]>();
    for (const id of CLAUSE_IDS) {
      const m = /^([A-Z]\d*\.?)(\d+)$/.exec(id);
      const key = m?.[1] ?? id;
      const list = groups.get(key) ?? [];
      list.push({ ordinal: Number(m?.[2] ?? 0), pos: PLAN.indexOf(getClause(id).text) });
      groups.set(key, list);
    }
    for (const [key, list] of groups) {
      const byPos = [...list].sort((a, b) => a.pos - b.pos).map((x) => x.ordinal);
      expect(byPos, key).toEqual(list.map((x) => x.ordinal));
    }
  });

  it.each<[ClauseId, string, string]>([
    ['B1', '发展基础第1段', 'Background, paragraph 1'],
    ['B2', '发展基础第2段', 'Background, paragraph 2'],
    ['R1', '指导思想', 'Guiding thought'],
    ['R2.2', '基本原则第2条', 'Basic principle 2'],
    ['R3', '发展目标', 'Development goals'],
    ['P1.3', '专栏1第3项', 'Panel 1, item 3'],
    ['T8', '重点任务第8条', 'Key task 8'],
    ['P3.2', '专栏3第2项', 'Panel 3, item 2'],
    ['P3.17', '专栏3第17项', 'Panel 3, item 17'],
    ['S1', '保障措施第1条', 'Safeguard 1'],
  ])('[%s] labels %s / %s', (id, zh, en) => {
    expect(getClause(id).labelZh).toBe(zh);
    expect(getClause(id).labelEn).toBe(en);
  });

  it('chapters, kinds, groups and panels', () => {
    const chapterOf = (id: ClauseId) => getClause(id).chapter;
    expect(['B1', 'B2'].map((id) => chapterOf(id as ClauseId))).toEqual(['background', 'background']);
    expect(chapterOf('R2.4')).toBe('requirements');
    expect(chapterOf('P1.7')).toBe('requirements');
    expect(chapterOf('T12')).toBe('tasks');
    expect(chapterOf('P6.3')).toBe('tasks');
    expect(chapterOf('S4')).toBe('safeguards');
    expect(getClause('T3').titleZh).toBe('推动服务机制改革创新');
    expect(getClause('P1.1').titleZh).toBe('农村社区综合服务设施覆盖率');
    expect(getClause('T5').groupZh).toBe('（二）增强城乡社区服务供给');
    expect(getClause('P4.1').groupZh).toBe('（三）提升城乡社区服务效能');
    expect(getClause('P3.1').panelTitleZh).toBe('新时代新社区新生活服务质量提升行动');
    expect(getClause('B1').groupZh).toBeUndefined();
    expect(getClause('S1').groupZh).toBeUndefined();
    expect(getClause('T1').panel).toBeUndefined();
    for (const id of CLAUSE_IDS) {
      const c = getClause(id);
      expect(PLAN.includes(c.titleZh), id).toBe(true);
      expect(c.titleEn.length, id).toBeGreaterThan(0);
      if (c.groupZh !== undefined) expect(LINES.includes(c.groupZh), id).toBe(true);
      if (c.panelTitleZh !== undefined) expect(PLAN.includes(`专栏${c.panel}  ${c.panelTitleZh}\n`), id).toBe(true);
      expect(LINES.includes(c.chapterZh), id).toBe(true);
    }
  });
});

describe('lookup and guards', () => {
  it('getClause returns the registry record', () => {
    expect(getClause('T8')).toBe(CLAUSES.T8);
    expect(getClause('T8').labelZh).toBe('重点任务第8条');
  });

  it('getClause throws a RangeError on an unknown ID from untyped code', () => {
    // @ts-expect-error — 'T13' is not a ClauseId: there are twelve tasks.
    expect(() => getClause('T13')).toThrow(RangeError);
    expect(() => getClause('constructor' as ClauseId)).toThrow(RangeError);
    expect(() => getClause('__proto__' as ClauseId)).toThrow(RangeError);
  });

  it('isClauseId', () => {
    for (const id of CLAUSE_IDS) expect(isClauseId(id)).toBe(true);
    for (const v of ['T13', 't8', 'T8 ', 'P1.8', 'P3.0', 'R2', 'toString', '__proto__', '', 8, null, undefined, {}, ['T8']]) {
      expect(isClauseId(v)).toBe(false);
    }
  });

  it('types: ClauseId is a literal union and getClause returns Clause', () => {
    expectTypeOf<'T8'>().toExtend<ClauseId>();
    expectTypeOf<'T13'>().not.toExtend<ClauseId>();
    expectTypeOf<string>().not.toExtend<ClauseId>();
    expectTypeOf(getClause).parameter(0).toEqualTypeOf<ClauseId>();
    expectTypeOf(getClause).returns.toEqualTypeOf<Clause>();
    const unknownValue: unknown = 'S2';
    if (isClauseId(unknownValue)) expectTypeOf(unknownValue).toEqualTypeOf<ClauseId>();
  });
});

describe('immutability', () => {
  it('CLAUSES, every clause and CLAUSE_IDS are frozen', () => {
    expect(Object.isFrozen(CLAUSES)).toBe(true);
    expect(Object.isFrozen(CLAUSE_IDS)).toBe(true);
    for (const id of CLAUSE_IDS) expect(Object.isFrozen(CLAUSES[id])).toBe(true);
  });

  it('mutation throws in strict mode', () => {
    expect(() => {
      (CLAUSES as Record<string, unknown>)['T13'] = {};
    }).toThrow(TypeError);
    expect(() => {
      (CLAUSES.T1 as { text: string }).text = 'x';
    }).toThrow(TypeError);
    expect(() => {
      delete (CLAUSES as Partial<Record<ClauseId, Clause>>).T1;
    }).toThrow(TypeError);
    expect(() => {
      (CLAUSE_IDS as unknown as string[]).push('T13');
    }).toThrow(TypeError);
    expect(getClause('T1').text.startsWith('1.加强党的全面领导。')).toBe(true);
  });

  it('deepFreeze freezes nested objects and arrays, handles cycles, and returns its argument', () => {
    const cyclic: { a: { b: number[] }; self?: unknown } = { a: { b: [1, 2] } };
    cyclic.self = cyclic;
    expect(deepFreeze(cyclic)).toBe(cyclic);
    expect(Object.isFrozen(cyclic)).toBe(true);
    expect(Object.isFrozen(cyclic.a)).toBe(true);
    expect(Object.isFrozen(cyclic.a.b)).toBe(true);
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBe(null);
    const bytes = new Uint8Array([1]);
    expect(() => deepFreeze({ bytes })).not.toThrow();
  });
});

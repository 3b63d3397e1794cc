import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/actions/ACTIONS';
import { getClause, type ClauseId } from '../../src/plan/clauses';
import type { RuleId } from '../../src/rules/RULE_IDS';
import { getRule } from '../../src/rules/RULES';

const PLAN = readFileSync(new URL('../../docs/plan/plan.zh.txt', import.meta.url), 'utf8').replace(/\[bookmark: [^\]]*\]/g, '');

/**
 * Every quantitative statement of the plan, listed by hand from docs/plan/plan.zh.txt: the clause, its exact words, and
 * what encodes it. `indicator` marks a 专栏1 figure (P1.1–P1.7), encoded by the indicators module and listed here by
 * clause only.
 */
type By = { readonly rules: readonly RuleId[] } | { readonly indicator: true } | { readonly action: string } | { readonly period: true };
const STATEMENTS: readonly (readonly [ClauseId, string, By])[] = [
  // 专栏1 (indicators; P1.5 is also checked facility by facility)
  ['P1.1', '60%', { indicator: true }],
  ['P1.1', '80%', { indicator: true }],
  ['P1.2', '100%', { indicator: true }],
  ['P1.3', '≥10%', { indicator: true }],
  ['P1.4', '≥30平方米', { indicator: true }],
  ['P1.5', '≥60%', { rules: ['p1-5-facility-activity-share'] }],
  ['P1.6', '100%', { indicator: true }],
  ['P1.7', '17.1人', { indicator: true }],
  ['P1.7', '18人', { indicator: true }],
  // 发展目标: the period
  ['R3', '到2025年末', { period: true }],
  // T3
  ['T3', '每天8小时', { rules: ['t3-opening-hours'] }],
  ['T3', '24小时', { rules: ['t3-online-service-24h'] }],
  ['T3', '村（社区）全覆盖', { rules: ['t3-proxy-government-service'] }],
  ['T3', '覆盖所有村（社区）', { rules: ['t3-satisfaction-survey'] }],
  // 专栏2
  ['P2.1', '不低于1个', { rules: ['p2-1-brand-organisations', 'p2-1-brand-projects'] }],
  ['P2.2', '全覆盖', { rules: ['p2-2-volunteer-station'] }],
  ['P2.2', '15%', { rules: ['p2-2-registered-volunteers'] }],
  // T7
  ['T7', '法律服务全覆盖', { rules: ['t7-legal-services'] }],
  // 专栏3
  ['P3.1', '到社区报到全覆盖', { rules: ['p3-1-party-organisations-reported', 'p3-1-serving-party-members-reported'] }],
  ['P3.2', '100％', { rules: ['p3-2-monthly-visit-rate', 'p3-2-visits-on-roster'] }],
  ['P3.2', '每百户不少于20平方米', { rules: ['p3-2-new-estate-elderly-care-space'] }],
  ['P3.2', '至少建有1个', { rules: ['p3-2-township-elderly-care-centre'] }],
  ['P3.2', '50%以上', { rules: ['p3-2-regional-elderly-care-centres'] }],
  ['P3.2', '90%', { rules: ['p3-2-day-care-coverage'] }],
  ['P3.3', '9个乡镇、1个农场', { rules: ['p3-3-minor-protection-station'] }],
  ['P3.4', '残疾人协会全覆盖', { rules: ['p3-4-disabled-persons-association'] }],
  ['P3.4', '60%以上', { rules: ['p3-4-mental-health-rehabilitation'] }],
  ['P3.9', '15分钟健身圈', { rules: ['p3-9-fitness-circle'] }],
  ['P3.11', '一区一警两辅警', { rules: ['p3-11-urban-community-police', 'p3-11-urban-auxiliary-police'] }],
  ['P3.11', '一村一辅警', { rules: ['p3-11-rural-auxiliary-police'] }],
  ['P3.12', '一村（社区）一法律顾问', { rules: ['p3-12-legal-adviser'] }],
  ['P3.14', '20个以上', { rules: ['p3-14-demonstration-villages'] }],
  ['P3.15', '一刻钟', { action: 'p3-15-convenience-circle' }],
  ['P3.16', '68个行政村', { rules: ['p3-16-village-plans', 'p3-16-village-plan'] }],
  ['P3.17', '“三项清单”', { action: 'p3-17-three-lists' }],
  // T8, 专栏4
  ['T8', '每百户居民不低于30平方米', { rules: ['t8-new-facility-area'] }],
  ['P4.2', '基本实现易地扶贫搬迁安置点综合服务设施全覆盖', { rules: ['p4-2-relocation-site-facilities'] }],
  // 专栏5
  ['P5.2', '三级物流网络', { action: 'p5-2-three-level-logistics' }],
  // T10, T12
  ['T10', '可设1名', { rules: ['t10-ethnic-religious-officer'] }],
  ['T12', '“基本报酬+岗位补贴+绩效补贴+村级集体经济创收奖励”', { rules: ['t12-village-cadre-pay-structure'] }],
  ['T12', '上年度', { rules: ['t12-urban-worker-income'] }],
  // 专栏6
  ['P6.1', '轮训一遍', { rules: ['p6-1-workers-trained'] }],
  ['P6.3', '9个乡镇1个农场', { rules: ['p6-3-social-work-station'] }],
  ['P6.3', '1.8‰', { rules: ['p6-3-social-work-talent'] }],
  ['P6.3', '1—2名', { rules: ['p6-3-social-workers', 'p6-3-social-workers-two'] }],
  // B1, S1: trends and the yearly list
  ['B1', '“一肩挑”比例逐步提高', { rules: ['b1-one-shoulder-trend'] }],
  ['S1', '年度任务清单和工作台账', { action: 's1-annual-task-list' }],
];

const INDICATOR_CLAUSES: readonly string[] = ['P1.1', 'P1.2', 'P1.3', 'P1.4', 'P1.5', 'P1.6', 'P1.7'];

describe('every quantitative statement of the plan is encoded', () => {
  it.each(STATEMENTS.map(([c, words, by]) => [`[${c}] ${words}`, c, words, by] as const))('%s', (_t, clause, words, by) => {
    // The words are the plan's: in the clause text (专栏1 figures are table cells, found in the plan text).
    if (clause.startsWith('P1.')) expect(PLAN.includes(words)).toBe(true);
    else expect(getClause(clause).text.includes(words)).toBe(true);
    if ('indicator' in by) {
      expect(INDICATOR_CLAUSES).toContain(clause);
    } else if ('period' in by) {
      expect(clause).toBe('R3');
    } else if ('action' in by) {
      const a = ACTIONS.find((x) => x.id === by.action);
      expect(a?.clause).toBe(clause);
      expect(PLAN.includes(a?.quote ?? '\u0000')).toBe(true);
    } else {
      for (const id of by.rules) {
        const r = getRule(id);
        expect(r.clause).toBe(clause);
        // the rule carries the words: in its quote or as its printed threshold
        expect(r.quote.includes(words) || r.threshold?.printed === words).toBe(true);
      }
    }
  });

  it('accounts for every number written in digits in the plan', () => {
    expect(unexplainedNumbers(STATEMENTS.map(([, words]) => words))).toEqual([]);
  });

  it('the scan is not vacuous: without the list, the quantities show up unexplained', () => {
    const bare = unexplainedNumbers([]).join(' | ');
    for (const w of ['8小时', '24小时', '1.8‰', '100％', '20平方米', '30平方米', '68个行政村', '15%', '90%', '50%以上', '60%以上', '20个以上', '17.1人']) {
      expect(bare).toContain(w);
    }
  });
});

/**
 * The digit runs of the plan that are neither inside one of `encoded` nor explained as a non-quantity (document numbers,
 * list and row numbers, panel labels, the table's year headings, due years, encoded as due dates, and the name 5G).
 */
function unexplainedNumbers(encoded: readonly string[]): string[] {
  const explained: RegExp[] = [
    /〔2023〕/, /29号/, /59号/, // 德政办发〔2023〕29号, 陇政发〔2023〕59号
    /(^|\n)\t?\d+\./, // numbered tasks and panel items
    /专栏\d/,
    /\n\t\d\n/, // 专栏1 row numbers (序号)
    /2020年\n基期值/, /2025年\n目标值/,
    /2025年/, // 到2025年, 力争2025年: due dates on the rules
    /（5G）/,
  ];
  const unexplained: string[] = [];
  const re = /\d+(?:\.\d+)?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(PLAN)) !== null) {
    const at = m.index;
    const from = Math.max(0, at - 12);
    const around = PLAN.slice(from, at + m[0].length + 12);
    const covers = (start: number, length: number) => start <= at && at < start + length;
    const local = (p: RegExp) => {
      const g = new RegExp(p.source, 'g');
      let x: RegExpExecArray | null;
      while ((x = g.exec(around)) !== null) {
        if (covers(from + x.index, x[0].length)) return true;
        if (x[0].length === 0) g.lastIndex++;
      }
      return false;
    };
    const inStatement = encoded.some((w) => {
      for (let i = PLAN.indexOf(w); i >= 0; i = PLAN.indexOf(w, i + 1)) if (covers(i, w.length)) return true;
      return false;
    });
    if (!inStatement && !explained.some(local)) unexplained.push(around.replace(/\s+/g, ' '));
  }
  return unexplained;
}

/**
 * Rules checked on each township-level unit (the nine 乡镇 and 陇川农场): elderly-care centres (专栏3 item 2),
 * minor-protection workstations (专栏3 item 3) and social work stations (专栏6 item 3, 专栏2 item 3). The subject of each
 * result is the township code; results are in code order.
 *
 * Where the plan says 乡镇 alone (专栏3 item 2), the farm is not counted by default: the plan names the farm beside the
 * 乡镇 whenever it means it (“9个乡镇、1个农场”, “乡镇（农场）”). The option `farmCountsAsTownship` counts it.
 *
 * @module
 */
import type { CalendarDate } from '../period/CalendarDate';
import type { Snapshot } from '../snapshot/snapshotSchema';
import { type CoreRule, defineRule, dueNote, dueOf, missingResult, notApplicable, result, type RuleCore, type RuleTextTable, unmetStatus } from './_lib/rule';
import { kindWords, townshipSubjects } from './_lib/townships';
import { gapWords } from './_lib/gapWords';
import { wholeGap } from './_lib/gaps';
import { measureFor } from './_lib/measure';
import type { ResolvedRuleOptions } from './RuleOptions';
import { ELDERLY_CENTRE_QUOTE, FARM_NOTE } from './_lib/shared';
import type { RuleResult } from './types';
import { subjectLabel, subjectZh, subjectEn } from './_lib/subject';

const DUE_2025 = '2025-12-31' as CalendarDate;
const PLAN_END = '2025-12-31' as CalendarDate;

const elderlyCentreDef: RuleCore = {
  id: 'p3-2-township-elderly-care-centre',
  clause: 'P3.2',
  relatedClauses: [],
  titleZh: '各乡镇至少建有1个具备综合功能的养老服务中心',
  titleEn: 'At least one comprehensive elderly-care service centre in every township',
  scope: 'township',
  appliesTo: 'all',
  due: DUE_2025,
  severity: 'soft',
  severityWord: '力争',
  cadence: 'target',
  threshold: { comparator: 'at_least', value: '1', unit: 'count', printed: '至少建有1个' },
};

function runElderlyCentre(snapshot: Snapshot, o: ResolvedRuleOptions): RuleResult[] {
  const def = elderlyCentreDef;
  const due = dueOf(def, o);
  const out: RuleResult[] = [];
  for (const t of townshipSubjects(snapshot)) {
    if (t.kind === undefined) {
      out.push(missingResult(def, t.code, ['kind'], '≥1'));
      continue;
    }
    if (t.kind === 'farm' && !o.farmCountsAsTownship) {
      out.push(notApplicable(def, t.code, '农场不计入“各乡镇”（选项 farmCountsAsTownship）', 'the state farm is not among 各乡镇 (option farmCountsAsTownship)'));
      continue;
    }
    const n = t.record?.comprehensiveElderlyCareCentres;
    if (n === undefined) {
      out.push(missingResult(def, t.code, [t.record === undefined ? 'townships' : 'comprehensiveElderlyCareCentres'], '≥1'));
    } else if (n >= 1) {
      out.push(result(def, t.code, 'pass', String(n), '≥1', `${subjectZh(t.code)}：已建具备综合功能的养老服务中心${n}个`, `${subjectEn(t.code)}: ${n} comprehensive elderly-care service centre(s)`, undefined, null, measureFor(def, n)));
    } else {
      const st = unmetStatus(snapshot.asOf, due);
      const d = dueNote(st, due);
      // Below 1 means none: one centre is the gap.
      const gap = wholeGap(n, 1, 1, 1, 1, 'count');
      const g = gapWords(gap);
      out.push(result(def, t.code, st, '0', '≥1', `${subjectZh(t.code)}：尚无具备综合功能的养老服务中心${g.zh}${d.zh}`, `${subjectEn(t.code)}: no comprehensive elderly-care service centre yet${g.en}${d.en}`, undefined, gap, measureFor(def, n)));
    }
  }
  return out;
}

/** A township as it leads a message: by name when registered (`章凤镇（533124101）`), else its code and kind. */
function townshipLead(code: string, kind: { zh: string; en: string }): { zh: string; en: string } {
  const named = subjectLabel(code);
  return named.zh !== code ? named : { zh: `${code}（${kind.zh}）`, en: `${code} (${kind.en})` };
}

/** A township rule on a yes/no fact that every township-level unit, farm included, must have. */
function townshipFlagRule(
  def: RuleCore,
  field: 'hasMinorProtectionStation' | 'hasSocialWorkStation',
  haveZh: string,
  haveEn: string,
  lackZh: string,
  lackEn: string,
): CoreRule {
  return defineRule(def, (snapshot: Snapshot, o: ResolvedRuleOptions): RuleResult[] => {
    const due = dueOf(def, o);
    const out: RuleResult[] = [];
    for (const t of townshipSubjects(snapshot)) {
      const v = t.record?.[field];
      const k = townshipLead(t.code, kindWords(t.kind));
      if (v === undefined) out.push(missingResult(def, t.code, [t.record === undefined ? 'townships' : field], 'true'));
      else if (v) out.push(result(def, t.code, 'pass', 'true', 'true', `${k.zh}：${haveZh}`, `${k.en}: ${haveEn}`));
      else {
        const st = unmetStatus(snapshot.asOf, due);
        const d = dueNote(st, due);
        out.push(result(def, t.code, st, 'false', 'true', `${k.zh}：${lackZh}${d.zh}`, `${k.en}: ${lackEn}${d.en}`));
      }
    }
    return out;
  });
}

const minorProtection = townshipFlagRule(
  {
    id: 'p3-3-minor-protection-station',
    clause: 'P3.3',
    relatedClauses: ['T7'],
    titleZh: '9个乡镇、1个农场均设有未成年人保护工作站',
    titleEn: 'A minor-protection workstation in all 9 townships and the farm',
    scope: 'township',
    appliesTo: 'all',
    due: DUE_2025,
    severity: 'soft',
    severityWord: '力争',
    cadence: 'target',
  },
  'hasMinorProtectionStation',
  '已设未成年人保护工作站',
  'has a minor-protection workstation',
  '尚未设未成年人保护工作站',
  'has no minor-protection workstation yet',
);

const socialWorkStation = townshipFlagRule(
  {
    id: 'p6-3-social-work-station',
    clause: 'P6.3',
    relatedClauses: ['P2.3'],
    titleZh: '9个乡镇1个农场建有社会工作站',
    titleEn: 'A social work station in all 9 townships and the farm',
    scope: 'township',
    appliesTo: 'all',
    impliedDue: PLAN_END,
    severity: 'binding',
    cadence: 'target',
  },
  'hasSocialWorkStation',
  '已建社会工作站',
  'has a social work station',
  '尚未建社会工作站',
  'has no social work station yet',
);

const elderlyCentre = defineRule(elderlyCentreDef, runElderlyCentre);

/**
 * The township rules, in the plan's order. Each gives one result per township-level unit (Longchuan's ten by
 * default), in code order.
 *
 * @clause P3.2
 * @clause P3.3
 * @clause P6.3
 * @clause P2.3
 * @example
 * ```ts
 * TOWNSHIP_RULES.map((r) => r.id)
 * //=> ['p3-2-township-elderly-care-centre', 'p3-3-minor-protection-station', 'p6-3-social-work-station']
 * ```
 * @category Evaluation · 评估
 */
export const TOWNSHIP_RULES: readonly CoreRule[] = Object.freeze([elderlyCentre, minorProtection, socialWorkStation]);

/**
 * The plan's words (`quote`) and the readings (`interpretation`) of the township rules, by rule ID. Only the catalogue
 * (`RULES`, `getRule`) reads them: the runners do not, so that a bundle of evaluate leaves these texts out.
 *
 * @internal
 * @clause P3.3
 * @example
 * ```ts
 * TOWNSHIP_RULE_TEXTS['p3-3-minor-protection-station']?.quote
 * //=> '力争2025年9个乡镇、1个农场均设有未成年人保护工作站'
 * ```
 */
// Pure: a bundle that does not use the catalogue drops the table and the texts only it reads.
export const TOWNSHIP_RULE_TEXTS: RuleTextTable = /* @__PURE__ */ (() => ({
    'p3-2-township-elderly-care-centre': {
      quote: ELDERLY_CENTRE_QUOTE,
      interpretation: FARM_NOTE,
    },
    'p3-3-minor-protection-station': {
      quote: '力争2025年9个乡镇、1个农场均设有未成年人保护工作站',
      interpretation: {
        noteZh: '“9个乡镇、1个农场”即陇川县全部10个乡级单位，逐个检查；农场明确计入。',
        noteEn: '“9个乡镇、1个农场” are all ten township-level units of Longchuan, checked one by one; the farm is named and counted.',
      },
    },
    'p6-3-social-work-station': {
      quote: '全面推动9个乡镇1个农场社会工作站及社会工作服务示范站建设',
      interpretation: {
        noteZh:
          '专栏6第3项“全面推动9个乡镇1个农场社会工作站…建设”与专栏2第3项“在乡镇（农场）设置…社会工作平台站点”是同一要求，逐个乡级单位检查（农场计入）。' +
          '示范站数量规划未定，不设数字。本句未写期限，按“到2025年末”视为 2025-12-31 到期（选项 undatedTargets）。',
        noteEn:
          '专栏6 item 3 and 专栏2 item 3 state the same requirement; checked for each township-level unit, the farm included. The plan sets no ' +
          'number of demonstration stations and the library invents none. No date is stated: due 2025-12-31 by “到2025年末” (option undatedTargets).',
        option: 'undatedTargets',
        default: 'plan_end',
        alternatives: ['immediately'],
      },
    },
}))();

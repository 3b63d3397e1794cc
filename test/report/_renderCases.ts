// Small evaluations for the renderMarkdown / renderHtml mutation tests. Each is built inside a test (never at
// describe level), so that Stryker ties the tests to the code they reach.
import { evaluate } from '../../src/evaluate/evaluate';
import type { Evaluation } from '../../src/evaluate/Evaluation';
import type { RuleResult } from '../../src/rules/types';

/** No units, no county data: no township rows, no failing or pending rule, nothing past due. */
export const emptyEvaluation = (): Evaluation => evaluate({ asOf: '2024-12-31', units: [] });

/**
 * One service outlet (a record, so its subject has no registry name) that pays the non-residential water price:
 * [S2] fails for `OUT-1`. S2 is a safeguard (四、保障措施), a part without （一）-style subsections.
 */
export const outletSnapshot = (id = 'OUT-1'): Record<string, unknown> => ({
  asOf: '2024-12-31',
  units: [],
  records: { serviceOutlets: [{ id, water: 'non_residential', electricity: 'residential', gas: 'not_supplied', heating: 'not_supplied' }] },
});

/** 章凤村 open 09:00–16:00 on weekdays only: 7 h a day < 8 h, so [T3] fails for it. */
export const shortHoursUnit = {
  code: '533124101201',
  townshipCode: '533124101',
  hasServiceFacility: true,
  openingSchedule: { mon: ['09:00-16:00'], tue: ['09:00-16:00'], wed: ['09:00-16:00'], thu: ['09:00-16:00'], fri: ['09:00-16:00'], sat: [], sun: [] },
};

/**
 * 章凤村 as {@link shortHoursUnit} (7 h a day: [T3]'s 一般不少于每天8小时 is soft, so an advisory, 提示) and with no grid
 * member: [T10] 应 at least one, binding, so a failure (未达标).
 */
export const noGridMemberUnit = { ...shortHoursUnit, gridMembers: 0 };

/** The same evaluation with its missing fields, rejected units and issues replaced (a renderer takes any evaluation). */
export function withMissing(
  e: Evaluation,
  m: { fields?: Evaluation['summary']['missingData']; rejected?: Evaluation['input']['rejected']; issues?: Evaluation['input']['issues'] },
): Evaluation {
  return {
    ...e,
    summary: { ...e.summary, missingData: m.fields ?? e.summary.missingData },
    input: { ...e.input, rejected: m.rejected ?? e.input.rejected, issues: m.issues ?? e.input.issues },
  };
}

/** Two units rejected (the second without a readable code) and no issue, no missing field. */
export function rejectedOnly(): Evaluation {
  const e = evaluate({ asOf: '2024-12-31', units: [{ code: '533124101201', townshipCode: '533124101', hasServiceFacility: 'x' }, { code: 5 }] });
  return withMissing(e, { fields: [], issues: [] });
}

/** One issue (an outlet ID with a pipe is refused) and no rejected unit, no missing field. */
export function issueOnly(): Evaluation {
  return withMissing(evaluate(outletSnapshot('OUT|1')), { fields: [] });
}

/** Nothing missing, rejected or wrong. */
export function nothingMissing(): Evaluation {
  return withMissing(emptyEvaluation(), { fields: [] });
}

/**
 * The outlet evaluation with the S2 result's actual value and message blanked: the library never builds such a judged
 * result (its type promises the actual), but the evaluation schema admits one, and a report of stored JSON must cope.
 */
export function outletWithoutActual(): Evaluation {
  const e = evaluate(outletSnapshot());
  return { ...e, rules: e.rules.map((r) => (r.status === 'fail' ? ({ ...r, actual: null, message: { zh: '', en: '' } } as unknown as RuleResult) : r)) };
}

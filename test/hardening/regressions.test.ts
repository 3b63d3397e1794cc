// Bugs found by the hardening work (src/actions, src/evaluate, src/indicators, src/rules), kept as the regression
// tests they became once fixed. Each was first written as the test that should pass, marked `it.fails`.
import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { annualTaskList } from '../../src/actions/annualTaskList';
import { openLedger, recordInLedger } from '../../src/actions/workLedger';
import { evaluate } from '../../src/evaluate/evaluate';
import type { EvaluateOptions } from '../../src/evaluate/EvaluateOptions';
import { formatIndicatorValue } from '../../src/indicators/formatIndicatorValue';
import { checkRule } from '../../src/rules/checkRules';
import { parseSnapshot } from '../../src/snapshot/parseSnapshot';
import { thrown } from '../_thrown';

const EMPTY = { asOf: '2025-06-30', units: [] };
const UNPRINTABLE = [Object.create(null) as object, { toString: false }];

/** What `f` threw, or `undefined`. */

describe('src/actions: action-record issues point at the caller’s record', () => {
  it('after a bad action is left out, the unknown ID of the next one is reported at its own index (actionRecordIssues counts the kept list)', () => {
    const e = evaluate({
      ...EMPTY,
      actions: [
        { actionId: 't3-one-window', status: 'in_progress', startedOn: '2025-13-01' },
        { actionId: 'no-such-action', status: 'not_started' },
      ],
    });
    // Was ['actions', 0, 'actionId']: the index in the list that survived parsing, which named the wrong record.
    expect(e.input.issues.map((i) => i.path)).toEqual([
      ['actions', 0, 'startedOn'],
      ['actions', 1, 'actionId'],
    ]);
  });
});

describe('src/indicators: formatIndicatorValue throws PlanInputError for any bad value', () => {
  it.each(UNPRINTABLE.map((v) => [v]))('a value String() cannot print (%s) gives PlanInputError, not TypeError', (v) => {
    expect(thrown(() => formatIndicatorValue(v as never))).toBeInstanceOf(PlanInputError);
  });
  it('bad places that String() cannot print give PlanInputError, not TypeError', () => {
    expect(thrown(() => formatIndicatorValue('1', { places: Object.create(null) as never }))).toBeInstanceOf(PlanInputError);
  });
});

describe('src/evaluate, src/indicators, src/rules: a bad option is a PlanInputError naming the option', () => {
  it.each<[string, EvaluateOptions]>([
    ['classifyBy that String() cannot print', { classifyBy: Object.create(null) as never }],
    ['rounding that String() cannot print', { rounding: Object.create(null) as never }],
  ])('%s', (_name, options) => {
    expect(thrown(() => evaluate(EMPTY, options))).toBeInstanceOf(PlanInputError);
  });

  // Fixed in evaluate's own option checks: kept here as the regression tests they became.
  it.each<[string, EvaluateOptions]>([
    ['levels that are not a list', { levels: Object.create(null) as never }],
    ['a rule ID that does not exist (was a RangeError)', { rules: ['no-such-rule'] as never }],
    ['a level that does not exist (was silently ignored)', { levels: ['township', 'region' as never] }],
    ['indicatorPlaces 99 (was accepted; formatIndicatorValue allows 0–20)', { indicatorPlaces: 99 }],
  ])('%s', (_name, options) => {
    const e = thrown(() => evaluate(EMPTY, options));
    expect(e).toBeInstanceOf(PlanInputError);
  });
});

describe('src/actions: the year check and the ledger build their messages without String()', () => {
  // Found while killing the mutation survivors of src/actions: these three messages still used String(value) (or a
  // template), which throws TypeError for a value String() cannot print. Each threw TypeError, not PlanInputError.
  it.each(UNPRINTABLE.map((v) => [v]))('annualTaskList(%s) is a PlanInputError naming the value by its kind', (v) => {
    const e = thrown(() => annualTaskList(v as never)) as PlanInputError;
    expect(e).toBeInstanceOf(PlanInputError);
    expect([e.code, e.path, e.messageZh, e.messageEn]).toEqual([
      'year_outside_plan',
      ['year'],
      '年份须为规划期内的 2021—2025 年：object',
      'the year must be in the plan period 2021–2025: object',
    ]);
  });
  it.each(UNPRINTABLE.map((v) => [v]))('recordInLedger with updatedOn %s is a PlanInputError (invalid_date)', (v) => {
    const ledger = openLedger(annualTaskList(2024));
    const e = thrown(() => recordInLedger(ledger, 'T1', { status: 'done', updatedOn: v as never })) as PlanInputError;
    expect(e).toBeInstanceOf(PlanInputError);
    expect([e.code, e.path, e.messageZh, e.messageEn]).toEqual(['invalid_date', ['updatedOn'], '日期应为 YYYY-MM-DD：object', 'the date must be YYYY-MM-DD: object']);
  });
  it.each(UNPRINTABLE.map((v) => [v]))('recordInLedger with the item ID %s is a PlanInputError (unknown_item)', (v) => {
    const ledger = openLedger(annualTaskList(2024));
    const e = thrown(() => recordInLedger(ledger, v as never, { status: 'done', updatedOn: '2024-06-30' })) as PlanInputError;
    expect(e).toBeInstanceOf(PlanInputError);
    expect([e.code, e.path, e.messageZh, e.messageEn]).toEqual(['unknown_item', ['itemId'], '台账中没有此项：object', 'the ledger has no item object']);
  });
});

describe('src/rules: township rules read the snapshot as it is now', () => {
  it('a township record replaced in place between two checks is judged afresh (was: the first list, cached per snapshot object, kept the old record)', () => {
    const s = parseSnapshot({ asOf: '2025-12-31', units: [], townships: [{ code: '533124101', hasSocialWorkStation: false }] });
    const first = checkRule('p6-3-social-work-station', s).find((r) => r.subject === '533124101');
    expect(first?.status).toBe('fail');
    (s.townships as unknown as object[])[0] = { code: '533124101', hasSocialWorkStation: true };
    // Same data as a fresh snapshot with the station: P6.3 乡镇（街道）社会工作站 → pass.
    expect(checkRule('p6-3-social-work-station', s).find((r) => r.subject === '533124101')?.status).toBe('pass');
  });
});

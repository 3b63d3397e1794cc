// Tests written to kill the Stryker survivors of src/actions/workLedger.ts: openLedger's blank entries, recordInLedger's
// exact errors and what it keeps, and ledgerFromSnapshot's tallies, statuses and notes for rules, actions and key tasks.
// Expected tallies are worked out from each rule's definition (src/rules) and the snapshot, not by running the code.
// Every ledger is built inside its test, so that Stryker's per-test coverage sees which test reads which line.
import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { annualTaskList } from '../../src/actions/annualTaskList';
import { ledgerFromSnapshot, openLedger, recordInLedger, type LedgerEntry, type WorkLedger } from '../../src/actions/workLedger';
import { parseSnapshot } from '../../src/snapshot/parseSnapshot';
import { thrown } from '../_thrown';

/** What `f` threw, or `undefined`. */

function entry(ledger: WorkLedger, id: string): LedgerEntry {
  const e = ledger.entries.find((x) => x.itemId === id);
  if (e === undefined) throw new Error(`${id} is not in the ledger`);
  return e;
}

const TALLY0 = { pass: 0, fail: 0, pending: 0, not_applicable: 0, missing_data: 0 };

describe('openLedger', () => {
  it('one blank entry per task list item: not started, no date, no evidence, no note, no tally', () => {
    const list = annualTaskList(2024);
    const ledger = openLedger(list);
    expect(ledger.year).toBe(2024);
    expect(ledger.entries).toEqual(
      list.items.map((i) => ({ itemId: i.id, kind: i.kind, clause: i.clause, status: 'not_started', updatedOn: null, evidence: [], note: null, tally: null })),
    );
    expect(Object.isFrozen(ledger) && Object.isFrozen(ledger.entries) && Object.isFrozen(ledger.entries[0]) && Object.isFrozen(ledger.entries[0]?.evidence)).toBe(true);
  });
});

describe('recordInLedger', () => {
  it('records on the first entry too (b1-one-shoulder-trend, index 0)', () => {
    const l0 = openLedger(annualTaskList(2024));
    expect(l0.entries[0]?.itemId).toBe('b1-one-shoulder-trend');
    const l1 = recordInLedger(l0, 'b1-one-shoulder-trend', { status: 'in_progress', updatedOn: '2024-03-31' });
    expect(l1.entries[0]).toEqual({
      itemId: 'b1-one-shoulder-trend',
      kind: 'rule',
      clause: 'B1',
      status: 'in_progress',
      updatedOn: '2024-03-31',
      evidence: [],
      note: null,
      tally: null,
    });
    expect(l1.year).toBe(2024);
    expect(l1.entries.slice(1)).toEqual(l0.entries.slice(1));
  });

  it('a note and evidence replace what was there; an update without them keeps them', () => {
    const l0 = openLedger(annualTaskList(2025));
    const l1 = recordInLedger(l0, 'T9', { status: 'in_progress', updatedOn: '2025-03-01', evidence: ['陇政办发〔2025〕3号'], note: '试点两个社区' });
    expect(entry(l1, 'T9')).toMatchObject({ status: 'in_progress', updatedOn: '2025-03-01', evidence: ['陇政办发〔2025〕3号'], note: '试点两个社区' });
    const l2 = recordInLedger(l1, 'T9', { status: 'done', updatedOn: '2025-11-30' });
    expect(entry(l2, 'T9')).toMatchObject({ status: 'done', updatedOn: '2025-11-30', evidence: ['陇政办发〔2025〕3号'], note: '试点两个社区' });
    const l3 = recordInLedger(l2, 'T9', { status: 'done', updatedOn: '2025-12-01', evidence: [], note: '全县推广' });
    expect(entry(l3, 'T9')).toMatchObject({ evidence: [], note: '全县推广' });
  });

  it.each([
    ['an unknown item', 'nope', { status: 'done', updatedOn: '2024-06-30' }, ['unknown_item', ['itemId'], '台账中没有此项：nope', 'the ledger has no item nope']],
    // Item IDs are matched exactly: the action's ID in capitals is not in the ledger.
    ['an action ID spelt with capitals', 'P3-17-three-lists', { status: 'done', updatedOn: '2024-06-30' }, ['unknown_item', ['itemId'], '台账中没有此项：P3-17-three-lists', 'the ledger has no item P3-17-three-lists']],
    [
      'a bad status',
      'T1',
      { status: 'finished', updatedOn: '2024-06-30' },
      ['invalid_status', ['status'], '状态应为 not_started、in_progress 或 done，实际为 finished', 'status must be not_started, in_progress or done, got finished'],
    ],
    [
      'an empty status (shown quoted)',
      'T1',
      { status: '', updatedOn: '2024-06-30' },
      ['invalid_status', ['status'], '状态应为 not_started、in_progress 或 done，实际为 ""', 'status must be not_started, in_progress or done, got ""'],
    ],
    ['a date without leading zeros', 'T1', { status: 'done', updatedOn: '2024-6-30' }, ['invalid_date', ['updatedOn'], '日期应为 YYYY-MM-DD：2024-6-30', 'the date must be YYYY-MM-DD: 2024-6-30']],
    ['an impossible date', 'T1', { status: 'done', updatedOn: '2023-02-29' }, ['invalid_date', ['updatedOn'], '日期应为 YYYY-MM-DD：2023-02-29', 'the date must be YYYY-MM-DD: 2023-02-29']],
  ])('rejects %s with the exact code, path and messages', (_t, itemId, update, expected) => {
    const e = thrown(() => recordInLedger(openLedger(annualTaskList(2024)), itemId, update as never)) as PlanInputError;
    expect(e).toBeInstanceOf(PlanInputError);
    expect([e.code, e.path, e.messageZh, e.messageEn]).toEqual(expected);
  });
});

describe('ledgerFromSnapshot', () => {
  // 老街子社区 (533124101001) has both services; 章凤村 (533124101201) has neither; 533124101202 reports nothing.
  const UNITS = [
    { code: '533124101001', townshipCode: '533124101', hasProxyGovernmentService: true, hasOnlineService24h: true },
    { code: '533124101201', townshipCode: '533124101', hasProxyGovernmentService: false, hasOnlineService24h: false },
    { code: '533124101202', townshipCode: '533124101' },
  ];
  const ACTIONS = [
    { actionId: 't11-tiered-training', status: 'done', completedOn: '2024-05-01', evidence: ['培训计划〔2024〕1号'] },
    { actionId: 't11-quality-courses', status: 'done', startedOn: '2023-03-01', completedOn: '2024-06-01', updatedOn: '2024-06-15' },
    { actionId: 't6-common-language', status: 'in_progress', startedOn: '2023-01-01', note: '双语培训进行中' },
    { actionId: 't5-waste-sorting', status: 'not_started' },
  ];
  const full = () => ledgerFromSnapshot(parseSnapshot({ asOf: '2024-12-31', units: UNITS, county: { ethnicUnityDemonstrationUnits: 21 }, actions: ACTIONS }), 2024);

  it('a rule with a pass, a pending and a missing result: in progress, noted, tallied', () => {
    // t3-proxy-government-service (全覆盖, implied due 2025-12-31): yes → pass; no before the due date → pending;
    // not reported → missing_data. Applicable: 3, of which 1 passes.
    expect(entry(full(), 't3-proxy-government-service')).toEqual({
      itemId: 't3-proxy-government-service',
      kind: 'rule',
      clause: 'T3',
      status: 'in_progress',
      updatedOn: '2024-12-31',
      evidence: [],
      note: '缺少数据 1 项 / 1 missing',
      tally: { ...TALLY0, pass: 1, pending: 1, missing_data: 1 },
    });
  });

  it('a rule with a pass, a fail and a missing result: in progress', () => {
    // t3-online-service-24h is a standard (no due date): no → fail.
    expect(entry(full(), 't3-online-service-24h')).toMatchObject({ status: 'in_progress', note: '缺少数据 1 项 / 1 missing', tally: { ...TALLY0, pass: 1, fail: 1, missing_data: 1 } });
  });

  it('a rule whose only result passes: done, no note', () => {
    // p3-14-demonstration-villages (“十四五”期间将打造20个以上民族团结进步示范村（社区）): 21 ≥ 20 → pass.
    expect(entry(full(), 'p3-14-demonstration-villages')).toEqual({
      itemId: 'p3-14-demonstration-villages',
      kind: 'rule',
      clause: 'P3.14',
      status: 'done',
      updatedOn: '2024-12-31',
      evidence: [],
      note: null,
      tally: { ...TALLY0, pass: 1 },
    });
  });

  it('rules with results but no pass: not started; noted only when data are missing', () => {
    const ledger = ledgerFromSnapshot(parseSnapshot({ asOf: '2024-12-31', units: [UNITS[1]] }), 2024);
    expect(entry(ledger, 't3-proxy-government-service')).toMatchObject({ status: 'not_started', note: null, tally: { ...TALLY0, pending: 1 } });
    expect(entry(ledger, 't3-online-service-24h')).toMatchObject({ status: 'not_started', note: null, tally: { ...TALLY0, fail: 1 } });
    // No county figures: the county rule has one missing_data result.
    expect(entry(ledger, 'p3-14-demonstration-villages')).toMatchObject({ status: 'not_started', note: '缺少数据 1 项 / 1 missing', tally: { ...TALLY0, missing_data: 1 } });
  });

  it('a unit rule in a snapshot without units has no result: none applies, so done, noted not applicable', () => {
    const ledger = ledgerFromSnapshot(parseSnapshot({ asOf: '2024-12-31', units: [] }), 2024);
    expect(entry(ledger, 't3-proxy-government-service')).toEqual({
      itemId: 't3-proxy-government-service',
      kind: 'rule',
      clause: 'T3',
      status: 'done',
      updatedOn: '2024-12-31',
      evidence: [],
      note: '不适用 / not applicable',
      tally: TALLY0,
    });
  });

  it('reported actions: status, date (updatedOn, else completedOn, else startedOn, else asOf), evidence and note as reported', () => {
    const ledger = full();
    expect(entry(ledger, 't11-tiered-training')).toEqual({
      itemId: 't11-tiered-training',
      kind: 'action',
      clause: 'T11',
      status: 'done',
      updatedOn: '2024-05-01',
      evidence: ['培训计划〔2024〕1号'],
      note: null,
      tally: null,
    });
    expect(entry(ledger, 't11-quality-courses')).toMatchObject({ status: 'done', updatedOn: '2024-06-15', evidence: [], note: null });
    expect(entry(ledger, 't6-common-language')).toMatchObject({ status: 'in_progress', updatedOn: '2023-01-01', evidence: [], note: '双语培训进行中' });
    expect(entry(ledger, 't5-waste-sorting')).toMatchObject({ status: 'not_started', updatedOn: '2024-12-31', evidence: [], note: null });
  });

  it('an unreported action: not started, no date, no evidence, noted not reported', () => {
    expect(entry(full(), 't6-embedded-communities')).toEqual({
      itemId: 't6-embedded-communities',
      kind: 'action',
      clause: 'T6',
      status: 'not_started',
      updatedOn: null,
      evidence: [],
      note: '未报告 / not reported',
      tally: null,
    });
  });

  it('key tasks from their own clause: T11 actions done but its rule not → in progress; T6 one started → in progress; T5 none started → not started', () => {
    // T6 and T5 have no rules; T11 has the rule t11-training-coverage (no data here, so not done) and the actions
    // t11-tiered-training and t11-quality-courses (both done); T6 has t6-embedded-communities (unreported) and
    // t6-common-language (in progress), and T5 five actions (one reported not started, four unreported).
    const ledger = full();
    const task = (id: string, status: string) => ({ itemId: id, kind: 'task', clause: id, status, updatedOn: '2024-12-31', evidence: [], note: null, tally: null });
    expect(entry(ledger, 'T11')).toEqual(task('T11', 'in_progress'));
    expect(entry(ledger, 'T6')).toEqual(task('T6', 'in_progress'));
    expect(entry(ledger, 'T5')).toEqual(task('T5', 'not_started'));
  });

  it('a key task is done only when every rule and action of its clause is done', () => {
    // T11 with one of its two actions done and the other in progress: in progress, not done.
    const s = parseSnapshot({
      asOf: '2025-12-31',
      units: [],
      actions: [
        { actionId: 't11-tiered-training', status: 'done', completedOn: '2025-05-01' },
        { actionId: 't11-quality-courses', status: 'in_progress', startedOn: '2025-01-01' },
      ],
    });
    expect(entry(ledgerFromSnapshot(s, 2025), 'T11').status).toBe('in_progress');
  });
});

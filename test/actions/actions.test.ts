import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { ACTION_IDS, ACTIONS, getAction, isActionId, type ActionId } from '../../src/actions/ACTIONS';
import { annualTaskList } from '../../src/actions/annualTaskList';
import { actionRecordIssues, checkActions } from '../../src/actions/checkActions';
import { ledgerFromSnapshot, openLedger, recordInLedger } from '../../src/actions/workLedger';
import { getClause } from '../../src/plan/clauses';
import { RULE_IDS } from '../../src/rules/RULE_IDS';
import { parseSnapshot } from '../../src/snapshot/parseSnapshot';
import { safeParseSnapshot } from '../../src/snapshot/safeParseSnapshot';

const PLAN = readFileSync(new URL('../../docs/plan/plan.zh.txt', import.meta.url), 'utf8');

describe('tracked actions: catalogue', () => {
  it.each(ACTIONS.map((a) => [a.id, a] as const))('%s: ID names its clause; quote verbatim in the plan and its clause', (_id, a) => {
    expect(a.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(a.id.startsWith(`${a.clause.toLowerCase().replace('.', '-')}-`)).toBe(true);
    expect(PLAN.includes(a.quote)).toBe(true);
    expect(getClause(a.clause).text.includes(a.quote)).toBe(true);
    expect(a.titleZh).toMatch(/[\u4e00-\u9fff]/);
    expect(a.titleEn).toMatch(/[a-z]/);
  });

  it('IDs are unique, listed in ACTION_IDS, and distinct from rule IDs', () => {
    const ids = ACTIONS.map((a) => a.id);
    expect(ids).toEqual([...ACTION_IDS]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(RULE_IDS as readonly string[]).not.toContain(id);
  });

  it('covers the commitments the issue names: P3.8, P3.15, P3.17, P5.1–P5.3, T9, S1', () => {
    for (const c of ['P3.8', 'P3.15', 'P3.17', 'P5.1', 'P5.2', 'P5.3', 'T9', 'S1'] as const) {
      expect(ACTIONS.some((a) => a.clause === c)).toBe(true);
    }
  });

  it('no action carries a number the plan does not give: no digits but those of the quote', () => {
    for (const a of ACTIONS) {
      for (const d of `${a.titleZh} ${a.titleEn}`.match(/\d+/g) ?? []) expect(a.quote).toContain(d);
    }
    // Only one action has a due date, written in its sentence: 到2025年，初步建立政府购买精神障碍社区服务制度.
    expect(ACTIONS.filter((a) => a.due !== undefined).map((a) => [a.id, a.due])).toEqual([['p3-4-mental-health-purchase', '2025-12-31']]);
  });

  it('is deep-frozen; getAction and isActionId', () => {
    expect(Object.isFrozen(ACTIONS)).toBe(true);
    expect(Object.isFrozen(ACTIONS[0])).toBe(true);
    expect(getAction('p3-8-cultural-service-centres').quote).toBe('村（社区）普遍建立综合性文化服务中心');
    expect(() => getAction('nope' as ActionId)).toThrow(RangeError);
    expect(isActionId('s1-annual-task-list')).toBe(true);
    expect(isActionId('t3-opening-hours')).toBe(false);
  });
});

describe('tracked actions: status from a snapshot', () => {
  const s = parseSnapshot({
    asOf: '2025-12-31',
    units: [],
    actions: [
      { actionId: 'p3-17-three-lists', status: 'done', startedOn: '2022-01-10', completedOn: '2023-05-01', evidence: ['陇政办发〔2023〕12号'] },
      { actionId: 'p3-8-cultural-service-centres', status: 'in_progress', startedOn: '2022-03-01', note: '60 of 77' },
      { actionId: 'p3-4-mental-health-purchase', status: 'in_progress', startedOn: '2024-01-01' },
      { actionId: 't9-self-service-devices', status: 'not_started' },
    ],
  });
  const reports = checkActions(s);

  it('one report per catalogue action, in catalogue order; unreported → missing_data', () => {
    expect(reports.map((r) => r.actionId)).toEqual(ACTIONS.map((a) => a.id));
    expect(reports.find((r) => r.actionId === 't1-joint-meeting-system')).toMatchObject({ status: 'missing_data', evidence: [], due: null, overdue: false });
  });
  it('[P3.17] done with its date and evidence; [P3.8] in progress with a note', () => {
    expect(reports.find((r) => r.actionId === 'p3-17-three-lists')).toMatchObject({
      status: 'done',
      completedOn: '2023-05-01',
      evidence: ['陇政办发〔2023〕12号'],
      message: { zh: '[P3.17] “三项清单”工作制度：已完成（2023-05-01）' },
    });
    expect(reports.find((r) => r.actionId === 'p3-8-cultural-service-centres')).toMatchObject({ status: 'in_progress', note: '60 of 77', startedOn: '2022-03-01' });
  });
  it('[P3.4] 到2025年 and still in progress on 2025-12-31 → overdue; on 2025-12-30 → not yet', () => {
    expect(reports.find((r) => r.actionId === 'p3-4-mental-health-purchase')?.overdue).toBe(true);
    const earlier = checkActions({ ...s, asOf: '2025-12-30' });
    expect(earlier.find((r) => r.actionId === 'p3-4-mental-health-purchase')?.overdue).toBe(false);
  });
  it('results are plain JSON and the snapshot is unchanged', () => {
    const before = JSON.stringify(s);
    const r = checkActions(s);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(JSON.stringify(s)).toBe(before);
  });

  it.each([
    ['done without completedOn', { actionId: 'p3-17-three-lists', status: 'done' }, 'completed_on_required'],
    ['not_started with a start date', { actionId: 'p3-17-three-lists', status: 'not_started', startedOn: '2024-01-01' }, 'inconsistent_status'],
    ['completed before started', { actionId: 'p3-17-three-lists', status: 'done', startedOn: '2024-01-01', completedOn: '2023-01-01' }, 'invalid_range'],
    ['an impossible date', { actionId: 'p3-17-three-lists', status: 'in_progress', startedOn: '2024-02-30' }, 'invalid_date'],
  ])('the schema rejects %s', (_t, record, code) => {
    const r = safeParseSnapshot({ asOf: '2025-12-31', units: [], actions: [record] });
    expect(r.success ? [] : r.issues.map((i) => i.code)).toEqual([code]);
  });
  it('the schema rejects an action reported twice', () => {
    const r = safeParseSnapshot({ asOf: '2025-12-31', units: [], actions: [{ actionId: 't9-self-service-devices', status: 'not_started' }, { actionId: 't9-self-service-devices', status: 'not_started' }] });
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([['duplicate_id', ['actions', 1, 'actionId']]]);
  });
  it('actionRecordIssues flags unknown IDs and dates after asOf', () => {
    const x = parseSnapshot({ asOf: '2024-06-30', units: [], actions: [{ actionId: 'no-such-action', status: 'not_started' }, { actionId: 'p3-17-three-lists', status: 'in_progress', startedOn: '2024-07-01' }] });
    expect(actionRecordIssues(x).map((i) => [i.code, i.path])).toEqual([
      ['unknown_action', ['actions', 0, 'actionId']],
      ['date_after_as_of', ['actions', 1, 'startedOn']],
    ]);
    expect(checkActions(x).some((r) => (r.actionId as string) === 'no-such-action')).toBe(false);
  });
});

describe('[S1] 年度任务清单 (annual task list)', () => {
  it('[S1] lists the 12 key tasks, all 46 rules and every action for each plan year, in clause order', () => {
    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      const list = annualTaskList(year);
      expect(list.items.filter((i) => i.kind === 'task').map((i) => i.id)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12']);
      expect(list.items.filter((i) => i.kind === 'rule')).toHaveLength(46);
      expect(list.items.filter((i) => i.kind === 'action')).toHaveLength(ACTIONS.length);
    }
    const ids = annualTaskList(2023).items.map((i) => i.id);
    expect(ids.indexOf('T3')).toBeLessThan(ids.indexOf('t3-opening-hours'));
    expect(ids.indexOf('t3-opening-hours')).toBeLessThan(ids.indexOf('t3-one-window'));
    expect(ids.indexOf('t3-one-window')).toBeLessThan(ids.indexOf('p2-1-brand-organisations'));
  });
  it('[S1] flags what falls due in the year: 2025 targets are due in 2025, not in 2024', () => {
    const in2025 = annualTaskList(2025).items.find((i) => i.id === 'p3-14-demonstration-villages');
    const in2024 = annualTaskList(2024).items.find((i) => i.id === 'p3-14-demonstration-villages');
    expect([in2025?.due, in2025?.dueThisYear, in2024?.dueThisYear]).toEqual(['2025-12-31', true, false]);
    expect(annualTaskList(2025).items.find((i) => i.id === 't12-urban-worker-income')).toMatchObject({ due: null, recurring: true });
    expect(annualTaskList(2025).items.find((i) => i.id === 'p3-17-three-lists')).toMatchObject({ recurring: false });
  });
  it.each([2020, 2026, 2023.5, Number.NaN])('[S1] rejects a year outside the plan period: %s', (year) => {
    try {
      annualTaskList(year);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PlanInputError);
      expect((e as PlanInputError).code).toBe('year_outside_plan');
    }
  });
});

describe('[S1] 工作台账 (work ledger)', () => {
  it('[S1] opens with every item not started and records statuses immutably', () => {
    const l0 = openLedger(annualTaskList(2024));
    expect(l0.entries.every((e) => e.status === 'not_started' && e.updatedOn === null)).toBe(true);
    const l1 = recordInLedger(l0, 'p3-17-three-lists', { status: 'done', updatedOn: '2024-06-30', evidence: ['文件'] });
    expect(l1.entries.find((e) => e.itemId === 'p3-17-three-lists')).toMatchObject({ status: 'done', updatedOn: '2024-06-30', evidence: ['文件'] });
    expect(l0.entries.find((e) => e.itemId === 'p3-17-three-lists')?.status).toBe('not_started');
    expect(Object.isFrozen(l1.entries)).toBe(true);
  });
  it.each([
    ['an unknown item', 'nope', { status: 'done', updatedOn: '2024-06-30' }, 'unknown_item'],
    ['a bad status', 'T1', { status: 'finished', updatedOn: '2024-06-30' }, 'invalid_status'],
    ['a bad date', 'T1', { status: 'done', updatedOn: '2024-6-30' }, 'invalid_date'],
  ])('[S1] recordInLedger rejects %s', (_t, item, update, code) => {
    try {
      recordInLedger(openLedger(annualTaskList(2024)), item, update as never);
      expect.unreachable();
    } catch (e) {
      expect((e as PlanInputError).code).toBe(code);
    }
  });
  it('[S1] fills a ledger from a snapshot: rules from their results, actions from their records, tasks from both', () => {
    const s = parseSnapshot({
      asOf: '2024-12-31',
      units: [
        { code: '533124101001', townshipCode: '533124101', hasProxyGovernmentService: true, hasOnlineService24h: true },
        { code: '533124101201', townshipCode: '533124101', hasProxyGovernmentService: false, hasOnlineService24h: true },
      ],
      county: { ethnicUnityDemonstrationUnits: 21 },
      actions: [{ actionId: 't3-one-window', status: 'done', completedOn: '2022-12-31' }],
    });
    const ledger = ledgerFromSnapshot(s, 2024);
    const get = (id: string) => ledger.entries.find((e) => e.itemId === id);
    expect(get('p3-14-demonstration-villages')).toMatchObject({ status: 'done', tally: { pass: 1, fail: 0, pending: 0, not_applicable: 0, missing_data: 0 } });
    expect(get('t3-proxy-government-service')).toMatchObject({ status: 'in_progress', tally: { pass: 1, pending: 1 } });
    expect(get('t3-online-service-24h')?.status).toBe('done');
    expect(get('t3-opening-hours')?.status).toBe('not_started');
    expect(get('t3-one-window')).toMatchObject({ status: 'done', updatedOn: '2022-12-31', tally: null });
    expect(get('t3-instant-response')).toMatchObject({ status: 'not_started', note: '未报告 / not reported' });
    expect(get('T3')?.status).toBe('in_progress');
    expect(get('T5')?.status).toBe('not_started');
    expect(ledger.entries.map((e) => e.itemId)).toEqual(annualTaskList(2024).items.map((i) => i.id));
    expect(JSON.parse(JSON.stringify(ledger))).toEqual(ledger);
  });
});

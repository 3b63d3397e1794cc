// Tests written to kill the Stryker survivors of src/actions/checkActions.ts: the overdue flag at its boundaries, the
// exact bilingual messages, evidence, and actionRecordIssues at the as-of date. Titles are those of the action catalogue
// (src/actions/ACTIONS.ts); the one dated action is P3.4's “到2025年，初步建立政府购买精神障碍社区服务制度” (2025-12-31).
// Every report is computed inside its test, so that Stryker's per-test coverage sees which test reads which line.
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/actions/ACTIONS';
import { actionRecordIssues, checkActions, type ActionReport } from '../../src/actions/checkActions';
import { parseSnapshot } from '../../src/snapshot/parseSnapshot';

const P34 = 'p3-4-mental-health-purchase';

function report(asOf: string, actions: unknown[], id: string): ActionReport {
  const r = checkActions(parseSnapshot({ asOf, units: [], actions })).find((x) => x.actionId === id);
  if (r === undefined) throw new Error(`no report for ${id}`);
  return r;
}

describe('checkActions: a snapshot without actions', () => {
  it('reports every catalogue action as missing_data, in catalogue order, none overdue', () => {
    const reports = checkActions(parseSnapshot({ asOf: '2025-12-31', units: [] }));
    expect(reports.map((r) => r.actionId)).toEqual(ACTIONS.map((a) => a.id));
    expect(reports.every((r) => r.status === 'missing_data' && !r.overdue && r.evidence.length === 0)).toBe(true);
    expect(reports.find((r) => r.actionId === P34)).toEqual({
      actionId: P34,
      clause: 'P3.4',
      status: 'missing_data',
      startedOn: null,
      completedOn: null,
      updatedOn: null,
      evidence: [],
      note: null,
      due: '2025-12-31',
      overdue: false,
      message: { zh: '[P3.4] 初步建立政府购买精神障碍社区服务制度：填报数据未报告进展', en: '[P3.4] Government purchase of community mental-health services: not reported in the data' },
    });
  });
});

describe('checkActions: overdue = a due date, not done, asOf on or after it', () => {
  it('[P3.4] in progress on its due day 2025-12-31: overdue, and both messages say so with the date', () => {
    expect(report('2025-12-31', [{ actionId: P34, status: 'in_progress', startedOn: '2024-01-01' }], P34)).toEqual({
      actionId: P34,
      clause: 'P3.4',
      status: 'in_progress',
      startedOn: '2024-01-01',
      completedOn: null,
      updatedOn: null,
      evidence: [],
      note: null,
      due: '2025-12-31',
      overdue: true,
      message: {
        zh: '[P3.4] 初步建立政府购买精神障碍社区服务制度：进行中（自 2024-01-01），已过期限 2025-12-31',
        en: '[P3.4] Government purchase of community mental-health services: in progress (since 2024-01-01), past its due date 2025-12-31',
      },
    });
  });

  it('[P3.4] not started on the day before: not overdue, no due-date clause in the message', () => {
    const r = report('2025-12-30', [{ actionId: P34, status: 'not_started' }], P34);
    expect([r.overdue, r.message]).toEqual([
      false,
      { zh: '[P3.4] 初步建立政府购买精神障碍社区服务制度：未开始', en: '[P3.4] Government purchase of community mental-health services: not started' },
    ]);
  });

  it('[P3.4] not started on its due day: overdue', () => {
    const r = report('2025-12-31', [{ actionId: P34, status: 'not_started' }], P34);
    expect([r.overdue, r.message.en]).toEqual([true, '[P3.4] Government purchase of community mental-health services: not started, past its due date 2025-12-31']);
  });

  it('[P3.4] done on its due day and reported that day: not overdue (done is never overdue)', () => {
    const r = report('2025-12-31', [{ actionId: P34, status: 'done', startedOn: '2024-01-01', completedOn: '2025-12-31' }], P34);
    expect([r.overdue, r.completedOn, r.message]).toEqual([
      false,
      '2025-12-31',
      { zh: '[P3.4] 初步建立政府购买精神障碍社区服务制度：已完成（2025-12-31）', en: '[P3.4] Government purchase of community mental-health services: done (2025-12-31)' },
    ]);
  });

  it('an undated action still in progress or not started on the last day of the plan is never overdue', () => {
    const actions = [
      { actionId: 'p3-8-cultural-service-centres', status: 'in_progress', startedOn: '2022-03-01', note: '60 of 77' },
      { actionId: 't9-self-service-devices', status: 'not_started' },
    ];
    const a = report('2025-12-31', actions, 'p3-8-cultural-service-centres');
    const b = report('2025-12-31', actions, 't9-self-service-devices');
    expect([a.due, a.overdue, b.due, b.overdue]).toEqual([null, false, null, false]);
    expect(a.message).toEqual({
      zh: '[P3.8] 村（社区）普遍建立综合性文化服务中心：进行中（自 2022-03-01）',
      en: '[P3.8] Comprehensive cultural service centres established widely: in progress (since 2022-03-01)',
    });
    expect(a.note).toBe('60 of 77');
    expect(b.message).toEqual({ zh: '[T9] 村（社区）政务自助便利服务设备布局：未开始', en: '[T9] Government self-service devices in villages and communities: not started' });
  });

  it('in progress without a start date: the status alone', () => {
    const r = report('2024-12-31', [{ actionId: 'p3-17-three-lists', status: 'in_progress', updatedOn: '2024-12-01' }], 'p3-17-three-lists');
    expect([r.message, r.startedOn, r.updatedOn]).toEqual([{ zh: '[P3.17] “三项清单”工作制度：进行中', en: '[P3.17] "Three lists" system (needs, resources, projects): in progress' }, null, '2024-12-01']);
  });
});

describe('checkActions: evidence', () => {
  it('is reported as given, in order, as a copy the caller can keep', () => {
    const evidence = ['陇政办发〔2023〕12号', 'https://example.org/三项清单'];
    const s = parseSnapshot({ asOf: '2024-12-31', units: [], actions: [{ actionId: 'p3-17-three-lists', status: 'done', completedOn: '2023-05-01', evidence }] });
    const r = checkActions(s).find((x) => x.actionId === 'p3-17-three-lists');
    expect(r?.evidence).toEqual(evidence);
    expect(r?.evidence).not.toBe(s.actions?.[0]?.evidence);
  });
});

describe('actionRecordIssues', () => {
  it('a date on the as-of day is not after it; one day later is, with both messages exact', () => {
    const s = parseSnapshot({
      asOf: '2024-06-30',
      units: [],
      actions: [
        { actionId: 'p3-17-three-lists', status: 'done', startedOn: '2024-06-30', completedOn: '2024-06-30', updatedOn: '2024-06-30' },
        { actionId: 'p3-8-cultural-service-centres', status: 'in_progress', startedOn: '2024-06-30', updatedOn: '2024-07-01' },
      ],
    });
    expect(actionRecordIssues(s)).toEqual([
      {
        code: 'date_after_as_of',
        path: ['actions', 1, 'updatedOn'],
        messageZh: '日期 2024-07-01 晚于填报数据截至日期 2024-06-30',
        messageEn: 'date 2024-07-01 is after the snapshot date 2024-06-30',
      },
    ]);
  });

  it('an unknown ID, with both messages exact; no actions at all gives no issue', () => {
    const s = parseSnapshot({ asOf: '2024-06-30', units: [], actions: [{ actionId: 't3-opening-hours', status: 'not_started' }] });
    // t3-opening-hours is a rule, not a tracked action.
    expect(actionRecordIssues(s)).toEqual([
      { code: 'unknown_action', path: ['actions', 0, 'actionId'], messageZh: '未知的任务编号 t3-opening-hours（见 ACTIONS）', messageEn: 'unknown action ID t3-opening-hours (see ACTIONS)' },
    ]);
    expect(actionRecordIssues(parseSnapshot({ asOf: '2024-06-30', units: [] }))).toEqual([]);
  });
});

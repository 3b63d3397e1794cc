/**
 * ActionReport is a union on `status`: after checking it, the fields the status guarantees are typed without `null`
 * (a done action's `completedOn`) and those it rules out are `null` (no dates for an action not reported or not
 * started). Type tests (expectTypeOf, checked by `tsc`) beside the runtime ones: the reports checkActions builds keep
 * those promises for every status, and a hand-built record that would break them is refused with the path named.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import type { ActionStatus } from '../../src/actions/ActionDefinition';
import {
  checkActions,
  type ActionReport,
  type ActionReportDone,
  type ActionReportInProgress,
  type ActionReportMissingData,
  type ActionReportNotStarted,
} from '../../src/actions/checkActions';
import { parseSnapshot } from '../../src/snapshot/parseSnapshot';
import { safeParseSnapshot } from '../../src/snapshot/safeParseSnapshot';
import type { Snapshot } from '../../src/snapshot/snapshotSchema';

const asOf = '2026-01-01';
/** Four actions, one of each reported status and one with a due date left unreported. */
const snapshot = parseSnapshot({
  asOf,
  units: [],
  actions: [
    { actionId: 'p3-17-three-lists', status: 'done', startedOn: '2022-01-01', completedOn: '2023-05-01', evidence: ['doc 1'] },
    { actionId: 'p3-3-youth-homes', status: 'in_progress', startedOn: '2024-03-01', note: 'half done' },
    { actionId: 'p3-8-cultural-service-centres', status: 'not_started', updatedOn: '2025-06-30' },
  ],
});
const reports = checkActions(snapshot);
const byId = (id: string): ActionReport => reports.find((r) => r.actionId === id) as ActionReport;

describe('ActionReport narrows on status (types)', () => {
  it('each branch types what its status guarantees', () => {
    const r = byId('p3-17-three-lists');
    expectTypeOf(r.completedOn).toEqualTypeOf<string | null>();
    expectTypeOf(r.status).toEqualTypeOf<ActionStatus | 'missing_data'>();
    if (r.status === 'done') {
      expectTypeOf(r).toEqualTypeOf<ActionReportDone>();
      expectTypeOf(r.completedOn).toEqualTypeOf<string>();
      expectTypeOf(r.overdue).toEqualTypeOf<false>();
      expectTypeOf(r.startedOn).toEqualTypeOf<string | null>();
    }
    if (r.status === 'in_progress') {
      expectTypeOf(r).toEqualTypeOf<ActionReportInProgress>();
      expectTypeOf(r.completedOn).toEqualTypeOf<null>();
      expectTypeOf(r.overdue).toEqualTypeOf<boolean>();
    }
    if (r.status === 'not_started') {
      expectTypeOf(r).toEqualTypeOf<ActionReportNotStarted>();
      expectTypeOf(r.startedOn).toEqualTypeOf<null>();
      expectTypeOf(r.completedOn).toEqualTypeOf<null>();
    }
    if (r.status === 'missing_data') {
      expectTypeOf(r).toEqualTypeOf<ActionReportMissingData>();
      expectTypeOf(r.startedOn).toEqualTypeOf<null>();
      expectTypeOf(r.updatedOn).toEqualTypeOf<null>();
      expectTypeOf(r.note).toEqualTypeOf<null>();
      expectTypeOf(r.evidence).toEqualTypeOf<readonly []>();
      expectTypeOf(r.overdue).toEqualTypeOf<false>();
    }
    // Not done: the completion date is not a string without checking.
    expectTypeOf<ActionReportInProgress['completedOn']>().not.toEqualTypeOf<string>();
    expectTypeOf<ActionReport>().toEqualTypeOf<ActionReportNotStarted | ActionReportInProgress | ActionReportDone | ActionReportMissingData>();
  });
});

describe('ActionReport: the reports keep the promises of their status', () => {
  it('done: its completion date, never overdue (due 2025-12-31, checked on 2026-01-01)', () => {
    expect(byId('p3-17-three-lists')).toMatchObject({ status: 'done', startedOn: '2022-01-01', completedOn: '2023-05-01', overdue: false, evidence: ['doc 1'] });
  });

  it('in progress: its start date, no completion date', () => {
    expect(byId('p3-3-youth-homes')).toMatchObject({ status: 'in_progress', startedOn: '2024-03-01', completedOn: null, note: 'half done' });
  });

  it('not started: no dates but the update', () => {
    expect(byId('p3-8-cultural-service-centres')).toMatchObject({ status: 'not_started', startedOn: null, completedOn: null, updatedOn: '2025-06-30' });
  });

  it('missing data: nothing reported, never overdue, even past a due date', () => {
    const unreported = reports.filter((r) => r.status === 'missing_data');
    // Every catalogue action but the three reported.
    expect(unreported.length).toBe(reports.length - 3);
    expect(unreported.some((r) => r.due !== null && r.due < asOf)).toBe(true);
    for (const r of unreported) expect([r.startedOn, r.completedOn, r.updatedOn, r.evidence, r.note, r.overdue]).toEqual([null, null, null, [], null, false]);
  });

  it('every report of every status, over the statuses crossed with due dates passed and not', () => {
    for (const day of ['2021-06-30', '2025-12-30', '2025-12-31', '2027-01-01']) {
      for (const r of checkActions({ ...snapshot, asOf: day } as Snapshot)) {
        if (r.status === 'done') expect([typeof r.completedOn, r.overdue]).toEqual(['string', false]);
        if (r.status === 'in_progress') expect(r.completedOn).toBeNull();
        if (r.status === 'not_started') expect([r.startedOn, r.completedOn]).toEqual([null, null]);
        if (r.status === 'missing_data') expect([r.startedOn, r.completedOn, r.updatedOn, r.note, r.evidence.length, r.overdue]).toEqual([null, null, null, null, 0, false]);
      }
    }
  });
});

describe('checkActions refuses a hand-built record that contradicts its status (as the schema does)', () => {
  const raw = (action: Record<string, unknown>) => ({ asOf: '2024-12-31', units: [], actions: [{ actionId: 'p3-3-youth-homes', status: 'in_progress' }, action] }) as unknown as Snapshot;
  /** One record per promise of the union (done → completedOn; not_started → no dates; in_progress → no completedOn). */
  const contradictions: [Record<string, unknown>, string, (string | number)[], string][] = [
    [{ actionId: 'p3-17-three-lists', status: 'done' }, 'completed_on_required', ['actions', 1, 'completedOn'], 'status done needs completedOn'],
    [{ actionId: 'p3-17-three-lists', status: 'not_started', startedOn: '2024-01-01' }, 'inconsistent_status', ['actions', 1, 'status'], 'status not_started cannot have startedOn or completedOn'],
    [{ actionId: 'p3-17-three-lists', status: 'not_started', completedOn: '2024-01-01' }, 'inconsistent_status', ['actions', 1, 'status'], 'status not_started cannot have startedOn or completedOn'],
    [{ actionId: 'p3-17-three-lists', status: 'in_progress', completedOn: '2024-01-01' }, 'inconsistent_status', ['actions', 1, 'completedOn'], 'status in_progress cannot have completedOn'],
  ];
  it.each(contradictions)('%j → %s at its path', (action, code, path, messageEn) => {
    let thrown: unknown;
    try {
      checkActions(raw(action));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(PlanInputError);
    expect(thrown).toMatchObject({ code, path, messageEn });
    expect((thrown as PlanInputError).messageZh.length).toBeGreaterThan(0);
  });

  // What a parsed snapshot relies on: checkActions's own check never fires on parseSnapshot's output because the schema
  // refuses each of these records with the same code, path and message. If the schema dropped or changed one of its
  // status checks, a parsed snapshot could carry a record that breaks the union, and this fails.
  it.each(contradictions)('the schema refuses %j alone, as %s at the same path', (action, code, path, messageEn) => {
    const r = safeParseSnapshot(raw(action));
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.path, i.messageEn])).toEqual([[code, path, messageEn]]);
  });
});

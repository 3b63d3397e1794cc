// ledgerFromSnapshot's TSDoc: a key task is done when all the rules and actions of its own clause are done, and not
// started when its clause has none. Every key task of the plan has actions of its own, so this file takes T6's
// actions out of the action catalogue to see a key task with nothing in its
// clause. Everything else in the catalogues is the plan's.
import { describe, expect, it, vi } from 'vitest';
import { annualTaskList } from '../../src/actions/annualTaskList';
import { ledgerFromSnapshot } from '../../src/actions/workLedger';
import { parseSnapshot } from '../../src/snapshot/parseSnapshot';

vi.mock('../../src/actions/ACTIONS', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../src/actions/ACTIONS')>();
  return { ...m, ACTIONS: m.ACTIONS.filter((a) => a.clause !== 'T6') };
});

describe('ledgerFromSnapshot: a key task whose clause has no rule and no action', () => {
  it('T6 is listed alone and stays not started, even when everything else is done or started', () => {
    expect(annualTaskList(2025).items.filter((i) => i.clause === 'T6').map((i) => i.id)).toEqual(['T6']);
    // Actions of other key tasks reported started or done: none of them counts for T6.
    const s = parseSnapshot({
      asOf: '2025-12-31',
      units: [],
      actions: [
        { actionId: 't10-qualification-review', status: 'in_progress', startedOn: '2021-06-01' },
        { actionId: 't12-competency-system', status: 'done', completedOn: '2024-01-01' },
      ],
    });
    const t6 = ledgerFromSnapshot(s, 2025).entries.find((e) => e.itemId === 'T6');
    expect(t6).toEqual({ itemId: 'T6', kind: 'task', clause: 'T6', status: 'not_started', updatedOn: '2025-12-31', evidence: [], note: null, tally: null });
  });
});

// safeParseSnapshot, from its TSDoc: each unit is checked on its own, a bad one reported and left out, the others kept
// in order; a code listed twice rejects every copy; `rejected` lists the units left out by their index in the input.
import { describe, expect, it } from 'vitest';
import { safeParseSnapshot } from '../../src/index';

const unit = (code: string, extra: Record<string, unknown> = {}) => ({ code, townshipCode: code.slice(0, 9), ...extra });
const A = '533124101201';
const B = '533124101202';
const C = '533124101203';

describe('safeParseSnapshot: which units are kept', () => {
  it('rejected units at the start and at the end leave only the valid one in between', () => {
    const r = safeParseSnapshot({ asOf: '2024-12-31', units: [unit(A, { households: -1 }), unit(B), unit(C, { households: 1.5 })] });
    expect(r.success).toBe(false);
    expect(r.data?.units).toEqual([unit(B)]);
    expect(r.rejected).toEqual([
      { index: 0, code: A },
      { index: 2, code: C },
    ]);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['negative', ['units', 0, 'households']],
      ['not_integer', ['units', 2, 'households']],
    ]);
  });

  it('both copies of a code listed twice are rejected, the units between them kept', () => {
    const r = safeParseSnapshot({ asOf: '2024-12-31', units: [unit(A), unit(B), unit(A, { households: 10 })] });
    expect(r.data?.units).toEqual([unit(B)]);
    expect(r.rejected).toEqual([
      { index: 0, code: A },
      { index: 2, code: A },
    ]);
    expect(r.issues).toEqual([
      {
        code: 'duplicate_unit',
        path: ['units', 2, 'code'],
        messageZh: `村级代码 ${A} 重复（第1条已出现），两条均不采用`,
        messageEn: `unit code ${A} is listed twice (first at index 0); neither copy is used`,
      },
    ]);
  });

  it('all units valid: success with every unit, in input order', () => {
    const r = safeParseSnapshot({ asOf: '2024-12-31', units: [unit(C), unit(A), unit(B)] });
    expect(r).toMatchObject({ success: true, issues: [], rejected: [] });
    expect(r.data?.units).toEqual([unit(C), unit(A), unit(B)]);
  });
});

describe('safeParseSnapshot: a record list read in rounds', () => {
  it('a duplicate hidden behind a bad row is found after it is left out, and named by the caller\'s indices', () => {
    // Round 1 drops row 0 (no such status); the actionId check only runs on a list without such errors, so round 2
    // finds row 2 repeating row 1 (indices in the caller's list, 1-based in Chinese); round 3 keeps row 1.
    const actions = [
      { actionId: 't9-self-service-devices', status: 'paused' },
      { actionId: 'p3-8-cultural-service-centres', status: 'not_started' },
      { actionId: 'p3-8-cultural-service-centres', status: 'in_progress', startedOn: '2024-01-01' },
    ];
    const r = safeParseSnapshot({ asOf: '2024-12-31', units: [], actions });
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_value', ['actions', 0, 'status']],
      ['duplicate_id', ['actions', 2, 'actionId']],
    ]);
    expect(r.issues[1]).toMatchObject({
      messageZh: 'actionId p3-8-cultural-service-centres 重复（第2条已出现）',
      messageEn: 'actionId p3-8-cultural-service-centres is listed twice (first at index 1)',
    });
    expect(r.data?.actions).toEqual([actions[1]]);
  });
});

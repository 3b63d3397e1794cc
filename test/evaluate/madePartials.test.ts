import { describe, expect, it } from 'vitest';
import { evaluate, evaluateFromSummary, mergeSummaries, parseSnapshot, summarizeUnits } from '../../src/index';
import { thrown } from '../_thrown';

const snapshot = parseSnapshot({
  asOf: '2024-12-31',
  units: [
    { code: '533124101201', townshipCode: '533124101', hasServiceFacility: true },
    { code: '533124102201', townshipCode: '533124102', hasServiceFacility: false },
  ],
});
const options = { scope: 'units' as const };
const share = (i: number) => summarizeUnits({ ...snapshot, units: [snapshot.units[i]!] }, options);
/** A JSON copy with one figure broken: what a partial from another process could carry. */
const tampered = (p: object) => {
  const copy = JSON.parse(JSON.stringify(p));
  copy.townships['533124101'].ruleCounts[0] = -1;
  return copy;
};

describe('[S4] partials the library made are not checked again; any other partial is', () => {
  it('in-process map → merge → finalize equals the one-pass evaluation', () => {
    expect(evaluateFromSummary(snapshot, mergeSummaries(share(0), share(1)), options)).toEqual(evaluate(snapshot, { ...options, detail: 'summary' }));
  });

  it('a JSON copy of a partial the library made is checked: a broken figure is invalid_partial', () => {
    const bad = tampered(share(0));
    expect(thrown(() => mergeSummaries(bad, share(1)))).toMatchObject({ code: 'invalid_partial', path: ['a', 'townships', '533124101', 'ruleCounts', 0] });
  });

  it('a merge with a partial from JSON is checked again where it is read', () => {
    const fromJson = JSON.parse(JSON.stringify(share(0)));
    const merged = mergeSummaries(fromJson, share(1));
    fromJson.townships['533124101'].ruleCounts[0] = -1; // shared with the merge: the merge was not marked as the library's
    expect(thrown(() => evaluateFromSummary(snapshot, merged, options))).toMatchObject({ code: 'invalid_partial' });
  });
});

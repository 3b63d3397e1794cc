/**
 * The benchmark's contenders compute what the library computes: the hand-written floor and the two peer rule
 * engines, on generated Longchuan data (the benchmark checks the same at every scale before timing).
 */
import { describe, expect, it } from 'vitest';
import { evaluateSnapshot } from '../../src/evaluate/index';
import { countUnitRules } from '../../src/rules/index';
import { parseSnapshot } from '../../src/snapshot/index';
import { countLines, floorVersusLibrary } from '../../bench/check';
import { floor } from '../../bench/floor';
import { generateSnapshot } from '../../bench/generate';
import { jsonLogicRules, jsonRulesEngine, PEER_RULE_IDS, peerRules, runJsonLogic, runJsonRulesEngine } from '../../bench/peers';

const STATUSES = ['pass', 'fail', 'pending', 'not_applicable', 'missing_data'];

describe('benchmark contenders', () => {
  for (const seed of [20211231, 7]) {
    const snapshot = parseSnapshot(generateSnapshot('longchuan', seed));

    it(`[S4] the floor equals the library's summary evaluation (seed ${seed})`, () => {
      expect(floorVersusLibrary(floor(snapshot), evaluateSnapshot(snapshot, { detail: 'summary' }))).toEqual([]);
    });

    it(`[S4] json-logic-js and json-rules-engine count the 21 rules as the library does (seed ${seed})`, async () => {
      const expected = countLines(countUnitRules(snapshot, {}, PEER_RULE_IDS));
      const rules = peerRules(snapshot.asOf);
      const lines = (counts: Int32Array) => PEER_RULE_IDS.flatMap((id, r) => STATUSES.map((s, k) => `${id} ${s} ${counts[r * 5 + k]}`));
      expect(lines(runJsonLogic(snapshot.units, jsonLogicRules(rules)).counts)).toEqual(expected);
      expect(lines((await runJsonRulesEngine(snapshot.units, jsonRulesEngine(rules), rules.length)).counts)).toEqual(expected);
    });
  }

  it('the generated data exercises every status of most rules', () => {
    const snapshot = parseSnapshot(generateSnapshot('longchuan'));
    const counts = evaluateSnapshot(snapshot, { detail: 'summary' }).ruleCounts!;
    const seen = new Set(counts.rules.flatMap((r) => STATUSES.filter((s) => r.counts[s as 'pass'] > 0)));
    expect([...seen].sort()).toEqual([...STATUSES].sort());
  });
});

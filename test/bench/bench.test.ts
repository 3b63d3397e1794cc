/**
 * The benchmark's contenders compute what the library computes: the hand-written floor and the two peer rule
 * engines, on generated Longchuan data (the benchmark checks the same at every scale before timing).
 */
import { describe, expect, it } from 'vitest';
import { evaluateSnapshot } from '../../src/evaluate/index';
import { countUnitRules } from '../../src/rules/index';
import { parseSnapshot } from '../../src/snapshot/index';
import { countLines, expectedPeerStatuses, floorVersusLibrary, peerCountLines, peerStatusDiff } from '../../bench/check';
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

    it(`[S4] json-logic-js and json-rules-engine give every unit the library's status on the 21 rules (seed ${seed})`, async () => {
      const expected = expectedPeerStatuses(snapshot);
      expect(expected.includes(255)).toBe(false);
      const rules = peerRules(snapshot.asOf);
      const viaLogic = runJsonLogic(snapshot.units, jsonLogicRules(rules));
      const viaEngine = await runJsonRulesEngine(snapshot.units, jsonRulesEngine(rules));
      expect(peerStatusDiff(viaLogic, expected, snapshot)).toEqual([]);
      expect(peerStatusDiff(viaEngine, expected, snapshot)).toEqual([]);
      const counts = countLines(countUnitRules(snapshot, {}, PEER_RULE_IDS));
      expect(peerCountLines(viaLogic)).toEqual(counts);
      expect(peerCountLines(viaEngine)).toEqual(counts);
    });
  }

  it("[P1.7] the floor reads the county's value over county.urbanResidentPopulation: urban units without residentPopulation still count their workers", () => {
    const raw = generateSnapshot('longchuan');
    const urban = raw.units.filter((u) => u.committeeType === 'resident_committee' && u.communityWorkers !== undefined);
    expect(urban.length).toBeGreaterThan(3);
    // Three urban communities leave out their residents: missing for their townships, not for the county's value.
    const units = raw.units.map((u) => (urban.slice(0, 3).includes(u) ? (({ residentPopulation: _r, ...rest }) => rest)(u) : u));
    const snapshot = parseSnapshot({ ...raw, units });
    const f = floor(snapshot);
    const county7 = f.county.indicators[6]!;
    expect(county7.denominator).toBe(raw.county.urbanResidentPopulation);
    // Every urban community with a known worker count, the three without residents among them.
    expect(county7.numerator).toBe(urban.reduce((n, u) => n + (u.communityWorkers as number), 0));
    expect(floorVersusLibrary(f, evaluateSnapshot(snapshot, { detail: 'summary' }))).toEqual([]);
  });

  it('a peer that gets one unit wrong is caught by the status check', async () => {
    const snapshot = parseSnapshot(generateSnapshot('longchuan'));
    const expected = expectedPeerStatuses(snapshot);
    const got = await runJsonRulesEngine(snapshot.units, jsonRulesEngine(peerRules(snapshot.asOf)));
    const statuses = got.statuses.slice();
    statuses[5] = ((statuses[5] as number) + 1) % 5;
    expect(peerStatusDiff({ counts: got.counts, statuses }, expected, snapshot)).toHaveLength(1);
  });

  it('json-rules-engine: no engine rule repeats the negation of an earlier branch', () => {
    const rules = peerRules('2024-12-31');
    const setup = jsonRulesEngine(rules);
    const json = JSON.stringify((setup.engine as unknown as { rules: { toJSON(s: boolean): unknown }[] }).rules.map((r) => r.toJSON(false)));
    expect(json).not.toContain('"not"');
    // One engine rule per conditional branch, the default chosen after the run.
    expect(setup.branchStatus.flat().length).toBe(rules.reduce((n, r) => n + r.branches.length - 1, 0));
  });

  it('the generated data exercises every status of most rules', () => {
    const snapshot = parseSnapshot(generateSnapshot('longchuan'));
    const counts = evaluateSnapshot(snapshot, { detail: 'summary' }).ruleCounts!;
    const seen = new Set(counts.rules.flatMap((r) => STATUSES.filter((s) => r.counts[s as 'pass'] > 0)));
    expect([...seen].sort()).toEqual([...STATUSES].sort());
  });
});

describe('recordName: a kept run is never written over', () => {
  it('a full run takes bench-<day>.txt, a partial one its scales and flags; a name taken adds the commit, then a count', async () => {
    const { recordName } = await import('../../bench/record');
    const all = ['longchuan', 'yunnan', 'china'];
    const none = () => false;
    expect(recordName('2026-12-07', all, all, [], 'abcdef0123', none)).toBe('bench-2026-12-07.txt');
    expect(recordName('2026-12-07', ['longchuan'], all, ['--quick'], 'abcdef0123', none)).toBe('bench-longchuan-quick-2026-12-07.txt');
    const taken = new Set(['bench-2026-12-07.txt']);
    expect(recordName('2026-12-07', all, all, [], 'abcdef0123', (n) => taken.has(n))).toBe('bench-2026-12-07-abcdef0.txt');
    taken.add('bench-2026-12-07-abcdef0.txt');
    expect(recordName('2026-12-07', all, all, [], 'abcdef0123', (n) => taken.has(n))).toBe('bench-2026-12-07-abcdef0-2.txt');
  });
});

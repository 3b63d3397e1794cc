/**
 * The "2 shares, this thread" contender of the benchmark times the roll-up only: each share is a parsed snapshot (the
 * parser's brand kept), as each worker's is, so `summarizeUnits` does not validate it again inside the timing.
 */
import { describe, expect, it } from 'vitest';
import { evaluateSnapshot } from '../../src/evaluate/index';
import { isParsed } from '../../src/snapshot/_parsed';
import { parseSnapshot } from '../../src/snapshot/index';
import { generateSnapshot } from '../../bench/generate';
import { rollupInShares, shareBounds, shareOf } from '../../bench/workers';

describe('bench/workers: shares of a snapshot', () => {
  const raw = generateSnapshot('longchuan');
  const snapshot = parseSnapshot(raw);
  const shares = shareBounds(snapshot, 2).map((b) => shareOf(raw, b));

  it('each share carries the parser’s brand (a spread of the parsed snapshot would not)', () => {
    expect(shares.map((s) => isParsed(s))).toEqual([true, true]);
    // The defect this guards against: spreading a parsed snapshot makes an object the parser never branded.
    expect(isParsed({ ...snapshot, units: snapshot.units.slice(0, 10) })).toBe(false);
  });

  it('the shares split the units between them, each unit once, in township order', () => {
    expect(shares.every((s) => s.units.length > 0)).toBe(true);
    expect(shares.flatMap((s) => s.units.map((u) => u.code))).toEqual(snapshot.units.map((u) => u.code));
    const last = shares[0]!.units.at(-1)!.townshipCode;
    expect(shares[1]!.units.every((u) => u.townshipCode > last)).toBe(true);
  });

  it('the shares merged give the one-pass summary evaluation byte for byte', () => {
    expect(JSON.stringify(rollupInShares(snapshot, shares))).toBe(JSON.stringify(evaluateSnapshot(snapshot, { detail: 'summary' })));
  });
});

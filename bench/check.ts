/**
 * Equality checks run before anything is timed: the floor's results against the library's summary evaluation, the
 * peers' rule counts against the library's, and the worker roll-up against the one-pass evaluation. Each returns the
 * differences found (empty when equal), so a benchmark never reports a fast but wrong contender.
 *
 * Bench script, never imported by `src/`.
 *
 * @module
 */
import type { Evaluation } from '../src/evaluate/index';
import type { IndicatorResult } from '../src/indicators/index';
import { checkRules, type UnitRuleCounts } from '../src/rules/index';
import type { Snapshot } from '../src/snapshot/index';
import { FLOOR_INDICATOR_IDS, type FloorRollup, type FloorWithRules } from './floor';
import { PEER_RULE_IDS, type PeerCounts } from './peers';

const STATUSES = ['pass', 'fail', 'pending', 'not_applicable', 'missing_data'] as const;
const LISTED = ['fail', 'pending', 'missing_data'] as const;
/** Which of each indicator's numerator and denominator the floor holds in hundredths of m² (the library writes m²). */
const AREA: readonly (readonly [boolean, boolean])[] = [
  [false, false],
  [false, false],
  [true, true],
  [true, false],
  [true, true],
  [false, false],
  [false, false],
];

/** Integer hundredths of m² written in m², canonical (32050 → '320.5'). */
function m2(h: number): string {
  const whole = Math.floor(h / 100);
  const frac = h - whole * 100;
  return frac === 0 ? String(whole) : frac % 10 === 0 ? `${whole}.${frac / 10}` : `${whole}.${frac < 10 ? '0' : ''}${frac}`;
}

/** The floor's view of one library indicator result: its sums as strings, missing count and status. */
function libraryView(r: IndicatorResult): string {
  const status = r.status === 'missing_data' ? 'missing' : r.status === 'not_applicable' ? 'no_data' : r.meetsTarget ? 'met' : 'not_met';
  const n = r.status === 'missing_data' ? r.partial?.numerator : r.numerator;
  const d = r.status === 'missing_data' ? r.partial?.denominator : r.denominator;
  return `${r.id} ${status} ${n}/${d} missing ${r.missingCount}`;
}

function floorView(x: FloorRollup['indicators'][number], i: number): string {
  const [na, da] = AREA[i] as readonly [boolean, boolean];
  return `${x.id} ${x.status} ${na ? m2(x.numerator) : x.numerator}/${da ? m2(x.denominator) : x.denominator} missing ${x.missingCount}`;
}

/**
 * Differences between the floor and the library's `detail: 'summary'` evaluation of the same parsed snapshot: every
 * township and county indicator (status, sums, missing count), and every unit-level rule's counts by status, overall
 * and per township, and its listed subjects.
 */
export function floorVersusLibrary(f: FloorWithRules, e: Evaluation, max = 10): string[] {
  const out: string[] = [];
  const note = (s: string): void => {
    if (out.length < max) out.push(s);
  };
  const rc = e.ruleCounts;
  if (rc === undefined) return ['the evaluation has no ruleCounts (not a summary evaluation)'];
  const codes = f.townships.map((t) => t.code);
  if (codes.join() !== rc.townships.join()) note(`townships differ: floor ${codes.length}, library ${rc.townships.length}`);
  // Indicators: the county, then each township, in the library's order (county first, townships in code order).
  const lib = e.indicators;
  const expected = [f.county, ...f.townships];
  if (lib.length !== expected.length * 7) note(`indicator results: floor ${expected.length * 7}, library ${lib.length}`);
  expected.forEach((roll, k) => {
    roll.indicators.forEach((x, i) => {
      const r = lib[k * 7 + i];
      if (r === undefined) return;
      const a = floorView(x, i);
      const b = libraryView(r);
      if (a !== b) note(`${k === 0 ? 'county' : `township ${roll.code}`} ${FLOOR_INDICATOR_IDS[i]}: floor ${a}, library ${b}`);
    });
  });
  // Unit-level rules.
  if (f.rules.ids.join() !== rc.rules.map((r) => r.ruleId).join()) note('unit-level rules differ');
  const width = f.rules.ids.length * 5;
  rc.rules.forEach((r, ri) => {
    STATUSES.forEach((s, si) => {
      if (r.counts[s] !== f.rules.totals[ri * 5 + si]) note(`${r.ruleId} ${s}: floor ${f.rules.totals[ri * 5 + si]}, library ${r.counts[s]}`);
      const col = r.byTownship[s];
      for (let t = 0; t < codes.length; t++) {
        if (col[t] !== f.rules.counts[t * width + ri * 5 + si]) {
          note(`${r.ruleId} ${s} in ${codes[t]}: floor ${f.rules.counts[t * width + ri * 5 + si]}, library ${col[t]}`);
          break;
        }
      }
    });
    LISTED.forEach((s, k) => {
      if ((f.rules.subjects[ri * 3 + k] ?? []).join() !== r.subjects[s].join()) note(`${r.ruleId} ${s} subjects differ`);
    });
  });
  return out;
}

/** Rule counts as `ruleId status count` lines (for comparing a peer's with the library's). */
export function countLines(c: UnitRuleCounts): string[] {
  return c.rules.flatMap((r) => STATUSES.map((s) => `${r.ruleId} ${s} ${r.counts[s]}`));
}

/** Differences between two lists of lines. */
export function lineDiff(a: readonly string[], b: readonly string[], max = 10): string[] {
  const out: string[] = [];
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n && out.length < max; i++) if (a[i] !== b[i]) out.push(`${a[i] ?? '(none)'} ≠ ${b[i] ?? '(none)'}`);
  return out;
}

/**
 * The library's status of each unit on each peer rule (unit-major, {@link PEER_RULE_IDS} order, status codes in the
 * order pass, fail, pending, not_applicable, missing_data; 255 where the library gave none), from its full results.
 */
export function expectedPeerStatuses(sample: Snapshot): Uint8Array {
  const n = PEER_RULE_IDS.length;
  const index = new Map(sample.units.map((u, i) => [u.code, i]));
  const out = new Uint8Array(sample.units.length * n).fill(255);
  for (const r of checkRules(sample, {}, PEER_RULE_IDS)) {
    out[(index.get(r.subject) as number) * n + PEER_RULE_IDS.indexOf(r.ruleId)] = STATUSES.indexOf(r.status);
  }
  return out;
}

/** Units and rules where a peer's status differs from the library's (up to `max`), as `code rule: peer x, library y`. */
export function peerStatusDiff(got: PeerCounts, expected: Uint8Array, sample: Snapshot, max = 10): string[] {
  const out: string[] = [];
  const n = PEER_RULE_IDS.length;
  if (got.statuses.length !== expected.length) return [`${got.statuses.length / n} units judged, ${expected.length / n} expected`];
  for (let i = 0; i < expected.length && out.length < max; i++) {
    if (got.statuses[i] !== expected[i]) {
      out.push(`${sample.units[Math.floor(i / n)]?.code} ${PEER_RULE_IDS[i % n]}: peer ${STATUSES[got.statuses[i] as number] ?? got.statuses[i]}, library ${STATUSES[expected[i] as number] ?? 'none'}`);
    }
  }
  return out;
}

/** A peer's counts as `ruleId status count` lines, like {@link countLines}. */
export function peerCountLines(p: PeerCounts): string[] {
  return PEER_RULE_IDS.flatMap((id, r) => STATUSES.map((s, k) => `${id} ${s} ${p.counts[r * 5 + k]}`));
}

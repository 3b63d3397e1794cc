/**
 * The summary roll-up across worker threads: each of N workers holds the units of a contiguous range of townships
 * (split so the shares have about as many units), computes `summarizeUnits` over them when asked, and posts back the
 * plain-JSON partial as JSON text; the main thread parses and merges the partials with `mergeSummaries` and finishes with
 * `evaluateFromSummary`. The merged evaluation is checked equal to the one-pass `evaluateSnapshot(…, { detail:
 * 'summary' })` before anything is timed.
 *
 * Bench script, never imported by `src/`.
 *
 * @module
 */
import { Worker } from 'node:worker_threads';
import { evaluateFromSummary, mergeSummaries, summarizeUnits, type Evaluation, type SummaryPartial } from '../src/evaluate/index';
import { parseSnapshot, type Snapshot } from '../src/snapshot/index';
import type { GeneratedSnapshot } from './generate';
import { bundleScript } from './harness';

/** Township-code bounds of `n` shares with about as many units each: `[from, to)`, '' meaning unbounded. */
export function shareBounds(snapshot: Snapshot, n: number): { from: string; to: string }[] {
  const perTownship = new Map<string, number>();
  for (const u of snapshot.units) perTownship.set(u.townshipCode, (perTownship.get(u.townshipCode) ?? 0) + 1);
  const codes = [...perTownship.keys()].sort();
  const bounds: { from: string; to: string }[] = [];
  let from = '';
  let seen = 0;
  for (const code of codes) {
    if (bounds.length < n - 1 && seen >= (snapshot.units.length * (bounds.length + 1)) / n) {
      bounds.push({ from, to: code });
      from = code;
    }
    seen += perTownship.get(code) ?? 0;
  }
  bounds.push({ from, to: '' });
  return bounds;
}

/**
 * The units of the raw input within one share's bounds, parsed: a snapshot of its own for the single-threaded map
 * step, made as each worker makes its share (bench/worker.ts). It is parsed rather than spread from a parsed
 * snapshot: `{ ...snapshot, units }` is a new object without the parser's brand (src/snapshot/_parsed.ts), so
 * `summarizeUnits` would validate the share again on every call and the timed roll-up would include validation.
 */
export function shareOf(raw: GeneratedSnapshot, b: { from: string; to: string }): Snapshot {
  return parseSnapshot({ ...raw, units: raw.units.filter((u) => u.townshipCode >= b.from && (b.to === '' || u.townshipCode < b.to)) });
}

/** Map, merge, finalize on this thread: `summarizeUnits` of each share, merged, then `evaluateFromSummary`. */
export function rollupInShares(snapshot: Snapshot, shares: readonly Snapshot[]): Evaluation {
  let merged: SummaryPartial | undefined;
  for (const s of shares) {
    const p = summarizeUnits(s);
    merged = merged === undefined ? p : mergeSummaries(merged, p);
  }
  return evaluateFromSummary(snapshot, merged as SummaryPartial);
}

/** A pool of roll-up workers, one per share of a cached snapshot file. */
export interface WorkerPool {
  /** Units each worker holds. */
  readonly units: readonly number[];
  /** Each worker's set-up time (load and parse its share), ms. */
  readonly setupMs: readonly number[];
  /** Ask every worker for its partial; merge them and finish against `snapshot` (the same units, parsed here). */
  run(snapshot: Snapshot): Promise<Evaluation>;
  stop(): Promise<void>;
}

/** Start `n` workers over the cache file, each loading and parsing its share of the snapshot's townships. */
export async function startWorkers(file: string, snapshot: Snapshot, n: number): Promise<WorkerPool> {
  const bounds = shareBounds(snapshot, n);
  // The worker is TypeScript: bundled with esbuild first (tsx's loader does not reach worker threads on Node 20).
  const entry = await bundleScript('bench/worker.ts');
  const workers = bounds.map((b) => new Worker(entry, { workerData: { file, ...b } }));
  const ready = await Promise.all(
    workers.map(
      (w) =>
        new Promise<{ units: number; setupMs: number }>((ok, fail) => {
          w.once('error', fail);
          w.once('message', (m: { type: string; units: number; setupMs: number }) => {
            w.off('error', fail);
            ok(m);
          });
        }),
    ),
  );
  // One request at a time per worker: the pending answer's callbacks, and one error listener for the pool's life.
  const pending = new Map<Worker, { ok: (p: SummaryPartial) => void; fail: (e: unknown) => void }>();
  for (const w of workers) {
    w.on('message', (m: { type: string; json: string }) => {
      const p = pending.get(w);
      pending.delete(w);
      p?.ok(JSON.parse(m.json) as SummaryPartial);
    });
    w.on('error', (e) => {
      const p = pending.get(w);
      pending.delete(w);
      p?.fail(e);
    });
  }
  const ask = (w: Worker): Promise<SummaryPartial> =>
    new Promise((ok, fail) => {
      pending.set(w, { ok, fail });
      w.postMessage({ type: 'run' });
    });
  return {
    units: ready.map((r) => r.units),
    setupMs: ready.map((r) => r.setupMs),
    async run(s: Snapshot): Promise<Evaluation> {
      const partials = await Promise.all(workers.map(ask));
      let merged = partials[0] as SummaryPartial;
      for (let i = 1; i < partials.length; i++) merged = mergeSummaries(merged, partials[i] as SummaryPartial);
      return evaluateFromSummary(s, merged);
    },
    async stop(): Promise<void> {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * A roll-up worker thread (node:worker_threads): loads its share of a cached snapshot (the units of the townships
 * in `[from, to)`), parses it, and on each `'run'` message posts back `summarizeUnits` of its units as JSON text: the
 * plain-JSON partial the main thread parses and merges. Started by bench/workers.ts; the library itself has no thread code.
 *
 * Bench script, never imported by `src/`.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { summarizeUnits } from '../src/evaluate/index';
import { parseSnapshot, type Snapshot } from '../src/snapshot/index';
import { readSnapshotFile } from './generate';

interface Data {
  readonly file: string;
  /** Township codes from (inclusive) … to (exclusive); '' for "no bound". */
  readonly from: string;
  readonly to: string;
}

const { file, from, to } = workerData as Data;
const port = parentPort;
if (port === null) throw new Error('bench/worker.ts runs as a worker thread');

const t0 = performance.now();
const raw = readSnapshotFile(file);
const mine = { ...raw, units: raw.units.filter((u) => u.townshipCode >= from && (to === '' || u.townshipCode < to)) };
raw.units = [];
const snapshot: Snapshot = parseSnapshot(mine);
mine.units = [];
port.postMessage({ type: 'ready', units: snapshot.units.length, setupMs: performance.now() - t0 });

port.on('message', (m: { type: string }) => {
  // The partial is plain JSON: sent as JSON text, which crosses the thread boundary as one string (structured clone
  // of the object tree cost about twice as much on both sides).
  if (m.type === 'run') port.postMessage({ type: 'partial', json: JSON.stringify(summarizeUnits(snapshot)) });
  else if (m.type === 'stop') port.close();
});

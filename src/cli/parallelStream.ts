/**
 * `evaluate FILE --stream` on several cores: the units are read on this thread and handed in batches to worker
 * threads, which parse, examine and judge them and write their result lines (UTF-8, ready for the output file); this
 * thread admits every unit in input order (duplicate codes, the registry: {@link StreamCore.admit}), writes the
 * batches' lines in input order with the rejected units' lines between them, and at the end merges the workers'
 * roll-ups into the evaluation. Every byte of the output equals the one-thread stream's: the same core judges every
 * unit, and the roll-ups it merges are sums, sorted lists and commutative folds.
 *
 * The one case the workers cannot follow: a code listed again whose first copy was rejected for its own problems,
 * while a later copy was already judged on a worker. The stream then stops with `duplicate_unit`, and the command
 * reads the file again with the duplicated codes known in advance (as it does for any duplicate code), which gives
 * the one-thread stream's output.
 *
 * @module
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { PlanInputError } from '../_lib/PlanInputError';
import type { EvaluateOptions } from '../evaluate/EvaluateOptions';
import type { StreamedEvaluation, StreamedRejection } from '../evaluate/EvaluationStreamItem';
import { StreamCore, type Examined, type StreamState, type WorkerOutcome } from '../evaluate/_streamCore';
import type { PlanIssue } from '../snapshot/PlanIssue';
import type { Unit } from '../snapshot/unitSchema';
import type { TextLine } from './readTextLines';
import { STREAM_WORKER as WORKER } from './STREAM_WORKER';


/** Units per batch handed to a worker. */
const BATCH_UNITS = 256;

/** Batches in flight per worker (read ahead while the oldest is being judged). */
const AHEAD = 3;

/** A unit of a batch that the worker did not judge, with what it found. */
interface Note {
  readonly code: string | undefined;
  readonly hasUnit: boolean;
  readonly issues: PlanIssue[];
  readonly outcome: WorkerOutcome;
  /** `JSON.parse`'s message when the line is not JSON (the unit is then its text). */
  readonly jsonError?: string;
}

/** A worker's answer for one batch. */
interface BatchResult {
  /** The judged units' lines, each ending in a newline, in batch order. */
  readonly bytes: Uint8Array;
  /** Per unit of the batch, the end of its line in `bytes`, or -1 when it was not judged (see `notes`). */
  readonly ends: Int32Array;
  /** Per unit, its code when the worker judged it (an empty string otherwise). */
  readonly codes: readonly string[];
  readonly notes: readonly Note[];
}

/** What a worker posts back. */
type FromWorker = BatchResult | { readonly state: StreamState } | { readonly error: SerializedError };

interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly plan?: { readonly code: string; readonly path: readonly (string | number)[]; readonly messageZh: string; readonly messageEn: string };
}

/**
 * What {@link parallelStream} yields, in input order: a run of judged units' lines (UTF-8, each ending in a newline),
 * a rejected unit (with the reader's message when its line was not JSON), and last the evaluation.
 *
 * @example
 * ```ts
 * const item: ParallelItem = { type: 'lines', bytes: new Uint8Array(0), units: 0 };
 * ```
 */
export type ParallelItem =
  | { readonly type: 'lines'; readonly bytes: Uint8Array; readonly units: number }
  | (StreamedRejection & { readonly jsonError?: string })
  | StreamedEvaluation;

/**
 * Evaluate NDJSON unit lines on `threads` worker threads: the items of `evaluateStream(header, units, options)`, the
 * judged units as their JSON lines already encoded.
 *
 * @throws as `evaluateStream` does (the header, `MAX_UNITS`, a duplicate code), and a worker's unexpected error.
 * @example
 * ```ts
 * for await (const item of parallelStream(header, lines, { asOf: '2025-12-31' }, 2)) console.log(item.type);
 * ```
 */
export async function* parallelStream(
  header: Record<string, unknown>,
  lines: AsyncIterable<TextLine>,
  options: EvaluateOptions & { readonly duplicateCodes?: readonly string[] },
  threads: number,
): AsyncGenerator<ParallelItem, void, undefined> {
  // The header is checked here first, so that its problems are thrown before any worker starts.
  const core = new StreamCore(header, options);
  const pool = Array.from({ length: threads }, () => new Pool(header, options));
  try {
    const inflight: Batch[] = [];
    let texts: string[] = [];
    let start = 0;
    let batches = 0;
    const dispatch = () => {
      const worker = pool[batches++ % pool.length] as Pool;
      inflight.push({ start, count: texts.length, worker, result: worker.send(start, texts) });
      start += texts.length;
      texts = [];
    };
    for await (const l of lines) {
      core.nextIndex();
      texts.push(l.text);
      if (texts.length === BATCH_UNITS) {
        dispatch();
        if (inflight.length >= AHEAD * pool.length) yield* admitBatch(core, inflight.shift() as Batch);
      }
    }
    if (texts.length > 0) dispatch();
    while (inflight.length > 0) yield* admitBatch(core, inflight.shift() as Batch);
    for (const state of await Promise.all(pool.map((w) => w.end()))) core.importState(state);
    yield { type: 'evaluation', evaluation: core.finish() };
  } finally {
    await Promise.all(pool.map((w) => w.close()));
  }
}

/** A batch handed to a worker: its first unit's index, its size, the worker and its answer to come. */
interface Batch {
  readonly start: number;
  readonly count: number;
  readonly worker: Pool;
  readonly result: Promise<BatchResult>;
}

/**
 * Admit one batch's units in order and yield its items. Its lines' buffer goes back to the worker once the last item
 * is taken (the consumer has written what it was given before it asks for more), to be written into again.
 */
async function* admitBatch(core: StreamCore, batch: Batch): AsyncGenerator<ParallelItem> {
  const r = await batch.result;
  let note = 0;
  let from = 0; // start of the run of judged lines not yet yielded
  let to = 0;
  let run = 0;
  for (let k = 0; k < batch.count; k++) {
    const index = batch.start + k;
    const end = r.ends[k] as number;
    if (end >= 0) {
      const code = r.codes[k] as string;
      core.admit({ unit: { code } as Unit, code, issues: [] }, index, JUDGED);
      to = end;
      run++;
      continue;
    }
    const n = r.notes[note++] as Note;
    const found: Examined = { unit: n.hasUnit ? ({ code: n.code } as Unit) : undefined, code: n.code, issues: n.issues };
    const rejected = core.admit(found, index, n.outcome);
    if (rejected === undefined) throw new Error(`stream worker: unit ${index} was neither judged nor rejected`);
    if (run > 0) {
      yield { type: 'lines', bytes: r.bytes.subarray(from, to), units: run };
      run = 0;
    }
    from = to;
    yield n.jsonError === undefined ? rejected : { ...rejected, jsonError: n.jsonError };
  }
  if (run > 0) yield { type: 'lines', bytes: r.bytes.subarray(from, to), units: run };
  batch.worker.recycle(r.bytes.buffer as ArrayBuffer);
}

const JUDGED: WorkerOutcome = { kind: 'judged' };

/** One worker thread and the answers it owes, in the order asked. */
class Pool {
  private readonly worker: Worker;
  private readonly waiting: { resolve: (r: FromWorker) => void; reject: (e: unknown) => void }[] = [];
  private failed: unknown;

  constructor(header: Record<string, unknown>, options: EvaluateOptions) {
    this.worker = startWorker({ [WORKER]: true, header, options });
    this.worker.on('message', (m: FromWorker) => {
      const w = this.waiting.shift();
      if (w === undefined) return;
      if ('error' in m) w.reject(revive(m.error));
      else w.resolve(m);
    });
    this.worker.on('error', (e) => this.fail(e));
    this.worker.on('exit', (code) => this.fail(new Error(`stream worker exited (code ${code})`)));
  }

  private fail(e: unknown): void {
    this.failed ??= e;
    for (const w of this.waiting.splice(0)) w.reject(this.failed);
  }

  private ask(message: unknown): Promise<FromWorker> {
    if (this.failed !== undefined) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.worker.postMessage(message);
    });
  }

  /** Give a batch's buffer back to the worker (moved, not copied). */
  recycle(buffer: ArrayBuffer): void {
    if (this.failed === undefined) this.worker.postMessage({ recycle: buffer }, [buffer]);
  }

  send(start: number, texts: readonly string[]): Promise<BatchResult> {
    return this.ask({ start, texts }) as Promise<BatchResult>;
  }

  async end(): Promise<StreamState> {
    return ((await this.ask({ end: true })) as { state: StreamState }).state;
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    this.worker.on('error', () => undefined);
    await this.worker.terminate();
  }
}

/**
 * A worker thread running this module. Built (dist/cli.js) it is that file; from the TypeScript sources (tests, the
 * benchmarks) it is this module run through tsx, which the worker registers first.
 */
function startWorker(data: Record<string, unknown>): Worker {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return new Worker(new URL(self), { workerData: data });
  const tsx = resolveTsx();
  const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(self)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData: data });
}

/** tsx's ESM API as a URL (vitest's module runner has no `import.meta.resolve`: then through require's resolution). */
function resolveTsx(): string {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    return pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  }
}

function serialize(e: unknown): SerializedError {
  const err = e as { name?: unknown; message?: unknown; code?: unknown; path?: unknown; messageZh?: unknown; messageEn?: unknown };
  const name = typeof err?.name === 'string' ? err.name : 'Error';
  const message = typeof err?.message === 'string' ? err.message : String(e);
  if (name === 'PlanInputError' && typeof err.code === 'string' && Array.isArray(err.path)) {
    return { name, message, plan: { code: err.code, path: err.path as (string | number)[], messageZh: String(err.messageZh), messageEn: String(err.messageEn) } };
  }
  return { name, message };
}

function revive(e: SerializedError): Error {
  if (e.plan !== undefined) return new PlanInputError(e.plan);
  const err = new Error(`stream worker: ${e.message}`);
  err.name = e.name;
  return err;
}

/** The worker's side: a core of its own; each batch's units parsed, examined, judged and written as UTF-8 lines. */
function runWorker(data: { header: Record<string, unknown>; options: EvaluateOptions }): void {
  const port = parentPort;
  if (port === null) return;
  let core: StreamCore | undefined;
  /** Buffers the main thread gave back, to write the next batches into (fresh memory costs page faults). */
  const spare: ArrayBuffer[] = [];
  port.on('message', (m: { start: number; texts: readonly string[] } | { end: true } | { recycle: ArrayBuffer }) => {
    if ('recycle' in m) {
      if (spare.length < AHEAD + 1) spare.push(m.recycle);
      return;
    }
    try {
      core ??= new StreamCore(data.header, data.options);
      if ('end' in m) {
        port.postMessage({ state: core.exportState() });
        return;
      }
      const { texts, start } = m;
      const ends = new Int32Array(texts.length);
      const codes: string[] = [];
      const notes: Note[] = [];
      const reused = spare.pop();
      let buffer = reused === undefined ? Buffer.allocUnsafeSlow(1 << 22) : Buffer.from(reused);
      let used = 0;
      for (let k = 0; k < texts.length; k++) {
        const index = start + k;
        const text = texts[k] as string;
        let raw: unknown;
        let jsonError: string | undefined;
        try {
          raw = JSON.parse(text);
        } catch (e) {
          jsonError = String((e as Error).message);
          raw = text; // a unit all the same: rejected (not an object), never dropped
        }
        const found = core.examine(raw, index);
        const outcome = core.prejudge(found, index);
        if (outcome.kind !== 'judged') {
          ends[k] = -1;
          codes.push('');
          notes.push({ code: found.code, hasUnit: found.unit !== undefined, issues: found.issues, outcome, ...(jsonError === undefined ? {} : { jsonError }) });
          continue;
        }
        const item = core.judge(found.unit as Unit, index);
        const line = item === undefined ? '' : JSON.stringify(item);
        if (used + line.length * 3 + 1 > buffer.length) {
          const grown = Buffer.allocUnsafeSlow(Math.max(buffer.length * 2, used + line.length * 3 + 1));
          buffer.copy(grown, 0, 0, used);
          buffer = grown;
        }
        if (item !== undefined) {
          used += buffer.write(line, used, 'utf8');
          buffer[used++] = 10;
        }
        ends[k] = used;
        codes.push(found.code as string);
      }
      // The lines go out in their buffer (moved, not copied); the main thread gives it back once they are written.
      const bytes = new Uint8Array(buffer.buffer, 0, used);
      port.postMessage({ bytes, ends, codes, notes } satisfies BatchResult, [buffer.buffer as ArrayBuffer, ends.buffer]);
    } catch (e) {
      port.postMessage({ error: serialize(e) });
    }
  });
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER] === true) runWorker(workerData as Parameters<typeof runWorker>[0]);
